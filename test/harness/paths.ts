import { join, resolve } from 'node:path';

/** Repository root (this file is bundled to out/test/harness/*.js). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
/** Git-ignored cache; PYI_TEST_CACHE moves it (e.g. to share one install between clones). */
export const CACHE_DIR = resolve(process.env.PYI_TEST_CACHE ?? join(ROOT, '.vscode-test'));
export const RESULTS_DIR = join(ROOT, 'test-results');
export const INTEGRATION_ENTRY = join(ROOT, 'out', 'test', 'integration', 'index.js');
export const EXAMPLES_DIR = join(ROOT, 'examples');
