// `node out/test/bench/firstSearch.js <query> [--phases | --with-catalog]`: one first search in a
// fresh process, as the extension's first search after activation (modules loaded, nothing read,
// nothing compiled by the JIT yet), with the files the VSIX ships: the head index
// dist/search-index.json and the content dist/content.json.br. Prints one JSON line. The
// benchmark runs it several times and takes the median.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Catalog } from '../../src/model/catalog';
import { LazyCatalog } from '../../src/model/catalogLoader';
import { LazySearch } from '../../src/model/search/lazySearch';
import { SearchIndex } from '../../src/model/search/searchIndex';
import { ROOT } from '../harness/paths';
import { longestBlock } from './stats';

export interface FirstSearchSample {
  /** Query typed → hits, head index load included. */
  firstMs: number;
  /** From the same start until the answer-text index has joined (catalog load + background build). */
  bodyReadyMs: number;
  /** The background build alone: catalog loaded → answer-text index joined. */
  bodyBuildMs: number;
  /** The longest the build held the event loop at once (what other work in the host waits at worst). */
  longestBlockMs: number;
  /** A search once the body has joined. */
  withBodyMs: number;
  hits: number;
}

export interface FirstSearchPhases {
  readMs: number;
  /** JSON.parse and MiniSearch's rebuild of the head index, posting counts included. */
  loadMs: number;
  searchMs: number;
  headBytes: number;
}

/** The search command's first results: it waits for the catalog too, to show titles. */
export interface FirstSearchWithCatalog {
  ms: number;
  /** When the catalog alone had loaded (Brotli decompression and JSON.parse). */
  catalogMs: number;
}

const CONTENT = join(ROOT, 'dist', 'content.json.br');
const HEAD = join(ROOT, 'dist', 'search-index.json');

async function first(query: string): Promise<FirstSearchSample> {
  const start = performance.now();
  let catalogAt = Number.NaN;
  let catalogLoaded!: () => void;
  const catalogReady = new Promise<void>((resolve) => (catalogLoaded = resolve));
  const catalog = new LazyCatalog(CONTENT);
  const search = new LazySearch(HEAD, (): Promise<Catalog> =>
    catalog.get().then(
      (c) => {
        catalogAt = performance.now();
        catalogLoaded();
        return c;
      },
      (err: unknown) => {
        catalogLoaded(); // the check below reports it
        throw err;
      },
    ),
  );
  const hits = await search.search(query);
  const firstMs = performance.now() - start;
  // what the build blocks is measured from when it starts, not while the catalog parses
  await catalogReady;
  const longestBlockMs = await longestBlock(search.fullIndex());
  const index = await search.fullIndex();
  if (!index.hasBody) {
    throw new Error('the answer-text index did not join (could the catalog not load?)');
  }
  const bodyReadyAt = performance.now();
  const again = performance.now();
  index.search(query);
  return { firstMs, bodyReadyMs: bodyReadyAt - start, bodyBuildMs: bodyReadyAt - catalogAt, longestBlockMs, withBodyMs: performance.now() - again, hits: hits.length };
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
  const catalog = new LazyCatalog(CONTENT);
  const search = new LazySearch(HEAD, () => catalog.get());
  let catalogMs = Number.NaN;
  await Promise.all([
    search.search(query, 30),
    catalog.get().then(() => {
      catalogMs = performance.now() - start;
    }),
  ]);
  return { ms: performance.now() - start, catalogMs };
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
