import { randomBytes } from 'node:crypto';

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

/** 128 bits from the OS CSPRNG; base64 is within the CSP nonce grammar. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The answer page shell. Content arrives later by message, so this page never changes and holds
 * no question data: the only script is ours, allowed by nonce; styles and fonts only from the
 * extension's own resource roots.
 */
export function buildAnswerHtml(r: AnswerPageResources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${r.cspSource}`,
    `font-src ${r.cspSource}`,
    `img-src ${r.cspSource}`,
    `script-src 'nonce-${r.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(r.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(r.codiconUri)}">
<link rel="stylesheet" href="${attr(r.styleUri)}">
<title>${attr(r.loadingText)}</title>
</head>
<body>
<header id="header"><p class="loading">${attr(r.loadingText)}</p></header>
<main id="answer"></main>
<nav id="related"></nav>
<script nonce="${attr(r.nonce)}" src="${attr(r.scriptUri)}"></script>
</body>
</html>`;
}
