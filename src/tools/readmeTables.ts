// `node out/tools/readme-tables.js`: rewrites the command and settings tables in README.md from
// package.json and package.nls*.json (run by the plain build; the test build only checks).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandsTable, replaceGenerated, settingsTable } from '../model/manifestTables';

const root = resolve(process.argv[2] ?? '.');
const read = (f: string): unknown => JSON.parse(readFileSync(join(root, f), 'utf8'));
const manifest = read('package.json') as Parameters<typeof commandsTable>[0];
const en = read('package.nls.json') as Record<string, string>;
const zh = read('package.nls.zh-cn.json') as Record<string, string>;
const readme = join(root, 'README.md');
let text = readFileSync(readme, 'utf8');
text = replaceGenerated(text, 'commands-table', commandsTable(manifest, en, zh));
text = replaceGenerated(text, 'settings-table', settingsTable(manifest, en, zh));
writeFileSync(readme, text);
