// Valid markup, as an outside validator sees it: the Nu Html Checker (npm
// vnu-jar, on Debian's Java runtime) finds no error in the shipped
// index.html, in the page after hydration with a kit shown, or in an
// embedded widget's markup (the page's inline stylesheet included).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DESKTOP } from './browser.mjs';
import { suite } from './suite.mjs';

const VNU = createRequire(import.meta.url)('vnu-jar');

const s = suite();
let dir;

before(async () => {
  dir = await s.temp('zg-markup-');
});

/** CSS properties newer than the checker's CSS validator, which it reports
 *  as unknown now that the page's stylesheet is inline (and checked):
 *  `field-sizing` (CSS Basic User Interface 4; the claim field grows with
 *  what is pasted). Only this exact message is set aside. */
const NEWER_CSS = ['field-sizing'];
const newerCss = (m) => NEWER_CSS.some((p) => m.message === `CSS: “${p}”: Property “${p}” doesn't exist.`);

/** The checker's errors for `files`, as `file:line: message`. */
async function validate(files) {
  const args = ['-jar', String(VNU), '--errors-only', '--format', 'json', ...files];
  // The checker exits with 1 when it finds errors; its report is on stderr.
  const run = await promisify(execFile)('java', args, { maxBuffer: 1 << 24 }).catch((e) => e);
  const report = JSON.parse(run.stderr || '{"messages": []}');
  return report.messages.filter((m) => !newerCss(m)).map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message}`);
}

/** `body` as a whole document, for the checker. */
const doc = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('markup', () => {
  it('has no error in the shipped page, the hydrated page, or an embedded widget', async () => {
    const files = ['dist/index.html'];
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(s.server.url);
    await page.locator('#zg-root[data-zg-ready]').waitFor();
    await page.getByLabel('Patient weight', { exact: true }).fill('3.04');
    await page.getByTestId('kit-ndc').waitFor();
    await page.getByLabel('Check claim lines').fill('N471894012103 UN2');
    await page.getByLabel('Search codes', { exact: true }).fill('itvisma');
    const hydrated = await page.evaluate(() => '<!doctype html>\n' + document.documentElement.outerHTML);
    await writeFile(join(dir, 'hydrated.html'), hydrated);
    files.push(join(dir, 'hydrated.html'));
    await page.goto(`${s.server.url}examples/portal/`);
    await page.locator('#widget-a[data-zg-ready]').waitFor();
    await page.locator('#widget-a').getByLabel('Patient weight', { exact: true }).fill('7.2');
    await page.locator('#widget-a').getByTestId('kit-ndc').waitFor();
    for (const id of ['widget-a', 'widget-b']) {
      const markup = await page.evaluate((id) => document.getElementById(id).shadowRoot.innerHTML, id);
      // The shadow root's stylesheet link is valid in a body (rel=stylesheet).
      await writeFile(join(dir, `${id}.html`), doc(id, markup));
      files.push(join(dir, `${id}.html`));
    }
    await context.close();
    assert.deepEqual(await validate(files), []);
  });

  it('the checker finds errors where there are some', async () => {
    // The test above can fail: a bogus comment, a duplicate id, and an
    // unknown property in an inline stylesheet (only `field-sizing` is
    // set aside).
    const bad = join(dir, 'bad.html');
    const style = '<style>p { field-sizing: content; colour: red; }</style></head>';
    await writeFile(bad, doc('bad', '<p id="x"><!>one</p><p id="x">two</p>').replace('</head>', style));
    const errors = await validate([bad]);
    assert.ok(errors.some((e) => e.includes('Bogus comment')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('Duplicate ID')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('“colour”')), errors.join('\n'));
    assert.ok(!errors.some((e) => e.includes('field-sizing')), errors.join('\n'));
  });
});
