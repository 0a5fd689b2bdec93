import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { PackageManager, listFiles } from '@vscode/vsce';
import { ROOT } from '../../harness/paths';
import {
  computedRequires,
  externalRequires,
  relativeRequires,
  filesAt,
  forbiddenFiles,
  manifestPaths,
  readTextFiles,
  runtimeAssetPaths,
  stylesheetUrls,
} from './packagedFiles';

describe('the VSIX holds only what runs (vsce ls)', () => {
  let files: string[] = [];
  let listed: Set<string>;
  const missing = (wanted: readonly string[]): string[] => wanted.filter((f) => !listed.has(f));

  before(async function () {
    this.timeout(60000); // vsce walks the whole tree, node_modules included, before filtering
    // --no-dependencies, as `npm run package` packs it: esbuild bundled the dependencies already
    files = await listFiles({ cwd: ROOT, packageManager: PackageManager.None });
    listed = new Set(files);
  });

  it('lists no sources, tests, content sources, maps, dev folders or build configs', () => {
    assert.ok(files.includes('package.json'), `vsce listed ${files.length} files without package.json`);
    assert.deepEqual(forbiddenFiles(files), []);
  });

  it('lists every file package.json points at (main, icons, snippets, walkthrough media, l10n)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as unknown;
    const wanted = manifestPaths(manifest, (p) => existsSync(join(ROOT, p))).flatMap((p) => filesAt(ROOT, p));
    assert.ok(wanted.includes('dist/extension.js'), `the manifest scan found no main: ${wanted.join(', ')}`);
    assert.deepEqual(missing(wanted), []);
  });

  it('lists the manifest translations, the README, CHANGELOG and LICENSE', () => {
    const wanted = [
      ...readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
      ...(existsSync(join(ROOT, 'l10n')) ? filesAt(ROOT, 'l10n') : []),
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ];
    assert.deepEqual(missing(wanted), []);
  });

  it('lists every asset the host code loads, and something under every webview resource root', () => {
    const assets = runtimeAssetPaths(readTextFiles(join(ROOT, 'src'), '.ts', ['webview', 'tools', 'build', 'content']));
    assert.ok(assets.files.length > 0 && assets.folders.length > 0, 'the source scan found no asset paths');
    assert.deepEqual(missing(assets.files), []);
    assert.deepEqual(
      assets.folders.filter((dir) => !files.some((f) => f.startsWith(`${dir}/`))),
      [],
    );
  });

  it('lists what the packaged stylesheets load (the codicon font)', () => {
    const sheets = files.filter((f) => f.endsWith('.css'));
    const urls = sheets.flatMap((css) => stylesheetUrls(css, readFileSync(join(ROOT, css), 'utf8')));
    assert.ok(urls.length > 0, `no url(...) in ${sheets.join(', ')}`);
    assert.deepEqual(missing(urls), []);
  });

  it('ships bundles that need nothing from node_modules, so --no-dependencies is safe', () => {
    const bundles = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    assert.ok(bundles.includes('dist/extension.js'));
    assert.ok(bundles.includes('dist/core.js'));
    assert.ok(bundles.includes('dist/features.js'));
    for (const js of bundles) {
      const text = readFileSync(join(ROOT, js), 'utf8');
      assert.deepEqual(externalRequires(text), [], js);
      assert.deepEqual(computedRequires(text), [], js);
      const unshipped = relativeRequires(text).filter((r) => !files.includes(posix.join(posix.dirname(js), r)));
      assert.deepEqual(unshipped, [], `${js} requires files the VSIX leaves out`);
    }
  });
});

describe('packagedFiles: the checks behind the VSIX test', () => {
  it('flags what must never ship and lets the runtime files through', () => {
    const files = ['src/extension.ts', 'dist/extension.js.map', 'out/test/x.js', 'tsconfig.json', 'src/webview/tsconfig.json', 'media/readme/a.png', 'bench/results.json', 'dist/extension.js', 'media/answer.css', 'l10n/bundle.l10n.json'];
    assert.deepEqual(forbiddenFiles(files), files.slice(0, 7));
  });

  it('finds the file paths in a manifest and ignores ids, commands, conditions and prose', () => {
    const manifest = {
      main: './dist/extension.js',
      icon: 'media/icon.png',
      l10n: './l10n',
      license: 'SEE LICENSE IN docs/LICENSE',
      scripts: { package: 'node src/build/package.mjs' },
      activationEvents: ['onStartupFinished'],
      contributes: {
        commands: [{ command: 'pyInterview.openAnswer', title: '%cmd%', icon: '$(book)' }],
        viewsContainers: { activitybar: [{ id: 'x', icon: 'media/activitybar.svg' }] },
        snippets: [{ language: 'python', path: './media/snippets/python.json' }],
        walkthroughs: [{ steps: [{ media: { image: 'media/walkthrough/tree.png', altText: 'a/b' }, completionEvents: ['onCommand:x'] }, { media: { markdown: 'media/walkthrough/quiz.md' } }] }],
        viewsWelcome: [{ contents: 'run `npm run build` (dist/content.json missing)', when: 'a == b/c' }],
        views: { x: [{ id: 'a', name: 'TCP/IP', icon: 'media/views/topics' }] },
      },
    };
    const onDisk = new Set(['media/views/topics']);
    assert.deepEqual(manifestPaths(manifest, (p) => onDisk.has(p)), [
      'dist/extension.js',
      'l10n',
      'media/activitybar.svg',
      'media/icon.png',
      'media/snippets/python.json',
      'media/views/topics',
      'media/walkthrough/quiz.md',
      'media/walkthrough/tree.png',
    ]);
  });

  it('reads asset paths from joinPath/asset calls and the dist() helper', () => {
    const source = `
      panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'review.svg');
      scriptUri: asset('dist', 'webview', 'review.js'),
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'codicons')],
      const catalog = new LazyCatalog(dist('content.json'));`;
    assert.deepEqual(runtimeAssetPaths(source), {
      files: ['dist/content.json', 'dist/webview/review.js', 'media/review.svg'],
      folders: ['dist/codicons'],
    });
  });

  it('resolves stylesheet urls relative to the stylesheet and skips data and web urls', () => {
    const css = `@font-face { src: url("./codicon.ttf?5d4d76ab2ce5108968ad644d591a16a6") format("truetype"); }
      .a { background: url(data:image/png;base64,AAAA); } .b { background: url('https://x/y.png'); }`;
    assert.deepEqual(stylesheetUrls('dist/codicons/codicon.css', css), ['dist/codicons/codicon.ttf']);
  });

  it('tells node built-ins and vscode from modules that would need node_modules', () => {
    const bundle = 'var a=require("vscode"),b=require("node:fs"),c=require("path"),d=require("minisearch");const e=require(name);';
    assert.deepEqual(externalRequires(bundle), ['minisearch']);
    assert.deepEqual(relativeRequires('var f=require("./features.js"),g=require("../x/y.js"),h=require("vscode");'), ['./features.js', '../x/y.js']);
    assert.deepEqual(externalRequires('var f=require("./features.js");'), []);
    assert.deepEqual(computedRequires(bundle), ['require(name']);
  });
});
