import * as vscode from 'vscode';
import type { CodeInserter } from '../editor/codeInserter';
import type { LazyCatalog } from '../model/catalogLoader';
import { CommandIds } from './ids';

/**
 * Inserts code block `block` of question `id` into the editor. The answer panel's buttons and
 * command links (hovers, walkthrough) all come through here, so insertion has one code path.
 */
export async function insertCodeBlock(catalog: LazyCatalog, inserter: CodeInserter, id: string, block: number): Promise<boolean> {
  const code = (await catalog.get()).question(id)?.blocks[block];
  if (!code || code.mode === 'output') {
    return false;
  }
  await inserter.insert(code.code, code.lang);
  return true;
}

export function registerInsertCodeBlock(catalog: LazyCatalog, inserter: CodeInserter): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.insertCodeBlock, async (id?: unknown, block?: unknown) => {
    if (typeof id !== 'string' || typeof block !== 'number') {
      return false;
    }
    return insertCodeBlock(catalog, inserter, id, block);
  });
}
