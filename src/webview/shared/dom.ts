// DOM building for our webview pages: elements get text through textContent only, so nothing
// from a message is ever parsed as HTML by these helpers.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) {
    node.className = props.className;
  }
  if (props.text !== undefined) {
    node.textContent = props.text;
  }
  node.append(...children);
  return node;
}

/** A codicon glyph; decorative, so hidden from assistive technology (the control has a label). */
export function icon(name: string): HTMLElement {
  const span = el('span', { className: `codicon codicon-${name}` });
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/**
 * The question a click on a link to another entry (a.entry-link, which the content compiler
 * makes of links between entries) asks for; the link's own navigation is cancelled.
 */
export function clickedEntryLink(event: Event): string | undefined {
  const link = (event.target as Element | null)?.closest<HTMLElement>('a.entry-link');
  const id = link?.dataset.question;
  if (id) {
    event.preventDefault();
  }
  return id;
}
