import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

export interface Runner {
  /** Debian packages (name → file that shows it is installed) this runner needs. */
  packages: Record<string, string>;
  run(code: string): Promise<RunResult>;
}

const TIMEOUT_MS = 20000;

function exec(cmd: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', HOME: cwd, TMPDIR: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: `${stderr}${err.message}`, code: null, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, timedOut });
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

/** `python run`: the machine's python3, isolated mode (-I: no user site, no PYTHON* variables). */
function python(interpreter: () => string, packages: Record<string, string> = {}): Runner {
  return {
    packages,
    run: (code) =>
      inTemp((dir) => {
        writeFileSync(join(dir, 'example.py'), code);
        return exec(interpreter(), ['-I', 'example.py'], dir);
      }),
  };
}

let machinePython: string | undefined;
/** The real interpreter behind `python3` on PATH (a pyenv shim needs a HOME the examples don't get). */
function machinePython3(): string {
  machinePython ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return machinePython;
}

/**
 * `nginx check`: the block is an http-context fragment; it is wrapped in a minimal main config
 * whose logs, pid and temp paths point into the temp folder, so `nginx -t` runs without root.
 */
const nginx: Runner = {
  packages: { 'nginx-light': '/usr/sbin/nginx' },
  run: (code) =>
    inTemp(async (dir) => {
      mkdirSync(join(dir, 'logs'));
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t)};`).join('\n');
      const conf = [
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${join(dir, 'logs', 'error.log')};`,
        'events {}',
        'http {',
        `    access_log ${join(dir, 'logs', 'access.log')};`,
        temp,
        code,
        '}',
        '',
      ].join('\n');
      writeFileSync(join(dir, 'nginx.conf'), conf);
      const r = await exec('/usr/sbin/nginx', ['-t', '-p', dir, '-e', join(dir, 'logs', 'error.log'), '-c', join(dir, 'nginx.conf')], dir);
      // Warnings count as failures, so the configs we teach stay clean. nginx -t reports on stderr.
      const ok = r.code === 0 && /test is successful/.test(r.stderr) && !/\[warn\]/.test(r.stderr);
      return { ...r, stdout: '', code: ok ? 0 : (r.code || 1) };
    }),
};

const debianPython = (): string => '/usr/bin/python3';

/** `<lang> run[=<runner>]` and `<lang> check` → runner. Missing entries fail loudly in the test. */
export const RUNNERS: Record<string, Runner> = {
  'python run': python(machinePython3),
  'python run=django': python(debianPython, { 'python3-django': '/usr/lib/python3/dist-packages/django/__init__.py' }),
  'python run=flask': python(debianPython, { 'python3-flask': '/usr/lib/python3/dist-packages/flask/__init__.py' }),
  'python run=drf': python(debianPython, {
    'python3-django': '/usr/lib/python3/dist-packages/django/__init__.py',
    'python3-djangorestframework': '/usr/lib/python3/dist-packages/rest_framework/__init__.py',
  }),
  'python run=jwt': python(debianPython, { 'python3-jwt': '/usr/lib/python3/dist-packages/jwt/__init__.py' }),
  'nginx check': nginx,
};

export function runnerKey(lang: string, mode: string, runner: string): string {
  return mode === 'check' ? `${lang} check` : `${lang} run${runner ? `=${runner}` : ''}`;
}
