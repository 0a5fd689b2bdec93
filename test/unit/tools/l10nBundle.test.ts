import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourceMessages } from '../../../src/tools/l10nBundle';
import { bundleProblems, englishBundleText, manifestKeys } from '../../../src/tools/l10nKeys';
import { repoRoot } from '../model/l10nFixture';

const root = repoRoot();
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const readJson = (file: string): Record<string, string> => JSON.parse(read(file)) as Record<string, string>;
const REGENERATE = 'regenerate it: npx esbuild src/tools/l10nBundle.ts --bundle --platform=node --outfile=out/tools/l10n-bundle.js && node out/tools/l10n-bundle.js';

/**
 * A Chinese value left equal to its English key while it has English words in it (placeholders,
 * $(icons) and the names that stay English in Chinese removed first) was never translated.
 */
function untranslated(key: string, value: string): boolean {
  const words = value
    .replace(/\{[^}]*\}|\$\([^)]*\)/g, '')
    .replace(/\b(Python|Anki|JSON|Ctrl|U|Linux|Web|Django|Flask|Redis|MySQL|GIL|nginx|iv-\w+)\b/g, '');
  return key === value && /[A-Za-z]{2,}/.test(words);
}

describe('localization bundles', () => {
  const { messages, unscannable } = sourceMessages(root);

  it('every t() / l10n.t() call in src/ passes a string literal the scan can read', () => {
    assert.deepEqual(unscannable, []);
    assert.ok(messages.length > 100, `only ${messages.length} messages found: is the scan looking in src/?`);
  });

  it('l10n/bundle.l10n.json holds exactly the messages in use', () => {
    assert.equal(read('l10n/bundle.l10n.json'), englishBundleText(messages), REGENERATE);
  });

  it('l10n/bundle.l10n.zh-cn.json translates every message in use, no other, with the same placeholders', () => {
    const zh = readJson('l10n/bundle.l10n.zh-cn.json');
    assert.deepEqual(bundleProblems(messages, zh), { missing: [], unused: [], malformed: [] });
    assert.deepEqual(
      Object.entries(zh).filter(([k, v]) => untranslated(k, v)),
      [],
    );
  });

  it('package.nls.json and package.nls.zh-cn.json hold every %key% of package.json and no other', () => {
    const keys = manifestKeys(read('package.json'));
    assert.ok(keys.length > 20, `only ${keys.length} %keys% in package.json`);
    const zh = readJson('package.nls.zh-cn.json');
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      assert.deepEqual(bundleProblems(keys, readJson(file)), { missing: [], unused: [], malformed: [] }, file);
    }
    const en = readJson('package.nls.json');
    assert.deepEqual(
      keys.filter((k) => untranslated(en[k] ?? '', zh[k] ?? '')),
      [],
    );
  });

  it('package.json shows the user no literal text: every title, name and description is a %key%', () => {
    const manifest = JSON.parse(read('package.json')) as Record<string, unknown>;
    const USER_VISIBLE = new Set(['displayName', 'description', 'title', 'name', 'contextualTitle', 'category', 'markdownDescription', 'contents', 'altText', 'label', 'enumDescriptions', 'markdownEnumDescriptions']);
    const literals: string[] = [];
    const walk = (node: unknown, path: string, visible: boolean): void => {
      if (typeof node === 'string') {
        if (visible && !/^%[^%]+%$/.test(node)) {
          literals.push(`${path}: ${node}`);
        }
      } else if (Array.isArray(node)) {
        node.forEach((x, i) => walk(x, `${path}[${i}]`, visible));
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          walk(v, `${path}.${k}`, USER_VISIBLE.has(k));
        }
      }
    };
    walk({ displayName: manifest.displayName, description: manifest.description }, '', false);
    walk(manifest.contributes, 'contributes', false);
    assert.deepEqual(literals, []);
  });

  it('webview code gets its text from the host and never translates itself', () => {
    const dir = join(root, 'src', 'webview');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 0);
    for (const f of files) {
      assert.doesNotMatch(readFileSync(join(dir, f), 'utf8'), /model\/l10n|vscode\.l10n/, f);
    }
  });
});
