import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Repository root: the nearest folder above this bundle whose package.json is ours. */
function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'python-interview-coach') {
      return dir;
    }
  }
  throw new Error(`no python-interview-coach package.json above ${from}`);
}

export const ROOT = findRoot(__dirname);
export const CODE_SERVER_VERSION = '4.100.3';
/** Git-ignored cache; PYI_TEST_CACHE moves it (e.g. to share one install between clones). */
export const CACHE_DIR = resolve(process.env.PYI_TEST_CACHE ?? join(ROOT, '.vscode-test'));
export const RESULTS_DIR = join(ROOT, 'test-results');
export const INTEGRATION_ENTRY = join(ROOT, 'out', 'test', 'integration', 'index.js');
export const EXAMPLES_DIR = join(ROOT, 'examples');
