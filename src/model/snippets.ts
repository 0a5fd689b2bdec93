import { vscodeLanguageId } from './languages';
import type { Question } from './types';

/** One insertable example: a labelled code block plus its front-matter snippet spec. */
export interface SnippetEntry {
  name: string;
  prefix: string;
  description: string;
  /** VS Code language id of the block. */
  language: string;
  questionId: string;
  questionTitle: string;
  code: string;
  /** TextMate snippet syntax: `$`, `}` and `\` escaped, placeholders as tab stops. */
  body: string;
}

/** Languages VS Code knows without extensions: their snippets are contributed in package.json. */
export const CONTRIBUTED_LANGUAGES = ['python', 'dockerfile', 'sql', 'yaml', 'shellscript'] as const;

export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * Code → snippet body. Each placeholder word becomes tab stop n at its first whole-identifier
 * occurrence and a mirror `$n` at the others, so renaming it once renames it everywhere.
 */
export function snippetBody(code: string, placeholders: Record<string, string> = {}): string {
  let body = escapeSnippetText(code);
  Object.keys(placeholders).forEach((word, i) => {
    const n = i + 1;
    let first = true;
    const pattern = new RegExp(`(?<![\\w$])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'g');
    body = body.replace(pattern, () => {
      const stop = first ? `\${${n}:${escapeSnippetText(word)}}` : `$${n}`;
      first = false;
      return stop;
    });
  });
  return body;
}

export function buildSnippets(questions: readonly Question[]): SnippetEntry[] {
  return questions.flatMap((q) =>
    q.snippets.flatMap((s) => {
      const block = q.blocks.find((b) => b.snippet === s.name);
      return block
        ? [
            {
              name: s.name,
              prefix: s.prefix,
              description: `${s.description}(来自:${q.title})`,
              language: vscodeLanguageId(block.lang),
              questionId: q.id,
              questionTitle: q.title,
              code: block.code,
              body: snippetBody(block.code, s.placeholders),
            },
          ]
        : [];
    }),
  );
}

interface SnippetJson {
  prefix: string;
  body: string[];
  description: string;
}

/** The contributed snippet files, one per language, in VS Code's snippet JSON format. */
export function snippetFiles(entries: readonly SnippetEntry[]): Record<string, Record<string, SnippetJson>> {
  const files: Record<string, Record<string, SnippetJson>> = {};
  for (const lang of CONTRIBUTED_LANGUAGES) {
    files[lang] = {};
  }
  for (const e of entries) {
    const file = files[e.language];
    if (file) {
      file[`${e.prefix} — ${e.name}`] = { prefix: e.prefix, body: e.body.split('\n'), description: e.description };
    }
  }
  return files;
}

export function snippetFileText(file: Record<string, SnippetJson>): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
