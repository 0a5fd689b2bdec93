import type { Catalog } from './catalog';
import type { QuestionHead } from './types';

/**
 * Entries for the first candidate that is a keyword of `lang`, with the candidate that matched.
 * Each candidate is one Map lookup in the catalog's keyword table, so a hover costs the same in
 * a 10-line file as in a 50,000-line one.
 */
export function lookupKeyword<Q extends QuestionHead>(catalog: Catalog<Q>, lang: string, candidates: readonly string[]): { term: string; questions: readonly Q[] } | undefined {
  for (const term of candidates) {
    const questions = catalog.questionsForKeyword(lang, term);
    if (questions.length) {
      return { term, questions };
    }
  }
  return undefined;
}

export interface HoverTarget {
  /** Candidate keywords, most specific first. */
  candidates: string[];
  start: number;
  end: number;
}

const NAME = /[\w$]/;

/**
 * What the cursor is on in `line`: the dotted path up to the hovered segment
 * (`functools` or `functools.wraps`), the whole dotted name, and the bare word. A decorator's `@`
 * also offers "@". Undefined inside a Python string or comment, where a hover would be noise.
 */
export function hoverTarget(line: string, character: number, lang: string): HoverTarget | undefined {
  if (lang === 'python' && inStringOrComment(line, character)) {
    return undefined;
  }
  if (line[character] === '@' && lang === 'python' && /^\s*@/.test(line)) {
    return { candidates: ['@'], start: character, end: character + 1 };
  }
  if (!NAME.test(line[character] ?? '')) {
    return undefined;
  }
  let wordStart = character;
  while (wordStart > 0 && NAME.test(line[wordStart - 1])) {
    wordStart--;
  }
  let wordEnd = character;
  while (wordEnd < line.length && NAME.test(line[wordEnd])) {
    wordEnd++;
  }
  let dottedStart = wordStart;
  while (dottedStart > 1 && line[dottedStart - 1] === '.' && NAME.test(line[dottedStart - 2])) {
    dottedStart--;
    while (dottedStart > 0 && NAME.test(line[dottedStart - 1])) {
      dottedStart--;
    }
  }
  let dottedEnd = wordEnd;
  while (line[dottedEnd] === '.' && NAME.test(line[dottedEnd + 1] ?? '')) {
    dottedEnd++;
    while (dottedEnd < line.length && NAME.test(line[dottedEnd])) {
      dottedEnd++;
    }
  }
  const upToWord = line.slice(dottedStart, wordEnd);
  const full = line.slice(dottedStart, dottedEnd);
  const word = line.slice(wordStart, wordEnd);
  const candidates = [...new Set([upToWord, full, word])];
  return { candidates, start: dottedStart, end: wordEnd };
}

/** Cheap single-line scan: inside a '…' / "…" literal, or after a # outside one. */
function inStringOrComment(line: string, character: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < character && i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = undefined;
      }
    } else if (c === '#') {
      return true;
    } else if (c === '"' || c === "'") {
      quote = c;
    }
  }
  return quote !== undefined;
}
