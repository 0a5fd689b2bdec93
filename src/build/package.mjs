// `npm run package`: `node src/build/package.mjs [--no-build] [--out file.vsix] [vsce package options]`.
// Production build, then the VSIX with @vscode/vsce, then what each packaged file costs inside the
// zip. Exits 1 when the VSIX is over budget (the file is still written, to inspect it).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The "≤ 1.5 MB", read strictly (decimal), so it also holds in vsce's binary megabytes. */
const BUDGET_BYTES = 1_500_000;

// --no-build packs the dist/ that is there (e.g. right after `build.mjs --production --tests`);
// every option this script does not know goes to `vsce package` (e.g. --baseImagesUrl <url>).
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const outAt = args.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(outAt >= 0 ? args[outAt + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`));
const vsceExtra = args.filter((a, i) => a !== '--no-build' && (outAt < 0 || (i !== outAt && i !== outAt + 1)));
// The README's screenshots stay out of the VSIX (they alone would exceed the budget). vsce can
// point them at a public copy: with a `repository` in package.json, or --baseImagesUrl. This
// project has no public repository yet, so by default the links are left as they are: the
// packaged README then shows its text and the image names, and the images are one release away.
if (!manifest.repository && !vsceExtra.some((a) => a.startsWith('--baseImagesUrl') || a.startsWith('--baseContentUrl'))) {
  vsceExtra.push('--no-rewrite-relative-links');
}

if (!noBuild) {
  node(join(root, 'src/build/build.mjs'), '--production');
}
// esbuild bundles every dependency into dist/, so vsce must not walk node_modules (which would
// also need npm and, for some setups, the network).
node(join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out, ...vsceExtra);

const size = statSync(out).size;
const entries = zipEntries(readFileSync(out)).sort((a, b) => b.compressed - a.compressed);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
console.log(`\n${'file in the VSIX'.padEnd(48)}${'size'.padStart(11)}${'in zip'.padStart(11)}`);
for (const e of entries) {
  console.log(`${e.name.padEnd(48)}${kib(e.size)}${kib(e.compressed)}`);
}
const verdict = size <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`\n${relative(process.cwd(), out) || out}: ${size} bytes (${(size / 1e6).toFixed(2)} MB), ${verdict} the ${BUDGET_BYTES / 1e6} MB budget`);
process.exit(size <= BUDGET_BYTES ? 0 : 1);

/** Runs a node script; its own output says what went wrong, so only its status is passed on. */
function node(...args) {
  try {
    execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  } catch (err) {
    process.exit(typeof err.status === 'number' ? err.status : 1);
  }
}

/** Names and sizes from the zip's central directory (enough of the format for a report). */
function zipEntries(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) {
    throw new Error('not a zip file: no end of central directory record');
  }
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const list = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    list.push({
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return list;
}
