// MiniSearch scores every document a query term occurs in, so what a term costs is the number of
// postings it has in the index. With OR over Chinese bigrams, a query picks up common pieces
// ("数据", "请求", or "有什" out of 有什么) that occur in most documents: they made a search touch
// nearly every document of a large index while adding little to the ranking, since BM25 weighs a
// term by how rare it is. A query therefore spends a fixed budget of postings per index on its
// rarest terms, so its cost stops growing with the index once the budget binds.

/** Postings per term: counted while an index is built, and written beside it when serialized. */
export class PostingCounts {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** One field of one document, as the tokenizer split it (repeats count once). */
  addField(keys: readonly string[]): void {
    for (const key of new Set(keys)) {
      this.counts.set(key, this.get(key) + 1);
    }
  }

  /** The counts of `keys`, in their order. */
  list(keys: readonly string[]): number[] {
    return keys.map((key) => this.get(key));
  }

  static fromList(keys: readonly string[], counts: readonly number[]): PostingCounts {
    const out = new PostingCounts();
    keys.forEach((key, i) => out.counts.set(key, counts[i]));
    return out;
  }
}

/**
 * The terms worth scoring: rarest first, while the postings they add up to stay within `budget`.
 * The rarest term is always kept, so a query never loses every term. Returned in query order.
 */
export function affordableTerms(keys: readonly string[], postings: (key: string) => number, budget: number): string[] {
  const unique = [...new Set(keys)];
  const byRarity = unique.map((key) => ({ key, n: postings(key) })).sort((a, b) => a.n - b.n);
  const kept = new Set<string>();
  let spent = 0;
  for (const { key, n } of byRarity) {
    if (kept.size > 0 && spent + n > budget) {
      break;
    }
    kept.add(key);
    spent += n;
  }
  return unique.filter((key) => kept.has(key));
}
