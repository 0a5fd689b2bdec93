// `npm run test:content`: runs every runnable block and every `output` quiz item of content/
// and compares stdout with what the entry declares. `--only <file>...` limits it to some entries.
import { resolve } from 'node:path';
import { compileContent } from '../../src/content/compileContent';
import { formatProblem } from '../../src/content/problems';
import { writeStageResult } from '../harness/stageResults';
import { ROOT } from '../harness/paths';
import { ensureDebianPackages } from '../harness/system';
import { collectExamples } from './examples';
import type { Example } from './examples';
import { describeMismatch, normalizeOutput } from './normalize';
import { RUNNERS, Services } from './runners';
import { runSeedChecks } from './seedChecks';

const CONCURRENCY = 4;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args[0] === '--only' ? args.slice(1).map((f) => resolve(f)) : [];
  const compiled = compileContent(resolve(ROOT, 'content'), ROOT);
  const examples = collectExamples(compiled.bundle, 'content').filter((e) => !only.length || only.some((f) => f.endsWith(e.file) || resolve(ROOT, e.file) === f));
  if (!only.length && compiled.problems.length) {
    compiled.problems.forEach((p) => console.error(formatProblem(p)));
    console.error('content has problems (see above); examples not run');
    writeStageResult('content', 0, 1);
    return 1;
  }

  const failures: string[] = [];
  const missing = examples.filter((e) => !RUNNERS[e.runner]);
  for (const e of missing) {
    failures.push(`${e.file}:${e.line}: no runner for "${e.runner}" in test/content/runners.ts`);
  }
  const runnable = examples.filter((e) => RUNNERS[e.runner]);
  const packages = Object.assign({}, ...new Set(runnable.map((e) => RUNNERS[e.runner].packages))) as Record<string, string>;
  ensureDebianPackages(packages);

  let next = 0;
  let passed = 0;
  const services = new Services();
  const worker = async (): Promise<void> => {
    while (next < runnable.length) {
      const e = runnable[next++];
      const problem = await check(e, services).catch((err: unknown) => `${e.file}:${e.line}: ${e.what}: ${err instanceof Error ? err.message : String(err)}`);
      if (problem) {
        failures.push(problem);
        process.stdout.write('F');
      } else {
        passed++;
        process.stdout.write('.');
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await services.stop();
  }
  process.stdout.write('\n');
  if (!only.length) {
    for (const c of runSeedChecks(ROOT, new Set(compiled.bundle.questions.map((q) => q.id)))) {
      if (c.failures.length) {
        failures.push(`${c.name}:\n${indent(c.failures.join('\n'))}`);
      } else {
        passed++;
      }
    }
  }
  for (const f of failures.sort()) {
    console.error(`\n${f}`);
  }
  console.log(`content examples: ${passed} passed, ${failures.length} failed (${examples.length} runnable blocks and output quiz items in ${compiled.bundle.questions.length} entries)`);
  writeStageResult('content', passed, failures.length);
  return failures.length ? 1 : 0;
}

async function check(e: Example, services: Services): Promise<string | undefined> {
  const r = await RUNNERS[e.runner].run(e.code, services);
  const where = `${e.file}:${e.line}: ${e.what}`;
  if (r.timedOut) {
    return `${where}: timed out; output so far:\n${indent(`${r.stdout}${r.stderr}`.trim().split('\n').slice(-8).join('\n'))}`;
  }
  if (r.code !== 0) {
    return `${where}: exited with ${r.code}\n${indent(r.stderr.trim().split('\n').slice(-8).join('\n'))}`;
  }
  if (e.expected === undefined) {
    return undefined;
  }
  const expected = normalizeOutput(e.expected);
  const actual = normalizeOutput(r.stdout);
  return expected === actual ? undefined : `${where}: output differs\n${indent(describeMismatch(expected, actual))}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    writeStageResult('content', 0, 1);
    process.exit(1);
  },
);
