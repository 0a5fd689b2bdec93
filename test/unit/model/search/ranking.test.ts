import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SearchIndex } from '../../../../src/model/search/searchIndex';
import type { ContentBundle } from '../../../../src/model/types';
import { ROOT } from '../../../harness/paths';

interface RankingCase {
  q: string;
  expect: string;
}

const TARGET = 0.9;

describe('search ranking on the shipped content', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as ContentBundle;
  const cases = parse(readFileSync(join(ROOT, 'test', 'unit', 'model', 'search', 'ranking-queries.yaml'), 'utf8')) as RankingCase[];
  // the head index the build shipped plus the answer-text index the extension builds, the
  // way LazySearch does, so the test checks what users search
  const index = SearchIndex.fromJSON(readFileSync(join(ROOT, 'dist', 'search-index.json'), 'utf8'));
  before(() => index.buildBody(bundle.questions));
  const ids = new Set(bundle.questions.map((q) => q.id));

  it('has at least 40 queries, each expecting an entry that exists', () => {
    assert.ok(cases.length >= 40, `${cases.length} queries`);
    const unknown = cases.filter((c) => !ids.has(c.expect)).map((c) => c.expect);
    assert.deepEqual(unknown, []);
  });

  it(`ranks the expected entry in the top 3 for at least ${TARGET * 100}% of the queries`, () => {
    const misses = cases.filter((c) => !index.search(c.q, 3).some((h) => h.id === c.expect));
    const rate = 1 - misses.length / cases.length;
    const report = misses.map((m) => `  ${m.q} → expected ${m.expect}, got ${index.search(m.q, 3).map((h) => h.id).join(', ')}`).join('\n');
    console.log(`      top-3: ${((rate * 100).toFixed(1))}% of ${cases.length}${misses.length ? `; misses:\n${report}` : ''}`);
    assert.ok(rate >= TARGET, `top-3 rate ${(rate * 100).toFixed(1)}% is below ${TARGET * 100}%:\n${report}`);
  });
});
