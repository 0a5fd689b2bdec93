// The build's content step (out/tools/compile-content.js, which parses, validates and renders the
// entries, compresses the bundle and builds the head search index; it runs no examples) on
// content/ copied 1×, 10×, 100×.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileContent } from '../../src/content/compileContent';
import { headIndexJson, writeBundleFiles } from '../../src/tools/contentOutputs';
import { ROOT } from '../harness/paths';
import { writeContentCopies } from './contentCopies';
import { median } from './stats';

export const COMPILER = join(ROOT, 'out', 'tools', 'compile-content.js');

export interface CompileScaleResult {
  scale: number;
  entries: number;
  /** NaN when the compiler failed at this scale (see `error`). */
  ms: number;
  runs: number;
  msPerEntry: number;
  error?: string;
}

/**
 * Where the 1× compile's time goes, each step as the tool takes it, measured in this process
 * (modules loaded, JIT cold). The tool overlaps the last two: Brotli runs on the thread pool
 * while the head index is built.
 */
export interface CompilePhases {
  compileMs: number;
  /** JSON written (and queued for Brotli). */
  serializeMs: number;
  /** Waiting for Brotli to finish once the JSON is written. */
  brotliMs: number;
  headIndexMs: number;
}

function runCompiler(contentDir: string, outFile: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [COMPILER, contentDir, outFile], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - start;
  if (r.status !== 0) {
    const output = `${r.stderr}${r.stdout}`;
    // V8 prints a page of GC trace before the one line that says what happened
    const why = /heap out of memory/.test(output) ? `ran out of memory after ${(ms / 1000).toFixed(0)} s (JavaScript heap)` : output.trim().split('\n').slice(0, 5).join(' / ');
    throw new Error(`the content compiler failed: ${why}`);
  }
  return ms;
}

export function measureCompile(opts: { scales: number[]; runsAt: (scale: number) => number; log?: (line: string) => void }): CompileScaleResult[] {
  const work = mkdtempSync(join(tmpdir(), 'pyi-bench-content-'));
  try {
    return opts.scales.map((scale) => {
      const dir = join(work, `content-x${scale}`);
      const entries = writeContentCopies(join(ROOT, 'content'), dir, scale);
      const runs = opts.runsAt(scale);
      try {
        const ms = median(Array.from({ length: runs }, () => runCompiler(dir, join(work, `out-x${scale}`, 'content.json'))));
        opts.log?.(`compile ${scale}× (${entries} entries): ${(ms / 1000).toFixed(2)} s`);
        return { scale, entries, ms, runs, msPerEntry: ms / entries };
      } catch (err) {
        // a failure at one size is itself the finding; the other sizes still count
        const error = err instanceof Error ? err.message : String(err);
        opts.log?.(`compile ${scale}× (${entries} entries): ${error}`);
        return { scale, entries, ms: Number.NaN, runs, msPerEntry: Number.NaN, error };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function measureCompilePhases(): Promise<CompilePhases> {
  const work = mkdtempSync(join(tmpdir(), 'pyi-bench-phases-'));
  try {
    const t0 = performance.now();
    const { bundle } = compileContent(join(ROOT, 'content'));
    const t1 = performance.now();
    const compressed = writeBundleFiles(bundle, join(work, 'content.json'), join(work, 'content.json.br'));
    const t2 = performance.now();
    await compressed;
    const t3 = performance.now();
    headIndexJson(bundle.questions);
    const t4 = performance.now();
    return { compileMs: t1 - t0, serializeMs: t2 - t1, brotliMs: t3 - t2, headIndexMs: t4 - t3 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
