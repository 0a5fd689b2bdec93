import * as vscode from 'vscode';
import type { Catalog } from '../model/catalog';
import type { LazyCatalog } from '../model/catalogLoader';
import { categoryName, displayTitle, otherCategoryName, otherTitle } from '../model/displayText';
import { t } from '../model/l10n';
import { difficultyLabel, frequencyLabel, levelMeter } from '../model/levels';
import { categorySummary, statusLabel } from '../model/quiz/statusText';
import type { QuestionHead } from '../model/types';
import { CommandIds } from '../commands/ids';
import type { IdList } from '../model/userLists';
import { summarizeDeck } from '../model/quiz/deck';
import type { CardStatus, DeckSummary } from '../model/quiz/deck';
import type { ProgressData } from '../model/quiz/progressStore';
import { matchesFilter } from './topicNodes';
import type { CategoryNode, GroupKind, GroupNode, QuestionNode, TopicNode, TreeFilter } from './topicNodes';

const GROUP_LOOK: Record<GroupKind, { label: () => string; icon: string }> = {
  bookmarks: { label: () => t('Bookmarks'), icon: 'star-full' },
  recent: { label: () => t('Recently Viewed'), icon: 'history' },
};

/** What the tree needs from quiz progress; the ProgressService provides it. */
export interface StudyState {
  /** Loads the progress; the tree waits for it so icons are right on first paint. */
  store(): Promise<unknown>;
  status(id: string): CardStatus;
  peek(): Readonly<ProgressData> | undefined;
  now(): number;
}

const STATUS_LOOK: Record<CardStatus, { icon: string; color?: string }> = {
  new: { icon: 'circle-large-outline' },
  learning: { icon: 'issue-draft', color: 'charts.blue' },
  due: { icon: 'bell-dot', color: 'charts.orange' },
  mastered: { icon: 'pass-filled', color: 'charts.green' },
};

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
  private groupNodes = new Map<GroupKind, GroupNode>();
  private filter: TreeFilter | undefined;
  private contentState: 'ok' | 'error' | undefined;

  constructor(
    private readonly catalog: LazyCatalog,
    private readonly log: vscode.LogOutputChannel,
    private readonly lists: Record<GroupKind, IdList>,
    private readonly study: StudyState,
  ) {}

  /**
   * Labels or membership changed (a grade, a bookmark, a filter): the nodes stay the same objects,
   * so a reveal that resolved a node just before the view redraws still finds it among the children.
   */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The content was loaded again: its questions are new objects, so are the nodes. */
  reload(): void {
    this.categoryNodes.clear();
    this.questionNodes.clear();
    this.changed.fire(undefined);
  }

  get activeFilter(): TreeFilter | undefined {
    return this.filter;
  }

  /** Narrows the tree (undefined clears); the Bookmarks and Recently Viewed groups hide while filtering. */
  setFilter(filter: TreeFilter | undefined): void {
    this.filter = filter;
    this.refresh();
  }

  async getChildren(element?: TopicNode): Promise<TopicNode[]> {
    const catalog = await this.load();
    if (!catalog) {
      return [];
    }
    if (!element) {
      const groups = this.filter ? [] : (['bookmarks', 'recent'] as const).filter((g) => this.groupIds(catalog, g).length > 0).map((g) => this.groupNode(g));
      const categories = catalog
        .nonEmptyCategories()
        .filter((c) => this.visibleIn(catalog, c.id).length > 0)
        .map((c) => this.categoryNode(catalog, c.id));
      return [...groups, ...categories];
    }
    if (element.kind === 'group') {
      return this.groupIds(catalog, element.group).flatMap((id) => {
        const q = catalog.question(id);
        return q ? [this.questionNode(q, element.group)] : [];
      });
    }
    if (element.kind === 'category') {
      return this.visibleIn(catalog, element.category.id).map((q) => this.questionNode(q));
    }
    return [];
  }

  async getParent(element: TopicNode): Promise<TopicNode | undefined> {
    if (element.kind !== 'question') {
      return undefined;
    }
    if (element.group) {
      return this.groupNode(element.group);
    }
    const catalog = await this.load();
    return catalog ? this.categoryNode(catalog, element.question.category) : undefined;
  }

  private visibleIn(catalog: Catalog<QuestionHead>, categoryId: string): readonly QuestionHead[] {
    return catalog.questionsIn(categoryId).filter((q) => matchesFilter(q, this.filter, (id) => this.study.status(id)));
  }

  private groupIds(catalog: Catalog<QuestionHead>, group: GroupKind): string[] {
    return this.lists[group].ids().filter((id) => catalog.question(id));
  }

  private groupNode(group: GroupKind): GroupNode {
    let node = this.groupNodes.get(group);
    if (!node) {
      node = { kind: 'group', group };
      this.groupNodes.set(group, node);
    }
    return node;
  }

  /** The node for a question id, for TreeView.reveal. */
  async nodeFor(id: string): Promise<QuestionNode | undefined> {
    const q = (await this.load())?.question(id);
    return q ? this.questionNode(q) : undefined;
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group':
        return groupItem(node, this.lists[node.group].ids().length);
      case 'category':
        return categoryItem(node, this.visibleCount(node), this.categorySummary(node));
      case 'question':
        return questionItem(node.question, node.group, this.lists.bookmarks.has(node.question.id), this.study.status(node.question.id));
    }
  }

  private categorySummary(node: CategoryNode): DeckSummary | undefined {
    const catalog = this.catalog.peekHead();
    const progress = this.study.peek();
    if (!catalog || !progress) {
      return undefined;
    }
    return summarizeDeck(
      catalog.questionsIn(node.category.id).map((q) => q.id),
      progress,
      this.study.now(),
    );
  }

  private visibleCount(node: CategoryNode): number {
    const catalog = this.catalog.peekHead();
    return catalog ? this.visibleIn(catalog, node.category.id).length : node.count;
  }

  private async load(): Promise<Catalog<QuestionHead> | undefined> {
    try {
      const [catalog] = await Promise.all([this.catalog.head(), this.study.store()]);
      this.setContentState('ok');
      return catalog;
    } catch (err) {
      this.log.error(`content could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
      this.setContentState('error');
      return undefined;
    }
  }

  /**
   * Only a change is sent, and not awaited: the key picks the view's welcome text, which shows
   * only while there are no items, and every awaited setContext is a round trip to the window
   * that each expanded node would otherwise wait for.
   */
  private setContentState(state: 'ok' | 'error'): void {
    if (this.contentState !== state) {
      this.contentState = state;
      void vscode.commands.executeCommand('setContext', CONTENT_STATE_KEY, state);
    }
  }

  private categoryNode(catalog: Catalog<QuestionHead>, id: string): CategoryNode {
    let node = this.categoryNodes.get(id);
    if (!node) {
      const category = catalog.category(id) ?? { id, name: id, nameEn: id, order: 0, icon: 'folder' };
      node = { kind: 'category', category, count: catalog.questionsIn(id).length };
      this.categoryNodes.set(id, node);
    }
    return node;
  }

  private questionNode(q: QuestionHead, group?: GroupKind): QuestionNode {
    const key = `${group ?? ''}:${q.id}`;
    let node = this.questionNodes.get(key);
    if (!node) {
      node = group ? { kind: 'question', question: q, group } : { kind: 'question', question: q };
      this.questionNodes.set(key, node);
    }
    return node;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function groupItem(node: GroupNode, count: number): vscode.TreeItem {
  const look = GROUP_LOOK[node.group];
  const label = look.label();
  const item = new vscode.TreeItem(label, node.group === 'bookmarks' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `group:${node.group}`;
  item.description = `${count}`;
  item.iconPath = new vscode.ThemeIcon(look.icon);
  item.contextValue = `group-${node.group}`;
  item.accessibilityInformation = { label: count === 1 ? t('{0}, 1 question', label) : t('{0}, {1} questions', label, count), role: 'treeitem' };
  return item;
}

function categoryItem(node: CategoryNode, count: number, study: DeckSummary | undefined): vscode.TreeItem {
  const { category } = node;
  const name = categoryName(category);
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `category:${category.id}`;
  const summary = categorySummary(count, study && { masteryPercent: study.masteryPercent, due: study.counts.due });
  item.description = summary;
  const other = otherCategoryName(category);
  item.tooltip = other ? t('{0} ({1}) — {2}', name, other, summary) : t('{0} — {1}', name, summary);
  item.iconPath = new vscode.ThemeIcon(category.icon);
  item.contextValue = 'category';
  item.accessibilityInformation = { label: t('{0}, {1}', name, summary.split(' · ').join(', ')), role: 'treeitem' };
  return item;
}

function questionItem(q: QuestionHead, group: GroupKind | undefined, bookmarked: boolean, status: CardStatus): vscode.TreeItem {
  const title = displayTitle(q);
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
  item.id = group ? `${group}:${q.id}` : `question:${q.id}`;
  const look = STATUS_LOOK[status];
  const state = statusLabel(status);
  const levels = `${levelMeter(q.difficulty)} ${frequencyLabel(q.frequency)}`;
  // The state is in the text too (not only icon shape and colour) when it asks for action.
  item.description = status === 'due' ? t('Due · {0}', levels) : levels;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMd(title)}**\n\n`);
  const other = otherTitle(q);
  if (other) {
    tooltip.appendMarkdown(`*${escapeMd(other)}*\n\n`);
  }
  tooltip.appendMarkdown(`${escapeMd(q.summary)}\n\n`);
  tooltip.appendMarkdown(
    `$(${look.icon}) ${escapeMd(state)} · $(graph) ${escapeMd(t('Difficulty: {0}', difficultyLabel(q.difficulty)))} · $(flame) ${escapeMd(t('Frequency: {0}', frequencyLabel(q.frequency)))}`,
  );
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
  item.contextValue = bookmarked ? 'question-bookmarked' : 'question';
  item.command = { command: CommandIds.openAnswer, title: t('Open Answer'), arguments: [q.id] };
  item.accessibilityInformation = {
    label: t('{0}, {1}, difficulty {2}, {3}', title, state, difficultyLabel(q.difficulty), frequencyLabel(q.frequency)),
    role: 'treeitem',
  };
  return item;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|<>$])/g, '\\$1');
}
