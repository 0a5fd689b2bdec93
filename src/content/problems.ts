/** A content error with the place an author has to look. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Collects problems for one file so checks can report and carry on. */
export class ProblemSink {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  add(line: number, message: string): void {
    this.problems.push({ file: this.file, line: Math.max(1, line), message });
  }
}
