import * as assert from 'node:assert/strict';
import { parseInfo, scanFences } from '../../../src/content/fences';

describe('fenced block scanner', () => {
  it('parses language, mode, runner, reason and snippet label', () => {
    assert.deepEqual(parseInfo('python run=django snippet=mw'), { info: 'python run=django snippet=mw', lang: 'python', mode: 'run', runner: 'django', reason: '', snippet: 'mw', unknown: [] });
    assert.equal(parseInfo('bash norun=needs-a-docker-engine').reason, 'needs a docker engine');
    assert.equal(parseInfo('nginx check').mode, 'check');
    assert.equal(parseInfo('output').mode, 'output');
    assert.equal(parseInfo('text').mode, 'plain');
    assert.equal(parseInfo('python').mode, undefined);
    assert.deepEqual(parseInfo('python run colour=red').unknown, ['colour=red']);
  });

  it('finds blocks with their source lines, inside lists too, and strips the list indent', () => {
    const body = ['intro', '', '```python run', 'x = 1', '```', '', '- item', '', '  ```text', '  a', '    b', '  ```', '', '````md norun=demo', '```', 'inner', '```', '````'].join('\n');
    const fences = scanFences(body, 10);
    assert.deepEqual(
      fences.map((f) => [f.lang, f.line, f.code, f.closed]),
      [
        ['python', 12, 'x = 1', true],
        ['text', 18, 'a\n  b', true],
        ['md', 23, '```\ninner\n```', true],
      ],
    );
  });

  it('ignores inline code spans that start a line', () => {
    assert.equal(scanFences('```inline``` text', 1).length, 0);
  });

  it('marks an unclosed fence', () => {
    assert.equal(scanFences('```python run\nx', 1)[0].closed, false);
  });
});
