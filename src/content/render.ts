import core from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import nginx from 'highlight.js/lib/languages/nginx';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import yaml from 'highlight.js/lib/languages/yaml';
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import type { BlockMode } from '../model/types';

// The languages the content's code blocks use (a unit test keeps this list in step with
// content/): loading all 190 highlight.js languages cost every compile 50 ms. An instance of our own,
// so that what highlights here does not depend on who else loaded highlight.js.
const hljs = core.newInstance();
for (const [name, language] of Object.entries({ bash, c, dockerfile, ini, javascript, json, nginx, python, sql, yaml })) {
  hljs.registerLanguage(name, language);
}

export interface RenderedBlockInfo {
  lang: string;
  mode: BlockMode | undefined;
  reason: string;
}

export interface RenderResult {
  html: string;
  /** Entry ids the body links to (`[text](other-id.md)`), for the compiler to check. */
  entryLinks: string[];
  /** Link targets that are neither an entry nor an http(s)/mailto URL: rendered as plain text. */
  droppedLinks: string[];
  /** Fenced blocks in the order marked saw them. */
  codeBlocks: number;
  /** Indented (non-fenced) code blocks: not allowed, since they cannot carry a mode. */
  indentedBlocks: number;
}

/** Markdown links between entries: `other-id.md`, `./other-id.md` or `../category/other-id.md`. */
const ENTRY_LINK = /^(?:\.\/|\.\.\/[a-z0-9-]+\/)?([a-z0-9-]+)\.md$/;
const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Highlight.js names for the info-string languages authors use. */
const HLJS_ALIAS: Record<string, string> = { shellscript: 'bash', sh: 'bash', shell: 'bash', dockerfile: 'dockerfile', compose: 'yaml', text: 'plaintext', output: 'plaintext' };

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The highlight.js name of an info-string language. */
export function hljsName(lang: string): string {
  return HLJS_ALIAS[lang] ?? lang;
}

export function highlight(code: string, lang: string): string {
  const name = hljsName(lang);
  if (name && name !== 'plaintext' && hljs.getLanguage(name)) {
    return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
  }
  return escapeHtml(code);
}

/** What rendering one entry collects; the shared renderer below writes into the current one. */
interface RenderState {
  blocks: readonly RenderedBlockInfo[];
  entryLinks: string[];
  droppedLinks: string[];
  codeBlocks: number;
  indentedBlocks: number;
}

let current: RenderState | undefined;

function state(): RenderState {
  if (!current) {
    throw new Error('the answer renderer ran outside renderMarkdown');
  }
  return current;
}

// One Marked for every entry (renderMarkdown is synchronous, so `current` is the entry being
// rendered): a new instance per entry cost a compile some 20 ms.
const answerMarked = new Marked({
  gfm: true,
  renderer: {
    code(token: Tokens.Code): string {
      const s = state();
      if (token.codeBlockStyle === 'indented') {
        s.indentedBlocks++;
        return `<pre><code>${escapeHtml(token.text)}</code></pre>\n`;
      }
      const index = s.codeBlocks++;
      const info = s.blocks[index] ?? { lang: token.lang ?? '', mode: undefined, reason: '' };
      const lang = info.lang || 'text';
      const attrs = [
        `data-block="${index}"`,
        `data-lang="${escapeHtml(lang)}"`,
        `data-mode="${escapeHtml(info.mode ?? 'plain')}"`,
        info.reason ? `data-reason="${escapeHtml(info.reason)}"` : '',
      ].filter(Boolean);
      const hlClass = escapeHtml(hljsName(lang));
      return `<figure class="code-block" ${attrs.join(' ')}><pre><code class="hljs language-${hlClass}">${highlight(token.text, lang)}</code></pre></figure>\n`;
    },
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link): string {
      const s = state();
      const text = this.parser.parseInline(token.tokens);
      const entry = ENTRY_LINK.exec(token.href);
      if (entry) {
        s.entryLinks.push(entry[1]);
        return `<a href="#" class="entry-link" data-question="${escapeHtml(entry[1])}">${text}</a>`;
      }
      if (SAFE_URL.test(token.href)) {
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
      }
      s.droppedLinks.push(token.href);
      return text;
    },
    image(token: Tokens.Image): string {
      return escapeHtml(token.text);
    },
  },
});

const textMarked = new Marked({ gfm: true });

/**
 * Markdown → HTML for the answer panel. Content is ours, but the output is still treated as
 * untrusted: raw HTML is escaped, only http(s)/mailto and entry links survive, images become their
 * alt text. The webview's CSP is the second wall.
 */
export function renderMarkdown(markdown: string, blocks: readonly RenderedBlockInfo[]): RenderResult {
  const s: RenderState = { blocks, entryLinks: [], droppedLinks: [], codeBlocks: 0, indentedBlocks: 0 };
  current = s;
  try {
    const html = answerMarked.parse(markdown, { async: false });
    return { html, entryLinks: s.entryLinks, droppedLinks: s.droppedLinks, codeBlocks: s.codeBlocks, indentedBlocks: s.indentedBlocks };
  } finally {
    current = undefined;
  }
}

/** Inline Markdown → plain text, for tooltips, hovers and search. */
export function markdownToText(markdown: string): string {
  const html = textMarked.parse(markdown, { async: false });
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
