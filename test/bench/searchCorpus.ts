// Synthetic search corpora made from the shipped questions: copies with their own ids and titles
// and the real answer bodies, so that a 10k-question index has real term statistics.
import type { SearchDoc } from '../../src/model/search/searchIndex';
import { normalize } from '../../src/model/search/tokenizer';

export interface SyntheticCorpus {
  docs: SearchDoc[];
  /** For each doc, the id of the real question it copies. */
  baseIds: string[];
}

/** Copy `k` of an id; copy 0 is the real question itself. */
export function copyId(id: string, k: number): string {
  return k === 0 ? id : `${id}-x${k}`;
}

/** `size` docs cycling through the real ones; copy k's titles carry its number. */
export function syntheticDocs(real: readonly SearchDoc[], size: number): SyntheticCorpus {
  if (!real.length) {
    throw new Error('no questions to copy');
  }
  const docs: SearchDoc[] = [];
  const baseIds: string[] = [];
  for (let n = 0; n < size; n++) {
    const base = real[n % real.length];
    const k = Math.floor(n / real.length);
    docs.push(k === 0 ? base : { ...base, id: copyId(base.id, k), title: `${base.title}(${k})`, titleEn: base.titleEn && `${base.titleEn} (${k})` });
    baseIds.push(base.id);
  }
  return { docs, baseIds };
}

interface SerializedMiniSearch {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, Record<string, unknown>>;
  dirtCount: number;
  index: [string, Record<string, Record<string, number>>][];
  serializationVersion: number;
  /** Ours beside MiniSearch's: each term's posting count, in the order of `index`. */
  postings: number[];
}

/**
 * An index of the real questions (as SearchIndex serializes it) turned into the index of a
 * synthetic corpus whose docs reuse those questions' text: every posting of a real
 * question is repeated for each of its copies. Building the 10k body index by tokenizing would
 * take minutes; this gives the same index in seconds, since the copies' bodies are the same text.
 */
export function replicateIndex(json: string, corpus: SyntheticCorpus): string {
  const real = JSON.parse(json) as SerializedMiniSearch;
  if (real.serializationVersion !== 2) {
    throw new Error(`MiniSearch serialization version ${real.serializationVersion} is not the 2 this copier knows`);
  }
  const shortIdOf = new Map(Object.entries(real.documentIds).map(([short, id]) => [id, Number(short)]));
  const copiesOf = new Map<number, number[]>();
  const out: SerializedMiniSearch = {
    ...real,
    documentCount: corpus.docs.length,
    nextId: corpus.docs.length,
    documentIds: {},
    fieldLength: {},
    storedFields: {},
    dirtCount: 0,
    index: [],
    postings: [],
  };
  corpus.docs.forEach((doc, n) => {
    const short = shortIdOf.get(corpus.baseIds[n]);
    if (short === undefined) {
      throw new Error(`${corpus.baseIds[n]} is not in the index being copied`);
    }
    out.documentIds[n] = doc.id;
    out.fieldLength[n] = real.fieldLength[short];
    if (real.storedFields[short]) {
      out.storedFields[n] = real.storedFields[short];
    }
    const copies = copiesOf.get(short) ?? [];
    copies.push(n);
    copiesOf.set(short, copies);
  });
  // a size that is not a whole number of copies changes the mix of lengths, and BM25 uses the mean
  out.averageFieldLength = real.averageFieldLength.map((_, field) => corpus.docs.reduce((sum, _d, n) => sum + out.fieldLength[n][field], 0) / corpus.docs.length);
  for (const [term, fields] of real.index) {
    const copied: Record<string, Record<string, number>> = {};
    let count = 0;
    for (const [field, postings] of Object.entries(fields)) {
      const target: Record<string, number> = {};
      for (const [short, freq] of Object.entries(postings)) {
        for (const n of copiesOf.get(Number(short)) ?? []) {
          target[n] = freq;
          count++;
        }
      }
      copied[field] = target;
    }
    out.index.push([term, copied]);
    out.postings.push(count);
  }
  return JSON.stringify(out);
}

/**
 * The baseline: no index, every query a substring scan of every doc's folded text; a doc scores
 * one point per query word it contains, title words counting double. Text is folded once up
 * front, as a plain in-memory list would be; copies share their real question's body string.
 */
export class NaiveScan {
  private readonly rows: { id: string; title: string; rest: string }[];

  constructor(docs: readonly SearchDoc[]) {
    const folded = new Map<string, string>();
    const fold = (s: string): string => {
      let f = folded.get(s);
      if (f === undefined) {
        f = normalize(s);
        folded.set(s, f);
      }
      return f;
    };
    this.rows = docs.map((d) => ({
      id: d.id,
      title: normalize(`${d.title} ${d.titleEn}`),
      rest: fold([d.aliases, d.tags, d.keywords, d.summary, d.body].join(' ')),
    }));
  }

  search(query: string, limit = 20): string[] {
    const words = normalize(query).split(/\s+/).filter(Boolean);
    const hits: { id: string; score: number }[] = [];
    for (const row of this.rows) {
      let score = 0;
      for (const w of words) {
        score += (row.title.includes(w) ? 2 : 0) + (row.rest.includes(w) ? 1 : 0);
      }
      if (score > 0) {
        hits.push({ id: row.id, score });
      }
    }
    return hits
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((h) => h.id);
  }
}
