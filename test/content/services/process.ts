import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Starts a server process in its own group and waits until `ready()` says it can be used. */
export async function startServer(cmd: string, args: string[], ready: () => boolean | Promise<boolean>, what: string, timeoutMs = 30000): Promise<ChildProcess> {
  let log = '';
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (exited !== undefined) {
      throw new Error(`${what} exited with ${exited} before it was ready:\n${log.slice(-2000)}`);
    }
    if (await ready()) {
      return child;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopServer(child);
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${log.slice(-2000)}`);
}

/** SIGTERM to the server's group, SIGKILL if it has not exited after 10 s; resolves when it is gone. */
export function stopServer(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  if (!child || !pid || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-pid, s);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signal('SIGTERM');
  });
}

export const fileExists = (path: string) => (): boolean => existsSync(path);
