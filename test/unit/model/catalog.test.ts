import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../../src/model/catalog';
import { LazyCatalog } from '../../../src/model/catalogLoader';
import { toHeadBundle } from '../../../src/model/types';
import type { ContentBundle, Question } from '../../../src/model/types';

function question(id: string, category: string, order: number, keywords: Record<string, string[]> = {}): Question {
  return { id, title: id, titleEn: '', category, order, difficulty: 1, frequency: 1, tags: [], aliases: [], related: [], keywords, appliesTo: '', quiz: [], snippets: [], summary: '', html: '', blocks: [], source: `${category}/${id}.md` };
}

const bundle: ContentBundle = {
  version: 1,
  categories: [
    { id: 'b', name: 'B', nameEn: 'B', order: 20, icon: 'x' },
    { id: 'a', name: 'A', nameEn: 'A', order: 10, icon: 'x' },
    { id: 'empty', name: 'E', nameEn: 'E', order: 30, icon: 'x' },
  ],
  questions: [question('q2', 'a', 2, { python: ['yield'] }), question('q1', 'a', 1, { python: ['functools.wraps', 'yield'] }), question('q3', 'b', 1, { nginx: ['upstream'] })],
};

describe('Catalog', () => {
  const catalog = new Catalog(bundle);

  it('orders categories and questions by their order fields', () => {
    assert.deepEqual(catalog.categories.map((c) => c.id), ['a', 'b', 'empty']);
    assert.deepEqual(catalog.questionsIn('a').map((q) => q.id), ['q1', 'q2']);
    assert.deepEqual(catalog.all().map((q) => q.id), ['q1', 'q2', 'q3']);
  });

  it('looks up by id, category and keyword', () => {
    assert.equal(catalog.question('q3')?.category, 'b');
    assert.equal(catalog.question('nope'), undefined);
    assert.equal(catalog.category('b')?.name, 'B');
    // q2 lists yield first, q1 only second: the entry about the keyword comes first
    assert.deepEqual(catalog.questionsForKeyword('python', 'yield').map((q) => q.id), ['q2', 'q1']);
    assert.deepEqual(catalog.questionsForKeyword('python', 'functools.wraps').map((q) => q.id), ['q1']);
    assert.deepEqual(catalog.questionsForKeyword('python', 'upstream'), []);
    assert.equal(catalog.size, 3);
  });

  it('leaves empty categories out of the tree list', () => {
    assert.deepEqual(catalog.nonEmptyCategories().map((c) => c.id), ['a', 'b']);
  });

  it('refuses a bundle of another format version', () => {
    assert.throws(() => new Catalog({ ...bundle, version: 2 }), /content format 2 is not 1/);
  });
});

describe('LazyCatalog', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pyi-cat-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file once, on first use, and shares the result', async () => {
    const file = join(dir, 'content.json');
    const lazy = new LazyCatalog(file);
    assert.equal(lazy.peek(), undefined);
    writeFileSync(file, JSON.stringify(bundle)); // written after construction: nothing was read yet
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    assert.equal(a, b);
    assert.equal(lazy.peek(), a);
    assert.equal(a.size, 3);
  });

  it('rejects on a missing or corrupt file, and reload() tries again', async () => {
    const file = join(dir, 'content.json');
    const lazy = new LazyCatalog(file);
    await assert.rejects(lazy.get(), /ENOENT/);
    writeFileSync(file, '{not json');
    await assert.rejects(lazy.reload(), SyntaxError);
    writeFileSync(file, JSON.stringify(bundle));
    assert.equal((await lazy.reload()).size, 3);
  });

  it('serves the tree from the head file without reading the full content, then the full catalog', async () => {
    const file = join(dir, 'content.json');
    const headFile = join(dir, 'catalog-head.json');
    writeFileSync(headFile, JSON.stringify(toHeadBundle(bundle)));
    const lazy = new LazyCatalog(file, headFile); // content.json does not exist yet
    const head = await lazy.head();
    assert.deepEqual(head.all().map((q) => q.id), ['q1', 'q2', 'q3']);
    assert.equal('html' in (head.question('q1') ?? {}), false, 'no bodies in the head');
    assert.deepEqual(head.questionsForKeyword('python', 'yield').map((q) => q.id), ['q2', 'q1'], 'keywords are in the head');
    assert.equal(lazy.peekHead(), head);
    assert.equal(lazy.peek(), undefined, 'the full content was not read');
    writeFileSync(file, JSON.stringify(bundle));
    const full = await lazy.get();
    assert.equal(lazy.peekHead(), full, 'once loaded, the full catalog answers head requests too');
    assert.equal(await lazy.head(), full);
  });
});
