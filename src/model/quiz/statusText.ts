import { t } from '../l10n';
import type { CardStatus } from './deck';
import type { Grade } from './scheduler';

/** A card's study state in words: tree, filter, hover and answer page all say it the same way. */
export function statusLabel(status: CardStatus): string {
  switch (status) {
    case 'new':
      return t('New');
    case 'learning':
      return t('Learning');
    case 'due':
      return t('Due');
    case 'mastered':
      return t('Mastered');
  }
}

/** Grade names, the same four words as Anki's buttons: quiz, review page and their tests share them. */
export function gradeLabel(grade: Grade): string {
  switch (grade) {
    case 'again':
      return t('Again');
    case 'hard':
      return t('Hard');
    case 'good':
      return t('Good');
    case 'easy':
      return t('Easy');
  }
}

/**
 * "12 questions · 40% mastered · 2 due": a category's size and, once progress has loaded, its
 * mastery (the due part only when something is due). The tree and the quiz's category step share it.
 */
export function categorySummary(count: number, study?: { masteryPercent: number; due: number }): string {
  // English needs the singular; a whole sentence per case keeps every language free to differ.
  if (!study) {
    return count === 1 ? t('1 question') : t('{0} questions', count);
  }
  if (!study.due) {
    return count === 1 ? t('1 question · {0}% mastered', study.masteryPercent) : t('{0} questions · {1}% mastered', count, study.masteryPercent);
  }
  return count === 1
    ? t('1 question · {0}% mastered · {1} due', study.masteryPercent, study.due)
    : t('{0} questions · {1}% mastered · {2} due', count, study.masteryPercent, study.due);
}
