import * as vscode from 'vscode';
import type { Catalog } from '../model/catalog';
import type { LazyCatalog } from '../model/catalogLoader';
import { difficultyLabel, frequencyLabel, levelMeter } from '../model/levels';
import type { Question } from '../model/types';
import { CommandIds } from '../commands/ids';
import type { CategoryNode, QuestionNode, TopicNode } from './topicNodes';

/** Context key read by the view's welcome content (package.json viewsWelcome). */
export const CONTENT_STATE_KEY = 'pyInterview.contentState';

/**
 * Categories → questions. Nodes are cached per id so that `reveal` and `getParent` hand VS Code
 * the same objects it got from getChildren.
 */
export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private categoryNodes = new Map<string, CategoryNode>();
  private questionNodes = new Map<string, QuestionNode>();

  constructor(
    private readonly catalog: LazyCatalog,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  refresh(): void {
    this.categoryNodes.clear();
    this.questionNodes.clear();
    this.changed.fire(undefined);
  }

  async getChildren(element?: TopicNode): Promise<TopicNode[]> {
    const catalog = await this.load();
    if (!catalog) {
      return [];
    }
    if (!element) {
      return catalog.nonEmptyCategories().map((c) => this.categoryNode(catalog, c.id));
    }
    if (element.kind === 'category') {
      return catalog.questionsIn(element.category.id).map((q) => this.questionNode(q));
    }
    return [];
  }

  async getParent(element: TopicNode): Promise<TopicNode | undefined> {
    if (element.kind === 'category') {
      return undefined;
    }
    const catalog = await this.load();
    return catalog ? this.categoryNode(catalog, element.question.category) : undefined;
  }

  /** The node for a question id, for TreeView.reveal. */
  async nodeFor(id: string): Promise<QuestionNode | undefined> {
    const q = (await this.load())?.question(id);
    return q ? this.questionNode(q) : undefined;
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    return node.kind === 'category' ? categoryItem(node) : questionItem(node.question);
  }

  private async load(): Promise<Catalog | undefined> {
    try {
      const catalog = await this.catalog.get();
      await vscode.commands.executeCommand('setContext', CONTENT_STATE_KEY, 'ok');
      return catalog;
    } catch (err) {
      this.log.error(`content could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
      await vscode.commands.executeCommand('setContext', CONTENT_STATE_KEY, 'error');
      return undefined;
    }
  }

  private categoryNode(catalog: Catalog, id: string): CategoryNode {
    let node = this.categoryNodes.get(id);
    if (!node) {
      const category = catalog.category(id) ?? { id, name: id, nameEn: id, order: 0, icon: 'folder' };
      node = { kind: 'category', category, count: catalog.questionsIn(id).length };
      this.categoryNodes.set(id, node);
    }
    return node;
  }

  private questionNode(q: Question): QuestionNode {
    let node = this.questionNodes.get(q.id);
    if (!node) {
      node = { kind: 'question', question: q };
      this.questionNodes.set(q.id, node);
    }
    return node;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function categoryItem(node: CategoryNode): vscode.TreeItem {
  const { category, count } = node;
  const item = new vscode.TreeItem(category.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `category:${category.id}`;
  item.description = `${count} 题`;
  item.tooltip = `${category.name} (${category.nameEn}) — ${count} 题`;
  item.iconPath = new vscode.ThemeIcon(category.icon);
  item.contextValue = 'category';
  item.accessibilityInformation = { label: `${category.name},${count} 道题`, role: 'treeitem' };
  return item;
}

function questionItem(q: Question): vscode.TreeItem {
  const item = new vscode.TreeItem(q.title, vscode.TreeItemCollapsibleState.None);
  item.id = `question:${q.id}`;
  item.description = `${levelMeter(q.difficulty)} ${frequencyLabel(q.frequency)}`;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMd(q.title)}**\n\n`);
  tooltip.appendMarkdown(`${escapeMd(q.summary)}\n\n`);
  tooltip.appendMarkdown(`$(graph) 难度:${difficultyLabel(q.difficulty)} · $(flame) 频率:${frequencyLabel(q.frequency)}`);
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon(q.frequency === 3 ? 'flame' : 'question');
  item.contextValue = 'question';
  item.command = { command: CommandIds.openAnswer, title: '打开答案', arguments: [q.id] };
  item.accessibilityInformation = {
    label: `${q.title},难度${difficultyLabel(q.difficulty)},${frequencyLabel(q.frequency)}`,
    role: 'treeitem',
  };
  return item;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|<>$])/g, '\\$1');
}
