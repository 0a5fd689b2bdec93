import hljs from 'highlight.js';
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import type { BlockMode } from '../model/types';

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

export function highlight(code: string, lang: string): string {
  const name = HLJS_ALIAS[lang] ?? lang;
  if (name && name !== 'plaintext' && hljs.getLanguage(name)) {
    return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
  }
  return escapeHtml(code);
}

/**
 * Markdown → HTML for the answer panel. Content is ours, but the output is still treated as
 * untrusted: raw HTML is escaped, only http(s)/mailto and entry links survive, images become their
 * alt text. The webview's CSP is the second wall.
 */
export function renderMarkdown(markdown: string, blocks: readonly RenderedBlockInfo[]): RenderResult {
  const entryLinks: string[] = [];
  const droppedLinks: string[] = [];
  let codeBlocks = 0;
  let indentedBlocks = 0;
  const marked = new Marked({
    gfm: true,
    renderer: {
      code(token: Tokens.Code): string {
        if (token.codeBlockStyle === 'indented') {
          indentedBlocks++;
          return `<pre><code>${escapeHtml(token.text)}</code></pre>\n`;
        }
        const index = codeBlocks++;
        const info = blocks[index] ?? { lang: token.lang ?? '', mode: undefined, reason: '' };
        const lang = info.lang || 'text';
        const attrs = [
          `data-block="${index}"`,
          `data-lang="${escapeHtml(lang)}"`,
          `data-mode="${escapeHtml(info.mode ?? 'plain')}"`,
          info.reason ? `data-reason="${escapeHtml(info.reason)}"` : '',
        ].filter(Boolean);
        const hlClass = escapeHtml(HLJS_ALIAS[lang] ?? lang);
        return `<figure class="code-block" ${attrs.join(' ')}><pre><code class="hljs language-${hlClass}">${highlight(token.text, lang)}</code></pre></figure>\n`;
      },
      html(token: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        const entry = ENTRY_LINK.exec(token.href);
        if (entry) {
          entryLinks.push(entry[1]);
          return `<a href="#" class="entry-link" data-question="${escapeHtml(entry[1])}">${text}</a>`;
        }
        if (SAFE_URL.test(token.href)) {
          const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
          return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
        }
        droppedLinks.push(token.href);
        return text;
      },
      image(token: Tokens.Image): string {
        return escapeHtml(token.text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, entryLinks, droppedLinks, codeBlocks, indentedBlocks };
}

/** Inline Markdown → plain text, for tooltips, hovers and search. */
export function markdownToText(markdown: string): string {
  const html = new Marked({ gfm: true }).parse(markdown, { async: false });
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
