import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/commands/ids';
import { activateExtension, closeAllEditors, expected, readContent } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/&nbsp;/g, ' ') // appendText keeps spaces as &nbsp;
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>$])/g, '$1'); // and escapes markdown punctuation
}

describe('hover tips', () => {
  after(closeAllEditors);

  it('shows the entry title and an Open answer link on keywords in a Python file', async () => {
    const { extension } = await activateExtension();
    const bundle = readContent(extension);
    const ui = expected(extension);
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
    const expectTitle = (id: string): string => {
      const q = bundle.questions.find((x) => x.id === id);
      return q ? ui.title(q) : `?${id}`;
    };

    const yieldHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('yield n')));
    assert.ok(yieldHover.includes(expectTitle('python-generator')), yieldHover);
    assert.match(yieldHover, /command:pyInterview\.openAnswer\?/);

    const wrapsHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('@functools.wraps(', 12)));
    assert.ok(wrapsHover.includes(expectTitle('python-functools')) || wrapsHover.includes(expectTitle('python-decorator')), wrapsHover);

    const newHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('__new__', 2)));
    assert.ok(newHover.includes(expectTitle('python-new-vs-init')) || newHover.includes(expectTitle('python-singleton')), newHover);

    const plain = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('"calling')));
    assert.ok(!plain.includes(ui.t('Open Answer')), 'no hint inside a string');
  });

  it('shows the study state and a Quiz me link; trusts only its two commands; can hide mastered entries', async () => {
    const { extension } = await activateExtension();
    const ui = expected(extension);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(folder.uri.fsPath, 'decorators.py')));
    await vscode.window.showTextDocument(doc);
    const lines = doc.getText().split('\n');
    const line = lines.findIndex((l) => l.includes('yield n'));
    const pos = new vscode.Position(line, lines[line].indexOf('yield n') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('pyInterview.startQuiz'));
    assert.ok(ours, 'a hover with a Quiz me link');
    assert.ok(hoverText([new vscode.Hover(ours)]).includes(ui.t('New')), ours.value);
    assert.match(ours.value, /command:pyInterview\.startQuiz\?/);
    assert.deepEqual(ours.isTrusted, { enabledCommands: [CommandIds.openAnswer, CommandIds.startQuiz] });

    // Master the generator entry; with onlyUnmastered on, `yield` no longer names it.
    const now = Date.now();
    const card = { due: now + 40 * 86_400_000, stability: 60, difficulty: 3, elapsedDays: 0, scheduledDays: 40, learningSteps: 0, reps: 5, lapses: 0, state: 2, lastReview: now };
    const file = join(mkdtempSync(join(tmpdir(), 'pyi-hover-')), 'mastered.json');
    writeFileSync(file, JSON.stringify({ version: 2, cards: { 'python-generator': card }, logs: {}, answers: {} }));
    await vscode.commands.executeCommand(CommandIds.importProgress, vscode.Uri.file(file));
    const config = vscode.workspace.getConfiguration('pyInterview.hover');
    try {
      assert.ok(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)).includes(ui.t('Mastered')));
      await config.update('onlyUnmastered', true, vscode.ConfigurationTarget.Global);
      const after = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      assert.ok(!after.includes(ui.t('Mastered')), after);
    } finally {
      await config.update('onlyUnmastered', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand(CommandIds.resetProgress, { confirmed: true });
    }
  });
});
