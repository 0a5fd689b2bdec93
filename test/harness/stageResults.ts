import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths';

export interface StageResult {
  stage: string;
  passed: number;
  failed: number;
  skipped: number;
}

/** Each test stage leaves its counts in test-results/<stage>.json for the closing summary. */
export function writeStageResult(stage: string, passed: number, failed: number, skipped = 0): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const result: StageResult = { stage, passed, failed, skipped };
  writeFileSync(join(RESULTS_DIR, `${stage}.json`), JSON.stringify(result));
}

export function readStageResults(): StageResult[] {
  return readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as StageResult);
}
