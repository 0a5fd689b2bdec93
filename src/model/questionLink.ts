// Links that open a question from outside the editor (a chat, a note, a study plan):
// `<uriScheme>://<publisher.name>/open?id=<question id>`. VS Code hands such a URI to the
// extension's UriHandler; this file builds and reads them without touching `vscode`.

/** The shape of every content id (the file name of its Markdown entry). */
export const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a link asks for: show the answer, or start a quiz on that one question. */
export type LinkAction = 'open' | 'quiz';

const ACTIONS: readonly LinkAction[] = ['open', 'quiz'];

export interface QuestionLink {
  action: LinkAction;
  id: string;
}

export type LinkProblem = 'unknown-action' | 'missing-id' | 'invalid-id';

export type ParsedLink = { ok: true; link: QuestionLink } | { ok: false; problem: LinkProblem };

export function isQuestionId(x: unknown): x is string {
  return typeof x === 'string' && QUESTION_ID.test(x);
}

/**
 * `scheme` is vscode.env.uriScheme (vscode, vscode-insiders, vscodium …): a link built in one
 * flavour of the editor opens that flavour. Throws on an id that could never be valid, so a bad
 * link is never put on the clipboard.
 */
export function buildQuestionLink(scheme: string, extensionId: string, id: string, action: LinkAction = 'open'): string {
  if (!isQuestionId(id)) {
    throw new Error(`not a question id: ${JSON.stringify(id)}`);
  }
  return `${scheme}://${extensionId.toLowerCase()}/${action}?id=${id}`;
}

/**
 * Reads the path and query of a URI VS Code passed to the handler (vscode.Uri already decoded
 * them). Chat apps and note tools like to append a slash or change case in the path, so the
 * action is matched loosely; the id is not, since ids are exact file names.
 */
export function parseQuestionLink(path: string, query: string): ParsedLink {
  const action = path.replace(/^\/+|\/+$/g, '').toLowerCase();
  if (!(ACTIONS as readonly string[]).includes(action)) {
    return { ok: false, problem: 'unknown-action' };
  }
  const id = new URLSearchParams(query).get('id')?.trim();
  if (!id) {
    return { ok: false, problem: 'missing-id' };
  }
  if (!isQuestionId(id)) {
    return { ok: false, problem: 'invalid-id' };
  }
  return { ok: true, link: { action: action as LinkAction, id } };
}
