// MiniSearch keeps its terms in a radix tree whose nodes it scans child by child on every
// insertion and lookup. Chinese terms begin with thousands of different characters, so with the
// terms stored as they are the root has thousands of children, and every token added, every term
// looked up and every typo-tolerant match walks them: that scan was most of the time spent loading
// the head index and building the answer-text index, and most of a Latin fuzzy lookup. A CJK term
// is stored instead as a marker and each character's four hex digits, which caps every node at 16
// children. Latin terms (the tokenizer's [a-z0-9_.] runs) never contain the marker and are kept.
import { isCjkTerm } from './tokenizer';

const MARK = '~';

/** The key a tokenizer term is stored under in the search indexes. */
export function indexKey(term: string): string {
  if (!isCjkTerm(term)) {
    return term;
  }
  let key = MARK;
  for (let i = 0; i < term.length; i++) {
    // the tokenizer's CJK ranges are all four hex digits (U+3400 and up)
    key += term.charCodeAt(i).toString(16);
  }
  return key;
}

/** The term an index key stands for (matched terms are shown to users for highlighting). */
export function termOfKey(key: string): string {
  if (!isCjkKey(key)) {
    return key;
  }
  let term = '';
  for (let i = MARK.length; i + 4 <= key.length; i += 4) {
    term += String.fromCharCode(parseInt(key.slice(i, i + 4), 16));
  }
  return term;
}

export function isCjkKey(key: string): boolean {
  return key.startsWith(MARK);
}
