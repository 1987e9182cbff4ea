// `trunk build --release` with nothing but Trunk.toml gives a complete,
// working dist/: the page rendered at build time and hydrated, the embed
// loader with its wasm, types and integrity pin, the service worker.
// Usage: node e2e/trunk-alone.mjs <dist>
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node e2e/trunk-alone.mjs <dist>');
const names = await readdir(dir);
for (const want of [/^index\.html$/, /^sw\.js$/, /^zolgensma-widget\.js$/, /^zolgensma-widget\.d\.ts$/, /^zolgensma-widget\.integrity\.json$/, /^zolgensma-embed-[0-9a-f]+_bg\.wasm$/, /^boot-[0-9a-f]+\.js$/]) {
  assert.ok(names.some((n) => want.test(n)), `${dir} has ${want}`);
}
const html = await readFile(join(dir, 'index.html'), 'utf8');
assert.ok(html.includes('data-zg-island="kit"') && html.includes('71894-156-14'), 'the page is rendered at build time');
assert.ok(html.includes('Content-Security-Policy'), 'with the CSP');
const server = await serve(dir, { mounts: { 'examples/': 'examples' } });
const browser = await launch();
try {
  const page = await browser.newPage(DESKTOP);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('#zg-root[data-zg-ready]').waitFor();
  await page.getByLabel('Patient weight', { exact: true }).fill('7 lb 4 oz');
  await page.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
  await page.goto(`${server.url}examples/portal/`);
  await page.locator('#widget-a[data-zg-ready]').waitFor();
  assert.deepEqual(errors, []);
  console.log(`trunk build --release alone: ${dir} works (page hydrated, embed mounted)`);
} finally {
  await browser.close();
  await server.close();
}
