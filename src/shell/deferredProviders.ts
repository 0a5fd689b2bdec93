// Stand-ins that activation registers for the providers in the core and features bundles: each
// call loads its bundle (once) and passes the call on, so VS Code sees the same provider throughout.
import * as vscode from 'vscode';
import type { Core } from '../core';
import type { Features } from '../features';
import type { PanelViewType } from '../panels/viewTypes';
import type { TopicNode } from '../tree/topicNodes';
import type { TopicsTreeProvider } from '../tree/topicsTreeProvider';

type Load = () => Features;

/** Forwards to the core's topics tree, and its change events once it exists. */
export class DeferredTreeProvider implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | TopicNode[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private target: TopicsTreeProvider | undefined;
  private forwarding: vscode.Disposable | undefined;

  constructor(private readonly load: () => Core) {}

  getChildren(element?: TopicNode): vscode.ProviderResult<TopicNode[]> {
    return this.provider().getChildren(element);
  }

  getTreeItem(element: TopicNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.provider().getTreeItem(element);
  }

  getParent(element: TopicNode): vscode.ProviderResult<TopicNode> {
    return this.provider().getParent(element);
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }

  private provider(): TopicsTreeProvider {
    if (!this.target) {
      this.target = this.load().tree;
      this.forwarding = this.target.onDidChangeTreeData((e) => this.changed.fire(e));
    }
    return this.target;
  }
}

export function deferredHoverProvider(load: Load): vscode.HoverProvider {
  return { provideHover: (document, position, token) => load().hovers.provideHover(document, position, token) };
}

export function deferredSerializer(load: Load, viewType: PanelViewType): vscode.WebviewPanelSerializer {
  return { deserializeWebviewPanel: (panel, state: unknown) => load().serializers[viewType].deserializeWebviewPanel(panel, state) };
}

export function deferredUriHandler(load: Load): vscode.UriHandler {
  return { handleUri: (uri) => load().uriHandler.handleUri(uri) };
}
