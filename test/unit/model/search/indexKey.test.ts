import * as assert from 'node:assert/strict';
import { indexKey, isCjkKey, termOfKey } from '../../../../src/model/search/indexKey';
import { tokenize } from '../../../../src/model/search/tokenizer';

describe('search index keys', () => {
  it('stores a CJK term as hex digits after a marker and reads it back', () => {
    for (const term of ['多核', '线程', '锁', '不存在', '什么时候', '\u3400\ufaff']) {
      const key = indexKey(term);
      assert.ok(isCjkKey(key), key);
      assert.match(key.slice(1), /^[0-9a-f]+$/, 'every node below the marker has at most 16 children');
      assert.equal(key.length, 1 + 4 * term.length);
      assert.equal(termOfKey(key), term);
    }
  });

  it('keeps Latin terms as they are, so prefix and typo matching still see the word', () => {
    for (const term of ['deepcopy', 'copy.deepcopy', '__init__', 'http2', '301']) {
      assert.equal(indexKey(term), term);
      assert.equal(isCjkKey(term), false);
      assert.equal(termOfKey(term), term);
    }
  });

  it('gives no tokenizer term the key of another', () => {
    const terms = [...new Set(tokenize('全局解释器锁 GIL 与 copy.deepcopy 的 6570 区别 e69a ~6570'))];
    const keys = terms.map(indexKey);
    assert.equal(new Set(keys).size, terms.length, terms.join(' '));
    assert.ok(!terms.some((t) => t.includes('~')), 'the tokenizer never yields the marker');
  });
});
