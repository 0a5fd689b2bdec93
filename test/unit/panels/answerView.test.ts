import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/model/catalog';
import type { Question, QuizItem } from '../../../src/model/types';
import { toAnswerView, toQuizItemView } from '../../../src/panels/answerView';
import { useLanguage } from '../model/l10nFixture';

const quiz: QuizItem[] = [
  { type: 'single', q: 'pick one', options: ['x', 'y'], answer: 1, explain: 'because y' },
  { type: 'multi', q: 'pick some', options: ['x', 'y', 'z'], answer: [0, 2], explain: 'x and z' },
  { type: 'truefalse', q: 'true?', answer: true, explain: 'it is' },
  { type: 'output', q: 'what prints?', code: 'print("secret-output")', answer: 'secret-output', explain: 'it prints' },
];

function question(id: string, extra: Partial<Question> = {}): Question {
  return { id, title: `T ${id}`, titleEn: '', category: 'py', order: 1, difficulty: 2, frequency: 3, tags: [], aliases: [], related: [], keywords: {}, appliesTo: '', quiz: [], snippets: [], summary: '', html: '<p>x</p>', blocks: [], source: `py/${id}.md`, ...extra };
}

const catalog = new Catalog({
  version: 1,
  categories: [{ id: 'py', name: 'Python 基础', nameEn: 'Python Basics', order: 1, icon: 'x' }],
  questions: [question('gil', { quiz, related: ['gc', 'missing'], titleEn: 'What is the GIL?' }), question('gc')],
});

describe('answer view', () => {
  it('sends quiz items without their answers or explanations', () => {
    const view = toAnswerView(catalog.question('gil') as Question, catalog, false, 'new');
    assert.deepEqual(view.quiz, [
      { type: 'single', q: 'pick one', options: ['x', 'y'] },
      { type: 'multi', q: 'pick some', options: ['x', 'y', 'z'] },
      { type: 'truefalse', q: 'true?' },
      { type: 'output', q: 'what prints?', code: 'print("secret-output")' },
    ]);
    const json = JSON.stringify(view);
    for (const secret of ['because y', 'x and z', 'it is', 'it prints', '"answer"', '"explain"']) {
      assert.ok(!json.includes(secret), `view leaks ${secret}`);
    }
  });

  it('copies options, so the view cannot change the catalog', () => {
    const item = quiz[0];
    const view = toQuizItemView(item);
    assert.ok(view.type === 'single' && item.type === 'single');
    assert.notEqual(view.options, item.options);
  });

  it('labels each study state in words', () => {
    const q = catalog.question('gc') as Question;
    const labels = (['new', 'learning', 'due', 'mastered'] as const).map((s) => {
      const view = toAnswerView(q, catalog, false, s);
      assert.equal(view.status, s);
      return view.statusLabel;
    });
    assert.deepEqual(labels, ['New', 'Learning', 'Due', 'Mastered']);
  });

  it('resolves the category name and keeps only related entries that exist', () => {
    const view = toAnswerView(catalog.question('gil') as Question, catalog, true, 'due');
    assert.equal(view.category, 'Python Basics');
    assert.deepEqual(view.related, [{ id: 'gc', title: 'T gc' }]);
    assert.equal(view.bookmarked, true);
  });

  it('leads with the English title in an English UI and keeps the Chinese one as the subtitle', () => {
    const view = toAnswerView(catalog.question('gil') as Question, catalog, false, 'new');
    assert.equal(view.title, 'What is the GIL?');
    assert.equal(view.subtitle, 'T gil');
    assert.equal(view.difficulty, 'Difficulty: Intermediate');
    const untranslated = toAnswerView(catalog.question('gc') as Question, catalog, false, 'new');
    assert.equal(untranslated.title, 'T gc', 'no English title: the Chinese one');
    assert.equal(untranslated.subtitle, '');
  });

  describe('in a Chinese UI', () => {
    useLanguage('zh-cn');

    it('leads with the Chinese title and category, with the English title as the subtitle', () => {
      const view = toAnswerView(catalog.question('gil') as Question, catalog, false, 'mastered');
      assert.equal(view.title, 'T gil');
      assert.equal(view.subtitle, 'What is the GIL?');
      assert.equal(view.category, 'Python 基础');
      assert.equal(view.difficulty, '难度:进阶');
      assert.equal(view.frequency, '频率:高频');
      assert.equal(view.statusLabel, '已掌握');
    });
  });
});
