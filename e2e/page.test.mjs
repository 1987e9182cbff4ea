// The static page as the build renders it and the wasm hydrates it: the
// whole reference without JavaScript, typing before the wasm starts,
// hydration adopting exactly the HTML the build wrote (and failing loudly
// when it does not), the answer on a phone's first screen, and paper.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foreignRequests, launch, DESKTOP, PHONE } from './browser.mjs';
import { closeAll, serve } from './server.mjs';
import { watchErrors } from './helpers.mjs';

let browser;
let server;
let data;
const temps = [];

before(async () => {
  browser = await launch();
  server = await serve('dist');
  data = JSON.parse(await readFile('data/zolgensma.json', 'utf8'));
});
after(async () => {
  await browser?.close();
  await closeAll();
  assert.deepEqual(foreignRequests, [], "requests for anything but the widget's own files");
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

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
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    const text = await page.locator('#zg-root').innerText();
    for (const kit of data.kits) assert.ok(text.includes(kit.ndc), kit.ndc);
    assert.equal(await page.locator('.zg-table tbody tr').count(), 37);
    for (const code of data.codes) {
      assert.equal(await page.locator(`.zg-code-chip[data-code="${code.code}"]`).count(), 1, code.code);
    }
    assert.ok(text.includes(data.information.boxed_warning.text), 'the boxed warning, in full');
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
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Hold the wasm back until the person has typed.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/zolgensma-reference-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
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
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
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
      const dir = await mkdtemp(join(tmpdir(), 'zg-dist-'));
      temps.push(dir);
      await cp('dist', dir, { recursive: true });
      await rm(join(dir, 'sw.js'));
      const index = join(dir, 'index.html');
      const html = await readFile(index, 'utf8');
      const changed = tamper(html);
      assert.notEqual(changed, html);
      await writeFile(index, changed);
      const own = await serve(dir);
      const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
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

describe('the answer first', () => {
  it('puts the weight field, then the claim string, on a 360 x 800 first screen', async () => {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    const bottom = (selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom);
    assert.ok((await bottom('#zgp-weight')) <= 800, `weight field bottom ${await bottom('#zgp-weight')}`);
    await weight(page).fill('7.2');
    await page.getByTestId('kit-claim').waitFor();
    assert.ok((await bottom('[data-testid=kit-claim]')) <= 800, `claim string bottom ${await bottom('[data-testid=kit-claim]')}`);
    // The guide's opening line is near the top and leads to the boxed
    // warning, which follows the kit panel in full.
    assert.ok((await bottom('.zg-lead')) <= 400);
    const order = await page.evaluate(() => {
      const kit = document.querySelector('#kit');
      const boxed = document.querySelector('.zg-boxed');
      return kit.compareDocumentPosition(boxed) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'the boxed warning follows the kit panel');
    await page.locator('.zg-lead a', { hasText: 'Boxed WARNING' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'zgp-boxed-warning' || location.hash === '#zgp-boxed-warning');
    await context.close();
  });

  it('has no text under 12 px and no scroll box inside the page on a phone', async () => {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await weight(page).fill('3.04');
    await page.getByTestId('kit-ndc').waitFor();
    const small = await page.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector('#zg-root'), NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || el.closest('.zg-vh, [hidden]')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) out.push(`${el.tagName}.${el.className} ${size}px: ${walker.currentNode.textContent.trim().slice(0, 30)}`);
      }
      return out;
    });
    assert.deepEqual(small, []);
    const table = await page.locator('.zg-table-scroll').evaluate((e) => ({ inner: e.scrollHeight - e.clientHeight, wide: e.scrollWidth - e.clientWidth }));
    assert.deepEqual(table, { inner: 0, wide: 0 }, 'the table is part of the page, and fits');
    await context.close();
  });

  it('on a desktop, scrolls the table to the kit shown', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    await weight(page).fill('20.5');
    await page.getByTestId('kit-ndc').filter({ hasText: '71894-155-14' }).waitFor();
    await page.waitForTimeout(100);
    const seen = await page.locator('.zg-table-scroll').evaluate((s) => {
      const row = s.querySelector('tr[aria-current=true]');
      const box = s.getBoundingClientRect();
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    assert.ok(seen, 'the current row is in view inside the table');
    assert.equal(await page.evaluate(() => window.scrollY), scrollY, 'the page did not move');
    await context.close();
  });

  it('says which code-set releases apply on a date of service', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await page.getByLabel(/^Date of service/).fill('2026-01-15');
    const lines = page.locator('.zg-dos li');
    await lines.first().waitFor();
    const said = await lines.allInnerTexts();
    assert.equal(said.length, 3);
    assert.match(said[0], /^HCPCS: January 15, 2026 falls under the January 2026 release/);
    assert.match(said[1], /^CPT: January 15, 2026 falls under the 2026 edition/);
    assert.match(said[2], /^ICD-10-CM: January 15, 2026 falls under the FY 2026 code set/);
    await page.getByLabel(/^Date of service/).fill('2024-11-01');
    await page.locator('.zg-dos--covered').nth(1).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the date stays out of the URL');
    await context.close();
  });

  it('announces the age check and carries it on the card', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await weight(page).fill('9');
    await page.getByRole('textbox', { name: /^Age in months/ }).fill('30');
    const warning =
      '30 months is older than the indication allows: patients less than 2 years of age. ' +
      'ITVISMA (onasemnogene abeparvovec-brve) is a different product: intrathecal, fixed dose, ' +
      'for patients 2 years of age and older (FDA approval November 24, 2025). ' +
      'This reference does not give the dosing or codes of ITVISMA.';
    await page.locator('#kit [role=status]', { hasText: warning }).first().waitFor();
    assert.equal(await page.locator('.zg-card-warning').innerText(), `Indication: ${warning}`);
    await context.close();
  });
});

describe('paper', () => {
  it('prints the result card whole, the safety information expanded, on at most 4 Letter pages', async () => {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ ...DESKTOP, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url);
      await ready(page);
      await weight(page).fill('15 lb');
      await page.getByTestId('kit-ndc').filter({ hasText: '71894-128-05' }).waitFor();
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const colours = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.zg-widget'));
        return [s.color, s.backgroundColor];
      });
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], `${scheme}: light colours on paper`);
      const dir = await mkdtemp(join(tmpdir(), 'zg-print-'));
      temps.push(dir);
      const pdf = join(dir, 'print.pdf');
      await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
      assert.ok(pages <= 4, `${scheme}: ${pages} pages`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const w of data.information.warnings) {
        assert.ok(text.includes(w.title), `${scheme}: warning ${w.title}`);
        assert.ok(text.includes(w.text.split('{')[0].slice(0, 60).replace(/\s+/g, ' ')), `${scheme}: ${w.title} expanded`);
      }
      assert.ok(text.includes(data.information.adverse_reactions.slice(0, 60)), 'adverse reactions expanded');
      assert.ok(text.includes(data.product.prescribing_information_url), 'the prescribing information URL written out');
      assert.ok(text.includes('Kit for 15 lb (≈ 6.804 kg)'), 'the weight with its unit');
      // The card on one page: its title and its last figure together.
      const perPage = Array.from({ length: pages }, (_, i) =>
        execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
      );
      // Light paper: the last page's empty bottom, rendered, is white (the
      // page's dark background once showed there).
      const ppm = execFileSync('pdftoppm', ['-f', String(pages), '-l', String(pages), '-r', '20', '-gray', pdf]);
      const [, width, height] = ppm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/).map(Number);
      const bottomRow = ppm.subarray(ppm.length - width);
      assert.ok(bottomRow.every((v) => v > 240), `${scheme}: the paper below the content is white`);
      const card = perPage.findIndex((p) => p.includes('Kit for 15 lb'));
      assert.ok(card >= 0 && perPage[card].includes('Total vector') && perPage[card].includes('CTP****1*UN~'), 'the card is not split');
      await context.close();
    }
  });
});
