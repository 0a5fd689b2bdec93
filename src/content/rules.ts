/** The body sections every entry has, in this order (CONTENT-GUIDE). */
export const REQUIRED_SECTIONS = ['一句话回答', '详细解释', '代码示例', '面试追问', '易错点', '参考'] as const;

/** Longest 一句话回答, counted in 字: a CJK character or a Latin word each count one. */
export const SUMMARY_MAX = 80;

export const MIN_QUIZ_ITEMS = 3;

/** Which runners exist for `<lang> run=<runner>`; '' is the default runner. */
export const RUNNERS: Record<string, readonly string[]> = {
  python: ['', 'django', 'flask', 'drf', 'jwt', 'celery', 'nginx', 'mysql', 'redis'],
  sql: ['', 'sqlite'],
  redis: [''],
};

/** Languages whose blocks are validated (`<lang> check`) rather than run. */
export const CHECKERS: readonly string[] = ['nginx', 'dockerfile', 'yaml'];

export function countZi(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9_.]+/g)?.length ?? 0;
  return cjk + words;
}
