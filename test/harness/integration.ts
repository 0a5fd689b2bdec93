import { existsSync, readFileSync, statSync } from 'node:fs';
import { BLOCK_CODE_SERVER_PWA_WORKER, UNSTICK_WEBVIEW_WORKER } from './browser';
import type { Browser } from 'playwright-core';
import { say } from './log';
import type { RunningServer } from './server';
import { workbenchUrl } from './server';

export interface IntegrationOptions {
  browser: Browser;
  server: RunningServer;
  workspace: string;
  extensionPath: string;
  testsEntry: string;
  /** File the in-host test runner appends its report to (PYI_TEST_LOG in the server's env). */
  reportFile: string;
  timeoutMs: number;
}

/**
 * Opens the workbench with extensionTestsPath set; VS Code runs the suite in its extension host
 * and calls window.codeAutomationExit with the result. Resolves to that exit code.
 */
export async function runIntegrationSuite(o: IntegrationOptions): Promise<number> {
  const context = await o.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(BLOCK_CODE_SERVER_PWA_WORKER);
  await context.addInitScript(UNSTICK_WEBVIEW_WORKER);
  const page = await context.newPage();
  const tail = new FileTail(o.reportFile, (text) => process.stdout.write(text));
  try {
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      if (type === 'error' || process.env.PYI_VERBOSE) {
        say(`workbench ${type}: ${args.map(String).join(' ').slice(0, 500)}`);
      }
    });
    page.on('pageerror', (err) => say(`page error: ${err.message}`));
    if (process.env.PYI_VERBOSE) {
      page.on('console', (m) => say(`console ${m.type()}: ${m.text().slice(0, 300)} @ ${m.location().url.slice(0, 120)}`));
      page.on('requestfailed', (r) => say(`request failed: ${r.url().slice(0, 160)} ${r.failure()?.errorText ?? ''}`));
    }
    await page.goto(workbenchUrl(o.server, o.workspace, o.extensionPath, o.testsEntry));
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        say(`integration suite did not finish within ${o.timeoutMs / 1000} s`);
        resolve(124);
      }, o.timeoutMs).unref(),
    );
    const code = await Promise.race([exited, timeout]);
    tail.poll();
    if (!tail.sawOutput) {
      say('the extension host reported nothing: the suite did not start (see the server log above)');
      return code === 0 ? 1 : code;
    }
    return code;
  } finally {
    tail.stop();
    await context.close();
  }
}

/** Streams a growing file (the in-host runner's report) while the suite runs. */
class FileTail {
  private offset = 0;
  private readonly timer: NodeJS.Timeout;
  sawOutput = false;

  constructor(
    private readonly file: string,
    private readonly sink: (text: string) => void,
  ) {
    this.timer = setInterval(() => this.poll(), 200);
  }

  poll(): void {
    if (!existsSync(this.file) || statSync(this.file).size <= this.offset) {
      return;
    }
    const text = readFileSync(this.file).subarray(this.offset);
    this.offset += text.length;
    this.sawOutput = true;
    this.sink(text.toString());
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
