import { join } from 'node:path';
import type { ContentBundle } from '../../src/model/types';
import { runnerKey } from './runners';

/** One thing the content test executes: a run/check block, or an `output` quiz item. */
export interface Example {
  file: string;
  line: number;
  what: string;
  runner: string;
  code: string;
  /** Declared stdout; undefined for check blocks, which only have to pass. */
  expected: string | undefined;
}

export function collectExamples(bundle: ContentBundle, contentDir: string): Example[] {
  const out: Example[] = [];
  for (const q of bundle.questions) {
    const file = join(contentDir, q.source);
    q.blocks.forEach((b, i) => {
      if (b.mode === 'run') {
        const next = q.blocks[i + 1];
        out.push({ file, line: b.line, what: `${b.lang} block`, runner: runnerKey(b.lang, 'run', b.runner), code: b.code, expected: next?.mode === 'output' ? next.code : '' });
      } else if (b.mode === 'check') {
        out.push({ file, line: b.line, what: `${b.lang} check`, runner: runnerKey(b.lang, 'check', ''), code: b.code, expected: undefined });
      }
    });
    q.quiz.forEach((item, i) => {
      if (item.type === 'output') {
        // Quiz items have no line of their own in the bundle; the id line finds the entry.
        out.push({ file, line: 2, what: `quiz[${i}] (output)`, runner: 'python run', code: item.code, expected: item.answer });
      }
    });
  }
  return out;
}
