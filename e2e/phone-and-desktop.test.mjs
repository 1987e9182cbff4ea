// The static page at 1280 px and on a 360 px touch phone, in Chromium:
// what the real clipboard holds after a copy, axe-core in both themes with
// a result and an error, the boxed warning on first view, touch targets.
// Weights, errors and narrow viewports are engine flows
// (engines/flows.test.mjs).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE } from './browser.mjs';
import { assertNoAxeViolations, watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

async function open(device, options = {}) {
  const context = await s.browser.newContext({ ...device, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(s.server.url);
  await page.getByLabel('Patient weight', { exact: true }).waitFor();
  return { context, page, errors };
}

for (const [name, device] of [['desktop 1280 px', DESKTOP], ['phone 360 px', PHONE]]) {
  describe(name, () => {
    it('searches codes with the keyboard and copies one', async () => {
      const { context, page, errors } = await open(device, { permissions: ['clipboard-read', 'clipboard-write'] });
      const search = page.getByLabel('Search codes', { exact: true });
      await search.fill('kugelberg');
      await page.locator('.zg-count', { hasText: /^1 code$/ }).waitFor();
      assert.deepEqual(await page.locator('.zg-code-chip:not([hidden]) .zg-code-value').allInnerTexts(), ['G12.1']);
      await search.fill('992');
      await page.locator('.zg-count', { hasText: '6 codes' }).waitFor();
      await search.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, '99222');
      await page.locator('.zg-code-chip[data-code="99222"] .zg-copy', { hasText: 'Copied' }).waitFor();
      await search.fill('nothing like this');
      await page.locator('.zg-empty').waitFor();
      await page.getByRole('button', { name: 'Clear the search' }).click();
      await page.locator('.zg-count', { hasText: '12 codes' }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('copies the claim string to the real clipboard', async () => {
      const { context, page } = await open(device, { permissions: ['clipboard-read', 'clipboard-write'] });
      await page.getByLabel('Patient weight', { exact: true }).fill('3');
      await page.getByRole('button', { name: 'Copy claim NDC string' }).click();
      await page.getByRole('button', { name: 'Copied ✓ claim NDC string' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'N471894012002 UN1');
      await context.close();
    });

    for (const scheme of ['light', 'dark']) {
      it(`has no WCAG 2.2 A/AA violations in ${scheme} theme, with a result and with an error`, async () => {
        const { context, page } = await open(device, { colorScheme: scheme });
        await page.getByLabel('Patient weight', { exact: true }).fill('3.04');
        await page.getByTestId('kit-ndc').waitFor();
        await page.getByRole('textbox', { name: /^Age in months/ }).fill('30');
        await assertNoAxeViolations(page, `${name} ${scheme} with a result`);
        await page.getByLabel('Patient weight', { exact: true }).fill('abc');
        await page.locator('.zg-form .zg-error').waitFor();
        await page.getByLabel('Search codes', { exact: true }).fill('zzz');
        await page.locator('.zg-empty').waitFor();
        await assertNoAxeViolations(page, `${name} ${scheme} with an error`);
        await context.close();
      });
    }
  });
}

describe('layout', () => {
  it('shows the boxed warning on first view without any interaction', async () => {
    const { context, page } = await open(DESKTOP);
    const boxed = page.locator('.zg-boxed');
    assert.ok(await boxed.isVisible());
    assert.match(await boxed.innerText(), /Cases of acute liver failure with fatal outcomes have been reported/);
    await context.close();
  });

  it('keeps touch targets at least 24 x 24 CSS px', async () => {
    const { context, page } = await open(PHONE);
    await page.getByLabel('Patient weight', { exact: true }).fill('3');
    await page.getByTestId('kit-ndc').waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .zg-unit, .zg-nav a, summary, input:not([type=radio])')]
        .map((e) => ({ e: e.className || e.tagName, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ e, r }) => `${e} ${r.width}x${r.height}`),
    );
    assert.deepEqual(small, []);
    await context.close();
  });
});
