import * as assert from 'node:assert/strict';
import { normalize, tokenize } from '../../../../src/model/search/tokenizer';

describe('search tokenizer', () => {
  it('turns a CJK run into its character bigrams, without function words', () => {
    const t = tokenize('多线程为什么不能利用多核');
    for (const bigram of ['多线', '线程', '利用', '多核']) {
      assert.ok(t.includes(bigram), `${bigram} in ${t.join('|')}`);
    }
    assert.ok(!t.includes('为什么'));
    assert.ok(!t.includes('什么'));
  });

  it('keeps a single CJK character that stands alone', () => {
    assert.deepEqual(tokenize('锁'), ['锁']);
  });

  it('splits mixed Chinese and English and keeps Latin words whole', () => {
    const t = tokenize('全局解释器锁(GIL)和asyncio');
    assert.ok(t.includes('gil'));
    assert.ok(t.includes('asyncio'));
    assert.ok(t.includes('全局'));
    assert.ok(t.includes('解释'));
  });

  it('keeps dotted names and also yields their parts', () => {
    const t = tokenize('functools.wraps 与 copy.deepcopy');
    for (const term of ['functools.wraps', 'functools', 'wraps', 'copy.deepcopy', 'copy', 'deepcopy']) {
      assert.ok(t.includes(term), term);
    }
  });

  it('ignores punctuation and keeps identifiers with underscores', () => {
    assert.deepEqual(tokenize('__new__, __init__!'), ['__new__', '__init__']);
  });

  it('folds full-width characters and case', () => {
    assert.equal(normalize('ＧＩＬ　Ｐｙｔｈｏｎ３'), 'gil python3');
    assert.deepEqual(tokenize('ＧＩＬ'), tokenize('gil'));
  });

  it('adds the segmenter\u2019s words to the bigrams when asked (the names of a question)', () => {
    const plain = tokenize('全局解释器锁');
    const withWords = tokenize('全局解释器锁', { words: true });
    assert.deepEqual(plain, ['全局', '局解', '解释', '释器', '器锁'], 'bigrams only by default');
    assert.deepEqual([...withWords].sort(), [...plain, '全局', '解释'].sort(), 'plus the words the segmenter finds');
    assert.ok(!tokenize('为什么', { words: true }).includes('为什么'), 'stop words stay out');
  });
});
