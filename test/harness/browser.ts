import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's chromium, headless, with every background connection off (there is no internet). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PYI_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * code-server registers a do-nothing PWA service worker at the root scope that claims every
 * client. When it wins the race against a webview's own resource service worker, the webview
 * waits for a controller that never comes and its script never loads (seen here as answer panels
 * that stay blank, more often the second time). Refusing that one registration removes the race;
 * the webviews' own service workers are untouched.
 */
export const BLOCK_CODE_SERVER_PWA_WORKER = `(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const register = sw.register.bind(sw);
  sw.register = (url, options) =>
    String(url).includes('/_static/out/browser/serviceWorker.js')
      ? Promise.reject(new Error('code-server PWA worker disabled by the test harness'))
      : register(url, options);
})();`;
