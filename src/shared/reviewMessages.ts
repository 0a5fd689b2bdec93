// Messages between the review panel host (src/panels/reviewPanel.ts) and its webview
// (src/webview/review). Both sides import this file, so a change of shape breaks both builds.

/** The four FSRS grades, spelled as src/model/quiz/scheduler.ts spells them (a test keeps them equal). */
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';
export const REVIEW_GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

/** What the review page says about a card; 'learning' covers learning and relearning cards. */
export type ReviewStatus = 'new' | 'learning' | 'due' | 'mastered';

export interface GradeButton {
  grade: ReviewGrade;
  /** "Good" */
  label: string;
  /** When this grade brings the card back, e.g. "4 days". */
  interval: string;
}

/** The front of a card. It holds no part of the answer, so the page cannot show it early. */
export interface ReviewCardView {
  id: string;
  title: string;
  category: string;
  status: ReviewStatus;
  /** The status as words (New / Learning / Due), so it never rests on colour alone. */
  statusText: string;
  /** Cards left in this session's queue, this one included. */
  remaining: number;
  grades: GradeButton[];
  canUndo: boolean;
}

/** The back of a card, sent only once the user asked to see it. */
export interface ReviewAnswer {
  id: string;
  /** The one-line answer (一句话回答), plain text. */
  summary: string;
  /** Sanitized at build time by the content compiler. */
  html: string;
}

export interface ReviewEmptyView {
  /** Next due time already formatted for the UI language; undefined when nothing is scheduled. */
  nextDue: string | undefined;
  streakCurrent: number;
  streakLongest: number;
  practisedToday: boolean;
  canUndo: boolean;
}

/**
 * UI text of the page, supplied by the host so it follows the UI language. Templates have named
 * `{gaps}` filled on the page with fill(); `status` and `category` are screen-reader prefixes.
 */
export interface ReviewStrings {
  panelTitle: string;
  loading: string;
  /** `{n}` cards left */
  remaining: string;
  status: string;
  category: string;
  showAnswer: string;
  spaceKey: string;
  oneLine: string;
  answer: string;
  openFull: string;
  gradeGroup: string;
  /** Tooltip of a grade button: `{grade}` (its label and interval) and `{n}`, its key. */
  gradeTitle: string;
  undo: string;
  undoKey: string;
  keyboardHelp: string;
  emptyTitle: string;
  /** `{date}`: the formatted next due time. */
  nextDue: string;
  nothingScheduled: string;
  /** `{current}` and `{longest}`: streak lengths in days. */
  streak: string;
  practisedToday: string;
  notPractisedToday: string;
  startQuiz: string;
}

export type HostToReview =
  /** Show a card; with `answer` it is shown already revealed (after an undo). */
  | { type: 'card'; card: ReviewCardView; answer?: ReviewAnswer; strings: ReviewStrings }
  /** The reply to 'reveal'. */
  | { type: 'answer'; answer: ReviewAnswer }
  | { type: 'empty'; empty: ReviewEmptyView; strings: ReviewStrings }
  /** Progress changed elsewhere: only the undo button follows it, the queue stays. */
  | { type: 'canUndo'; canUndo: boolean };

export type ReviewToHost =
  | { type: 'ready' }
  /** The page displayed a card (id) or the empty state (no id). */
  | { type: 'shown'; id?: string }
  | { type: 'reveal'; id: string }
  | { type: 'grade'; id: string; grade: ReviewGrade }
  | { type: 'undo' }
  | { type: 'open'; id: string }
  | { type: 'startQuiz' };

/** Persisted by the webview (getState/setState) and handed back to the serializer on reload. */
export interface ReviewState {
  /** The card on screen; absent in the empty state. */
  id?: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && ID.test(x);
}

export function isReviewGrade(x: unknown): x is ReviewGrade {
  return typeof x === 'string' && (REVIEW_GRADES as readonly string[]).includes(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isGradeButton(x: unknown): x is GradeButton {
  return isRecord(x) && isReviewGrade(x.grade) && typeof x.label === 'string' && typeof x.interval === 'string';
}

function isCardView(x: unknown): x is ReviewCardView {
  return (
    isRecord(x) &&
    isId(x.id) &&
    typeof x.title === 'string' &&
    typeof x.category === 'string' &&
    typeof x.status === 'string' &&
    typeof x.statusText === 'string' &&
    isCount(x.remaining) &&
    typeof x.canUndo === 'boolean' &&
    Array.isArray(x.grades) &&
    x.grades.length === REVIEW_GRADES.length &&
    x.grades.every(isGradeButton)
  );
}

function isAnswer(x: unknown): x is ReviewAnswer {
  return isRecord(x) && isId(x.id) && typeof x.summary === 'string' && typeof x.html === 'string';
}

function isEmptyView(x: unknown): x is ReviewEmptyView {
  return (
    isRecord(x) &&
    (x.nextDue === undefined || typeof x.nextDue === 'string') &&
    isCount(x.streakCurrent) &&
    isCount(x.streakLongest) &&
    typeof x.practisedToday === 'boolean' &&
    typeof x.canUndo === 'boolean'
  );
}

/** Validates a message from the webview; anything unexpected yields undefined and is ignored. */
export function parseReviewMessage(raw: unknown): ReviewToHost | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'ready':
    case 'undo':
    case 'startQuiz':
      return { type: raw.type };
    case 'shown':
      if (raw.id === undefined) {
        return { type: 'shown' };
      }
      return isId(raw.id) ? { type: 'shown', id: raw.id } : undefined;
    case 'reveal':
    case 'open':
      return isId(raw.id) ? { type: raw.type, id: raw.id } : undefined;
    case 'grade':
      return isId(raw.id) && isReviewGrade(raw.grade) ? { type: 'grade', id: raw.id, grade: raw.grade } : undefined;
    default:
      return undefined;
  }
}

/** Validates a message from the host; the webview ignores anything else. */
export function parseReviewHostMessage(raw: unknown): HostToReview | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'card':
      if (!isCardView(raw.card) || !isRecord(raw.strings)) {
        return undefined;
      }
      if (raw.answer !== undefined && !(isAnswer(raw.answer) && raw.answer.id === raw.card.id)) {
        return undefined;
      }
      return raw as unknown as HostToReview;
    case 'answer':
      return isAnswer(raw.answer) ? { type: 'answer', answer: raw.answer } : undefined;
    case 'empty':
      return isEmptyView(raw.empty) && isRecord(raw.strings) ? (raw as unknown as HostToReview) : undefined;
    case 'canUndo':
      return typeof raw.canUndo === 'boolean' ? { type: 'canUndo', canUndo: raw.canUndo } : undefined;
    default:
      return undefined;
  }
}

export function parseReviewState(raw: unknown): ReviewState | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  return isId(raw.id) ? { id: raw.id } : {};
}
