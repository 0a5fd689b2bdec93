// Mocha reporter: the usual spec output, plus the counts written to test-results/<stage>.json so
// `npm test` can close with one total line over every stage.
import Mocha from 'mocha';
import { writeStageResult } from './stageResults';

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

module.exports = CountingReporter;
