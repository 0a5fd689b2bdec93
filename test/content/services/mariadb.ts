import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileExists, startServer, stopServer } from './process';

/**
 * A private MariaDB (InnoDB) server for the SQL examples: its own data folder, a Unix socket,
 * no TCP port, root without a password. Each example gets a database of its own.
 */
export class MariaDb {
  private child: ChildProcess | undefined;
  private next = 0;
  readonly socket: string;

  constructor(private readonly dir: string) {
    this.socket = join(dir, 'mysqld.sock');
  }

  async start(): Promise<void> {
    const data = join(this.dir, 'data');
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { stdio: 'pipe' });
    this.child = await startServer(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${this.socket}`,
        '--skip-networking',
        `--pid-file=${join(this.dir, 'mysqld.pid')}`,
        `--log-error=${join(this.dir, 'error.log')}`,
        '--innodb-buffer-pool-size=32M',
        '--default-storage-engine=InnoDB',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_general_ci',
        ...user,
      ],
      fileExists(this.socket),
      'mariadbd',
    );
  }

  /** A fresh, empty database name for one example. */
  createDatabase(): string {
    const name = `example_${++this.next}`;
    this.sql(`CREATE DATABASE ${name}`);
    return name;
  }

  dropDatabase(name: string): void {
    this.sql(`DROP DATABASE IF EXISTS ${name}`);
  }

  private sql(statement: string): void {
    execFileSync('mariadb', ['--no-defaults', '-S', this.socket, '-uroot', '-e', statement], { stdio: 'pipe' });
  }

  stop(): Promise<void> {
    return stopServer(this.child);
  }
}
