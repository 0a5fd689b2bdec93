import { randomBytes } from 'node:crypto';

/** What every page of ours needs from its panel; the body is static markup, no data. */
export interface WebviewPage {
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUris: string[];
  lang: string;
  title: string;
  /** Static shell markup; the script fills it from messages. */
  body: string;
}

/** 128 bits from the OS CSPRNG; base64 is within the CSP nonce grammar. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A page shell under a strict policy: the only script is ours, allowed by nonce; styles, fonts
 * and images only from the extension's resource roots; nothing inline.
 */
export function buildWebviewHtml(p: WebviewPage): string {
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource}`,
    `font-src ${p.cspSource}`,
    `img-src ${p.cspSource}`,
    `script-src 'nonce-${p.nonce}'`,
  ].join('; ');
  const styles = p.styleUris.map((u) => `<link rel="stylesheet" href="${attr(u)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="${attr(p.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${attr(p.title)}</title>
</head>
<body>
${p.body}
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>`;
}
