import MiniSearch from 'minisearch';
import type { SearchResult as MiniResult, SearchOptions } from 'minisearch';
import type { Question } from '../types';
import { isCjkTerm, normalize, tokenize } from './tokenizer';

/** The fields a question is searched by; `body` is the answer as plain text. */
export interface SearchDoc {
  id: string;
  title: string;
  titleEn: string;
  aliases: string;
  tags: string;
  keywords: string;
  summary: string;
  body: string;
  category: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Query terms that matched, as they appear in the index (for highlighting). */
  terms: string[];
}

const HEAD_FIELDS = ['title', 'titleEn', 'aliases', 'tags', 'keywords', 'summary'] as const;
const BOOST: Record<(typeof HEAD_FIELDS)[number], number> = { title: 5, aliases: 5, titleEn: 2, tags: 2, keywords: 3, summary: 2 };

/**
 * Two indexes with the same tokenizer: a small one over what names a question (titles, aliases,
 * tags, keywords, one-line answer) and a large one over the answer text. The small one is all a
 * first search needs to load; the body index joins when it has loaded. Options are shared by
 * building and loading, as MiniSearch requires.
 */
export const HEAD_OPTIONS = {
  idField: 'id',
  fields: [...HEAD_FIELDS],
  storeFields: ['category'],
  tokenize: (text: string): string[] => tokenize(text),
  processTerm: (term: string): string => term,
};

export const BODY_OPTIONS = {
  idField: 'id',
  fields: ['body'],
  // bigrams alone cover the long answer text (any query bigram still matches), and skipping the
  // segmenter there makes the index several times cheaper to build
  tokenize: (text: string): string[] => tokenize(text, { words: false }),
  processTerm: (term: string): string => term,
};

export interface SerializedIndex {
  head: string;
  body: string;
}

export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export function toSearchDoc(q: Question): SearchDoc {
  return {
    id: q.id,
    title: q.title,
    titleEn: q.titleEn,
    aliases: q.aliases.join(' '),
    tags: q.tags.join(' '),
    keywords: Object.values(q.keywords).flat().join(' '),
    summary: q.summary,
    body: htmlToText(q.html),
    category: q.category,
  };
}

/** Full-text search over the questions: BM25 ranking from MiniSearch with our tokenizer. */
export class SearchIndex {
  private body: MiniSearch<SearchDoc> | undefined;

  private constructor(private readonly head: MiniSearch<SearchDoc>) {}

  static build(docs: readonly SearchDoc[], options: { body?: boolean } = {}): SearchIndex {
    const head = new MiniSearch<SearchDoc>(HEAD_OPTIONS);
    head.addAll(docs);
    const index = new SearchIndex(head);
    if (options.body ?? true) {
      const body = new MiniSearch<SearchDoc>(BODY_OPTIONS);
      body.addAll(docs);
      index.body = body;
    }
    return index;
  }

  /** The head index alone (first search), or both. */
  static fromJSON(head: string, body?: string): SearchIndex {
    const index = new SearchIndex(MiniSearch.loadJSON<SearchDoc>(head, HEAD_OPTIONS));
    if (body !== undefined) {
      index.attachBody(body);
    }
    return index;
  }

  attachBody(json: string): void {
    this.body = MiniSearch.loadJSON<SearchDoc>(json, BODY_OPTIONS);
  }

  /** Builds the answer-text index a few documents at a time, yielding between chunks. */
  async buildBody(docs: readonly SearchDoc[]): Promise<void> {
    const body = new MiniSearch<SearchDoc>(BODY_OPTIONS);
    await body.addAllAsync(docs, { chunkSize: 8 });
    this.body = body;
  }

  get hasBody(): boolean {
    return this.body !== undefined;
  }

  toJSON(): SerializedIndex {
    return { head: JSON.stringify(this.head), body: JSON.stringify(this.body ?? new MiniSearch<SearchDoc>(BODY_OPTIONS)) };
  }

  get size(): number {
    return this.head.documentCount;
  }

  search(query: string, limit = 20): SearchHit[] {
    if (!normalize(query).trim()) {
      return [];
    }
    const options: SearchOptions = {
      combineWith: 'OR',
      // Latin terms match as prefixes and with small typos; CJK bigrams only exactly, since a
      // "fuzzy" Chinese bigram is just a different word.
      prefix: (term: string) => !isCjkTerm(term) && term.length >= 2,
      // Only plain words get typo tolerance: `__init__`, `utf8` or `http2` are typed exactly.
      fuzzy: (term: string) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
      weights: { fuzzy: 0.3, prefix: 0.6 },
    };
    const merged = new Map<string, { score: number; terms: Set<string> }>();
    const add = (results: MiniResult[]): void => {
      for (const r of results) {
        const hit = merged.get(r.id as string) ?? { score: 0, terms: new Set<string>() };
        hit.score += r.score;
        r.terms.forEach((t) => hit.terms.add(t));
        merged.set(r.id as string, hit);
      }
    };
    add(this.head.search(query, { ...options, boost: BOOST }));
    if (this.body) {
      // Typo tolerance over the answer text costs more than the rest of a search put together
      // (every Latin term of every answer is an edit-distance candidate) and adds little that
      // the head index's fuzzy match has not found already.
      add(this.body.search(query, { ...options, fuzzy: false }));
    }
    return [...merged.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id, h]) => ({ id, score: h.score, terms: [...h.terms] }));
  }
}
