// `node out/tools/compile-content.js [contentDir] [outFile]`: the build's content step.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { compileContent } from '../content/compileContent';
import { SearchIndex, toSearchDoc } from '../model/search/searchIndex';
import { buildSnippets, snippetFileText, snippetFiles, snippetTable, withSnippetTable } from '../model/snippets';
import { formatProblem } from '../content/problems';

const contentDir = resolve(process.argv[2] ?? 'content');
const outFile = resolve(process.argv[3] ?? 'dist/content.json');
/** Where the contributed snippet files go; omitted by the test build, whose test checks them. */
const snippetDir = process.argv[4] ? resolve(process.argv[4]) : undefined;
const result = compileContent(contentDir);
if (result.problems.length) {
  for (const p of result.problems) {
    console.error(formatProblem(p));
  }
  console.error(`content: ${result.problems.length} problem(s) in ${result.files} file(s); nothing written`);
  process.exit(1);
}
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(result.bundle);
writeFileSync(outFile, json); // for tools and tests
// What the extension loads: JSON deflates to a third inside the VSIX zip, Brotli to a fifth.
// Quality 9 is within a few percent of the maximum at a twentieth of its build time.
writeFileSync(`${outFile}.br`, brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }));
// The head index (names and one-line answers) is built here and loaded on first search; the
// answer-text index is built by the extension in the background (see LazySearch).
writeFileSync(resolve(dirname(outFile), 'search-index.json'), SearchIndex.build(result.bundle.questions.map(toSearchDoc), { body: false }).toJSON().head);
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
