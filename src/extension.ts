// Composition root of activation, which registers what VS Code must find from the start and
// nothing else: the topics view, a placeholder for every command, and stand-ins for the hover,
// the panel serializers and the URI handler. The features themselves are a second bundle
// (dist/features.js, built from src/features.ts) that the first use of any of these loads, or
// the status bar's due count a moment after startup. No content is read here.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
import { CommandIds } from './commands/ids';
import type * as FeaturesModule from './features';
import type { Features } from './features';
import { registerKeywordHovers } from './hover/hoverRegistration';
import { PANEL_VIEW_TYPES } from './panels/viewTypes';
import { DeferredTreeProvider, deferredHoverProvider, deferredSerializer, deferredUriHandler } from './shell/deferredProviders';
import { FeatureLoader } from './shell/featureLoader';

/** The status bar's due count and the daily question need the features; they can wait this long. */
const STARTUP_LOAD_DELAY_MS = 1000;

export function activate(context: vscode.ExtensionContext): PyInterviewApi {
  // A second bundle on purpose (src/build/build.mjs), required on first use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would bundle it here
  const features = (): typeof FeaturesModule => require('./features.js') as typeof FeaturesModule;
  const loader = new FeatureLoader(Object.values(CommandIds), () => features().createFeatures(context, topicsView));
  const load = (): Features => loader.get();
  const topics = new DeferredTreeProvider(load);
  const topicsView = vscode.window.createTreeView('pyInterview.topics', { treeDataProvider: topics, showCollapseAll: true });
  const startup = setTimeout(() => {
    try {
      load();
    } catch (err) {
      // the next command, view or hover that needs the features reports the same failure
      console.error('Python Interview Coach could not load its features:', err);
    }
  }, STARTUP_LOAD_DELAY_MS);
  context.subscriptions.push(
    { dispose: () => clearTimeout(startup) },
    loader,
    topics,
    topicsView,
    ...PANEL_VIEW_TYPES.map((type) => vscode.window.registerWebviewPanelSerializer(type, deferredSerializer(load, type))),
    vscode.window.registerUriHandler(deferredUriHandler(load)),
    registerKeywordHovers(deferredHoverProvider(load)),
  );

  return {
    topics,
    topicsView,
    onDidRenderAnswer: (listener, thisArg, disposables) => load().api.onDidRenderAnswer(listener, thisArg, disposables),
    openAnswerIds: () => loader.peek()?.api.openAnswerIds() ?? [],
    get study() {
      return load().api.study;
    },
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
