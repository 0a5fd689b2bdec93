import * as assert from 'node:assert/strict';
import { ReviewSession } from '../../../src/panels/reviewSession';

describe('review session', () => {
  it('walks the queue: reveal, then grade moves to the next card face down', () => {
    const s = new ReviewSession(['a', 'b', 'c']);
    assert.equal(s.current, 'a');
    assert.equal(s.remaining, 3);
    assert.equal(s.revealed, false);
    assert.equal(s.canGrade('a'), false, 'no grade before the answer is shown');
    assert.equal(s.reveal('a'), true);
    assert.equal(s.canGrade('a'), true);
    s.advance();
    assert.equal(s.current, 'b');
    assert.equal(s.remaining, 2);
    assert.equal(s.revealed, false);
    assert.equal(s.canGrade('a'), false, 'a repeated grade for the previous card is refused');
  });

  it('refuses to reveal or grade a card that is not on screen', () => {
    const s = new ReviewSession(['a', 'b']);
    assert.equal(s.reveal('b'), false);
    assert.equal(s.revealed, false);
    assert.equal(s.canGrade('b'), false);
  });

  it('finishes after the last card and stays finished', () => {
    const s = new ReviewSession(['a']);
    s.reveal('a');
    s.advance();
    assert.equal(s.finished, true);
    assert.equal(s.current, undefined);
    assert.equal(s.remaining, 0);
    s.advance();
    assert.equal(s.remaining, 0);
    assert.equal(new ReviewSession([]).finished, true);
  });

  it('goes back to the undone card with its answer shown, one step per undo', () => {
    const s = new ReviewSession(['a', 'b', 'c']);
    for (const id of ['a', 'b', 'c']) {
      s.reveal(id);
      s.advance();
    }
    assert.equal(s.finished, true);
    s.back('c');
    assert.equal(s.current, 'c');
    assert.equal(s.revealed, true);
    assert.equal(s.remaining, 1);
    s.back('b');
    assert.equal(s.current, 'b');
    assert.equal(s.remaining, 2);
    assert.equal(s.canGrade('b'), true);
  });

  it('puts a card graded elsewhere in front of the current one on undo', () => {
    const s = new ReviewSession(['a', 'b']);
    s.back('quiz-card');
    assert.equal(s.current, 'quiz-card');
    assert.equal(s.remaining, 3);
    s.advance();
    assert.equal(s.current, 'a');
  });

  it('resumes a restored panel on the card it showed', () => {
    const s = new ReviewSession(['a', 'b', 'c']);
    s.resumeAt('c');
    assert.equal(s.current, 'c');
    assert.equal(s.remaining, 3);
    s.advance();
    assert.equal(s.current, 'a');
    const t = new ReviewSession(['a', 'b']);
    t.resumeAt('gone');
    assert.equal(t.current, 'a');
    assert.equal(t.remaining, 2);
  });
});
