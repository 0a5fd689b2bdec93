import * as vscode from 'vscode';
import { setTranslator } from './model/l10n';

/**
 * Points the model's t() at vscode.l10n. Each host bundle has its own copy of the l10n module,
 * so each calls this before it builds any UI text. VS Code loads l10n/bundle.l10n.<language>.json
 * for the display language; with no bundle for it (English, or a language we do not ship)
 * messages stay English, and so do content titles.
 */
export function useVsCodeL10n(): void {
  // passed on as a value, not called here: every call site names its message literally
  const translate = vscode.l10n.t;
  setTranslator((message, args) => translate(message, ...args), vscode.l10n.bundle ? vscode.env.language : 'en');
}
