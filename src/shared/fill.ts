/**
 * Fills a webview template: replaces `{name}` with values[name], leaving unknown placeholders as
 * they are. The host sends whole sentences with named gaps rather than fragments to glue, so a
 * translation can put the values where its language wants them.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
