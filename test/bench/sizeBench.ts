// Bundle and package sizes: the host bundles (dist/extension.js, which activation loads, and
// dist/core.js, dist/features.js and dist/vendor/*.js, required on first use), the webview bundles, and the VSIX.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../harness/paths';

export interface ZipEntry {
  name: string;
  size: number;
  compressed: number;
}

export interface VsixSize {
  bytes: number;
  /** How it was measured: a real package, or only the file list when packaging failed. */
  method: 'package' | 'package with placeholder URLs' | 'vsce ls (uncompressed)';
  /** vsce's complaint when the plain `vsce package` failed. */
  packageError?: string;
  /** The biggest files in the package, by compressed size. */
  largest: ZipEntry[];
}

export interface SizeResult {
  /** The host bundles together: everything the extension host may load. */
  hostBundle: number;
  /** dist/extension.js alone: what activation loads. */
  activationBundle: number;
  webview: { file: string; bytes: number }[];
  webviewTotal: number;
  vsix: VsixSize;
}

/** Entries of a zip file from its central directory (enough for a size breakdown; no unpacking). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) {
    throw new Error('not a zip file: no end of central directory');
  }
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`bad central directory entry at ${at}`);
    }
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size, compressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function vsce(args: string[]): { ok: boolean; output: string } {
  const bin = join(ROOT, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** First ERROR line vsce printed. */
function vsceError(output: string): string {
  return (output.split('\n').find((l) => l.includes('ERROR')) ?? output.trim().split('\n')[0] ?? '').replace(/^\s*ERROR\s*/, '').trim();
}

/**
 * The manifest may not be ready for the marketplace yet (a missing repository breaks the README's
 * relative image links); the size is still what matters here, so a failed package is retried with
 * placeholder URLs, and only if that fails too does the file list stand in for the package.
 */
function measureVsix(): VsixSize {
  const dir = mkdtempSync(join(tmpdir(), 'pyi-bench-vsix-'));
  try {
    const out = join(dir, 'bench.vsix');
    const plain = vsce(['package', '--no-dependencies', '-o', out]);
    let method: VsixSize['method'] = 'package';
    let packageError: string | undefined;
    if (!plain.ok) {
      packageError = vsceError(plain.output);
      method = 'package with placeholder URLs';
      const retry = vsce(['package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', 'https://example.invalid/', '--baseImagesUrl', 'https://example.invalid/', '-o', out]);
      if (!retry.ok) {
        return { ...listedSize(), packageError };
      }
    }
    const entries = zipEntries(readFileSync(out));
    return {
      bytes: statSync(out).size,
      method,
      ...(packageError ? { packageError } : {}),
      largest: [...entries].sort((a, b) => b.compressed - a.compressed).slice(0, 6),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listedSize(): VsixSize {
  const ls = vsce(['ls', '--no-dependencies']);
  if (!ls.ok) {
    throw new Error(`vsce ls failed: ${vsceError(ls.output)}`);
  }
  const files = ls.output.split('\n').map((l) => l.trim()).filter((f) => f && existsSync(join(ROOT, f)));
  const entries = files.map((f) => ({ name: f, size: statSync(join(ROOT, f)).size, compressed: statSync(join(ROOT, f)).size }));
  return {
    bytes: entries.reduce((s, e) => s + e.size, 0),
    method: 'vsce ls (uncompressed)',
    largest: [...entries].sort((a, b) => b.size - a.size).slice(0, 6),
  };
}

export function measureSize(): SizeResult {
  const dist = join(ROOT, 'dist');
  const webviewDir = join(dist, 'webview');
  const webview = readdirSync(webviewDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => ({ file: `dist/webview/${file}`, bytes: statSync(join(webviewDir, file)).size }));
  const activationBundle = statSync(join(dist, 'extension.js')).size;
  return {
    hostBundle: activationBundle + statSync(join(dist, 'core.js')).size + statSync(join(dist, 'features.js')).size + readdirSync(join(dist, 'vendor')).reduce((sum, f) => sum + statSync(join(dist, 'vendor', f)).size, 0),
    activationBundle,
    webview,
    webviewTotal: webview.reduce((s, w) => s + w.bytes, 0),
    vsix: measureVsix(),
  };
}
