// `npm start`: serve VS Code (code-server) with the extension loaded from this working tree and
// examples/ open, for anyone without desktop VS Code. Runs until Ctrl-C.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer } from './codeServer';
import { say } from './log';
import { CACHE_DIR, EXAMPLES_DIR, ROOT } from './paths';
import { startCodeServer, workbenchUrl } from './server';

async function main(): Promise<void> {
  const bin = await ensureCodeServer();
  // Kept between runs, so settings and open editors survive a restart like a real profile.
  const profile = join(CACHE_DIR, 'start-profile');
  mkdirSync(profile, { recursive: true });
  const server = await startCodeServer({
    bin,
    folder: EXAMPLES_DIR,
    scratch: profile,
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
    onLog: (line) => {
      if (/error|exthost|Extension Host/i.test(line)) {
        process.stderr.write(`[code-server] ${line}\n`);
      }
    },
  });
  const stop = (): void => {
    say('stopping code-server');
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => {
    say(`code-server exited (${code})`);
    process.exit(code ?? 1);
  });
  process.stdout.write(
    [
      '',
      'Python 面试通 is running in VS Code (code-server), loaded from this working tree.',
      `Open: ${workbenchUrl(server, EXAMPLES_DIR, ROOT)}`,
      'The "Python 面试" icon is in the activity bar. After changing code or content, run',
      '`npm run build` in another terminal and reload the browser tab. Ctrl-C stops the server.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  say(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
