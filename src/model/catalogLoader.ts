import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { Catalog } from './catalog';
import type { ContentBundle } from './types';

const unbrotli = promisify(brotliDecompress);

/** Reads a content bundle; `.br` files are Brotli-compressed (what the VSIX ships, a third the size). */
export async function readContentFile(file: string): Promise<string> {
  const raw = await readFile(file);
  return file.endsWith('.br') ? (await unbrotli(raw)).toString('utf8') : raw.toString('utf8');
}

/**
 * Loads dist/content.json(.br) the first time someone asks, and shares that one load with every
 * caller, so activation stays free of I/O. A failed load is remembered until reload().
 */
export class LazyCatalog {
  private pending: Promise<Catalog> | undefined;
  private loaded: Catalog | undefined;

  constructor(private readonly file: string) {}

  get(): Promise<Catalog> {
    this.pending ??= readContentFile(this.file).then((text) => {
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
