import * as vscode from 'vscode';
import { vscodeLanguageId } from '../model/languages';

/**
 * Puts example code into an editor. While a webview has focus VS Code reports no active text
 * editor, so the last one the user was in is remembered and used instead.
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

  /** Inserts at the cursor of the last used editor, or opens an untitled document of the code's language. */
  async insert(code: string, fenceLang: string): Promise<vscode.TextEditor> {
    const last = this.targetEditor();
    const text = code.endsWith('\n') ? code : `${code}\n`;
    if (last) {
      // The editor may sit behind the answer panel's tab: bring it back, then insert where its
      // cursor was. A hidden editor object is stale, hence the fresh one from showTextDocument.
      const selections = last.selections;
      const editor = await vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, preserveFocus: false });
      // appendText escapes `$`, `}` and `\`, so example code is inserted literally.
      await editor.insertSnippet(new vscode.SnippetString().appendText(text), selections);
      return editor;
    }
    const language = await this.knownLanguage(vscodeLanguageId(fenceLang));
    const doc = await vscode.workspace.openTextDocument({ language, content: text });
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
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
