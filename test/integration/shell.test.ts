import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Features } from '../../src/features';
import { DeferredTreeProvider } from '../../src/shell/deferredProviders';
import { FeatureLoader } from '../../src/shell/featureLoader';
import { activateExtension } from './helpers';

// The activation shell in the real host, with made-up features: the placeholders must give the
// ids over to the real commands, pass the first call on, and fail the same way every time.
const ID = 'pyInterviewTest.shellCommand';

function fakeFeatures(topics: vscode.TreeDataProvider<never> = { getChildren: () => [], getTreeItem: () => new vscode.TreeItem('x') }): Features {
  return { topics, hovers: { provideHover: () => undefined }, serializers: {} as Features['serializers'], uriHandler: { handleUri: () => undefined }, api: {} as Features['api'] };
}

describe('activation shell: placeholders until the features load', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(() => {
    for (const d of disposables.splice(0)) {
      d.dispose();
    }
  });

  it('loads the features on the first command and passes the call, arguments included, to the real command', async () => {
    const calls: unknown[][] = [];
    let created = 0;
    const loader = new FeatureLoader([ID], () => {
      created++;
      disposables.push(vscode.commands.registerCommand(ID, (...args: unknown[]) => (calls.push(args), 'real')));
      return fakeFeatures();
    });
    disposables.push(loader);
    assert.equal(loader.peek(), undefined);
    const node = { kind: 'question' };
    assert.equal(await vscode.commands.executeCommand(ID, node, 2), 'real');
    assert.equal(await vscode.commands.executeCommand(ID, 3), 'real');
    assert.equal(created, 1);
    assert.ok(loader.peek());
    // the same object, not a copy: tree context menus hand their nodes over this way
    assert.equal(calls[0][0], node);
    assert.deepEqual(calls.slice(1), [[3]]);
  });

  it('reports a features bundle that fails to load on every use, without loading it twice', async () => {
    let attempts = 0;
    const loader = new FeatureLoader([ID], () => {
      attempts++;
      throw new Error('features.js is missing');
    });
    disposables.push(loader);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(ID)), /features\.js is missing/);
    assert.throws(() => loader.get(), /features\.js is missing/);
    assert.equal(attempts, 1);
  });

  it('forwards the tree and its change events once the features exist', async () => {
    const changed = new vscode.EventEmitter<undefined>();
    let loads = 0;
    const tree = new DeferredTreeProvider(() => {
      loads++;
      return fakeFeatures({ onDidChangeTreeData: changed.event, getChildren: () => ['a' as never], getTreeItem: (n) => new vscode.TreeItem(String(n)) });
    });
    disposables.push(tree, changed);
    let fired = 0;
    disposables.push(tree.onDidChangeTreeData(() => fired++));
    assert.deepEqual(await tree.getChildren(), ['a']);
    changed.fire(undefined);
    assert.equal(fired, 1);
    assert.equal((await Promise.resolve(tree.getTreeItem('a' as never))).label, 'a');
    assert.equal(loads, 1);
  });

  it('has loaded the real extension through the same path: its commands answer, not the placeholders', async () => {
    const { api } = await activateExtension();
    assert.ok(((await api.topics.getChildren()) ?? []).length > 0);
    assert.equal(typeof api.study.statusBarText(), 'string');
  });
});
