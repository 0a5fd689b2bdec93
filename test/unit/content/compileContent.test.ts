import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { compileContent } from '../../../src/content/compileContent';
import type { Problem } from '../../../src/content/problems';
import { formatProblem } from '../../../src/content/problems';
import { ROOT } from '../../harness/paths';
import { CATEGORIES, ContentFixture, entry } from './fixture';

const OTHER = { 'web/other-entry.md': entry('other-entry', 'web') };

function compile(files: Record<string, string>, categories = CATEGORIES): { problems: Problem[]; ids: string[] } {
  const fx = new ContentFixture({ ...OTHER, ...files }, categories);
  try {
    const r = compileContent(fx.dir, fx.dir);
    return { problems: r.problems, ids: r.bundle.questions.map((q) => q.id) };
  } finally {
    fx.dispose();
  }
}

/** Compiles a one-entry change of the valid sample and returns its problems as text. */
function problems(text: string, file = 'basics/sample-entry.md'): string[] {
  return compile({ [file]: text }).problems.map(formatProblem);
}

function expectOne(text: string, pattern: RegExp, file?: string): string {
  const found = problems(text, file);
  const hit = found.find((p) => pattern.test(p));
  assert.ok(hit, `expected a problem matching ${String(pattern)}, got:\n${found.join('\n') || '(none)'}`);
  return hit;
}

describe('content compiler', () => {
  it('reads schemas that are valid JSON Schema (the compiler does not check them itself)', () => {
    const ajv = new Ajv({ strict: false });
    for (const file of ['schema.json', 'categories.schema.json']) {
      const schema = JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as object;
      assert.equal(ajv.validateSchema(schema), true, `${file}: ${ajv.errorsText(ajv.errors)}`);
    }
    assert.equal(ajv.validateSchema({ type: 'object', properties: { id: { type: 'strnig' } } }), false, 'a misspelt type is caught');
  });

  it('compiles valid entries into a bundle with rendered HTML, blocks and summary', () => {
    const fx = new ContentFixture({ ...OTHER, 'basics/sample-entry.md': entry() });
    try {
      const r = compileContent(fx.dir, fx.dir);
      assert.deepEqual(r.problems, []);
      assert.equal(r.files, 2);
      assert.deepEqual(r.bundle.categories.map((c) => c.id), ['basics', 'web']);
      const q = r.bundle.questions.find((x) => x.id === 'sample-entry');
      assert.ok(q);
      assert.equal(q.summary, '一句话说清楚。');
      assert.equal(q.titleEn, 'Is this a sample question?');
      assert.deepEqual(
        q.blocks.map((b) => [b.lang, b.mode, b.snippet]),
        [
          ['python', 'run', 'hello'],
          ['output', 'output', ''],
        ],
      );
      assert.equal(q.blocks[0].code, 'def greet():\n    print("hi")\ngreet()');
      assert.equal(q.blocks[0].line, 44);
      assert.match(q.html, /<figure class="code-block" data-block="0" data-lang="python" data-mode="run">/);
      assert.match(q.html, /class="hljs-keyword">def</);
      assert.match(q.html, /<a href="#" class="entry-link" data-question="other-entry">另一题<\/a>/);
    } finally {
      fx.dispose();
    }
  });

  it('reports every problem of a file, not only the first', () => {
    const broken = entry().replace('difficulty: 1', 'difficulty: 7').replace('frequency: 2', 'frequency: 9').replace('order: 1', 'order: -1');
    const found = problems(broken);
    assert.equal(found.filter((p) => p.startsWith('basics/sample-entry.md:')).length, 3, found.join('\n'));
  });

  it('points schema problems at the line of the offending field', () => {
    const hit = expectOne(entry().replace('difficulty: 1', 'difficulty: 7'), /difficulty/);
    assert.match(hit, /^basics\/sample-entry\.md:7: front matter \/difficulty: must be equal to one of the allowed values/);
  });

  describe('one test per error kind', () => {
    it('missing front matter', () => {
      expectOne('## 一句话回答\n\nx\n', /^basics\/sample-entry\.md:1: missing front matter/);
    });
    it('YAML syntax error', () => {
      expectOne(entry().replace('tags: [示例]', 'tags: [示例'), /YAML: /);
    });
    it('unknown field', () => {
      expectOne(entry().replace('order: 1', 'order: 1\nauthor: me'), /:7: front matter \(root\): unknown field "author"/);
    });
    it('missing required field', () => {
      expectOne(entry().replace('frequency: 2\n', ''), /missing field "frequency"/);
    });
    it('id different from the file name', () => {
      expectOne(entry('sample-entry'), /id "sample-entry" must equal the file name "renamed"/, 'basics/renamed.md');
    });
    it('category different from the folder', () => {
      expectOne(entry('sample-entry', 'web'), /category "web" must equal the folder name "basics"/);
    });
    it('folder that is not a category', () => {
      expectOne(entry('sample-entry', 'nowhere'), /folder "nowhere" is not a category/, 'nowhere/sample-entry.md');
    });
    it('too few quiz items', () => {
      const text = entry().replace(/ {2}- type: truefalse[\s\S]*?explain: 对。\n/, '');
      expectOne(text, /quiz has 2 item\(s\); write at least 3/);
    });
    it('single-choice answer that is not an option', () => {
      expectOne(entry().replace('answer: 0', 'answer: 5'), /quiz\[0\]: answer 5 is not an option index \(0–1\)/);
    });
    it('multi-choice answer that is not an option', () => {
      const text = entry().replace('type: single', 'type: multi').replace('answer: 0', 'answer: [0, 3]');
      expectOne(text, /quiz\[0\]: answer 3 is not an option index/);
    });
    it('quiz item of the wrong shape', () => {
      expectOne(entry().replace('    answer: true', '    answer: yes please'), /\/quiz\/1\/answer: must be boolean/);
    });
    it('missing section', () => {
      expectOne(entry().replace('## 易错点\n\n注意。\n\n', ''), /missing section\(s\): ## 易错点/);
    });
    it('sections out of order', () => {
      const text = entry().replace('## 面试追问', '## TEMP').replace('## 易错点', '## 面试追问').replace('## TEMP', '## 易错点');
      expectOne(text, /sections out of order/);
    });
    it('unknown section', () => {
      expectOne(entry().replace('## 参考', '## 参考\n\n## 总结'), /unknown section "总结"/);
    });
    it('duplicate section', () => {
      expectOne(entry().replace('## 参考', '## 易错点\n\n## 参考'), /section "易错点" appears twice/);
    });
    it('H1 in the body', () => {
      expectOne(entry().replace('## 一句话回答', '# 标题\n\n## 一句话回答'), /no H1 in the body/);
    });
    it('empty one-line answer', () => {
      expectOne(entry().replace('一句话说清楚。', ''), /section 一句话回答 is empty/);
    });
    it('one-line answer over 80 字', () => {
      expectOne(entry().replace('一句话说清楚。', '很'.repeat(81)), /一句话回答 is 81 字; keep it at most 80/);
    });
    it('code block without a language', () => {
      expectOne(entry().replace('因为。', '```\nx\n```'), /code block needs a language and a mode/);
    });
    it('code block without a mode', () => {
      expectOne(entry().replace('因为。', '```bash\nls\n```'), /`bash` block has no mode/);
    });
    it('run block without an output block', () => {
      expectOne(entry().replace('因为。', '```python run\nprint(1)\n```'), /a run block must be followed by an ```output block/);
    });
    it('output block that follows no run block', () => {
      expectOne(entry().replace('因为。', '```output\n1\n```'), /an ```output block must directly follow a run block/);
    });
    it('norun without a reason', () => {
      expectOne(entry().replace('因为。', '```bash norun\nls\n```'), /norun needs a reason/);
    });
    it('unknown runner', () => {
      expectOne(entry().replace('因为。', '```python run=pyramid\nx\n```\n```output\n```'), /no runner "python run=pyramid"/);
    });
    it('check for a language without a checker', () => {
      expectOne(entry().replace('因为。', '```python check\nx\n```'), /no checker for "python"/);
    });
    it('unknown word in the info string', () => {
      expectOne(entry().replace('```python run snippet=hello', '```python run snipet=hello'), /unknown word\(s\) in the info string: snipet=hello/);
    });
    it('unclosed fence', () => {
      expectOne(`${entry()}\n\`\`\`text\nopen`, /code fence is never closed/);
    });
    it('indented code block', () => {
      expectOne(entry().replace('因为。', '因为。\n\n    indented = True\n'), /indented code block/);
    });
    it('snippet that names no block', () => {
      expectOne(entry().replace('    placeholders: { greet: functionName }\n', '').replace('snippet=hello', ''), /snippet "hello" names no code block/);
    });
    it('labelled block without a snippets entry', () => {
      expectOne(entry().replace('```python run snippet=hello', '```python run snippet=hello\n```\n```output\n```\n```python run snippet=orphan'), /block labelled snippet=orphan has no entry/);
    });
    it('placeholder that does not occur in the block', () => {
      expectOne(entry().replace('{ greet: functionName }', '{ missing: functionName }'), /placeholder "missing" does not occur in block "hello"/);
    });
    it('duplicate snippet prefix across entries', () => {
      const found = compile({ 'basics/sample-entry.md': entry().replace('iv-hello-sample-entry', 'iv-hello-other-entry') }).problems.map(formatProblem);
      assert.ok(found.some((p) => /snippet prefix "iv-hello-other-entry" is already used/.test(p)), found.join('\n'));
    });
    it('related id that does not exist', () => {
      expectOne(entry().replace('related: []', 'related: [ghost]'), /^basics\/sample-entry\.md:10: related id "ghost" does not exist/);
    });
    it('entry related to itself', () => {
      expectOne(entry().replace('related: []', 'related: [sample-entry]'), /an entry cannot be related to itself/);
    });
    it('body link to an entry that does not exist', () => {
      expectOne(entry().replace('other-entry.md', 'ghost.md'), /the body links to "ghost.md", which does not exist/);
    });
    it('link that is neither an entry nor a web URL', () => {
      expectOne(entry().replace('因为。', '见 [单例](python-singleton)。'), /:\d+: link "python-singleton" is neither an entry \(other-id\.md\) nor an http\(s\) URL/);
    });
    it('duplicate id across files', () => {
      const r = compile({ 'basics/other-entry.md': entry('other-entry', 'basics').replace('iv-hello-other-entry', 'iv-x') });
      assert.ok(r.problems.map(formatProblem).some((p) => /id "other-entry" is already used by/.test(p)));
    });
    it('invalid categories.yaml', () => {
      const r = compile({}, CATEGORIES.replace('icon: book', 'icon: Book!'));
      assert.ok(r.problems.map(formatProblem).some((p) => /^categories\.yaml:5: \/0\/icon: must match pattern/.test(p)), r.problems.map(formatProblem).join('\n'));
    });
    it('category defined twice', () => {
      const r = compile({}, `${CATEGORIES}${CATEGORIES.split('- id: web')[0]}`);
      assert.ok(r.problems.map(formatProblem).some((p) => /category "basics" is defined twice/.test(p)));
    });
  });
});
