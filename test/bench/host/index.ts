// Runs inside code-server's extension host in place of the integration suite (extensionTestsPath).
// One workbench load is one fresh extension host, so each load measures one activation: the plan
// file names which extension to activate, and a load that activates ours goes on to time the tree,
// the answer panel and the heap. Samples are appended to PYI_BENCH_OUT as JSON lines.
import { appendFileSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { CommandIds } from '../../../src/commands/ids';
import type { PyInterviewApi } from '../../../src/api';
import { closeAllEditors, nextRender, readContent } from '../../integration/helpers';
import type { HostPlan, HostSample } from './protocol';
import { HELLO_WORLD_ID, OUR_ID } from './protocol';
import { heapUsedAfterGc } from './heap';

function report(line: string): void {
  const file = process.env.PYI_TEST_LOG;
  if (file) {
    appendFileSync(file, `${line}\n`);
  }
}

function record(sample: HostSample): void {
  const file = process.env.PYI_BENCH_OUT;
  if (!file) {
    throw new Error('PYI_BENCH_OUT is not set: run the benchmark with `npm run bench`');
  }
  appendFileSync(file, `${JSON.stringify(sample)}\n`);
}

async function timeActivation(id: string): Promise<{ ms: number; wasActive: boolean; exports: unknown }> {
  const extension = vscode.extensions.getExtension(id);
  if (!extension) {
    throw new Error(`${id} is not loaded in the benchmark host`);
  }
  const wasActive = extension.isActive;
  const start = performance.now();
  const exports: unknown = await extension.activate();
  return { ms: performance.now() - start, wasActive, exports };
}

/** Root items plus the first category's children, as the view asks for them when it opens. */
async function timeTree(api: PyInterviewApi): Promise<number> {
  const start = performance.now();
  const roots = (await api.topics.getChildren()) ?? [];
  await Promise.all(roots.map((n) => Promise.resolve(api.topics.getTreeItem(n))));
  const children = roots.length ? ((await api.topics.getChildren(roots[0])) ?? []) : [];
  await Promise.all(children.map((n) => Promise.resolve(api.topics.getTreeItem(n))));
  const ms = performance.now() - start;
  if (!children.length) {
    throw new Error(`the topics tree showed ${roots.length} roots and no children under the first`);
  }
  return ms;
}

async function timeAnswer(api: PyInterviewApi, id: string): Promise<number> {
  const start = performance.now();
  const rendered = nextRender(api, id);
  await vscode.commands.executeCommand(CommandIds.openAnswer, id);
  await rendered;
  return performance.now() - start;
}

async function measureOurs(plan: HostPlan, ids: string[], settled: boolean): Promise<void> {
  const heapBefore = heapUsedAfterGc();
  const activation = await timeActivation(OUR_ID);
  record({ kind: 'activation', extension: 'ours', run: plan.run, ms: activation.ms, wasActive: activation.wasActive, settled });
  const api = activation.exports as PyInterviewApi;
  const heapActivated = heapUsedAfterGc();

  const treeCold = await timeTree(api);
  const treeWarm = await timeTree(api);
  record({ kind: 'tree', run: plan.run, coldMs: treeCold, warmMs: treeWarm });

  const answerMs: number[] = [];
  for (const id of ids) {
    answerMs.push(await timeAnswer(api, id));
  }
  // answerMs[0] created the panel; the rest update it in place (the default reusePanel setting)
  record({ kind: 'answer', run: plan.run, ms: answerMs, ids: ids.slice(0, answerMs.length) });
  const heapAfter = heapUsedAfterGc();
  record({ kind: 'memory', run: plan.run, beforeActivation: heapBefore, afterActivation: heapActivated, afterAnswers: heapAfter, answers: ids.length });
  report(`run ${plan.run} ours: activate ${activation.ms.toFixed(1)} ms, tree ${treeCold.toFixed(1)} ms, heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MB`);
}

/**
 * The suite starts while the host is still activating the built-in extensions that start with
 * it (git, emmet, merge-conflict…); timing then would measure their work. Waits until timers
 * fire on time for a while, or gives up after `maxMs` (false: the samples say the host was busy).
 */
async function settle(maxMs = 8000, quietMs = 500): Promise<boolean> {
  const start = performance.now();
  let quietSince = start;
  while (performance.now() - start < maxMs) {
    const before = performance.now();
    await new Promise((r) => setTimeout(r, 20));
    const lag = performance.now() - before - 20;
    if (lag > 4) {
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= quietMs) {
      return true;
    }
  }
  return false;
}

export async function run(): Promise<void> {
  const planFile = process.env.PYI_BENCH_PLAN;
  if (!planFile) {
    throw new Error('PYI_BENCH_PLAN is not set: run the benchmark with `npm run bench`');
  }
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as HostPlan;
  try {
    await new Promise((r) => setTimeout(r, plan.settleMs));
    const settled = await settle();
    if (plan.activate === 'hello') {
      // The same two full collections our run takes for its heap baseline: a full collection
      // also drops the bytecode of host code not run lately, which the next activation then
      // compiles again; the baseline must start from the same state.
      heapUsedAfterGc();
      const activation = await timeActivation(HELLO_WORLD_ID);
      record({ kind: 'activation', extension: 'hello', run: plan.run, ms: activation.ms, wasActive: activation.wasActive, settled });
      report(`run ${plan.run} hello-world: activate ${activation.ms.toFixed(1)} ms`);
      return;
    }
    // Questions are picked before the baseline heap is taken; only their ids stay referenced.
    const ours = vscode.extensions.getExtension(OUR_ID);
    if (!ours) {
      throw new Error(`${OUR_ID} is not loaded in the benchmark host`);
    }
    const ids = pickSpread(
      readContent(ours).questions.map((q) => q.id),
      plan.answers,
    );
    await measureOurs(plan, ids, settled);
  } catch (err) {
    report(`run ${plan.run} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    throw err;
  } finally {
    await closeAllEditors();
  }
}

/** `n` ids spread evenly over the list, so every category's answers are among them. */
function pickSpread(ids: string[], n: number): string[] {
  if (ids.length <= n) {
    return ids;
  }
  return Array.from({ length: n }, (_, i) => ids[Math.floor((i * ids.length) / n)]);
}
