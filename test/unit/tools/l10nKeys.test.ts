import * as assert from 'node:assert/strict';
import { bundleProblems, englishBundleText, manifestKeys, placeholders, scanMessages, unescapeLiteral, withoutComments } from '../../../src/tools/l10nKeys';

describe('l10n key scan', () => {
  it('finds the literal message of t() and l10n.t() calls, with escapes resolved', () => {
    const source = String.raw`
      const a = t('Open Answer');
      const b = vscode.l10n.t('{0} questions', n);
      const c = ${'`'}$(book) ${'$'}{t('It\'s "here"')}${'`'};
      const d = t(
        'type \\n between lines {0}',
        x,
      );`;
    assert.deepEqual(scanMessages(source), { messages: ['Open Answer', '{0} questions', 'It\'s "here"', 'type \\n between lines {0}'], unscannable: [] });
  });

  it('reports calls it cannot read, so no message escapes the check', () => {
    const scan = scanMessages('t(message);\nt(`tpl ${x}`);\nt("double");');
    assert.deepEqual(scan.messages, []);
    assert.equal(scan.unscannable.length, 3);
  });

  it('ignores other functions named like t and mentions in comments', () => {
    const source = ['foo.t(\'no\');', 'at(\'no\');', '// t(\'comment\')', '/** t() docs */', "const x = 'http://example.com'; t('kept');"].join('\n');
    assert.deepEqual(scanMessages(source), { messages: ['kept'], unscannable: [] });
    assert.equal(withoutComments("a('http://x'); // b"), "a('http://x'); ");
  });

  it('unescapes the escapes a TypeScript string literal may hold', () => {
    assert.equal(unescapeLiteral('a\\nb\\tc'), 'a\nb\tc');
    assert.equal(unescapeLiteral("\\'\\\\"), "'\\");
    assert.equal(unescapeLiteral('\\u00e9\\u{1F600}\\x41'), 'é😀A');
  });

  it('lists the %keys% of a manifest', () => {
    assert.deepEqual(manifestKeys('{"title": "%command.a.title%", "x": "%b%", "y": "100%", "z": "%command.a.title%"}'), ['b', 'command.a.title']);
  });

  it('compares a bundle with the messages in use, placeholders included', () => {
    assert.deepEqual(placeholders('{1} and {0} of {name}'), ['0', '1', 'name']);
    const problems = bundleProblems(['A {0}', 'B', 'C {n}'], { 'A {0}': 'a {0}', 'C {n}': 'c', Old: 'old', B2: '' });
    assert.deepEqual(problems, { missing: ['B'], unused: ['B2', 'Old'], malformed: ['B2', 'C {n}'] });
  });

  it('writes the English bundle sorted, each message mapping to itself', () => {
    assert.equal(englishBundleText(['b', 'a', 'b']), '{\n  "a": "a",\n  "b": "b"\n}\n');
  });
});
