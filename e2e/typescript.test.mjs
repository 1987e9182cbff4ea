// The embed API for portal developers: the TypeScript definitions shipped
// in dist/ type correct use and refuse wrong use under `tsc --strict`
// (TypeScript pinned in package.json), the typed example portal compiles
// and runs, and the loader's version, data dates and integrity pin are
// what the build says.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { allowOwnFile, DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { suite } from './suite.mjs';
import { watchErrors } from './helpers.mjs';

const TSC = 'node_modules/typescript/bin/tsc';
const FLAGS = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', '--skipLibCheck', 'false'];
const s = suite({ serveDist: false });
let work;

before(async () => {
  work = await s.temp('zg-types-');
  await copyFile('dist/zolgensma-widget.d.ts', join(work, 'zolgensma-widget.d.ts'));
  for (const name of await readdir('e2e/types')) await copyFile(join('e2e/types', name), join(work, name));
});

function tsc(args, cwd = work) {
  const run = spawnSync(process.execPath, [join(process.cwd(), TSC), ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('TypeScript definitions', () => {
  it('type correct use under --strict', () => {
    const { status, out } = tsc([...FLAGS, 'good.ts']);
    assert.equal(status, 0, out);
  });

  for (const [file, error] of [
    ['bad-unit.ts', /Type '"stone"' is not assignable to type 'Unit/],
    ['bad-key.ts', /Object literal may only specify known properties, and 'colour' does not exist in type 'MountOptions'/],
    ['bad-panel.ts', /Type '"chart"' is not assignable to type 'Panel'/],
    ['bad-detail.ts', /'event.detail' is possibly 'null'|Property 'ndc10' does not exist on type 'never'|on type 'null'/],
  ]) {
    it(`refuse ${file}`, () => {
      const { status, out } = tsc([...FLAGS, file]);
      assert.notEqual(status, 0, `${file} compiled`);
      assert.match(out, error);
    });
  }

  it('ship beside the loader, with the version, data dates and integrity pin', async () => {
    const loader = await readFile('dist/zolgensma-widget.js');
    const pins = JSON.parse(await readFile('dist/zolgensma-widget.integrity.json', 'utf8'));
    const version = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)[1];
    assert.equal(pins.version, version);
    assert.equal(pins['zolgensma-widget.js'], 'sha384-' + createHash('sha384').update(loader).digest('base64'));
    const data = JSON.parse(await readFile('data/zolgensma.json', 'utf8'));
    const server = await serve('dist');
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${server.url}manifest.webmanifest`);
    const exported = await page.evaluate(async () => {
      const m = await import('./zolgensma-widget.js');
      return { version: m.version, dataAsOf: m.dataAsOf, frozen: Object.isFrozen(m.dataAsOf), global: globalThis.ZolgensmaWidget.version };
    });
    assert.deepEqual(exported, {
      version,
      dataAsOf: Object.fromEntries(data.code_sets.map((s) => [s.id, s.as_of])),
      frozen: true,
      global: version,
    });
    await context.close();
    await server.close();
  });
});

describe('typed example portal', () => {
  it('compiles with tsc and runs: settled results only', async () => {
    // Laid out as served: the loader's types at the root, the portal two
    // levels down, so `../../zolgensma-widget.js` resolves both ways.
    const portal = join(work, 'typed', 'portal');
    await mkdir(portal, { recursive: true });
    for (const name of ['typed.ts', 'typed.html', 'portal.css', 'favicon.svg']) await copyFile(join('examples/portal', name), join(portal, name));
    await copyFile('dist/zolgensma-widget.d.ts', join(work, 'typed', 'zolgensma-widget.d.ts'));
    const { status, out } = tsc(['--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'typed.ts'], portal);
    assert.equal(status, 0, out);
    allowOwnFile('typed.js');
    allowOwnFile('typed.html');
    const server = await serve('dist', { mounts: { 'typed/': join(work, 'typed') } });
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}typed/portal/typed.html`);
    await page.locator('#typed-widget[data-zg-ready]').waitFor();
    const field = page.locator('#typed-widget').getByLabel('Patient weight', { exact: true });
    await field.pressSequentially('7.2', { delay: 20 });
    await page.locator('#typed-log li', { hasText: 'settled: 71894012905 (N471894012905 UN1)' }).waitFor();
    assert.equal(await page.locator('#typed-log li', { hasText: 'settled' }).count(), 1, 'one settled result for one pause');
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });
});
