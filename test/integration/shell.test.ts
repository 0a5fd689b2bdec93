import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Core } from '../../src/core';
import type { Features } from '../../src/features';
import { DeferredTreeProvider } from '../../src/shell/deferredProviders';
import { FeatureLoader } from '../../src/shell/featureLoader';
import type { TopicNode } from '../../src/tree/topicNodes';
import { activateExtension } from './helpers';

// The activation shell in the real host, with made-up bundles: the placeholders must give the
// ids over to the real commands, pass the first call on, load the core once under the features,
// and fail the same way every time.
const ID = 'pyInterviewTest.shellCommand';

function fakeCore(tree: Partial<Core['tree']> = {}): Core {
  return { tree } as Core;
}

function fakeFeatures(): Features {
  return { hovers: { provideHover: () => undefined }, serializers: {} as Features['serializers'], uriHandler: { handleUri: () => undefined }, api: {} as Features['api'] };
}

describe('activation shell: placeholders until the bundles load', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(() => {
    for (const d of disposables.splice(0)) {
      d.dispose();
    }
  });

  it('loads core then features on the first command and passes the call, arguments included, to the real command', async () => {
    const calls: unknown[][] = [];
    const loads: string[] = [];
    const core = fakeCore();
    const loader = new FeatureLoader(
      [ID],
      () => (loads.push('core'), core),
      (c) => {
        assert.equal(c, core);
        loads.push('features');
        disposables.push(vscode.commands.registerCommand(ID, (...args: unknown[]) => (calls.push(args), 'real')));
        return fakeFeatures();
      },
    );
    disposables.push(loader);
    assert.equal(loader.peek(), undefined);
    const node = { kind: 'question' };
    assert.equal(await vscode.commands.executeCommand(ID, node, 2), 'real');
    assert.equal(await vscode.commands.executeCommand(ID, 3), 'real');
    assert.deepEqual(loads, ['core', 'features']);
    assert.ok(loader.peek());
    // the same object, not a copy: tree context menus hand their nodes over this way
    assert.equal(calls[0][0], node);
    assert.deepEqual(calls.slice(1), [[3]]);
  });

  it('loads the core alone for the tree, leaving the commands to their placeholders', () => {
    let features = 0;
    const loader = new FeatureLoader([ID], () => fakeCore(), () => (features++, fakeFeatures()));
    disposables.push(loader);
    loader.core();
    loader.core();
    assert.equal(features, 0);
    assert.equal(loader.peek(), undefined);
  });

  it('reports a bundle that fails to load on every use, without loading it twice', async () => {
    let attempts = 0;
    const loader = new FeatureLoader(
      [ID],
      () => fakeCore(),
      () => {
        attempts++;
        throw new Error('features.js is missing');
      },
    );
    disposables.push(loader);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(ID)), /features\.js is missing/);
    assert.throws(() => loader.get(), /features\.js is missing/);
    assert.equal(attempts, 1);
  });

  it('forwards the tree and its change events once the core exists', async () => {
    const changed = new vscode.EventEmitter<undefined>();
    let loads = 0;
    const tree = new DeferredTreeProvider(() => {
      loads++;
      return fakeCore({
        onDidChangeTreeData: changed.event,
        getChildren: () => Promise.resolve(['a' as unknown as TopicNode]),
        getTreeItem: (n: TopicNode) => new vscode.TreeItem(n as unknown as string),
      });
    });
    disposables.push(tree, changed);
    let fired = 0;
    disposables.push(tree.onDidChangeTreeData(() => fired++));
    assert.deepEqual(await tree.getChildren(), ['a']);
    changed.fire(undefined);
    assert.equal(fired, 1);
    assert.equal((await Promise.resolve(tree.getTreeItem('a' as unknown as TopicNode))).label, 'a');
    assert.equal(loads, 1);
  });

  it('has loaded the real extension through the same path: the tree answers, and so do the commands', async () => {
    const { api } = await activateExtension();
    assert.ok(((await api.topics.getChildren()) ?? []).length > 0);
    assert.equal(typeof api.study.statusBarText(), 'string');
  });
});
