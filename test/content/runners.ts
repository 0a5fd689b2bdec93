import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDockerfile, checkYaml } from './checkers';
import { MariaDb } from './services/mariadb';
import { RedisServer } from './services/redis';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

/** Servers shared by the examples of one run, started on first use and stopped at the end. */
export class Services {
  private readonly dir = mkdtempSync(join(tmpdir(), 'pyi-services-'));
  private mariaDb: Promise<MariaDb> | undefined;

  mariadb(): Promise<MariaDb> {
    this.mariaDb ??= (async () => {
      const db = new MariaDb(join(this.dir, 'mariadb'));
      mkdirSync(join(this.dir, 'mariadb'));
      await db.start();
      return db;
    })();
    return this.mariaDb;
  }

  /**
   * Each Redis example gets a redis-server of its own (they start in a few milliseconds), so an
   * example that changes config or flushes data cannot affect another.
   */
  async withRedis<T>(fn: (r: RedisServer) => Promise<T>): Promise<T> {
    const dir = mkdtempSync(join(this.dir, 'redis-'));
    const r = new RedisServer(dir);
    await r.start();
    try {
      return await fn(r);
    } finally {
      await r.stop();
    }
  }

  async stop(): Promise<void> {
    const servers: Promise<{ stop(): Promise<void> }>[] = [];
    if (this.mariaDb) {
      servers.push(this.mariaDb);
    }
    const started = await Promise.allSettled(servers);
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : Promise.resolve())));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Runner {
  /** Debian packages (name → file that shows it is installed) this runner needs. */
  packages: Record<string, string>;
  run(code: string, services: Services): Promise<RunResult>;
}

const TIMEOUT_MS = 30000;

/**
 * Runs one example in a process group of its own. When the example exits, whatever it left
 * running (a forked worker, a server) is killed with the group: such a leftover would otherwise
 * keep the output pipe open and the run would never finish.
 */
function exec(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}, input?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      detached: true,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', HOME: cwd, TMPDIR: cwd, ...extraEnv },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const killGroup = (): void => {
      try {
        if (child.pid) {
          process.kill(-child.pid, 'SIGKILL');
        }
      } catch {
        // the group is already gone
      }
    };
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let exitCode: number | null = null;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, TIMEOUT_MS);
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin?.on('error', () => undefined); // a client that exits early closes its stdin
    child.stdin?.end(input);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: `${stderr}${err.message}`, code: null, timedOut });
    });
    child.on('exit', (code) => {
      exitCode = code;
      killGroup();
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: exitCode ?? code, timedOut });
    });
  });
}

/** Runs `fn` in a fresh temp folder that is removed afterwards. */
async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pyi-example-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runPython(interpreter: string, code: string, env: Record<string, string> = {}): Promise<RunResult> {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'example.py'), code);
    // -I: isolated mode (no user site, no PYTHON* variables); the connection settings below are
    // ordinary environment variables the example reads.
    return exec(interpreter, ['-I', 'example.py'], dir, env);
  });
}

let machinePython: string | undefined;
/** The real interpreter behind `python3` on PATH (a pyenv shim needs a HOME the examples don't get). */
function machinePython3(): string {
  machinePython ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return machinePython;
}

const DEBIAN_PYTHON = '/usr/bin/python3';
const PKG = {
  django: { 'python3-django': '/usr/lib/python3/dist-packages/django/__init__.py' },
  flask: { 'python3-flask': '/usr/lib/python3/dist-packages/flask/__init__.py' },
  drf: { 'python3-djangorestframework': '/usr/lib/python3/dist-packages/rest_framework/__init__.py' },
  jwt: { 'python3-jwt': '/usr/lib/python3/dist-packages/jwt/__init__.py' },
  celery: { 'python3-celery': '/usr/lib/python3/dist-packages/celery/__init__.py' },
  nginx: { 'nginx-light': '/usr/sbin/nginx' },
  // Debian's self-signed pair, which the HTTPS examples point at.
  snakeoil: { 'ssl-cert': '/etc/ssl/certs/ssl-cert-snakeoil.pem' },
  mariadb: { 'mariadb-server': '/usr/sbin/mariadbd', 'mariadb-client': '/usr/bin/mariadb' },
  pymysql: { 'python3-pymysql': '/usr/lib/python3/dist-packages/pymysql/__init__.py' },
  redis: { 'redis-server': '/usr/bin/redis-server', 'redis-tools': '/usr/bin/redis-cli' },
  pyredis: { 'python3-redis': '/usr/lib/python3/dist-packages/redis/__init__.py' },
  sqlite: { sqlite3: '/usr/bin/sqlite3' },
};

/** Debian python with some of Debian's python3-* packages. */
function debianPython(packages: Record<string, string>): Runner {
  return { packages, run: (code) => runPython(DEBIAN_PYTHON, code) };
}

/**
 * `nginx check`: the block is an http-context fragment; it is wrapped in a minimal main config
 * whose logs, pid and temp paths point into the temp folder, so `nginx -t` runs without root.
 */
const nginxCheck: Runner = {
  packages: { ...PKG.nginx, ...PKG.snakeoil },
  run: (code) =>
    inTemp(async (dir) => {
      mkdirSync(join(dir, 'logs'));
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t)};`).join('\n');
      const conf = [`pid ${join(dir, 'nginx.pid')};`, `error_log ${join(dir, 'logs', 'error.log')};`, 'events {}', 'http {', `    access_log ${join(dir, 'logs', 'access.log')};`, temp, code, '}', ''].join('\n');
      writeFileSync(join(dir, 'nginx.conf'), conf);
      const r = await exec('/usr/sbin/nginx', ['-t', '-p', dir, '-e', join(dir, 'logs', 'error.log'), '-c', join(dir, 'nginx.conf')], dir);
      // Warnings count as failures, so the configs we teach stay clean. nginx -t reports on stderr.
      const ok = r.code === 0 && /test is successful/.test(r.stderr) && !/\[warn\]/.test(r.stderr);
      return { ...r, stdout: '', code: ok ? 0 : r.code || 1 };
    }),
};

function checker(check: (text: string) => string[]): Runner {
  return {
    packages: {},
    run: (code) => {
      const problems = check(code);
      return Promise.resolve({ stdout: '', stderr: problems.join('\n'), code: problems.length ? 1 : 0, timedOut: false });
    },
  };
}

/** Runs `fn` with a fresh database of the shared MariaDB server, dropped afterwards. */
async function withDatabase(services: Services, fn: (db: MariaDb, name: string) => Promise<RunResult>): Promise<RunResult> {
  const db = await services.mariadb();
  const name = db.createDatabase();
  try {
    return await fn(db, name);
  } finally {
    db.dropDatabase(name);
  }
}

/** `<lang> run[=<runner>]` and `<lang> check` → runner. Missing entries fail loudly in the test. */
export const RUNNERS: Record<string, Runner> = {
  'python run': { packages: {}, run: (code) => runPython(machinePython3(), code) },
  'python run=django': debianPython(PKG.django),
  'python run=flask': debianPython(PKG.flask),
  'python run=drf': debianPython({ ...PKG.django, ...PKG.drf }),
  'python run=jwt': debianPython(PKG.jwt),
  'python run=celery': debianPython(PKG.celery),
  'python run=nginx': { packages: { ...PKG.nginx, ...PKG.snakeoil }, run: (code) => runPython(machinePython3(), code) },
  'python run=mysql': {
    packages: { ...PKG.mariadb, ...PKG.pymysql },
    run: (code, services) =>
      withDatabase(services, (db, name) => runPython(DEBIAN_PYTHON, code, { MYSQL_UNIX_PORT: db.socket, MYSQL_DATABASE: name, MYSQL_USER: 'root' })),
  },
  'python run=redis': {
    packages: { ...PKG.redis, ...PKG.pyredis },
    run: (code, services) => services.withRedis((r) => runPython(DEBIAN_PYTHON, code, { REDIS_URL: r.url })),
  },
  'sql run': {
    packages: PKG.mariadb,
    run: (code, services) =>
      withDatabase(services, (db, name) => inTemp((dir) => exec('mariadb', ['--no-defaults', '-S', db.socket, '-uroot', '--table', name], dir, {}, code))),
  },
  'sql run=sqlite': {
    packages: PKG.sqlite,
    run: (code) => inTemp((dir) => exec('sqlite3', ['-bail', '-table', ':memory:'], dir, {}, code)),
  },
  'redis run': {
    packages: PKG.redis,
    run: (code, services) => services.withRedis((r) => inTemp((dir) => exec('redis-cli', ['-p', String(r.port)], dir, {}, code))),
  },
  'nginx check': nginxCheck,
  'dockerfile check': checker(checkDockerfile),
  'yaml check': checker(checkYaml),
};

export function runnerKey(lang: string, mode: string, runner: string): string {
  return mode === 'check' ? `${lang} check` : `${lang} run${runner ? `=${runner}` : ''}`;
}
