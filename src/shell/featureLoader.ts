import * as vscode from 'vscode';
import type { Features } from '../features';

/**
 * Holds the command ids until the features load, then hands them over. Each contributed command
 * gets a placeholder at activation (VS Code reports "command not found" for an id nobody
 * registered, even in an active extension); the first call of any placeholder, or the first
 * request of a view or provider, loads the features, which register the real commands, and the
 * call goes on to the real one.
 */
export class FeatureLoader implements vscode.Disposable {
  private loaded: Features | undefined;
  private failure: Error | undefined;
  private placeholders: vscode.Disposable[];

  constructor(
    commandIds: readonly string[],
    private readonly create: () => Features,
  ) {
    this.placeholders = commandIds.map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => this.forward(id, args)));
  }

  /** The features, loaded now if they have not been (a synchronous require and constructors). */
  get(): Features {
    if (this.failure) {
      // a second attempt would register the commands the first one got to twice
      throw this.failure;
    }
    if (!this.loaded) {
      // the ids must be free before the real commands are registered under them
      this.disposePlaceholders();
      try {
        this.loaded = this.create();
      } catch (err) {
        this.failure = err instanceof Error ? err : new Error(String(err));
        throw this.failure;
      }
    }
    return this.loaded;
  }

  /** The features if something has already loaded them. */
  peek(): Features | undefined {
    return this.loaded;
  }

  dispose(): void {
    this.disposePlaceholders();
  }

  private forward(id: string, args: unknown[]): Thenable<unknown> {
    this.get();
    return vscode.commands.executeCommand(id, ...args);
  }

  private disposePlaceholders(): void {
    for (const p of this.placeholders) {
      p.dispose();
    }
    this.placeholders = [];
  }
}
