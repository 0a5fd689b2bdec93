import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { t } from '../model/l10n';
import type { LazyCatalog } from '../model/catalogLoader';
import { toAnkiTsv } from '../model/quiz/ankiExport';
import { CommandIds } from './ids';

export const ANKI_DEFAULT_FILE = 'python-interview.txt';

export interface ExportAnkiResult {
  uri: vscode.Uri;
  notes: number;
}

/**
 * `Export to Anki…`: writes every question as an Anki import file. A Uri argument skips the save
 * dialog, which is how tests (and other extensions) run it without UI.
 */
export function registerExportAnki(catalog: LazyCatalog): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.exportAnki, async (arg?: unknown): Promise<ExportAnkiResult | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : await askTarget();
    if (!uri) {
      return undefined;
    }
    try {
      const c = await catalog.get();
      const questions = c.all();
      // TextEncoder writes UTF-8 without a byte-order mark, which Anki needs to see the `#` headers.
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toAnkiTsv(questions, c.categories)));
      void announce(uri, questions.length);
      return { uri, notes: questions.length };
    } catch (err) {
      void vscode.window.showErrorMessage(t('Export to Anki failed: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  });
}

function askTarget(): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
  return vscode.window.showSaveDialog({
    title: t('Export to Anki'),
    saveLabel: t('Export'),
    defaultUri: vscode.Uri.joinPath(folder, ANKI_DEFAULT_FILE),
    filters: { [t('Text files')]: ['txt'] },
  });
}

async function announce(uri: vscode.Uri, notes: number): Promise<void> {
  const reveal = t('Reveal in Folder');
  const where = uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
  const choice = await vscode.window.showInformationMessage(t('Exported {0} cards to {1}. In Anki, open it with File → Import.', notes, where), reveal);
  if (choice === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', uri);
  }
}
