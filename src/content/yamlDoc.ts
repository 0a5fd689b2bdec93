import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { ProblemSink } from './problems';

/** A parsed YAML document that can tell the source line of any path in it. */
export class YamlSource {
  private readonly counter = new LineCounter();
  readonly doc: Document;

  constructor(text: string, private readonly firstLine: number, sink: ProblemSink) {
    this.doc = parseDocument(text, { lineCounter: this.counter, prettyErrors: false, uniqueKeys: true });
    for (const e of [...this.doc.errors, ...this.doc.warnings]) {
      sink.add(this.lineAt(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`);
    }
  }

  get ok(): boolean {
    return this.doc.errors.length === 0;
  }

  toJS(): unknown {
    return this.doc.toJS();
  }

  /** Line of the deepest existing node on `path` (a missing key points at its parent). */
  lineOf(path: readonly (string | number)[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        // For a key's value the key line is what an author looks for; scalars sit on that line.
        return this.lineAt(node.range[0]);
      }
    }
    return this.firstLine;
  }

  private lineAt(offset: number): number {
    return this.firstLine - 1 + this.counter.linePos(offset).line;
  }
}

/** `/quiz/0/answer` → ['quiz', 0, 'answer'] */
export function pointerToPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
