import * as vscode from 'vscode';
import type { StatsPanel } from '../panels/statsPanel';
import { CommandIds } from './ids';

/** Opens the stats dashboard, or brings the open one to the front. */
export function registerShowStats(stats: StatsPanel): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.showStats, () => stats.show());
}

/**
 * What the host hands a panel as its `run`: executes a command only if it is on `allowed`, so a
 * panel (and anything that reaches its message handler) can trigger nothing else.
 */
export function allowedCommandRunner<C extends string>(allowed: readonly C[], log?: vscode.LogOutputChannel): (command: C, ...args: unknown[]) => void {
  const set = new Set<string>(allowed);
  return (command, ...args) => {
    if (!set.has(command)) {
      log?.warn(`refused to run ${command}: not a command this panel may run`);
      return;
    }
    void Promise.resolve(vscode.commands.executeCommand(command, ...args)).catch((err: unknown) => log?.error(`${command} failed: ${err instanceof Error ? err.message : String(err)}`));
  };
}
