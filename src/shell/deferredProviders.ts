// Stand-ins that activation registers for the providers in the features bundle: each call loads
// the features (once) and passes the call on, so VS Code sees the same provider before and after.
import * as vscode from 'vscode';
import type { Features } from '../features';
import type { PanelViewType } from '../panels/viewTypes';
import type { TopicNode } from '../tree/topicNodes';

type Load = () => Features;

/** Forwards to the features' topics tree, and its change events once it exists. */
export class DeferredTreeProvider implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | TopicNode[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private target: vscode.TreeDataProvider<TopicNode> | undefined;
  private forwarding: vscode.Disposable | undefined;

  constructor(private readonly load: Load) {}

  getChildren(element?: TopicNode): vscode.ProviderResult<TopicNode[]> {
    return this.provider().getChildren(element);
  }

  getTreeItem(element: TopicNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.provider().getTreeItem(element);
  }

  getParent(element: TopicNode): vscode.ProviderResult<TopicNode> {
    return this.provider().getParent?.(element);
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }

  private provider(): vscode.TreeDataProvider<TopicNode> {
    if (!this.target) {
      this.target = this.load().topics;
      this.forwarding = this.target.onDidChangeTreeData?.((e) => this.changed.fire(e));
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
