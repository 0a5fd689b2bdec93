import type { Category, Question, QuestionHead } from './types';
import { CONTENT_FORMAT_VERSION } from './types';
import { compareIds } from './compareIds';

/**
 * Read-only view of the compiled content with the lookups the UI needs. `Q` is Question for the
 * full content, QuestionHead for the small head bundle the tree draws from.
 */
export class Catalog<Q extends QuestionHead = Question> {
  private readonly byId = new Map<string, Q>();
  private readonly byCategory = new Map<string, Q[]>();
  private readonly categoryById = new Map<string, Category>();
  /** Built on the first keyword lookup (a hover): the tree, which loads first, needs none of it. */
  private byKeyword: Map<string, Q[]> | undefined;
  readonly categories: readonly Category[];

  constructor(bundle: { version: number; categories: Category[]; questions: Q[] }) {
    if (bundle.version !== CONTENT_FORMAT_VERSION) {
      throw new Error(`content format ${String(bundle.version)} is not ${String(CONTENT_FORMAT_VERSION)}: rebuild the content`);
    }
    this.categories = [...bundle.categories].sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
    for (const c of this.categories) {
      this.categoryById.set(c.id, c);
      this.byCategory.set(c.id, []);
    }
    for (const q of bundle.questions) {
      this.byId.set(q.id, q);
      this.byCategory.get(q.category)?.push(q);
    }
    for (const list of this.byCategory.values()) {
      list.sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
    }
  }

  get size(): number {
    return this.byId.size;
  }

  question(id: string): Q | undefined {
    return this.byId.get(id);
  }

  category(id: string): Category | undefined {
    return this.categoryById.get(id);
  }

  questionsIn(categoryId: string): readonly Q[] {
    return this.byCategory.get(categoryId) ?? [];
  }

  /** Categories that hold at least one question: empty ones would be dead ends in the tree. */
  nonEmptyCategories(): Category[] {
    return this.categories.filter((c) => this.questionsIn(c.id).length > 0);
  }

  /** Entries that list `word` as a keyword for `lang`, in catalog order. */
  questionsForKeyword(lang: string, word: string): readonly Q[] {
    this.byKeyword ??= keywordIndex(this.all());
    return this.byKeyword.get(keywordKey(lang, word)) ?? [];
  }

  all(): Q[] {
    return this.categories.flatMap((c) => [...this.questionsIn(c.id)]);
  }
}

function keywordKey(lang: string, word: string): string {
  return `${lang}\u0000${word}`;
}

/**
 * An entry that lists a keyword first is about it (yield → generators), one that lists it tenth
 * only mentions it: each keyword's entries ranked by that position, then by catalog order.
 */
function keywordIndex<Q extends QuestionHead>(all: readonly Q[]): Map<string, Q[]> {
  const ranked = new Map<string, { q: Q; rank: number; at: number }[]>();
  all.forEach((q, at) => {
    for (const [lang, words] of Object.entries(q.keywords)) {
      words.forEach((w, rank) => {
        const key = keywordKey(lang, w);
        const list = ranked.get(key) ?? [];
        list.push({ q, rank, at });
        ranked.set(key, list);
      });
    }
  });
  const index = new Map<string, Q[]>();
  for (const [key, list] of ranked) {
    index.set(
      key,
      list.sort((a, b) => a.rank - b.rank || a.at - b.at).map((x) => x.q),
    );
  }
  return index;
}
