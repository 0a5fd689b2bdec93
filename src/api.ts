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
  /** Study views, observed and driven the way their webviews do it. */
  readonly study: {
    /** The due-count status bar item's text, e.g. `$(mortar-board) 3`. */
    statusBarText(): string;
    /** Resolves when the review page next reports the card it shows (undefined: the empty state). */
    nextReviewCard(): Promise<{ id: string | undefined }>;
    /** Feeds a message into the review panel through the path its webview's messages take. */
    reviewMessage(raw: unknown): Promise<void>;
    /** Resolves when the stats page next reports it has drawn its data. */
    nextStatsRender(): Promise<void>;
  };
}
