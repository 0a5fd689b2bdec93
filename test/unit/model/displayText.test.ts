import * as assert from 'node:assert/strict';
import { categoryName, displayTitle, isChineseUi, otherCategoryName, otherTitle } from '../../../src/model/displayText';
import { resetTranslator, setTranslator } from '../../../src/model/l10n';

const both = { title: '什么是 GIL?', titleEn: 'What is the GIL?' };
const chineseOnly = { title: '什么是 GIL?', titleEn: '' };
const category = { name: '并发编程', nameEn: 'Concurrency' };

describe('display text (content titles by UI language)', () => {
  afterEach(resetTranslator);

  it('treats every zh-* display language as Chinese and everything else as English', () => {
    assert.equal(isChineseUi('zh-cn'), true);
    assert.equal(isChineseUi('zh-TW'), true);
    assert.equal(isChineseUi('en'), false);
    assert.equal(isChineseUi('de'), false);
  });

  it('leads with the English title in an English UI, the Chinese one as the other title', () => {
    assert.equal(displayTitle(both, 'en'), 'What is the GIL?');
    assert.equal(otherTitle(both, 'en'), '什么是 GIL?');
    assert.equal(displayTitle(both, 'zh-cn'), '什么是 GIL?');
    assert.equal(otherTitle(both, 'zh-cn'), 'What is the GIL?');
  });

  it('falls back to the Chinese title when an entry has no English one, with no other title', () => {
    assert.equal(displayTitle(chineseOnly, 'en'), '什么是 GIL?');
    assert.equal(otherTitle(chineseOnly, 'en'), '');
    assert.equal(otherTitle(chineseOnly, 'zh-cn'), '');
  });

  it('names categories the same way', () => {
    assert.equal(categoryName(category, 'en'), 'Concurrency');
    assert.equal(otherCategoryName(category, 'en'), '并发编程');
    assert.equal(categoryName(category, 'zh-cn'), '并发编程');
    assert.equal(otherCategoryName({ name: 'Linux', nameEn: 'Linux' }, 'en'), '', 'the same name twice says nothing');
  });

  it('follows the language the translator was wired with when none is given', () => {
    assert.equal(displayTitle(both), 'What is the GIL?');
    setTranslator((m) => m, 'zh-cn');
    assert.equal(displayTitle(both), '什么是 GIL?');
    assert.equal(categoryName(category), '并发编程');
  });
});
