import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QUESTION_ID, buildQuestionLink, isQuestionId, parseQuestionLink } from '../../../src/model/questionLink';
import { repoRoot } from './l10nFixture';

const EXT = 'pyinterview.python-interview-coach';

/** What VS Code's UriHandler receives for a link string: its decoded path and query. */
function received(link: string): { path: string; query: string } {
  const url = new URL(link);
  return { path: decodeURIComponent(url.pathname), query: decodeURIComponent(url.search.replace(/^\?/, '')) };
}

describe('question links', () => {
  it('builds an open link in the editor flavour it was copied from', () => {
    assert.equal(buildQuestionLink('vscode', EXT, 'python-decorators'), 'vscode://pyinterview.python-interview-coach/open?id=python-decorators');
    assert.equal(buildQuestionLink('vscode-insiders', EXT, 'gil', 'quiz'), 'vscode-insiders://pyinterview.python-interview-coach/quiz?id=gil');
    assert.equal(buildQuestionLink('vscodium', 'PyInterview.Python-Interview-Coach', 'gil'), 'vscodium://pyinterview.python-interview-coach/open?id=gil', 'the authority is the lower-case extension id');
  });

  it('reads back every link it builds', () => {
    for (const action of ['open', 'quiz'] as const) {
      for (const id of ['gil', 'python-decorators', 'http2-vs-http1', 'a1-b2-c3']) {
        const { path, query } = received(buildQuestionLink('vscode', EXT, id, action));
        assert.deepEqual(parseQuestionLink(path, query), { ok: true, link: { action, id } }, `${action} ${id}`);
      }
    }
  });

  it('refuses to build a link for something that is not an id', () => {
    for (const bad of ['', 'Python-GIL', 'a b', '../x', 'a--b', '-a', 'a-', 'a_b', 'a?id=b', 'a&x=1']) {
      assert.throws(() => buildQuestionLink('vscode', EXT, bad), /not a question id/, JSON.stringify(bad));
    }
  });

  it('forgives the path being changed on the way (a slash added, the case changed)', () => {
    assert.deepEqual(parseQuestionLink('/open/', 'id=gil'), { ok: true, link: { action: 'open', id: 'gil' } });
    assert.deepEqual(parseQuestionLink('/Quiz', 'id=gil'), { ok: true, link: { action: 'quiz', id: 'gil' } });
    assert.deepEqual(parseQuestionLink('open', 'id=gil'), { ok: true, link: { action: 'open', id: 'gil' } });
  });

  it('ignores other query parameters and surrounding blanks in the id', () => {
    assert.deepEqual(parseQuestionLink('/open', 'utm_source=chat&id=gil&x=1'), { ok: true, link: { action: 'open', id: 'gil' } });
    assert.deepEqual(parseQuestionLink('/open', 'id=%20gil%20'), { ok: true, link: { action: 'open', id: 'gil' } });
  });

  it('says what is wrong with a link it cannot follow', () => {
    assert.deepEqual(parseQuestionLink('/delete', 'id=gil'), { ok: false, problem: 'unknown-action' });
    assert.deepEqual(parseQuestionLink('/', 'id=gil'), { ok: false, problem: 'unknown-action' });
    assert.deepEqual(parseQuestionLink('/open/gil', ''), { ok: false, problem: 'unknown-action' });
    assert.deepEqual(parseQuestionLink('/open', ''), { ok: false, problem: 'missing-id' });
    assert.deepEqual(parseQuestionLink('/open', 'id='), { ok: false, problem: 'missing-id' });
    assert.deepEqual(parseQuestionLink('/open', 'question=gil'), { ok: false, problem: 'missing-id' });
    for (const bad of ['GIL', '../../etc/passwd', 'a--b', 'gil;rm', '<script>']) {
      assert.deepEqual(parseQuestionLink('/quiz', `id=${encodeURIComponent(bad)}`), { ok: false, problem: 'invalid-id' }, bad);
    }
  });

  it('tells ids from everything else', () => {
    assert.equal(isQuestionId('python-gil'), true);
    assert.equal(isQuestionId('python_gil'), false);
    assert.equal(isQuestionId(undefined), false);
    assert.equal(isQuestionId({ id: 'gil' }), false);
  });

  it('uses the id pattern of the content schema, and every shipped entry can be linked', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot(), 'content', 'schema.json'), 'utf8')) as { properties: { id: { pattern: string } } };
    assert.equal(QUESTION_ID.source, schema.properties.id.pattern);
    const ids = readdirSync(join(repoRoot(), 'content'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => basename(f, '.md'));
    assert.ok(ids.length > 50, `only ${ids.length} entries found under content/`);
    assert.deepEqual(ids.filter((id) => !isQuestionId(id)), []);
  });
});
