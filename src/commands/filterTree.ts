import * as vscode from 'vscode';
import { difficultyLabel, frequencyLabel } from '../model/levels';
import { t } from '../model/l10n';
import { statusLabel } from '../model/quiz/statusText';
import { CARD_STATUSES } from '../model/quiz/deck';
import type { CardStatus } from '../model/quiz/deck';
import type { LazySearch } from '../model/search/lazySearch';
import type { Level } from '../model/types';
import type { LazyCatalog } from '../model/catalogLoader';
import { matchesFilter } from '../tree/topicNodes';
import type { TreeFilter } from '../tree/topicNodes';
import type { TopicsTreeProvider } from '../tree/topicsTreeProvider';
import { CommandIds } from './ids';

export const FILTERED_KEY = 'pyInterview.treeFiltered';

export interface FilterArgs {
  text?: string;
  difficulty?: Level;
  frequency?: Level;
  status?: CardStatus;
}

function isStatus(x: unknown): x is CardStatus {
  return typeof x === 'string' && (CARD_STATUSES as readonly string[]).includes(x);
}

function isLevel(x: unknown): x is Level {
  return x === 1 || x === 2 || x === 3;
}

/** `Filter Tree…`: narrow the tree by text, difficulty, frequency and study state; the view says what is applied. */
export function registerFilterTree(
  catalog: LazyCatalog,
  tree: TopicsTreeProvider,
  view: vscode.TreeView<unknown>,
  search: LazySearch,
  statusOf: (id: string) => CardStatus,
): vscode.Disposable {
  const apply = async (args: FilterArgs): Promise<void> => {
    const text = args.text?.trim();
    if (!text && !args.difficulty && !args.frequency && !args.status) {
      return clear();
    }
    const filter: TreeFilter = { text, difficulty: args.difficulty, frequency: args.frequency, status: args.status };
    if (text) {
      filter.ids = new Set((await search.search(text, 1000)).map((h) => h.id));
    }
    tree.setFilter(filter);
    const parts = [
      text && t('“{0}”', text),
      args.difficulty && t('Difficulty: {0}', difficultyLabel(args.difficulty)),
      args.frequency && t('Frequency: {0}', frequencyLabel(args.frequency)),
      args.status && t('Status: {0}', statusLabel(args.status)),
    ].filter(Boolean);
    const count = (await catalog.head()).all().filter((q) => matchesFilter(q, filter, statusOf)).length;
    view.message = count === 1 ? t('Filtered: {0} (1 question)', parts.join(' · ')) : t('Filtered: {0} ({1} questions)', parts.join(' · '), count);
    await vscode.commands.executeCommand('setContext', FILTERED_KEY, true);
  };
  const clear = async (): Promise<void> => {
    tree.setFilter(undefined);
    view.message = undefined;
    await vscode.commands.executeCommand('setContext', FILTERED_KEY, false);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.filterTree, async (arg?: unknown) => {
      if (typeof arg === 'object' && arg !== null) {
        const a = arg as Record<string, unknown>;
        return apply({
          text: typeof a.text === 'string' ? a.text : undefined,
          difficulty: isLevel(a.difficulty) ? a.difficulty : undefined,
          frequency: isLevel(a.frequency) ? a.frequency : undefined,
          status: isStatus(a.status) ? a.status : undefined,
        });
      }
      const args = await askFilter(tree.activeFilter);
      if (args) {
        await apply(args);
      }
    }),
    vscode.commands.registerCommand(CommandIds.clearFilter, clear),
  );
}

async function askFilter(current: TreeFilter | undefined): Promise<FilterArgs | undefined> {
  const text = await vscode.window.showInputBox({ title: t('Filter Questions (1/4)'), prompt: t('Keywords (may be left empty)'), value: current?.text ?? '' });
  if (text === undefined) {
    return undefined;
  }
  const level = async (title: string, label: (l: Level) => string): Promise<Level | undefined | null> => {
    const items = [{ label: t('Any'), level: undefined }, ...([1, 2, 3] as const).map((l) => ({ label: label(l), level: l }))];
    const pick = await vscode.window.showQuickPick(items, { title });
    return pick ? pick.level : null;
  };
  const difficulty = await level(t('Filter Questions (2/4 difficulty)'), difficultyLabel);
  if (difficulty === null) {
    return undefined;
  }
  const frequency = await level(t('Filter Questions (3/4 frequency)'), frequencyLabel);
  if (frequency === null) {
    return undefined;
  }
  const statuses = [{ label: t('Any'), status: undefined }, ...CARD_STATUSES.map((s) => ({ label: statusLabel(s), status: s }))];
  const status = await vscode.window.showQuickPick(statuses, { title: t('Filter Questions (4/4 study state)') });
  if (!status) {
    return undefined;
  }
  return { text, difficulty, frequency, status: status.status };
}
