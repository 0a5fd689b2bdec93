// The integration suite against the packaged extension: the VSIX is installed the way a user's
// "Install from VSIX…" does it, and the host must run that installed copy, not the working tree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ROOT } from './paths';

export const EXTENSION_ID = 'pyinterview.python-interview-coach';
/** The line the probe entry writes to the report first; the harness reads the path back from it. */
export const UNDER_TEST_PREFIX = 'extension under test: ';

/**
 * The VSIX to test, from `--vsix [file]` or PYI_VSIX; a bare `--vsix` means the file
 * `npm run package` writes for the current version. Undefined for a working-tree run.
 */
export function vsixToTest(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const at = argv.indexOf('--vsix');
  const given = at >= 0 ? (argv[at + 1] && !argv[at + 1].startsWith('--') ? argv[at + 1] : defaultVsix()) : env.PYI_VSIX || undefined;
  if (given === undefined) {
    return undefined;
  }
  const file = isAbsolute(given) ? given : resolve(given);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run package\` first`);
  }
  return file;
}

function defaultVsix(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

/** Installs the VSIX with code-server's own CLI into `extensionsDir`; returns the installed folder. */
export function installVsix(bin: string, vsix: string, extensionsDir: string, userDataDir: string): string {
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const run = spawnSync(bin, ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    encoding: 'utf8',
    timeout: 120000,
  });
  if (run.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
  }
  const installed = (JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8')) as { identifier: { id: string }; location: { fsPath: string } }[]).find(
    (e) => e.identifier.id.toLowerCase() === EXTENSION_ID,
  );
  if (!installed) {
    throw new Error(`${EXTENSION_ID} is not in ${extensionsDir}/extensions.json after installing ${vsix}`);
  }
  return realpathSync(installed.location.fsPath);
}

/**
 * VS Code runs extension tests only with an extensionDevelopmentPath; an empty folder satisfies
 * that without adding a development copy of the extension, which would shadow the installed one.
 */
export function emptyDevelopmentPath(scratch: string): string {
  const dir = join(scratch, 'no-development-extension');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A tests entry that reports which copy of the extension the host loaded and runs the suite only
 * when it is the installed one; a wrong copy counts as one failure.
 */
export function writeProbeEntry(scratch: string, testsEntry: string, installedDir: string): string {
  const file = join(scratch, 'vsix-tests-entry.js');
  writeFileSync(
    file,
    `// Written by test/harness/vsix.ts for a VSIX run.
const vscode = require('vscode');
const { appendFileSync, realpathSync } = require('node:fs');
const report = (line) => {
  if (process.env.PYI_TEST_LOG) appendFileSync(process.env.PYI_TEST_LOG, line + '\\n');
  console.log(line);
};
exports.run = async function () {
  const extension = vscode.extensions.getExtension(${JSON.stringify(EXTENSION_ID)});
  const path = extension ? realpathSync(extension.extensionPath) : '(not loaded)';
  report(${JSON.stringify(UNDER_TEST_PREFIX)} + path);
  if (path !== ${JSON.stringify(installedDir)}) {
    report('  ✗ the host did not load the installed VSIX (expected ' + ${JSON.stringify(installedDir)} + ')');
    report('0 passed, 1 failed');
    throw new Error('wrong copy of the extension under test');
  }
  return require(${JSON.stringify(testsEntry)}).run();
};
`,
  );
  return file;
}

/** The path the probe reported, from the run's report. */
export function reportedExtensionPath(report: string): string | undefined {
  return report
    .split('\n')
    .find((l) => l.startsWith(UNDER_TEST_PREFIX))
    ?.slice(UNDER_TEST_PREFIX.length);
}
