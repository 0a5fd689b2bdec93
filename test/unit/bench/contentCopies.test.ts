import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContent } from '../../../src/content/compileContent';
import { ROOT } from '../../harness/paths';
import { renameEntry, writeContentCopies } from '../../bench/contentCopies';

const ENTRY = `---
id: python-copy
title: '*args 和 copy 有什么区别?'
category: python-basics
related: [python-gil, python-is-vs-eq]
snippets:
  - name: deep
    prefix: iv-deepcopy
    description: 深拷贝
---
见 [GIL](python-gil.md) 和 [is](../python-basics/python-is-vs-eq.md),以及 [文档](https://docs.python.org/3/library/copy.html)。

\`\`\`dockerfile
FROM python-copy
\`\`\`
`;

describe('content copies for the compile benchmark', () => {
  it('renames the id, related ids, entry links and snippet prefixes of a copy', () => {
    const copy = renameEntry(ENTRY, 3);
    assert.match(copy, /^id: python-copy-x3$/m);
    assert.match(copy, /^related: \[python-gil-x3, python-is-vs-eq-x3\]$/m);
    assert.match(copy, /\]\(python-gil-x3\.md\)/);
    assert.match(copy, /\]\(\.\.\/python-basics\/python-is-vs-eq-x3\.md\)/);
    assert.match(copy, /prefix: iv-deepcopy-x3$/m);
  });

  it('leaves the title, web links and code alone', () => {
    const copy = renameEntry(ENTRY, 3);
    assert.match(copy, /^title: '\*args 和 copy 有什么区别\?'$/m);
    assert.match(copy, /https:\/\/docs\.python\.org\/3\/library\/copy\.html/);
    assert.match(copy, /```dockerfile\nFROM python-copy\n```/);
    assert.equal(renameEntry(ENTRY, 0), ENTRY);
  });

  it('makes a copy of content/ that compiles without a problem', function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), 'pyi-copies-'));
    try {
      const written = writeContentCopies(join(ROOT, 'content'), dir, 2);
      const original = compileContent(join(ROOT, 'content'));
      const copied = compileContent(dir);
      assert.deepEqual(copied.problems, []);
      assert.equal(written, original.files * 2);
      assert.equal(copied.bundle.questions.length, original.bundle.questions.length * 2);
      assert.ok(readdirSync(dir).includes('categories.yaml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
