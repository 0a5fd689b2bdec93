import { attr, buildWebviewHtml } from './webviewHtml';
import type { WebviewPage } from './webviewHtml';

export { makeNonce } from './webviewHtml';

/** The page's title is its loading text until the question arrives. */
export type AnswerPageResources = Omit<WebviewPage, 'body' | 'title'> & { loadingText: string };

/**
 * The answer page shell. Content arrives later by message, so this page holds no question data.
 * The body is always Chinese whatever the UI language, so it says so for screen readers and fonts.
 */
export function buildAnswerHtml(r: AnswerPageResources): string {
  return buildWebviewHtml({
    ...r,
    title: r.loadingText,
    body: `<header id="header"><p class="loading">${attr(r.loadingText)}</p></header>
<main id="answer" lang="zh-CN"></main>
<section id="quiz" hidden></section>
<nav id="related"></nav>`,
  });
}
