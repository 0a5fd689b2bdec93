// The real-host figures: one code-server, and one fresh workbench (so one fresh extension host:
// code-server ends a host when its window goes) per activation sample, through the same harness
// that runs the integration suite.
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../harness/browser';
import { ensureCodeServer } from '../harness/codeServer';
import { runIntegrationSuite } from '../harness/integration';
import { say } from '../harness/log';
import { EXAMPLES_DIR, ROOT } from '../harness/paths';
import { Scratch } from '../harness/scratch';
import { startCodeServer } from '../harness/server';
import type { HostPlan, HostSample } from './host/protocol';
import { parseSamples } from './host/protocol';

/** The in-host entry, built beside this driver's bundle (out/test/bench/). */
export const BENCH_HOST_ENTRY = join(__dirname, 'host', 'index.js');
export const HELLO_WORLD_DIR = join(ROOT, 'test', 'fixtures', 'hello-world');

/** Activation events that would start an extension before the benchmark asks it to. */
const STARTUP_EVENTS = new Set(['*', 'onStartupFinished']);

export interface RealHostOptions {
  /** Activations measured per extension (each in its own extension host). */
  runsEach: number;
  /** Answers each run of ours opens (the memory figure's count; the panel figure uses the first 10). */
  answers: number;
  /** One discarded run of each first, so no counted run is the one that warms the disk cache. */
  warmup: boolean;
  /** Wait after the workbench starts before measuring. */
  settleMs: number;
}

export interface RealHostResult {
  samples: HostSample[];
  failedRuns: number;
  /** Startup activation events left out of the benchmark's copy of our manifest. */
  strippedEvents: string[];
}

const RUN_TIMEOUT_MS = 3 * 60 * 1000;

/** ours/hello alternating in ABBA order, so neither always goes first and drift hits both alike. */
export function runOrder(runsEach: number, warmup: boolean): HostPlan['activate'][] {
  const order: HostPlan['activate'][] = warmup ? ['hello', 'ours'] : [];
  for (let i = 0; i < runsEach; i++) {
    order.push(...(i % 2 === 0 ? (['ours', 'hello'] as const) : (['hello', 'ours'] as const)));
  }
  return order;
}

/** A run that fails is reported and left out; the caller sees how many samples it got. */
export async function measureRealHost(o: RealHostOptions): Promise<RealHostResult> {
  const bin = await ensureCodeServer();
  const scratch = new Scratch();
  const planFile = join(scratch.dir, 'plan.json');
  const outFile = join(scratch.dir, 'samples.jsonl');
  const reportFile = join(scratch.dir, 'report.log');
  writeFileSync(outFile, '');
  const workspace = scratch.workspace(EXAMPLES_DIR);
  const { folder: extensions, strippedEvents } = devExtensionsFolder(scratch.dir);
  const server = await startCodeServer({
    bin,
    folder: workspace,
    scratch: scratch.dir,
    // git finds no repository in the scratch workspace but still scans for one while the host
    // starts, which is noise in every timing
    settings: { 'git.enabled': false },
    env: { PYI_TEST_LOG: reportFile, PYI_BENCH_PLAN: planFile, PYI_BENCH_OUT: outFile },
    onLog: (line) => {
      if (process.env.PYI_VERBOSE) {
        process.stderr.write(`[code-server] ${line}\n`);
      }
    },
  });
  let failedRuns = 0;
  try {
    const browser = await launchBrowser();
    try {
      const runs = runOrder(o.runsEach, o.warmup);
      for (const [i, activate] of runs.entries()) {
        const run = o.warmup ? i - 2 : i; // warm-up runs get negative numbers and are dropped below
        writeFileSync(planFile, JSON.stringify({ run, activate, answers: o.answers, settleMs: o.settleMs } satisfies HostPlan));
        writeFileSync(reportFile, ''); // the harness streams this file from its start on every run
        const code = await runIntegrationSuite({
          browser,
          server,
          workspace,
          extensionPath: extensions,
          testsEntry: BENCH_HOST_ENTRY,
          reportFile,
          timeoutMs: RUN_TIMEOUT_MS,
        });
        if (code !== 0) {
          failedRuns++;
          say(`benchmark run ${run} (${activate}) failed with ${code}`);
        }
      }
    } finally {
      await browser.close().catch(() => undefined);
    }
    const samples = parseSamples(readFileSync(outFile, 'utf8')).filter((s) => s.run >= 0);
    return { samples, failedRuns, strippedEvents };
  } finally {
    server.stop();
    scratch.dispose();
  }
}

/**
 * The web workbench keeps one extensionDevelopmentPath (it reads its payload into a Map), but a
 * development path without a package.json is scanned for an extension in each subfolder; so both
 * extensions load alike, as development extensions, from one folder. Ours is a folder of links
 * to the working tree with its own copy of the manifest: startup activation events are left out
 * of that copy, so activate() runs when the benchmark calls it and not while the host starts.
 */
function devExtensionsFolder(scratchDir: string): { folder: string; strippedEvents: string[] } {
  const folder = join(scratchDir, 'dev-extensions');
  const ours = join(folder, 'python-interview-coach');
  mkdirSync(ours, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (entry !== 'package.json' && entry !== '.git') {
      symlinkSync(join(ROOT, entry), join(ours, entry));
    }
  }
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents?: string[] };
  const events = manifest.activationEvents ?? [];
  manifest.activationEvents = events.filter((e) => !STARTUP_EVENTS.has(e));
  writeFileSync(join(ours, 'package.json'), JSON.stringify(manifest, null, 2));
  symlinkSync(HELLO_WORLD_DIR, join(folder, 'hello-world'), 'dir');
  return { folder, strippedEvents: events.filter((e) => STARTUP_EVENTS.has(e)) };
}
