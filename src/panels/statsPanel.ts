import * as vscode from 'vscode';
import { STATS_VIEW_TYPE } from './viewTypes';
import { CommandIds } from '../commands/ids';
import type { LazyCatalog } from '../model/catalogLoader';
import { uiLanguage } from '../model/l10n';
import type { ProgressService } from '../quiz/progressService';
import { fill, parseStatsMessage } from '../shared/statsMessages';
import type { HostToStats, StatsData } from '../shared/statsMessages';
import { buildStatsData } from './statsData';
import { statsStrings } from './statsStrings';
import { attr, buildWebviewHtml, makeNonce } from './webviewHtml';
import { baseStyles, webviewAssets, webviewPageOptions } from './webviewOptions';


/** The only commands the dashboard ever asks the host to run. */
export const STATS_COMMANDS = {
  openAnswer: CommandIds.openAnswer,
  startQuiz: CommandIds.startQuiz,
  reviewDue: CommandIds.reviewDue,
} as const;

export type StatsCommand = (typeof STATS_COMMANDS)[keyof typeof STATS_COMMANDS];

export interface StatsRenderedEvent {
  /** The data the page drew (the posting its 'rendered' reply names). */
  data: StatsData;
}

/** Postings kept for matching 'rendered' replies; older ones were superseded anyway. */
const KEEP_POSTED = 8;

/**
 * The stats dashboard: at most one panel, restored after a reload, re-sent whenever progress
 * changes while it is open. The webview only names what was clicked; the host checks the id
 * against the catalog and runs one of STATS_COMMANDS through `run`.
 */
export class StatsPanel implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  /** Progress changed while the panel was hidden: send fresh data once it shows again. */
  private stale = false;
  private seq = 0;
  private readonly posted = new Map<number, StatsData>();
  private readonly renderedEmitter = new vscode.EventEmitter<StatsRenderedEvent>();
  private readonly progressSubscription: vscode.Disposable;

  /** Fires each time the page reports it has drawn a posting. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly catalog: LazyCatalog,
    private readonly progress: ProgressService,
    private readonly run: (command: StatsCommand, ...args: unknown[]) => void,
  ) {
    this.progressSubscription = progress.onDidChange(() => void this.refresh());
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(STATS_VIEW_TYPE, statsStrings().title, vscode.ViewColumn.Active, webviewPageOptions(this.extensionUri)));
  }

  /** Called by VS Code after a reload for a dashboard that was open; its data is rebuilt fresh. */
  deserializeWebviewPanel(panel: vscode.WebviewPanel, _state: unknown): Promise<void> {
    if (this.panel) {
      panel.dispose(); // one dashboard at a time
    } else {
      this.adopt(panel);
    }
    return Promise.resolve();
  }

  /** The one path for messages from the page (tests drive the panel through it too). */
  async handle(raw: unknown): Promise<void> {
    const msg = parseStatsMessage(raw);
    if (!msg) {
      return; // not ours or malformed: ignored on purpose
    }
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.stale = false;
        await this.post();
        break;
      case 'rendered': {
        const data = this.posted.get(msg.seq);
        if (data) {
          this.renderedEmitter.fire({ data });
        }
        break;
      }
      case 'open':
        if ((await this.catalog.get()).question(msg.id)) {
          this.run(STATS_COMMANDS.openAnswer, msg.id);
        }
        break;
      case 'quizCategory':
        if ((await this.catalog.get()).category(msg.category)) {
          this.run(STATS_COMMANDS.startQuiz, { category: msg.category });
        }
        break;
      case 'startQuiz':
        this.run(STATS_COMMANDS.startQuiz);
        break;
      case 'reviewDue':
        this.run(STATS_COMMANDS.reviewDue);
        break;
    }
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.title = statsStrings().title;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'stats.svg');
    panel.webview.options = webviewPageOptions(this.extensionUri);
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((raw) => void this.handle(raw)),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && this.stale) {
          void this.refresh();
        }
      }),
      panel.onDidDispose(() => this.forget(panel)),
    );
  }

  private forget(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) {
      return;
    }
    this.panel = undefined;
    this.ready = false;
    this.posted.clear();
    for (const d of this.panelDisposables.splice(0)) {
      d.dispose();
    }
  }

  private html(webview: vscode.Webview): string {
    const asset = webviewAssets(webview, this.extensionUri);
    const s = statsStrings();
    return buildWebviewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('dist', 'webview', 'stats.js'),
      styleUris: [...baseStyles(asset), asset('media', 'stats.css')],
      lang: uiLanguage(),
      title: s.title,
      body: `<main id="stats"><p class="loading">${attr(s.loading)}</p></main>`,
    });
  }

  /** Re-sends the data after a progress change; a hidden page gets it when it shows again. */
  private async refresh(): Promise<void> {
    if (!this.panel || !this.ready) {
      return;
    }
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    await this.post();
  }

  private async post(): Promise<void> {
    const panel = this.panel;
    if (!panel) {
      return;
    }
    const strings = statsStrings();
    let message: HostToStats;
    try {
      const [catalog, store] = await Promise.all([this.catalog.get(), this.progress.store()]);
      const now = this.progress.now();
      const data = buildStatsData(catalog, store.current, now, new Date(now).getTimezoneOffset());
      const seq = ++this.seq;
      this.posted.set(seq, data);
      this.posted.delete(seq - KEEP_POSTED);
      message = { type: 'data', seq, data, strings };
    } catch (err) {
      // The page drops longer text as malformed.
      message = { type: 'error', message: fill(strings.loadFailed, { error: err instanceof Error ? err.message : String(err) }).slice(0, 900) };
    }
    if (this.panel === panel) {
      await panel.webview.postMessage(message);
    }
  }

  dispose(): void {
    this.progressSubscription.dispose();
    this.panel?.dispose();
    this.renderedEmitter.dispose();
  }
}
