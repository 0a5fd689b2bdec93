import { readFile } from 'node:fs/promises';
import type { Question } from '../types';
import { SearchIndex, htmlToText } from './searchIndex';
import type { SearchHit } from './searchIndex';
import { normalize } from './tokenizer';

/**
 * Loads the indexes the build wrote on first use and shares that load with every caller;
 * nothing is read at activation. The first search waits only for the small head index; the
 * body index loads right after it and joins later searches.
 */
export class LazySearch {
  private pending: Promise<SearchIndex> | undefined;

  constructor(
    private readonly headFile: string,
    private readonly bodyFile: string,
  ) {}

  index(): Promise<SearchIndex> {
    this.pending ??= readFile(this.headFile, 'utf8').then((json) => {
      const index = SearchIndex.fromJSON(json);
      void readFile(this.bodyFile, 'utf8').then(
        (body) => index.attachBody(body),
        () => undefined, // searching titles and answers' first lines still works
      );
      return index;
    });
    return this.pending;
  }


  async search(query: string, limit?: number): Promise<SearchHit[]> {
    return (await this.index()).search(query, limit);
  }

  reset(): void {
    this.pending = undefined;
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
