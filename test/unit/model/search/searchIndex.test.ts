import * as assert from 'node:assert/strict';
import { POSTINGS_BUDGET, SearchIndex, htmlToText, toHeadDoc, toSearchDoc } from '../../../../src/model/search/searchIndex';
import type { Question } from '../../../../src/model/types';

function q(id: string, title: string, extra: Partial<Question> = {}): Question {
  return { id, title, titleEn: '', category: 'c', order: 1, difficulty: 1, frequency: 1, tags: [], aliases: [], related: [], keywords: {}, appliesTo: '', quiz: [], snippets: [], summary: '', html: '', blocks: [], source: '', ...extra };
}

const questions = [
  q('gil', '什么是 GIL?它对多线程有什么影响?', { aliases: ['全局解释器锁'], summary: 'CPython 同一时刻只让一个线程执行字节码,多线程无法利用多核做 CPU 计算。' }),
  q('avalanche', '什么是缓存雪崩?如何解决?', { summary: '大量 key 在同一时间过期或缓存宕机,请求直接打到数据库。', keywords: { python: ['expire'] } }),
  q('copy', '深拷贝和浅拷贝有什么区别?', { keywords: { python: ['copy.deepcopy', 'copy.copy'] }, html: '<p>使用 <code>copy.deepcopy</code> 递归复制。</p>' }),
  q('decorator', '什么是装饰器?它是怎么执行的?', { tags: ['闭包'], titleEn: 'What is a decorator?' }),
];

describe('SearchIndex', () => {
  const index = SearchIndex.build(questions.map(toSearchDoc));

  it('finds entries from the way interviewers phrase questions', () => {
    assert.equal(index.search('多线程为什么不能利用多核')[0]?.id, 'gil');
    assert.equal(index.search('大量 key 同时过期')[0]?.id, 'avalanche');
    assert.equal(index.search('全局解释器锁')[0]?.id, 'gil');
  });

  it('matches Latin terms by prefix, with typos, and case-insensitively', () => {
    assert.equal(index.search('deepcop')[0]?.id, 'copy');
    assert.equal(index.search('decorater')[0]?.id, 'decorator');
    assert.equal(index.search('DEEPCOPY')[0]?.id, 'copy');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    assert.deepEqual(index.search('   '), []);
    assert.ok(index.search('什么', 2).length <= 2);
  });

  it('gives the same results after a JSON round trip', () => {
    const json = index.toJSON();
    const loaded = SearchIndex.fromJSON(json.head, json.body);
    assert.equal(loaded.size, 4);
    assert.deepEqual(loaded.search('多线程 多核').map((h) => h.id), index.search('多线程 多核').map((h) => h.id));
  });

  it('answers from the head index alone until the body index joins', () => {
    const json = index.toJSON();
    const headOnly = SearchIndex.fromJSON(json.head);
    assert.equal(headOnly.hasBody, false);
    assert.deepEqual(headOnly.search('递归复制'), []); // only in the answer text
    headOnly.attachBody(json.body);
    assert.equal(headOnly.search('递归复制')[0]?.id, 'copy');
  });

  it('reports matched Chinese terms as text, for highlighting', () => {
    const terms = index.search('多核')[0]?.terms ?? [];
    assert.ok(terms.includes('多核'), terms.join(' '));
  });

  it('leaves the answer text out of the head document', () => {
    const question = questions[2];
    assert.equal(toHeadDoc(question).body, '');
    assert.deepEqual({ ...toSearchDoc(question), body: '' }, toHeadDoc(question));
  });

  it('reads answer HTML as text', () => {
    assert.equal(htmlToText('<p>a &lt; b &amp;&amp; <code>x</code></p>').trim(), 'a < b && x');
  });
});

describe('SearchIndex on a large index', () => {
  // more documents share 数据 than a query may score; one alone has 雪崩
  const many = Array.from({ length: POSTINGS_BUDGET + 50 }, (_, i) => q(`d${i}`, `第 ${i} 题`, { html: '<p>数据</p>' }));
  const index = SearchIndex.build([...many, q('rare', '别的题', { html: '<p>数据 雪崩</p>' })].map(toSearchDoc));

  it('scores the rare term and leaves out documents only a common term would bring', () => {
    const hits = index.search('数据雪崩', 10000);
    assert.equal(hits[0]?.id, 'rare');
    assert.ok(hits.length < many.length, `${hits.length} hits`);
  });

  it('still answers a query made only of a common term', () => {
    assert.ok(index.search('数据', 10000).length > POSTINGS_BUDGET);
  });

  it('counts the same costs after a JSON round trip', () => {
    const json = index.toJSON();
    const loaded = SearchIndex.fromJSON(json.head, json.body);
    assert.deepEqual(loaded.search('数据雪崩', 10000).map((h) => h.id), index.search('数据雪崩', 10000).map((h) => h.id));
  });
});

describe('matchSnippet', () => {
  it('cuts the answer around the first match and marks matched terms', async () => {
    const { matchSnippet } = await import('../../../../src/model/search/lazySearch');
    const question = q('x', '标题', { summary: '短答案', html: `<p>${'前文'.repeat(30)}这里讲到多核与线程的关系${'后文'.repeat(30)}</p>` });
    const snippet = matchSnippet(question, ['多核', '线程']);
    assert.match(snippet, /^….*【多核】与【线程】.*…$/);
    assert.equal(matchSnippet(question, ['不存在']), '短答案');
  });
});
