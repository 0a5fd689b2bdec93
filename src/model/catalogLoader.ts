import { readFile } from 'node:fs/promises';
import { Catalog } from './catalog';
import type { ContentBundle } from './types';

/**
 * Loads dist/content.json the first time someone asks, and shares that one load with every
 * caller, so activation stays free of I/O. A failed load is remembered until reload().
 */
export class LazyCatalog {
  private pending: Promise<Catalog> | undefined;
  private loaded: Catalog | undefined;

  constructor(private readonly file: string) {}

  get(): Promise<Catalog> {
    this.pending ??= readFile(this.file, 'utf8').then((text) => {
      this.loaded = new Catalog(JSON.parse(text) as ContentBundle);
      return this.loaded;
    });
    return this.pending;
  }

  /** The catalog if it has already loaded; lets synchronous callers avoid a promise. */
  peek(): Catalog | undefined {
    return this.loaded;
  }

  reload(): Promise<Catalog> {
    this.pending = undefined;
    this.loaded = undefined;
    return this.get();
  }
}
