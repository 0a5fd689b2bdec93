import { attr, buildWebviewHtml } from './webviewHtml';
import type { WebviewPage } from './webviewHtml';

/** Its stylesheets: base.css, codicon.css, answer.css (answer typography), review.css; later wins. */
export type ReviewPageResources = Omit<WebviewPage, 'body'> & { loadingText: string };

/** The review page shell. Cards arrive by message, so this page holds no question or answer. */
export function buildReviewHtml(r: ReviewPageResources): string {
  return buildWebviewHtml({
    ...r,
    // The live region is separate from the card so a screen reader announces a short line
    // ("3 left · title"), not the whole answer, each time the card changes.
    body: `<main id="review"><p class="loading">${attr(r.loadingText)}</p></main>
<p id="announce" class="visually-hidden" aria-live="polite"></p>`,
  });
}
