import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCoverage, loadSeedMap, readTopics } from './seedCoverage';

/** The shared folder beside the checkout (as laid out for developers and CI). */
function sharedDir(root: string): string {
  return process.env.PYI_SHARED_DIR ?? join(root, '..', 'shared');
}

export interface CheckOutcome {
  name: string;
  failures: string[];
}

/**
 * Seed coverage (every question of a required group has an entry) and seed overlap (no sentence
 * of the seed copied into content/). Both need ../shared; without it they say so and pass.
 */
export function runSeedChecks(root: string, ids: ReadonlySet<string>): CheckOutcome[] {
  const shared = sharedDir(root);
  const topics = readTopics(join(shared, 'seed', 'TOPICS.md'));
  if (!topics) {
    console.log(`seed checks skipped: ${shared}/seed/TOPICS.md not found`);
    return [];
  }
  const report = checkCoverage(topics, loadSeedMap(join(root, 'test', 'content', 'seed-coverage.yaml')), ids);
  for (const g of report.groups) {
    console.log(`seed coverage ${g.required ? '(required)' : '(pending) '} ${g.group}: ${g.covered}/${g.total}`);
  }
  const outcomes: CheckOutcome[] = [{ name: 'seed coverage', failures: report.errors }];

  const tool = join(shared, 'tools', 'seed-overlap.py');
  if (existsSync(tool)) {
    const r = spawnSync('python3', [tool, join(root, 'content')], { encoding: 'utf8', timeout: 60000 });
    const lines = `${r.stdout}`.split('\n').filter(Boolean);
    outcomes.push({
      name: 'seed overlap',
      failures: r.status === 0 ? [] : lines.length ? lines.map((l) => `copied from the seed: ${l}`) : [`seed-overlap.py failed: ${r.stderr}`],
    });
  }
  return outcomes;
}
