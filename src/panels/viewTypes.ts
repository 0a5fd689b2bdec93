// The webview panel types, in a module of their own: activation registers a serializer for each
// before the panels' code is loaded, and package.json names the same ids (onWebviewPanel:…).
export const ANSWER_VIEW_TYPE = 'pyInterview.answer';
export const REVIEW_VIEW_TYPE = 'pyInterview.review';
export const STATS_VIEW_TYPE = 'pyInterview.stats';

export const PANEL_VIEW_TYPES = [ANSWER_VIEW_TYPE, REVIEW_VIEW_TYPE, STATS_VIEW_TYPE] as const;
export type PanelViewType = (typeof PANEL_VIEW_TYPES)[number];
