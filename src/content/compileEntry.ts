import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { CodeBlock, Level, QuizItem, Question, SnippetSpec } from '../model/types';
import { scanFences } from './fences';
import type { Fence } from './fences';
import { splitFrontMatter } from './frontMatter';
import type { ProblemSink } from './problems';
import { markdownToText, renderMarkdown } from './render';
import { CHECKERS, MIN_QUIZ_ITEMS, REQUIRED_SECTIONS, RUNNERS, SUMMARY_MAX, countZi } from './rules';
import { YamlSource, pointerToPath } from './yamlDoc';

interface FrontMatter {
  id: string;
  title: string;
  title_en?: string;
  category: string;
  order: number;
  difficulty: Level;
  frequency: Level;
  tags: string[];
  aliases?: string[];
  related?: string[];
  keywords: Record<string, string[]>;
  applies_to?: string;
  quiz: QuizItem[];
  snippets?: SnippetSpec[];
}

export interface CompiledEntry {
  question: Question;
  /** Where each cross-reference sits, so the catalog-wide check can point at it. */
  relatedLines: Map<string, number>;
  entryLinks: string[];
  idLine: number;
}

export function makeFrontMatterValidator(schema: object): ValidateFunction {
  // The schemas are ours and a unit test checks them against the JSON Schema meta-schema;
  // checking them again cost every compile 15 ms.
  return new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(schema);
}

/**
 * Compiles one entry file. Every problem goes to `sink` and checking carries on, so an author
 * sees all of a file's mistakes at once; undefined when the entry cannot be used at all.
 */
export function compileEntry(
  text: string,
  source: { relPath: string; folder: string; baseName: string },
  validate: ValidateFunction,
  sink: ProblemSink,
): CompiledEntry | undefined {
  const split = splitFrontMatter(text);
  if (!split) {
    sink.add(1, 'missing front matter: the file must start with a line `---`, the YAML, and another `---`');
    return undefined;
  }
  const yaml = new YamlSource(split.yaml, split.yamlLine, sink);
  if (!yaml.ok) {
    return undefined;
  }
  const data = yaml.toJS();
  if (!validate(data)) {
    for (const e of relevantErrors(validate.errors ?? [])) {
      sink.add(yaml.lineOf(errorPath(e)), `front matter ${e.instancePath || '(root)'}: ${describe(e)}`);
    }
    return undefined;
  }
  const fm = data as FrontMatter;
  if (fm.id !== source.baseName) {
    sink.add(yaml.lineOf(['id']), `id "${fm.id}" must equal the file name "${source.baseName}"`);
  }
  if (fm.category !== source.folder) {
    sink.add(yaml.lineOf(['category']), `category "${fm.category}" must equal the folder name "${source.folder}"`);
  }
  checkQuiz(fm.quiz, yaml, sink);

  const sections = checkSections(split.body, split.bodyLine, sink);
  const fences = scanFences(split.body, split.bodyLine);
  const blocks = checkBlocks(fences, sink);
  checkSnippets(fm.snippets ?? [], blocks, yaml, sink);

  const rendered = renderMarkdown(split.body, blocks);
  if (rendered.indentedBlocks > 0) {
    sink.add(split.bodyLine, `${rendered.indentedBlocks} indented code block(s): use fenced blocks with a language and a mode`);
  }
  for (const href of rendered.droppedLinks) {
    sink.add(lineOfText(split.body, split.bodyLine, `](${href}`), `link "${href}" is neither an entry (other-id.md) nor an http(s) URL`);
  }
  if (rendered.codeBlocks !== blocks.length) {
    sink.add(split.bodyLine, `found ${blocks.length} fences but Markdown sees ${rendered.codeBlocks} code blocks: check fence nesting`);
  }
  const summary = markdownToText(sections.get('一句话回答') ?? '');
  if (summary && countZi(summary) > SUMMARY_MAX) {
    sink.add(split.bodyLine, `一句话回答 is ${countZi(summary)} 字; keep it at most ${SUMMARY_MAX}`);
  }

  const relatedLines = new Map<string, number>();
  (fm.related ?? []).forEach((id, i) => relatedLines.set(id, yaml.lineOf(['related', i])));
  return {
    question: {
      id: fm.id,
      title: fm.title,
      titleEn: fm.title_en ?? '',
      category: fm.category,
      order: fm.order,
      difficulty: fm.difficulty,
      frequency: fm.frequency,
      tags: fm.tags,
      aliases: fm.aliases ?? [],
      related: fm.related ?? [],
      keywords: fm.keywords,
      appliesTo: fm.applies_to ?? '',
      quiz: fm.quiz,
      snippets: fm.snippets ?? [],
      summary,
      html: rendered.html,
      blocks,
      source: source.relPath,
    },
    relatedLines,
    entryLinks: rendered.entryLinks,
    idLine: yaml.lineOf(['id']),
  };
}

/** Line of the first occurrence of `needle` in the body, for problems marked found while rendering. */
function lineOfText(body: string, firstLine: number, needle: string): number {
  const at = body.indexOf(needle);
  return at < 0 ? firstLine : firstLine + body.slice(0, at).split('\n').length - 1;
}

/** Ajv reports each failed if/then twice (the branch and the "if"); keep the informative one. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if');
}

/** Where to point: an unknown key is reported on its own line rather than its parent's. */
function errorPath(e: ErrorObject): (string | number)[] {
  const path = pointerToPath(e.instancePath);
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  return e.keyword === 'additionalProperties' && extra ? [...path, extra] : path;
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'required':
      return `missing field "${String(p.missingProperty)}"`;
    case 'enum':
      return `${e.message ?? 'invalid'}: ${JSON.stringify(p.allowedValues)}`;
    default:
      return e.message ?? 'invalid';
  }
}

function checkQuiz(quiz: QuizItem[], yaml: YamlSource, sink: ProblemSink): void {
  if (quiz.length < MIN_QUIZ_ITEMS) {
    sink.add(yaml.lineOf(['quiz']), `quiz has ${quiz.length} item(s); write at least ${MIN_QUIZ_ITEMS}`);
  }
  quiz.forEach((item, i) => {
    const at = yaml.lineOf(['quiz', i, 'answer']);
    if (item.type === 'single' && item.answer >= item.options.length) {
      sink.add(at, `quiz[${i}]: answer ${item.answer} is not an option index (0–${item.options.length - 1})`);
    }
    if (item.type === 'multi') {
      for (const a of item.answer.filter((a) => a >= item.options.length)) {
        sink.add(at, `quiz[${i}]: answer ${a} is not an option index (0–${item.options.length - 1})`);
      }
    }
  });
}

function checkSections(body: string, firstLine: number, sink: ProblemSink): Map<string, string> {
  const sections = new Map<string, string>();
  const order: string[] = [];
  let inFence = false;
  let current: string | undefined;
  let buffer: string[] = [];
  const flush = (): void => {
    if (current !== undefined) {
      sections.set(current, buffer.join('\n').trim());
    }
  };
  body.split('\n').forEach((line, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
    }
    if (!inFence && /^# /.test(line)) {
      sink.add(firstLine + i, 'no H1 in the body: the title comes from the front matter');
    }
    const h2 = !inFence && /^##\s+(.+?)\s*$/.exec(line);
    if (h2) {
      flush();
      current = h2[1];
      buffer = [];
      if (sections.has(current) || order.includes(current)) {
        sink.add(firstLine + i, `section "${current}" appears twice`);
      }
      order.push(current);
      if (!(REQUIRED_SECTIONS as readonly string[]).includes(current)) {
        sink.add(firstLine + i, `unknown section "${current}"; sections are: ${REQUIRED_SECTIONS.join(', ')}`);
      }
      return;
    }
    buffer.push(line);
  });
  flush();
  const known = order.filter((s) => (REQUIRED_SECTIONS as readonly string[]).includes(s));
  const missing = REQUIRED_SECTIONS.filter((s) => !order.includes(s));
  if (missing.length) {
    sink.add(firstLine, `missing section(s): ${missing.map((s) => `## ${s}`).join(', ')}`);
  }
  const expected = REQUIRED_SECTIONS.filter((s) => known.includes(s));
  if (known.join() !== expected.join()) {
    sink.add(firstLine, `sections out of order: expected ${expected.join(' → ')}`);
  }
  if (sections.has('一句话回答') && !sections.get('一句话回答')) {
    sink.add(firstLine, 'section 一句话回答 is empty');
  }
  return sections;
}

function checkBlocks(fences: Fence[], sink: ProblemSink): CodeBlock[] {
  fences.forEach((f, i) => {
    const where = f.line;
    if (!f.closed) {
      sink.add(where, 'code fence is never closed');
    }
    if (!f.lang) {
      sink.add(where, 'code block needs a language and a mode, e.g. ```python run or ```text');
      return;
    }
    if (f.unknown.length) {
      sink.add(where, `unknown word(s) in the info string: ${f.unknown.join(' ')}`);
    }
    const next = fences[i + 1];
    const prev = fences[i - 1];
    switch (f.mode) {
      case undefined:
        sink.add(where, `\`${f.lang}\` block has no mode: add run, check, or norun=<reason>`);
        break;
      case 'run':
        if (!RUNNERS[f.lang]?.includes(f.runner)) {
          sink.add(where, `no runner "${f.lang} run${f.runner ? `=${f.runner}` : ''}"; known: ${describeRunners()}`);
        }
        if (next?.mode !== 'output') {
          sink.add(where, 'a run block must be followed by an ```output block with its exact stdout');
        }
        break;
      case 'check':
        if (!CHECKERS.includes(f.lang)) {
          sink.add(where, `no checker for "${f.lang}"; checked languages: ${CHECKERS.join(', ')}`);
        }
        break;
      case 'norun':
        if (!f.reason) {
          sink.add(where, 'norun needs a reason: norun=<why-it-cannot-run>');
        }
        break;
      case 'output':
        if (prev?.mode !== 'run') {
          sink.add(where, 'an ```output block must directly follow a run block');
        }
        if (f.snippet) {
          sink.add(where, 'an output block cannot be a snippet');
        }
        break;
      case 'plain':
        break;
    }
  });
  return fences.map((f, index) => ({
    index,
    lang: f.lang,
    mode: f.mode ?? 'plain',
    runner: f.runner,
    reason: f.reason,
    snippet: f.snippet,
    code: f.code,
    line: f.line,
  }));
}

function describeRunners(): string {
  return Object.entries(RUNNERS)
    .flatMap(([lang, rs]) => rs.map((r) => (r ? `${lang} run=${r}` : `${lang} run`)))
    .join(', ');
}

function checkSnippets(snippets: SnippetSpec[], blocks: CodeBlock[], yaml: YamlSource, sink: ProblemSink): void {
  const labelled = new Map<string, CodeBlock>();
  for (const b of blocks.filter((b) => b.snippet)) {
    if (labelled.has(b.snippet)) {
      sink.add(b.line, `snippet label "${b.snippet}" is used twice`);
    }
    labelled.set(b.snippet, b);
  }
  const named = new Set<string>();
  const prefixes = new Set<string>();
  snippets.forEach((s, i) => {
    const block = labelled.get(s.name);
    if (!block) {
      sink.add(yaml.lineOf(['snippets', i, 'name']), `snippet "${s.name}" names no code block: label one with snippet=${s.name}`);
    }
    if (named.has(s.name)) {
      sink.add(yaml.lineOf(['snippets', i, 'name']), `snippet "${s.name}" is listed twice`);
    }
    if (prefixes.has(s.prefix)) {
      sink.add(yaml.lineOf(['snippets', i, 'prefix']), `prefix "${s.prefix}" is used twice`);
    }
    named.add(s.name);
    prefixes.add(s.prefix);
    for (const word of Object.keys(s.placeholders ?? {})) {
      if (block && !block.code.includes(word)) {
        sink.add(yaml.lineOf(['snippets', i, 'placeholders', word]), `placeholder "${word}" does not occur in block "${s.name}"`);
      }
    }
  });
  for (const [label, b] of labelled) {
    if (!named.has(label)) {
      sink.add(b.line, `block labelled snippet=${label} has no entry under front matter "snippets"`);
    }
  }
}
