// Last step of `npm test`: one line over every stage, in the plain `N passed, N failed` form.
import { readStageResults } from './stageResults';

const EXPECTED = ['unit', 'content', 'integration'];
const results = readStageResults();
let passed = 0;
let failed = 0;
for (const stage of EXPECTED) {
  const r = results.find((x) => x.stage === stage);
  if (!r) {
    console.log(`${stage}: no result (stage did not run)`);
    failed++;
    continue;
  }
  console.log(`${stage}: ${r.passed} passed, ${r.failed} failed`);
  passed += r.passed;
  failed += r.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
