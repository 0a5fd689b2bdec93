// What the localization files must hold, worked out from the sources: every message passed to
// t() / l10n.t() as a string literal, and every %key% of package.json. Pure functions over text,
// so the unit test and the bundle writer (l10nBundle.ts) share them.

export interface MessageScan {
  /** Messages, as the runtime sees them (escapes resolved). */
  messages: string[];
  /** `t(` calls whose first argument is not a plain string literal: the scan cannot see them. */
  unscannable: string[];
}

// A call of the bare `t` (from src/model/l10n.ts) or of `l10n.t` (vscode.l10n.t); `x.t(` and
// `foo_t(` are other functions.
const CALL = /(?:(?<![\w$.])|(?<=\bl10n\.))t\(\s*/g;
const LITERAL = /^'((?:[^'\\\n]|\\.)*)'\s*[,)]/;

/**
 * Source without its comments, so prose that mentions t() is not taken for a call. Good enough for
 * this code base: block comments, and line comments that start a line or follow whitespace (a
 * `//` inside a URL in a string follows a colon and stays).
 */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** The message of each translated call in one source file. */
export function scanMessages(fileText: string): MessageScan {
  const source = withoutComments(fileText);
  const messages: string[] = [];
  const unscannable: string[] = [];
  for (const call of source.matchAll(CALL)) {
    const rest = source.slice(call.index + call[0].length);
    const literal = LITERAL.exec(rest);
    if (literal) {
      messages.push(unescapeLiteral(literal[1]));
    } else {
      unscannable.push(source.slice(call.index, call.index + call[0].length + 40).split('\n')[0]);
    }
  }
  return { messages, unscannable };
}

/** The value of the body of a single-quoted TypeScript string literal. */
export function unescapeLiteral(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.startsWith('u{')) {
      return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    }
    if ((e.startsWith('u') || e.startsWith('x')) && e.length > 1) {
      return String.fromCharCode(parseInt(e.slice(1), 16));
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
    return simple[e] ?? e;
  });
}

/** `%key%` references of a manifest (package.json text). */
export function manifestKeys(manifest: string): string[] {
  return [...new Set([...manifest.matchAll(/"%([^"%\s]+)%"/g)].map((m) => m[1]))].sort();
}

/** Placeholders of a message (`{0}`, `{name}`), sorted: a translation must keep the same set. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]))].sort();
}

export interface BundleProblems {
  /** Used but absent from the bundle. */
  missing: string[];
  /** In the bundle but used nowhere. */
  unused: string[];
  /** Translations that drop or add a placeholder, or are empty. */
  malformed: string[];
}

/** Compares a bundle (key → translation) with the keys in use. */
export function bundleProblems(used: readonly string[], bundle: Record<string, unknown>): BundleProblems {
  const usedSet = new Set(used);
  const missing = [...usedSet].filter((k) => !Object.hasOwn(bundle, k)).sort();
  const unused = Object.keys(bundle)
    .filter((k) => !usedSet.has(k))
    .sort();
  const malformed = Object.entries(bundle)
    .filter(([k, v]) => typeof v !== 'string' || !v.trim() || placeholders(k).join('\u0000') !== placeholders(v).join('\u0000'))
    .map(([k]) => k)
    .sort();
  return { missing, unused, malformed };
}

/** The English bundle (message → itself) as `@vscode/l10n-dev export` writes it, keys sorted. */
export function englishBundleText(used: readonly string[]): string {
  const sorted = [...new Set(used)].sort();
  return `${JSON.stringify(Object.fromEntries(sorted.map((k) => [k, k])), null, 2)}\n`;
}
