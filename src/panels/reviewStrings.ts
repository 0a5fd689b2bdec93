import { t } from '../model/l10n';
import type { ReviewStrings } from '../shared/reviewMessages';

/** Webview UI text; kept host-side so it follows the UI language. `{n}` is filled on the page. */
export function reviewStrings(): ReviewStrings {
  return {
    panelTitle: t('Review Due Cards'),
    loading: t('Loading…'),
    remaining: t('{n} left'),
    status: t('Status:'),
    category: t('Category:'),
    showAnswer: t('Show Answer'),
    spaceKey: t('Space'),
    oneLine: t('One-line answer'),
    answer: t('Answer'),
    openFull: t('Open Full Answer'),
    gradeGroup: t('Grade: when the card comes back'),
    gradeTitle: t('{grade} (key {n})'),
    undo: t('Undo'),
    undoKey: 'U',
    keyboardHelp: t('Keys: Space shows the answer · 1–4 grade · U or Ctrl/⌘+Z undoes the last grade'),
    emptyTitle: t('No cards are due today'),
    nextDue: t('Next due: {date}'),
    nothingScheduled: t('No cards are scheduled yet.'),
    streak: t('Days in a row: {current} · longest: {longest}'),
    practisedToday: t('practised today'),
    notPractisedToday: t('not practised today yet'),
    startQuiz: t('Start Quiz'),
  };
}

/** Grade button names, in the order of the 1–4 keys. */
/** Next due time: the local date and time, then how far away it is. */
export function dueLabel(date: string, distance: string): string {
  return t('{0} (in {1})', date, distance);
}
