// A content folder N times the size of content/: every entry copied N−1 times under new ids, with
// the references between entries renamed alike, so the copy compiles without a problem.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { copyId } from './searchCorpus';

/** Files at the top of content/ that the compiler reads besides the entries. */
const SHARED_FILES = ['schema.json', 'categories.schema.json', 'categories.yaml'];

/** Entry links as the renderer accepts them: other-id.md, ./other-id.md, ../category/other-id.md. */
const ENTRY_LINK = /\]\(((?:\.\/|\.\.\/[a-z0-9-]+\/)?)([a-z0-9-]+)\.md\)/g;

/**
 * Copy `k` of one entry file: its id, related ids, body links to other entries and snippet
 * prefixes get copy k's names. Copy 0 is the text unchanged.
 */
export function renameEntry(text: string, k: number): string {
  if (k === 0) {
    return text;
  }
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) {
    throw new Error('entry without front matter');
  }
  const front = text
    .slice(0, end)
    .replace(/^id: ([a-z0-9-]+)$/m, (_, id: string) => `id: ${copyId(id, k)}`)
    .replace(/^related: \[(.+)\]$/m, (_, ids: string) => `related: [${ids.split(',').map((id) => copyId(id.trim(), k)).join(', ')}]`)
    .replace(/^(\s+prefix: )(iv-[a-z0-9-]+)$/gm, (_, lead: string, prefix: string) => `${lead}${prefix}-x${k}`);
  const body = text.slice(end).replace(ENTRY_LINK, (_, dir: string, id: string) => `](${dir}${copyId(id, k)}.md)`);
  return front + body;
}

/** Writes content/ × `copies` into `dest`; returns the number of entry files written. */
export function writeContentCopies(src: string, dest: string, copies: number): number {
  mkdirSync(dest, { recursive: true });
  for (const f of SHARED_FILES) {
    copyFileSync(join(src, f), join(dest, f));
  }
  let written = 0;
  for (const dir of readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory())) {
    mkdirSync(join(dest, dir), { recursive: true });
    for (const file of readdirSync(join(src, dir)).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(src, dir, file), 'utf8');
      const id = basename(file, '.md');
      for (let k = 0; k < copies; k++) {
        writeFileSync(join(dest, dir, `${copyId(id, k)}.md`), renameEntry(text, k));
        written++;
      }
    }
  }
  return written;
}
