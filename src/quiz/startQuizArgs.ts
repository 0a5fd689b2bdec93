import type { QuizScope } from '../model/quiz/session';
import type { Prompter } from './prompter';
import type { QuizOptions } from './quizFlow';

/** What the command accepts: a tree node, or options from a link, the dashboard or a test. */
export interface StartQuizArgs extends QuizOptions {
  prompter?: Prompter;
}

const SCOPES = new Set(['all', 'due', 'weakest', 'random']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isPrompter(x: unknown): x is Prompter {
  return isRecord(x) && ['pick', 'input', 'feedback', 'showCode'].every((k) => typeof x[k] === 'function');
}

/** Reads the argument; anything unrecognised means "ask everything". */
export function parseStartQuizArgs(arg: unknown): StartQuizArgs {
  if (!isRecord(arg)) {
    return {};
  }
  // Tree context menu: a question or a category node.
  if (arg.kind === 'question' && isRecord(arg.question) && typeof arg.question.id === 'string') {
    return { scope: { kind: 'question', id: arg.question.id } };
  }
  if (arg.kind === 'category' && isRecord(arg.category) && typeof arg.category.id === 'string') {
    return { scope: { kind: 'category', category: arg.category.id } };
  }
  const out: StartQuizArgs = {};
  if (typeof arg.questionId === 'string') {
    out.scope = { kind: 'question', id: arg.questionId };
  } else if (typeof arg.category === 'string') {
    out.scope = { kind: 'category', category: arg.category };
  } else if (typeof arg.scope === 'string' && SCOPES.has(arg.scope)) {
    out.scope = { kind: arg.scope } as QuizScope;
  }
  if (typeof arg.length === 'number' && Number.isInteger(arg.length) && arg.length > 0) {
    out.length = arg.length;
  }
  if (isPrompter(arg.prompter)) {
    out.prompter = arg.prompter;
  }
  return out;
}
