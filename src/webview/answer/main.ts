// Answer panel script. Runs in the webview under a nonce-only CSP: no inline handlers, every
// listener is attached here, and every message is validated before use.
import { parseAnswerState, parseHostMessage } from '../../shared/answerMessages';
import { fill } from '../../shared/fill';
import type { AnswerState, AnswerStrings, AnswerView, WebviewToHost } from '../../shared/answerMessages';
import { QuizSection } from './quiz';
import { clickedEntryLink, el, icon } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

const vscode = vscodeApi<WebviewToHost, AnswerState>();
const header = document.getElementById('header') as HTMLElement;
const answer = document.getElementById('answer') as HTMLElement;
const related = document.getElementById('related') as HTMLElement;
let current: AnswerView | undefined;
let strings: AnswerStrings | undefined;

const quiz = new QuizSection(document.getElementById('quiz') as HTMLElement, { el, icon }, (m) => vscode.postMessage(m));

function iconButton(action: string, block: number, label: string, codicon: string): HTMLButtonElement {
  const b = el('button', { className: 'block-action' }, icon(codicon), el('span', { className: 'label', text: label }));
  b.type = 'button';
  b.dataset.action = action;
  b.dataset.block = String(block);
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}

function renderHeader(view: AnswerView, s: AnswerStrings): void {
  const badges = el('p', { className: 'badges' });
  for (const text of [view.category, view.difficulty, view.frequency]) {
    badges.append(el('span', { className: 'badge', text }));
  }
  badges.append(el('span', { className: 'badge', text: view.statusLabel }));
  if (view.appliesTo) {
    badges.append(el('span', { className: 'badge version', text: fill(s.appliesTo, { version: view.appliesTo }) }));
  }
  const star = el('button', { className: 'bookmark' }, icon(view.bookmarked ? 'star-full' : 'star-empty'), el('span', { text: view.bookmarked ? s.bookmarked : s.bookmark }));
  star.type = 'button';
  star.dataset.action = 'toggleBookmark';
  star.setAttribute('aria-pressed', String(view.bookmarked));
  const children: Node[] = [el('div', { className: 'title-row' }, el('h1', { text: view.title }), star)];
  if (view.subtitle) {
    children.push(el('p', { className: 'title-en', text: view.subtitle }));
  }
  children.push(badges);
  if (view.tags.length) {
    const tags = el('ul', { className: 'tags' });
    tags.setAttribute('aria-label', s.tags);
    for (const t of view.tags) {
      tags.append(el('li', { text: t }));
    }
    children.push(tags);
  }
  header.replaceChildren(...children);
}

function decorateBlocks(s: AnswerStrings): void {
  for (const figure of answer.querySelectorAll<HTMLElement>('figure.code-block')) {
    const block = Number(figure.dataset.block);
    const mode = figure.dataset.mode ?? 'plain';
    const lang = figure.dataset.lang ?? '';
    const bar = el('figcaption', { className: 'block-bar' });
    const status = mode === 'output' ? s.output : mode === 'run' ? `${lang} · ${s.executed}` : mode === 'check' ? `${lang} · ${s.checked}` : mode === 'norun' ? `${lang} · ${s.notExecuted}${figure.dataset.reason ? `: ${figure.dataset.reason}` : ''}` : lang;
    bar.append(el('span', { className: 'block-status', text: status }));
    const actions = el('span', { className: 'block-actions' });
    actions.append(iconButton('copy', block, s.copy, 'copy'));
    if (mode !== 'output') {
      actions.append(iconButton('insert', block, s.insert, 'insert'));
    }
    bar.append(actions);
    figure.prepend(bar);
  }
}

function renderRelated(view: AnswerView, s: AnswerStrings): void {
  if (!view.related.length) {
    related.replaceChildren();
    return;
  }
  const list = el('ul');
  for (const r of view.related) {
    const a = el('a', { className: 'entry-link', text: r.title });
    a.href = '#';
    a.dataset.question = r.id;
    list.append(el('li', {}, a));
  }
  related.replaceChildren(el('h2', { text: s.related }), list);
}

function render(view: AnswerView, s: AnswerStrings): void {
  const saved = parseAnswerState(vscode.getState());
  // The host re-sends the question whenever its bookmark or study state changes; the body is
  // then left as it is, so the scroll position, the quiz and keyboard focus are not lost.
  const sameBody = current?.id === view.id && current.html === view.html && JSON.stringify(current.related) === JSON.stringify(view.related);
  const bookmarkFocused = document.activeElement?.closest('button.bookmark') != null;
  current = view;
  strings = s;
  document.title = view.title;
  renderHeader(view, s);
  if (bookmarkFocused) {
    header.querySelector<HTMLElement>('button.bookmark')?.focus();
  }
  quiz.show(view.id, view.quiz, s);
  if (!sameBody) {
    // Trusted: the HTML was rendered and sanitized by the content compiler at build time.
    answer.innerHTML = view.html;
    decorateBlocks(s);
    renderRelated(view, s);
    const scrollY = saved?.id === view.id ? saved.scrollY : 0;
    window.scrollTo(0, scrollY);
    vscode.setState({ id: view.id, scrollY });
  }
  vscode.postMessage({ type: 'rendered', id: view.id, title: header.querySelector('h1')?.textContent ?? '' });
}

document.addEventListener('click', (event) => {
  const linked = clickedEntryLink(event);
  if (linked) {
    vscode.postMessage({ type: 'open', id: linked });
    return;
  }
  const target = event.target as Element | null;
  if (target?.closest('button.bookmark') && current) {
    vscode.postMessage({ type: 'toggleBookmark', id: current.id });
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button.block-action');
  if (button && current) {
    const block = Number(button.dataset.block);
    if (button.dataset.action === 'copy' || button.dataset.action === 'insert') {
      vscode.postMessage({ type: button.dataset.action, id: current.id, block });
    }
  }
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    if (current) {
      vscode.setState({ id: current.id, scrollY: window.scrollY });
    }
  }, 100);
});

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseHostMessage(event.data);
  if (msg?.type === 'render') {
    render(msg.view, msg.strings);
  } else if (msg?.type === 'quizResult') {
    quiz.showResult(msg.id, msg.index, msg);
  } else if (msg?.type === 'copied' && strings) {
    const label = answer.querySelector<HTMLElement>(`button[data-action="copy"][data-block="${msg.block}"] .label`);
    if (label) {
      const before = strings.copy;
      label.textContent = strings.copied;
      window.setTimeout(() => (label.textContent = before), 1500);
    }
  }
});

vscode.postMessage({ type: 'ready' });
