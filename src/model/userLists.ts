import type { KeyValueStorage } from './storage';

type Listener = () => void;

/** An ordered list of question ids persisted under one key; unknown or malformed data is dropped. */
export class IdList {
  private listeners: Listener[] = [];

  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
    private readonly cap = Infinity,
  ) {}

  ids(): string[] {
    const raw = this.storage.get(this.key);
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').slice(0, this.cap) : [];
  }

  has(id: string): boolean {
    return this.ids().includes(id);
  }

  /** Appends (bookmarks keep the order they were added in). */
  async add(id: string): Promise<void> {
    if (!this.has(id)) {
      await this.save([...this.ids(), id]);
    }
  }

  async remove(id: string): Promise<void> {
    if (this.has(id)) {
      await this.save(this.ids().filter((x) => x !== id));
    }
  }

  async toggle(id: string): Promise<boolean> {
    const now = !this.has(id);
    await (now ? this.add(id) : this.remove(id));
    return now;
  }

  /** Moves `id` to the front, keeping at most `cap` ids (recently viewed). */
  async touch(id: string): Promise<void> {
    const next = [id, ...this.ids().filter((x) => x !== id)].slice(0, this.cap);
    if (next.join() !== this.ids().join()) {
      await this.save(next);
    }
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  private async save(ids: string[]): Promise<void> {
    await this.storage.update(this.key, ids);
    this.listeners.forEach((l) => l());
  }
}

export const BOOKMARKS_KEY = 'pyInterview.bookmarks';
export const RECENT_KEY = 'pyInterview.recent';
export const RECENT_CAP = 20;
