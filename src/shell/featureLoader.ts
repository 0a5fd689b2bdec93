import * as vscode from 'vscode';
import type { Core } from '../core';
import type { Features } from '../features';

/**
 * Loads the two bundles behind activation, each once: the core (dist/core.js: catalog,
 * progress, tree, status bar) for the tree and the status bar, and the features
 * (dist/features.js) on top of it for everything else.
 *
 * It also holds the command ids until the features load. Each contributed command gets a
 * placeholder at activation (VS Code reports "command not found" for an id nobody registered,
 * even in an active extension); the first call of any placeholder loads the features, which
 * register the real commands, and the call goes on to the real one.
 */
export class FeatureLoader implements vscode.Disposable {
  private loadedCore: Core | undefined;
  private loaded: Features | undefined;
  private failure: Error | undefined;
  private placeholders: vscode.Disposable[];

  constructor(
    commandIds: readonly string[],
    private readonly createCore: () => Core,
    private readonly createFeatures: (core: Core) => Features,
  ) {
    this.placeholders = commandIds.map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => this.forward(id, args)));
  }

  /** The core, loaded now if it has not been. */
  core(): Core {
    this.loadedCore ??= this.attempt(this.createCore);
    return this.loadedCore;
  }

  /** The features (and the core under them), loaded now if they have not been. */
  get(): Features {
    if (!this.loaded) {
      const core = this.core();
      // the ids must be free before the real commands are registered under them
      this.disposePlaceholders();
      this.loaded = this.attempt(() => this.createFeatures(core));
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

  /** A failed load is reported to every later caller and not tried again (it may have registered half). */
  private attempt<T>(create: () => T): T {
    if (this.failure) {
      throw this.failure;
    }
    try {
      return create();
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
      throw this.failure;
    }
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
