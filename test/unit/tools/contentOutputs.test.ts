import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { ContentBundle } from '../../../src/model/types';
import { CONTENT_FORMAT_VERSION } from '../../../src/model/types';
import { bundleJsonPieces, writeBundleFiles } from '../../../src/tools/contentOutputs';
import { makeQuestion } from '../model/questionFixture';

const categories = [{ id: 'c', name: '类别', nameEn: 'Category', order: 1, icon: 'folder' }];

function bundleOf(n: number): ContentBundle {
  return { version: CONTENT_FORMAT_VERSION, categories, questions: Array.from({ length: n }, (_, i) => makeQuestion(`q${i}`, 'c', { title: `第 ${i} 题 "引号"` })) };
}

describe('content outputs: the bundle written in pieces', () => {
  for (const n of [0, 1, 3]) {
    it(`joins to exactly JSON.stringify of the bundle (${n} questions)`, () => {
      const bundle = bundleOf(n);
      const pieces = [...bundleJsonPieces(bundle)];
      assert.equal(pieces.join(''), JSON.stringify(bundle));
      // one piece per question besides the opening and the close: no piece holds them all
      assert.equal(pieces.length, n + 2);
    });
  }

  it('writes the JSON and a Brotli copy that decompresses to the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyi-outputs-'));
    try {
      const bundle = bundleOf(40);
      await writeBundleFiles(bundle, join(dir, 'content.json'), join(dir, 'content.json.br'));
      const json = readFileSync(join(dir, 'content.json'), 'utf8');
      assert.equal(json, JSON.stringify(bundle));
      assert.equal(brotliDecompressSync(readFileSync(join(dir, 'content.json.br'))).toString('utf8'), json);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
