import * as assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { PostingCounts, affordableTerms } from '../../../../src/model/search/termBudget';

const counts: Record<string, number> = { rare: 2, odd: 5, usual: 40, common: 90, everywhere: 100 };
const postings = (key: string): number => counts[key] ?? 0;

describe('query term budget', () => {
  it('scores every term while the budget allows', () => {
    assert.deepEqual(affordableTerms(['usual', 'rare', 'odd'], postings, 1000), ['usual', 'rare', 'odd']);
  });

  it('drops the most common terms first, keeping the query order of the rest', () => {
    assert.deepEqual(affordableTerms(['everywhere', 'usual', 'rare', 'common', 'odd'], postings, 50), ['usual', 'rare', 'odd']);
    assert.deepEqual(affordableTerms(['everywhere', 'usual', 'rare', 'common', 'odd'], postings, 10), ['rare', 'odd']);
  });

  it('keeps the rarest term even when it alone is over the budget', () => {
    assert.deepEqual(affordableTerms(['everywhere', 'common'], postings, 10), ['common']);
    assert.deepEqual(affordableTerms(['everywhere'], postings, 0), ['everywhere']);
  });

  it('counts a repeated term once, and keeps terms the index does not have (they cost nothing)', () => {
    assert.deepEqual(affordableTerms(['rare', 'rare', 'unknown'], postings, 2), ['rare', 'unknown']);
    assert.deepEqual(affordableTerms([], postings, 10), []);
  });
});

describe('posting counts', () => {
  const split = (text: string): string[] => text.split(' ').filter(Boolean);
  const docs = [
    { id: 'a', title: 'x y', body: 'x x z' },
    { id: 'b', title: 'y', body: 'y' },
    { id: 'c', title: '', body: 'z w' },
  ];

  it('counts a field that repeats a term once', () => {
    const c = new PostingCounts();
    c.addField(['x', 'x', 'z']);
    c.addField(['x']);
    assert.equal(c.get('x'), 2);
    assert.equal(c.get('z'), 1);
    assert.equal(c.get('nothing'), 0);
  });

  it('counts while building what MiniSearch stores, field by field', () => {
    const built = new PostingCounts();
    const mini = new MiniSearch({
      fields: ['title', 'body'],
      tokenize: (text: string) => {
        const keys = split(text);
        built.addField(keys);
        return keys;
      },
    });
    mini.addAll(docs);
    for (const [key, fields] of mini.toJSON().index) {
      const stored = Object.values(fields).reduce((n, postings) => n + Object.keys(postings).length, 0);
      assert.equal(built.get(key), stored, key);
    }
    // y: in a's title, b's title and b's body
    assert.equal(built.get('y'), 3);
  });

  it('lists counts in the order asked and reads them back', () => {
    const c = new PostingCounts();
    c.addField(['x', 'y']);
    c.addField(['y']);
    const copy = PostingCounts.fromList(['y', 'x', 'none'], c.list(['y', 'x', 'none']));
    assert.deepEqual(copy.list(['x', 'y', 'none']), [1, 2, 0]);
  });
});
