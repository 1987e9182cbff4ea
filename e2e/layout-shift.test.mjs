// No layout shift: what the build renders is laid out exactly as the
// interactive widget, so becoming interactive moves nothing, on the page
// and in the example portal, at 1280 px and on a 360 px phone; typing a
// weight moves things only as the person's own input (which the browser
// marks `hadRecentInput` and leaves out of the score).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE } from './browser.mjs';
import { QUIET_MS } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

/** Records every layout shift from navigation on, as the browser scores
 *  them (`value`, `hadRecentInput`), with what moved. */
function record() {
  window.zgShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.zgShifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        moved: e.sources.map((s) => `${s.node?.className || s.node?.nodeName} ${s.previousRect.y}->${s.currentRect.y}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The shifts that count: not caused by the person's input. */
const counted = (page) => page.evaluate(() => window.zgShifts.filter((s) => !s.hadRecentInput));

const SURFACES = [
  ['the static page', '', '#zg-root[data-zg-codes-ready]', (page) => page.locator('#zg-root')],
  ['the example portal', 'examples/portal/', '#widget-b[data-zg-ready]', (page) => page.locator('#widget-a')],
];

describe('layout shift', () => {
  for (const [surface, path, interactive, widget] of SURFACES) {
    for (const [name, viewport] of [['1280 px', DESKTOP], ['a 360 px phone', PHONE]]) {
      it(`is 0 on ${surface} at ${name}, from navigation to interactive and while typing`, async () => {
        const context = await s.browser.newContext(viewport);
        const page = await context.newPage();
        await page.addInitScript(record);
        await page.goto(`${s.server.url}${path}`);
        await page.locator(interactive).waitFor();
        // Two frames more: a shift from becoming interactive is in by then.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.deepEqual(await counted(page), [], 'shifts up to interactive');
        await widget(page).getByLabel('Patient weight', { exact: true }).pressSequentially('3.04', { delay: 20 });
        await widget(page).getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
        await page.waitForTimeout(QUIET_MS);
        assert.deepEqual(await counted(page), [], 'shifts while typing, not counting those the input caused');
        await context.close();
      });
    }
  }
});
