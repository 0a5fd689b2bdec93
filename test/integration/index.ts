// Runs inside VS Code's extension host (extensionTestsPath). Mocha's own console output goes to
// the workbench's dev tools, so the report is also appended to PYI_TEST_LOG for the harness to stream.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

function report(line: string): void {
  const file = process.env.PYI_TEST_LOG;
  if (file) {
    appendFileSync(file, `${line}\n`);
  }
  console.log(line);
}

export function run(): Promise<void> {
  // Base reports nothing itself; the listeners below write the report.
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: Mocha.reporters.Base });
  const only = process.env.PYI_TEST_GREP;
  if (only) {
    mocha.grep(only);
  }
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0 };
      report(`${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else {
        resolve();
      }
    });
    const path: string[] = [];
    runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.title) {
        path.push(suite.title);
        report(`${'  '.repeat(path.length - 1)}${suite.title}`);
      }
    });
    runner.on(Mocha.Runner.constants.EVENT_SUITE_END, (suite: Mocha.Suite) => {
      if (suite.title) {
        path.pop();
      }
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test: Mocha.Test) => {
      report(`${'  '.repeat(path.length)}✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      report(`${'  '.repeat(path.length)}✗ ${test.title}\n${(err.stack ?? err.message).split('\n').map((l) => `      ${l}`).join('\n')}`);
    });
  });
}
