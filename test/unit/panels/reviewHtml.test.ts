import * as assert from 'node:assert/strict';
import { buildReviewHtml } from '../../../src/panels/reviewHtml';
import { makeNonce } from '../../../src/panels/webviewHtml';

const root = 'https://file+.vscode-resource.vscode-cdn.net';
const resources = {
  cspSource: root,
  scriptUri: `${root}/ext/dist/webview/review.js`,
  styleUris: [`${root}/ext/media/base.css`, `${root}/ext/dist/codicons/codicon.css`, `${root}/ext/media/answer.css`, `${root}/ext/media/review.css`],
  lang: 'zh-cn',
  title: '复习到期卡片',
  loadingText: '加载中…',
};

describe('review page HTML', () => {
  const nonce = makeNonce();
  const html = buildReviewHtml({ ...resources, nonce });

  it('loads only its own script by nonce, under a deny-by-default policy', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /^default-src 'none'; /);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && scripts[0].includes(resources.scriptUri));
  });

  it('links the stylesheets in order, so review.css can refine answer.css', () => {
    const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, resources.styleUris);
  });

  it('has no inline style or handler, and escapes what it interpolates', () => {
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
    const evil = buildReviewHtml({ ...resources, nonce: 'n', loadingText: '<img src=x onerror=alert(1)>', title: '</title><script>x</script>' });
    assert.doesNotMatch(evil, /<img|<script>x/);
  });
});
