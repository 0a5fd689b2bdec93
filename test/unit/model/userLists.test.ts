import * as assert from 'node:assert/strict';
import { IdList } from '../../../src/model/userLists';

function storage(initial: Record<string, unknown> = {}): { get(k: string): unknown; update(k: string, v: string[]): Promise<void>; data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: (k) => data[k], update: (k, v) => Promise.resolve(void (data[k] = v)) };
}

describe('IdList (bookmarks and recently viewed)', () => {
  it('keeps bookmarks in the order they were added, without duplicates, and persists them', async () => {
    const s = storage();
    const list = new IdList(s, 'b');
    await list.add('x');
    await list.add('y');
    await list.add('x');
    assert.deepEqual(list.ids(), ['x', 'y']);
    assert.deepEqual(s.data.b, ['x', 'y']);
    assert.equal(await list.toggle('x'), false);
    assert.equal(await list.toggle('z'), true);
    assert.deepEqual(new IdList(s, 'b').ids(), ['y', 'z']);
  });

  it('moves a touched id to the front and keeps at most the cap', async () => {
    const list = new IdList(storage(), 'r', 3);
    for (const id of ['a', 'b', 'c', 'd', 'b']) {
      await list.touch(id);
    }
    assert.deepEqual(list.ids(), ['b', 'd', 'c']);
  });

  it('ignores malformed stored data', () => {
    assert.deepEqual(new IdList(storage({ k: 'oops' }), 'k').ids(), []);
    assert.deepEqual(new IdList(storage({ k: ['a', 3, null, 'b'] }), 'k').ids(), ['a', 'b']);
  });

  it('tells listeners about changes, and only about real ones', async () => {
    const list = new IdList(storage(), 'b');
    let calls = 0;
    const sub = list.onDidChange(() => calls++);
    await list.add('a');
    await list.add('a');
    await list.remove('zzz');
    sub.dispose();
    await list.add('b');
    assert.equal(calls, 1);
  });
});
