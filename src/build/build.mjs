// Build driver: `node src/build/build.mjs [--production] [--tests] [--watch]`.
// Bundles the extension host code, the webview script, the content compiler and (with --tests)
// the unit, content and integration test modules; then compiles content/ into dist/content.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, watch } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const tests = args.has('--tests');
const watchMode = args.has('--watch');

const node = { platform: 'node', format: 'cjs', target: 'node20', bundle: true, logLevel: 'warning' };

/** Leaves `require(path)` as it is, for a file that is another entry of the same build. */
function keepRequire(path) {
  const filter = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return {
    name: `keep-require:${path}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path, external: true }));
    },
  };
}

/** Sends `require(pkg)` to another file of dist/ instead of bundling the package there. */
function requireAs(pkg, path) {
  return {
    name: `require-as:${pkg}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${pkg}$`) }, () => ({ path, external: true }));
    },
  };
}

/** Packages the host code requires lazily (src/model/libraries.ts), and where they are bundled. */
const VENDOR = { 'ts-fsrs': 'vendor/ts-fsrs.js', minisearch: 'vendor/minisearch.js' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    // Three bundles: activation loads only extension.js, which requires core.js for the tree and
    // features.js for the rest on first use. esbuild's cjs output cannot split code, so the
    // requires are kept as written (plugin below) and each is an entry of its own; the shell
    // imports only constants and types from the others, which hand each other live objects.
    ...node,
    entryPoints: { extension: join(root, 'src/extension.ts'), core: join(root, 'src/core.ts'), features: join(root, 'src/features.ts') },
    outdir: join(root, 'dist'),
    external: ['vscode'],
    plugins: [keepRequire('./core.js'), keepRequire('./features.js'), ...Object.entries(VENDOR).map(([pkg, file]) => requireAs(pkg, `./${file}`))],
    minify: production,
    sourcemap: true,
    sourcesContent: false,
  },
  // The libraries src/model/libraries.ts requires on first use, each a file of its own.
  ...Object.entries(VENDOR).map(([pkg, file]) => ({
    ...node,
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: root, loader: 'js' },
    outfile: join(root, 'dist', file),
    minify: production,
  })),
  {
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    bundle: true,
    logLevel: 'warning',
    entryPoints: {
      answer: join(root, 'src/webview/answer/main.ts'),
      review: join(root, 'src/webview/review/main.ts'),
      stats: join(root, 'src/webview/stats/main.ts'),
    },
    outdir: join(root, 'dist/webview'),
    minify: production,
    sourcemap: true,
    sourcesContent: false,
  },
  {
    ...node,
    entryPoints: {
      'compile-content': join(root, 'src/tools/compileContent.ts'),
      search: join(root, 'src/tools/search.ts'),
      'readme-tables': join(root, 'src/tools/readmeTables.ts'),
    },
    outdir: join(root, 'out/tools'),
    packages: 'external',
  },
];

if (tests) {
  // Stage results of an earlier run must not leak into this run's closing summary, and a test
  // file deleted from test/ must not live on as a stale bundle in out/test/.
  rmSync(join(root, 'test-results'), { recursive: true, force: true });
  rmSync(join(root, 'out', 'test'), { recursive: true, force: true });
  const testEntries = (dir) =>
    readdirSync(join(root, dir), { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(root, dir, f));
  builds.push({
    ...node,
    entryPoints: [...testEntries('test/unit'), ...testEntries('test/content'), ...testEntries('test/harness'), ...testEntries('test/integration'), ...testEntries('test/bench')],
    outdir: join(root, 'out/test'),
    outbase: join(root, 'test'),
    packages: 'external',
    external: ['vscode'],
    sourcemap: true,
  });
}

function copyCodicons() {
  const from = join(root, 'node_modules/@vscode/codicons/dist');
  const to = join(root, 'dist/codicons');
  mkdirSync(to, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) {
    cpSync(join(from, f), join(to, f));
  }
}

/**
 * The snippet files in media/snippets/ are generated but committed (package.json contributes
 * them). A plain build rewrites them; the test build leaves them alone so that a unit test can
 * fail when a content change was committed without regenerating them.
 */
function compileContent() {
  const snippets = tests ? [] : [join(root, 'media', 'snippets')];
  execFileSync(process.execPath, [join(root, 'out/tools/compile-content.js'), join(root, 'content'), join(root, 'dist/content.json'), ...snippets], {
    stdio: 'inherit',
    cwd: root,
  });
  if (!tests) {
    execFileSync(process.execPath, [join(root, 'out/tools/readme-tables.js'), root], { stdio: 'inherit', cwd: root });
  }
}

if (watchMode) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.rebuild()));
  copyCodicons();
  const safeCompile = () => {
    try {
      compileContent();
    } catch {
      // problems were printed; keep watching
    }
  };
  safeCompile();
  await Promise.all(contexts.map((c) => c.watch()));
  let timer;
  watch(join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(safeCompile, 100);
  });
  console.log(`watching ${relative(process.cwd(), root) || '.'} (Ctrl-C to stop)`);
} else {
  try {
    await Promise.all(builds.map((b) => esbuild.build(b)));
    copyCodicons();
    compileContent();
  } catch (err) {
    if (err && err.status !== undefined) {
      process.exit(1); // the content compiler already printed its problems
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
