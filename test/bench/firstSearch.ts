// `node out/test/bench/firstSearch.js <query> [--phases | --with-catalog]`: one first search in a
// fresh process, as the extension's first search after activation (modules loaded, nothing read,
// nothing compiled by the JIT yet). Prints one JSON line. The benchmark runs it several times and
// takes the median.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LazyCatalog } from '../../src/model/catalogLoader';
import { LazySearch } from '../../src/model/search/lazySearch';
import { SearchIndex } from '../../src/model/search/searchIndex';
import { ROOT } from '../harness/paths';

export interface FirstSearchSample {
  /** Query typed → hits, index load included. */
  firstMs: number;
  /** From the same start until the body index has joined. */
  bodyReadyMs: number;
  /** A search once the body has joined. */
  withBodyMs: number;
  hits: number;
}

export interface FirstSearchPhases {
  readMs: number;
  loadMs: number;
  searchMs: number;
  headBytes: number;
}

/** The search command's first results: it waits for the catalog too, to show titles. */
export interface FirstSearchWithCatalog {
  ms: number;
}

const CONTENT = join(ROOT, 'dist', 'content.json');
const HEAD = join(ROOT, 'dist', 'search-index.json');
const BODY = join(ROOT, 'dist', 'search-body.json');

async function first(query: string): Promise<FirstSearchSample> {
  const start = performance.now();
  const search = new LazySearch(HEAD, BODY);
  const hits = await search.search(query);
  const firstMs = performance.now() - start;
  const index = await search.index();
  while (!index.hasBody) {
    await new Promise((r) => setTimeout(r, 2));
  }
  const bodyReadyMs = performance.now() - start;
  const again = performance.now();
  index.search(query);
  return { firstMs, bodyReadyMs, withBodyMs: performance.now() - again, hits: hits.length };
}

/** The same first search taken apart, each step timed (in its own fresh process too). */
async function phases(query: string): Promise<FirstSearchPhases> {
  const t0 = performance.now();
  const json = await readFile(HEAD, 'utf8');
  const t1 = performance.now();
  const index = SearchIndex.fromJSON(json);
  const t2 = performance.now();
  index.search(query);
  const t3 = performance.now();
  return { readMs: t1 - t0, loadMs: t2 - t1, searchMs: t3 - t2, headBytes: Buffer.byteLength(json) };
}

/** As the search command does it (src/commands/searchQuestions.ts), when no tree has loaded the catalog. */
async function withCatalog(query: string): Promise<FirstSearchWithCatalog> {
  const start = performance.now();
  await Promise.all([new LazySearch(HEAD, BODY).search(query, 30), new LazyCatalog(CONTENT).get()]);
  return { ms: performance.now() - start };
}

async function main(argv: string[]): Promise<void> {
  const query = argv.find((a) => !a.startsWith('--'));
  if (!query) {
    throw new Error('usage: firstSearch.js <query> [--phases | --with-catalog]');
  }
  const result = argv.includes('--phases') ? await phases(query) : argv.includes('--with-catalog') ? await withCatalog(query) : await first(query);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
