// Messages between the answer panel host (src/panels) and its webview (src/webview/answer).
// Both sides import this file, so a change of shape breaks the build on both sides at once.

export interface RelatedLink {
  id: string;
  title: string;
}

/** What the webview shows for one question; built by the host from the catalog. */
export interface AnswerView {
  id: string;
  title: string;
  titleEn: string;
  category: string;
  difficulty: string;
  frequency: string;
  appliesTo: string;
  tags: string[];
  html: string;
  related: RelatedLink[];
  bookmarked: boolean;
}

/** UI text of the webview, supplied by the host so it follows the host's language. */
export interface AnswerStrings {
  copy: string;
  copied: string;
  insert: string;
  output: string;
  executed: string;
  notExecuted: string;
  checked: string;
  related: string;
  tags: string;
  appliesTo: string;
  loading: string;
  bookmark: string;
  bookmarked: string;
}

export type HostToWebview = { type: 'render'; view: AnswerView; strings: AnswerStrings } | { type: 'copied'; block: number };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; id: string; title: string }
  | { type: 'open'; id: string }
  | { type: 'copy'; id: string; block: number }
  | { type: 'insert'; id: string; block: number }
  | { type: 'toggleBookmark'; id: string };

/** Persisted by the webview (getState/setState) and handed back to the serializer on reload. */
export interface AnswerState {
  id: string;
  scrollY: number;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && ID.test(x);
}

function isBlockIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1000;
}

/** Validates a message from the webview; anything unexpected yields undefined and is ignored. */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isId(raw.id) && typeof raw.title === 'string' && raw.title.length <= 500
        ? { type: 'rendered', id: raw.id, title: raw.title }
        : undefined;
    case 'open':
      return isId(raw.id) ? { type: 'open', id: raw.id } : undefined;
    case 'toggleBookmark':
      return isId(raw.id) ? { type: 'toggleBookmark', id: raw.id } : undefined;
    case 'copy':
    case 'insert':
      return isId(raw.id) && isBlockIndex(raw.block) ? { type: raw.type, id: raw.id, block: raw.block } : undefined;
    default:
      return undefined;
  }
}

/** Validates a message from the host; the webview ignores anything else. */
export function parseHostMessage(raw: unknown): HostToWebview | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  if (raw.type === 'render' && isRecord(raw.view) && isRecord(raw.strings) && isId(raw.view.id) && typeof raw.view.html === 'string') {
    return raw as unknown as HostToWebview;
  }
  if (raw.type === 'copied' && isBlockIndex(raw.block)) {
    return { type: 'copied', block: raw.block };
  }
  return undefined;
}

export function parseAnswerState(raw: unknown): AnswerState | undefined {
  if (!isRecord(raw) || !isId(raw.id)) {
    return undefined;
  }
  const scrollY = typeof raw.scrollY === 'number' && Number.isFinite(raw.scrollY) && raw.scrollY >= 0 ? raw.scrollY : 0;
  return { id: raw.id, scrollY };
}
