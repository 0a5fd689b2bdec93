// `npm run search -- "<query>" [--top N] [--json]`: ranked results from the same model code the
// extension uses, for scripting and for checking ranking quality.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Catalog } from '../model/catalog';
import { SearchIndex, toSearchDoc } from '../model/search/searchIndex';
import type { ContentBundle } from '../model/types';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 10;
  const query = argv.filter((a, i) => !a.startsWith('--') && i !== topAt + 1 || (topAt < 0 && !a.startsWith('--'))).join(' ');
  if (!query.trim() || !Number.isInteger(top) || top <= 0) {
    console.error('usage: npm run search -- "<query>" [--top N] [--json]');
    return 2;
  }
  const catalog = new Catalog(JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'dist', 'content.json'), 'utf8')) as ContentBundle);
  const dist = resolve(__dirname, '..', '..', 'dist');
  // The shipped head index plus the answer-text index built from the content, as the extension does.
  const index = SearchIndex.fromJSON(readFileSync(resolve(dist, 'search-index.json'), 'utf8'));
  index.attachBody(SearchIndex.build(catalog.all().map(toSearchDoc)).toJSON().body);
  const hits = index.search(query, top).map((h) => ({ ...h, title: catalog.question(h.id)?.title ?? '', category: catalog.question(h.id)?.category ?? '' }));
  if (json) {
    console.log(JSON.stringify({ query, hits }, null, 2));
  } else {
    hits.forEach((h, i) => console.log(`${String(i + 1).padStart(2)}. ${h.score.toFixed(2).padStart(7)}  ${h.id.padEnd(40)} ${h.title}`));
    if (!hits.length) {
      console.log('(no results)');
    }
  }
  return 0;
}

process.exit(main(process.argv.slice(2)));
