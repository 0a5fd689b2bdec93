import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, readContent } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/&nbsp;/g, ' '); // appendText keeps spaces as &nbsp;
}

describe('hover tips', () => {
  after(closeAllEditors);

  it('shows the entry title and an Open answer link on keywords in a Python file', async () => {
    const { extension } = await activateExtension();
    const bundle = readContent(extension);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(folder.uri.fsPath, 'decorators.py')));
    await vscode.window.showTextDocument(doc);
    const lines = doc.getText().split('\n');
    const at = (needle: string, offset = 1): vscode.Position => {
      const line = lines.findIndex((l) => l.includes(needle));
      assert.ok(line >= 0, needle);
      return new vscode.Position(line, lines[line].indexOf(needle) + offset);
    };
    const expectTitle = (id: string): string => bundle.questions.find((q) => q.id === id)?.title ?? `?${id}`;

    const yieldHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('yield n')));
    assert.ok(yieldHover.includes(expectTitle('python-generator')), yieldHover);
    assert.match(yieldHover, /command:pyInterview\.openAnswer\?/);

    const wrapsHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('@functools.wraps(', 12)));
    assert.ok(wrapsHover.includes(expectTitle('python-functools')) || wrapsHover.includes(expectTitle('python-decorator')), wrapsHover);

    const newHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('__new__', 2)));
    assert.ok(newHover.includes(expectTitle('python-new-vs-init')) || newHover.includes(expectTitle('python-singleton')), newHover);

    const plain = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('"calling')));
    assert.ok(!plain.includes('打开答案'), 'no hint inside a string');
  });
});
