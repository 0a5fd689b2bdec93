import * as assert from 'node:assert/strict';
import { formatMessage, resetTranslator, setTranslator, t, uiLanguage } from '../../../src/model/l10n';
import { difficultyLabel, frequencyLabel } from '../../../src/model/levels';
import { categorySummary, statusLabel } from '../../../src/model/quiz/statusText';
import { installBundle, readBundle } from './l10nFixture';

describe('l10n translator', () => {
  afterEach(resetTranslator);

  it('fills {0}-style placeholders the way vscode.l10n.t does', () => {
    assert.equal(formatMessage('{0} of {1}', [3, 'ten']), '3 of ten');
    assert.equal(formatMessage('{1} before {0}', ['a', 'b']), 'b before a');
    assert.equal(formatMessage('{0} and {2}', [1]), '1 and {2}', 'a placeholder without a value stays');
    assert.equal(formatMessage('{0} left', []), '{0} left', 'no arguments: the text as it is');
    assert.equal(formatMessage('{n} left', [5]), '{n} left', 'named placeholders are for the webview');
    assert.equal(formatMessage('{0}', [false]), 'false');
  });

  it('is English before anything is wired, and follows the translator once it is', () => {
    assert.equal(uiLanguage(), 'en');
    assert.equal(t('{0} questions', 4), '4 questions');
    const calls: unknown[][] = [];
    setTranslator((message, args) => {
      calls.push([message, ...args]);
      return `<${message}>`;
    }, 'zh-CN');
    assert.equal(t('{0} questions', 4), '<{0} questions>');
    assert.deepEqual(calls, [['{0} questions', 4]]);
    assert.equal(uiLanguage(), 'zh-cn', 'kept lower-case, as VS Code spells it');
    resetTranslator();
    assert.equal(t('Basic'), 'Basic');
    assert.equal(uiLanguage(), 'en');
  });

  it('reads labels at call time, so modules loaded before activation still translate', () => {
    assert.equal(difficultyLabel(3), 'Advanced');
    installBundle('zh-cn');
    assert.equal(difficultyLabel(3), '深入');
    assert.equal(frequencyLabel(3), '高频');
    assert.equal(statusLabel('due'), '到期');
  });

  it('says "1 question" in English and keeps one message per case', () => {
    assert.equal(categorySummary(1), '1 question');
    assert.equal(categorySummary(12), '12 questions');
    assert.equal(categorySummary(12, { masteryPercent: 40, due: 0 }), '12 questions · 40% mastered');
    assert.equal(categorySummary(12, { masteryPercent: 40, due: 2 }), '12 questions · 40% mastered · 2 due');
    installBundle('zh-cn');
    assert.equal(categorySummary(12, { masteryPercent: 40, due: 2 }), '12 题 · 掌握 40% · 2 到期');
    assert.equal(categorySummary(1, { masteryPercent: 0, due: 0 }), '1 题 · 掌握 0%');
  });

  it('ships an English bundle that maps each message to itself', () => {
    for (const [key, value] of Object.entries(readBundle('en'))) {
      assert.equal(value, key);
    }
  });
});
