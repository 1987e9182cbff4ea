// Trusted Types (Chromium enforces them): the static page ships with
// `require-trusted-types-for 'script'` in its own CSP and works under it;
// a portal that sends `require-trusted-types-for 'script'; trusted-types
// zolgensma-reference` embeds the widget, its own code data included; a
// portal that does not allow the policy gets a mount error that says what
// to add. No flow causes a violation, and the widget never installs a
// default policy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite({ serveDist: false });

const POLICY = 'zolgensma-reference';

/** Collects Content-Security-Policy violations (Trusted Types among them). */
function recordViolations() {
  window.zgViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.zgViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
}

async function open(server, path, ready) {
  const context = await s.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(recordViolations);
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).first().waitFor();
  return { context, page, errors };
}

/** The flows a person goes through in `scope`: a weight, the claim check,
 *  a copy, a search, a date of service. */
async function exercise(scope) {
  await scope.getByLabel('Patient weight', { exact: true }).fill('3.04');
  await scope.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
  await scope.getByLabel('Check claim lines').fill('N471894012103 UN2\nitvisma');
  await scope.locator('[id$=-claim-check-findings] li').first().waitFor();
  await scope.getByRole('button', { name: 'Copy claim NDC string' }).click();
  await scope.getByLabel('Search codes', { exact: true }).fill('g12');
  await scope.getByLabel(/Date of service/).fill('2026-01-15');
  await scope.getByLabel('Patient weight', { exact: true }).fill('abc');
  await scope.getByLabel('Patient weight', { exact: true }).fill('7.2');
  await scope.getByTestId('kit-ndc').filter({ hasText: '71894-129-05' }).waitFor();
}

describe('Trusted Types', () => {
  it('the static page enforces them in its own CSP and works under them', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    assert.match(html, new RegExp(`require-trusted-types-for 'script'; trusted-types ${POLICY}`));
    const server = await serve('dist');
    const { context, page, errors } = await open(server, '', '#zg-root[data-zg-ready]');
    await exercise(page);
    await page.locator('#zg-root[data-zg-codes-ready]').waitFor();
    const registered = await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()));
    assert.ok(registered, 'the service worker registered through the policy');
    assert.deepEqual(await page.evaluate(() => window.zgViolations), []);
    assert.equal(await page.evaluate(() => trustedTypes.defaultPolicy), null, 'no default policy');
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });

  it(`a portal enforcing them embeds the widget with the policy "${POLICY}", a host's code data included`, async () => {
    const server = await serve('dist', {
      mounts: { 'examples/': 'examples' },
      headers: { 'content-security-policy': `require-trusted-types-for 'script'; trusted-types ${POLICY}` },
    });
    const { context, page, errors } = await open(server, 'examples/portal/', '#widget-b[data-zg-ready]');
    await page.locator('#widget-a[data-zg-ready]').waitFor();
    await exercise(page.locator('#widget-a'));
    // A host's own codes: the code panel is built in the browser.
    const codes = JSON.parse(await readFile('data/zolgensma.json', 'utf8'));
    const mounted = await page.evaluate(async (codeData) => {
      const { mount } = await import('../../zolgensma-widget.js');
      const el = document.createElement('div');
      document.body.append(el);
      const handle = await mount(el, { panels: ['codes'], boxedWarning: false, codeData });
      handle.setQuery('werdnig');
      await new Promise((r) => setTimeout(r, 50));
      return { error: handle.dataError ?? null, shown: el.shadowRoot.querySelectorAll('.zg-code-chip:not([hidden])').length };
    }, { code_sets: codes.code_sets, codes: [...codes.codes, { set: 'icd10cm', code: 'G12.25', description: 'Progressive muscular atrophy' }] });
    assert.deepEqual(mounted, { error: null, shown: 1 });
    assert.deepEqual(await page.evaluate(() => window.zgViolations), []);
    assert.equal(await page.evaluate(() => trustedTypes.defaultPolicy), null, 'no default policy');
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
    await context.close();
    await server.close();
  });

  it('a portal that does not allow the policy gets an error saying what to add', async () => {
    const server = await serve('dist', {
      mounts: { 'examples/': 'examples' },
      headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types portal-own" },
    });
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${server.url}examples/portal/blank.html`);
    const message = await page.evaluate(async () => {
      const { mount } = await import('../../zolgensma-widget.js');
      const el = document.createElement('div');
      document.body.append(el);
      return mount(el).then(() => 'mounted', (e) => e.message);
    });
    assert.match(message, new RegExp(`allow the widget's policy with "trusted-types ${POLICY}"`));
    await context.close();
    await server.close();
  });
});
