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
  };
}
