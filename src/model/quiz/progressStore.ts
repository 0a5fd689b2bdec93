import { t } from '../l10n';
import type { KeyValueStorage } from '../storage';
import type { StoredCard, StoredLog } from './scheduler';

export const PROGRESS_KEY = 'pyInterview.progress';
export const PROGRESS_VERSION = 2;
/** Quiz answers kept per question: enough for "weakest topics" without growing without bound. */
export const ANSWERS_CAP = 50;

/** One answered quiz item (single / multi / truefalse / output); recall items are FSRS reviews. */
export interface StoredAnswer {
  at: number;
  correct: boolean;
}

/** Everything the user's practice produced: one FSRS card and a review log per question. */
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, StoredCard>;
  logs: Record<string, StoredLog[]>;
  answers: Record<string, StoredAnswer[]>;
}


export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, cards: {}, logs: {}, answers: {} };
}

/**
 * Older shapes → the current one, one version at a time. Version 0 was a bare `{ [id]: card }`
 * map without logs; version 1 had no quiz answers.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ version: 1, cards: old, logs: {} }),
  1: (old) => ({ ...old, version: 2, answers: {} }),
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCard(x: unknown): x is StoredCard {
  return isRecord(x) && ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state'].every((k) => typeof x[k] === 'number' && Number.isFinite(x[k]));
}

function isAnswer(x: unknown): x is StoredAnswer {
  return isRecord(x) && typeof x.at === 'number' && typeof x.correct === 'boolean';
}

function isLog(x: unknown): x is StoredLog {
  return isRecord(x) && ['again', 'hard', 'good', 'easy'].includes(x.grade as string) && typeof x.review === 'number' && typeof x.state === 'number';
}

/** Brings stored data to the current version; undefined when it is not progress data at all. */
export function parseProgress(raw: unknown): ProgressData | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  let data: Record<string, unknown> = raw;
  let version = typeof data.version === 'number' ? data.version : 0;
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      return undefined;
    }
    data = step(data);
    version = typeof data.version === 'number' ? data.version : version + 1;
  }
  if (version !== PROGRESS_VERSION || !isRecord(data.cards) || !isRecord(data.logs) || !isRecord(data.answers)) {
    return undefined;
  }
  const { cards, logs, answers } = data;
  const listOf = (check: (x: unknown) => boolean) => (l: unknown) => Array.isArray(l) && l.every(check);
  if (!Object.values(cards).every(isCard) || !Object.values(logs).every(listOf(isLog)) || !Object.values(answers).every(listOf(isAnswer))) {
    return undefined;
  }
  return {
    version: PROGRESS_VERSION,
    cards: cards as Record<string, StoredCard>,
    logs: logs as Record<string, StoredLog[]>,
    answers: answers as Record<string, StoredAnswer[]>,
  };
}

export interface LoadResult {
  data: ProgressData;
  /** Set when unreadable data was moved aside: the key it now lives under. */
  backupKey?: string;
}

/**
 * The progress store. Each review is written as one update of the whole value, built from the
 * state after the review: a crash or reload while it is written loses that review at most,
 * never an earlier one. Unreadable data is moved aside under a backup key, not overwritten.
 */
export class ProgressStore {
  private data: ProgressData;

  private constructor(
    private readonly storage: KeyValueStorage,
    data: ProgressData,
    readonly backupKey: string | undefined,
  ) {
    this.data = data;
  }

  static async open(storage: KeyValueStorage, now: number): Promise<ProgressStore> {
    const raw = storage.get(PROGRESS_KEY);
    if (raw === undefined) {
      return new ProgressStore(storage, emptyProgress(), undefined);
    }
    const parsed = parseProgress(raw);
    if (parsed) {
      return new ProgressStore(storage, parsed, undefined);
    }
    const backupKey = `${PROGRESS_KEY}.unreadable.${now}`;
    await storage.update(backupKey, raw);
    const fresh = emptyProgress();
    await storage.update(PROGRESS_KEY, fresh);
    return new ProgressStore(storage, fresh, backupKey);
  }

  card(id: string): StoredCard | undefined {
    return this.data.cards[id];
  }

  logs(id: string): readonly StoredLog[] {
    return this.data.logs[id] ?? [];
  }

  answers(id: string): readonly StoredAnswer[] {
    return this.data.answers[id] ?? [];
  }

  /** The live data, read-only: for statistics over every card without copying them. */
  get current(): Readonly<ProgressData> {
    return this.data;
  }

  snapshot(): ProgressData {
    return structuredClone(this.data);
  }

  /** Records one answered quiz item (one write, like a review). */
  async recordAnswer(id: string, answer: StoredAnswer): Promise<void> {
    const list = [...(this.data.answers[id] ?? []), answer].slice(-ANSWERS_CAP);
    await this.write({ ...this.data, answers: { ...this.data.answers, [id]: list } });
  }

  private async write(next: ProgressData): Promise<void> {
    await this.storage.update(PROGRESS_KEY, next);
    this.data = next;
  }

  /** Records one review; the in-memory state changes only once the write has been made. */
  async record(id: string, card: StoredCard, log: StoredLog): Promise<void> {
    await this.write({
      ...this.data,
      cards: { ...this.data.cards, [id]: card },
      logs: { ...this.data.logs, [id]: [...(this.data.logs[id] ?? []), log] },
    });
  }

  /** Puts back a card as it was before its last review (undo) and drops that log entry. */
  async undo(id: string, previous: StoredCard | undefined): Promise<void> {
    const cards = { ...this.data.cards };
    if (previous) {
      cards[id] = previous;
    } else {
      delete cards[id];
    }
    const logs = { ...this.data.logs, [id]: (this.data.logs[id] ?? []).slice(0, -1) };
    await this.write({ ...this.data, cards, logs });
  }

  exportJson(): string {
    return JSON.stringify(this.data, null, 2);
  }

  /** Replaces the progress with an export; rejects anything that is not valid progress data. */
  async importJson(json: string): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      throw new Error(t('not a JSON file'));
    }
    const parsed = parseProgress(raw);
    if (!parsed) {
      throw new Error(t('not a Python Interview Coach progress export'));
    }
    await this.write(parsed);
  }

  async reset(): Promise<void> {
    await this.write(emptyProgress());
  }
}

