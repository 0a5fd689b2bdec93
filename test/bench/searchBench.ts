// Search latency per query at the shipped size and at synthetic sizes, with the model's own
// search over the shipped head index and an answer-text index like the one the extension builds,
// against a substring scan of the same docs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { SearchIndex, toSearchDoc } from '../../src/model/search/searchIndex';
import type { SearchDoc } from '../../src/model/search/searchIndex';
import type { ContentBundle } from '../../src/model/types';
import { ROOT } from '../harness/paths';
import { NaiveScan, replicateIndex, syntheticDocs } from './searchCorpus';
import { median, percentile, timeSync } from './stats';

export const RANKING_QUERIES = join(ROOT, 'test', 'unit', 'model', 'search', 'ranking-queries.yaml');

export interface LatencyFigure {
  p50: number;
  p95: number;
}

export interface SearchSizeResult {
  label: string;
  docs: number;
  index: LatencyFigure;
  naive: LatencyFigure;
  /** Loading this size's head index from its JSON (what a first search at this size waits for). */
  headLoadMs: number;
  /** Where a query's time goes (medians over the queries): the head index alone, and what the body index adds. */
  phases: { headMs: number; bodyMs: number; hits: number };
}

export function loadQueries(): string[] {
  return (parse(readFileSync(RANKING_QUERIES, 'utf8')) as { q: string }[]).map((c) => c.q);
}

/**
 * Per query: the median of `reps` timed runs after one untimed run; then p50 and p95 over the
 * queries. Each query is one sample of "how long does a search take", as a user types one.
 */
export function latency(queries: readonly string[], reps: number, search: (q: string) => unknown): LatencyFigure {
  queries.forEach((q) => search(q)); // JIT warm-up, as in a host that has searched before
  const perQuery = queries.map((q) => median(Array.from({ length: reps }, () => timeSync(() => search(q)))));
  return { p50: percentile(perQuery, 50), p95: percentile(perQuery, 95) };
}

/**
 * The shipped head index and, for the answer text, the index the extension would build (built
 * here by the same code, synchronously). Synthetic sizes get the head index built from their own
 * docs and the answer-text index copied posting by posting from the real one: tokenizing ten
 * thousand answers would take half a minute and give the same index, since the copies share the
 * text.
 */
function indexJson(real: readonly SearchDoc[], body: string, size: number | undefined): { head: string; body: string; docs: readonly SearchDoc[] } {
  if (size === undefined) {
    return { head: readFileSync(join(ROOT, 'dist', 'search-index.json'), 'utf8'), body, docs: real };
  }
  const corpus = syntheticDocs(real, size);
  return { head: SearchIndex.build(corpus.docs, { body: false }).toJSON().head, body: replicateIndex(body, corpus), docs: corpus.docs };
}

/** MiniSearch's own time on each index, by timing the model's search with and without the body. */
function phases(head: string, both: SearchIndex, queries: readonly string[]): SearchSizeResult['phases'] {
  const headOnly = SearchIndex.fromJSON(head);
  const headMs = latency(queries, 3, (q) => headOnly.search(q)).p50;
  const bothMs = latency(queries, 3, (q) => both.search(q)).p50;
  const hits = median(queries.map((q) => both.search(q, Number.MAX_SAFE_INTEGER).length));
  return { headMs, bodyMs: Math.max(0, bothMs - headMs), hits };
}

export function measureSearch(opts: { sizes: { label: string; docs?: number }[]; reps: number; log?: (line: string) => void }): SearchSizeResult[] {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as ContentBundle;
  const real = bundle.questions.map(toSearchDoc);
  const queries = loadQueries();
  const realBody = SearchIndex.build(real).toJSON().body;
  const results: SearchSizeResult[] = [];
  for (const size of opts.sizes) {
    const { head, body, docs } = indexJson(real, realBody, size.docs);
    const started = performance.now();
    const loaded = SearchIndex.fromJSON(head);
    const headLoadMs = performance.now() - started;
    loaded.attachBody(body);
    const naive = new NaiveScan(docs);
    const result: SearchSizeResult = {
      label: size.label,
      docs: docs.length,
      index: latency(queries, opts.reps, (q) => loaded.search(q)),
      naive: latency(queries, opts.reps, (q) => naive.search(q)),
      headLoadMs,
      phases: phases(head, loaded, queries),
    };
    results.push(result);
    opts.log?.(`search ${size.label} (${docs.length} docs): p50 ${result.index.p50.toFixed(2)} ms, p95 ${result.index.p95.toFixed(2)} ms; scan p95 ${result.naive.p95.toFixed(2)} ms`);
  }
  return results;
}
