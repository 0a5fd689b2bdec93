// `node out/test/bench/readmeTable.js`: the table of the last `npm run bench` (bench/results.json)
// as Markdown, with the machine it ran on, for pasting into the README.
import { existsSync, readFileSync } from 'node:fs';
import { markdownTable } from './figures';
import type { BenchResults } from './results';
import { RESULTS_FILE, rows } from './results';

if (!existsSync(RESULTS_FILE)) {
  process.stderr.write(`${RESULTS_FILE} does not exist: run \`npm run bench\` first\n`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
process.stdout.write(`${markdownTable(rows(results), results.machine, results.date)}\n`);
