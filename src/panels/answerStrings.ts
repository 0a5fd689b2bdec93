import type { CardStatus } from '../model/quiz/deck';
import type { AnswerStrings } from '../shared/answerMessages';

/** Webview UI text; kept host-side so it can follow the UI language. */
export function answerStrings(): AnswerStrings {
  return {
    copy: '复制',
    copied: '已复制',
    insert: '插入到编辑器',
    output: '输出',
    executed: '已执行验证',
    notExecuted: '未执行',
    checked: '已通过配置检查',
    related: '相关题目',
    tags: '标签',
    appliesTo: '适用版本',
    loading: '加载中…',
    bookmark: '收藏',
    bookmarked: '已收藏',
    quizHeading: '测一测',
    quizScore: '已答 {answered}/{total} · 正确 {correct}',
    submit: '提交',
    trueLabel: '对',
    falseLabel: '错',
    correct: '正确',
    wrong: '错误',
    expected: '正确答案',
    explain: '解析',
    retry: '重新作答',
    outputCode: '代码',
    outputPrediction: '预测这段代码打印的输出',
  };
}

const STATUS_LABELS: Record<CardStatus, string> = {
  new: '新题',
  learning: '学习中',
  due: '到期',
  mastered: '已掌握',
};

export function statusLabel(status: CardStatus): string {
  return STATUS_LABELS[status];
}
