/** Fence language (as authors write it) → VS Code language id. */
const LANGUAGE_IDS: Record<string, string> = {
  python: 'python',
  py: 'python',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  shellscript: 'shellscript',
  nginx: 'nginx',
  dockerfile: 'dockerfile',
  sql: 'sql',
  yaml: 'yaml',
  compose: 'yaml',
  json: 'json',
  ini: 'ini',
  redis: 'plaintext',
  text: 'plaintext',
  output: 'plaintext',
};

export function vscodeLanguageId(fenceLang: string): string {
  return LANGUAGE_IDS[fenceLang] ?? 'plaintext';
}
