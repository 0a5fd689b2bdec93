import * as assert from 'node:assert/strict';
import { ANSWERS_CAP, PROGRESS_KEY, ProgressStore, parseProgress } from '../../../../src/model/quiz/progressStore';
import { Scheduler } from '../../../../src/model/quiz/scheduler';

const T0 = Date.UTC(2026, 10, 1);

/** A globalState stand-in that keeps what was written; `failNext` simulates a crash mid-write. */
class MemoryStorage {
  data = new Map<string, unknown>();
  failNext = false;
  get(key: string): unknown {
    const v = this.data.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }
  update(key: string, value: unknown): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('killed while writing'));
    }
    this.data.set(key, structuredClone(value));
    return Promise.resolve();
  }
}

describe('progress store', () => {
  const s = new Scheduler();

  it('keeps every review across a reload', async () => {
    const storage = new MemoryStorage();
    const store = await ProgressStore.open(storage, T0);
    const a = s.grade(s.newCard(T0), T0, 'good');
    await store.record('q1', a.card, a.log);
    const b = s.grade(a.card, a.card.due, 'easy');
    await store.record('q1', b.card, b.log);
    const reopened = await ProgressStore.open(storage, T0);
    assert.deepEqual(reopened.card('q1'), b.card);
    assert.deepEqual(reopened.logs('q1').map((l) => l.grade), ['good', 'easy']);
  });

  it('a crash while writing loses only the review in flight', async () => {
    const storage = new MemoryStorage();
    const store = await ProgressStore.open(storage, T0);
    const first = s.grade(s.newCard(T0), T0, 'good');
    await store.record('q1', first.card, first.log);
    storage.failNext = true;
    const second = s.grade(s.newCard(T0), T0, 'again');
    await assert.rejects(store.record('q2', second.card, second.log));
    const reopened = await ProgressStore.open(storage, T0);
    assert.deepEqual(reopened.card('q1'), first.card);
    assert.equal(reopened.card('q2'), undefined);
    assert.equal(store.card('q2'), undefined, 'memory follows what was written');
  });

  it('moves unreadable data aside, starts fresh, and says where the backup is', async () => {
    const storage = new MemoryStorage();
    storage.data.set(PROGRESS_KEY, { version: 2, cards: { q: { due: 'soon' } }, logs: {}, answers: {} });
    const store = await ProgressStore.open(storage, T0);
    assert.equal(store.backupKey, `${PROGRESS_KEY}.unreadable.${T0}`);
    assert.deepEqual(storage.get(store.backupKey ?? ''), { version: 2, cards: { q: { due: 'soon' } }, logs: {}, answers: {} });
    assert.deepEqual(store.snapshot(), { version: 2, cards: {}, logs: {}, answers: {} });
    assert.equal((await ProgressStore.open(storage, T0 + 1)).backupKey, undefined, 'told once');
  });

  it('migrates every older shape to the current version, one step at a time', () => {
    const card = s.newCard(T0);
    const log = s.grade(card, T0, 'good').log;
    assert.deepEqual(parseProgress({ q1: card }), { version: 2, cards: { q1: card }, logs: {}, answers: {} }, 'v0: a bare card map');
    assert.deepEqual(parseProgress({ version: 1, cards: { q1: card }, logs: { q1: [log] } }), { version: 2, cards: { q1: card }, logs: { q1: [log] }, answers: {} }, 'v1: no quiz answers');
    assert.equal(parseProgress({ version: 2, cards: {}, logs: {}, answers: { q1: [{ at: 'x', correct: true }] } }), undefined, 'a malformed answer is unreadable');
    assert.equal(parseProgress({ version: 99, cards: {}, logs: {} }), undefined);
    assert.equal(parseProgress('x'), undefined);
  });

  it('export → import round trip is identical; bad imports are refused', async () => {
    const storage = new MemoryStorage();
    const store = await ProgressStore.open(storage, T0);
    const r = s.grade(s.newCard(T0), T0, 'hard');
    await store.record('q1', r.card, r.log);
    const exported = store.exportJson();
    const other = await ProgressStore.open(new MemoryStorage(), T0);
    await other.importJson(exported);
    assert.equal(other.exportJson(), exported);
    await assert.rejects(other.importJson('{"hello": 1}'), /not a Python Interview Coach progress export/);
    await assert.rejects(other.importJson('not json'), /not a JSON file/);
    assert.equal(other.exportJson(), exported, 'a refused import changes nothing');
  });

  it('undo puts the previous card back and drops the last log entry; reset clears all', async () => {
    const storage = new MemoryStorage();
    const store = await ProgressStore.open(storage, T0);
    const a = s.grade(s.newCard(T0), T0, 'good');
    await store.record('q1', a.card, a.log);
    const b = s.grade(a.card, a.card.due, 'again');
    await store.record('q1', b.card, b.log);
    await store.undo('q1', a.card);
    assert.deepEqual(store.card('q1'), a.card);
    assert.deepEqual(store.logs('q1').map((l) => l.grade), ['good']);
    await store.undo('q1', undefined);
    assert.equal(store.card('q1'), undefined);
    await store.reset();
    assert.deepEqual((await ProgressStore.open(storage, T0)).snapshot(), { version: 2, cards: {}, logs: {}, answers: {} });
  });

  it('keeps quiz answers, the most recent ANSWERS_CAP per question, across a reload', async () => {
    const storage = new MemoryStorage();
    const store = await ProgressStore.open(storage, T0);
    for (let i = 0; i < ANSWERS_CAP + 5; i++) {
      await store.recordAnswer('q1', { at: T0 + i, correct: i % 2 === 0 });
    }
    const reopened = await ProgressStore.open(storage, T0);
    assert.equal(reopened.answers('q1').length, ANSWERS_CAP);
    assert.equal(reopened.answers('q1')[0]?.at, T0 + 5, 'the oldest were dropped');
    assert.equal(reopened.answers('q1').at(-1)?.at, T0 + ANSWERS_CAP + 4);
  });

  it('kill mid-write at every point of a session: each reload holds exactly the writes that finished', async () => {
    // Write 6 events; "kill" the process at write k (the write fails and the store is dropped).
    for (let k = 0; k < 6; k++) {
      const storage = new MemoryStorage();
      const store = await ProgressStore.open(storage, T0);
      const done: string[] = [];
      try {
        for (let i = 0; i < 6; i++) {
          storage.failNext = i === k;
          if (i % 2 === 0) {
            const r = s.grade(s.newCard(T0), T0 + i, 'good');
            await store.record(`q${i}`, r.card, r.log);
          } else {
            await store.recordAnswer(`q${i}`, { at: T0 + i, correct: true });
          }
          done.push(`q${i}`);
        }
      } catch {
        // the process died here
      }
      const reopened = await ProgressStore.open(storage, T0);
      const present = [...Object.keys(reopened.current.cards), ...Object.keys(reopened.current.answers)].sort();
      assert.deepEqual(present, done.sort(), `killed at write ${k}`);
      assert.equal(reopened.backupKey, undefined, 'what was written is always readable');
    }
  });
});
