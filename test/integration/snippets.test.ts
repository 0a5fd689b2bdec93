import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/commands/ids';
import { activateExtension, closeAllEditors, eventually } from './helpers';

describe('snippets', () => {
  after(closeAllEditors);

  it('the insert command puts a snippet into a Python editor at the cursor', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: '' });
    await vscode.window.showTextDocument(doc);
    const ok = await vscode.commands.executeCommand<boolean>(CommandIds.insertSnippet, 'iv-decorator');
    assert.equal(ok, true);
    await eventually(() => (doc.getText().includes('functools.wraps') ? true : undefined), 'the decorator snippet in the editor');
  });

  it('opens an untitled document of the snippet language when the editor language differs', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: '# python here\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(CommandIds.insertSnippet, 'iv-sql-joins');
    const editor = await eventually(() => (vscode.window.activeTextEditor?.document.languageId === 'sql' ? vscode.window.activeTextEditor : undefined), 'a SQL editor');
    assert.match(editor.document.getText(), /JOIN/i);
    assert.equal(doc.getText(), '# python here\n');
  });

  it('completion at iv- offers the contributed snippets', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'iv-deco' });
    await vscode.window.showTextDocument(doc);
    const list = await eventually(async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 7));
      return l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'iv-decorator') ? l : undefined;
    }, 'iv-decorator among the completions', 15000);
    assert.ok(list.items.length > 0);
  });
});
