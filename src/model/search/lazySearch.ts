import { readFile } from 'node:fs/promises';
import type { Catalog } from '../catalog';
import type { Question } from '../types';
import { SearchIndex, htmlToText } from './searchIndex';
import type { SearchHit } from './searchIndex';
import { normalize } from './tokenizer';

/**
 * Loads the head index the build wrote on first use and shares that load with every caller;
 * nothing is read at activation. The first search waits only for that small index (titles,
 * aliases, keywords, one-line answers). The answer-text index is then built in the background,
 * in short slices so the extension host stays responsive, and joins later searches: shipping it
 * prebuilt would make the VSIX half a megabyte bigger than the size budget allows.
 */
export class LazySearch {
  private pending: Promise<SearchIndex> | undefined;
  private bodyBuilt: Promise<void> | undefined;

  constructor(
    private readonly headFile: string,
    private readonly catalog: () => Promise<Catalog>,
  ) {}

  index(): Promise<SearchIndex> {
    this.pending ??= readFile(this.headFile, 'utf8').then((json) => {
      const index = SearchIndex.fromJSON(json);
      this.bodyBuilt = this.catalog().then(
        (c) => index.buildBody(c.all()),
        () => undefined, // searching titles and one-line answers still works
      );
      return index;
    });
    return this.pending;
  }

  /** Resolves once the answer-text index has joined (tests and the benchmark wait for it). */
  async fullIndex(): Promise<SearchIndex> {
    const index = await this.index();
    await this.bodyBuilt;
    return index;
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    return (await this.index()).search(query, limit);
  }

  reset(): void {
    this.pending = undefined;
    this.bodyBuilt = undefined;
  }
}

/**
 * A short piece of the answer around the first matched term, with matched terms wrapped in
 * 【】 so they stand out in a QuickPick line (which has no markup).
 */
export function matchSnippet(q: Question, terms: readonly string[], width = 60): string {
  const sources = [q.summary, htmlToText(q.html).trim()];
  const folded = terms.map((t) => normalize(t)).filter((t) => t.length > 0);
  for (const text of sources) {
    const lower = normalize(text);
    const at = Math.min(...folded.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - Math.floor(width / 3));
      const piece = text.slice(start, start + width);
      return `${start > 0 ? '…' : ''}${highlight(piece, folded)}${start + width < text.length ? '…' : ''}`;
    }
  }
  return q.summary.slice(0, width);
}

function highlight(text: string, terms: readonly string[]): string {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!sorted.length) {
    return text;
  }
  return text.replace(new RegExp(`(${sorted.join('|')})`, 'gi'), '【$1】');
}
