import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/model/catalog';
import { hoverTarget, lookupKeyword } from '../../../src/model/keywordIndex';
import type { ContentBundle, Question } from '../../../src/model/types';

function q(id: string, keywords: Record<string, string[]>): Question {
  return { id, title: id, titleEn: '', category: 'c', order: 1, difficulty: 1, frequency: 1, tags: [], aliases: [], related: [], keywords, appliesTo: '', quiz: [], snippets: [], summary: '', html: '', blocks: [], source: '' };
}

describe('hover targets and the keyword index', () => {
  it('offers the dotted path up to the hovered segment, the whole name and the word', () => {
    const line = '    @functools.wraps(func)';
    assert.deepEqual(hoverTarget(line, line.indexOf('wraps') + 2, 'python')?.candidates, ['functools.wraps', 'wraps']);
    assert.deepEqual(hoverTarget(line, line.indexOf('functools') + 1, 'python')?.candidates, ['functools', 'functools.wraps']);
    assert.deepEqual(hoverTarget('x = copy.deepcopy(y)', 12, 'python')?.candidates, ['copy.deepcopy', 'deepcopy']);
  });

  it('recognises a decorator @ and nginx variables', () => {
    assert.deepEqual(hoverTarget('@log_calls', 0, 'python')?.candidates, ['@']);
    assert.deepEqual(hoverTarget('proxy_set_header X $proxy_add_x_forwarded_for;', 22, 'nginx')?.candidates, ['$proxy_add_x_forwarded_for']);
  });

  it('stays quiet inside Python strings and comments', () => {
    assert.equal(hoverTarget('print("use yield here")', 12, 'python'), undefined);
    assert.equal(hoverTarget("x = 'a' # yield later", 12, 'python'), undefined);
    assert.ok(hoverTarget("x = 'a' ; yield", 12, 'python'));
    assert.equal(hoverTarget('a  b', 2, 'python'), undefined);
  });

  it('looks candidates up per language, most specific first', () => {
    const bundle: ContentBundle = {
      version: 1,
      categories: [{ id: 'c', name: 'C', nameEn: 'C', order: 1, icon: 'x' }],
      questions: [q('wraps-entry', { python: ['functools.wraps'] }), q('decorator', { python: ['wraps', '@'] }), q('nginx-entry', { nginx: ['proxy_pass'] })],
    };
    const catalog = new Catalog(bundle);
    assert.equal(lookupKeyword(catalog, 'python', ['functools.wraps', 'wraps'])?.questions[0].id, 'wraps-entry');
    assert.equal(lookupKeyword(catalog, 'python', ['wraps'])?.term, 'wraps');
    assert.equal(lookupKeyword(catalog, 'python', ['proxy_pass']), undefined);
    assert.equal(lookupKeyword(catalog, 'nginx', ['proxy_pass'])?.questions[0].id, 'nginx-entry');
  });
});
