// The deck as an Anki text-import file. The rules below come from the Anki manual (Importing →
// Text Files → "File Headers", https://docs.ankiweb.net/importing/text-files.html) and were checked
// against the importer itself (ankitects/anki rslib/src/import_export/text/csv/{metadata,import}.rs):
// - Anki 2.1.55+ reads `#key:value` header lines at the very top of the file; the first line must
//   start with `#`, so no byte-order mark may precede it.
// - Records are parsed by the Rust `csv` crate with `"` quoting, doubled `""` inside quotes, and
//   `#` as the comment character at the start of a record. A field holding the separator, a quote,
//   CR or LF has to be wrapped in quotes; so does one starting with `#` (what Anki's own exporter
//   does), although here only the first column could be mistaken for a comment.
// - `#deck:` only preselects a deck that already exists, whereas a `deck column` creates a missing
//   deck on import, so the deck travels as a column.
// - `#notetype:` likewise only preselects an existing note type by name. Anki names its stock note
//   types in the language the collection was created in (a Chinese one calls Basic 问答题); then
//   the dialog falls back to the current note type and the user picks the two-field one.
// - No `#columns:` line: with names, Anki maps columns to note fields by name ("Front"/"Back"),
//   which fails for localised note types and would leave the GUID column as the first field.
//   Without it, fields fill the non-meta columns in order, which is what we want.
// - A row whose GUID matches an existing note updates that note in place (keeping its review
//   history) when the dialog's duplicate option is "Update", the default.
import { withoutSummarySection } from '../answerParts';
import type { Category, Question } from '../types';

export const ANKI_DECK = 'Python 面试通';
export const ANKI_NOTETYPE = 'Basic';
export const ANKI_GUID_PREFIX = 'pyinterview-';
export const ANKI_TAG_ROOT = 'python-interview';

export interface AnkiExportOptions {
  /** Deck the notes go into; Anki creates it on the first import. */
  deck?: string;
}

/** One note as it will appear in the file, before quoting. */
export interface AnkiNote {
  guid: string;
  deck: string;
  front: string;
  back: string;
  /** Space-separated, as Anki's tags column expects. */
  tags: string;
}

// 1-based column numbers, in the order Anki's own note export uses (guid, deck, fields, tags).
const GUID_COLUMN = 1;
const DECK_COLUMN = 2;
const TAGS_COLUMN = 5;

/** Notes for `questions` in the order given (pass `catalog.all()` for catalog order). */
export function toAnkiNotes(questions: readonly Question[], categories: readonly Category[], options: AnkiExportOptions = {}): AnkiNote[] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const deck = options.deck ?? ANKI_DECK;
  return questions.map((q) => ({
    guid: ANKI_GUID_PREFIX + q.id,
    deck,
    front: `<div>${escapeHtml(q.title)}</div><div><small>${escapeHtml(names.get(q.category) ?? q.category)}</small></div>`,
    back: backSide(q),
    tags: noteTags(q).join(' '),
  }));
}

/** The whole import file: header lines, then one tab-separated record per question. */
export function toAnkiTsv(questions: readonly Question[], categories: readonly Category[], options: AnkiExportOptions = {}): string {
  const header = ['#separator:tab', '#html:true', `#notetype:${ANKI_NOTETYPE}`, `#guid column:${GUID_COLUMN}`, `#deck column:${DECK_COLUMN}`, `#tags column:${TAGS_COLUMN}`];
  const records = toAnkiNotes(questions, categories, options).map((n) => [n.guid, n.deck, n.front, n.back, n.tags].map(quoteField).join('\t'));
  return [...header, ...records].join('\n') + '\n';
}

function backSide(q: Question): string {
  const summary = `<p><strong>${escapeHtml(q.summary).replace(/\r?\n/g, '<br>')}</strong></p>`;
  const body = unwrapEntryLinks(withoutSummarySection(q.html)).trim();
  return body ? `${summary}<hr>${body}` : summary;
}

/** Links between entries only work inside the answer panel; in Anki they would be dead. */
function unwrapEntryLinks(html: string): string {
  return html.replace(/<a href="#" class="entry-link" data-question="[^"]*">([\s\S]*?)<\/a>/g, '$1');
}

function noteTags(q: Question): string[] {
  const tags = [`${ANKI_TAG_ROOT}::${q.category}`, ...q.tags.map(ankiTag)].filter(Boolean);
  return [...new Set(tags)];
}

/**
 * Anki splits tags on whitespace (including the ideographic space U+3000) and drops control
 * characters and double quotes from tag names, so multi-word tags become one_word.
 */
function ankiTag(tag: string): string {
  // eslint-disable-next-line no-control-regex
  return tag.replace(/["\u0000-\u001f\u007f]/g, '').trim().replace(/\s+/g, '_');
}

function quoteField(field: string): string {
  return /[\t\r\n"]/.test(field) || field.startsWith('#') ? `"${field.replace(/"/g, '""')}"` : field;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
