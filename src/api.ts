import type * as vscode from 'vscode';

/**
 * Returned by activate(): lets the integration tests (and other extensions) observe what only
 * the webview knows, such as which title it actually rendered.
 */
export interface PyInterviewApi {
  readonly onDidRenderAnswer: vscode.Event<{ id: string; title: string }>;
  /** The topics tree's data provider, so tests can compare what the view shows with the content. */
  readonly topics: vscode.TreeDataProvider<unknown>;
  readonly topicsView: vscode.TreeView<unknown>;
  /** Question ids of the open answer panels. */
  openAnswerIds(): string[];
}
