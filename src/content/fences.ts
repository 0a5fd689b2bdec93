import type { BlockMode } from '../model/types';

export interface Fence {
  info: string;
  lang: string;
  mode: BlockMode | undefined;
  runner: string;
  reason: string;
  snippet: string;
  /** Unknown words of the info string, reported by the compiler. */
  unknown: string[];
  code: string;
  /** 1-based line of the opening fence within the text that was scanned, plus the offset given. */
  line: number;
  closed: boolean;
}

const OPEN = /^( {0,3}|\s*)(`{3,}|~{3,})(.*)$/;

/**
 * Finds fenced code blocks with their source lines. marked renders the same blocks; this scan
 * exists because marked's tokens carry no line numbers, which authors need in error messages.
 */
export function scanFences(body: string, firstLine: number): Fence[] {
  const lines = body.split('\n');
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) {
      continue;
    }
    const [, indent, marker, rest] = open;
    if (marker.startsWith('`') && rest.includes('`')) {
      continue; // inline code span, not a fence
    }
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const code: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) {
      code.push(stripIndent(lines[j], indent.length));
      j++;
    }
    fences.push({ ...parseInfo(rest.trim()), code: code.join('\n'), line: firstLine + i, closed: j < lines.length });
    i = j;
  }
  return fences;
}

function stripIndent(line: string, n: number): string {
  let k = 0;
  while (k < n && line[k] === ' ') {
    k++;
  }
  return line.slice(k);
}

type Info = Omit<Fence, 'code' | 'line' | 'closed'>;

/** `python run=django snippet=x` → lang python, mode run, runner django, snippet x. */
export function parseInfo(info: string): Info {
  const [lang = '', ...words] = info.split(/\s+/).filter(Boolean);
  const out: Info = { info, lang, mode: undefined, runner: '', reason: '', snippet: '', unknown: [] };
  if (lang === 'output') {
    out.mode = 'output';
  }
  for (const w of words) {
    const eq = w.indexOf('=');
    const key = eq < 0 ? w : w.slice(0, eq);
    const value = eq < 0 ? '' : w.slice(eq + 1);
    if (key === 'run') {
      out.mode = 'run';
      out.runner = value;
    } else if (key === 'check' && !value) {
      out.mode = 'check';
    } else if (key === 'norun') {
      out.mode = 'norun';
      out.reason = value.replace(/-/g, ' ');
    } else if (key === 'snippet' && value) {
      out.snippet = value;
    } else {
      out.unknown.push(w);
    }
  }
  if (!out.mode && PLAIN_LANGS.has(lang)) {
    out.mode = 'plain';
  }
  return out;
}

/** Blocks that are prose-like (diagrams, sample text) and need no runner. */
export const PLAIN_LANGS = new Set(['text']);
