/**
 * The rendered body opens with its own 一句话回答 section. Views that show the summary separately
 * above the body (review card back, Anki note back) drop it so the line is not repeated.
 */
export function withoutSummarySection(html: string): string {
  return html.replace(/^<h2>一句话回答<\/h2>[\s\S]*?(?=<h2[\s>]|$)/, '');
}
