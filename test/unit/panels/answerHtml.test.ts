import * as assert from 'node:assert/strict';
import { buildAnswerHtml, makeNonce } from '../../../src/panels/answerHtml';

const resources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/answer.js',
  styleUris: [
    'https://file+.vscode-resource.vscode-cdn.net/ext/media/base.css',
    'https://file+.vscode-resource.vscode-cdn.net/ext/dist/codicons/codicon.css',
    'https://file+.vscode-resource.vscode-cdn.net/ext/media/answer.css',
  ],
  lang: 'zh-cn',
  loadingText: '加载中…',
};

function csp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'no CSP meta tag');
  return m[1];
}

describe('answer page HTML', () => {
  const nonce = makeNonce();
  const html = buildAnswerHtml({ ...resources, nonce });

  it('declares a CSP that denies by default and allows scripts only by nonce', () => {
    const policy = csp(html);
    assert.match(policy, /^default-src 'none'; /);
    assert.match(policy, new RegExp(`script-src 'nonce-${nonce.replace(/[+/=]/g, (c) => `\\${c}`)}'`));
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    assert.match(policy, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net/);
    assert.match(policy, /font-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net/);
  });

  it('gives every script tag the nonce and has no inline script', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length >= 1);
    for (const s of scripts) {
      assert.ok(s.includes(`nonce="${nonce}"`), s);
      assert.match(s, /src="/, 'inline script');
    }
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/);
  });

  it('has no inline style, event handler or javascript: URL', () => {
    assert.doesNotMatch(html, /<style\b/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /javascript:/i);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const seen = new Set(Array.from({ length: 50 }, makeNonce));
    assert.equal(seen.size, 50);
    assert.equal(Buffer.from(makeNonce(), 'base64').length, 16);
  });

  it('escapes what it interpolates', () => {
    const evil = buildAnswerHtml({ ...resources, nonce: 'n', loadingText: '"><script>x</script>', scriptUri: 'a" onload="b' });
    assert.doesNotMatch(evil, /<script>x/);
    assert.doesNotMatch(evil, /" onload="/);
  });
});
