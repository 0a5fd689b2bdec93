// Expected and actual stdout are compared by the model's rule, shared with quiz scoring.
export { normalizeOutput } from '../../src/model/quiz/scoring';

/** A short, line-numbered view of the first difference, for failure messages. */
export function describeMismatch(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const i = e.findIndex((line, k) => line !== a[k]);
  const at = i < 0 ? e.length : i;
  return [
    `first difference at output line ${at + 1}:`,
    `  expected: ${JSON.stringify(e[at] ?? '<end of output>')}`,
    `  actual:   ${JSON.stringify(a[at] ?? '<end of output>')}`,
  ].join('\n');
}
