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

/**
 * code-server serves every webview from the workbench's own origin, so all webviews share one
 * service-worker scope, and each new webview registers its own worker script there. Now and then
 * the newer worker never activates; the webview then waits forever for `controllerchange` and
 * stays blank (seen here in about a third of the runs that open several answer panels; desktop
 * VS Code gives each webview its own origin and has no such race). Any of these workers can
 * serve any webview (they find the webview by the requesting frame's `id`), so when a webview
 * host page has waited 1 s for a controller that is already there, its waiting listener is
 * called with the current one. Only VS Code's webview host page is touched, never our pages.
 */
export const UNSTICK_WEBVIEW_WORKER = `(() => {
  if (!location.pathname.endsWith('/webview/browser/pre/index.html') || !navigator.serviceWorker) return;
  const sw = navigator.serviceWorker;
  const add = sw.addEventListener.bind(sw);
  sw.addEventListener = (type, listener, options) => {
    add(type, listener, options);
    if (type !== 'controllerchange') return;
    let fired = false;
    add('controllerchange', () => { fired = true; }, { once: true });
    setTimeout(() => {
      if (!fired && sw.controller) {
        console.log('[harness] webview kept waiting for its service worker; using the active one');
        listener.call(sw, new Event('controllerchange'));
      }
    }, 1000);
  };
})();`;
