import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnippets, escapeSnippetText, snippetBody, snippetFileText, snippetFiles } from '../../../src/model/snippets';
import type { ContentBundle } from '../../../src/model/types';
import { ROOT } from '../../harness/paths';

describe('snippets', () => {
  it('escapes $, } and backslashes so example code is inserted literally', () => {
    assert.equal(escapeSnippetText('f"{x}" $HOME \\n'), 'f"{x\\}" \\$HOME \\\\n');
  });

  it('turns placeholder words into a tab stop plus mirrors, whole identifiers only', () => {
    const body = snippetBody('class Singleton:\n    _instance = None\n\nSingletonMeta = Singleton()\nx = Singleton', { Singleton: 'ClassName' });
    assert.equal(body, 'class ${1:Singleton}:\n    _instance = None\n\nSingletonMeta = $1()\nx = $1');
  });

  it('numbers several placeholders in order and keeps $ in code escaped', () => {
    assert.equal(snippetBody('def add(a, b):\n    return f"${a}"', { add: 'name', a: 'x' }), 'def ${1:add}(${2:a}, b):\n    return f"\\${$2\\}"');
  });

  it('groups snippets by contributed language and names the entry they come from', () => {
    const files = snippetFiles([
      { name: 'n', prefix: 'iv-n', description: 'd(来自:Q)', language: 'python', questionId: 'q', questionTitle: 'Q', code: 'x', body: 'x' },
      { name: 'm', prefix: 'iv-m', description: 'd', language: 'nginx', questionId: 'q', questionTitle: 'Q', code: 'y', body: 'y' },
    ]);
    assert.deepEqual(files.python, { 'iv-n — n': { prefix: 'iv-n', body: ['x'], description: 'd(来自:Q)' } });
    assert.ok(!('nginx' in files), 'nginx is offered through the command, not contributed');
  });

  it('committed media/snippets files match the content (run `npm run build` after a content change)', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as ContentBundle;
    const files = snippetFiles(buildSnippets(bundle.questions));
    for (const [lang, file] of Object.entries(files)) {
      const committed = readFileSync(join(ROOT, 'media', 'snippets', `${lang}.json`), 'utf8');
      assert.equal(committed, snippetFileText(file), `media/snippets/${lang}.json is stale`);
    }
  });

  it('package.json contributes exactly the generated snippet files', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    const expected = Object.keys(snippetFiles([])).map((l) => ({ language: l, path: `./media/snippets/${l}.json` }));
    assert.deepEqual(manifest.contributes.snippets, expected);
  });
});

describe('README snippet table', () => {
  it('lists every snippet prefix and is current (run `npm run build` after a content change)', async () => {
    const { snippetTable, withSnippetTable } = await import('../../../src/model/snippets');
    const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as ContentBundle;
    const entries = buildSnippets(bundle.questions);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, withSnippetTable(readme, snippetTable(entries)), 'README.md snippet table is stale');
    for (const e of entries) {
      assert.ok(readme.includes(`\`${e.prefix}\``), e.prefix);
    }
  });
});
