import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/commands/ids';
import { activateExtension, closeAllEditors, eventually, expected, nextRender, readContent } from './helpers';

interface ManifestCommand {
  command: string;
}

describe('foundation: manifest, tree and answer panel in a real VS Code', () => {
  after(closeAllEditors);

  it('activates and returns its API', async () => {
    const { api, extension } = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.equal(typeof api.onDidRenderAnswer, 'function');
  });

  it('registers every command declared in package.json, and declares every command id in code', async () => {
    const { extension } = await activateExtension();
    const declared = (extension.packageJSON as { contributes: { commands: ManifestCommand[] } }).contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of declared) {
      assert.ok(registered.has(id), `${id} is declared but not registered`);
    }
    assert.deepEqual([...declared].sort(), Object.values(CommandIds).sort());
  });

  it('shows every non-empty category and its questions in content order, named in the UI language', async () => {
    const { api, extension } = await activateExtension();
    const bundle = readContent(extension);
    const ui = expected(extension);
    const roots = (await api.topics.getChildren()) ?? [];
    const rootItems = await Promise.all(roots.map((n) => Promise.resolve(api.topics.getTreeItem(n))));
    const expectedCategories = [...bundle.categories]
      .sort((a, b) => a.order - b.order)
      .filter((c) => bundle.questions.some((q) => q.category === c.id));
    assert.deepEqual(rootItems.map((i) => i.label), expectedCategories.map((c) => ui.category(c)));
    for (const [i, node] of roots.entries()) {
      const children = (await api.topics.getChildren(node)) ?? [];
      const labels = (await Promise.all(children.map((n) => Promise.resolve(api.topics.getTreeItem(n))))).map((t) => t.label);
      const expected = bundle.questions
        .filter((q) => q.category === expectedCategories[i].id)
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
        .map((q) => ui.title(q));
      assert.deepEqual(labels, expected, `children of ${expectedCategories[i].id}`);
      const count = expected.length === 1 ? ui.t('1 question') : ui.t('{0} questions', expected.length);
      assert.ok(String(rootItems[i].description).startsWith(count), String(rootItems[i].description));
    }
  });

  it('opens an answer panel that renders the question title', async () => {
    const { api, extension } = await activateExtension();
    const q = readContent(extension).questions.find((x) => x.id === 'python-decorator') ?? readContent(extension).questions[0];
    const rendered = nextRender(api, q.id);
    await vscode.commands.executeCommand(CommandIds.openAnswer, q.id);
    assert.equal((await rendered).title, expected(extension).title(q));
    assert.ok(api.openAnswerIds().includes(q.id));
  });

  it('reuses the panel for the next question by default', async () => {
    const { api, extension } = await activateExtension();
    const [a, b] = readContent(extension).questions;
    const first = nextRender(api, a.id);
    await vscode.commands.executeCommand(CommandIds.openAnswer, a.id);
    await first;
    const second = nextRender(api, b.id);
    await vscode.commands.executeCommand(CommandIds.openAnswer, b.id);
    assert.equal((await second).title, expected(extension).title(b));
    assert.deepEqual(api.openAnswerIds(), [b.id]);
  });

  it('opens one panel per question when answer.reusePanel is false', async () => {
    const { api, extension } = await activateExtension();
    const config = vscode.workspace.getConfiguration('pyInterview');
    await config.update('answer.reusePanel', false, vscode.ConfigurationTarget.Global);
    try {
      await closeAllEditors();
      const [a, b] = readContent(extension).questions;
      const first = nextRender(api, a.id);
      await vscode.commands.executeCommand(CommandIds.openAnswer, a.id);
      await first;
      const second = nextRender(api, b.id);
      await vscode.commands.executeCommand(CommandIds.openAnswer, b.id);
      await second;
      assert.deepEqual([...api.openAnswerIds()].sort(), [a.id, b.id].sort());
    } finally {
      await config.update('answer.reusePanel', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditors();
    }
  });

  it('inserts a code block at the cursor of the last used editor', async () => {
    const { extension } = await activateExtension();
    const q = readContent(extension).questions.find((x) => x.blocks.some((b) => b.mode === 'run'));
    assert.ok(q, 'no entry with a runnable block');
    const block = q.blocks.find((b) => b.mode === 'run');
    assert.ok(block);
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: '# before\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.lineCount - 1, 0, doc.lineCount - 1, 0);
    const ok = await vscode.commands.executeCommand<boolean>(CommandIds.insertCodeBlock, q.id, block.index);
    assert.equal(ok, true);
    const text = await eventually(() => (doc.getText().includes(block.code) ? doc.getText() : undefined), 'inserted code');
    assert.ok(text.startsWith('# before\n'));
  });

  it('opens an untitled document in the block language when no editor is open', async () => {
    const { extension } = await activateExtension();
    await closeAllEditors();
    const q = readContent(extension).questions.find((x) => x.blocks.some((b) => b.lang === 'python' && b.mode === 'run'));
    assert.ok(q);
    const block = q.blocks.find((b) => b.lang === 'python' && b.mode === 'run');
    assert.ok(block);
    await vscode.commands.executeCommand(CommandIds.insertCodeBlock, q.id, block.index);
    const editor = await eventually(() => vscode.window.activeTextEditor, 'an editor');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'python');
    assert.equal(editor.document.getText(), block.code.endsWith('\n') ? block.code : `${block.code}\n`);
  });

  it('reveals the shown question in the tree', async () => {
    const { api, extension } = await activateExtension();
    const q = readContent(extension).questions[0];
    const rendered = nextRender(api, q.id);
    await vscode.commands.executeCommand(CommandIds.openAnswer, q.id);
    await rendered;
    await vscode.commands.executeCommand(CommandIds.revealInTree, q.id);
    const selected = await eventually(() => api.topicsView.selection[0], 'a selection in the tree');
    const item = await api.topics.getTreeItem(selected);
    assert.equal(item.id, `question:${q.id}`);
    assert.equal(api.topicsView.visible, true);
  });
});
