// What one benchmark run found (bench/results.json) and the table rows it makes.
import { join } from 'node:path';
import { ROOT } from '../harness/paths';
import type { CompilePhases, CompileScaleResult } from './compileBench';
import type { FirstSearchPhases, FirstSearchSample } from './firstSearch';
import type { Machine, Row } from './figures';
import { KB, MB, atMost, bytes, ms, ratio } from './figures';
import type { HostSample } from './host/protocol';
import type { SearchSizeResult } from './searchBench';
import type { SizeResult } from './sizeBench';
import { median } from './stats';

/** Written by every run; git-ignored. */
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');

/** How many of a run's answers the panel figure takes (the issue: a median over 10 questions). */
export const PANEL_QUESTIONS = 10;

export interface HostFigures {
  oursRuns: number;
  helloRuns: number;
  failedRuns: number;
  /** Runs whose host never went quiet before measuring (a busy machine): their figures are noisier. */
  busyRuns: number;
  strippedEvents: string[];
  activationMs: number;
  helloActivationMs: number;
  treeColdMs: number;
  treeWarmMs: number;
  answerMs: number;
  answerFirstMs: number;
  heapGrowthBytes: number;
  heapAtActivationBytes: number;
  samples: HostSample[];
}

export interface FirstSearchFigures {
  runs: number;
  firstMs: number;
  /** The search command's first results, which also wait for the catalog (cold). */
  withCatalogMs: number;
  /** The catalog alone, in those runs. */
  catalogMs: number;
  bodyReadyMs: number;
  /** The extension's background build of the answer-text index, catalog loaded → joined. */
  bodyBuildMs: number;
  /** The longest the background build held the extension host's event loop at once. */
  longestBlockMs: number;
  withBodyMs: number;
  phases: FirstSearchPhases;
  samples: FirstSearchSample[];
}

export interface BenchResults {
  date: string;
  machine: Machine;
  commit: string;
  host?: HostFigures;
  firstSearch?: FirstSearchFigures;
  search?: SearchSizeResult[];
  compile?: { scales: CompileScaleResult[]; phases: CompilePhases };
  size?: SizeResult;
  /** Stages that failed, with why; their rows show as not measured. */
  errors: Record<string, string>;
  seconds: number;
}

export function summarizeHost(samples: HostSample[], failedRuns: number, strippedEvents: string[]): HostFigures {
  const activations = (ext: 'ours' | 'hello'): number[] =>
    samples.flatMap((s) => (s.kind === 'activation' && s.extension === ext && !s.wasActive ? [s.ms] : []));
  const trees = samples.flatMap((s) => (s.kind === 'tree' ? [s] : []));
  const answers = samples.flatMap((s) => (s.kind === 'answer' ? [s.ms] : []));
  const memory = samples.flatMap((s) => (s.kind === 'memory' ? [s] : []));
  const ours = activations('ours');
  const hello = activations('hello');
  return {
    oursRuns: ours.length,
    helloRuns: hello.length,
    failedRuns,
    busyRuns: samples.filter((s) => s.kind === 'activation' && !s.settled).length,
    strippedEvents,
    activationMs: median(ours),
    helloActivationMs: median(hello),
    treeColdMs: median(trees.map((t) => t.coldMs)),
    treeWarmMs: median(trees.map((t) => t.warmMs)),
    answerMs: median(answers.flatMap((a) => a.slice(0, PANEL_QUESTIONS))),
    answerFirstMs: median(answers.map((a) => a[0])),
    heapGrowthBytes: median(memory.map((m) => m.afterAnswers - m.beforeActivation)),
    heapAtActivationBytes: median(memory.map((m) => m.afterActivation - m.beforeActivation)),
    samples,
  };
}

/** Compile time per entry at the largest scale over that at the smallest: 1 is linear. */
export function compileGrowth(scales: readonly CompileScaleResult[]): number {
  const sorted = scales.filter((c) => !c.error).sort((a, b) => a.scale - b.scale);
  return sorted.length < 2 ? Number.NaN : sorted[sorted.length - 1].msPerEntry / sorted[0].msPerEntry;
}

function searchRow(s: SearchSizeResult): Row {
  return {
    figure: `search, ${s.label} (${s.docs} questions)`,
    value: `p50 ${ms(s.index.p50)} · p95 ${ms(s.index.p95)}`,
    baseline: `scan p50 ${ms(s.naive.p50)} · p95 ${ms(s.naive.p95)}`,
    ratio: ratio(s.index.p95, s.naive.p95),
    goal: '—',
    met: undefined,
  };
}

/** A figure shown for context, with no goal of its own. */
function info(figure: string, value: string): Row {
  return { figure, value, baseline: '—', ratio: '—', goal: '—', met: undefined };
}

export function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const h = r.host;
  const nan = Number.NaN;
  const answers = h?.samples.find((s) => s.kind === 'memory')?.answers ?? 20;
  out.push({
    figure: 'activation',
    value: ms(h?.activationMs),
    baseline: `hello-world ${ms(h?.helloActivationMs)}`,
    ratio: ratio(h?.activationMs, h?.helloActivationMs),
    goal: '≤ 1.5× hello-world, ≤ 15 ms',
    met: h && !Number.isNaN(h.activationMs) ? h.activationMs <= 15 && h.activationMs / h.helloActivationMs <= 1.5 : undefined,
  });
  out.push(atMost('tree: root + first category (first load)', h?.treeColdMs ?? nan, 20, ms, '≤ 20 ms'));
  out.push(info('tree: the same again (catalog loaded)', ms(h?.treeWarmMs)));
  out.push(atMost(`answer panel (median of ${PANEL_QUESTIONS} questions)`, h?.answerMs ?? nan, 150, ms, '≤ 150 ms'));
  out.push(info('answer panel, first (creates the webview)', ms(h?.answerFirstMs)));

  const search = r.search ?? [];
  const s1k = search.find((s) => s.label === '1k');
  const s10k = search.find((s) => s.label === '10k');
  for (const s of search) {
    out.push(s === s10k ? { ...searchRow(s), figure: `search p95 at 10k (${s.docs} questions)`, value: ms(s.index.p95), baseline: `scan ${ms(s.naive.p95)}`, goal: '≤ 2 ms', met: s.index.p95 <= 2 } : searchRow(s));
  }
  if (s1k && s10k) {
    const growth = s10k.index.p95 / s1k.index.p95;
    out.push({
      figure: 'search growth 1k → 10k (p95)',
      value: `${growth.toFixed(2)}×`,
      baseline: `scan ${(s10k.naive.p95 / s1k.naive.p95).toFixed(2)}×`,
      ratio: '—',
      goal: '≤ 3×',
      met: growth <= 3,
    });
  }
  const fs = r.firstSearch;
  out.push(atMost('first search, index load included', fs?.firstMs ?? nan, 50, ms, '≤ 50 ms'));
  out.push(info('first search as the command runs it (+ catalog load)', ms(fs?.withCatalogMs)));
  out.push(info('answer-text index, built in the background', fs ? `${ms(fs.bodyBuildMs)}, host held ≤ ${ms(fs.longestBlockMs)} at a time` : '—'));

  const scales = r.compile?.scales ?? [];
  for (const c of scales) {
    const figure = `content compile ${c.scale}× (${c.entries} entries)`;
    if (c.error) {
      // a size the compiler cannot build at all is not linear
      out.push({ ...info(figure, `failed: ${c.error}`), goal: c.scale === 1 ? '≤ 1 s' : 'linear', met: false });
    } else {
      out.push(c.scale === 1 ? atMost(figure, c.ms, 1000, ms, '≤ 1 s') : info(figure, ms(c.ms)));
    }
  }
  const built = scales.filter((c) => !c.error);
  if (built.length >= 2) {
    const growth = compileGrowth(built);
    const top = Math.max(...built.map((c) => c.scale));
    out.push({ ...info(`compile time per entry, ${top}× vs 1×`, `${growth.toFixed(2)}×`), goal: 'linear (≤ 1.2×)', met: growth <= 1.2 });
  }

  const size = r.size;
  out.push(atMost('host bundles (dist/extension.js, core.js, features.js, vendor/)', size?.hostBundle ?? nan, 300 * KB, bytes, '≤ 300 KB'));
  out.push(info('of which activation loads (dist/extension.js)', size ? bytes(size.activationBundle) : '—'));
  out.push(info(`webview bundles (${size?.webview.length ?? 0} files)`, size ? bytes(size.webviewTotal) : '—'));
  const vsixFigure = size && size.vsix.method !== 'package' ? `VSIX (${size.vsix.method})` : 'VSIX';
  out.push(atMost(vsixFigure, size?.vsix.bytes ?? nan, 1.5 * MB, bytes, '≤ 1.5 MB'));
  out.push(atMost(`extension-host heap growth (activation + ${answers} answers)`, h?.heapGrowthBytes ?? nan, 15 * MB, bytes, '≤ 15 MB'));
  return out;
}
