// The "Quick Quiz" (测一测) section at the end of an answer. The page never holds the answers: it sends what
// the user chose and shows the verdict the host sends back.
import type { QuizResponse } from '../../model/quiz/scoring';
import { MAX_OUTPUT_CHARS, optionLetter } from '../../shared/answerMessages';
import type { AnswerStrings, QuizItemView, QuizResult, WebviewToHost } from '../../shared/answerMessages';

/** The page's element helpers, passed in so this module and main.ts build nodes the same way. */
export interface QuizDom {
  el: <K extends keyof HTMLElementTagNameMap>(tag: K, props?: { className?: string; text?: string }, ...children: Node[]) => HTMLElementTagNameMap[K];
  icon: (name: string) => HTMLElement;
}

export class QuizSection {
  private id = '';
  private items: QuizItemView[] = [];
  private strings: AnswerStrings | undefined;
  /** Identity of the quiz on show; the same quiz sent again keeps what was answered. */
  private shown = '';
  /** Items sent to the host and waiting for, or holding, its verdict: locked either way. */
  private readonly locked = new Set<number>();
  private readonly results = new Map<number, QuizResult>();
  private readonly list: HTMLOListElement;
  private readonly score: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly dom: QuizDom,
    private readonly post: (message: WebviewToHost) => void,
  ) {
    this.list = dom.el('ol', { className: 'quiz-items' });
    this.score = dom.el('span', { className: 'quiz-score' });
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('change', (e) => this.onEdit(e));
    root.addEventListener('input', (e) => this.onEdit(e));
  }

  /**
   * Shows the quiz of question `id`. A refresh of the same question (bookmark toggled, progress
   * recorded) leaves the section alone, so answers, typed text and keyboard focus survive it.
   */
  show(id: string, items: QuizItemView[], strings: AnswerStrings): void {
    const shown = JSON.stringify([id, items]);
    if (shown === this.shown) {
      return;
    }
    this.shown = shown;
    this.id = id;
    this.items = items;
    this.strings = strings;
    this.root.hidden = items.length === 0;
    const heading = this.dom.el('h2', { text: strings.quizHeading });
    heading.id = 'quiz-heading';
    this.root.setAttribute('aria-labelledby', heading.id);
    const retry = this.dom.el('button', { className: 'quiz-button quiz-retry' }, this.dom.icon('refresh'), this.dom.el('span', { text: strings.retry }));
    retry.type = 'button';
    retry.dataset.quiz = 'retry';
    this.root.replaceChildren(heading, this.dom.el('p', { className: 'quiz-status' }, this.score, retry), this.list);
    this.reset();
  }

  /** The host's verdict for one item; one for another question or an item not asked is dropped. */
  showResult(id: string, index: number, result: QuizResult): void {
    const item = this.item(index);
    if (id !== this.id || !item || !this.locked.has(index) || this.results.has(index) || !this.strings) {
      return;
    }
    this.results.set(index, result);
    const s = this.strings;
    const verdict = this.dom.el('p', { className: `quiz-verdict ${result.correct ? 'correct' : 'wrong'}` }, this.dom.icon(result.correct ? 'check' : 'close'), this.dom.el('strong', { text: result.correct ? s.correct : s.wrong }));
    const expected = this.items[index]?.type === 'output' ? this.dom.el('pre', { className: 'quiz-expected-output' }, this.dom.el('code', { text: result.expected })) : this.dom.el('span', { className: 'quiz-expected-text', text: result.expected });
    const body: Node[] = [verdict, this.dom.el('div', { className: 'quiz-expected' }, this.dom.el('span', { className: 'quiz-label', text: s.expected }), expected)];
    if (result.explain) {
      body.push(this.dom.el('p', { className: 'quiz-explain' }, this.dom.el('span', { className: 'quiz-label', text: s.explain }), document.createTextNode(result.explain)));
    }
    const box = item.querySelector<HTMLElement>('.quiz-result');
    box?.classList.add(result.correct ? 'correct' : 'wrong');
    box?.replaceChildren(...body);
    this.updateScore();
  }

  private reset(): void {
    const s = this.strings;
    this.locked.clear();
    this.results.clear();
    this.list.replaceChildren(...(s ? this.items.map((view, index) => this.renderItem(view, index, s)) : []));
    this.updateScore();
  }

  private renderItem(view: QuizItemView, index: number, s: AnswerStrings): HTMLLIElement {
    const { el } = this.dom;
    const fieldset = el('fieldset', {}, el('legend', { text: view.q }));
    if (view.type === 'output') {
      const code = el('figure', { className: 'quiz-code' }, el('figcaption', { text: s.outputCode }), el('pre', {}, el('code', { text: view.code })));
      const text = el('textarea', { className: 'quiz-prediction' });
      text.rows = Math.min(8, Math.max(3, view.code.split('\n').length));
      text.maxLength = MAX_OUTPUT_CHARS;
      text.spellcheck = false;
      fieldset.append(code, el('label', { className: 'quiz-prediction-label' }, el('span', { text: s.outputPrediction }), text));
    } else if (view.type === 'truefalse') {
      fieldset.append(el('div', { className: 'quiz-truefalse' }, this.trueFalseButton(true, s.trueLabel), this.trueFalseButton(false, s.falseLabel)));
    } else {
      const options = el('div', { className: 'quiz-options' });
      view.options.forEach((text, i) => {
        const input = el('input');
        input.type = view.type === 'single' ? 'radio' : 'checkbox';
        input.name = `quiz-${index}`;
        input.value = String(i);
        options.append(el('label', { className: 'quiz-option' }, input, el('span', { text: `${optionLetter(i)}. ${text}` })));
      });
      fieldset.append(options);
    }
    if (view.type !== 'truefalse') {
      const submit = el('button', { className: 'quiz-button quiz-submit', text: s.submit });
      submit.type = 'button';
      submit.dataset.quiz = 'submit';
      // aria-disabled rather than disabled: the button stays in the Tab order and keeps focus
      // once the item locks, instead of dropping a keyboard user back to the top of the page.
      submit.setAttribute('aria-disabled', 'true');
      fieldset.append(el('div', { className: 'quiz-actions' }, submit));
    }
    const result = el('div', { className: 'quiz-result' });
    // Present and empty from the start: screen readers announce changes to a live region that
    // already exists, not one inserted along with its text.
    result.setAttribute('aria-live', 'polite');
    const li = el('li', { className: 'quiz-item' }, fieldset, result);
    li.dataset.index = String(index);
    return li;
  }

  private trueFalseButton(value: boolean, label: string): HTMLButtonElement {
    const b = this.dom.el('button', { className: 'quiz-button', text: label });
    b.type = 'button';
    b.dataset.quiz = value ? 'true' : 'false';
    b.setAttribute('aria-pressed', 'false');
    return b;
  }

  private item(index: number): HTMLElement | null {
    return this.list.querySelector<HTMLElement>(`li.quiz-item[data-index="${index}"]`);
  }

  private indexOf(target: EventTarget | null): number | undefined {
    const li = target instanceof Element ? target.closest<HTMLElement>('li.quiz-item') : null;
    return li ? Number(li.dataset.index) : undefined;
  }

  private onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-quiz]') : null;
    if (!button) {
      return;
    }
    if (button.dataset.quiz === 'retry') {
      this.reset();
      this.list.querySelector<HTMLElement>('input, textarea, button')?.focus();
      return;
    }
    const index = this.indexOf(button);
    if (index === undefined || this.locked.has(index)) {
      return;
    }
    if (button.dataset.quiz === 'true' || button.dataset.quiz === 'false') {
      button.setAttribute('aria-pressed', 'true');
      this.submit(index, { type: 'truefalse', value: button.dataset.quiz === 'true' });
    } else if (button.dataset.quiz === 'submit') {
      const response = this.response(index);
      if (response) {
        this.submit(index, response);
      }
    }
  }

  private onEdit(event: Event): void {
    const index = this.indexOf(event.target);
    if (index === undefined || this.locked.has(index)) {
      return;
    }
    this.item(index)
      ?.querySelector('button[data-quiz="submit"]')
      ?.setAttribute('aria-disabled', String(!this.response(index)));
  }

  /** What the item's controls say now; undefined while nothing is chosen or typed. */
  private response(index: number): QuizResponse | undefined {
    const item = this.item(index);
    const view = this.items[index];
    if (!item || !view) {
      return undefined;
    }
    if (view.type === 'output') {
      const text = item.querySelector('textarea')?.value ?? '';
      return text.trim() ? { type: 'output', text } : undefined;
    }
    const chosen = [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
    if (!chosen.length) {
      return undefined;
    }
    return view.type === 'single' ? { type: 'single', choice: chosen[0] } : view.type === 'multi' ? { type: 'multi', choices: chosen } : undefined;
  }

  private submit(index: number, response: QuizResponse): void {
    this.locked.add(index);
    const item = this.item(index);
    item?.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.disabled = true));
    item?.querySelector('textarea')?.setAttribute('readonly', '');
    item?.querySelectorAll('button[data-quiz]').forEach((b) => b.setAttribute('aria-disabled', 'true'));
    this.post({ type: 'quizAnswer', id: this.id, index, response });
  }

  private updateScore(): void {
    const correct = [...this.results.values()].filter((r) => r.correct).length;
    this.score.textContent = (this.strings?.quizScore ?? '')
      .replace('{answered}', String(this.results.size))
      .replace('{total}', String(this.items.length))
      .replace('{correct}', String(correct));
  }
}
