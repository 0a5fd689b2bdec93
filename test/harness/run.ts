// `npm run test:integration`: the integration suite inside code-server's real extension host,
// then browser-level UI checks with screenshots. Exits with the combined result.
// With `--vsix [file]` (or PYI_VSIX=file) the suite runs against that VSIX installed into the
// host instead of the working tree, and the UI checks (which shoot the README's screenshots) are
// left to the working-tree run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ContentBundle } from '../../src/model/types';
import { launchBrowser } from './browser';
import { ensureCodeServer } from './codeServer';
import { writeStageResult } from './stageResults';
import { runIntegrationSuite } from './integration';
import { say } from './log';
import { EXAMPLES_DIR, INTEGRATION_ENTRY, RESULTS_DIR, ROOT } from './paths';
import { Scratch } from './scratch';
import { startCodeServer } from './server';
import type { RunningServer } from './server';
import { writeDemoProgress } from './demoProgress';
import { runUiChecks } from './uiChecks';
import { emptyDevelopmentPath, installVsix, reportedExtensionPath, vsixToTest, writeProbeEntry } from './vsix';

const SUITE_TIMEOUT_MS = Number(process.env.PYI_SUITE_TIMEOUT_MS ?? 10 * 60 * 1000);

function requireBuilt(): ContentBundle {
  for (const f of ['dist/extension.js', 'dist/core.js', 'dist/features.js', 'dist/content.json', 'dist/webview/answer.js', INTEGRATION_ENTRY]) {
    if (!existsSync(join(ROOT, f)) && !existsSync(f)) {
      throw new Error(`${f} is missing: run \`node src/build/build.mjs --tests\` first`);
    }
  }
  return JSON.parse(readFileSync(join(ROOT, 'dist/content.json'), 'utf8')) as ContentBundle;
}

/** Counts from the runner's closing line `N passed, N failed`. */
function parseCounts(report: string): { passed: number; failed: number } | undefined {
  const m = /^(\d+) passed, (\d+) failed/m.exec(report.split('\n').reverse().join('\n'));
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
}

/** code-server on the examples workspace, with the in-host test report going to a scratch file. */
async function startHost(bin: string, scratch: Scratch): Promise<{ workspace: string; reportFile: string; server: RunningServer }> {
  const workspace = scratch.workspace(EXAMPLES_DIR);
  const reportFile = join(scratch.dir, 'integration-report.log');
  const server = await startCodeServer({
    bin,
    folder: workspace,
    scratch: scratch.dir,
    env: { PYI_TEST_LOG: reportFile },
    onLog: (line) => process.stderr.write(`[code-server] ${line}\n`),
  });
  return { workspace, reportFile, server };
}

async function main(): Promise<number> {
  const vsix = vsixToTest(process.argv.slice(2), process.env);
  if (vsix) {
    return runAgainstVsix(vsix);
  }
  const bundle = requireBuilt();
  const bin = await ensureCodeServer();
  const scratch = new Scratch();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    const host = await startHost(bin, scratch);
    const { workspace, reportFile } = host;
    server = host.server;
    browser = await launchBrowser();

    process.stdout.write('Integration suite (extension host)\n');
    const suiteCode = await runIntegrationSuite({
      browser,
      server,
      workspace,
      extensionPath: ROOT,
      testsEntry: INTEGRATION_ENTRY,
      reportFile,
      timeoutMs: SUITE_TIMEOUT_MS,
    });
    const counts = (existsSync(reportFile) && parseCounts(readFileSync(reportFile, 'utf8'))) || { passed: 0, failed: 1 };

    const q = bundle.questions.find((x) => x.id === 'python-decorator') ?? bundle.questions[0];
    // The first insert button belongs to the first block that is not an output block.
    const firstCode = q.blocks.find((b) => b.mode !== 'output')?.code.split('\n').find((l) => l.trim()) ?? '';
    const demoProgress = join(scratch.dir, 'demo-progress.json');
    writeDemoProgress(
      demoProgress,
      bundle.questions.map((x) => x.id),
      Date.now(),
    );
    const ui = await runUiChecks({
      demoProgress,
      browser,
      server,
      workspace,
      extensionPath: ROOT,
      resultsDir: RESULTS_DIR,
      category: bundle.categories.find((c) => c.id === q.category)?.name ?? q.category,
      question: { id: q.id, title: q.title },
      insertedLine: firstCode,
    });
    // Our strings must follow VS Code's display language: the UI checks again in every other
    // locale on a fresh server, with that locale's screenshots (they fail on untranslated text).
    for (const locale of (process.env.PYI_EXTRA_LOCALES ?? 'zh-cn').split(',').filter(Boolean)) {
      const extra = new Scratch();
      let localized: RunningServer | undefined;
      try {
        const ws = extra.workspace(EXAMPLES_DIR);
        localized = await startCodeServer({ bin, folder: ws, scratch: extra.dir, locale, onLog: (line) => process.stderr.write(`[code-server ${locale}] ${line}\n`) });
        ui.push(
          ...(await runUiChecks({
            demoProgress,
            browser,
            server: localized,
            workspace: ws,
            extensionPath: ROOT,
            resultsDir: RESULTS_DIR,
            category: bundle.categories.find((c) => c.id === q.category)?.name ?? q.category,
            question: { id: q.id, title: q.title },
            insertedLine: firstCode,
          })),
        );
      } finally {
        localized?.stop();
        extra.dispose();
      }
    }
    const uiFailed = ui.filter((r) => !r.ok).length;
    const passed = counts.passed + ui.length - uiFailed;
    const failed = counts.failed + uiFailed + (suiteCode !== 0 && counts.failed === 0 ? 1 : 0);
    writeStageResult('integration', passed, failed);
    process.stdout.write(`integration: ${passed} passed, ${failed} failed (screenshots in ${RESULTS_DIR})\n`);
    return failed === 0 && suiteCode === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    scratch.dispose();
  }
}

/** The suite alone, against the VSIX installed into the host's extensions folder. */
async function runAgainstVsix(vsix: string): Promise<number> {
  if (!existsSync(INTEGRATION_ENTRY)) {
    throw new Error(`${INTEGRATION_ENTRY} is missing: run \`node src/build/build.mjs --tests\` first`);
  }
  const bin = await ensureCodeServer();
  const scratch = new Scratch();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    const installed = installVsix(bin, vsix, join(scratch.dir, 'extensions'), join(scratch.dir, 'user-data'));
    say(`installed ${vsix} into ${installed}`);
    const host = await startHost(bin, scratch);
    const { workspace, reportFile } = host;
    server = host.server;
    browser = await launchBrowser();
    process.stdout.write('Integration suite (extension host, installed VSIX)\n');
    const suiteCode = await runIntegrationSuite({
      browser,
      server,
      workspace,
      extensionPath: emptyDevelopmentPath(scratch.dir),
      testsEntry: writeProbeEntry(scratch.dir, INTEGRATION_ENTRY, installed),
      reportFile,
      timeoutMs: SUITE_TIMEOUT_MS,
    });
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    const counts = parseCounts(report) ?? { passed: 0, failed: 1 };
    const ranInstalled = reportedExtensionPath(report) === installed;
    if (!ranInstalled) {
      say(`the suite did not run against the installed copy in ${installed}`);
    }
    const failed = counts.failed + (ranInstalled ? 0 : 1) + (suiteCode !== 0 && counts.failed === 0 ? 1 : 0);
    writeStageResult('vsix', counts.passed, failed);
    process.stdout.write(`vsix: ${counts.passed} passed, ${failed} failed (${vsix})\n`);
    return failed === 0 && suiteCode === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    scratch.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(`the real-host tests could not run: ${err instanceof Error ? err.message : String(err)}`);
    writeStageResult(process.argv.includes('--vsix') || process.env.PYI_VSIX ? 'vsix' : 'integration', 0, 1);
    process.exit(1);
  },
);
