import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCK_CODE_SERVER_PWA_WORKER, UNSTICK_WEBVIEW_WORKER } from './browser';
import type { Browser, Frame, Page } from 'playwright-core';
import { say } from './log';
import type { RunningServer } from './server';
import { workbenchUrl, writeSettings } from './server';
import type { ContentBundle } from '../../src/model/types';
import { expectedText } from '../integration/expected';

export interface UiCheckOptions {
  browser: Browser;
  server: RunningServer;
  workspace: string;
  extensionPath: string;
  resultsDir: string;
  /** A category and one of its questions, from dist/content.json (the Chinese names; shown in the server's locale). */
  category: string;
  question: { id: string; title: string };
  /** The first line of a code block of that question, to find it after "insert". */
  insertedLine: string;
  /** A progress export with weeks of practice, imported so screenshots show real study state. */
  demoProgress: string;
}

export interface UiCheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

const THEMES = [
  { file: 'dark', theme: 'Default Dark Modern' },
  { file: 'light', theme: 'Default Light Modern' },
  { file: 'high-contrast', theme: 'Default High Contrast' },
];

/**
 * What only a person sees: the activity-bar icon, the tree, the rendered webview, the panel
 * coming back after a reload, the insert button; with screenshots in three themes. Every text it
 * looks for comes from the shipped bundles for the server's locale, and screenshots of a locale
 * other than English carry it in their name (review.png, review-zh-cn.png).
 */
export async function runUiChecks(o: UiCheckOptions): Promise<UiCheckResult[]> {
  mkdirSync(o.resultsDir, { recursive: true });
  const ui = expectedText(o.extensionPath, o.server.locale);
  const shot = (name: string): string => join(o.resultsDir, ui.language === 'en' ? `${name}.png` : `${name}-${ui.language}.png`);
  const content = JSON.parse(readFileSync(join(o.extensionPath, 'dist', 'content.json'), 'utf8')) as ContentBundle;
  const question = content.questions.find((q) => q.id === o.question.id) ?? { ...o.question, titleEn: '', category: '' };
  const categoryData = content.categories.find((c) => c.id === question.category) ?? content.categories.find((c) => c.name === o.category);
  const category = categoryData ? ui.category(categoryData) : o.category;
  const title = ui.title(question);
  // Enough of the title to pick its editor tab out from the others.
  const tabText = title.slice(0, 12);
  const leftovers = untranslatedFinder(o.extensionPath, ui.language);
  const expectAllTranslated = (text: string, where: string): void => {
    const found = leftovers(text);
    if (found.length) {
      throw new Error(`${where} shows text not in ${ui.language}: ${found.slice(0, 5).join(' | ')}`);
    }
  };
  const results: UiCheckResult[] = [];
  const check = async (name: string, fn: () => Promise<void>): Promise<boolean> => {
    try {
      await fn();
      results.push({ name, ok: true });
      process.stdout.write(`  ✓ ${name}\n`);
      return true;
    } catch (err) {
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      results.push({ name, ok: false, detail });
      const failure = shot(`failure-${results.length}`);
      await page.screenshot({ path: failure }).catch(() => undefined);
      process.stdout.write(`  ✗ ${name}\n      ${detail}\n      screenshot: ${failure}\n`);
      return false;
    }
  };

  writeSettings(o.server.userDataDir, { 'workbench.colorTheme': THEMES[0].theme });
  const context = await o.browser.newContext({ viewport: { width: 1400, height: 860 } });
  await context.addInitScript(BLOCK_CODE_SERVER_PWA_WORKER);
  await context.addInitScript(UNSTICK_WEBVIEW_WORKER);
  const page = await context.newPage();
  try {
    process.stdout.write(`UI checks (browser, ${ui.language})\n`);
    await page.goto(workbenchUrl(o.server, o.workspace, o.extensionPath));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });

    const sidebarOk = await check('the activity-bar icon opens the sidebar with the topics tree', async () => {
      const label = ui.manifest('viewsContainer.title');
      await page.locator(`.activitybar .action-item a[aria-label^="${label}"], .activitybar .action-item[aria-label^="${label}"]`).first().click({ timeout: 30000 });
      await treeRow(page, category).waitFor({ timeout: 20000 });
    });
    if (!sidebarOk) {
      return results;
    }

    await check('Import Progress… through the file dialog; the tree shows study state', async () => {
      await runCommand(page, ui.command('importProgress'));
      // code-server's open dialog is a quick input that takes a path
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ timeout: 10000 });
      // The dialog rewrites its value while it lists folders; type until the path stays put.
      const value = (): Promise<string> => input.inputValue();
      for (let attempt = 0; attempt < 10; attempt++) {
        await input.fill(o.demoProgress);
        await page.waitForTimeout(700);
        if ((await value()) === o.demoProgress) {
          break;
        }
      }
      if ((await value()) !== o.demoProgress) {
        throw new Error(`the open dialog kept replacing the path (now "${await value()}")`);
      }
      await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click({ timeout: 5000 });
      await page.locator('.monaco-dialog-box .monaco-button', { hasText: ui.t('Import') }).first().click({ timeout: 10000 });
      await page.locator('.monaco-list-row', { hasText: ui.pattern('{0} questions · {1}% mastered', /\d+/, /[1-9]\d*/) }).first().waitFor({ timeout: 15000 });
      expectAllTranslated((await page.locator('.sidebar .monaco-list-row').allInnerTexts()).join('\n'), 'the topics tree');
      // The "imported" toast would sit in every later screenshot.
      await quickInput(page, '>Notifications: Clear All Notifications');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Clear All Notifications' }).first().click({ timeout: 5000 });
    });

    const answerOk = await check('clicking a question shows its rendered answer in the webview', async () => {
      await treeRow(page, category).click();
      await treeRow(page, title).click({ timeout: 10000 });
      await findAnswerFrame(page, title, 30000);
    });
    if (!answerOk) {
      return results;
    }

    await check('the answer has highlighted code with copy and insert buttons', async () => {
      const frame = await findAnswerFrame(page, title, 5000);
      const counts = await frame.evaluate(() => ({
        tokens: document.querySelectorAll('figure.code-block .hljs-keyword').length,
        copy: document.querySelectorAll('button[data-action="copy"]').length,
        insert: document.querySelectorAll('button[data-action="insert"]').length,
      }));
      if (counts.tokens === 0 || counts.copy === 0 || counts.insert === 0) {
        throw new Error(`expected highlighted tokens and buttons, got ${JSON.stringify(counts)}`);
      }
    });

    for (const t of THEMES) {
      await check(`screenshot in ${t.theme}`, async () => {
        await setColorTheme(page, t.theme);
        await page.waitForFunction((dark) => document.querySelector('.monaco-workbench')?.classList.contains(dark) ?? false, themeClass(t.file), { timeout: 15000 });
        await page.waitForTimeout(800); // let the webview repaint with the new colours
        await page.screenshot({ path: shot(`sidebar-and-answer-${t.file}`) });
      });
    }
    await setColorTheme(page, THEMES[0].theme);

    await check('"insert into editor" in the webview puts the code into the editor', async () => {
      await quickInput(page, 'decorators.py');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'decorators.py' }).first().click({ timeout: 10000 });
      await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 10000 });
      await page.locator('.tab', { hasText: tabText }).first().click();
      const frame = await findAnswerFrame(page, title, 10000);
      await frame.locator('button[data-action="insert"]').first().click();
      await page.locator('.tab', { hasText: 'decorators.py' }).first().click();
      await page
        .locator('.editor-instance .view-lines', { hasText: o.insertedLine.trim().slice(0, 30) })
        .first()
        .waitFor({ timeout: 10000 });
    });

    await check('a hover tip on `yield` shows the generator entry (screenshot)', async () => {
      await page.locator('.tab', { hasText: 'decorators.py' }).first().click();
      // the mouse over the `yield` token, as a user would
      await page.locator('.editor-instance .view-lines span span', { hasText: /^yield$/ }).first().hover({ timeout: 10000 });
      await page.locator('.monaco-hover', { hasText: ui.t('Open Answer') }).first().waitFor({ timeout: 10000 });
      await page.screenshot({ path: shot('hover') });
      await page.keyboard.press('Escape');
    });

    await check('Insert Example Snippet lists the snippets by language (screenshot)', async () => {
      await runCommand(page, ui.command('insertSnippet'));
      await page.locator('.quick-input-list .monaco-list-row', { hasText: /^iv-/ }).first().waitFor({ timeout: 10000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: ui.pattern('{0} (from: {1})', /.+/, /.+/) }).first().waitFor({ timeout: 10000 });
      await page.screenshot({ path: shot('snippet-picker') });
      await page.keyboard.press('Escape');
    });

    await check('the Quick Quiz (测一测) at the end of the answer answers an item inline', async () => {
      await page.locator('.tab', { hasText: tabText }).first().click();
      const frame = await findAnswerFrame(page, title, 10000);
      const item = frame.locator('.quiz-item').first();
      await item.scrollIntoViewIfNeeded();
      const option = item.locator('.quiz-option input, .quiz-truefalse button').first();
      await option.click();
      const submit = item.locator('button[data-quiz="submit"]');
      if (await submit.count()) {
        await submit.click();
      }
      await item.locator('.quiz-result', { hasText: new RegExp(`${ui.pattern('Correct').source}|${ui.pattern('Wrong').source}`) }).waitFor({ timeout: 10000 });
      await page.screenshot({ path: shot('answer-quiz') });
    });

    await check('Review Due: a card, "show answer", grade buttons with intervals, a grade moves on (screenshot)', async () => {
      await runCommand(page, ui.command('reviewDue'));
      const frame = await findFrame(page, () => document.querySelector('#review .card h1')?.textContent ?? null, 30000);
      const first = await frame.evaluate(() => document.querySelector('#review .card h1')?.textContent ?? '');
      // The front of the card is all ours (title, category, labels): nothing in the other language.
      expectAllTranslated(await frame.evaluate(() => document.getElementById('review')?.innerText ?? ''), 'the review card');
      await frame.locator('button[data-action="reveal"]').click();
      await frame.locator('button[data-grade="good"] .grade-interval').waitFor({ timeout: 10000 });
      await frame.locator('.answer-body').waitFor({ timeout: 10000 });
      await page.waitForTimeout(300);
      await frame.locator('button[data-grade="good"] .grade-label', { hasText: ui.t('Good') }).waitFor({ timeout: 5000 });
      await page.screenshot({ path: shot('review') });
      await frame.locator('button[data-grade="good"]').click();
      await frame.waitForFunction((before) => (document.querySelector('#review .card h1, #review .empty h1')?.textContent ?? before) !== before, first, { timeout: 10000 });
    });

    await check('the stats dashboard draws its charts (screenshot)', async () => {
      await runCommand(page, ui.command('showStats'));
      const frame = await findFrame(page, () => (document.querySelector('#stats svg') ? 'drawn' : null), 30000);
      await frame.locator('#stats svg').first().waitFor({ timeout: 10000 });
      await page.waitForTimeout(300);
      await frame.locator('h1', { hasText: ui.t('Study Stats') }).waitFor({ timeout: 5000 });
      expectAllTranslated(await frame.evaluate(() => document.getElementById('stats')?.innerText ?? ''), 'the stats dashboard');
      await page.screenshot({ path: shot('stats') });
      await frame.locator('#reviews').scrollIntoViewIfNeeded();
      await frame.evaluate(() => document.getElementById('reviews')?.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path: shot('stats-charts') });
    });

    await check('the dashboard stays readable in high contrast (screenshot)', async () => {
      await setColorTheme(page, THEMES[2].theme);
      await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls) ?? false, themeClass(THEMES[2].file), { timeout: 15000 });
      await page.waitForTimeout(800);
      await page.screenshot({ path: shot('stats-high-contrast') });
      await setColorTheme(page, THEMES[0].theme);
    });

    await check('the walkthrough opens from the Get Started view and shows its six steps (screenshot)', async () => {
      const view = page.locator('.pane-header', { hasText: new RegExp(ui.manifest('view.gettingStarted.name'), 'i') }).first();
      if ((await view.getAttribute('aria-expanded')) !== 'true') {
        await view.click({ timeout: 10000 });
      }
      await page.locator('.welcome-view-content a, .welcome-view-content .monaco-button', { hasText: ui.manifest('viewsWelcome.gettingStarted').split('[')[1]?.split(']')[0] ?? '' }).first().click({ timeout: 10000 });
      const walkthrough = page.locator('.gettingStartedContainer');
      await walkthrough.locator('.getting-started-category h2, .gettingStartedSlideDetails h2', { hasText: ui.manifest('walkthrough.title') }).first().waitFor({ timeout: 20000 });
      const steps = await walkthrough.locator('.getting-started-step').count();
      if (steps !== 6) {
        throw new Error(`expected 6 walkthrough steps, found ${steps}`);
      }
      await page.waitForTimeout(500);
      await page.screenshot({ path: shot('walkthrough') });
    });

    await check('the answer panel is restored after a window reload (serializer)', async () => {
      await page.locator('.tab', { hasText: tabText }).first().click();
      await page.waitForTimeout(1200); // the webview state and open editors are saved on change
      await page.reload();
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      // VS Code restores a hidden webview only when its tab is shown, so show it.
      await page.locator('.tab', { hasText: tabText }).first().click({ timeout: 30000 });
      await findAnswerFrame(page, title, 45000);
    });
  } finally {
    await context.close();
  }
  return results;
}

/**
 * Finds text of the wrong language in parts of the UI that hold no content body. In English every
 * title and category name has an English form, so any Chinese character is a leftover; in Chinese,
 * a leftover is one of our English messages (long enough not to be a word inside a title).
 */
function untranslatedFinder(extensionPath: string, language: string): (text: string) => string[] {
  if (language === 'en') {
    return (text) => [...text.matchAll(/[^\n]{0,20}[\u3400-\u9fff]+[^\n]{0,20}/g)].map((m) => m[0]);
  }
  const english = JSON.parse(readFileSync(join(extensionPath, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  const translated = JSON.parse(readFileSync(join(extensionPath, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
  const messages = Object.keys(english).flatMap((m) =>
    m.split(/\{[^}]*\}/).filter((part) => part.trim().length >= 6 && /[A-Za-z]{3}/.test(part) && translated[m] !== m && !translated[m]?.includes(part.trim())).map((part) => part.trim()),
  );
  return (text) => messages.filter((m) => text.includes(m));
}

/** Through the command palette, as a user would; the settings file is not watched in time. */
async function setColorTheme(page: Page, theme: string): Promise<void> {
  await quickInput(page, '>Preferences: Color Theme');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Preferences: Color Theme/ }).first().click({ timeout: 5000 });
  await page.locator('.quick-input-widget .quick-input-box input').fill(theme);
  // Rows read "Dark Modern  Default Dark Modern": the filter puts the match first and selects it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor({ timeout: 5000 });
  await page.keyboard.press('Enter');
}

/** Runs one of our commands from the palette by its label ("Python Interview: Start Quiz"). */
async function runCommand(page: Page, label: string): Promise<void> {
  await quickInput(page, `>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label.slice(label.indexOf(': ') + 2) }).first().click({ timeout: 5000 });
}

/**
 * Opens quick input and types `text`. Focus first moves to the sidebar title, because a focused
 * webview keeps F1 to itself.
 */
async function quickInput(page: Page, text: string): Promise<void> {
  // Click the title text at the left edge: the middle holds the view's action buttons.
  await page.locator('.sidebar .composite.title').first().click({ timeout: 5000, position: { x: 8, y: 8 } });
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 5000 });
  await input.fill(text);
}

function themeClass(file: string): string {
  return file === 'dark' ? 'vs-dark' : file === 'light' ? 'vs' : 'hc-black';
}

function treeRow(page: Page, label: string): ReturnType<Page['locator']> {
  return page.locator('.monaco-list-row', { hasText: label }).first();
}

/** The first webview frame where `probe` (run in the page) returns something. */
async function findFrame(page: Page, probe: () => string | null, timeoutMs: number): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const found = await frame.evaluate(probe).catch(() => null);
      if (found) {
        return frame;
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error('no webview frame matched');
}

/** Webviews are nested iframes; find the one whose page shows `title` as its heading. */
async function findAnswerFrame(page: Page, title: string, timeoutMs: number): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const heading = await frame.evaluate(() => document.querySelector('#header h1')?.textContent ?? null).catch(() => null);
      if (heading === title) {
        return frame;
      }
    }
    await page.waitForTimeout(250);
  }
  say(`frames: ${page.frames().map((f) => f.url().slice(0, 80)).join(' | ')}`);
  throw new Error(`no webview shows the heading "${title}"`);
}
