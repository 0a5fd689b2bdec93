import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { ProgressService } from '../quiz/progressService';
import { parseReviewState } from '../shared/reviewMessages';
import { ReviewPanel } from './reviewPanel';
import { REVIEW_VIEW_TYPE } from './viewTypes';
import type { ReviewDeps, ReviewPanelEvents } from './reviewPanel';
import { reviewStrings } from './reviewStrings';
import { webviewPageOptions } from './webviewOptions';

/** Keeps at most one review panel, and brings it back after a window reload. */
export class ReviewPanelManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private current: ReviewPanel | undefined;
  private readonly deps: ReviewDeps;
  private readonly events: ReviewPanelEvents;
  private readonly shownEmitter = new vscode.EventEmitter<{ id: string | undefined }>();

  /** Fires when the page has displayed a card (its id) or the empty state (id undefined). */
  readonly onDidShowCard: vscode.Event<{ id: string | undefined }> = this.shownEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    catalog: LazyCatalog,
    progress: ProgressService,
    openAnswer: (id: string) => void,
    startQuiz: () => void,
  ) {
    this.deps = { catalog, progress, openAnswer, startQuiz };
    this.events = {
      shown: (id) => this.shownEmitter.fire({ id }),
      disposed: (p) => {
        if (this.current === p) {
          this.current = undefined;
        }
      },
    };
  }

  /** The card on screen in the review panel, if one is open and not in its empty state. */
  get currentId(): string | undefined {
    return this.current?.currentId;
  }

  /** Opens the review panel, or reveals the open one (taking a fresh queue if it was used up). */
  async show(): Promise<void> {
    if (this.current) {
      this.current.reveal();
      await this.current.restartIfFinished();
      return;
    }
    const panel = vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, reviewStrings().panelTitle, vscode.ViewColumn.Active, webviewPageOptions(this.extensionUri));
    await this.adopt(panel).start();
  }

  /** Called by VS Code after a reload: rebuilds the queue, resuming on the card that was shown. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.current) {
      panel.dispose(); // one review at a time: the panel opened since wins
      return;
    }
    await this.adopt(panel).start(parseReviewState(state)?.id);
  }

  /**
   * Acts on a message as if the review page had sent it. The page's own messages take the same
   * path, so an integration test can drive the whole flow through the code the user exercises.
   */
  handle(raw: unknown): Promise<void> {
    return this.current?.handle(raw) ?? Promise.resolve();
  }

  private adopt(panel: vscode.WebviewPanel): ReviewPanel {
    this.current = new ReviewPanel(panel, this.extensionUri, this.deps, this.events);
    return this.current;
  }

  dispose(): void {
    this.current?.panel.dispose();
    this.shownEmitter.dispose();
  }
}
