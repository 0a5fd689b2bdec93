// Composition root of activation, which registers what VS Code must find from the start and
// nothing else: the topics view, a placeholder for every command, and stand-ins for the hover,
// the panel serializers and the URI handler. The rest is two more bundles: dist/core.js
// (src/core.ts: catalog, progress, tree, status bar), which the tree's first request or the
// status bar a moment after startup loads, and dist/features.js (src/features.ts: panels,
// quizzes, search, commands), which the first use of anything else loads. No content is read here.
import * as vscode from 'vscode';
import type { PyInterviewApi } from './api';
import { CommandIds } from './commands/ids';
import type * as CoreModule from './core';
import type * as FeaturesModule from './features';
import type { Features } from './features';
import { registerKeywordHovers } from './hover/hoverRegistration';
import { PANEL_VIEW_TYPES } from './panels/viewTypes';
import { DeferredTreeProvider, deferredHoverProvider, deferredSerializer, deferredUriHandler } from './shell/deferredProviders';
import { FeatureLoader } from './shell/featureLoader';
import { scheduleStartupLoad } from './shell/startupLoad';
import type { TopicNode } from './tree/topicNodes';

export function activate(context: vscode.ExtensionContext): PyInterviewApi {
  // Bundles of their own on purpose (src/build/build.mjs), required on first use.
  /* eslint-disable @typescript-eslint/no-require-imports -- an import would bundle them here */
  const core = (): typeof CoreModule => require('./core.js') as typeof CoreModule;
  const features = (): typeof FeaturesModule => require('./features.js') as typeof FeaturesModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const loader: FeatureLoader = new FeatureLoader(
    Object.values(CommandIds),
    () => core().createCore(context),
    (loadedCore): Features => features().createFeatures(context, topicsView, loadedCore),
  );
  const load = (): Features => loader.get();
  const topics = new DeferredTreeProvider(() => loader.core());
  const topicsView: vscode.TreeView<TopicNode> = vscode.window.createTreeView('pyInterview.topics', { treeDataProvider: topics, showCollapseAll: true });
  context.subscriptions.push(
    scheduleStartupLoad(loader),
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
