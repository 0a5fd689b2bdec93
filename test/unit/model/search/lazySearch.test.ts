import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../../../src/model/catalog';
import { LazyCatalog } from '../../../../src/model/catalogLoader';
import { LazySearch } from '../../../../src/model/search/lazySearch';
import type { ContentBundle } from '../../../../src/model/types';
import { headIndexJson, writeBundleFiles } from '../../../../src/tools/contentOutputs';
import { makeQuestion } from '../questionFixture';

const bundle: ContentBundle = {
  version: 1,
  categories: [{ id: 'c', name: 'C', nameEn: 'C', order: 1, icon: 'x' }],
  questions: [
    makeQuestion('gil', 'c', { title: '全局解释器锁', html: '<p>同一时刻只有一个线程执行字节码</p>' }),
    makeQuestion('other', 'c', { title: '别的题', html: '<p>完全无关的内容</p>' }),
  ],
};

describe('lazy search', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyi-lazy-'));
  const head = join(dir, 'search-index.json');
  writeFileSync(head, headIndexJson(bundle.questions));

  it('answers from the head index at once, and from the answer text once the body index is built', async () => {
    let catalogLoads = 0;
    const search = new LazySearch(head, () => {
      catalogLoads++;
      return Promise.resolve(new Catalog(bundle));
    });
    assert.deepEqual((await search.search('全局解释器锁')).map((h) => h.id), ['gil']);
    await search.fullIndex();
    assert.deepEqual((await search.search('字节码')).map((h) => h.id), ['gil'], 'a word only in the body');
    assert.equal(catalogLoads, 1);
  });

  it('keeps working on titles when the content cannot be loaded', async () => {
    const search = new LazySearch(head, () => Promise.reject(new Error('no content')));
    await search.fullIndex();
    assert.deepEqual((await search.search('全局解释器锁')).map((h) => h.id), ['gil']);
    assert.deepEqual(await search.search('字节码'), []);
  });

  it('the catalog reads the Brotli-compressed content the build writes (what the VSIX ships) like plain JSON', async () => {
    const br = join(dir, 'content.json.br');
    const plain = join(dir, 'content.json');
    await writeBundleFiles(bundle, plain, br);
    assert.deepEqual((await new LazyCatalog(br).get()).all(), (await new LazyCatalog(plain).get()).all());
  });
});
