// The figures and goals, and the table they make: plain text for the terminal, Markdown
// for the README.

export interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  goal: string;
  /** undefined: a figure shown for context, with no goal of its own (or not measured). */
  met: boolean | undefined;
}

export interface Machine {
  os: string;
  cpus: string;
  memory: string;
  node: string;
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function ms(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) {
    return '—';
  }
  return v < 10 ? `${v.toFixed(2)} ms` : v < 1000 ? `${v.toFixed(1)} ms` : `${(v / 1000).toFixed(2)} s`;
}

export function bytes(v: number): string {
  if (Number.isNaN(v)) {
    return '—';
  }
  return v >= MB ? `${(v / MB).toFixed(2)} MB` : `${(v / KB).toFixed(1)} KB`;
}

export function ratio(value: number | undefined, baseline: number | undefined): string {
  if (value === undefined || baseline === undefined || !(baseline > 0) || Number.isNaN(value)) {
    return '—';
  }
  return `${(value / baseline).toFixed(2)}×`;
}

/** A row whose value must stay at or under `limit`; NaN (not measured) is neither met nor missed. */
export function atMost(figure: string, value: number, limit: number, show: (v: number) => string, goal: string): Row {
  return { figure, value: show(value), baseline: '—', ratio: '—', goal, met: Number.isNaN(value) ? undefined : value <= limit };
}

const HEADERS: (keyof Row)[] = ['figure', 'value', 'baseline', 'ratio', 'goal', 'met'];
const TITLES: Record<keyof Row, string> = { figure: 'figure', value: 'value', baseline: 'baseline', ratio: 'ratio', goal: 'goal', met: 'met?' };

function cell(row: Row, key: keyof Row): string {
  if (key === 'met') {
    return row.met === undefined ? '—' : row.met ? 'yes' : 'NO';
  }
  return row[key];
}

export function textTable(rows: readonly Row[]): string {
  const widths = HEADERS.map((h) => Math.max(TITLES[h].length, ...rows.map((r) => cell(r, h).length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADERS.map((h) => TITLES[h])), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(HEADERS.map((h) => cell(r, h))))].join('\n');
}

export function markdownTable(rows: readonly Row[], machine: Machine, date: string): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${HEADERS.map((h) => TITLES[h]).join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${HEADERS.map((h) => esc(cell(r, h))).join(' | ')} |`),
    '',
    `Measured ${date.slice(0, 10)} on ${machine.os}, ${machine.cpus}, ${machine.memory} RAM, Node ${machine.node}. Medians of repeated runs; baselines measured in the same run.`,
  ].join('\n');
}
