import * as vscode from 'vscode';
import { CommandIds } from '../commands/ids';
import type { LazyCatalog } from '../model/catalogLoader';
import { cardStatus } from '../model/quiz/deck';
import { t } from '../model/l10n';
import type { ProgressService } from './progressService';

/** Cards become due as time passes, not only when something is graded. */
const TICK_MS = 60_000;

/**
 * `$(mortar-board) N` in the status bar: cards due now; click to review. Counts from the progress
 * alone (no content read at startup); once the catalog has loaded, cards of questions that no
 * longer exist stop counting.
 */
export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pyInterview.due', vscode.StatusBarAlignment.Left, 50);
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly progress: ProgressService,
    private readonly catalog: LazyCatalog,
  ) {
    this.item.name = t('Python Interview Coach: Due Cards');
    this.item.command = CommandIds.reviewDue;
    this.subscription = progress.onDidChange(() => void this.update());
    this.timer = setInterval(() => void this.update(), TICK_MS);
    void this.update();
  }

  /** The count shown, for tests. */
  get count(): number {
    return Number(/\d+/.exec(this.item.text)?.[0] ?? 0);
  }

  get text(): string {
    return this.item.text;
  }

  async update(): Promise<void> {
    const store = await this.progress.store();
    const now = this.progress.now();
    const known = this.catalog.peek();
    const due = Object.entries(store.current.cards).filter(([id, card]) => cardStatus(card, now) === 'due' && (!known || known.question(id))).length;
    const streak = await this.progress.streak();
    this.item.text = `$(mortar-board) ${due}`;
    this.item.tooltip = dueTooltip(due, streak.current);
    this.item.accessibilityInformation = { label: due === 1 ? t('Python Interview: 1 card due') : due ? t('Python Interview: {0} cards due', due) : t('Python Interview: no cards due') };
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}

/** One whole sentence per case, so a translation is never glued together from pieces. */
function dueTooltip(due: number, streakDays: number): string {
  const dueText = due === 1 ? t('1 card due: click to review.') : due ? t('{0} cards due: click to review.', due) : t('No cards due.');
  return streakDays ? t('{0} Days in a row: {1}.', dueText, streakDays) : dueText;
}
