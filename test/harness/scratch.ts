import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp folder for one harness run, with a copy of a workspace so tests never touch the repo. */
export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'pyi-host-'));

  workspace(from: string): string {
    const to = join(this.dir, 'workspace');
    cpSync(from, to, { recursive: true });
    return to;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
