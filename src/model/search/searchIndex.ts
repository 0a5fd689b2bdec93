import MiniSearch from 'minisearch';
import type { SearchResult as MiniResult } from 'minisearch';
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

const FIELDS = ['title', 'titleEn', 'aliases', 'tags', 'keywords', 'summary', 'body'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 5, aliases: 5, titleEn: 2, tags: 2, keywords: 3, summary: 2, body: 1 };

/** Options shared by building and loading: MiniSearch needs the same ones both times. */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: ['category'],
  // The body is most of the text: bigrams alone cover it (any query bigram still matches), and
  // skipping the segmenter there makes the index several times cheaper to build.
  tokenize: (text: string, field?: string): string[] => tokenize(text, { words: field !== 'body' }),
  processTerm: (term: string): string => term,
};

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
  private constructor(private readonly mini: MiniSearch<SearchDoc>) {}

  static build(docs: readonly SearchDoc[]): SearchIndex {
    const mini = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    mini.addAll(docs);
    return new SearchIndex(mini);
  }

  static fromJSON(json: string): SearchIndex {
    return new SearchIndex(MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  search(query: string, limit = 20): SearchHit[] {
    if (!normalize(query).trim()) {
      return [];
    }
    const results: MiniResult[] = this.mini.search(query, {
      boost: BOOST,
      combineWith: 'OR',
      // Latin terms match as prefixes and with small typos; CJK bigrams only exactly, since a
      // "fuzzy" Chinese bigram is just a different word.
      prefix: (term) => !isCjkTerm(term) && term.length >= 2,
      fuzzy: (term) => (!isCjkTerm(term) && term.length >= 5 ? 0.2 : false),
      weights: { fuzzy: 0.3, prefix: 0.6 },
    });
    return results.slice(0, limit).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
  }
}
