import * as assert from 'node:assert/strict';
import { keyAction } from '../../../../src/webview/review/keys';
import type { KeyInput } from '../../../../src/webview/review/keys';

function press(key: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, ...mods };
}

describe('review page keyboard', () => {
  it('reveals with Space only while the card is face down', () => {
    assert.deepEqual(keyAction(press(' '), 'front'), { type: 'reveal' });
    assert.equal(keyAction(press(' '), 'back'), undefined, 'Space on the back keeps its button/scroll meaning');
    assert.equal(keyAction(press(' '), 'empty'), undefined);
  });

  it('grades with 1–4 only once the answer is shown', () => {
    ['1', '2', '3', '4'].forEach((key, index) => {
      assert.deepEqual(keyAction(press(key), 'back'), { type: 'grade', index });
      assert.equal(keyAction(press(key), 'front'), undefined, `${key} before reveal`);
    });
    assert.equal(keyAction(press('5'), 'back'), undefined);
    assert.equal(keyAction(press('0'), 'back'), undefined);
  });

  it('undoes with U or Ctrl/Cmd+Z on every screen with content', () => {
    for (const screen of ['front', 'back', 'empty'] as const) {
      assert.deepEqual(keyAction(press('u'), screen), { type: 'undo' });
      assert.deepEqual(keyAction(press('U'), screen), { type: 'undo' }, 'caps lock');
      assert.deepEqual(keyAction(press('z', { ctrlKey: true }), screen), { type: 'undo' });
      assert.deepEqual(keyAction(press('z', { metaKey: true }), screen), { type: 'undo' });
    }
    assert.equal(keyAction(press('z', { ctrlKey: true, shiftKey: true }), 'back'), undefined, 'Ctrl+Shift+Z is redo');
    assert.equal(keyAction(press('z'), 'back'), undefined);
  });

  it('leaves modified keys, IME composition and a page not yet loaded alone', () => {
    assert.equal(keyAction(press('3', { ctrlKey: true }), 'back'), undefined);
    assert.equal(keyAction(press('3', { altKey: true }), 'back'), undefined);
    assert.equal(keyAction(press('u', { altKey: true }), 'back'), undefined);
    assert.equal(keyAction(press(' ', { isComposing: true }), 'front'), undefined);
    assert.equal(keyAction(press('1', { isComposing: true }), 'back'), undefined);
    assert.equal(keyAction(press('u'), 'none'), undefined);
  });
});
