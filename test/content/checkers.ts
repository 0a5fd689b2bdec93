import { validate } from 'dockerfile-utils';
import { parse } from 'yaml';

/**
 * `dockerfile check`: dockerfile-utils' validator (the Docker language server's), plus the exec
 * form it lets through: an instruction whose arguments start with `[` must be a JSON string array.
 */
export function checkDockerfile(text: string): string[] {
  const problems = validate(text).map((d) => `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
  const lines = joinContinuations(text);
  for (const { line, content } of lines) {
    const m = /^\s*(CMD|ENTRYPOINT|RUN|SHELL|VOLUME)\s+(\[.*)$/i.exec(content) ?? /^\s*HEALTHCHECK\b.*?\bCMD\s+(\[.*)$/i.exec(content);
    const json = m?.[m.length - 1];
    if (json && !isStringArray(json)) {
      problems.push(`line ${line}: exec form is not a JSON array of strings: ${json}`);
    }
    const bare = /^\s*(RUN|CMD|ENTRYPOINT|WORKDIR|USER|COPY|ADD|EXPOSE|ENV|LABEL)\s*$/i.exec(content);
    if (bare) {
      problems.push(`line ${line}: ${bare[1].toUpperCase()} has no arguments`);
    }
  }
  return problems;
}

function isStringArray(json: string): boolean {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}

/** Instruction lines with `\` continuations joined, keeping the first line's number; comments dropped. */
function joinContinuations(text: string): { line: number; content: string }[] {
  const out: { line: number; content: string }[] = [];
  let current: { line: number; content: string } | undefined;
  text.split('\n').forEach((raw, i) => {
    if (!current && /^\s*#/.test(raw)) {
      return;
    }
    const continued = /\\\s*$/.test(raw);
    const part = raw.replace(/\\\s*$/, '');
    if (current) {
      current.content += ` ${part.trim()}`;
    } else {
      current = { line: i + 1, content: part };
    }
    if (!continued) {
      if (current.content.trim()) {
        out.push(current);
      }
      current = undefined;
    }
  });
  if (current?.content.trim()) {
    out.push(current);
  }
  return out;
}

interface ComposeService {
  image?: unknown;
  build?: unknown;
  depends_on?: unknown;
}

/** `yaml check`: the YAML parses; a compose file's services each have image or build and valid depends_on. */
export function checkYaml(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text, { strict: true, uniqueKeys: true });
  } catch (err) {
    return [`YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
  }
  if (typeof doc !== 'object' || doc === null || !('services' in doc)) {
    return [];
  }
  const services = doc.services;
  if (typeof services !== 'object' || services === null) {
    return ['compose: services must be a mapping'];
  }
  const names = Object.keys(services);
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(services as Record<string, ComposeService | null>)) {
    const svc = raw ?? {};
    if (svc.image === undefined && svc.build === undefined) {
      problems.push(`compose: service "${name}" has neither image nor build`);
    }
    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : typeof svc.depends_on === 'object' && svc.depends_on ? Object.keys(svc.depends_on) : [];
    for (const d of deps) {
      if (typeof d !== 'string' || !names.includes(d)) {
        problems.push(`compose: service "${name}" depends on unknown service "${String(d)}"`);
      }
    }
  }
  if ('version' in (doc as object)) {
    problems.push('compose: the top-level "version" key is obsolete in Compose v2; drop it');
  }
  return problems;
}
