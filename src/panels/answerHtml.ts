import { attr, buildWebviewHtml } from './webviewHtml';

export { makeNonce } from './webviewHtml';

export interface AnswerPageResources {
  /** webview.cspSource */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  codiconUri: string;
  nonce: string;
  lang: string;
  loadingText: string;
}

/**
 * The answer page shell. Content arrives later by message, so this page holds no question data.
 * The body is always Chinese whatever the UI language, so it says so for screen readers and fonts.
 */
export function buildAnswerHtml(r: AnswerPageResources): string {
  return buildWebviewHtml({
    cspSource: r.cspSource,
    nonce: r.nonce,
    scriptUri: r.scriptUri,
    styleUris: [r.codiconUri, r.styleUri],
    lang: r.lang,
    title: r.loadingText,
    body: `<header id="header"><p class="loading">${attr(r.loadingText)}</p></header>
<main id="answer" lang="zh-CN"></main>
<section id="quiz" hidden></section>
<nav id="related"></nav>`,
  });
}
