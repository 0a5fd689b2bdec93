// What the benchmark driver and its in-host entry tell each other, through two files named in the
// server's environment: the plan (rewritten before each workbench load) and the samples.

export const OUR_ID = 'pyinterview.python-interview-coach';
export const HELLO_WORLD_ID = 'pyinterview-bench.hello-world';

export interface HostPlan {
  run: number;
  activate: 'ours' | 'hello';
  /** Answers a run that activates ours opens, one after another. */
  answers: number;
  /** Wait before the first measurement, for the workbench's own start-up work to pass. */
  settleMs: number;
}

export type HostSample =
  | { kind: 'activation'; extension: 'ours' | 'hello'; run: number; ms: number; wasActive: boolean; settled: boolean }
  | { kind: 'tree'; run: number; coldMs: number; warmMs: number }
  | { kind: 'answer'; run: number; ms: number[]; ids: string[] }
  | { kind: 'memory'; run: number; beforeActivation: number; afterActivation: number; afterAnswers: number; answers: number };

export function parseSamples(text: string): HostSample[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HostSample);
}
