// Mocha reporter: the usual spec output, plus the counts written to test-results/<stage>.json so
// `npm test` can close with one total line over every stage.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { RESULTS_DIR } from './paths';

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const stage = (options.reporterOptions as Record<string, string> | undefined)?.stage ?? 'unit';
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      writeStageResult(stage, s.passes, s.failures, s.pending);
    });
  }
}

export function writeStageResult(stage: string, passed: number, failed: number, skipped = 0): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${stage}.json`), JSON.stringify({ stage, passed, failed, skipped }));
}

module.exports = CountingReporter;
