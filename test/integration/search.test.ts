import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/commands/ids';
import { activateExtension, closeAllEditors, eventually, expected, nextRender, readContent } from './helpers';

async function labels(nodes: readonly unknown[], get: (n: unknown) => vscode.TreeItem | Thenable<vscode.TreeItem>): Promise<string[]> {
  return (await Promise.all(nodes.map((n) => Promise.resolve(get(n))))).map((i) => (typeof i.label === 'string' ? i.label : (i.label?.label ?? '')));
}

describe('search, filters, random question and bookmarks', () => {
  after(async () => {
    await vscode.commands.executeCommand(CommandIds.clearFilter);
    await closeAllEditors();
  });

  it('search with a query typed the way an interviewer asks opens the expected answer', async () => {
    const { api, extension } = await activateExtension();
    const gil = readContent(extension).questions.find((q) => q.id === 'python-gil');
    assert.ok(gil);
    const rendered = nextRender(api, gil.id);
    // resolves once the QuickPick shows the index's results; then Enter on the first one
    await vscode.commands.executeCommand(CommandIds.searchQuestions, '多线程为什么不能利用多核');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await rendered).title, expected(extension).title(gil));
  });

  it('filter narrows the tree to matching questions, shows what is applied, and clear restores it', async () => {
    const { api, extension } = await activateExtension();
    const bundle = readContent(extension);
    const ui = expected(extension);
    const groups = [ui.t('Recently Viewed'), ui.t('Bookmarks')];
    const before = await labels((await api.topics.getChildren()) ?? [], (n) => api.topics.getTreeItem(n));
    await vscode.commands.executeCommand(CommandIds.filterTree, { text: '单例' });
    const roots = (await api.topics.getChildren()) ?? [];
    const children = (await Promise.all(roots.map(async (r) => (await api.topics.getChildren(r)) ?? []))).flat();
    const titles = await labels(children, (n) => api.topics.getTreeItem(n));
    const singleton = bundle.questions.find((q) => q.id === 'python-singleton');
    assert.ok(singleton);
    assert.ok(titles.includes(ui.title(singleton)), titles.join(', '));
    assert.ok(titles.length < bundle.questions.length);
    const applied = ui.t('“{0}”', '单例');
    const message = api.topicsView.message ?? '';
    assert.ok(ui.pattern('Filtered: {0} ({1} questions)', applied, /\d+/).test(message) || ui.pattern('Filtered: {0} (1 question)', applied).test(message), message);

    await vscode.commands.executeCommand(CommandIds.filterTree, { frequency: 3 });
    const hot = (await Promise.all(((await api.topics.getChildren()) ?? []).map(async (r) => (await api.topics.getChildren(r)) ?? []))).flat();
    assert.equal(hot.length, bundle.questions.filter((q) => q.frequency === 3).length);

    await vscode.commands.executeCommand(CommandIds.clearFilter);
    assert.equal(api.topicsView.message, undefined);
    const after = await labels((await api.topics.getChildren()) ?? [], (n) => api.topics.getTreeItem(n));
    assert.deepEqual(after.filter((l) => !groups.includes(l)), before.filter((l) => !groups.includes(l)));
  });

  it('a bookmarked question appears in the Bookmarks group at the top, in the order added', async () => {
    const { api, extension } = await activateExtension();
    const ui = expected(extension);
    const [a, b] = readContent(extension).questions;
    await vscode.commands.executeCommand(CommandIds.addBookmark, b.id);
    await vscode.commands.executeCommand(CommandIds.addBookmark, a.id);
    try {
      const roots = (await api.topics.getChildren()) ?? [];
      const first = await Promise.resolve(api.topics.getTreeItem(roots[0]));
      assert.equal(first.label, ui.t('Bookmarks'));
      const inGroup = await labels((await api.topics.getChildren(roots[0])) ?? [], (n) => api.topics.getTreeItem(n));
      assert.deepEqual(inGroup, [ui.title(b), ui.title(a)]);
    } finally {
      await vscode.commands.executeCommand(CommandIds.removeBookmark, a.id);
      await vscode.commands.executeCommand(CommandIds.removeBookmark, b.id);
    }
    const roots = (await api.topics.getChildren()) ?? [];
    assert.ok(!(await labels(roots, (n) => api.topics.getTreeItem(n))).includes(ui.t('Bookmarks')));
  });

  it('an opened answer shows up under Recently Viewed, newest first', async () => {
    const { api, extension } = await activateExtension();
    const ui = expected(extension);
    const q = readContent(extension).questions[2];
    const rendered = nextRender(api, q.id);
    await vscode.commands.executeCommand(CommandIds.openAnswer, q.id);
    await rendered;
    const recent = await eventually(async () => {
      for (const r of (await api.topics.getChildren()) ?? []) {
        if ((await Promise.resolve(api.topics.getTreeItem(r))).label === ui.t('Recently Viewed')) {
          return r;
        }
      }
      return undefined;
    }, 'the Recently Viewed group');
    const titles = await labels((await api.topics.getChildren(recent)) ?? [], (n) => api.topics.getTreeItem(n));
    assert.equal(titles[0], ui.title(q));
  });

  it('random question opens a frequently asked question when asked for one', async () => {
    const { api, extension } = await activateExtension();
    const hot = new Set(readContent(extension).questions.filter((q) => q.frequency === 3).map((q) => q.id));
    const id = await vscode.commands.executeCommand<string>(CommandIds.randomQuestion, { highFrequencyOnly: true });
    assert.ok(hot.has(id), id);
    await eventually(() => (api.openAnswerIds().includes(id) ? true : undefined), 'the random answer to open');
  });
});
