// Paper: the result card whole, the safety information expanded, at most
// four Letter pages in both themes, read back from the PDF.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DESKTOP } from './browser.mjs';
import { suite } from './suite.mjs';

const s = suite();

const weight = (page) => page.getByLabel('Patient weight', { exact: true });
const ready = (page) => page.locator('#zg-root[data-zg-ready]').waitFor();

describe('paper', () => {
  it('prints the result card whole, the safety information expanded, on at most 4 Letter pages', async () => {
    for (const scheme of ['light', 'dark']) {
      const context = await s.browser.newContext({ ...DESKTOP, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(s.server.url);
      await ready(page);
      await weight(page).fill('15 lb');
      await page.getByTestId('kit-ndc').filter({ hasText: '71894-128-05' }).waitFor();
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const colours = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.zg-widget'));
        return [s.color, s.backgroundColor];
      });
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], `${scheme}: light colours on paper`);
      const dir = await s.temp('zg-print-');
      const pdf = join(dir, 'print.pdf');
      await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
      assert.ok(pages <= 4, `${scheme}: ${pages} pages`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const w of s.data.information.warnings) {
        assert.ok(text.includes(w.title), `${scheme}: warning ${w.title}`);
        assert.ok(text.includes(w.text.split('{')[0].slice(0, 60).replace(/\s+/g, ' ')), `${scheme}: ${w.title} expanded`);
      }
      assert.ok(text.includes(s.data.information.adverse_reactions.slice(0, 60)), 'adverse reactions expanded');
      assert.ok(text.includes(s.data.product.prescribing_information_url), 'the prescribing information URL written out');
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
