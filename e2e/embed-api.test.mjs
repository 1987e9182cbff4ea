// The embed API on the example portal (examples/portal/), in Chromium: JS
// API and custom element, options errors, code-data override, events,
// independence of two instances, leaks over 200 mount/unmount cycles (the
// DevTools protocol's counts), strict CSP, no network after load,
// axe-core. The cross-engine flows (two instances, a hostile stylesheet)
// are in engines/flows.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP } from './browser.mjs';
import { assertNoAxeViolations, horizontalOverflow, QUIET_MS, watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

async function portal(query = '') {
  const context = await s.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${s.server.url}examples/portal/${query}`);
  await page.locator('#widget-a[data-zg-ready]').waitFor();
  await page.locator('#widget-b[data-zg-ready]').waitFor();
  return { context, page, errors, requests };
}

const widgetA = (page) => page.locator('#widget-a');
const widgetB = (page) => page.locator('#widget-b');

describe('embedding', () => {
  it('mounts through the JS API and as a custom element, each with its own state', async () => {
    const { context, page, errors } = await portal();
    const a = widgetA(page);
    const b = widgetB(page);
    // The custom element shows only the code panel; the boxed warning was
    // turned off, which is allowed there.
    assert.equal(await b.locator('.zg-boxed').count(), 0);
    assert.equal(await b.locator('input[id$=-weight]').count(), 0);
    assert.equal(await b.locator('.zg-code-value').count(), 12);
    await a.getByLabel('Patient weight', { exact: true }).fill('3.04');
    await a.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
    await b.getByLabel('Search codes', { exact: true }).fill('werdnig');
    await b.locator('.zg-count', { hasText: /^1 code$/ }).waitFor();
    // Independent: searching in B did not search in A. Each shadow root
    // holds its own ids (the build's), each once.
    assert.equal(await a.locator('.zg-code-value').count(), 12);
    const ids = await page.evaluate(() =>
      ['#widget-a', '#widget-b'].map((s) => [...document.querySelector(s).shadowRoot.querySelectorAll('[id]')].map((e) => e.id)),
    );
    for (const list of ids) assert.deepEqual(list.filter((id, i) => list.indexOf(id) !== i), []);
    // The handle drives the widget.
    await page.evaluate(async () => (await window.portalWidget).setWeight('15', 'lb'));
    await a.getByTestId('kit-ndc').filter({ hasText: '71894-128-05' }).waitFor();
    assert.equal(await a.locator('input[type=radio][value=lb]').isChecked(), true);
    // The custom element follows its weight attribute... it has no kit panel,
    // so nothing shows, and nothing breaks.
    await page.evaluate(() => document.getElementById('widget-b').setAttribute('weight', '7'));
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
    await context.close();
  });

  it('sends events with the right detail, and never the weight', async () => {
    const { context, page } = await portal();
    const a = widgetA(page);
    await a.getByLabel('Patient weight', { exact: true }).fill('7.2');
    await a.getByTestId('kit-ndc').filter({ hasText: '71894-129-05' }).waitFor();
    await a.getByLabel('Patient weight', { exact: true }).fill('');
    await a.getByLabel('Search codes', { exact: true }).fill('g12.1');
    await a.locator('.zg-code-chip:not([hidden]) .zg-copy').click();
    await page.waitForFunction(() => window.portalEvents.some((e) => e.type === 'zolgensma:code-copied'));
    const events = await page.evaluate(() => window.portalEvents.filter((e) => e.source === 'widget-a'));
    const kit = events.find((e) => e.type === 'zolgensma:kit-resolved');
    assert.deepEqual(kit.detail, {
      ndc10: '71894-129-05',
      ndc11: '71894-0129-05',
      ndc11Digits: '71894012905',
      claim: 'N471894012905 UN1',
      bandKg: ['7.1', '7.5'],
      doseVolumeMl: '41.3',
      vials: [{ fillMl: '5.5', count: 0 }, { fillMl: '8.3', count: 5 }],
      totalVials: 5,
      hcpcs: 'J3399',
      hcpcsUnits: 1,
    });
    assert.ok(events.some((e) => e.type === 'zolgensma:kit-cleared'));
    assert.deepEqual(events.find((e) => e.type === 'zolgensma:code-copied').detail, { code: 'G12.1', codeSet: 'ICD-10-CM' });
    assert.ok(!JSON.stringify(events).includes('7.2'), 'no event carries the weight');
    assert.deepEqual(await page.evaluate(() => window.lastKit?.ndc10), '71894-129-05', 'the onKitResolved callback ran');
    await context.close();
  });

  it('rejects bad options with the key at fault and leaves the page working', async () => {
    const { context, page } = await portal();
    const attempt = (options) =>
      page.evaluate(async (options) => {
        const { mount } = await import('../../zolgensma-widget.js');
        const host = document.createElement('div');
        document.body.append(host);
        try {
          // Shapes JSON cannot carry are built here (the page's CSP forbids eval).
          const fixtures = {
            array: () => [1, 2],
            throwingGetter: () => ({
              get weight() {
                throw new Error('no');
              },
            }),
          };
          const w = await mount(host, typeof options === 'string' ? fixtures[options]() : options);
          w.unmount();
          return 'mounted';
        } catch (e) {
          return e.message;
        } finally {
          host.remove();
        }
      }, options);
    assert.match(await attempt({ panels: ['kit', 'chart'] }), /^options\.panels\[1\]: unknown variant `chart`, expected one of `kit`, `codes`, `info`/);
    assert.match(await attempt({ colour: 'red' }), /^options\.colour: unknown field `colour`, expected one of `panels`/);
    assert.match(await attempt({ unit: 5 }), /^options\.unit: invalid type: .*expected/);
    assert.match(await attempt({ weight: ['3'] }), /^options\.weight: invalid type/);
    assert.match(await attempt({ boxedWarning: false }), /^options\.boxedWarning: the boxed warning cannot be turned off/);
    assert.match(await attempt({ theme: { accent: 'url(https://evil.example/x.png)' } }), /^options\.theme\.accent: expected a value that loads nothing/);
    assert.match(await attempt({ theme: { wallpaper: 'red' } }), /^options\.theme\.wallpaper: unknown theme key/);
    assert.match(await attempt({ onKitResolved: 'alert(1)' }), /^options\.onKitResolved: expected a function/);
    assert.match(await attempt('array'), /^options: expected an object, got an array/);
    assert.match(await attempt('throwingGetter'), /^options\.weight: reading it threw \(no\)/);
    assert.equal(await attempt({ panels: ['codes'], boxedWarning: false, unit: 'lb', weight: '7' }), 'mounted');
    // The page still works: the first widget still resolves.
    await widgetA(page).getByLabel('Patient weight', { exact: true }).fill('3');
    await widgetA(page).getByTestId('kit-ndc').filter({ hasText: '71894-120-02' }).waitFor();
    await context.close();
  });

  it('accepts a valid code-data override and refuses a corrupted one', async () => {
    const { context, page } = await portal();
    const codeData = {
      code_sets: s.data.code_sets,
      codes: [...s.data.codes, { set: 'icd10cm', code: 'G12.25', description: 'Progressive muscular atrophy' }],
    };
    const mountWith = (codeData) =>
      page.evaluate(async (codeData) => {
        const { mount } = await import('../../zolgensma-widget.js');
        const host = document.createElement('div');
        host.id = `override-${Math.random().toString(16).slice(2)}`;
        document.body.append(host);
        const errors = [];
        host.addEventListener('zolgensma:error', (e) => errors.push(e.detail.message));
        const w = await mount(host, { panels: ['codes'], boxedWarning: false, codeData });
        const codes = [...host.shadowRoot.querySelectorAll('.zg-code-value')].map((e) => e.textContent);
        const result = { codes, dataError: w.dataError ?? null, errors };
        w.unmount();
        host.remove();
        return result;
      }, codeData);
    const good = await mountWith(codeData);
    assert.equal(good.dataError, null);
    assert.ok(good.codes.includes('G12.25'), 'the override shows');
    assert.equal(good.codes.length, 13);

    const duplicate = { ...codeData, codes: [...s.data.codes, s.data.codes[0]] };
    const bad = await mountWith(duplicate);
    assert.match(bad.dataError, /codes\[12\] \(J3399\): codes must be unique/);
    assert.deepEqual(bad.errors, [bad.dataError]);
    assert.equal(bad.codes.length, 12, 'the built-in codes show instead');

    const unknownKey = await mountWith({ ...codeData, codes: [{ ...s.data.codes[0], colour: 'red' }] });
    assert.match(unknownKey.dataError, /^codeData\.codes\[0\]\.colour: unknown field `colour`, expected one of `set`, `code`/);
    assert.equal(unknownKey.codes.length, 12);

    const wrongShape = await mountWith({ code_sets: s.data.code_sets, codes: [{ set: 'cpt', code: 96365 }] });
    assert.match(wrongShape.dataError, /^codeData\.codes\[0\]\.code: invalid type/);
    assert.equal(wrongShape.codes.length, 12);
    await context.close();
  });

  it('leaves no nodes or listeners behind after 200 mount/unmount cycles', async () => {
    const { context, page } = await portal();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cycle = (n) =>
      page.evaluate(async (n) => {
        const { mount } = await import('../../zolgensma-widget.js');
        const host = document.createElement('div');
        // The portal logs every event into its page; keep these out of the
        // count, which is about the widget's own nodes.
        for (const name of ['zolgensma:ready', 'zolgensma:kit-resolved', 'zolgensma:kit-cleared']) {
          host.addEventListener(name, (e) => e.stopPropagation());
        }
        document.body.append(host);
        for (let i = 0; i < n; i++) {
          const w = await mount(host, { weight: String(3 + (i % 18)) });
          w.setQuery('g12');
          w.unmount();
        }
        host.remove();
      }, n);
    const measure = async () => {
      for (let i = 0; i < 4; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await page.waitForTimeout(50);
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { nodes: get('Nodes'), listeners: get('JSEventListeners') };
    };
    await cycle(20);
    const before = await measure();
    await cycle(200);
    const after = await measure();
    assert.equal(after.listeners, before.listeners, `listeners ${before.listeners} -> ${after.listeners}`);
    // One leaked widget would be hundreds of nodes (200 of them, tens of
    // thousands); a handful is the garbage collector's timing.
    const widgetNodes = await page.evaluate(() => document.getElementById('widget-a').shadowRoot.querySelectorAll('*').length);
    assert.ok(widgetNodes > 500, `a widget has ${widgetNodes} nodes`);
    assert.ok(after.nodes < before.nodes + 16, `nodes ${before.nodes} -> ${after.nodes}`);
    await context.close();
  });

  it('runs under the strict CSP with no violations and makes no request after load', async () => {
    const { context, page, requests, errors } = await portal();
    const loaded = requests.length;
    const a = widgetA(page);
    await a.getByLabel('Patient weight', { exact: true }).fill('7.05 lb');
    await a.getByTestId('kit-ndc').waitFor();
    await a.getByRole('button', { name: 'Copy claim NDC string' }).click();
    await a.getByLabel('Search codes', { exact: true }).fill('observation');
    await a.locator('.zg-count', { hasText: '6 codes' }).waitFor();
    await a.locator('summary', { hasText: 'Warnings and precautions' }).click();
    await page.waitForTimeout(QUIET_MS);
    assert.deepEqual(requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    // Nothing about the patient is stored or put in the URL.
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      url: location.href,
      databases: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookies: '', url: `${s.server.url}examples/portal/`, databases: 0 });
    await context.close();
  });

  it('moves to a reference inside the widget and leaves the host page\'s URL alone', async () => {
    const { context, page, errors } = await portal();
    const b = widgetB(page);
    const link = b.locator('.zg-code-meta .zg-ref').first();
    const href = await link.getAttribute('href');
    await link.click();
    assert.equal(page.url(), `${s.server.url}examples/portal/`, 'no #zg-ref-3 in the host URL');
    const focused = await page.evaluate(() => document.getElementById('widget-b').shadowRoot.activeElement?.id);
    assert.equal(`#${focused}`, href, 'focus is on the reference');
    // A codes-only instance carries the references its code sets cite.
    assert.equal(await b.locator('.zg-references li').count(), 3);
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
    await context.close();
  });

  it('tells hosts the settled kit once typing pauses, and every keystroke before', async () => {
    const { context, page } = await portal();
    const a = widgetA(page);
    await a.getByLabel('Patient weight', { exact: true }).pressSequentially('3.04', { delay: 30 });
    await a.getByTestId('kit-ndc').filter({ hasText: '71894-121-03' }).waitFor();
    // The settled kit comes SETTLE_MS after the last keystroke; then a
    // quiet window in which no second one may come.
    await page.waitForFunction(() => window.portalEvents.some((e) => e.source === 'widget-a' && e.type === 'zolgensma:kit-settled'));
    await page.waitForTimeout(QUIET_MS);
    const events = await page.evaluate(() => window.portalEvents.filter((e) => e.source === 'widget-a').map((e) => [e.type, e.detail?.ndc10 ?? null]));
    // "3" is a kit of its own, "3." and "3.0" the same one, "3.04" the next.
    assert.deepEqual(events.filter(([t]) => t === 'zolgensma:kit-resolved'), [
      ['zolgensma:kit-resolved', '71894-120-02'],
      ['zolgensma:kit-resolved', '71894-121-03'],
    ]);
    assert.deepEqual(events.filter(([t]) => t === 'zolgensma:kit-settled'), [['zolgensma:kit-settled', '71894-121-03']]);
    await context.close();
  });

  it('fits a 360 px phone, its event log full of long details', async () => {
    const context = await s.browser.newContext({ ...DESKTOP, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${s.server.url}examples/portal/`);
    await page.locator('#widget-a[data-zg-ready]').waitFor();
    const a = widgetA(page);
    for (const w of ['3.04', '7.2', '21']) {
      await a.getByLabel('Patient weight', { exact: true }).fill(w);
      await a.getByTestId('kit-ndc').waitFor();
    }
    // Three kits resolved, then the settled one SETTLE_MS later.
    await page.locator('#event-log li').nth(3).waitFor();
    assert.equal(await horizontalOverflow(page), 0);
    await context.close();
  });

  it('has no WCAG 2.2 A/AA violations on the portal page', async () => {
    const { context, page } = await portal();
    await widgetA(page).getByLabel('Patient weight', { exact: true }).fill('3.04');
    await widgetA(page).getByTestId('kit-ndc').waitFor();
    await assertNoAxeViolations(page, 'portal with a result');
    await widgetA(page).getByLabel('Patient weight', { exact: true }).fill('40');
    await widgetA(page).locator('.zg-form .zg-error').waitFor();
    await assertNoAxeViolations(page, 'portal with an error');
    await context.close();
  });
});
