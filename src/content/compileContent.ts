import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Category, ContentBundle } from '../model/types';
import { CONTENT_FORMAT_VERSION } from '../model/types';
import { compileEntry, makeFrontMatterValidator } from './compileEntry';
import type { CompiledEntry } from './compileEntry';
import { ProblemSink } from './problems';
import type { Problem } from './problems';
import { YamlSource, pointerToPath } from './yamlDoc';

export interface CompileResult {
  bundle: ContentBundle;
  problems: Problem[];
  files: number;
}

interface CategoryYaml {
  id: string;
  name: string;
  name_en: string;
  order: number;
  icon: string;
}

/**
 * Compiles content/ into the bundle the extension reads. `displayRoot` is what problem paths
 * are made relative to (the repository root, so `content/x/y.md:12: …` is clickable).
 */
export function compileContent(contentDir: string, displayRoot = process.cwd()): CompileResult {
  const problems: Problem[] = [];
  const display = (p: string): string => relative(displayRoot, p) || p;
  const validateEntry = makeFrontMatterValidator(readJson(join(contentDir, 'schema.json')));
  const validateCategories = makeFrontMatterValidator(readJson(join(contentDir, 'categories.schema.json')));

  const categories = loadCategories(join(contentDir, 'categories.yaml'), display, validateCategories, problems);
  const known = new Set(categories.map((c) => c.id));

  const entries: CompiledEntry[] = [];
  const entryFiles = listEntryFiles(contentDir);
  for (const file of entryFiles) {
    const folder = basename(join(file, '..'));
    const sink = new ProblemSink(display(file));
    if (!known.has(folder)) {
      sink.add(1, `folder "${folder}" is not a category in categories.yaml`);
    }
    const entry = compileEntry(
      readFileSync(file, 'utf8'),
      { relPath: relative(contentDir, file), folder, baseName: basename(file, '.md') },
      validateEntry,
      sink,
    );
    problems.push(...sink.problems);
    if (entry) {
      entries.push(entry);
    }
  }
  crossCheck(entries, contentDir, display, problems);

  return {
    bundle: { version: CONTENT_FORMAT_VERSION, categories, questions: entries.map((e) => e.question) },
    problems,
    files: entryFiles.length,
  };
}

function readJson(file: string): object {
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

function listEntryFiles(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((d) => statSync(join(contentDir, d)).isDirectory())
    .sort()
    .flatMap((d) =>
      readdirSync(join(contentDir, d))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(contentDir, d, f)),
    );
}

function loadCategories(
  file: string,
  display: (p: string) => string,
  validate: ValidateFunction,
  problems: Problem[],
): Category[] {
  const sink = new ProblemSink(display(file));
  const yaml = new YamlSource(readFileSync(file, 'utf8'), 1, sink);
  const data = yaml.toJS();
  if (yaml.ok && !validate(data)) {
    for (const e of validate.errors ?? []) {
      sink.add(yaml.lineOf(pointerToPath(e.instancePath)), `${e.instancePath || '(root)'}: ${e.message ?? 'invalid'}`);
    }
  }
  problems.push(...sink.problems);
  if (sink.problems.length) {
    return [];
  }
  const list = data as CategoryYaml[];
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.id)) {
      sink.add(yaml.lineOf([i, 'id']), `category "${c.id}" is defined twice`);
    }
    seen.add(c.id);
  });
  problems.push(...sink.problems);
  return list.map((c) => ({ id: c.id, name: c.name, nameEn: c.name_en, order: c.order, icon: c.icon }));
}

function crossCheck(
  entries: CompiledEntry[],
  contentDir: string,
  display: (p: string) => string,
  problems: Problem[],
): void {
  const fileOf = (e: CompiledEntry): string => display(join(contentDir, e.question.source));
  const ids = new Map<string, CompiledEntry>();
  const prefixes = new Map<string, CompiledEntry>();
  for (const e of entries) {
    const first = ids.get(e.question.id);
    if (first) {
      problems.push({ file: fileOf(e), line: e.idLine, message: `id "${e.question.id}" is already used by ${fileOf(first)}` });
    } else {
      ids.set(e.question.id, e);
    }
    for (const s of e.question.snippets) {
      const owner = prefixes.get(s.prefix);
      if (owner && owner !== e) {
        problems.push({ file: fileOf(e), line: e.idLine, message: `snippet prefix "${s.prefix}" is already used by ${fileOf(owner)}` });
      }
      prefixes.set(s.prefix, e);
    }
  }
  for (const e of entries) {
    for (const [id, line] of e.relatedLines) {
      if (id === e.question.id) {
        problems.push({ file: fileOf(e), line, message: 'an entry cannot be related to itself' });
      } else if (!ids.has(id)) {
        problems.push({ file: fileOf(e), line, message: `related id "${id}" does not exist` });
      }
    }
    for (const id of new Set(e.entryLinks)) {
      if (!ids.has(id)) {
        problems.push({ file: fileOf(e), line: e.idLine, message: `the body links to "${id}.md", which does not exist` });
      }
    }
  }
}
