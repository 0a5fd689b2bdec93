import * as vscode from 'vscode';
import { CommandIds } from '../commands/ids';
import type { LazyCatalog } from '../model/catalogLoader';
import { displayTitle } from '../model/displayText';
import { t } from '../model/l10n';
import { statusLabel } from '../model/quiz/statusText';
import { hoverTarget, lookupKeyword } from '../model/keywordIndex';
import type { CardStatus } from '../model/quiz/deck';
import type { QuestionHead } from '../model/types';

const MAX_ENTRIES = 3;

const STATUS_ICON: Record<CardStatus, string> = {
  new: '$(circle-large-outline)',
  learning: '$(issue-draft)',
  due: '$(bell-dot)',
  mastered: '$(pass-filled)',
};

/** The two commands a hover link may run; nothing else is trusted. */
export const HOVER_COMMANDS = [CommandIds.openAnswer, CommandIds.startQuiz];

/** Hover markdown: title, study state, one-line answer, Open answer and Quiz me links; no raw HTML. */
export function hoverMarkdown(questions: readonly QuestionHead[], statusOf: (id: string) => CardStatus): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  questions.slice(0, MAX_ENTRIES).forEach((q, i) => {
    if (i > 0) {
      md.appendMarkdown('\n\n---\n\n');
    }
    md.appendMarkdown('$(mortar-board) **');
    md.appendText(displayTitle(q));
    md.appendMarkdown('** · ');
    const status = statusOf(q.id);
    md.appendMarkdown(`${STATUS_ICON[status]} `);
    md.appendText(statusLabel(status));
    md.appendMarkdown('\n\n');
    md.appendText(q.summary);
    const open = encodeURIComponent(JSON.stringify([q.id]));
    const quiz = encodeURIComponent(JSON.stringify([{ questionId: q.id }]));
    md.appendMarkdown(`\n\n[$(book) ${linkText(t('Open Answer'))}](command:${CommandIds.openAnswer}?${open}) · [$(mortar-board) ${linkText(t('Quiz Me'))}](command:${CommandIds.startQuiz}?${quiz})`);
  });
  return md;
}

/** A translation inside a link's brackets: brackets and backslashes escaped. */
function linkText(s: string): string {
  return s.replace(/[\\[\]]/g, '\\$&');
}

/** Interview hints on the keywords of our entries, under (not instead of) the language server's hover. */
export class KeywordHoverProvider implements vscode.HoverProvider {
  private tipShown = false;

  constructor(
    private readonly catalog: LazyCatalog,
    private readonly study: { store(): Promise<unknown>; status(id: string): CardStatus },
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const target = hoverTarget(document.lineAt(position.line).text, position.character, document.languageId);
    if (!target) {
      return undefined;
    }
    // names and one-line answers are all a hover shows: the head catalog has them
    const [catalog] = await Promise.all([this.catalog.head(), this.study.store()]);
    const hit = lookupKeyword(catalog, document.languageId, target.candidates);
    if (!hit) {
      return undefined;
    }
    const status = (id: string): CardStatus => this.study.status(id);
    const onlyUnmastered = vscode.workspace.getConfiguration('pyInterview.hover').get<boolean>('onlyUnmastered', false);
    const questions = onlyUnmastered ? hit.questions.filter((q) => status(q.id) !== 'mastered') : hit.questions;
    if (!questions.length) {
      return undefined;
    }
    if (!this.tipShown) {
      // The walkthrough's hover step completes on this context key.
      this.tipShown = true;
      void vscode.commands.executeCommand('setContext', 'pyInterview.hoverTipShown', true);
    }
    return new vscode.Hover(hoverMarkdown(questions, status), new vscode.Range(position.line, target.start, position.line, target.end));
  }
}
