// The review page's keyboard map, kept free of the DOM so a unit test can pin it down.

/** The parts of a KeyboardEvent the map looks at. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}

export type KeyAction = { type: 'undo' } | { type: 'reveal' } | { type: 'grade'; index: number };

/** What the page is showing: a card face down, a card face up, the empty state, or nothing yet. */
export type KeyScreen = 'front' | 'back' | 'empty' | 'none';

/**
 * Space reveals; 1–4 grade, only once the answer is up; U or Ctrl/Cmd+Z undoes. Space on the
 * back of a card maps to nothing, so it keeps its usual meaning there (press the focused button,
 * or scroll a long answer).
 */
export function keyAction(k: KeyInput, screen: KeyScreen): KeyAction | undefined {
  if (k.isComposing || k.altKey || screen === 'none') {
    return undefined;
  }
  const command = k.ctrlKey || k.metaKey;
  const key = k.key.toLowerCase();
  if ((command && !k.shiftKey && key === 'z') || (!command && !k.shiftKey && key === 'u')) {
    return { type: 'undo' };
  }
  if (command || k.shiftKey) {
    return undefined;
  }
  if (screen === 'front' && k.key === ' ') {
    return { type: 'reveal' };
  }
  const index = ['1', '2', '3', '4'].indexOf(k.key);
  if (screen === 'back' && index >= 0) {
    return { type: 'grade', index };
  }
  return undefined;
}
