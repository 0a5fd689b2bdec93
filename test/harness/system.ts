import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { say } from './log';

/** Debian packages the real-host tests need, with the file that shows each is installed. */
export const HOST_PACKAGES: Record<string, string> = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  'libkrb5-dev': '/usr/include/krb5.h',
  // CJK glyphs for the screenshots: without them every Chinese label renders as boxes
  'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
};

/**
 * Installs what is missing when we are root (CI, the dev containers); otherwise says exactly
 * what to install and fails, because guessing at sudo would hang a test run on a password prompt.
 */
export function ensureDebianPackages(packages: Record<string, string>): void {
  const missing = Object.entries(packages)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
  if (!missing.length) {
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}\n  install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  say(`installing Debian packages: ${missing.join(' ')}`);
  // ssl-cert makes its snakeoil pair in postinst; a machine that has the package without the
  // files (installed while postinst could not run) gets them made again below.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) {
    throw new Error('apt-get update failed');
  }
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (install.status !== 0) {
    throw new Error(`apt-get install ${missing.join(' ')} failed`);
  }
  if (missing.includes('ssl-cert') && !existsSync(packages['ssl-cert'])) {
    spawnSync('make-ssl-cert', ['generate-default-snakeoil', '--force-overwrite'], { stdio: 'inherit' });
  }
  const still = Object.entries(packages).filter(([, file]) => !existsSync(file));
  if (still.length) {
    throw new Error(`installed, but still missing: ${still.map(([name, file]) => `${file} (${name})`).join(', ')}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Kills a process group started with `detached: true` (the server and every child it spawned). */
export function killGroup(pid: number | undefined): void {
  if (!pid) {
    return;
  }
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-pid, signal);
    } catch {
      return; // already gone
    }
    try {
      execFileSync('sleep', ['0.5']);
    } catch {
      // ignore
    }
  }
}
