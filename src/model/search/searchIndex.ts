import type MiniSearch from 'minisearch';
import type { AsPlainObject, SearchResult as MiniResult, Options, Query, SearchOptions } from 'minisearch';
import { withoutSummarySection } from '../answerParts';
import type { Question } from '../types';
import { indexKey, isCjkKey, termOfKey } from './indexKey';
import { PostingCounts, affordableTerms } from './termBudget';
import { tokenize } from './tokenizer';
import { compareIds } from '../compareIds';
import { miniSearch } from '../libraries';

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
}

export interface SearchHit {
  id: string;
  score: number;
  /** The question's terms that matched (a prefix or typo match gives the word it matched), for highlighting. */
  terms: string[];
}

// The one-line answer is indexed with the answer text (boosted there), not in the head: it is a
// third of the head index, and loading that index is what a first search waits for (~30 ms, not ~45).
const HEAD_FIELDS = ['title', 'titleEn', 'aliases', 'tags', 'keywords'] as const;
const BOOST: Record<(typeof HEAD_FIELDS)[number], number> = { title: 5, aliases: 5, titleEn: 2, tags: 2, keywords: 3 };

/**
 * Postings a query may score per index (see termBudget.ts). At the shipped size no ranking query
 * reaches it; at ten thousand questions it keeps a search near a millisecond.
 */
export const POSTINGS_BUDGET = 1000;

/** How long the background body build may hold the extension host before it yields. */
const BODY_SLICE_MS = 10;

/**
 * Index options: the tokenizer's terms stored under their index keys (see indexKey.ts), and,
 * while an index is built, counted per field so that a query knows what each term costs.
 * Options are shared by building and loading, as MiniSearch requires.
 */
function indexOptions(fields: string[], words: boolean, counts?: PostingCounts): Options<SearchDoc> {
  return {
    idField: 'id',
    fields,
    tokenize: (text: string): string[] => {
      const keys = tokenize(text, { words }).map(indexKey);
      counts?.addField(keys);
      return keys;
    },
    processTerm: (key: string): string => key,
  };
}

/**
 * Two indexes with the same tokenizer: a small one over what names a question (titles, aliases,
 * tags, keywords, one-line answer) and a large one over the answer text. The small one is all a
 * first search needs to load; the body index joins when it is ready.
 */
const headOptions = (counts?: PostingCounts): Options<SearchDoc> => indexOptions([...HEAD_FIELDS], true, counts);
const bodyOptions = (counts?: PostingCounts): Options<SearchDoc> => indexOptions(['summary', 'body'], false, counts);
/** In the answer-text index, the one-line answer weighs as much as in the head it left. */
const BODY_BOOST = { summary: 2, body: 1 };

/** A MiniSearch index and what each of its terms costs to score. */
interface Part {
  mini: MiniSearch<SearchDoc>;
  postings: PostingCounts;
}

function buildPart(docs: readonly SearchDoc[], options: (counts: PostingCounts) => Options<SearchDoc>): Part {
  const postings = new PostingCounts();
  const MiniSearchClass = miniSearch();
  const mini = new MiniSearchClass<SearchDoc>(options(postings));
  mini.addAll(docs);
  return { mini, postings };
}

/**
 * MiniSearch's JSON with each term's posting count beside it, in the order of its `index`:
 * counting them from the postings while a first search waits took as long as that search.
 */
type SerializedPart = AsPlainObject & { postings: number[] };

function serializePart(part: Part): string {
  const js = part.mini.toJSON();
  return JSON.stringify({ ...js, postings: part.postings.list(js.index.map(([key]) => key)) } satisfies SerializedPart);
}

function loadPart(json: string, options: Options<SearchDoc>): Part {
  const js = JSON.parse(json) as Partial<SerializedPart> & AsPlainObject;
  if (js.postings?.length !== js.index.length) {
    throw new Error('the search index has no posting counts: it was written by an older build (run the build again)');
  }
  return { mini: miniSearch().loadJS<SearchDoc>(js, options), postings: PostingCounts.fromList(js.index.map(([key]) => key), js.postings) };
}

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

/** What the head index needs of a question: everything but the answer text. */
export function toHeadDoc(q: Question): SearchDoc {
  return {
    id: q.id,
    title: q.title,
    titleEn: q.titleEn,
    aliases: q.aliases.join(' '),
    tags: q.tags.join(' '),
    keywords: Object.values(q.keywords).flat().join(' '),
    summary: q.summary,
    body: '',
  };
}

/** For the answer-text index: the one-line answer, and the rest of the answer without its own copy of it. */
export function toSearchDoc(q: Question): SearchDoc {
  return { ...toHeadDoc(q), body: htmlToText(withoutSummarySection(q.html)) };
}

/** Full-text search over the questions: BM25 ranking from MiniSearch with our tokenizer. */
export class SearchIndex {
  private body: Part | undefined;

  private constructor(private readonly head: Part) {}

  static build(docs: readonly SearchDoc[], options: { body?: boolean } = {}): SearchIndex {
    const index = new SearchIndex(buildPart(docs, headOptions));
    if (options.body ?? true) {
      index.body = buildPart(docs, bodyOptions);
    }
    return index;
  }

  /** The head index alone (first search), or both. */
  static fromJSON(head: string, body?: string): SearchIndex {
    const index = new SearchIndex(loadPart(head, headOptions()));
    if (body !== undefined) {
      index.attachBody(body);
    }
    return index;
  }

  attachBody(json: string): void {
    this.body = loadPart(json, bodyOptions());
  }

  /**
   * Builds the answer-text index in the extension host's spare time: a slice of questions at a
   * time, each turned into text only when its slice comes, yielding to whatever is waiting
   * between slices (the first slice too, so a search command that waits for the catalog shows
   * its results first).
   */
  async buildBody(questions: readonly Question[]): Promise<void> {
    const postings = new PostingCounts();
    const MiniSearchClass = miniSearch();
    const mini = new MiniSearchClass<SearchDoc>(bodyOptions(postings));
    for (let next = 0; next < questions.length; ) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const until = performance.now() + BODY_SLICE_MS;
      do {
        mini.add(toSearchDoc(questions[next++]));
      } while (next < questions.length && performance.now() < until);
    }
    this.body = { mini, postings };
  }

  get hasBody(): boolean {
    return this.body !== undefined;
  }

  toJSON(): SerializedIndex {
    return { head: serializePart(this.head), body: serializePart(this.body ?? buildPart([], bodyOptions)) };
  }

  get size(): number {
    return this.head.mini.documentCount;
  }

  search(query: string, limit = 20): SearchHit[] {
    // Bigrams alone: the index holds the segmenter's words, and the two-character ones (most of
    // them) are the same strings as bigrams, so a query needs no segmenter (ICU's dictionary
    // costs a first search 8 ms to load).
    const keys = [...new Set(tokenize(query).map(indexKey))];
    if (!keys.length) {
      return [];
    }
    const options: SearchOptions = {
      combineWith: 'OR',
      // the query below is already split into index keys
      tokenize: (key: string) => [key],
      // Latin terms match as prefixes and with small typos; CJK bigrams only exactly, since a
      // "fuzzy" Chinese bigram is just a different word.
      prefix: (key: string) => !isCjkKey(key) && key.length >= 2,
      // Only plain words get typo tolerance: `__init__`, `utf8` or `http2` are typed exactly.
      fuzzy: (key: string) => (/^[a-z]{5,}$/.test(key) ? 0.2 : false),
      weights: { fuzzy: 0.3, prefix: 0.6 },
    };
    const affordable = (part: Part): Query => ({ combineWith: 'OR', queries: affordableTerms(keys, (k) => part.postings.get(k), POSTINGS_BUDGET) });
    const merged = new Map<string, { score: number; terms: Set<string> }>();
    const add = (results: MiniResult[]): void => {
      for (const r of results) {
        const hit = merged.get(r.id as string) ?? { score: 0, terms: new Set<string>() };
        hit.score += r.score;
        r.terms.forEach((t) => hit.terms.add(t));
        merged.set(r.id as string, hit);
      }
    };
    add(this.head.mini.search(affordable(this.head), { ...options, boost: BOOST }));
    if (this.body) {
      // Typos are matched in the names of a question (head index) only: over the answer text
      // that adds little the head has not found already.
      add(this.body.mini.search(affordable(this.body), { ...options, fuzzy: false, boost: BODY_BOOST }));
    }
    return [...merged.entries()]
      .sort((a, b) => b[1].score - a[1].score || compareIds(a[0], b[0]))
      .slice(0, limit)
      .map(([id, h]) => ({ id, score: h.score, terms: [...h.terms].map(termOfKey) }));
  }
}
