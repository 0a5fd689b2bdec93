import * as vscode from 'vscode';
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
              title: '导出学习进度',
              filters: JSON_FILTER,
              defaultUri: folder ? vscode.Uri.joinPath(folder, 'python-interview-progress.json') : undefined,
            });
      if (!target) {
        return false;
      }
      await vscode.workspace.fs.writeFile(target, Buffer.from(await progress.exportJson(), 'utf8'));
      if (!(arg instanceof vscode.Uri)) {
        void vscode.window.showInformationMessage(`学习进度已导出到 ${target.fsPath}`);
      }
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.importProgress, async (arg?: unknown) => {
      const source =
        arg instanceof vscode.Uri ? arg : (await vscode.window.showOpenDialog({ title: '导入学习进度', filters: JSON_FILTER, canSelectMany: false, defaultUri: defaultFolder() }))?.[0];
      if (!source) {
        return false;
      }
      if (!(arg instanceof vscode.Uri)) {
        const ok = await vscode.window.showWarningMessage('导入会替换当前的全部学习进度。', { modal: true }, '导入');
        if (ok !== '导入') {
          return false;
        }
      }
      try {
        await progress.importJson(Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8'));
      } catch (err) {
        void vscode.window.showErrorMessage(`无法导入:${err instanceof Error ? err.message : String(err)}`);
        return false;
      }
      void vscode.window.showInformationMessage('学习进度已导入。');
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.resetProgress, async (arg?: unknown) => {
      const confirmed = typeof arg === 'object' && arg !== null && (arg as { confirmed?: unknown }).confirmed === true;
      if (!confirmed) {
        const choice = await vscode.window.showWarningMessage(
          '清空全部学习进度?',
          { modal: true, detail: '所有卡片的复习记录、测验记录和连续天数都会被删除,无法撤销。可以先用“导出学习进度”备份。' },
          '清空',
        );
        if (choice !== '清空') {
          return false;
        }
      }
      await progress.reset();
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.undoGrade, async () => {
      const id = await progress.undo();
      if (!id) {
        void vscode.window.showInformationMessage('没有可以撤销的评分。');
      }
      return id;
    }),
  );
}
