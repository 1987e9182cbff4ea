// Paper: the result card whole, the safety information expanded, at most
// four Letter pages in both themes, read back from the PDF.
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
