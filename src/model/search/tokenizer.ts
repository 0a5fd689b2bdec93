// Chinese-aware tokenisation for search. Intl.Segmenter gives words, but ICU splits many
// technical terms into single characters (多|线|程), so every CJK run also yields its character
// bigrams: a query matches as long as the same two-character pieces occur, however either side
// was segmented. Words are indexed for the short fields that name a question (at build time);
// the long answer text and queries get bigrams only: segmenting answers costs more than it adds,
// and a query's bigrams already are the index's two-character words. Latin runs keep dotted
// names whole and also yield their parts.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const RUNS = /([\u3400-\u9fff\uf900-\ufaff]+)|([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g;

/** Function words that only add noise to a question's bigrams. */
const STOP = new Set(['什么', '为什么', '怎么', '怎样', '如何', '哪些', '是否', '一下', '一个', '的', '了', '吗', '呢', '和', '与', '是', '有', '在', '吧', '么']);

let segmenter: Intl.Segmenter | undefined;

function words(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export interface TokenizeOptions {
  /** Add the segmenter's words of CJK runs to their bigrams. Default false. */
  words?: boolean;
}

/** Full-width letters, digits and punctuation become half-width; case is folded. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(RUNS)) {
    const [, cjk, latin] = m;
    if (cjk) {
      if (options.words) {
        for (const w of words(cjk)) {
          // A word that is also a bigram counts twice: real words outweigh the bigrams that
          // straddle two words (局解, 释器).
          if (w.length > 1 && !STOP.has(w)) {
            out.push(w);
          }
        }
      }
      if (cjk.length === 1) {
        if (!STOP.has(cjk)) {
          out.push(cjk);
        }
        continue;
      }
      for (let i = 0; i + 1 < cjk.length; i++) {
        const bigram = cjk.slice(i, i + 2);
        if (!STOP.has(bigram)) {
          out.push(bigram);
        }
      }
    } else if (latin) {
      out.push(latin);
      if (latin.includes('.')) {
        out.push(...latin.split('.').filter(Boolean));
      }
    }
  }
  return out;
}

export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}
