import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import { categoryName } from '../model/displayText';
import { t, uiLanguage } from '../model/l10n';
import type { ProgressService } from '../quiz/progressService';
import { parseReviewMessage } from '../shared/reviewMessages';
import type { HostToReview, ReviewToHost } from '../shared/reviewMessages';
import { buildReviewHtml } from './reviewHtml';
import { ReviewSession } from './reviewSession';
import { reviewStrings } from './reviewStrings';
import { reviewStatus, toEmptyView, toReviewAnswer, toReviewCard } from './reviewView';
import { makeNonce } from './webviewHtml';
import { baseStyles, webviewAssets, webviewPageOptions } from './webviewOptions';


export interface ReviewDeps {
  catalog: LazyCatalog;
  progress: ProgressService;
  openAnswer: (id: string) => void;
  startQuiz: () => void;
}

export interface ReviewPanelEvents {
  shown(id: string | undefined): void;
  disposed(panel: ReviewPanel): void;
}

/**
 * One review webview: owns the queue it works through and its message traffic. The answer stays
 * on this side until the page asks to reveal it, so it cannot be read early from the page.
 */
export class ReviewPanel {
  private ready = false;
  private session = new ReviewSession([]);
  /** Every action runs after the one before, so a fast double key press cannot grade twice. */
  private chain: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly deps: ReviewDeps,
    private readonly events: ReviewPanelEvents,
  ) {
    panel.webview.options = webviewPageOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'review.svg');
    panel.title = reviewStrings().panelTitle;
    panel.webview.html = this.html();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => void this.handle(raw)),
      deps.progress.onDidChange(() => void this.post({ type: 'canUndo', canUndo: deps.progress.canUndo })),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** The card on screen; undefined in the empty state. */
  get currentId(): string | undefined {
    return this.session.current;
  }

  get finished(): boolean {
    return this.session.finished;
  }

  /** Takes a fresh queue; `resumeId` (a restored panel's card) goes first if still in it. */
  start(resumeId?: string): Promise<void> {
    return this.enqueue(async () => {
      const catalog = await this.deps.catalog.get();
      this.session = new ReviewSession(await this.deps.progress.queue(catalog));
      if (resumeId) {
        this.session.resumeAt(resumeId);
      }
      await this.postCurrent();
    });
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** The one way in for messages: the webview's and an integration test's alike. */
  handle(raw: unknown): Promise<void> {
    const msg = parseReviewMessage(raw);
    if (!msg) {
      return Promise.resolve(); // not ours or malformed: ignored on purpose
    }
    if (msg.type === 'shown') {
      this.events.shown(msg.id);
      return Promise.resolve();
    }
    return this.enqueue(() => this.act(msg));
  }

  private enqueue(action: () => Promise<void>): Promise<void> {
    const run = this.chain.then(action).catch((err: unknown) => {
      void vscode.window.showErrorMessage(t('Review failed: {0}', err instanceof Error ? err.message : String(err)));
    });
    this.chain = run;
    return run;
  }

  private async act(msg: Exclude<ReviewToHost, { type: 'shown' }>): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        await this.postCurrent();
        break;
      case 'reveal':
        if (this.session.reveal(msg.id)) {
          const q = (await this.deps.catalog.get()).question(msg.id);
          if (q) {
            await this.post({ type: 'answer', answer: toReviewAnswer(q) });
          }
        }
        break;
      case 'grade':
        if (this.session.canGrade(msg.id)) {
          await this.deps.progress.grade(msg.id, msg.grade);
          this.session.advance();
          await this.refillIfDone();
          await this.postCurrent();
        }
        break;
      case 'undo': {
        const id = await this.deps.progress.undo();
        if (id) {
          this.session.back(id);
          await this.postCurrent();
        }
        break;
      }
      case 'open':
        this.deps.openAnswer(msg.id);
        break;
      case 'startQuiz':
        this.deps.startQuiz();
        break;
    }
  }

  /**
   * At the end of the queue, cards graded Again earlier may be due again by now: they come back
   * before the page says there is nothing left, as in any flashcard app.
   */
  private async refillIfDone(): Promise<void> {
    if (this.session.finished) {
      const ids = await this.deps.progress.queue(await this.deps.catalog.get());
      if (ids.length) {
        this.session = new ReviewSession(ids);
      }
    }
  }

  /** Starts over with a fresh queue if this one is used up (show() on a finished panel). */
  restartIfFinished(): Promise<void> {
    return this.enqueue(async () => {
      if (this.session.finished) {
        await this.refillIfDone();
        await this.postCurrent();
      }
    });
  }

  private async postCurrent(): Promise<void> {
    if (!this.ready) {
      return; // 'ready' will send it
    }
    const strings = reviewStrings();
    const catalog = await this.deps.catalog.get();
    const progress = this.deps.progress;
    // Content reloaded under the queue may have lost a question: skip it rather than stall.
    while (!this.session.finished && !catalog.question(this.session.current ?? '')) {
      this.session.advance();
    }
    const id = this.session.current;
    const q = id === undefined ? undefined : catalog.question(id);
    if (!q) {
      const now = progress.now();
      const empty = toEmptyView(await progress.nextDue(), await progress.streak(), now, progress.canUndo, { locale: uiLanguage() });
      await this.post({ type: 'empty', empty, strings });
      return;
    }
    const store = await progress.store();
    const category = catalog.category(q.category);
    const card = toReviewCard(q, {
      categoryName: category ? categoryName(category) : q.category,
      status: reviewStatus(store.card(q.id), progress.now()),
      choices: await progress.choices(q.id),
      remaining: this.session.remaining,
      canUndo: progress.canUndo,
    });
    await this.post(this.session.revealed ? { type: 'card', card, answer: toReviewAnswer(q), strings } : { type: 'card', card, strings });
  }

  private async post(message: HostToReview): Promise<void> {
    if (this.ready) {
      await this.panel.webview.postMessage(message);
    }
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = webviewAssets(webview, this.extensionUri);
    const strings = reviewStrings();
    return buildReviewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('dist', 'webview', 'review.js'),
      styleUris: [...baseStyles(asset), asset('media', 'answer.css'), asset('media', 'review.css')],
      lang: uiLanguage(),
      title: strings.panelTitle,
      loadingText: strings.loading,
    });
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
    this.events.disposed(this);
  }
}
