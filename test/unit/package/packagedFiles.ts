// What the VSIX must and must not hold, worked out from the repository itself so that a new
// contribution, asset or stray folder is caught without editing a list here.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Paths that are only for building, testing or documenting; none of them runs. */
export const NEVER_PACKAGED: readonly RegExp[] = [
  /^src\//,
  /^test\//,
  /^content\//,
  /^out\//,
  /^node_modules\//,
  /\.map$/,
  /^\.vscode-test\//,
  /^examples\//,
  /^bench\//,
  /(^|\/)tsconfig[^/]*\.json$/,
  /^test-results\//,
  /^media\/readme\//,
  /^\.ci\//,
  /^\.git/,
  /\.vsix$/,
  /^package-lock\.json$/,
];

export function forbiddenFiles(files: readonly string[]): string[] {
  return files.filter((f) => NEVER_PACKAGED.some((re) => re.test(f)));
}

/** Manifest keys whose strings are never file paths (ids, conditions, versions, URLs, prose). */
const NOT_PATHS = new Set([
  'scripts', 'devDependencies', 'dependencies', 'engines', 'repository', 'bugs', 'homepage', 'keywords', 'categories',
  'activationEvents', 'completionEvents', 'when', 'enablement', 'title', 'description', 'markdownDescription', 'altText',
  'contents', 'displayName', 'contextualTitle', 'name', 'category', 'id', 'command',
]);
const ASSET = /\.(png|svg|jpe?g|gif|json|js|md|css|ttf|woff2?)$/i;
const RELATIVE = /^(\.\/)?[\w@.-]+(\/[\w@.-]+)*\/?$/;

/**
 * Every string in package.json that names a file or folder of the extension (main, icons,
 * snippets, walkthrough media, the l10n folder …), as a path relative to the root. A string that
 * starts with ./ or ends like an asset counts even when the file is missing (that is the bug to
 * catch); any other word/word counts only when it exists.
 */
export function manifestPaths(manifest: unknown, exists: (path: string) => boolean): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (NOT_PATHS.has(key)) {
      return;
    }
    if (typeof value === 'string') {
      const path = posix.normalize(value).replace(/\/$/, '');
      if (RELATIVE.test(value) && (value.startsWith('./') || ASSET.test(value) || (value.includes('/') && exists(path)))) {
        found.add(path);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v) => walk(v, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        walk(v, k);
      }
    }
  };
  walk(manifest, '');
  return [...found].sort();
}

/** The files a manifest path stands for: itself, or everything under it when it is a folder. */
export function filesAt(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) {
    return [path];
  }
  if (!statSync(full).isDirectory()) {
    return [path];
  }
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(full, f)).isFile())
    .map((f) => posix.join(path, f.split('\\').join('/')));
}

/**
 * Files the host code loads from the extension folder: literal path segments starting at 'dist' or
 * 'media' (Uri.joinPath(extensionUri, 'media', 'x.svg'), asset('dist', 'webview', 'x.js')) and the
 * composition root's dist('file') helper. A segment list without a file name is a folder (a
 * localResourceRoots entry).
 */
export function runtimeAssetPaths(source: string): { files: string[]; folders: string[] } {
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const m of source.matchAll(/'(dist|media)'((?:\s*,\s*'[^']+')*)/g)) {
    const segments = [m[1], ...[...m[2].matchAll(/'([^']+)'/g)].map((s) => s[1])];
    const path = segments.join('/');
    (/\.\w+$/.test(path) ? files : folders).add(path);
  }
  for (const m of source.matchAll(/\bdist\(\s*'([^']+)'\s*\)/g)) {
    files.add(`dist/${m[1]}`);
  }
  return { files: [...files].sort(), folders: [...folders].sort() };
}

/** Files a stylesheet loads with url(...), relative to the stylesheet, without query or hash. */
export function stylesheetUrls(cssPath: string, css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1])
    .filter((u) => !/^(data:|https?:|#)/.test(u))
    .map((u) => posix.normalize(posix.join(posix.dirname(cssPath), u.replace(/[?#].*$/, ''))));
}

/** Modules a bundle requires that are neither `vscode` nor Node built-ins. */
export function externalRequires(bundle: string): string[] {
  const builtins = new Set(builtinModules);
  return requiredNames(bundle).filter((r) => r !== 'vscode' && !r.startsWith('node:') && !builtins.has(r) && !isRelative(r));
}

/** Files a bundle requires by relative path (the activation bundle loads the features bundle). */
export function relativeRequires(bundle: string): string[] {
  return requiredNames(bundle).filter(isRelative);
}

function requiredNames(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
}

function isRelative(name: string): boolean {
  return name.startsWith('./') || name.startsWith('../');
}

/** require() calls whose module name is computed: --no-dependencies could not be checked for them. */
export function computedRequires(bundle: string): string[] {
  return [...bundle.matchAll(/\brequire\(\s*(?!["'])[^)]{0,40}/g)].map((m) => m[0]);
}

/** The text of every file under `dir` whose name ends with `ext`, skipping folders not shipped as host code. */
export function readTextFiles(dir: string, ext: string, skip: readonly string[] = []): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !skip.some((s) => f.split('\\').join('/').startsWith(`${s}/`)))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}
