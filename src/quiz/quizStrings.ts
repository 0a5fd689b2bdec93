// Quiz UI text in one place. Getters, not constants: the translator is wired at activation, after
// this module has loaded.
import { t } from '../model/l10n';
import type { Grade } from '../model/quiz/scheduler';
import { categorySummary } from '../model/quiz/statusText';

export const quizText = {
  get title(): string {
    return t('Python Interview Quiz');
  },
  get scopePlaceholder(): string {
    return t('Which questions?');
  },
  get scopeAll(): string {
    return t('All questions');
  },
  get scopeAllDetail(): string {
    return t('Random questions from the whole question bank');
  },
  get scopeCategory(): string {
    return t('By category…');
  },
  get scopeCategoryDetail(): string {
    return t('Questions from one category only');
  },
  get scopeDue(): string {
    return t('Due cards');
  },
  scopeDueDetail: (n: number): string => (n ? t('{0} due: recall first, then grade yourself', n) : t('No cards are due now')),
  get scopeWeakest(): string {
    return t('Weakest questions');
  },
  scopeWeakestDetail: (n: number): string => (n ? t('{0} answered wrong or forgotten before', n) : t('Nothing answered wrong yet')),
  get scopeRandom(): string {
    return t('Random mix');
  },
  get scopeRandomDetail(): string {
    return t('Any category, shuffled');
  },
  scopeCurrent: (title: string): string => t('Current answer: {0}', title),
  get scopeCurrentDetail(): string {
    return t('Every item of this question plus its recall card');
  },
  get categoryPlaceholder(): string {
    return t('Choose a category');
  },
  categoryDescription: (count: number, mastery: number, due: number): string => categorySummary(count, { masteryPercent: mastery, due }),
  get lengthPlaceholder(): string {
    return t('How many questions?');
  },
  lengthItems: (n: number): string => t('{0} questions', n),
  lengthAll: (n: number): string => (n === 1 ? t('Just 1 question') : t('All {0} questions', n)),
  get nothingToAsk(): string {
    return t('There is nothing to ask in this scope.');
  },
  progressTitle: (i: number, n: number, title: string): string => t('Quiz {0}/{1} · {2}', i, n, title),
  singlePlaceholder: (q: string): string => t('{0} — pick one answer', q),
  multiPlaceholder: (q: string): string => t('{0} — pick every correct option (Space to check, Enter to submit)', q),
  truefalsePlaceholder: (q: string): string => t('{0} — is this statement true?', q),
  get true(): string {
    return t('True');
  },
  get false(): string {
    return t('False');
  },
  outputPrompt: (q: string): string => t('{0} (the code is open beside; type \\n between output lines)', q),
  get outputPlaceholder(): string {
    return t('Predicted output');
  },
  get recallPlaceholder(): string {
    return t('Answer in your head first, then reveal the answer');
  },
  get recallReveal(): string {
    return t('$(eye) Show answer');
  },
  get recallGradePlaceholder(): string {
    return t('Compare with the one-line answer and grade your recall');
  },
  get recallSummaryLabel(): string {
    return t('$(book) One-line answer (select to open the full answer)');
  },
  get right(): string {
    return t('✓ Correct');
  },
  get wrong(): string {
    return t('✗ Wrong');
  },
  expected: (text: string): string => t('Correct answer: {0}', text),
  get next(): string {
    return t('Next Question');
  },
  get openAnswer(): string {
    return t('Open Answer');
  },
  get stop(): string {
    return t('End Quiz');
  },
  summaryTitle: (correct: number, total: number, percent: number, time: string): string => t('Quiz complete · {0}/{1} correct ({2}%) · time {3}', correct, total, percent, time),
  get summaryPlaceholder(): string {
    return t('Open the questions you missed, or finish');
  },
  openMissed: (n: number): string => t('$(book) Open the missed questions ({0})', n),
  openOne: (title: string): string => `$(go-to-file) ${title}`,
  get retryMissed(): string {
    return t('$(refresh) Practise the missed ones again');
  },
  get done(): string {
    return t('$(check) Done');
  },
  get allRight(): string {
    return t('All correct!');
  },
};

export const gradeIcon: Record<Grade, string> = { again: '$(debug-restart)', hard: '$(flame)', good: '$(check)', easy: '$(star-full)' };
