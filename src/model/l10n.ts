// Runtime UI text without a `vscode` import, so model and quiz code (and their unit tests in plain
// node) can translate too. extension.ts hands vscode.l10n.t to setTranslator at activation; until
// then, and in unit tests, a message is its own English text with its placeholders filled.
//
// Call sites pass a string literal (`t('{0} questions', n)`), never a variable: a unit test scans
// src/ for those literals and checks both bundles hold every one of them.

export type L10nArg = string | number | boolean;
export type Translator = (message: string, args: L10nArg[]) => string;

/**
 * Fills `{0}`-style placeholders the way vscode.l10n.t does: with no arguments the text is left
 * as it is, and a placeholder without a value stays in place. That is what lets templates for the
 * webviews (`{n}`, `{count}`) pass through untouched, to be filled on the page.
 */
export function formatMessage(message: string, args: readonly L10nArg[]): string {
  if (args.length === 0) {
    return message;
  }
  return message.replace(/\{([^}]+)\}/g, (whole, key: string) => {
    const value = args[Number(key)];
    return /^\d+$/.test(key) && value !== undefined ? String(value) : whole;
  });
}

let translator: Translator = formatMessage;
let language = 'en';

/** The message in the UI language. */
export function t(message: string, ...args: L10nArg[]): string {
  return translator(message, args);
}

/**
 * `uiLanguage` is the language the messages come out in: VS Code's display language when a bundle
 * for it was loaded, else 'en'. Content titles follow it (see displayText.ts).
 */
export function setTranslator(fn: Translator, uiLanguage: string): void {
  translator = fn;
  language = uiLanguage.toLowerCase();
}

/** Back to English: for tests that switch the language. */
export function resetTranslator(): void {
  translator = formatMessage;
  language = 'en';
}

export function uiLanguage(): string {
  return language;
}
