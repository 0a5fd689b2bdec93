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

  it('validates host messages on the webview side', () => {
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'x', html: '' }, strings: {} })?.type, 'render');
    assert.deepEqual(parseHostMessage({ type: 'copied', block: 2 }), { type: 'copied', block: 2 });
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'x' }, strings: {} }), undefined);
    assert.equal(parseHostMessage({ type: 'render', view: { id: 'BAD ID', html: '' }, strings: {} }), undefined);
    assert.equal(parseHostMessage({ type: 'eval', code: '1' }), undefined);
  });

  it('restores only a valid saved state, clamping a bad scroll position', () => {
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: 120 }), { id: 'python-gil', scrollY: 120 });
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: -5 }), { id: 'python-gil', scrollY: 0 });
    assert.deepEqual(parseAnswerState({ id: 'python-gil', scrollY: 'x' }), { id: 'python-gil', scrollY: 0 });
    assert.equal(parseAnswerState({ scrollY: 1 }), undefined);
    assert.equal(parseAnswerState(undefined), undefined);
  });
});
