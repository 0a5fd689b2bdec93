import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import * as vscode from 'vscode';
import type { PyInterviewApi } from '../../src/api';
import type { ContentBundle } from '../../src/model/types';
import { expectedText } from './expected';
import type { Expected } from './expected';

export const EXTENSION_ID = 'pyinterview.python-interview-coach';

export async function activateExtension(): Promise<{ api: PyInterviewApi; extension: vscode.Extension<PyInterviewApi> }> {
  const extension = vscode.extensions.getExtension<PyInterviewApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in the test host`);
  const api = await extension.activate();
  return { api, extension };
}

/** The content as the extension ships it (Brotli-compressed: present in a VSIX and a dev build alike). */
export function readContent(extension: vscode.Extension<unknown>): ContentBundle {
  const packed = readFileSync(join(extension.extensionPath, 'dist', 'content.json.br'));
  return JSON.parse(brotliDecompressSync(packed).toString('utf8')) as ContentBundle;
}

/** Resolves with the first render event for `id`, or fails after `ms`. */
export function nextRender(api: PyInterviewApi, id: string, ms = 30000): Promise<{ id: string; title: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the webview did not report rendering ${id} within ${ms} ms`));
    }, ms);
    const sub = api.onDidRenderAnswer((e) => {
      if (e.id === id) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e);
      }
    });
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls `check` until it returns a value or `ms` pass; for UI state that settles asynchronously. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, what: string, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Expected UI text in the display language this host runs in (see expected.ts). */
export function expected(extension: vscode.Extension<unknown>): Expected {
  return expectedText(extension.extensionPath, vscode.env.language);
}
