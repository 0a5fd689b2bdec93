import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandsTable, replaceGenerated, resolveNls, settingsTable } from '../../../src/model/manifestTables';
import { ROOT } from '../../harness/paths';
const read = (f: string): unknown => JSON.parse(readFileSync(join(ROOT, f), 'utf8'));

describe('README command and settings tables', () => {
  const manifest = read('package.json') as Parameters<typeof commandsTable>[0];
  const en = read('package.nls.json') as Record<string, string>;
  const zh = read('package.nls.zh-cn.json') as Record<string, string>;

  it('are what package.json contributes today (run `npm run build` after changing it)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const expected = replaceGenerated(replaceGenerated(readme, 'commands-table', commandsTable(manifest, en, zh)), 'settings-table', settingsTable(manifest, en, zh));
    assert.equal(readme, expected);
  });

  it('list every command and setting in both languages', () => {
    const commands = commandsTable(manifest, en, zh);
    for (const c of manifest.contributes.commands) {
      assert.ok(commands.includes(`\`${c.command}\``), c.command);
    }
    assert.doesNotMatch(commands, /%[\w.]+%/, 'every %key% resolved');
    const settings = settingsTable(manifest, en, zh);
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      assert.ok(settings.includes(`\`${key}\``), key);
    }
    assert.doesNotMatch(settings, /%[\w.]+%/);
  });

  it('resolve %keys%, escape pipes, and refuse a README without markers', () => {
    assert.equal(resolveNls('%a%', { a: 'A' }), 'A');
    assert.equal(resolveNls('plain', {}), 'plain');
    const table = settingsTable({ contributes: { commands: [], configuration: { properties: { x: { default: 'a|b', description: 'one | two' } } } } }, {}, {});
    assert.match(table, /one \\| two/);
    assert.throws(() => replaceGenerated('no markers', 'commands-table', ''), /no commands-table markers/);
  });
});
