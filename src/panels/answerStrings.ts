import { t } from '../model/l10n';
import type { AnswerStrings } from '../shared/answerMessages';

/** Webview UI text; kept host-side so it follows the UI language. `{name}` is filled on the page. */
export function answerStrings(): AnswerStrings {
  return {
    copy: t('Copy'),
    copied: t('Copied'),
    insert: t('Insert into Editor'),
    output: t('Output'),
    executed: t('run and verified'),
    notExecuted: t('not run'),
    checked: t('config checked'),
    related: t('Related Questions'),
    tags: t('Tags'),
    appliesTo: t('Applies to: {version}'),
    loading: t('Loading…'),
    bookmark: t('Bookmark'),
    bookmarked: t('Bookmarked'),
    quizHeading: t('Quick Quiz'),
    quizScore: t('Answered {answered}/{total} · {correct} correct'),
    submit: t('Submit'),
    trueLabel: t('True'),
    falseLabel: t('False'),
    correct: t('Correct'),
    wrong: t('Wrong'),
    expected: t('Correct answer:'),
    explain: t('Explanation:'),
    retry: t('Try Again'),
    outputCode: t('Code'),
    outputPrediction: t('Predict what this code prints'),
  };
}
