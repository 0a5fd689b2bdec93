import { uiLanguage } from './l10n';
import type { Category, Question } from './types';

// Content is written in Chinese, with an English title per entry and an English name per
// category. Which one a view leads with follows the UI language; the choice is made here only.

/** True for a Chinese UI: the content's own language, so titles need no translation. */
export function isChineseUi(language: string = uiLanguage()): boolean {
  return language.toLowerCase().startsWith('zh');
}

/** The title to show: titleEn in an English UI (when the entry has one), else the Chinese title. */
export function displayTitle(q: Pick<Question, 'title' | 'titleEn'>, language: string = uiLanguage()): string {
  return isChineseUi(language) || !q.titleEn ? q.title : q.titleEn;
}

/** The title in the other language, for a subtitle; '' when there is none. */
export function otherTitle(q: Pick<Question, 'title' | 'titleEn'>, language: string = uiLanguage()): string {
  const other = isChineseUi(language) || !q.titleEn ? q.titleEn : q.title;
  return other === displayTitle(q, language) ? '' : other;
}

export function categoryName(c: Pick<Category, 'name' | 'nameEn'>, language: string = uiLanguage()): string {
  return isChineseUi(language) || !c.nameEn ? c.name : c.nameEn;
}

/** The category name in the other language; '' when it is the same. */
export function otherCategoryName(c: Pick<Category, 'name' | 'nameEn'>, language: string = uiLanguage()): string {
  const other = isChineseUi(language) || !c.nameEn ? c.nameEn : c.name;
  return other === categoryName(c, language) ? '' : other;
}
