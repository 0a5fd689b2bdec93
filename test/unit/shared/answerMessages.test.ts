import * as assert from 'node:assert/strict';
import { parseAnswerState, parseHostMessage, parseWebviewMessage } from '../../../src/shared/answerMessages';

describe('answer panel message validation', () => {
  it('accepts each well-formed webview message', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', id: 'python-gil', title: 'GIL' }), { type: 'rendered', id: 'python-gil', title: 'GIL' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 'python-closure' }), { type: 'open', id: 'python-closure' });
    assert.deepEqual(parseWebviewMessage({ type: 'copy', id: 'a-b', block: 0 }), { type: 'copy', id: 'a-b', block: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'insert', id: 'a-b', block: 3 }), { type: 'insert', id: 'a-b', block: 3 });
  });

  it('drops extra fields instead of passing them on', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 'x', code: 'rm -rf /' }), { type: 'open', id: 'x' });
  });

  it('ignores unknown, malformed and hostile messages', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'ready',
      42,
      [],
      { type: 'execute', command: 'workbench.action.terminal.new' },
      { type: 'open' },
      { type: 'open', id: '../../etc/passwd' },
      { type: 'open', id: 'Upper-Case' },
      { type: 'open', id: 'a'.repeat(200) },
      { type: 'insert', id: 'x', block: -1 },
      { type: 'insert', id: 'x', block: 1.5 },
      { type: 'insert', id: 'x', block: '0' },
      { type: 'copy', id: 'x', block: 1e9 },
      { type: 'rendered', id: 'x', title: 5 },
      { type: 'rendered', id: 'x', title: 'x'.repeat(501) },
      { type: '__proto__' },
    ];
    for (const m of bad) {
      assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('accepts a quiz answer of each kind, rebuilt without extra fields', () => {
    const answers = [
      { type: 'single', choice: 2 },
      { type: 'multi', choices: [0, 3] },
      { type: 'truefalse', value: false },
      { type: 'output', text: '1\n2\n' },
      { type: 'output', text: 'x'.repeat(10_000) },
    ];
    for (const response of answers) {
      assert.deepEqual(parseWebviewMessage({ type: 'quizAnswer', id: 'python-gil', index: 3, response }), { type: 'quizAnswer', id: 'python-gil', index: 3, response });
    }
    assert.deepEqual(parseWebviewMessage({ type: 'quizAnswer', id: 'a', index: 0, response: { type: 'single', choice: 0 }, score: 100 }), { type: 'quizAnswer', id: 'a', index: 0, response: { type: 'single', choice: 0 } });
    assert.deepEqual(parseWebviewMessage({ type: 'quizAnswer', id: 'a', index: 99, response: { type: 'truefalse', value: true } }), { type: 'quizAnswer', id: 'a', index: 99, response: { type: 'truefalse', value: true } });
  });

  it('refuses malformed quiz answers', () => {
    const ok = { type: 'quizAnswer', id: 'a', index: 0 };
    const bad: unknown[] = [
      { ...ok, response: { type: 'single', choice: 0 }, id: 'BAD' },
      { ...ok, response: { type: 'single', choice: 0 }, index: 100 },
      { ...ok, response: { type: 'single', choice: 0 }, index: -1 },
      { ...ok, response: { type: 'single', choice: 0 }, index: 0.5 },
      { ...ok, response: { type: 'single', choice: 0 }, index: '0' },
      { ...ok },
      { ...ok, response: null },
      { ...ok, response: [] },
      { ...ok, response: { type: 'essay', text: 'x' } },
      { ...ok, response: { type: 'single', choice: -1 } },
      { ...ok, response: { type: 'single', choice: 1.5 } },
      { ...ok, response: { type: 'single', choice: 26 } },
      { ...ok, response: { type: 'single', choice: '1' } },
      { ...ok, response: { type: 'single', choice: 1, correct: true } },
      { ...ok, response: { type: 'multi', choices: [] } },
      { ...ok, response: { type: 'multi', choices: [1, 1] } },
      { ...ok, response: { type: 'multi', choices: [0, 99] } },
      { ...ok, response: { type: 'multi', choices: '0,1' } },
      { ...ok, response: { type: 'multi', choices: Array.from({ length: 27 }, (_, i) => i) } },
      { ...ok, response: { type: 'truefalse', value: 'true' } },
      { ...ok, response: { type: 'truefalse' } },
      { ...ok, response: { type: 'output', text: 42 } },
      { ...ok, response: { type: 'output', text: 'x'.repeat(10_001) } },
      { ...ok, response: { type: 'output', text: 'x', code: 'import os' } },
    ];
    for (const m of bad) {
      assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m).slice(0, 200));
    }
  });

  it('validates host messages on the webview side', () => {
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'x', html: '' }, strings: {} })?.type, 'render');
    assert.deepEqual(parseHostMessage({ type: 'copied', block: 2 }), { type: 'copied', block: 2 });
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'x' }, strings: {} }), undefined);
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'BAD ID', html: '' }, strings: {} }), undefined);
    assert.equal(parseHostMessage({ type: 'eval', code: '1' }), undefined);
    const result = { type: 'quizResult', id: 'x', index: 1, correct: false, explain: 'why', expected: 'B. y' };
    assert.deepEqual(parseHostMessage({ ...result, extra: '<img>' }), result);
    assert.equal(parseHostMessage({ ...result, correct: 'yes' }), undefined);
    assert.equal(parseHostMessage({ ...result, index: 100 }), undefined);
    assert.equal(parseHostMessage({ ...result, expected: undefined }), undefined);
  });

  it('restores only a valid saved state, clamping a bad scroll position', () => {
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: 120 }), { id: 'python-gil', scrollY: 120 });
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: -5 }), { id: 'python-gil', scrollY: 0 });
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: 'x' }), { id: 'python-gil', scrollY: 0 });
    assert.equal(parseAnswerState({ scrollY: 1 }), undefined);
    assert.equal(parseAnswerState(undefined), undefined);
  });
});
