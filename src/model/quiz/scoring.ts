import type { QuizItem } from '../types';

/** What a user answered: an option index, several, true/false, the predicted output text. */
export type QuizResponse = { type: 'single'; choice: number } | { type: 'multi'; choices: number[] } | { type: 'truefalse'; value: boolean } | { type: 'output'; text: string };

/**
 * Output is compared with trailing spaces and trailing blank lines dropped: the same rule the
 * content test uses for `output` blocks, so a prediction is right exactly when the example's
 * real output would pass.
 */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

export function isCorrect(item: QuizItem, response: QuizResponse): boolean {
  switch (item.type) {
    case 'single':
      return response.type === 'single' && response.choice === item.answer;
    case 'multi':
      return response.type === 'multi' && sameSet(response.choices, item.answer);
    case 'truefalse':
      return response.type === 'truefalse' && response.value === item.answer;
    case 'output':
      return response.type === 'output' && normalizeOutput(response.text) === normalizeOutput(item.answer);
  }
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** One answered item of a quiz session. */
export interface AnsweredItem {
  questionId: string;
  index: number;
  correct: boolean;
}

export interface SessionSummary {
  total: number;
  correct: number;
  /** 0–100, rounded. */
  percent: number;
  elapsedMs: number;
  /** Questions with at least one wrong item, in the order they were met. */
  missed: string[];
}

export function summarize(answers: readonly AnsweredItem[], startedAt: number, endedAt: number): SessionSummary {
  const correct = answers.filter((a) => a.correct).length;
  const missed = [...new Set(answers.filter((a) => !a.correct).map((a) => a.questionId))];
  return {
    total: answers.length,
    correct,
    percent: answers.length ? Math.round((100 * correct) / answers.length) : 0,
    elapsedMs: Math.max(0, endedAt - startedAt),
    missed,
  };
}

/** How a view words answers: its true/false labels, how it names an option, how it joins several. */
export interface AnswerWording {
  trueLabel: string;
  falseLabel: string;
  option(index: number, text: string): string;
  separator: string;
}

/** The right answer in words, for feedback after a response. */
export function expectedAnswer(item: QuizItem, w: AnswerWording): string {
  switch (item.type) {
    case 'single':
      return w.option(item.answer, item.options[item.answer] ?? '');
    case 'multi':
      return [...item.answer]
        .sort((a, b) => a - b)
        .map((i) => w.option(i, item.options[i] ?? ''))
        .join(w.separator);
    case 'truefalse':
      return item.answer ? w.trueLabel : w.falseLabel;
    case 'output':
      return normalizeOutput(item.answer);
  }
}
