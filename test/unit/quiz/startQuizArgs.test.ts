import * as assert from 'node:assert/strict';
import { parseStartQuizArgs } from '../../../src/quiz/startQuizArgs';

describe('Start Quiz arguments', () => {
  it('reads tree nodes, links and scripted options', () => {
    assert.deepEqual(parseStartQuizArgs({ kind: 'question', question: { id: 'python-gil' } }), { scope: { kind: 'question', id: 'python-gil' } });
    assert.deepEqual(parseStartQuizArgs({ kind: 'category', category: { id: 'redis' }, count: 3 }), { scope: { kind: 'category', category: 'redis' } });
    assert.deepEqual(parseStartQuizArgs({ questionId: 'python-gil' }), { scope: { kind: 'question', id: 'python-gil' } });
    assert.deepEqual(parseStartQuizArgs({ scope: 'due', length: 5 }), { scope: { kind: 'due' }, length: 5 });
    const prompter = { pick: () => undefined, input: () => undefined, feedback: () => undefined, showCode: () => undefined };
    assert.equal(parseStartQuizArgs({ prompter }).prompter, prompter);
  });

  it('ignores what it does not recognise', () => {
    assert.deepEqual(parseStartQuizArgs(undefined), {});
    assert.deepEqual(parseStartQuizArgs('python-gil'), {});
    assert.deepEqual(parseStartQuizArgs({ scope: 'everything', length: -1 }), {});
    assert.deepEqual(parseStartQuizArgs({ length: 2.5, prompter: { pick: 1 } }), {});
  });
});
