// The README's command and settings tables, generated from package.json and its two nls files so
// that they cannot drift from what the extension contributes (a unit test compares them).

type Nls = Record<string, string>;

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { default?: unknown; markdownDescription?: string; description?: string }> };
    keybindings?: { command: string; key: string; mac?: string }[];
  };
}

/** `%key%` → the text in `nls`; anything else as it is. */
export function resolveNls(value: string, nls: Nls): string {
  const m = /^%(.+)%$/.exec(value);
  return m ? (nls[m[1]] ?? value) : value;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

export function commandsTable(manifest: Manifest, en: Nls, zh: Nls): string {
  const keys = new Map((manifest.contributes.keybindings ?? []).map((k) => [k.command, k.mac && k.mac !== k.key ? `${k.key} (macOS ${k.mac})` : k.key]));
  const rows = manifest.contributes.commands.map((c) => {
    const title = (nls: Nls): string => `${c.category ? `${resolveNls(c.category, nls)}: ` : ''}${resolveNls(c.title, nls)}`;
    const key = keys.get(c.command);
    return `| ${cell(title(zh))} | ${cell(title(en))} | \`${c.command}\` | ${key ? `\`${key}\`` : ''} |`;
  });
  return ['| 命令 | Command | id | 快捷键 / Key |', '|---|---|---|---|', ...rows].join('\n');
}

export function settingsTable(manifest: Manifest, en: Nls, zh: Nls): string {
  const rows = Object.entries(manifest.contributes.configuration.properties).map(([key, p]) => {
    const text = (nls: Nls): string => resolveNls(p.markdownDescription ?? p.description ?? '', nls);
    return `| \`${key}\` | \`${JSON.stringify(p.default)}\` | ${cell(text(zh))} | ${cell(text(en))} |`;
  });
  return ['| 设置 / Setting | 默认 / Default | 说明 | Description |', '|---|---|---|---|', ...rows].join('\n');
}

/** Replaces what sits between `<!-- name:start … -->` and `<!-- name:end -->`. */
export function replaceGenerated(readme: string, name: string, body: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->\\n`).exec(readme);
  const endMarker = `<!-- ${name}:end -->`;
  const end = readme.indexOf(endMarker);
  if (!start || end < start.index) {
    throw new Error(`README.md has no ${name} markers`);
  }
  return readme.slice(0, start.index + start[0].length) + body + '\n' + readme.slice(end);
}
