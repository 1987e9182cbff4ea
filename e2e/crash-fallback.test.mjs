// If the widget panics anyway: the static page's fallback and each
// embedded widget's message, with the phone numbers and a reload link, the
// host told and still working (a build with the test-hooks feature, in
// target/dist-test-hooks by scripts/test.sh).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { suite } from './suite.mjs';

const s = suite();

describe('crash fallback (test-hooks build)', () => {
  let crashServer;
  before(async () => {
    crashServer = await serve('target/dist-test-hooks', { mounts: { 'examples/': 'examples' } });
  });

  // The static page's wasm module, or the embed's (which the loader uses).
  const jsModule = async (kind = 'reference') =>
    (await readdir('target/dist-test-hooks')).find((n) => new RegExp(`^zolgensma-${kind}-[0-9a-f]+\\.js$`).test(n));

  it('replaces a dead static page with the phone numbers and a reload link', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(crashServer.url);
    await page.getByLabel('Patient weight', { exact: true }).fill('3');
    await page.evaluate(() => {
      window.crashed = 0;
      document.getElementById('zg-root').addEventListener('zolgensma:crashed', () => window.crashed++);
    });
    const thrown = await page.evaluate(async (js) => {
      const wasm = await import(`./${js}`);
      try {
        wasm.zgTestPanic();
        return null;
      } catch (e) {
        return String(e);
      }
    }, await jsModule());
    assert.match(thrown, /unreachable|RuntimeError/);
    const fallback = page.locator('#zg-fallback');
    assert.ok(await fallback.isVisible());
    assert.match(await fallback.innerText(), /The reference stopped working\.[\s\S]*866-263-8464[\s\S]*1-833-828-3947/);
    assert.ok(await page.getByRole('link', { name: 'Reload the page' }).isVisible());
    assert.equal(await page.locator('.zg-widget').isVisible(), false);
    assert.equal(await page.evaluate(() => window.crashed), 1);
    await context.close();
  });

  it('replaces dead embedded widgets, tells the host, and the host keeps working', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${crashServer.url}examples/portal/`);
    await page.locator('#widget-a[data-zg-ready]').waitFor();
    await page.locator('#widget-b[data-zg-ready]').waitFor();
    await page.evaluate(() => {
      window.crashes = [];
      document.addEventListener('zolgensma:crashed', (e) => window.crashes.push(e.target.id));
    });
    await page.evaluate(async (js) => {
      const wasm = await import(`../../${js}`);
      try {
        wasm.zgTestPanic();
      } catch {}
    }, await jsModule('embed'));
    assert.deepEqual((await page.evaluate(() => window.crashes)).sort(), ['widget-a', 'widget-b']);
    for (const id of ['#widget-a', '#widget-b']) {
      const message = page.locator(id).locator('.zg-crashed');
      assert.match(await message.innerText(), /stopped working[\s\S]*866-263-8464[\s\S]*Reload the page/);
      assert.equal(await page.locator(id).locator('.zg-crashed a[href^="tel:"]').getAttribute('href'), 'tel:+18662638464');
    }
    // The portal's own script still runs.
    await page.evaluate(() => document.getElementById('event-log').append(Object.assign(document.createElement('li'), { textContent: 'still alive' })));
    assert.equal(await page.locator('#event-log li', { hasText: 'still alive' }).count(), 1);
    await context.close();
  });
});
