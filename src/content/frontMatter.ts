export interface SplitEntry {
  yaml: string;
  /** 1-based line of the first YAML line (the one after the opening `---`). */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<body>`; undefined when the file does not start with front matter. */
export function splitFrontMatter(text: string): SplitEntry | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return undefined;
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
