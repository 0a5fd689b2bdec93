import * as assert from 'node:assert/strict';
import { PROGRESS_KEY, ProgressStore, parseProgress } from '../../../../src/model/quiz/progressStore';
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
    storage.data.set(PROGRESS_KEY, { version: 1, cards: { q: { due: 'soon' } }, logs: {} });
    const store = await ProgressStore.open(storage, T0);
    assert.equal(store.backupKey, `${PROGRESS_KEY}.unreadable.${T0}`);
    assert.deepEqual(storage.get(store.backupKey ?? ''), { version: 1, cards: { q: { due: 'soon' } }, logs: {} });
    assert.deepEqual(store.snapshot(), { version: 1, cards: {}, logs: {} });
    assert.equal((await ProgressStore.open(storage, T0 + 1)).backupKey, undefined, 'told once');
  });

  it('migrates the version-0 shape (a bare card map)', () => {
    const card = s.newCard(T0);
    assert.deepEqual(parseProgress({ q1: card }), { version: 1, cards: { q1: card }, logs: {} });
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
    await assert.rejects(other.importJson('{"hello": 1}'), /not a Python 面试通 progress export/);
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
    assert.deepEqual((await ProgressStore.open(storage, T0)).snapshot(), { version: 1, cards: {}, logs: {} });
  });
});
