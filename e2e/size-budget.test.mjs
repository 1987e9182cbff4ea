// Size budgets of the release build: deterministic, so they are tests.
//
// Each ceiling sits just above what the build holds today, so that size
// cannot creep up unnoticed; lower them as the build shrinks, never raise
// them without a reason in the issue. The targets are 120 KB (the static
// page, everything until interactive) and 125 KB (a portal's first load
// of the embed): with Leptos 0.8 rendering the view they are not met yet
// (ARCHITECTURE.md, "Size"; MEASUREMENTS.md for each lever measured).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { embedFiles, sizes } from './sizes.mjs';

const PAGE_BROTLI_KB = 156;
const EMBED_BROTLI_KB = 194;

const total = (files) => files.reduce((sum, f) => sum + f.brotli, 0);

it(`the static page's first load stays within ${PAGE_BROTLI_KB} KB brotli`, async () => {
  const files = await sizes();
  const names = files.map((f) => f.name);
  for (const kind of [/^index\.html$/, /^boot-/, /\.js$/, /_bg\.wasm$/, /\.webmanifest$/]) {
    assert.ok(names.some((n) => kind.test(n)), `first load includes ${kind}`);
  }
  // The stylesheet is counted in index.html, where it is.
  assert.match(await readFile('dist/index.html', 'utf8'), /<style>[^]*?\.zg-widget[^]*?<\/style>/);
  const kb = total(files) / 1024;
  console.log(`# static page first load: ${kb.toFixed(1)} KB brotli (ceiling ${PAGE_BROTLI_KB} KB, target 120)`);
  assert.ok(kb <= PAGE_BROTLI_KB, `${kb.toFixed(1)} KB brotli is over the ceiling`);
});

it(`a portal's first load of the embed stays within ${EMBED_BROTLI_KB} KB brotli`, async () => {
  const files = await sizes('dist', embedFiles);
  const names = files.map((f) => f.name);
  for (const kind of [/^zolgensma-widget\.js$/, /^zolgensma-embed-.*\.js$/, /^zolgensma-embed-.*_bg\.wasm$/]) {
    assert.ok(names.some((n) => kind.test(n)), `the embed's first load includes ${kind}`);
  }
  const kb = total(files) / 1024;
  console.log(`# embed first load: ${kb.toFixed(1)} KB brotli (ceiling ${EMBED_BROTLI_KB} KB, target 125)`);
  assert.ok(kb <= EMBED_BROTLI_KB, `${kb.toFixed(1)} KB brotli is over the ceiling`);
});

it("ships the embed API only in the embed's wasm, and precaches only the static page", async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const names = await readdir('dist');
  const exportsOf = async (re) => {
    const name = names.find((n) => re.test(n));
    assert.ok(name, `dist has ${re}`);
    return WebAssembly.Module.exports(new WebAssembly.Module(await readFile(`dist/${name}`))).map((e) => e.name);
  };
  const page = await exportsOf(/^zolgensma-reference-[0-9a-f]+_bg\.wasm$/);
  const embed = await exportsOf(/^zolgensma-embed-[0-9a-f]+_bg\.wasm$/);
  assert.ok(!page.includes('mountWidget') && !page.includes('resolveKit'), 'the static page leaves out the embed API');
  assert.ok(embed.includes('mountWidget') && embed.includes('resolveKit'), 'the embed build has it');
  const loader = await readFile('dist/zolgensma-widget.js', 'utf8');
  // Minified: either quote.
  assert.match(loader, /from\s*["']\.\/zolgensma-embed-[0-9a-f]+\.js["']/);
  assert.match(loader, /new URL\(["']\.\/zolgensma-embed-[0-9a-f]+_bg\.wasm["']/);
  const sw = await readFile('dist/sw.js', 'utf8');
  assert.ok(!/zolgensma-embed-|zolgensma-widget/.test(sw), 'the service worker does not precache the embed');
  assert.match(sw, /zolgensma-reference-[0-9a-f]+_bg\.wasm/);
});
