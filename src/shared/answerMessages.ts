// Messages between the answer panel host (src/panels) and its webview (src/webview/answer).
// Both sides import this file, so a change of shape breaks the build on both sides at once.
import type { QuizResponse } from '../model/quiz/scoring';

export interface RelatedLink {
  id: string;
  title: string;
}

/**
 * A quiz item as the page sees it: the question without its answer or explanation, so reading
 * the page (or its messages) cannot give the answer away before the user commits to one.
 */
export type QuizItemView = { type: 'single' | 'multi'; q: string; options: string[] } | { type: 'truefalse'; q: string } | { type: 'output'; q: string; code: string };

/** A, B, C…: the page labels options with it and the host names the right ones with it. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * The model's CardStatus spelled out here: importing it would pull the progress store's types
 * into the webview build. The host assigns a CardStatus to it, so a status added to the model
 * breaks the build until it is added here too.
 */
export type StudyStatus = 'new' | 'learning' | 'due' | 'mastered';

/** What the webview shows for one question; built by the host from the catalog. */
export interface AnswerView {
  id: string;
  /** In the UI language: the English title in an English UI, the Chinese one in a Chinese UI. */
  title: string;
  /** The title in the other language, shown under the heading; '' when there is none. */
  subtitle: string;
  category: string;
  difficulty: string;
  frequency: string;
  appliesTo: string;
  tags: string[];
  html: string;
  related: RelatedLink[];
  bookmarked: boolean;
  quiz: QuizItemView[];
  status: StudyStatus;
  /** `status` in words (New / Learning / Due / Mastered): the badge says it in text, not colour. */
  statusLabel: string;
}

/** UI text of the webview, supplied by the host so it follows the host's language. */
export interface AnswerStrings {
  copy: string;
  copied: string;
  insert: string;
  output: string;
  executed: string;
  notExecuted: string;
  checked: string;
  related: string;
  tags: string;
  /** Template with {version}. */
  appliesTo: string;
  loading: string;
  bookmark: string;
  bookmarked: string;
  quizHeading: string;
  /** Template with {answered}, {total} and {correct}. */
  quizScore: string;
  submit: string;
  trueLabel: string;
  falseLabel: string;
  correct: string;
  wrong: string;
  /** Labels ending in their colon, so a translation can use its own punctuation. */
  expected: string;
  explain: string;
  retry: string;
  outputCode: string;
  outputPrediction: string;
}

/** The host's verdict on one quiz item: what the page is not told until the user has answered. */
export interface QuizResult {
  correct: boolean;
  explain: string;
  /** The right answer in words: option text(s), True / False, or the expected output. */
  expected: string;
}

export type HostToWebview =
  | { type: 'render'; view: AnswerView; strings: AnswerStrings }
  | { type: 'copied'; block: number }
  // `id` lets the page drop a verdict that arrives after it has moved on to another question.
  | ({ type: 'quizResult'; id: string; index: number } & QuizResult);

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; id: string; title: string }
  | { type: 'open'; id: string }
  | { type: 'copy'; id: string; block: number }
  | { type: 'insert'; id: string; block: number }
  | { type: 'toggleBookmark'; id: string }
  | { type: 'quizAnswer'; id: string; index: number; response: QuizResponse };

/** Persisted by the webview (getState/setState) and handed back to the serializer on reload. */
export interface AnswerState {
  id: string;
  scrollY: number;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && ID.test(x);
}

function isBlockIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1000;
}

/** Quiz items per entry and options per item stay far below these; anything above is not ours. */
const MAX_QUIZ_ITEMS = 100;
const MAX_OPTIONS = 26;
export const MAX_OUTPUT_CHARS = 10_000;

function isSmallInt(x: unknown, below: number): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < below;
}

/** Distinct option indexes, at least one: what a set of checkboxes can produce. */
function isChoiceList(x: unknown): x is number[] {
  return Array.isArray(x) && x.length >= 1 && x.length <= MAX_OPTIONS && x.every((c) => isSmallInt(c, MAX_OPTIONS)) && new Set(x).size === x.length;
}

function hasOnlyKeys(r: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(r).every((k) => keys.includes(k));
}

/** A response is rebuilt field by field and must carry nothing but its own fields. */
export function parseQuizResponse(raw: unknown): QuizResponse | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'single':
      return hasOnlyKeys(raw, ['type', 'choice']) && isSmallInt(raw.choice, MAX_OPTIONS) ? { type: 'single', choice: raw.choice } : undefined;
    case 'multi':
      return hasOnlyKeys(raw, ['type', 'choices']) && isChoiceList(raw.choices) ? { type: 'multi', choices: [...raw.choices] } : undefined;
    case 'truefalse':
      return hasOnlyKeys(raw, ['type', 'value']) && typeof raw.value === 'boolean' ? { type: 'truefalse', value: raw.value } : undefined;
    case 'output':
      return hasOnlyKeys(raw, ['type', 'text']) && typeof raw.text === 'string' && raw.text.length <= MAX_OUTPUT_CHARS ? { type: 'output', text: raw.text } : undefined;
    default:
      return undefined;
  }
}

/** Validates a message from the webview; anything unexpected yields undefined and is ignored. */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isId(raw.id) && typeof raw.title === 'string' && raw.title.length <= 500
        ? { type: 'rendered', id: raw.id, title: raw.title }
        : undefined;
    case 'open':
      return isId(raw.id) ? { type: 'open', id: raw.id } : undefined;
    case 'toggleBookmark':
      return isId(raw.id) ? { type: 'toggleBookmark', id: raw.id } : undefined;
    case 'copy':
    case 'insert':
      return isId(raw.id) && isBlockIndex(raw.block) ? { type: raw.type, id: raw.id, block: raw.block } : undefined;
    case 'quizAnswer': {
      const response = parseQuizResponse(raw.response);
      return isId(raw.id) && isSmallInt(raw.index, MAX_QUIZ_ITEMS) && response ? { type: 'quizAnswer', id: raw.id, index: raw.index, response } : undefined;
    }
    default:
      return undefined;
  }
}

/** Validates a message from the host; the webview ignores anything else. */
export function parseHostMessage(raw: unknown): HostToWebview | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  if (raw.type === 'render' && isRecord(raw.view) && isRecord(raw.strings) && isId(raw.view.id) && typeof raw.view.html === 'string') {
    return raw as unknown as HostToWebview;
  }
  if (raw.type === 'copied' && isBlockIndex(raw.block)) {
    return { type: 'copied', block: raw.block };
  }
  if (raw.type === 'quizResult' && isId(raw.id) && isSmallInt(raw.index, MAX_QUIZ_ITEMS) && typeof raw.correct === 'boolean' && typeof raw.explain === 'string' && typeof raw.expected === 'string') {
    return { type: 'quizResult', id: raw.id, index: raw.index, correct: raw.correct, explain: raw.explain, expected: raw.expected };
  }
  return undefined;
}

export function parseAnswerState(raw: unknown): AnswerState | undefined {
  if (!isRecord(raw) || !isId(raw.id)) {
    return undefined;
  }
  const scrollY = typeof raw.scrollY === 'number' && Number.isFinite(raw.scrollY) && raw.scrollY >= 0 ? raw.scrollY : 0;
  return { id: raw.id, scrollY };
}
