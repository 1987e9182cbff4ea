// Compressed sizes of what the static page needs to become interactive,
// for the benchmark and the size budget test. Brotli and gzip come from
// Node's zlib (the maintained brotli and zlib libraries Node ships).
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { assetTags } from './helpers.mjs';

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (b) => gzipSync(b, { level: 9 }).length;

/** Files the static page loads before it is interactive. */
export async function firstLoadFiles(dir = 'dist') {
  const names = await readdir(dir);
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const boot = assetTags(html).map((t) => t.attrs.src ?? '').find((src) => /^\.\/boot-[0-9a-f]+\.js$/.test(src))?.slice(2);
  if (!boot) throw new Error(`no boot script in ${dir}/index.html: run scripts/build.sh`);
  // The stylesheet is inside index.html.
  return ['index.html', boot, ...names.filter((n) => /^zolgensma-reference-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n)), 'manifest.webmanifest'];
}

/** Files a portal loads for the embedded widget: the loader (which holds
 *  the stylesheet and the widget's HTML), the embed build's JS and wasm
 *  (the portal's own page aside). */
export async function embedFiles(dir = 'dist') {
  const names = await readdir(dir);
  return ['zolgensma-widget.js', ...names.filter((n) => /^zolgensma-embed-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n))];
}

export async function sizes(dir = 'dist', files = firstLoadFiles) {
  const rows = [];
  for (const name of await files(dir)) {
    const bytes = await readFile(join(dir, name));
    rows.push({ name, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });
  }
  return rows;
}

