// The static page as the build renders it and the wasm hydrates it: the
// whole reference without JavaScript, typing before the wasm starts,
// hydration adopting exactly the HTML the build wrote (and failing loudly
// when it does not).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

const weight = (page) => page.getByLabel('Patient weight', { exact: true });
const ready = (page) => page.locator('#zg-root[data-zg-ready]').waitFor();

/** `html` normalised (below) by the browser, in a blank page of
 *  `context`: the static page's own CSP enforces Trusted Types, which a
 *  test's `innerHTML` would break. */
async function normalized(context, html) {
  const blank = await context.newPage();
  const out = await blank.evaluate(normalize, html);
  await blank.close();
  return out;
}

/** Markup as the browser serialises it, with what hydration may change
 *  taken out: comments (Leptos' markers) and the `zg-gone` class that
 *  swaps the notes "needs JavaScript" for what they stand for once the
 *  page is live. Runs in the page. */
function normalize(html) {
  const t = document.createElement('template');
  t.innerHTML = html;
  const walker = document.createTreeWalker(t.content, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  for (const el of t.content.querySelectorAll('.zg-swap > *')) {
    el.classList.remove('zg-gone');
    if (!el.classList.length) el.removeAttribute('class');
  }
  return t.innerHTML;
}

/** The page's #zg-root as shipped in dist/index.html. */
async function shippedRoot() {
  const shipped = await readFile('dist/index.html', 'utf8');
  return shipped.match(/<main id="?zg-root"?>([\s\S]*)<\/main>/)[1];
}

describe('static page', () => {
  it('is the whole reference with JavaScript off', async () => {
    const context = await s.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(s.server.url);
    const text = await page.locator('#zg-root').innerText();
    for (const kit of s.data.kits) assert.ok(text.includes(kit.ndc), kit.ndc);
    assert.equal(await page.locator('.zg-table tbody tr').count(), 37);
    for (const code of s.data.codes) {
      assert.equal(await page.locator(`.zg-code-chip[data-code="${code.code}"]`).count(), 1, code.code);
    }
    assert.ok(text.includes(s.data.information.boxed_warning.text), 'the boxed warning, in full');
    assert.ok(await page.locator('.zg-boxed').isVisible());
    for (const phone of ['866-263-8464', '1-833-828-3947']) assert.ok(text.includes(phone), phone);
    // One styled line on each part that needs the wasm; no crash fallback.
    const notes = await page.locator('.zg-needs-js:visible').allInnerTexts();
    assert.deepEqual(notes, [
      'The kit finder needs JavaScript and WebAssembly to run; until then, use the kit table below.',
      'The code search needs JavaScript and WebAssembly to run; until then, every code is listed below.',
    ]);
    assert.equal(await page.locator('#zg-fallback').isVisible(), false);
    await context.close();
  });

  it('hydrates the HTML the build wrote: same markup, same nodes, and what was typed early', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Hold the wasm back until the person has typed.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/zolgensma-reference-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(s.server.url);
    await weight(page).fill('7 lb 4 oz');
    const before = await page.evaluate(() => {
      document.querySelector('.zg-table').zgMark = 'from the build';
      return document.querySelector('#zg-root').innerHTML;
    });
    release();
    await ready(page);
    await page.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
    assert.equal(await weight(page).inputValue(), '7 lb 4 oz', 'nothing typed early is lost');
    assert.equal(await page.locator('input[type=radio][value=lb]').isChecked(), true);
    assert.equal(await page.evaluate(() => document.querySelector('.zg-table').zgMark), 'from the build', 'the same nodes, adopted');
    assert.equal(await page.locator('.zg-table tbody tr').count(), 37, 'nothing rendered twice');
    // Against the HTML as shipped: before the wasm ran, the page was it.
    const root = await shippedRoot();
    assert.equal(await normalized(context, before), await normalized(context, root));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('hydration adopts the markup unchanged: native render and browser agree', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(s.server.url);
    await ready(page);
    const after = await page.evaluate(() => document.querySelector('#zg-root').innerHTML);
    const root = await shippedRoot();
    // Both serialised by the browser, so they compare like for like.
    assert.equal(await normalized(context, after), await normalized(context, root));
    // And the markers Leptos needs survived the release build's minifier.
    assert.ok(root.includes('<!---->'), 'hydration markers are in the shipped page, as valid comments');
    assert.ok(!root.includes('<!>'), 'no bogus comment');
    await context.close();
  });

  for (const [what, tamper] of [
    ['another build', (html) => html.replace(/data-zg-build="[0-9a-f]+"/g, 'data-zg-build="0000000000000000"')],
    ['markup without its hydration markers', (html) => html.replaceAll('<!---->', '')],
  ]) {
    it(`stops with the fallback instead of adopting ${what}`, async () => {
      const dir = await s.temp('zg-dist-');
      await cp('dist', dir, { recursive: true });
      await rm(join(dir, 'sw.js'));
      const index = join(dir, 'index.html');
      const html = await readFile(index, 'utf8');
      const changed = tamper(html);
      assert.notEqual(changed, html);
      await writeFile(index, changed);
      const own = await serve(dir);
      const context = await s.browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.crashed = 0;
        document.addEventListener('zolgensma:crashed', () => window.crashed++);
      });
      await page.goto(own.url);
      const fallback = page.locator('#zg-fallback');
      await fallback.waitFor({ state: 'visible' });
      assert.match(await fallback.innerText(), /The reference stopped working[\s\S]*866-263-8464/);
      assert.equal(await page.locator('#zg-root[data-zg-crashed]').count(), 1);
      assert.equal(await page.evaluate(() => window.crashed), 1);
      await context.close();
      await own.close();
    });
  }
});

