import * as vscode from 'vscode';
import { CommandIds } from '../commands/ids';
import type { LazyCatalog } from '../model/catalogLoader';
import { hoverTarget, lookupKeyword } from '../model/keywordIndex';
import type { Question } from '../model/types';

const MAX_ENTRIES = 3;

/** Hover markdown: title, one-line answer and an Open answer link per entry; no raw HTML. */
export function hoverMarkdown(questions: readonly Question[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  // Only our own command may run from this hover's links.
  md.isTrusted = { enabledCommands: [CommandIds.openAnswer] };
  md.supportHtml = false;
  questions.slice(0, MAX_ENTRIES).forEach((q, i) => {
    if (i > 0) {
      md.appendMarkdown('\n\n---\n\n');
    }
    md.appendMarkdown('$(mortar-board) **');
    md.appendText(q.title);
    md.appendMarkdown('**\n\n');
    md.appendText(q.summary);
    const args = encodeURIComponent(JSON.stringify([q.id]));
    md.appendMarkdown(`\n\n[$(book) 打开答案 / Open answer](command:${CommandIds.openAnswer}?${args})`);
  });
  return md;
}

/** Interview hints on the keywords of our entries, under (not instead of) the language server's hover. */
export class KeywordHoverProvider implements vscode.HoverProvider {
  constructor(private readonly catalog: LazyCatalog) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const target = hoverTarget(document.lineAt(position.line).text, position.character, document.languageId);
    if (!target) {
      return undefined;
    }
    const hit = lookupKeyword(await this.catalog.get(), document.languageId, target.candidates);
    if (!hit) {
      return undefined;
    }
    return new vscode.Hover(hoverMarkdown(hit.questions), new vscode.Range(position.line, target.start, position.line, target.end));
  }
}

/** Registers the provider for the configured languages and follows changes of the settings. */
export function registerKeywordHovers(provider: KeywordHoverProvider): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const apply = (): void => {
    registration?.dispose();
    registration = undefined;
    const config = vscode.workspace.getConfiguration('pyInterview.hover');
    if (!config.get<boolean>('enabled', true)) {
      return;
    }
    const languages = config.get<string[]>('languages', ['python', 'nginx', 'dockerfile', 'sql']);
    registration = vscode.languages.registerHoverProvider(
      languages.map((language) => ({ language })),
      provider,
    );
  };
  apply();
  const watcher = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('pyInterview.hover')) {
      apply();
    }
  });
  return {
    dispose: () => {
      watcher.dispose();
      registration?.dispose();
    },
  };
}
