import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { Catalog } from './catalog';
import type { ContentBundle, HeadBundle, QuestionHead } from './types';

const unbrotli = promisify(brotliDecompress);

/** Reads a content bundle; `.br` files are Brotli-compressed (what the VSIX ships, a third the size). */
export async function readContentFile(file: string): Promise<string> {
  const raw = await readFile(file);
  return file.endsWith('.br') ? (await unbrotli(raw)).toString('utf8') : raw.toString('utf8');
}

/**
 * Loads dist/content.json(.br) the first time someone asks, and shares that one load with every
 * caller, so activation stays free of I/O. A failed load is remembered until reload().
 * With a head file, `head()` serves what the tree draws from a file a few percent of the size,
 * so the tree does not wait for every answer body to be decompressed and parsed.
 */
export class LazyCatalog {
  private pending: Promise<Catalog> | undefined;
  private loaded: Catalog | undefined;
  private pendingHead: Promise<Catalog<QuestionHead>> | undefined;
  private loadedHead: Catalog<QuestionHead> | undefined;

  constructor(
    private readonly file: string,
    private readonly headFile?: string,
  ) {}

  get(): Promise<Catalog> {
    this.pending ??= readContentFile(this.file).then((text) => {
      this.loaded = new Catalog(JSON.parse(text) as ContentBundle);
      return this.loaded;
    });
    return this.pending;
  }

  /** Names, levels, summaries and keywords of every question; the full catalog once it is loaded. */
  head(): Promise<Catalog<QuestionHead>> {
    if (this.loaded || !this.headFile) {
      return this.get();
    }
    const file = this.headFile;
    this.pendingHead ??= readContentFile(file).then((text) => {
      this.loadedHead = new Catalog<QuestionHead>(JSON.parse(text) as HeadBundle);
      return this.loadedHead;
    });
    return this.pendingHead;
  }

  /** The catalog if it has already loaded; lets synchronous callers avoid a promise. */
  peek(): Catalog | undefined {
    return this.loaded;
  }

  /** The head (or the full catalog) if either has loaded. */
  peekHead(): Catalog<QuestionHead> | undefined {
    return this.loaded ?? this.loadedHead;
  }

  reload(): Promise<Catalog> {
    this.pending = undefined;
    this.loaded = undefined;
    this.pendingHead = undefined;
    this.loadedHead = undefined;
    return this.get();
  }
}
