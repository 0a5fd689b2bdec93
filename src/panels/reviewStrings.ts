import type { ReviewGrade, ReviewStatus, ReviewStrings } from '../shared/reviewMessages';

/** Webview UI text; kept host-side so it can follow the UI language. `{n}` is a number. */
export function reviewStrings(): ReviewStrings {
  return {
    panelTitle: '复习到期卡片',
    loading: '加载中…',
    remaining: '剩余 {n}',
    status: '状态',
    category: '分类',
    showAnswer: '显示答案',
    spaceKey: '空格',
    oneLine: '一句话回答',
    answer: '答案',
    openFull: '打开完整答案',
    gradeGroup: '评分:下次复习时间',
    gradeKey: '快捷键 {n}',
    undo: '撤销',
    undoKey: 'U',
    keyboardHelp: '快捷键:空格 显示答案 · 1–4 评分 · U 或 Ctrl/⌘+Z 撤销上一次评分',
    emptyTitle: '今天没有到期的卡片',
    nextDue: '下次到期:',
    nothingScheduled: '还没有安排复习的卡片。',
    streak: '连续练习:',
    streakDays: '{n} 天',
    streakLongest: '最长 {n} 天',
    practisedToday: '今天已练习',
    notPractisedToday: '今天还没有练习',
    startQuiz: '开始测验',
  };
}

/** Grade button names, in the order of the 1–4 keys. */
export function gradeLabels(): Record<ReviewGrade, string> {
  return { again: '重来', hard: '困难', good: '良好', easy: '简单' };
}

export function statusLabels(): Record<ReviewStatus, string> {
  return { new: '新卡片', learning: '学习中', due: '到期', mastered: '已掌握' };
}

/** Next due time: the local date and time, then how far away it is. */
export function dueLabel(date: string, distance: string): string {
  return `${date}(${distance}后)`;
}
