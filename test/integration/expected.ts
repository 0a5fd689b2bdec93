// The text the extension shows, worked out the way the extension works it out: from the shipped
// l10n bundles and package.nls files for a display language. No `vscode` import, so the browser
// UI checks (plain node) use it as well as the in-host tests; assertions then hold in every locale.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryName, displayTitle } from '../../src/model/displayText';
import { formatMessage } from '../../src/model/l10n';
import type { L10nArg } from '../../src/model/l10n';
import type { Category, Question } from '../../src/model/types';

export interface Expected {
  /** The language our strings are in: the display language if we ship a bundle for it, else 'en'. */
  language: string;
  /** A runtime message (the key of l10n/bundle.l10n.json) as the UI shows it. */
  t(message: string, ...args: L10nArg[]): string;
  /** A manifest string (%key% of package.json) as the UI shows it. */
  manifest(key: string): string;
  /** "Python Interview: Start Quiz", as the command palette lists command `name`, without a trailing "…". */
  command(name: string): string;
  title(q: Pick<Question, 'title' | 'titleEn'>): string;
  category(c: Pick<Category, 'name' | 'nameEn'>): string;
  /** The translated message as a regular expression, with `{n}` replaced by the given patterns. */
  pattern(message: string, ...args: (L10nArg | RegExp)[]): RegExp;
}

function readJson(file: string): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function expectedText(extensionPath: string, displayLanguage: string): Expected {
  const requested = displayLanguage.toLowerCase();
  const bundleFile = join(extensionPath, 'l10n', `bundle.l10n.${requested}.json`);
  const language = requested !== 'en' && existsSync(bundleFile) ? requested : 'en';
  const bundle = language === 'en' ? {} : readJson(bundleFile);
  const nlsFile = join(extensionPath, `package.nls.${language}.json`);
  const nls = { ...readJson(join(extensionPath, 'package.nls.json')), ...(language !== 'en' && existsSync(nlsFile) ? readJson(nlsFile) : {}) };
  const template = (message: string): string => bundle[message] ?? message;
  const manifest = (key: string): string => {
    const value = nls[key];
    if (value === undefined) {
      throw new Error(`package.nls.json has no ${key}`);
    }
    return value;
  };
  return {
    language,
    t: (message, ...args) => formatMessage(template(message), args),
    manifest,
    command: (name) => `${manifest('command.category')}: ${manifest(`command.${name}.title`).replace(/…$/, '')}`,
    title: (q) => displayTitle(q, language),
    category: (c) => categoryName(c, language),
    pattern: (message, ...args) => {
      const parts = template(message).split(/\{(\d+)\}/);
      const source = parts
        .map((part, i) => {
          if (i % 2 === 0) {
            return escapeRegExp(part);
          }
          const arg = args[Number(part)];
          return arg instanceof RegExp ? `(?:${arg.source})` : arg === undefined ? escapeRegExp(`{${part}}`) : escapeRegExp(String(arg));
        })
        .join('');
      return new RegExp(source);
    },
  };
}
