import * as vscode from 'vscode';
import { CommandIds } from '../commands/ids';
import type { LazyCatalog } from '../model/catalogLoader';
import { cardStatus } from '../model/quiz/deck';
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
    this.item.name = 'Python 面试通:到期卡片';
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
    const streakText = streak.current ? `,已连续学习 ${streak.current} 天` : '';
    this.item.tooltip = due ? `${due} 张卡片到期,点击开始复习${streakText}` : `没有到期的卡片${streakText}`;
    this.item.accessibilityInformation = { label: due ? `Python 面试:${due} 张卡片到期` : 'Python 面试:没有到期的卡片' };
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}
