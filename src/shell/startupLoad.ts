import * as vscode from 'vscode';
import type { FeatureLoader } from './featureLoader';

/** The status bar's due count (and the opt-in daily question) can wait this long after startup. */
const STARTUP_LOAD_DELAY_MS = 1000;

/**
 * A moment after activation: the core for the status bar; the features too when the daily
 * question is to be offered at startup, since they show it.
 */
export function scheduleStartupLoad(loader: FeatureLoader): vscode.Disposable {
  const timer = setTimeout(() => {
    try {
      loader.core();
      if (vscode.workspace.getConfiguration('pyInterview').get<boolean>('dailyQuestion.showAtStartup', false)) {
        loader.get();
      }
    } catch (err) {
      // the next command, view or hover that needs them reports the same failure
      console.error('Python Interview Coach could not load:', err);
    }
  }, STARTUP_LOAD_DELAY_MS);
  return { dispose: () => clearTimeout(timer) };
}
