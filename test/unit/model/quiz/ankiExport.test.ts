import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Catalog } from '../../../../src/model/catalog';
import { ANKI_DECK, toAnkiNotes, toAnkiTsv } from '../../../../src/model/quiz/ankiExport';
import type { AnkiNote } from '../../../../src/model/quiz/ankiExport';
import type { Category, ContentBundle, Question } from '../../../../src/model/types';
import { makeQuestion } from '../questionFixture';

/** A question whose rendered body has the usual leading 一句话回答 section. */
function question(id: string, category: string, order: number, extra: Partial<Question> = {}): Question {
  return makeQuestion(id, category, {
    order,
    title: `title ${id}`,
    summary: `summary ${id}`,
    html: `<h2>一句话回答</h2>\n<p>summary ${id}</p>\n<h2>详细解释</h2>\n<p>body ${id}</p>\n`,
    ...extra,
  });
}

const categories: Category[] = [
  { id: 'python-basics', name: 'Python 基础', nameEn: 'Basics', order: 1, icon: 'x' },
  { id: 'redis', name: 'Redis 与缓存', nameEn: 'Redis', order: 2, icon: 'x' },
];

/** Every character the file format treats specially, in every field that can carry it. */
const awkward = question('awkward', 'redis', 1, {
  title: 'Tab\there, "quoted" <b>&</b>\nsecond line',
  summary: 'says "hi"\r\nthen\tmore',
  html:
    '<h2>一句话回答</h2>\n<p>says "hi"</p>\n<h2>详细解释</h2>\n' +
    '<p>see <a href="#" class="entry-link" data-question="plain">plain</a> and <a href="https://docs.python.org/3/">docs</a></p>\n' +
    '<figure class="code-block" data-block="0"><pre><code class="hljs language-python">def f():\r\n\treturn "x"\n# not a comment</code></pre></figure>\n',
  tags: ['redo log', 'I/O\u3000密集', 'say "cheese"', 'redo log', 'bisect'],
});
const plain = question('plain', 'python-basics', 1, { tags: ['生成器'] });
/** A lone CR is a record break to CSV readers too, even with nothing else to quote. */
const carriageReturn = question('cr', 'python-basics', 2, { title: 'old\rmac' });

interface Parsed {
  header: string[];
  rows: string[][];
}

/**
 * Reads the file back the way an independent CSV implementation does (Python's csv module with a
 * tab delimiter, `"` quoting and strict parsing), after taking off the `#` header lines that Anki
 * reads itself.
 */
function parse(tsv: string): Parsed {
  const header: string[] = [];
  let body = tsv;
  while (body.startsWith('#')) {
    const end = body.indexOf('\n');
    header.push(body.slice(0, end));
    body = body.slice(end + 1);
  }
  const script = [
    'import csv, io, json, sys',
    "text = sys.stdin.buffer.read().decode('utf-8')",
    "rows = list(csv.reader(io.StringIO(text, newline=''), delimiter='\\t', quotechar='\"', doublequote=True, strict=True))",
    'sys.stdout.write(json.dumps(rows))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script], { input: Buffer.from(body, 'utf8') });
  return { header, rows: JSON.parse(out.toString('utf8')) as string[][] };
}

function headerValue(header: string[], key: string): string | undefined {
  const line = header.find((l) => l.startsWith(`#${key}:`));
  return line?.slice(key.length + 2);
}

function column(header: string[], key: string): number {
  const value = headerValue(header, `${key} column`);
  assert.ok(value, `#${key} column header`);
  return Number(value) - 1;
}

describe('Anki export', () => {
  const questions = [plain, awkward, carriageReturn];
  const tsv = toAnkiTsv(questions, categories);
  const notes = toAnkiNotes(questions, categories);
  const parsed = parse(tsv);

  it('starts with the file headers Anki needs, with no byte-order mark before them', () => {
    assert.equal(tsv.charCodeAt(0), '#'.charCodeAt(0));
    assert.equal(headerValue(parsed.header, 'separator'), 'tab');
    assert.equal(headerValue(parsed.header, 'html'), 'true');
    assert.equal(headerValue(parsed.header, 'notetype'), 'Basic');
    // Named columns would make Anki map fields by name and break localised note types.
    assert.equal(headerValue(parsed.header, 'columns'), undefined);
    const meta = ['guid', 'deck', 'tags'].map((k) => column(parsed.header, k));
    assert.equal(new Set(meta).size, 3);
    for (const row of parsed.rows) {
      assert.equal(row.length, 5);
      assert.ok(meta.every((i) => i < row.length));
    }
  });

  it('reads back field for field, whatever tabs, newlines and quotes the fields hold', () => {
    const [guid, deck, tags] = ['guid', 'deck', 'tags'].map((k) => column(parsed.header, k));
    const fields = [0, 1, 2, 3, 4].filter((i) => ![guid, deck, tags].includes(i));
    const back: AnkiNote[] = parsed.rows.map((r) => ({ guid: r[guid], deck: r[deck], front: r[fields[0]], back: r[fields[1]], tags: r[tags] }));
    assert.deepEqual(back, notes);
    // The awkward note really did put every special character through the quoting.
    const raw = notes[1];
    assert.match(raw.front, /\t/);
    assert.match(raw.front, /\n/);
    assert.match(raw.back, /"/);
    assert.match(raw.back, /\r\n/);
    assert.match(raw.back, /\t/);
    assert.match(notes[2].front, /^[^\t\n"]*\r[^\t\n"]*$/);
  });

  it('never starts a record with the comment character', () => {
    // Anki's reader drops any record whose first byte is `#`, so the first column must not be one.
    assert.equal(column(parsed.header, 'guid'), 0);
    assert.ok(parsed.rows.every((row) => /^pyinterview-/.test(row[0])));
    // Any field that starts with `#` is quoted too, as Anki's own exporter does.
    const hashTsv = toAnkiTsv([plain], categories, { deck: '#1 deck' });
    assert.ok(hashTsv.includes('\t"#1 deck"\t'));
    const hashDeck = parse(hashTsv);
    assert.equal(hashDeck.rows[0][column(hashDeck.header, 'deck')], '#1 deck');
  });

  it('puts the escaped title and the category name on the front', () => {
    const front = notes[1].front;
    assert.ok(front.includes('Tab\there, &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;'));
    assert.ok(!front.includes('<b>'));
    assert.ok(front.includes('<small>Redis 与缓存</small>'));
    assert.ok(notes[0].front.includes('<small>Python 基础</small>'));
  });

  it('puts the escaped summary first on the back, then the rendered answer without repeating it', () => {
    const back = notes[1].back;
    assert.ok(back.startsWith('<p><strong>says &quot;hi&quot;<br>then\tmore</strong></p>'));
    assert.ok(!back.includes('一句话回答'));
    assert.ok(back.includes('<h2>详细解释</h2>'));
    assert.ok(back.includes('<pre><code class="hljs language-python">def f():\r\n\treturn "x"'));
    // Entry links only work in the answer panel; web links stay links.
    assert.ok(back.includes('see plain and <a href="https://docs.python.org/3/">docs</a>'));
    assert.ok(!back.includes('entry-link'));
  });

  it('tags each note with its category and its own tags, one word each', () => {
    assert.deepEqual(notes[0].tags.split(' '), ['python-interview::python-basics', '生成器']);
    assert.deepEqual(notes[1].tags.split(' '), ['python-interview::redis', 'redo_log', 'I/O_密集', 'say_cheese', 'bisect']);
  });

  it('gives every note a stable GUID from its question id, so a re-import updates it', () => {
    assert.deepEqual(
      notes.map((n) => n.guid),
      questions.map((q) => `pyinterview-${q.id}`),
    );
    assert.ok(notes.every((n) => n.deck === ANKI_DECK));
    assert.ok(toAnkiNotes(questions, categories, { deck: 'Mine::Python' }).every((n) => n.deck === 'Mine::Python'));
  });

  it('is deterministic and follows catalog order', () => {
    const bundle: ContentBundle = {
      version: 1,
      categories: [...categories].reverse(),
      questions: [question('z', 'redis', 2), awkward, question('b', 'python-basics', 2), plain],
    };
    const catalog = new Catalog(bundle);
    const first = toAnkiTsv(catalog.all(), catalog.categories);
    assert.equal(toAnkiTsv(new Catalog(bundle).all(), [...catalog.categories].reverse()), first);
    assert.deepEqual(
      parse(first).rows.map((r) => r[0]),
      catalog.all().map((q) => `pyinterview-${q.id}`),
    );
    assert.ok(first.endsWith('\n'));
  });
});
