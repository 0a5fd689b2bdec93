import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fullHljs from 'highlight.js';
import { scanFences } from '../../../src/content/fences';
import { splitFrontMatter } from '../../../src/content/frontMatter';
import { escapeHtml, highlight, hljsName, markdownToText, renderMarkdown } from '../../../src/content/render';
import { ROOT } from '../../harness/paths';

const render = (md: string): string => renderMarkdown(md, []).html;

describe('markdown rendering (answer HTML)', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const html = render('<script>alert(1)</script>\n\n段落 <img src=x onerror="alert(1)"> 文字');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.match(html, /&lt;script&gt;/);
  });

  it('leaves no inline event handler attribute in any tag', () => {
    const html = render('[x](https://a.example "t\\" onclick=\\"alert(1)")\n\n<a href="#" onclick="x()">y</a>\n\n<div onmouseover="z()">w</div>');
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    assert.ok(tags.length > 0);
    for (const tag of tags) {
      // attribute names outside quoted values
      const names = [...tag.matchAll(/\s([a-z-]+)=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1].toLowerCase());
      assert.ok(!names.some((n) => n.startsWith('on')), tag);
    }
  });

  it('drops javascript:, data: and vbscript: links but keeps their text', () => {
    const html = render('[一](javascript:alert(1)) [二](JAVASCRIPT:alert(1)) [三](data:text/html,x) [四](vbscript:x) [五](  javascript:alert(1))');
    assert.doesNotMatch(html, /javascript:|data:text|vbscript:/i);
    assert.match(html, /一/);
    assert.match(html, /五/);
  });

  it('keeps https and mailto links', () => {
    const html = render('[文档](https://docs.python.org/3/) [信](mailto:a@b.c)');
    assert.match(html, /<a href="https:\/\/docs\.python\.org\/3\/">文档<\/a>/);
    assert.match(html, /<a href="mailto:a@b\.c">信<\/a>/);
  });

  it('turns links to other entries into data-question links and reports them', () => {
    const r = renderMarkdown('[闭包](python-closure.md) 和 [单例](../python-oop/python-singleton.md)', []);
    assert.match(r.html, /data-question="python-closure"/);
    assert.match(r.html, /data-question="python-singleton"/);
    assert.deepEqual(r.entryLinks, ['python-closure', 'python-singleton']);
  });

  it('renders images as their alt text only', () => {
    const html = render('![示意图](https://example.com/x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /示意图/);
  });

  it('highlights fenced code and labels each block with its index and mode', () => {
    const r = renderMarkdown('```python run\ndef f(): pass\n```\n\n```text\nA -> B\n```', [
      { lang: 'python', mode: 'run', reason: '' },
      { lang: 'text', mode: 'plain', reason: '' },
    ]);
    assert.equal(r.codeBlocks, 2);
    assert.match(r.html, /data-block="0" data-lang="python" data-mode="run"/);
    assert.match(r.html, /<span class="hljs-keyword">def<\/span>/);
    assert.match(r.html, /data-block="1" data-lang="text" data-mode="plain"/);
    assert.match(r.html, /A -&gt; B/);
  });

  it('escapes a hostile language name and reason', () => {
    const r = renderMarkdown('```x"onload="y\ncode\n```', [{ lang: 'x"onload="y', mode: 'norun', reason: '"><script>' }]);
    assert.doesNotMatch(r.html, /"onload="/);
    assert.doesNotMatch(r.html, /<script>/);
  });

  it('counts indented code blocks separately', () => {
    assert.equal(renderMarkdown('段落\n\n    indented\n', []).indentedBlocks, 1);
  });

  it('turns inline Markdown into plain text for tooltips', () => {
    assert.equal(markdownToText('**装饰器**是 `@` 语法 & [链接](https://x.y) <b>粗</b>'), '装饰器是 @ 语法 & 链接 粗');
    assert.equal(markdownToText('`a < b`'), 'a < b');
  });

  it('highlights every code block in content/ as highlight.js with all its languages would', function () {
    this.timeout(20000);
    const content = join(ROOT, 'content');
    const fences = readdirSync(content, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => scanFences(splitFrontMatter(readFileSync(join(content, f), 'utf8'))?.body ?? '', 1));
    assert.ok(fences.length > 100, `${fences.length} code blocks`);
    const differ = new Set<string>();
    for (const { lang, code } of fences) {
      const name = hljsName(lang);
      const full = name && name !== 'plaintext' && fullHljs.getLanguage(name) ? fullHljs.highlight(code, { language: name, ignoreIllegals: true }).value : escapeHtml(code);
      if (highlight(code, lang) !== full) {
        differ.add(lang);
      }
    }
    assert.deepEqual([...differ], [], 'register these languages in src/content/render.ts');
  });
});
