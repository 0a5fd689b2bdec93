import * as assert from 'node:assert/strict';
import type { CompileScaleResult } from '../../bench/compileBench';
import type { HostSample } from '../../bench/host/protocol';
import type { BenchResults } from '../../bench/results';
import { PANEL_QUESTIONS, compileGrowth, rows, summarizeHost } from '../../bench/results';
import { runOrder } from '../../bench/realHost';
import { markdownTable, textTable } from '../../bench/figures';

const MACHINE = { os: 'Linux', cpus: '2 × CPU', memory: '4 GB', node: 'v20' };

function act(extension: 'ours' | 'hello', run: number, ms: number, wasActive = false): HostSample {
  return { kind: 'activation', extension, run, ms, wasActive, settled: true };
}

describe('benchmark results', () => {
  it('alternates the extensions, each as often, neither always first', () => {
    const order = runOrder(5, true);
    assert.deepEqual(order.slice(0, 2), ['hello', 'ours']);
    const counted = order.slice(2);
    assert.equal(counted.filter((e) => e === 'ours').length, 5);
    assert.equal(counted.filter((e) => e === 'hello').length, 5);
    assert.deepEqual(counted.slice(0, 4), ['ours', 'hello', 'hello', 'ours']);
  });

  it('takes medians, leaves out activations that had already started, and only the panel’s first questions', () => {
    const answers = Array.from({ length: 20 }, (_, i) => (i < PANEL_QUESTIONS ? 50 : 1000));
    const h = summarizeHost(
      [
        act('ours', 0, 10),
        act('ours', 1, 30),
        act('ours', 2, 20),
        act('ours', 3, 1, true),
        act('hello', 4, 5),
        { kind: 'answer', run: 0, ms: [300, ...answers.slice(1)], ids: [] },
        { kind: 'memory', run: 0, beforeActivation: 10, afterActivation: 20, afterAnswers: 110, answers: 20 },
      ],
      0,
      [],
    );
    assert.equal(h.oursRuns, 3);
    assert.equal(h.activationMs, 20);
    assert.equal(h.helloActivationMs, 5);
    assert.equal(h.answerMs, 50);
    assert.equal(h.answerFirstMs, 300);
    assert.equal(h.heapGrowthBytes, 100);
  });

  it('meets the activation goal only within both the ratio and the absolute limit', () => {
    const base: BenchResults = { date: '2026-01-01T00:00:00Z', machine: MACHINE, commit: 'x', errors: {}, seconds: 1 };
    const withActivation = (ours: number, hello: number): boolean | undefined => {
      const host = summarizeHost([act('ours', 0, ours), act('hello', 1, hello)], 0, []);
      return rows({ ...base, host }).find((r) => r.figure === 'activation')?.met;
    };
    assert.equal(withActivation(12, 10), true);
    assert.equal(withActivation(12, 5), false); // 2.4× the baseline
    assert.equal(withActivation(20, 18), false); // over 15 ms
    assert.equal(rows(base).find((r) => r.figure === 'activation')?.met, undefined);
  });

  it('calls compile growth linear when time per entry holds', () => {
    const at = (scale: number, ms: number): CompileScaleResult => ({ scale, entries: 100 * scale, ms, runs: 1, msPerEntry: ms / (100 * scale) });
    assert.equal(compileGrowth([at(1, 1000), at(10, 10000)]), 1);
    assert.equal(compileGrowth([at(10, 20000), at(1, 1000)]), 2);
  });

  it('counts a size the compiler could not build as missed, and leaves it out of the growth', () => {
    const at = (scale: number, ms: number, error?: string): CompileScaleResult => ({ scale, entries: 100 * scale, ms, runs: 1, msPerEntry: ms / (100 * scale), ...(error ? { error } : {}) });
    const scales = [at(1, 1000), at(10, 10000), at(100, Number.NaN, 'ran out of memory')];
    const table = rows({ date: '2026-01-01T00:00:00Z', machine: MACHINE, commit: 'x', errors: {}, seconds: 1, compile: { scales, phases: { compileMs: 1, serializeMs: 1, brotliMs: 1, headIndexMs: 1 } } });
    const failed = table.find((r) => r.figure.startsWith('content compile 100×'));
    assert.equal(failed?.met, false);
    assert.match(failed?.value ?? '', /ran out of memory/);
    assert.equal(compileGrowth(scales), 1);
    assert.equal(table.find((r) => r.figure.startsWith('compile time per entry'))?.figure, 'compile time per entry, 10× vs 1×');
  });

  it('prints one line per figure, in text and in Markdown with the machine', () => {
    const table = rows({ date: '2026-01-01T00:00:00Z', machine: MACHINE, commit: 'x', errors: {}, seconds: 1 });
    const text = textTable(table).split('\n');
    assert.equal(text.length, table.length + 2);
    const md = markdownTable([{ figure: 'a | b', value: '1', baseline: '—', ratio: '—', goal: '—', met: false }], MACHINE, '2026-01-01T00:00:00Z');
    assert.match(md, /^\| a \\\| b \| 1 \| — \| — \| — \| NO \|$/m);
    assert.match(md, /2026-01-01 on Linux, 2 × CPU/);
  });

  it('shows the background build of the answer-text index with how long it held the host', () => {
    const sample = { firstMs: 40, bodyReadyMs: 900, bodyBuildMs: 800, longestBlockMs: 12, withBodyMs: 1, hits: 5 };
    const firstSearch = { runs: 1, firstMs: 40, withCatalogMs: 90, catalogMs: 60, bodyReadyMs: 900, bodyBuildMs: 800, longestBlockMs: 12, withBodyMs: 1, phases: { readMs: 1, loadMs: 30, searchMs: 2, headBytes: 1 }, samples: [sample] };
    const table = rows({ date: '2026-01-01T00:00:00Z', machine: MACHINE, commit: 'x', errors: {}, seconds: 1, firstSearch });
    assert.equal(table.find((r) => r.figure.startsWith('first search, index load'))?.met, true);
    assert.equal(table.find((r) => r.figure.startsWith('answer-text index'))?.value, '800.0 ms, host held ≤ 12.0 ms at a time');
  });
});
