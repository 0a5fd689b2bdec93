// Stats dashboard script. Runs in the webview under a nonce-only CSP: no inline handlers or style
// attributes; charts are SVG built with createElementNS and coloured by CSS classes only.
import { fill, parseStatsHostMessage, parseStatsState } from '../../shared/statsMessages';
import type { DayCount, StatsData, StatsState, StatsStrings, StatsToHost } from '../../shared/statsMessages';
import { HEAT_LEVELS, columnChart, forecastLabel, heatmapLayout, levelRange, percentWidth } from './charts';
import { clickedEntryLink, el, icon } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

const vscode = vscodeApi<StatsToHost, StatsState>();
const root = document.getElementById('stats') as HTMLElement;
const SVG_NS = 'http://www.w3.org/2000/svg';
let firstRender = true;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Node[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    node.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);
  }
  node.append(...children);
  return node;
}

/** A <title> child: the hover tooltip of a bar or cell, and its name for assistive technology. */
function titled<T extends SVGElement>(node: T, text: string): T {
  node.append(svg('title', {}, document.createTextNode(text)));
  return node;
}

function svgText(text: string, attrs: Record<string, string | number>): SVGTextElement {
  return svg('text', attrs, document.createTextNode(text));
}

/** An SVG drawn at its natural size (CSS lets it shrink) that is announced as one image. */
function chartSvg(width: number, height: number, label: string, className: string): SVGSVGElement {
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label, class: className });
}

function actionButton(action: 'startQuiz' | 'reviewDue', label: string, codicon: string, primary: boolean): HTMLButtonElement {
  const b = el('button', { className: primary ? 'action primary' : 'action' }, icon(codicon), el('span', { text: label }));
  b.type = 'button';
  b.dataset.action = action;
  b.dataset.key = `action:${action}`;
  return b;
}

/** A table only screen readers see, holding the numbers a chart shows. */
function hiddenTable(caption: string, head: [string, string], rows: [string, string][]): HTMLElement {
  const table = el('table', {}, el('caption', { text: caption }));
  table.append(el('thead', {}, el('tr', {}, el('th', { text: head[0] }), el('th', { text: head[1] }))));
  const body = el('tbody');
  for (const [a, b] of rows) {
    body.append(el('tr', {}, el('th', { text: a }), el('td', { text: b })));
  }
  table.append(body);
  // Hidden by a wrapper: a table box ignores the 1px size and grows the page.
  return el('div', { className: 'sr-only' }, table);
}

function section(id: string, heading: string, ...children: Node[]): HTMLElement {
  const h = el('h2', { text: heading });
  h.id = `${id}-heading`;
  const s = el('section', { className: 'panel' }, h, ...children);
  s.id = id;
  s.setAttribute('aria-labelledby', h.id);
  return s;
}

function tile(label: string, value: string, note?: string): HTMLElement {
  const dd = el('dd', {}, el('span', { className: 'value', text: value }));
  if (note) {
    dd.append(el('span', { className: 'note', text: note }));
  }
  return el('div', { className: 'tile' }, el('dt', { text: label }), dd);
}

function header(d: StatsData, s: StatsStrings): HTMLElement {
  const t = d.totals;
  const tiles = el(
    'dl',
    { className: 'tiles' },
    tile(s.total, String(t.total)),
    tile(s.mastered, String(t.mastered)),
    tile(s.learning, String(t.learning)),
    tile(s.dueNow, String(t.due)),
    tile(s.new, String(t.new)),
    tile(
      s.streak,
      fill(s.streakValue, { current: d.streak.current }),
      `${fill(s.streakLongest, { longest: d.streak.longest })} · ${d.streak.practisedToday ? s.practisedToday : s.notPractisedToday}`,
    ),
  );
  const h = el('header', {}, el('h1', { text: s.title }), tiles);
  // Before any practice the empty state offers these, with an explanation.
  if (d.practised) {
    h.append(el('div', { className: 'actions' }, actionButton('reviewDue', s.reviewDue, 'mortar-board', t.due > 0), actionButton('startQuiz', s.startQuiz, 'play', t.due === 0)));
  }
  return h;
}

function mastery(d: StatsData, s: StatsStrings): HTMLElement {
  const list = el('ul', { className: 'mastery' });
  for (const c of d.categories) {
    const values = { name: c.name, mastered: c.mastered, total: c.total, percent: c.masteryPercent, due: c.due };
    const bar = svg(
      'svg',
      { class: 'mastery-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }),
      svg('rect', { class: 'fill', x: 0, y: 0, width: percentWidth(c.masteryPercent, 100), height: 10 }),
    );
    const row = el('button', { className: 'mastery-row' }, el('span', { className: 'name', text: c.name }), bar, el('span', { className: 'numbers', text: fill(s.masteryRow, values) }));
    row.type = 'button';
    row.dataset.action = 'quizCategory';
    row.dataset.category = c.id;
    row.dataset.key = `cat:${c.id}`;
    row.setAttribute('aria-label', fill(s.masteryRowLabel, values));
    list.append(el('li', {}, row));
  }
  return section('mastery', s.masteryHeading, el('p', { className: 'hint', text: s.masteryHint }), list);
}

function legend(max: number, s: StatsStrings): HTMLElement {
  const size = 12;
  const gap = 3;
  const squares = svg('svg', { class: 'legend-squares', viewBox: `0 0 ${HEAT_LEVELS.length * (size + gap) - gap} ${size}`, width: HEAT_LEVELS.length * (size + gap) - gap, height: size, 'aria-hidden': 'true', focusable: 'false' });
  const described: string[] = [];
  for (const level of HEAT_LEVELS) {
    const r = levelRange(level, max);
    const text = !r ? '' : r.from === r.to ? fill(s.levelExact, { count: r.from }) : fill(s.levelRange, r);
    squares.append(titled(svg('rect', { class: `heat l${level}`, x: level * (size + gap), y: 0, width: size, height: size, rx: 2 }), text || '—'));
    if (text) {
      described.push(text);
    }
  }
  // The squares are decoration; their meaning is also given as text for screen readers.
  return el('p', { className: 'legend' }, el('span', { text: s.less }), squares, el('span', { text: s.more }), el('span', { className: 'sr-only', text: described.join(', ') }));
}

function heatmap(d: StatsData, s: StatsStrings): HTMLElement {
  // Room for the weekday labels: one Chinese character, or three Latin letters in English.
  const layout = heatmapLayout(d.reviews, { left: Math.max(22, 8 + 8 * Math.max(...s.weekdays.map((w) => w.length))) });
  const summary = fill(s.reviewsSummary, { days: d.reviews.length, total: d.reviewTotal, practised: d.daysReviewed });
  const chart = chartSvg(layout.width, layout.height, summary, 'heatmap');
  for (const row of [0, 2, 4]) {
    chart.append(svgText(s.weekdays[row], { class: 'axis-label', x: layout.cells.length ? layout.cells[0].x - 6 : 0, y: layout.rowY[row], 'text-anchor': 'end', 'dominant-baseline': 'middle' }));
  }
  for (const m of layout.months) {
    chart.append(svgText(s.months[m.month - 1] ?? String(m.month), { class: 'axis-label', x: m.x, y: 10 }));
  }
  for (const c of layout.cells) {
    const cell = svg('rect', { class: `heat l${c.level}${c.day === d.today ? ' today' : ''}`, x: c.x, y: c.y, width: layout.cell, height: layout.cell, rx: 2 });
    chart.append(titled(cell, fill(s.reviewCell, { day: c.day, count: c.count })));
  }
  const practised = d.reviews.filter((r) => r.count > 0);
  return section(
    'reviews',
    s.reviewsHeading,
    el('p', { className: 'summary', text: summary }),
    el('div', { className: 'chart-scroll' }, chart),
    legend(layout.max, s),
    hiddenTable(s.reviewsTableCaption, [s.day, s.reviewsColumn], practised.map((r) => [r.day, String(r.count)])),
  );
}

function forecast(d: StatsData, s: StatsStrings): HTMLElement {
  const chartData = columnChart(d.forecast.map((f) => f.count));
  const total = d.forecast.reduce((n, f) => n + f.count, 0);
  const summary = fill(s.forecastSummary, { days: d.forecast.length, total });
  const chart = chartSvg(chartData.width, chartData.height, summary, 'forecast');
  chart.append(svg('line', { class: 'axis', x1: 0, x2: chartData.width, y1: chartData.baseline, y2: chartData.baseline }));
  const label = (f: DayCount, i: number): string => forecastLabel(f.day, i, s.today);
  chartData.columns.forEach((c, i) => {
    const f = d.forecast[i];
    const g = titled(svg('g', { class: i === 0 ? 'column today' : 'column' }), fill(s.forecastBar, { day: label(f, i), count: f.count }));
    if (c.height > 0) {
      g.append(svg('rect', { class: 'bar', x: c.x, y: c.y, width: c.width, height: c.height, rx: 1 }));
    }
    g.append(svgText(String(f.count), { class: 'value-label', x: c.cx, y: c.y - 4, 'text-anchor': 'middle' }));
    g.append(svgText(label(f, i), { class: 'axis-label', x: c.cx, y: chartData.baseline + 14, 'text-anchor': 'middle' }));
    chart.append(g);
  });
  return section(
    'forecast',
    s.forecastHeading,
    el('p', { className: 'summary', text: summary }),
    el('div', { className: 'chart-scroll' }, chart),
    hiddenTable(s.forecastHeading, [s.day, s.dueColumn], d.forecast.map((f, i) => [label(f, i), String(f.count)])),
  );
}

function weakest(d: StatsData, s: StatsStrings): HTMLElement {
  if (!d.weak.length) {
    return section('weak', s.weakHeading, el('p', { className: 'hint', text: s.weakEmpty }));
  }
  const list = el('ol', { className: 'weak' });
  for (const w of d.weak) {
    const a = el('a', { className: 'entry-link', text: w.title });
    a.href = '#';
    a.dataset.question = w.id;
    a.dataset.key = `weak:${w.id}`;
    const meta = el('span', { className: 'meta' });
    if (w.category) {
      meta.append(el('span', { className: 'category', text: w.category }));
    }
    meta.append(el('span', { className: 'counts', text: fill(s.weakCounts, { lapses: w.lapses, wrong: w.wrong }) }));
    list.append(el('li', {}, a, meta));
  }
  return section('weak', s.weakHeading, list);
}

function emptyState(s: StatsStrings): HTMLElement {
  const list = el('ul');
  for (const item of s.emptyList) {
    list.append(el('li', { text: item }));
  }
  const actions = el('div', { className: 'actions' }, actionButton('startQuiz', s.startQuiz, 'play', true), actionButton('reviewDue', s.reviewDue, 'mortar-board', false));
  const box = section('empty', s.emptyHeading, el('p', { text: s.emptyText }), list, actions);
  box.classList.add('empty');
  return box;
}

function render(d: StatsData, s: StatsStrings, seq: number): void {
  // A live refresh rebuilds the page; keep keyboard focus on the same control.
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const scrollY = firstRender ? (parseStatsState(vscode.getState())?.scrollY ?? 0) : window.scrollY;
  document.title = s.title;
  const body: Node[] = [header(d, s)];
  if (d.practised) {
    body.push(mastery(d, s), heatmap(d, s), forecast(d, s), weakest(d, s));
  } else {
    body.push(emptyState(s));
  }
  root.replaceChildren(...body);
  if (focusedKey) {
    root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus({ preventScroll: true });
  }
  window.scrollTo(0, scrollY);
  firstRender = false;
  vscode.setState({ scrollY });
  vscode.postMessage({ type: 'rendered', seq });
}

function showError(message: string): void {
  root.replaceChildren(el('p', { className: 'error', text: message }));
  root.setAttribute('role', 'alert');
}

document.addEventListener('click', (event) => {
  const linked = clickedEntryLink(event);
  if (linked) {
    vscode.postMessage({ type: 'open', id: linked });
    return;
  }
  const target = event.target as Element | null;
  const button = target?.closest<HTMLButtonElement>('button[data-action]');
  const action = button?.dataset.action;
  if (action === 'quizCategory' && button?.dataset.category) {
    vscode.postMessage({ type: 'quizCategory', category: button.dataset.category });
  } else if (action === 'startQuiz' || action === 'reviewDue') {
    vscode.postMessage({ type: action });
  }
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100);
});

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseStatsHostMessage(event.data);
  if (msg?.type === 'data') {
    root.removeAttribute('role');
    render(msg.data, msg.strings, msg.seq);
  } else if (msg?.type === 'error') {
    showError(msg.message);
  }
});

vscode.postMessage({ type: 'ready' });
