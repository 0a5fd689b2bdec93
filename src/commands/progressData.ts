import * as vscode from 'vscode';
import { t } from '../model/l10n';
import type { ProgressService } from '../quiz/progressService';
import { CommandIds } from './ids';

const JSON_FILTER = { JSON: ['json'] };

function defaultFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/**
 * Export / import / reset of the study progress, and undo of the last grade. Each command takes
 * an optional argument (a file Uri; `{ confirmed: true }` for reset) so scripts and tests can
 * run it without dialogs.
 */
export function registerProgressCommands(progress: ProgressService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.exportProgress, async (arg?: unknown) => {
      const folder = defaultFolder();
      const target =
        arg instanceof vscode.Uri
          ? arg
          : await vscode.window.showSaveDialog({
              title: t('Export Progress'),
              filters: JSON_FILTER,
              defaultUri: folder ? vscode.Uri.joinPath(folder, 'python-interview-progress.json') : undefined,
            });
      if (!target) {
        return false;
      }
      await vscode.workspace.fs.writeFile(target, Buffer.from(await progress.exportJson(), 'utf8'));
      if (!(arg instanceof vscode.Uri)) {
        void vscode.window.showInformationMessage(t('Study progress exported to {0}', target.fsPath));
      }
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.importProgress, async (arg?: unknown) => {
      const source =
        arg instanceof vscode.Uri ? arg : (await vscode.window.showOpenDialog({ title: t('Import Progress'), filters: JSON_FILTER, canSelectMany: false, defaultUri: defaultFolder() }))?.[0];
      if (!source) {
        return false;
      }
      if (!(arg instanceof vscode.Uri)) {
        const importLabel = t('Import');
        const ok = await vscode.window.showWarningMessage(t('Importing replaces all of your current study progress.'), { modal: true }, importLabel);
        if (ok !== importLabel) {
          return false;
        }
      }
      try {
        await progress.importJson(Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8'));
      } catch (err) {
        void vscode.window.showErrorMessage(t('Could not import: {0}', err instanceof Error ? err.message : String(err)));
        return false;
      }
      void vscode.window.showInformationMessage(t('Study progress imported.'));
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.resetProgress, async (arg?: unknown) => {
      const confirmed = typeof arg === 'object' && arg !== null && (arg as { confirmed?: unknown }).confirmed === true;
      if (!confirmed) {
        const resetLabel = t('Reset');
        const choice = await vscode.window.showWarningMessage(
          t('Reset all study progress?'),
          { modal: true, detail: t('Every review, quiz answer and streak day is deleted, and this cannot be undone. Run “Export Progress…” first to keep a backup.') },
          resetLabel,
        );
        if (choice !== resetLabel) {
          return false;
        }
      }
      await progress.reset();
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.undoGrade, async () => {
      const id = await progress.undo();
      if (!id) {
        void vscode.window.showInformationMessage(t('There is no grade to undo.'));
      }
      return id;
    }),
  );
}
