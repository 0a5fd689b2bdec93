// `npm run test:desktop`: the same integration suite in desktop VS Code through
// @vscode/test-electron. Needs internet (it downloads VS Code) and a display (or xvfb-run);
// not used in CI, where code-server is the host (npm run test:integration).
import { runTests } from '@vscode/test-electron';
import { EXAMPLES_DIR, INTEGRATION_ENTRY, ROOT } from './paths';

runTests({
  version: process.env.PYI_VSCODE_VERSION ?? '1.100.3',
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: INTEGRATION_ENTRY,
  launchArgs: [EXAMPLES_DIR, '--disable-extensions', '--disable-workspace-trust'],
}).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
