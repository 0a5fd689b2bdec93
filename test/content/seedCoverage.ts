import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SeedMap {
  required: string[];
  groups: Record<string, Record<string, string>>;
}

export interface CoverageReport {
  /** Problems that fail the test: required questions without an entry, ids that do not exist. */
  errors: string[];
  /** Per group: questions answered / questions asked. */
  groups: { group: string; covered: number; total: number; required: boolean }[];
}

/** `## 组名` headings and `- 问题` lines of TOPICS.md. */
export function parseTopics(markdown: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      current = [];
      groups.set(heading[1], current);
      continue;
    }
    const item = /^-\s+(.+?)\s*$/.exec(line);
    if (item && current) {
      current.push(item[1]);
    }
  }
  return groups;
}

export function checkCoverage(topics: Map<string, string[]>, map: SeedMap, ids: ReadonlySet<string>): CoverageReport {
  const errors: string[] = [];
  const groups: CoverageReport['groups'] = [];
  for (const group of map.required) {
    if (!topics.has(group)) {
      errors.push(`required group "${group}" is not a heading of TOPICS.md`);
    }
  }
  for (const [group, questions] of topics) {
    const mapped = map.groups[group] ?? {};
    const required = map.required.includes(group);
    let covered = 0;
    for (const q of questions) {
      const id = mapped[q];
      if (id && ids.has(id)) {
        covered++;
      } else if (id) {
        errors.push(`${group} / ${q}: mapped to "${id}", which is not an entry`);
      } else if (required) {
        errors.push(`${group} / ${q}: no entry (add one and map it in test/content/seed-coverage.yaml)`);
      }
    }
    for (const q of Object.keys(mapped).filter((k) => !questions.includes(k))) {
      errors.push(`${group} / ${q}: mapped, but TOPICS.md has no such question`);
    }
    groups.push({ group, covered, total: questions.length, required });
  }
  return { errors, groups };
}

export function loadSeedMap(file: string): SeedMap {
  return parse(readFileSync(file, 'utf8')) as SeedMap;
}

export function readTopics(file: string): Map<string, string[]> | undefined {
  return existsSync(file) ? parseTopics(readFileSync(file, 'utf8')) : undefined;
}
