import * as assert from 'node:assert/strict';
import { SearchIndex } from '../../../src/model/search/searchIndex';
import type { SearchDoc } from '../../../src/model/search/searchIndex';
import { NaiveScan, copyId, replicateIndex, syntheticDocs } from '../../bench/searchCorpus';

function doc(id: string, title: string, body: string): SearchDoc {
  return { id, title, titleEn: '', aliases: '', tags: '', keywords: '', summary: '', body };
}

const real = [
  doc('gil', '什么是 GIL?', 'CPython 同一时刻只让一个线程执行字节码,多线程无法利用多核。'),
  doc('copy', '深拷贝和浅拷贝', '使用 copy.deepcopy 递归复制嵌套对象,浅拷贝只复制最外层。'),
  doc('cache', '缓存雪崩', '大量 key 同时过期,请求直接打到数据库;给过期时间加随机值。'),
];

describe('synthetic search corpus', () => {
  it('cycles through the real docs, giving each copy its own id and title', () => {
    const { docs, baseIds } = syntheticDocs(real, 7);
    assert.equal(docs.length, 7);
    assert.deepEqual(baseIds, ['gil', 'copy', 'cache', 'gil', 'copy', 'cache', 'gil']);
    assert.equal(new Set(docs.map((d) => d.id)).size, 7);
    assert.equal(docs[3].id, copyId('gil', 1));
    assert.notEqual(docs[3].title, real[0].title);
    assert.equal(docs[3].body, real[0].body);
    assert.equal(docs[0], real[0]);
  });

  it('replicates an index into the one the copies would build', () => {
    const corpus = syntheticDocs(real, 8);
    const built = SearchIndex.build(corpus.docs);
    const realJson = SearchIndex.build(real).toJSON();
    const copied = SearchIndex.fromJSON(SearchIndex.build(corpus.docs.map((d) => ({ ...d, body: '' }))).toJSON().head, replicateIndex(realJson.body, corpus));
    for (const query of ['多线程利用多核', 'deepcopy', '缓存 过期 数据库', '递归']) {
      const expected = built.search(query, 50);
      const actual = copied.search(query, 50);
      assert.deepEqual(actual.map((h) => h.id), expected.map((h) => h.id), query);
      actual.forEach((h, i) => assert.ok(Math.abs(h.score - expected[i].score) < 1e-9, `${query}: ${h.id}`));
    }
  });

  it('gives each term of the copied index the posting count the copies would have', () => {
    const corpus = syntheticDocs(real, 8);
    const counts = (json: string): Record<string, number> => {
      const js = JSON.parse(json) as { index: [string][]; postings: number[] };
      return Object.fromEntries(js.index.map(([term], i) => [term, js.postings[i]]));
    };
    assert.deepEqual(counts(replicateIndex(SearchIndex.build(real).toJSON().body, corpus)), counts(SearchIndex.build(corpus.docs).toJSON().body));
  });

  it('refuses an index that does not hold the copied questions', () => {
    const other = SearchIndex.build([doc('other', '别的问题', '无关内容')]).toJSON();
    assert.throws(() => replicateIndex(other.body, syntheticDocs(real, 3)), /gil/);
  });

  it('scans for every query word, ranking title matches first', () => {
    const scan = new NaiveScan([...real, doc('threads', '线程和进程', '进程之间不共享内存。')]);
    assert.deepEqual(scan.search('线程'), ['threads', 'gil']);
    assert.deepEqual(scan.search('DeepCopy'), ['copy']);
    assert.deepEqual(scan.search('不存在的词'), []);
  });
});
