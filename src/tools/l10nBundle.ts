// `node out/tools/l10n-bundle.js`: rewrites l10n/bundle.l10n.json from the t() / l10n.t() calls in
// src/ and reports what the Chinese bundle and the manifest files lack or no longer need. Exits 1
// when anything is off, so it also works as a check.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bundleProblems, englishBundleText, manifestKeys, scanMessages } from './l10nKeys';

/** The translator's own definition: its `t(message` is not a call. */
export const SCAN_EXEMPT = ['src/model/l10n.ts'];

export interface SourceMessages {
  messages: string[];
  /** `file: call` for every call the scan cannot read. */
  unscannable: string[];
}

/** Every message used under `root`/src, in file order. */
export function sourceMessages(root: string): SourceMessages {
  const messages: string[] = [];
  const unscannable: string[] = [];
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(root, join(root, 'src', f)).split('\\').join('/'))
    .filter((f) => !SCAN_EXEMPT.includes(f))
    .sort();
  for (const file of files) {
    const scan = scanMessages(readFileSync(join(root, file), 'utf8'));
    messages.push(...scan.messages);
    unscannable.push(...scan.unscannable.map((c) => `${file}: ${c}`));
  }
  return { messages, unscannable };
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function main(): number {
  const root = resolve(__dirname, '..', '..');
  const { messages, unscannable } = sourceMessages(root);
  writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), englishBundleText(messages));
  const report: string[] = unscannable.map((c) => `not a string literal: ${c}`);
  const zh = bundleProblems(messages, readJson(join(root, 'l10n', 'bundle.l10n.zh-cn.json')));
  report.push(...zh.missing.map((k) => `l10n/bundle.l10n.zh-cn.json lacks ${JSON.stringify(k)}`));
  report.push(...zh.unused.map((k) => `l10n/bundle.l10n.zh-cn.json has unused ${JSON.stringify(k)}`));
  report.push(...zh.malformed.map((k) => `l10n/bundle.l10n.zh-cn.json: placeholders differ in ${JSON.stringify(k)}`));
  const keys = manifestKeys(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const p = bundleProblems(keys, readJson(join(root, nls)));
    report.push(...p.missing.map((k) => `${nls} lacks %${k}%`), ...p.unused.map((k) => `${nls} has unused ${k}`));
  }
  console.log(`l10n/bundle.l10n.json: ${new Set(messages).size} messages`);
  for (const line of report) {
    console.log(line);
  }
  return report.length ? 1 : 0;
}

if (require.main === module) {
  process.exit(main());
}
