import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatMessage, resetTranslator, setTranslator } from '../../../src/model/l10n';

/** The repository root: the nearest folder above this file that holds l10n/. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'l10n', 'bundle.l10n.json')) && existsSync(join(dir, 'package.json'))) {
      return dir;
    }
  }
  throw new Error(`no l10n/bundle.l10n.json above ${from}`);
}

export function readBundle(language: string): Record<string, string> {
  const file = language === 'en' ? 'bundle.l10n.json' : `bundle.l10n.${language}.json`;
  return JSON.parse(readFileSync(join(repoRoot(), 'l10n', file), 'utf8')) as Record<string, string>;
}

/**
 * Translates as the extension does under VS Code's display language `language`: the shipped
 * bundle looked up by message, then formatted. Call resetTranslator() (or useLanguage's
 * afterEach) to go back to English.
 */
export function installBundle(language: string): void {
  const bundle = readBundle(language);
  setTranslator((message, args) => formatMessage(bundle[message] ?? message, args), language);
}

/** Runs the enclosing describe block's tests in `language`. */
export function useLanguage(language: string): void {
  beforeEach(() => installBundle(language));
  afterEach(resetTranslator);
}
