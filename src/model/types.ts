// The compiled content bundle (dist/content.json): written by src/content, read by src/model.
// Plain data only, so it crosses the host/webview boundary and JSON unchanged.

export const CONTENT_FORMAT_VERSION = 1;

export type Level = 1 | 2 | 3;

export interface Category {
  id: string;
  name: string;
  nameEn: string;
  order: number;
  icon: string;
}

export interface SingleChoiceItem {
  type: 'single';
  q: string;
  options: string[];
  answer: number;
  explain: string;
}

export interface MultiChoiceItem {
  type: 'multi';
  q: string;
  options: string[];
  answer: number[];
  explain: string;
}

export interface TrueFalseItem {
  type: 'truefalse';
  q: string;
  answer: boolean;
  explain: string;
}

export interface OutputItem {
  type: 'output';
  q: string;
  code: string;
  answer: string;
  explain: string;
}

export type QuizItem = SingleChoiceItem | MultiChoiceItem | TrueFalseItem | OutputItem;

export interface SnippetSpec {
  name: string;
  prefix: string;
  description: string;
  placeholders?: Record<string, string>;
}

/** How the tests treat a fenced block: see content/README in CONTENT-GUIDE terms. */
export type BlockMode = 'run' | 'check' | 'norun' | 'output' | 'plain';

export interface CodeBlock {
  /** Position among the entry's fenced blocks; the rendered HTML carries it as data-block. */
  index: number;
  lang: string;
  mode: BlockMode;
  /** `run=django` → 'django'; empty for the default runner. */
  runner: string;
  /** Why a `norun` block is not executed. */
  reason: string;
  /** Label exported as a snippet. */
  snippet: string;
  code: string;
  /** 1-based line of the opening fence in the source file. */
  line: number;
}

export interface Question {
  id: string;
  title: string;
  titleEn: string;
  category: string;
  order: number;
  difficulty: Level;
  frequency: Level;
  tags: string[];
  aliases: string[];
  related: string[];
  keywords: Record<string, string[]>;
  appliesTo: string;
  quiz: QuizItem[];
  snippets: SnippetSpec[];
  /** The 一句话回答 section as plain text. */
  summary: string;
  /** Body rendered to sanitized HTML (code highlighted). */
  html: string;
  blocks: CodeBlock[];
  /** Source path relative to the content folder, for messages and "edit this entry". */
  source: string;
}

export interface ContentBundle {
  version: typeof CONTENT_FORMAT_VERSION;
  categories: Category[];
  questions: Question[];
}

/** What names and describes a question, without its body: all the tree needs to draw. */
export type QuestionHead = Omit<Question, 'html' | 'blocks' | 'quiz' | 'snippets'>;

/** dist/catalog-head.json: the bundle without bodies, a few percent of its size. */
export interface HeadBundle {
  version: typeof CONTENT_FORMAT_VERSION;
  categories: Category[];
  questions: QuestionHead[];
}

export function toHeadBundle(bundle: ContentBundle): HeadBundle {
  return {
    version: bundle.version,
    categories: bundle.categories,
    questions: bundle.questions.map(({ html: _html, blocks: _blocks, quiz: _quiz, snippets: _snippets, ...head }) => head),
  };
}
