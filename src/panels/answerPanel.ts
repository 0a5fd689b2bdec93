import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { CardStatus } from '../model/quiz/deck';
import type { QuizResponse } from '../model/quiz/scoring';
import type { IdList } from '../model/userLists';
import type { HostToWebview, WebviewToHost } from '../shared/answerMessages';
import { parseWebviewMessage } from '../shared/answerMessages';
import type { CodeInserter } from '../editor/codeInserter';
import { insertCodeBlock } from '../commands/insertCodeBlock';
import { displayTitle } from '../model/displayText';
import { uiLanguage } from '../model/l10n';
import { buildAnswerHtml, makeNonce } from './answerHtml';
import { answerStrings } from './answerStrings';
import { toAnswerView } from './answerView';
import { quizReply } from './quizReply';
import { baseStyles, webviewAssets, webviewPageOptions } from './webviewOptions';


export interface RenderedEvent {
  panel: AnswerPanel;
  id: string;
  title: string;
}

/** The study progress the panel shows and feeds (ProgressService, in the extension). */
export interface AnswerStudy {
  /** May wait for the progress store to load: a badge read before then would say New for any card. */
  status(id: string): CardStatus | Promise<CardStatus>;
  recordAnswer(id: string, correct: boolean): Promise<void>;
}

export interface AnswerPanelHost {
  catalog: LazyCatalog;
  bookmarks: IdList;
  inserter: CodeInserter;
  study: AnswerStudy;
  /** A related-question link was clicked in `from`. */
  openFrom(from: AnswerPanel, id: string): void;
  rendered(event: RenderedEvent): void;
  disposed(panel: AnswerPanel): void;
}

/** One answer webview: owns its HTML, its message traffic and which question it shows. */
export class AnswerPanel {
  private ready = false;
  private questionId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Quiz items already recorded while this panel is open (`id:index`). */
  private readonly recorded = new Set<string>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly host: AnswerPanelHost,
  ) {
    panel.webview.options = webviewPageOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'answer.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => this.onMessage(parseWebviewMessage(raw))),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get id(): string | undefined {
    return this.questionId;
  }

  /** Shows `id`; before the page says ready the request is kept and sent on 'ready'. */
  async show(id: string): Promise<void> {
    this.questionId = id;
    const catalog = await this.host.catalog.get();
    const q = catalog.question(id);
    if (q) {
      this.panel.title = displayTitle(q);
    }
    if (this.ready) {
      await this.post();
    }
  }

  reveal(preserveFocus: boolean): void {
    this.panel.reveal(undefined, preserveFocus);
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = webviewAssets(webview, this.extensionUri);
    return buildAnswerHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('dist', 'webview', 'answer.js'),
      styleUris: [...baseStyles(asset), asset('media', 'answer.css')],
      lang: uiLanguage(),
      loadingText: answerStrings().loading,
    });
  }

  /** Sends the question again (after its bookmark or study state changed); no-op before 'ready'. */
  async refresh(): Promise<void> {
    if (this.ready) {
      await this.post();
    }
  }

  private async post(): Promise<void> {
    if (!this.questionId) {
      return;
    }
    const catalog = await this.host.catalog.get();
    const q = catalog.question(this.questionId);
    if (!q) {
      return;
    }
    const status = await this.host.study.status(q.id);
    const message: HostToWebview = { type: 'render', view: toAnswerView(q, catalog, this.host.bookmarks.has(q.id), status), strings: answerStrings() };
    await this.panel.webview.postMessage(message);
  }

  private onMessage(msg: WebviewToHost | undefined): void {
    if (!msg) {
      return; // not ours or malformed: ignored on purpose
    }
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        void this.post();
        break;
      case 'rendered':
        this.host.rendered({ panel: this, id: msg.id, title: msg.title });
        break;
      case 'open':
        this.host.openFrom(this, msg.id);
        break;
      case 'copy':
      case 'insert':
        void this.useBlock(msg.type, msg.id, msg.block);
        break;
      case 'toggleBookmark':
        void this.host.bookmarks.toggle(msg.id);
        break;
      case 'quizAnswer':
        void this.answerQuiz(msg.id, msg.index, msg.response);
        break;
    }
  }

  /**
   * Scores against the catalog, never against anything the page sent, and only for the question
   * this panel shows, so a page cannot record answers for other entries.
   */
  private async answerQuiz(id: string, index: number, response: QuizResponse): Promise<void> {
    if (id !== this.questionId) {
      return;
    }
    const q = (await this.host.catalog.get()).question(id);
    const result = q && quizReply(q, index, response, answerStrings());
    if (!result) {
      return;
    }
    // The verdict need not wait for the progress write.
    await this.panel.webview.postMessage({ type: 'quizResult', id, index, ...result } satisfies HostToWebview);
    // Only the first try counts: a retry after reading the explanation says little about recall.
    const key = `${id}:${index}`;
    if (!this.recorded.has(key)) {
      this.recorded.add(key);
      await this.host.study.recordAnswer(id, result.correct);
    }
  }

  /** Looks the code up in the catalog: the webview only names a block, it never supplies code. */
  private async useBlock(action: 'copy' | 'insert', id: string, index: number): Promise<void> {
    if (action === 'insert') {
      await insertCodeBlock(this.host.catalog, this.host.inserter, id, index);
      return;
    }
    const block = (await this.host.catalog.get()).question(id)?.blocks[index];
    if (block) {
      await vscode.env.clipboard.writeText(block.code);
      await this.panel.webview.postMessage({ type: 'copied', block: index } satisfies HostToWebview);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
    this.host.disposed(this);
  }
}
