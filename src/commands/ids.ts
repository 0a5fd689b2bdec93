/** Every command id in one place; package.json declares the same set (a test checks both ways). */
export const CommandIds = {
  openAnswer: 'pyInterview.openAnswer',
  refresh: 'pyInterview.refresh',
  revealInTree: 'pyInterview.revealInTree',
  insertCodeBlock: 'pyInterview.insertCodeBlock',
  searchQuestions: 'pyInterview.searchQuestions',
  filterTree: 'pyInterview.filterTree',
  clearFilter: 'pyInterview.clearFilter',
  randomQuestion: 'pyInterview.randomQuestion',
  addBookmark: 'pyInterview.addBookmark',
  removeBookmark: 'pyInterview.removeBookmark',
  insertSnippet: 'pyInterview.insertSnippet',
  startQuiz: 'pyInterview.startQuiz',
  reviewDue: 'pyInterview.reviewDue',
  showStats: 'pyInterview.showStats',
  exportAnki: 'pyInterview.exportAnki',
  dailyQuestion: 'pyInterview.dailyQuestion',
  undoGrade: 'pyInterview.undoGrade',
  exportProgress: 'pyInterview.exportProgress',
  importProgress: 'pyInterview.importProgress',
  resetProgress: 'pyInterview.resetProgress',
  copyLink: 'pyInterview.copyLink',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
