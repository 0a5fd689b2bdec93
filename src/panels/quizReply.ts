import type { QuizResponse } from '../model/quiz/scoring';
import { expectedAnswer, isCorrect } from '../model/quiz/scoring';
import type { Question, QuizItem } from '../model/types';
import type { QuizResult } from '../shared/answerMessages';
import { optionLetter } from '../shared/answerMessages';

export interface TrueFalseLabels {
  trueLabel: string;
  falseLabel: string;
}

/**
 * Scores one answer to `question.quiz[index]`. Undefined when the item does not exist or the
 * response could not have come from its controls (wrong kind, an option that is not there):
 * such a message is ignored rather than recorded as a wrong answer.
 */
export function quizReply(question: Question, index: number, response: QuizResponse, labels: TrueFalseLabels): QuizResult | undefined {
  const item = question.quiz.at(index);
  if (index < 0 || !item || !fits(item, response)) {
    return undefined;
  }
  return { correct: isCorrect(item, response), explain: item.explain, expected: expectedText(item, labels) };
}

function fits(item: QuizItem, response: QuizResponse): boolean {
  if (item.type !== response.type) {
    return false;
  }
  switch (response.type) {
    case 'single':
      return item.type === 'single' && response.choice < item.options.length;
    case 'multi':
      return item.type === 'multi' && response.choices.every((c) => c < item.options.length);
    default:
      return true;
  }
}

/** The right answer in words, one option per line, with the letters the page shows. */
export function expectedText(item: QuizItem, labels: TrueFalseLabels): string {
  return expectedAnswer(item, { ...labels, option: (i, text) => `${optionLetter(i)}. ${text}`, separator: '\n' });
}
