// The npm package as portals use it: packed from the release build
// (scripts/package.mjs), installed into a clean directory by npm, and
//   - imported by package name in a React 19 app (StrictMode, the custom
//     element with a weight prop from state, mount() in an effect, JSX
//     typed through the package's types) and a Vue 3 app (a single-file
//     component), each with pinned versions and built by `vite build`;
//   - copied as plain static files under a base URL and loaded by URL.
// Each in Chromium: a kit resolves, events reach the framework's
// handlers, one widget per element, no console error.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowOwnFile, DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { watchErrors } from './helpers.mjs';
import { NAME, pack } from '../scripts/package.mjs';
import { suite } from './suite.mjs';

const s = suite({ serveDist: false });

let tarball;

before(async () => {
  tarball = await pack();
});

const run = (cwd, command, args) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** Every file name under `dir`: the app's own files. */
async function allowAll(dir) {
  for (const entry of await readdir(dir, { recursive: true })) {
    if ((await stat(join(dir, entry))).isFile()) allowOwnFile(entry.split('/').pop());
  }
}

/** `examples/<name>` in a clean directory, its pinned dependencies and the
 *  packed widget installed, built by `vite build`; served. */
async function built(name, typecheck) {
  const dir = await s.temp(`zg-${name}-`);
  await cp(join('examples', name), dir, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.endsWith('/dist') });
  run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
  if (typecheck) run(dir, 'npm', ['run', '--silent', 'types']);
  run(dir, 'npm', ['run', '--silent', 'build']);
  await allowAll(join(dir, 'dist'));
  return serve(join(dir, 'dist'));
}

/** What `host` (a locator) shows: widgets and containers in its shadow root. */
const widgets = (host) =>
  host.evaluate((el) => [el.shadowRoot.querySelectorAll('.zg-widget').length, el.shadowRoot.querySelectorAll('.zg-host').length]);

async function open(server) {
  const context = await s.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  return { context, page, errors };
}

describe('the npm package', () => {
  it('packs the loader, its types, the embed build and a package.json that says how to use them', async () => {
    const listing = run('.', 'tar', ['-tzf', tarball]).trim().split('\n').sort();
    const names = listing.map((f) => f.replace(/^package\//, ''));
    for (const file of ['package.json', 'README.md', 'zolgensma-widget.js', 'zolgensma-widget.d.ts', 'react.d.ts', 'zolgensma-widget.integrity.json']) {
      assert.ok(names.includes(file), `${file} in ${names}`);
    }
    assert.equal(names.filter((n) => /^zolgensma-embed-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n)).length, 2);
    const manifest = JSON.parse(await readFile('target/npm/package/package.json', 'utf8'));
    const toml = await readFile('Cargo.toml', 'utf8');
    assert.equal(manifest.name, NAME);
    assert.equal(manifest.version, toml.match(/^version = "([^"]+)"/m)[1], "the crate's version");
    assert.equal(manifest.type, 'module');
    assert.deepEqual(manifest.exports['.'], { types: './zolgensma-widget.d.ts', default: './zolgensma-widget.js' });
    assert.equal(manifest.types, './zolgensma-widget.d.ts');
    assert.deepEqual(manifest.sideEffects, ['./zolgensma-widget.js'], 'the custom element registers on import');
    assert.ok(manifest.license);
    console.log(`# package: ${tarball.split('/').pop()}, ${((await stat(tarball)).size / 1024).toFixed(1)} KB, ${names.length} files: ${names.join(', ')}`);
  });

  it('works in a React 19 app under StrictMode, built by vite build', async () => {
    const server = await built('react', true);
    const { context, page, errors } = await open(server);
    const element = page.locator('zolgensma-reference');
    const codes = page.getByTestId('codes');
    await element.and(page.locator('[data-zg-ready]')).waitFor();
    await codes.and(page.locator('[data-zg-ready]')).waitFor();
    // StrictMode ran the effect twice: one widget each.
    assert.deepEqual(await widgets(element), [1, 1]);
    assert.deepEqual(await widgets(codes), [1, 1]);
    // The weight comes from React's state, and the settled kit back to it.
    await element.getByTestId('kit-ndc').filter({ hasText: '71894-129-05' }).waitFor();
    await page.getByTestId('settled').filter({ hasText: '71894-129-05' }).waitFor();
    await page.getByTestId('order-weight').fill('3.2');
    await element.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
    await page.getByTestId('settled').filter({ hasText: '71894-121-03' }).waitFor();
    await codes.getByLabel('Search codes', { exact: true }).fill('werdnig');
    await codes.locator('.zg-code-chip:not([hidden]) .zg-copy').first().click();
    await page.getByTestId('copied').filter({ hasText: 'G12.0' }).waitFor();
    assert.deepEqual(await widgets(element), [1, 1]);
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });

  it('works in a Vue 3 app, built by vite build', async () => {
    const server = await built('vue', false);
    const { context, page, errors } = await open(server);
    const element = page.locator('zolgensma-reference');
    await element.and(page.locator('[data-zg-ready]')).waitFor();
    assert.deepEqual(await widgets(element), [1, 1]);
    await element.getByTestId('kit-ndc').filter({ hasText: '71894-129-05' }).waitFor();
    await page.getByTestId('settled').filter({ hasText: '71894-129-05' }).waitFor();
    await page.getByTestId('order-weight').fill('3.2');
    await element.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
    await page.getByTestId('settled').filter({ hasText: '71894-121-03' }).waitFor();
    await element.getByLabel('Search codes', { exact: true }).fill('werdnig');
    await element.locator('.zg-code-chip:not([hidden]) .zg-copy').first().click();
    await page.getByTestId('copied').filter({ hasText: 'G12.0' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });

  it("works as a plain static copy of the package's files under a base URL", async () => {
    const dir = await s.temp('zg-static-');
    const version = JSON.parse(await readFile('target/npm/package/package.json', 'utf8')).version;
    const base = `static/zolgensma/${version}`;
    await cp('target/npm/package', join(dir, base), { recursive: true });
    await cp('examples/portal/favicon.svg', join(dir, 'favicon.svg'));
    const pin = JSON.parse(await readFile(join(dir, base, 'zolgensma-widget.integrity.json'), 'utf8'))['zolgensma-widget.js'];
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static host</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<link rel="icon" href="/favicon.svg">
<script type="module" src="/${base}/zolgensma-widget.js" integrity="${pin}" crossorigin="anonymous" blocking="render"></script>
</head><body><main><h1>Static host</h1><zolgensma-reference panels="kit" weight="7.2"></zolgensma-reference></main></body></html>`,
    );
    await allowAll(dir);
    const server = await serve(dir);
    const { context, page, errors } = await open(server);
    const element = page.locator('zolgensma-reference');
    await element.getByTestId('kit-ndc').filter({ hasText: '71894-129-05' }).waitFor();
    assert.deepEqual(await widgets(element), [1, 1]);
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });
});
