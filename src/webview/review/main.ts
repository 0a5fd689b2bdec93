// Review panel script. Runs in the webview under a nonce-only CSP: no inline handlers, every
// listener is attached here, and every message is validated before use. The page never holds an
// answer before the user asks for it: the host sends it only in reply to 'reveal'.
import { fill } from '../../shared/fill';
import { parseReviewHostMessage } from '../../shared/reviewMessages';
import type { ReviewAnswer, ReviewCardView, ReviewEmptyView, ReviewGrade, ReviewState, ReviewStrings, ReviewToHost } from '../../shared/reviewMessages';
import { keyAction } from './keys';
import type { KeyScreen } from './keys';
import { el, icon } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

interface CardScreen {
  kind: 'card';
  card: ReviewCardView;
  strings: ReviewStrings;
  revealed: boolean;
  /** A reveal or grade is on its way to the host; further presses wait for the reply. */
  busy: boolean;
  reveal: HTMLButtonElement;
  answer: HTMLElement;
  grades: HTMLElement;
  undo: HTMLButtonElement;
}

interface EmptyScreen {
  kind: 'empty';
  undo: HTMLButtonElement;
}

const vscode = vscodeApi<ReviewToHost, ReviewState>();
const root = document.getElementById('review') as HTMLElement;
const announce = document.getElementById('announce') as HTMLElement;
let screen: CardScreen | EmptyScreen | undefined;

function button(className: string, ...children: (Node | string)[]): HTMLButtonElement {
  const b = el('button', { className }, ...children);
  b.type = 'button';
  return b;
}

/** Text only a screen reader hears, e.g. "Status:" before a badge that sighted users read by position. */
function hidden(text: string): HTMLElement {
  return el('span', { className: 'visually-hidden', text });
}

function undoButton(s: ReviewStrings, enabled: boolean): HTMLButtonElement {
  const b = button('secondary undo', icon('discard'), el('span', { text: s.undo }), el('kbd', { text: s.undoKey }));
  b.dataset.action = 'undo';
  b.disabled = !enabled;
  b.title = `${s.undo} (${s.undoKey} / Ctrl+Z)`;
  b.setAttribute('aria-keyshortcuts', 'U Control+Z Meta+Z');
  return b;
}

const STATUS_ICON: Record<string, string> = { new: 'circle-large-outline', learning: 'sync', due: 'bell', mastered: 'pass' };

function renderCard(card: ReviewCardView, s: ReviewStrings, answer: ReviewAnswer | undefined): void {
  document.title = s.panelTitle;
  const status = el('span', { className: `badge status status-${card.status}` }, hidden(s.status), icon(STATUS_ICON[card.status] ?? 'circle-large-outline'), el('span', { text: card.statusText }));
  const bar = el(
    'header',
    { className: 'review-bar' },
    el('span', { className: 'remaining', text: fill(s.remaining, { n: card.remaining }) }),
    status,
    el('span', { className: 'category' }, hidden(s.category), card.category),
  );
  const undo = undoButton(s, card.canUndo);
  bar.append(el('span', { className: 'spacer' }), undo);

  const reveal = button('primary reveal', el('span', { text: s.showAnswer }), el('kbd', { text: s.spaceKey }));
  reveal.dataset.action = 'reveal';
  reveal.setAttribute('aria-keyshortcuts', 'Space');

  const grades = el('div', { className: 'grades' });
  grades.setAttribute('role', 'group');
  grades.setAttribute('aria-label', s.gradeGroup);
  card.grades.forEach((g, i) => {
    const key = String(i + 1);
    const text = g.interval ? `${g.label} · ${g.interval}` : g.label;
    const b = button(`grade grade-${g.grade}`, el('kbd', { text: key }), el('span', { className: 'grade-label', text: g.label }), el('span', { className: 'grade-interval', text: g.interval }));
    b.dataset.grade = g.grade;
    b.setAttribute('aria-label', text);
    b.setAttribute('aria-keyshortcuts', key);
    b.title = fill(s.gradeTitle, { grade: text, n: key });
    grades.append(b);
  });

  const answerSection = el('section', { className: 'answer' });
  answerSection.setAttribute('aria-label', s.answer);

  const actions = el('div', { className: 'actions' }, reveal, grades);
  root.replaceChildren(
    bar,
    el('article', { className: 'card' }, el('h1', { text: card.title }), answerSection),
    actions,
    el('p', { className: 'keys', text: s.keyboardHelp }),
  );
  screen = { kind: 'card', card, strings: s, revealed: false, busy: false, reveal, answer: answerSection, grades, undo };
  vscode.setState({ id: card.id });
  announce.textContent = `${fill(s.remaining, { n: card.remaining })} · ${card.statusText} · ${card.title}`;
  if (answer) {
    showAnswer(answer);
  } else {
    setRevealed(false);
    reveal.focus();
  }
  vscode.postMessage({ type: 'shown', id: card.id });
}

function setRevealed(revealed: boolean): void {
  if (screen?.kind !== 'card') {
    return;
  }
  screen.revealed = revealed;
  screen.busy = false;
  screen.reveal.hidden = revealed;
  screen.answer.hidden = !revealed;
  screen.grades.hidden = !revealed;
}

function showAnswer(answer: ReviewAnswer): void {
  if (screen?.kind !== 'card' || screen.card.id !== answer.id) {
    return; // a late reply for a card no longer on screen
  }
  const s = screen.strings;
  const open = el('a', { className: 'open-full' }, icon('link-external'), el('span', { text: s.openFull }));
  open.href = '#';
  open.dataset.action = 'open';
  const body = el('div', { className: 'answer-body' });
  // Trusted: the HTML was rendered and sanitized by the content compiler at build time.
  body.innerHTML = answer.html;
  const summary = el('p', { text: answer.summary });
  // The answer is content, always Chinese whatever the UI language: say so for screen readers and fonts.
  body.lang = 'zh-CN';
  summary.lang = 'zh-CN';
  const oneLine = el('section', { className: 'one-line' }, el('h2', { text: s.oneLine }), summary);
  screen.answer.replaceChildren(oneLine, el('p', { className: 'open-row' }, open), body);
  setRevealed(true);
  screen.grades.querySelector<HTMLButtonElement>('button[data-grade="good"]')?.focus();
}

function renderEmpty(empty: ReviewEmptyView, s: ReviewStrings): void {
  document.title = s.panelTitle;
  const next = empty.nextDue ? el('p', { className: 'next-due' }, icon('calendar'), el('span', { text: fill(s.nextDue, { date: empty.nextDue }) })) : el('p', { className: 'next-due' }, icon('calendar'), el('span', { text: s.nothingScheduled }));
  const streak = el(
    'p',
    { className: 'streak' },
    icon('flame'),
    el('span', { text: `${fill(s.streak, { current: empty.streakCurrent, longest: empty.streakLongest })} · ${empty.practisedToday ? s.practisedToday : s.notPractisedToday}` }),
  );
  const quiz = button('primary start-quiz', icon('play'), el('span', { text: s.startQuiz }));
  quiz.dataset.action = 'startQuiz';
  const undo = undoButton(s, empty.canUndo);
  root.replaceChildren(el('section', { className: 'empty' }, icon('check-all'), el('h1', { text: s.emptyTitle }), next, streak, el('p', { className: 'empty-actions' }, quiz, undo)));
  screen = { kind: 'empty', undo };
  vscode.setState({});
  announce.textContent = s.emptyTitle;
  quiz.focus();
  vscode.postMessage({ type: 'shown' });
}

function requestReveal(): void {
  if (screen?.kind === 'card' && !screen.revealed && !screen.busy) {
    screen.busy = true;
    vscode.postMessage({ type: 'reveal', id: screen.card.id });
  }
}

function requestGrade(grade: ReviewGrade): void {
  if (screen?.kind === 'card' && screen.revealed && !screen.busy) {
    screen.busy = true;
    screen.grades.querySelectorAll('button').forEach((b) => (b.disabled = true));
    vscode.postMessage({ type: 'grade', id: screen.card.id, grade });
  }
}

function requestUndo(): void {
  if (screen && !screen.undo.disabled) {
    screen.undo.disabled = true; // re-enabled by the host's reply if more can be undone
    vscode.postMessage({ type: 'undo' });
  }
}

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action], [data-grade]');
  if (!target) {
    return;
  }
  if (target.dataset.grade) {
    const grade = screen?.kind === 'card' ? screen.card.grades.find((g) => g.grade === target.dataset.grade)?.grade : undefined;
    if (grade) {
      requestGrade(grade);
    }
    return;
  }
  switch (target.dataset.action) {
    case 'reveal':
      requestReveal();
      break;
    case 'undo':
      requestUndo();
      break;
    case 'open':
      event.preventDefault();
      if (screen?.kind === 'card') {
        vscode.postMessage({ type: 'open', id: screen.card.id });
      }
      break;
    case 'startQuiz':
      vscode.postMessage({ type: 'startQuiz' });
      break;
  }
});

document.addEventListener('keydown', (event) => {
  const on: KeyScreen = screen === undefined ? 'none' : screen.kind === 'empty' ? 'empty' : screen.revealed ? 'back' : 'front';
  const action = keyAction(event, on);
  if (!action) {
    return;
  }
  // Held keys repeat: the first press acts, the repeats are only kept from scrolling the page.
  event.preventDefault();
  if (event.repeat) {
    return;
  }
  if (action.type === 'undo') {
    requestUndo();
  } else if (action.type === 'reveal') {
    requestReveal();
  } else if (screen?.kind === 'card') {
    const grade = screen.card.grades[action.index]?.grade;
    if (grade) {
      requestGrade(grade);
    }
  }
});

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseReviewHostMessage(event.data);
  switch (msg?.type) {
    case 'card':
      renderCard(msg.card, msg.strings, msg.answer);
      break;
    case 'answer':
      showAnswer(msg.answer);
      break;
    case 'empty':
      renderEmpty(msg.empty, msg.strings);
      break;
    case 'canUndo':
      if (screen) {
        screen.undo.disabled = !msg.canUndo;
      }
      break;
  }
});

vscode.postMessage({ type: 'ready' });
