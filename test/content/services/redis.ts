import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../../harness/system';
import { startServer, stopServer } from './process';

/** A private redis-server on a free loopback port, without persistence (`--save ''`, no AOF). */
export class RedisServer {
  private child: ChildProcess | undefined;
  port = 0;

  constructor(private readonly dir: string) {}

  async start(): Promise<void> {
    this.port = await freePort();
    this.child = await startServer(
      'redis-server',
      ['--bind', '127.0.0.1', '--port', String(this.port), '--save', '', '--appendonly', 'no', '--dir', this.dir, '--daemonize', 'no'],
      () => {
        try {
          return execFileSync('redis-cli', ['-p', String(this.port), 'PING'], { encoding: 'utf8', stdio: 'pipe' }).trim() === 'PONG';
        } catch {
          return false;
        }
      },
      'redis-server',
    );
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  stop(): Promise<void> {
    return stopServer(this.child);
  }
}
