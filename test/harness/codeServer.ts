import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_DIR, CODE_SERVER_VERSION } from './paths';
import { say } from './log';
import { HOST_PACKAGES, ensureDebianPackages } from './system';

const INSTALL_DIR = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const BIN = join(INSTALL_DIR, 'node_modules', '.bin', 'code-server');
const MARKER = join(INSTALL_DIR, '.installed');
/** What @vscode/ripgrep's postinstall looks for before it tries to download from GitHub. */
const RIPGREP_CACHE = join('vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
const INSTALL_TIMEOUT_MS = 25 * 60 * 1000;

/** Path of a working code-server, installing it into the cache on first use. */
export async function ensureCodeServer(): Promise<string> {
  ensureDebianPackages(HOST_PACKAGES);
  if (existsSync(MARKER) && existsSync(BIN)) {
    return BIN;
  }
  say(`installing code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (first run only; a few minutes)`);
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(
    join(INSTALL_DIR, 'package.json'),
    JSON.stringify({ name: 'pyinterview-test-host', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2),
  );
  const tmp = mkdtempSync(join(tmpdir(), 'pyi-cs-install-'));
  try {
    seedRipgrepCache(tmp);
    await npm(['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!existsSync(BIN)) {
    throw new Error(`code-server install finished but ${BIN} is missing`);
  }
  writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  return BIN;
}

/** A tarball of Debian's rg where @vscode/ripgrep expects its download, so nothing is fetched. */
function seedRipgrepCache(tmp: string): void {
  const target = join(tmp, RIPGREP_CACHE);
  mkdirSync(join(target, '..'), { recursive: true });
  const staging = mkdtempSync(join(tmp, 'rg-'));
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  const tar = spawnSync('tar', ['-czf', target, '-C', staging, 'rg']);
  if (tar.status !== 0) {
    throw new Error(`could not pack /usr/bin/rg: ${tar.stderr.toString()}`);
  }
}

function npm(args: string[], tmp: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, {
      cwd: INSTALL_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        TMPDIR: tmp,
        npm_config_yes: 'true',
        // code-server's postinstall refuses to run as root without this, and it runs a nested
        // `npm install` in lib/vscode whose native-module scripts npm 11 would otherwise skip.
        npm_config_unsafe_perm: 'true',
        npm_config_dangerously_allow_all_scripts: 'true',
        npm_config_update_notifier: 'false',
      },
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm ${args.join(' ')} timed out after ${INSTALL_TIMEOUT_MS / 60000} min`));
    }, INSTALL_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`npm ${args.join(' ')} exited with ${code}`));
      }
    });
  });
}
