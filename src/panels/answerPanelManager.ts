import * as vscode from 'vscode';
import type { LazyCatalog } from '../model/catalogLoader';
import type { IdList } from '../model/userLists';
import type { CodeInserter } from '../editor/codeInserter';
import { parseAnswerState } from '../shared/answerMessages';
import { AnswerPanel } from './answerPanel';
import { ANSWER_VIEW_TYPE } from './viewTypes';
import type { AnswerPanelHost, AnswerStudy, RenderedEvent } from './answerPanel';
import { webviewPageOptions } from './webviewOptions';

/**
 * Stand-in while a caller passes no progress service: every card reads as new and answers are
 * not kept. Lets the panel work, and the build pass, before the progress service is wired in.
 */
const UNTRACKED: AnswerStudy = {
  status: () => 'new',
  recordAnswer: () => Promise.resolve(),
};

export interface ShowOptions {
  preserveFocus?: boolean;
}

/**
 * Creates, reuses and restores answer panels. With `pyInterview.answer.reusePanel` one panel is
 * updated in place (like the Markdown preview); otherwise each question gets its own.
 */
export class AnswerPanelManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly panels = new Set<AnswerPanel>();
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedEvent>();
  private lastActive: AnswerPanel | undefined;
  private readonly host: AnswerPanelHost;

  /** Fires each time a webview reports that it has rendered a question. */
  readonly onDidRender = this.renderedEmitter.event;

  private readonly bookmarkSubscription: { dispose(): void };

  constructor(
    private readonly extensionUri: vscode.Uri,
    catalog: LazyCatalog,
    inserter: CodeInserter,
    private readonly reusePanel: () => boolean,
    lists: { bookmarks: IdList; recent: IdList },
    study: AnswerStudy = UNTRACKED,
  ) {
    this.bookmarkSubscription = lists.bookmarks.onDidChange(() => this.refreshAll());
    this.host = {
      catalog,
      bookmarks: lists.bookmarks,
      inserter,
      study,
      openFrom: (from, id) => void (this.reusePanel() ? this.showIn(from, id, false) : this.show(id)),
      rendered: (e) => {
        void lists.recent.touch(e.id);
        this.renderedEmitter.fire(e);
      },
      disposed: (p) => {
        this.panels.delete(p);
        if (this.lastActive === p) {
          this.lastActive = undefined;
        }
      },
    };
  }

  /** Question of the focused answer panel, else of the last one focused. */
  activeQuestionId(): string | undefined {
    const focused = [...this.panels].find((p) => p.panel.active);
    return (focused ?? this.lastActive)?.id;
  }

  /** Re-sends every open question, e.g. after study progress changed its status badge. */
  refreshAll(): void {
    this.panels.forEach((p) => void p.refresh());
  }

  openPanels(): readonly AnswerPanel[] {
    return [...this.panels];
  }

  async show(id: string, options: ShowOptions = {}): Promise<AnswerPanel> {
    const preserveFocus = options.preserveFocus ?? false;
    const existing = [...this.panels].find((p) => p.id === id);
    if (existing) {
      existing.reveal(preserveFocus);
      return existing;
    }
    if (this.reusePanel()) {
      const reuse = this.lastActive ?? [...this.panels].at(-1);
      if (reuse) {
        await this.showIn(reuse, id, preserveFocus);
        return reuse;
      }
    }
    const panel = vscode.window.createWebviewPanel(ANSWER_VIEW_TYPE, id, { viewColumn: vscode.ViewColumn.Active, preserveFocus }, webviewPageOptions(this.extensionUri));
    const answer = this.adopt(panel);
    await answer.show(id);
    return answer;
  }

  /** Called by VS Code after a reload for each answer panel that was open. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const answer = this.adopt(panel);
    const saved = parseAnswerState(state);
    if (saved) {
      await answer.show(saved.id);
    } else {
      panel.dispose(); // nothing to restore: an empty panel would only confuse
    }
  }

  private async showIn(panel: AnswerPanel, id: string, preserveFocus: boolean): Promise<void> {
    await panel.show(id);
    panel.reveal(preserveFocus);
  }

  private adopt(panel: vscode.WebviewPanel): AnswerPanel {
    const answer = new AnswerPanel(panel, this.extensionUri, this.host);
    this.panels.add(answer);
    this.lastActive = answer;
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) {
        this.lastActive = answer;
      }
    });
    return answer;
  }

  dispose(): void {
    this.bookmarkSubscription.dispose();
    for (const p of [...this.panels]) {
      p.panel.dispose();
    }
    this.renderedEmitter.dispose();
  }
}
