import * as vscode from 'vscode';
import type { Catalog } from '../model/catalog';
import { t } from '../model/l10n';
import { cardStatus, nextDue, reviewQueue, streak } from '../model/quiz/deck';
import type { CardStatus, Streak } from '../model/quiz/deck';
import { PROGRESS_KEY, ProgressStore } from '../model/quiz/progressStore';
import type { ProgressData } from '../model/quiz/progressStore';
import { GRADES, Scheduler, intervalLabel } from '../model/quiz/scheduler';
import type { Grade, StoredCard } from '../model/quiz/scheduler';

/** Context key that shows `Undo Last Grade` in the palette only when there is one. */
export const CAN_UNDO_KEY = 'pyInterview.canUndoGrade';

export interface ReviewSettings {
  retention: number;
  newPerDay: number;
}

export function readReviewSettings(): ReviewSettings {
  const c = vscode.workspace.getConfiguration('pyInterview.review');
  const retention = c.get<number>('retention', 0.9);
  const newPerDay = c.get<number>('newCardsPerDay', 10);
  return {
    retention: Number.isFinite(retention) && retention > 0.5 && retention < 1 ? retention : 0.9,
    newPerDay: Number.isInteger(newPerDay) && newPerDay >= 0 ? newPerDay : 10,
  };
}

export interface GradeChoice {
  grade: Grade;
  /** When this grade would bring the card back, e.g. "10 min" / "4 days". */
  interval: string;
}

interface UndoEntry {
  id: string;
  previous: StoredCard | undefined;
}

/**
 * The one place the host reads and changes practice progress: opens the store on first use,
 * schedules with the user's retention, keeps the undo stack, and tells every view when
 * something changed so the tree, status bar and panels update after each grade.
 */
export class ProgressService implements vscode.Disposable {
  private pending: Promise<ProgressStore> | undefined;
  private loaded: ProgressStore | undefined;
  private readonly undoStack: UndoEntry[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly undoContext = this.changed.event(() => void vscode.commands.executeCommand('setContext', CAN_UNDO_KEY, this.canUndo));

  constructor(
    private readonly globalState: vscode.Memento,
    private readonly settings: () => ReviewSettings,
    private readonly log: vscode.LogOutputChannel,
    /** The clock; tests of the review flow move it forward. */
    readonly now: () => number = Date.now,
  ) {}

  store(): Promise<ProgressStore> {
    this.pending ??= ProgressStore.open(this.globalState, this.now()).then((store) => {
      this.loaded = store;
      if (store.backupKey) {
        this.log.warn(`progress data was unreadable; kept it under ${store.backupKey} and started fresh`);
        void vscode.window.showWarningMessage(t('The study progress could not be read. It was kept as a backup ({0}) and recording starts afresh.', store.backupKey));
      }
      return store;
    });
    return this.pending;
  }

  /** Progress if it has loaded; lets the tree label items synchronously. */
  peek(): Readonly<ProgressData> | undefined {
    return this.loaded?.current;
  }

  status(id: string): CardStatus {
    return cardStatus(this.loaded?.card(id), this.now());
  }

  private scheduler(): Scheduler {
    return new Scheduler({ retention: this.settings().retention });
  }

  /** The four grades with the interval each would give, for buttons and pick items. */
  async choices(id: string): Promise<GradeChoice[]> {
    const store = await this.store();
    const now = this.now();
    const s = this.scheduler();
    const preview = s.preview(store.card(id) ?? s.newCard(now), now);
    return GRADES.map((grade) => ({ grade, interval: intervalLabel(now, preview[grade].card.due) }));
  }

  async grade(id: string, grade: Grade): Promise<StoredCard> {
    const store = await this.store();
    const now = this.now();
    const s = this.scheduler();
    const previous = store.card(id);
    const outcome = s.grade(previous ?? s.newCard(now), now, grade);
    await store.record(id, outcome.card, outcome.log);
    this.undoStack.push({ id, previous });
    this.changed.fire();
    return outcome.card;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Takes back the last grade given in this window; returns its question id. */
  async undo(): Promise<string | undefined> {
    const entry = this.undoStack.pop();
    if (!entry) {
      return undefined;
    }
    await (await this.store()).undo(entry.id, entry.previous);
    this.changed.fire();
    return entry.id;
  }

  async recordAnswer(id: string, correct: boolean): Promise<void> {
    await (await this.store()).recordAnswer(id, { at: this.now(), correct });
    this.changed.fire();
  }

  async queue(catalog: Catalog): Promise<string[]> {
    const store = await this.store();
    return reviewQueue(
      catalog.all().map((q) => q.id),
      store.current,
      this.now(),
      { newPerDay: this.settings().newPerDay, offsetMinutes: new Date(this.now()).getTimezoneOffset() },
    );
  }

  /** Cards due now (new cards are not counted: they are not owed, only offered). */
  async dueCount(catalog: Catalog): Promise<number> {
    const store = await this.store();
    const now = this.now();
    return catalog.all().filter((q) => cardStatus(store.card(q.id), now) === 'due').length;
  }

  async nextDue(): Promise<number | undefined> {
    return nextDue((await this.store()).current, this.now());
  }

  async streak(): Promise<Streak> {
    const now = this.now();
    return streak((await this.store()).current, now, new Date(now).getTimezoneOffset());
  }

  async exportJson(): Promise<string> {
    return (await this.store()).exportJson();
  }

  async importJson(json: string): Promise<void> {
    await (await this.store()).importJson(json);
    this.undoStack.length = 0;
    this.changed.fire();
  }

  async reset(): Promise<void> {
    await (await this.store()).reset();
    this.undoStack.length = 0;
    this.changed.fire();
  }

  dispose(): void {
    this.undoContext.dispose();
    this.changed.dispose();
  }
}

/** Progress roams with Settings Sync; the key list lives here next to the store it belongs to. */
export const SYNCED_PROGRESS_KEYS = [PROGRESS_KEY];
