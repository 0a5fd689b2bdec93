import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../../harness/paths';

// Activation is timed against a hello-world extension (npm run bench): it may load the shell that
// registers the contributions and nothing more. Whatever else it imported would be compiled and
// run on every start of VS Code, before anyone used the extension.
const SHELL = new Set(['src/extension.ts', 'src/commands/ids.ts', 'src/panels/viewTypes.ts', 'src/hover/hoverRegistration.ts', 'src/shell/featureLoader.ts', 'src/shell/deferredProviders.ts', 'src/shell/startupLoad.ts']);

async function activationInputs(): Promise<{ inputs: string[]; kept: string[] }> {
  const kept: string[] = [];
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/extension.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    external: ['vscode'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-features-require',
        setup(build) {
          build.onResolve({ filter: /^\.\/(core|features)\.js$/ }, (args) => {
            kept.push(args.path);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return { inputs: Object.keys(result.metafile.inputs).map((f) => f.split('\\').join('/')), kept };
}

describe('the activation bundle (src/extension.ts)', () => {
  it('holds the shell only: no model, panels, ts-fsrs or MiniSearch', async () => {
    const { inputs } = await activationInputs();
    assert.deepEqual(
      inputs.filter((f) => !SHELL.has(f)),
      [],
    );
  });

  it('requires the core and features bundles by the names the build writes them under, beside itself', async () => {
    const { kept } = await activationInputs();
    assert.deepEqual(kept.sort(), ['./core.js', './features.js']);
    for (const file of ['extension.js', 'core.js', 'features.js']) {
      assert.ok(existsSync(join(ROOT, 'dist', file)), `dist/${file} is built`);
    }
  });
});
