import * as vscode from 'vscode';
import { vscodeLanguageId } from '../model/languages';

/**
 * Puts example code into an editor: the answer panel's buttons, the snippet picker and command
 * links all come through here. While a webview has focus VS Code reports no active text editor,
 * so the last one the user was in is remembered and used instead.
 */
export class CodeInserter implements vscode.Disposable {
  private lastEditor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e) {
        this.lastEditor = e;
      }
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /** Inserts code literally (`$` and friends escaped). */
  insert(code: string, fenceLang: string): Promise<vscode.TextEditor> {
    const text = code.endsWith('\n') ? code : `${code}\n`;
    return this.insertSnippet(new vscode.SnippetString().appendText(text), fenceLang);
  }

  /**
   * At the cursor of the last used editor when it is in the snippet's language; otherwise (no
   * editor, or another language) in a new untitled document of that language.
   */
  async insertSnippet(snippet: vscode.SnippetString, fenceLang: string): Promise<vscode.TextEditor> {
    const language = vscodeLanguageId(fenceLang);
    const last = this.targetEditor();
    if (last && (last.document.languageId === language || language === 'plaintext')) {
      // The editor may sit behind the answer panel's tab: bring it back, then insert where its
      // cursor was. A hidden editor object is stale, hence the fresh one from showTextDocument.
      const selections = last.selections;
      const editor = await vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, preserveFocus: false });
      await editor.insertSnippet(snippet, selections);
      return editor;
    }
    const doc = await vscode.workspace.openTextDocument({ language: await this.knownLanguage(language), content: '' });
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await editor.insertSnippet(snippet);
    return editor;
  }

  private targetEditor(): vscode.TextEditor | undefined {
    const candidates = [vscode.window.activeTextEditor, this.lastEditor];
    return candidates.find((e) => e !== undefined && !e.document.isClosed);
  }

  private async knownLanguage(id: string): Promise<string> {
    const known = await vscode.languages.getLanguages();
    return known.includes(id) ? id : 'plaintext';
  }
}
