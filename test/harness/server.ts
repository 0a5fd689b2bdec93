import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from './log';
import { freePort, killGroup } from './system';

export interface ServerOptions {
  bin: string;
  /** Folder the workbench opens. */
  folder: string;
  /** Scratch folder for user data, extensions and config; removed by the caller. */
  scratch: string;
  /** User settings (e.g. the colour theme) written before start. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and so for its extension host. */
  env?: Record<string, string>;
  /** Where the server's own log goes; the extension host's output shows there too. */
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
  /** Fixed port (npm start honours PORT); a free one otherwise. */
  port?: number;
  /** VS Code display language, e.g. 'zh-cn'; PYI_LOCALE, else 'en'. */
  locale?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The display language the workbench and extension host run in. */
  locale: string;
  process: ChildProcess;
  userDataDir: string;
  stop(): void;
}

export async function startCodeServer(o: ServerOptions): Promise<RunningServer> {
  const port = o.port ?? (await freePort());
  const userDataDir = join(o.scratch, 'user-data');
  const extensionsDir = join(o.scratch, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeSettings(userDataDir, o.settings ?? {});
  const config = join(o.scratch, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const locale = (o.locale ?? (process.env.PYI_LOCALE || 'en')).toLowerCase();
  if (locale !== 'en') {
    writeStubLanguagePack(userDataDir, locale);
  }
  const args = [
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(locale === 'en' ? [] : ['--locale', locale]),
    o.folder,
  ];
  const child = spawn(o.bin, args, {
    detached: true, // own process group, so stop() also ends the file watcher and extension host
    stdio: ['ignore', 'pipe', 'pipe'],
    // The gallery would be queried at start; point it at a closed loopback port so nothing
    // tries to leave the machine.
    env: { ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }), ...o.env },
  });
  const stop = (): void => killGroup(child.pid);
  const url = `http://127.0.0.1:${port}`;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${(o.startTimeoutMs ?? 60000) / 1000} s`)), o.startTimeoutMs ?? 60000);
      const onData = (chunk: Buffer): void => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          o.onLog?.(line);
          if (line.includes('HTTP server listening')) {
            clearTimeout(timer);
            resolve();
          }
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited early with ${code}`));
      });
    });
  } catch (err) {
    stop();
    throw err;
  }
  say(`code-server on ${url}${locale === 'en' ? '' : ` (display language ${locale})`}`);
  return { url, port, locale, process: child, userDataDir, stop };
}

/**
 * `--locale zh-cn` alone changes nothing: code-server (like VS Code) resolves the display language
 * through an installed language pack, and without one the workbench, vscode.env.language and the
 * extension's l10n bundle all stay English. A language pack only has to be registered in
 * languagepacks.json of the user-data folder, with a core translation file; an empty one (no
 * download, no gallery) keeps VS Code's own UI English while the language becomes `locale`, so
 * the extension host loads our package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json.
 */
export function writeStubLanguagePack(userDataDir: string, locale: string): void {
  const translations = join(userDataDir, `stub-language-pack.${locale}.json`);
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = {
    [locale]: {
      hash: `stub-${locale}`,
      extensions: [{ extensionIdentifier: { id: `pyinterview-test.language-pack-stub-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

export function writeSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const base = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'chat.disableAIFeatures': true,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...base, ...settings }, null, 2));
}

/** Workbench URL that loads `extensionPath` as a development extension, and optionally runs tests. */
export function workbenchUrl(server: RunningServer, folder: string, extensionPath: string, testsPath?: string): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) {
    payload.push(['extensionTestsPath', remote(testsPath)]);
  }
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
