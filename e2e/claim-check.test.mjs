// The claim check and what this reference does not cover, as a person on a
// 360 px phone meets them: on the static page and in the example portal,
// by keyboard, with axe-core clean while findings show, and nothing pasted
// leaving the page (no request, no URL change, no event detail).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE } from './browser.mjs';
import { assertNoAxeViolations, horizontalOverflow, QUIET_MS, watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

const CLAIM = 'N471894012103 UN1\nJ3399 2\nHI*ABK:G12.0~';

/** Opens `path` on a 360 px phone; returns the page and what it recorded. */
async function phone(path, ready) {
  const context = await s.browser.newContext({ ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${s.server.url}${path}`);
  await page.locator(ready).waitFor();
  return { context, page, errors, requests };
}

/** The claim check's findings in `scope`, as text. */
const findings = (scope) => scope.locator('[id$=-claim-check-findings] li').allInnerTexts();

describe('claim check', () => {
  it('lists findings against the weight on a 360 px phone, by keyboard, and says them once', async () => {
    const { context, page, errors, requests } = await phone('', '#zg-root[data-zg-ready]');
    await page.getByLabel('Patient weight', { exact: true }).fill('7.2');
    const field = page.getByLabel('Check claim lines');
    // By keyboard: the field is reached with Tab from the age field.
    await page.getByLabel(/Age in months/).focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zgp-claim-check');
    const loaded = requests.length;
    await field.fill(CLAIM);
    const items = await findings(page);
    assert.equal(items.length, 3, JSON.stringify(items));
    assert.match(items[0], /^Error: 71894012103 is the 3\.1–3\.5 kg kit \(71894-121-03\); for 7\.2 kg the kit is the 7\.1–7\.5 kg kit \(71894-129-05\)\./);
    assert.match(items[0], /Write instead:\s+N471894012905 UN1/);
    assert.match(items[1], /^Fix: J3399 is billed as 1 unit per treatment, not 2/);
    assert.match(items[2], /^Fix: In an 837 HI segment diagnosis codes are written without the dot: G120, not G12\.0/);
    // The summary is said once, after the pause, in the panel's live region.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#kit [role=status]')].some((r) => r.textContent === 'Claim check: 1 error, 2 fixes. The list follows the field.'),
    );
    // The findings list is no live region: nothing is read per keystroke.
    assert.equal(await page.locator('[id$=-claim-check-findings]').getAttribute('aria-live'), null);
    // Fits the phone.
    assert.equal(await horizontalOverflow(page), 0);
    const right = await page.locator('[id$=-claim-check-findings]').evaluate((e) => e.getBoundingClientRect().right);
    assert.ok(right <= 360, `findings end at ${right}`);
    // The fix copies as written.
    await page.locator('[id$=-claim-check-findings] li').first().getByRole('button').click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'N471894012905 UN1');
    await assertNoAxeViolations(page, 'claim check on a phone');
    // Nothing pasted left the page or reached its URL.
    assert.deepEqual(requests.slice(loaded), []);
    assert.equal(page.url(), s.server.url);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('works in a portal, and no event carries what was pasted', async () => {
    const { context, page, errors } = await phone('examples/portal/', '#widget-a[data-zg-ready]');
    const a = page.locator('#widget-a');
    await a.getByLabel('Patient weight', { exact: true }).fill('3.2');
    await a.getByLabel('Check claim lines').fill('LIN**N4*71894012103~CTP****1*UN~SV1*HC:J3399*2125000*UN*1~');
    const items = await findings(a);
    assert.equal(items.length, 1, JSON.stringify(items));
    assert.match(items[0], /^Matches: Nothing to correct\. Checked: NDC 71894012103 \(3\.1–3\.5 kg kit, the kit for 3\.2 kg\); LIN02 N4; UN1 \(CTP\); J3399, 1 unit\./);
    // Another kit's NDC than the weight's: the fix copies, and nothing of
    // the paste (nor the copy of its fix) reaches the host.
    await a.getByLabel('Check claim lines').fill('LIN**N4*71894012905~');
    const error = a.locator('[id$=-claim-check-findings] li').first();
    assert.match(await error.innerText(), /^Error: 71894012905 is the 7\.1–7\.5 kg kit/);
    await error.getByRole('button').click();
    await page.waitForTimeout(QUIET_MS);
    const events = await page.evaluate(() => window.portalEvents);
    const text = JSON.stringify(events);
    assert.ok(!text.includes('71894012905') && !text.includes('LIN**'), `no event detail carries pasted text: ${text}`);
    assert.ok(!events.some((e) => e.type === 'zolgensma:copied'), 'copying a fix sends no event');
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
    await assertNoAxeViolations(page, 'claim check in the portal');
    await context.close();
  });
});

describe('what this reference does not cover', () => {
  it('answers itvisma, brve, the generic name and intrathecal in the search, and a patient of 2 years in the age check', async () => {
    const { context, page, errors } = await phone('', '#zg-root[data-zg-ready]');
    const search = page.getByLabel('Search codes', { exact: true });
    for (const query of ['itvisma', 'brve', 'onasemnogene abeparvovec-brve', 'intrathecal']) {
      await search.fill(query);
      const entry = page.getByTestId('not-covered');
      await entry.waitFor();
      const text = await entry.innerText();
      assert.match(text, /^ITVISMA: not covered here/);
      assert.match(text, /approved by the FDA on November 24, 2025 for adult and pediatric patients 2 years of age and older/);
      assert.match(text, /This reference does not give the dosing or codes of ITVISMA\./);
      assert.match(text, /From public billing facts beyond the guide/);
      assert.equal(await page.locator('.zg-count').innerText(), 'No codes: ITVISMA is not covered by this reference.');
    }
    await assertNoAxeViolations(page, 'the not-covered entry');
    await page.getByLabel('Patient weight', { exact: true }).fill('12');
    await page.getByLabel(/Age in months/).fill('26');
    const warning = await page.locator('.zg-age-message').innerText();
    assert.match(warning, /26 months is older than the indication allows/);
    assert.match(warning, /ITVISMA \(onasemnogene abeparvovec-brve\) is a different product: intrathecal, fixed dose/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
