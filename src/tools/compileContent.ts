// `node out/tools/compile-content.js [contentDir] [outFile]`: the build's content step.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compileContent } from '../content/compileContent';
import { formatProblem } from '../content/problems';
import { buildSnippets, snippetFileText, snippetFiles, snippetTable, withSnippetTable } from '../model/snippets';
import { toHeadBundle } from '../model/types';
import { headIndexJson, writeBundleFiles } from './contentOutputs';

const contentDir = resolve(process.argv[2] ?? 'content');
const outFile = resolve(process.argv[3] ?? 'dist/content.json');
/** Where the contributed snippet files go; omitted by the test build, whose test checks them. */
const snippetDir = process.argv[4] ? resolve(process.argv[4]) : undefined;

async function main(): Promise<number> {
  const result = compileContent(contentDir);
  if (result.problems.length) {
    for (const p of result.problems) {
      console.error(formatProblem(p));
    }
    console.error(`content: ${result.problems.length} problem(s) in ${result.files} file(s); nothing written`);
    return 1;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  const compressed = writeBundleFiles(result.bundle, outFile, `${outFile}.br`);
  writeFileSync(resolve(dirname(outFile), 'search-index.json'), headIndexJson(result.bundle.questions));
  await compressed;
  // What the tree draws from: names, levels and summaries, without the answer bodies.
  writeFileSync(resolve(dirname(outFile), 'catalog-head.json'), JSON.stringify(toHeadBundle(result.bundle)));
  console.log(`content: ${result.bundle.questions.length} entries in ${result.bundle.categories.length} categories → ${outFile}`);
  if (snippetDir) {
    const snippets = buildSnippets(result.bundle.questions);
    mkdirSync(snippetDir, { recursive: true });
    for (const [lang, file] of Object.entries(snippetFiles(snippets))) {
      writeFileSync(resolve(snippetDir, `${lang}.json`), snippetFileText(file));
    }
    const readme = resolve(contentDir, '..', 'README.md');
    writeFileSync(readme, withSnippetTable(readFileSync(readme, 'utf8'), snippetTable(snippets)));
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  },
);
