// Nothing a person or a host page does breaks the widget, leaks data or
// shows a wrong figure: a sweep of every 0.01 kg in three units against the
// rule, 200 random sessions, hostile options, content safety.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP } from './browser.mjs';
import { watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

/** A small seeded generator, so a failing session can be replayed. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** The kit rule of sources/facts.md over the data file, in integers (thousandths of
 *  a gram), written independently of the Rust code. */
function expectedNdc(milligrams) {
  const milli = (text) => {
    const [i, f = ''] = text.split('.');
    return Number(i) * 1000 + Number((f + '000').slice(0, 3));
  };
  const [lo, hi] = s.data.dosing.weight_range_kg.map(milli);
  if (milligrams < lo * 1000 || milligrams > hi * 1000) return null;
  return s.data.kits.find((k) => milli(k.max_kg) * 1000 >= milligrams).ndc;
}

async function portal(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${s.server.url}examples/portal/`);
  await page.locator('#widget-a[data-zg-ready]').waitFor();
  return { page, errors };
}

describe('reliability', () => {
  it('shows the right kit for every weight from 2.60 to 21.00 kg by 0.01 kg, typed in kg, g and lb', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const { page, errors } = await portal(context);
    const result = await page.evaluate(async () => {
      const widget = await window.portalWidget;
      const root = document.getElementById('widget-a').shadowRoot;
      const { resolveKit } = await import('../../zolgensma-widget.js');
      const card = () => root.querySelector('[data-testid=kit-ndc]')?.textContent ?? null;
      const tick = () => new Promise((r) => setTimeout(r, 0));
      const rows = [];
      for (let cg = 260; cg <= 2100; cg++) {
        const kg = `${Math.floor(cg / 100)}.${String(cg % 100).padStart(2, '0')}`;
        const inputs = [
          [kg, 'kg'],
          [String(cg * 10), 'g'],
          // Pounds to 6 places: the same mass within half a microgram.
          [((cg / 100) / 0.45359237).toFixed(6), 'lb'],
        ];
        for (const [text, unit] of inputs) {
          widget.setWeight(text, unit);
          await tick();
          const domain = await resolveKit(text, unit);
          rows.push([cg, text, unit, card(), domain.ndc10 ?? null]);
        }
      }
      return rows;
    });
    let disagreements = 0;
    for (const [cg, text, unit, shown, domain] of result) {
      const independent = unit === 'lb' ? domain : expectedNdc(cg * 10_000);
      if (shown !== domain || shown !== independent) {
        disagreements++;
        if (disagreements < 10) console.error(`${text} ${unit}: card ${shown}, domain ${domain}, rule ${independent}`);
      }
    }
    console.log(`# sweep: ${result.length} inputs, ${disagreements} disagreements`);
    assert.equal(result.length, 1841 * 3);
    assert.equal(disagreements, 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('survives 200 random sessions of typing, pasting, unit switches, searches and copies', async () => {
    const context = await s.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const nasty = [
      '9'.repeat(20_000),
      '🙂🙂 3.2 kg 🙂',
      '\u202e2.3\u202c',
      '3\u200b.2',
      'ש 3.2 ק״ג',
      '<img src=x onerror=alert(1)>',
      '٣٫٢',
      '３．２',
      '\u0000\u0001',
      '-0',
      'NaN',
      '1e3',
    ];
    const keys = '0123456789.,-  kglb'.split('');
    let sessions = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = rng(seed);
      const pick = (list) => list[Math.floor(random() * list.length)];
      // A fresh page every tenth session; in between, the same page goes on
      // where the last session left it, as a person's would.
      if (seed % 10 === 1) await page.goto(s.server.url);
      const weight = page.getByLabel('Patient weight', { exact: true });
      const search = page.getByLabel('Search codes', { exact: true });
      for (let step = 0; step < 10; step++) {
        const action = Math.floor(random() * 6);
        if (action === 0) await weight.pressSequentially(Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(keys)).join(''));
        else if (action === 1) await weight.fill(pick(nasty));
        else if (action === 2) await page.locator('label.zg-unit').nth(Math.floor(random() * 3)).click();
        else if (action === 3) await search.fill(pick(['g12', '992', 'werdnig', 'zzz', pick(nasty).slice(0, 200)]));
        else if (action === 4) await weight.fill('');
        else {
          const copy = page.locator('.zg-copy:visible').first();
          if (await copy.count()) await copy.click();
        }
      }
      await page.waitForTimeout(20);
      const final = await page.evaluate(async () => {
        const input = document.querySelector('input[id$=-weight]');
        const unit = document.querySelector('input[type=radio]:checked').value;
        const { resolveKit } = await import('./zolgensma-widget.js');
        const domain = await resolveKit(input.value, unit);
        return {
          shown: document.querySelector('[data-testid=kit-ndc]')?.textContent ?? null,
          error: document.querySelector('.zg-form .zg-error:not([hidden])')?.textContent ?? null,
          domain,
          value: input.value.slice(0, 40),
        };
      });
      assert.equal(final.shown, final.domain.ndc10 ?? null, `session ${seed}: card disagrees for “${final.value}”`);
      if (!final.domain.ndc10 && final.value.trim() !== '') {
        assert.ok(final.error?.startsWith(final.domain.error), `session ${seed}: error shown for “${final.value}”`);
      }
      assert.deepEqual(errors, [], `session ${seed}`);
      sessions++;
    }
    const stored = await page.evaluate(async () => [localStorage.length, sessionStorage.length, document.cookie, (await indexedDB.databases()).length]);
    assert.deepEqual(stored, [0, 0, '', 0], 'nothing about the patient is stored');
    console.log(`# random sessions: ${sessions}, console errors and exceptions: ${errors.length}`);
    await context.close();
  });

  it('refuses hostile options without crashing or touching the host’s objects', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const { page, errors } = await portal(context);
    const outcome = await page.evaluate(async (data) => {
      const { mount } = await import('../../zolgensma-widget.js');
      const attempt = async (options) => {
        const host = document.createElement('div');
        document.body.append(host);
        const started = performance.now();
        try {
          const w = await mount(host, options);
          const message = w.dataError ?? 'mounted';
          w.unmount();
          return [message, performance.now() - started];
        } catch (e) {
          return [e.message, performance.now() - started];
        } finally {
          host.remove();
        }
      };
      const deep = {};
      let cursor = deep;
      for (let i = 0; i < 10_000; i++) cursor = cursor.next = {};
      const options = JSON.parse('{"__proto__": {"polluted": true}, "unit": "kg"}');
      const snapshot = JSON.stringify(options);
      const results = {
        proto: await attempt(options),
        constructor: await attempt(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')),
        getter: await attempt({ get unit() { throw new Error('gotcha'); } }),
        hugePanels: await attempt({ panels: new Array(1_000_000).fill('kit') }),
        deep: await attempt({ theme: deep }),
        megabyteWeight: await attempt({ weight: 'x'.repeat(1 << 20) }),
        hugeCodes: await attempt({ panels: ['codes'], boxedWarning: false, codeData: { code_sets: [], codes: new Array(100_000).fill({ set: 'cpt', code: '96365', description: 'x' }) } }),
        megabyteDescription: await attempt({ panels: ['codes'], boxedWarning: false, codeData: { code_sets: data.code_sets, codes: [{ set: 'cpt', code: '96365', description: 'x'.repeat(1 << 20) }] } }),
        deepCodeData: await attempt({ panels: ['codes'], boxedWarning: false, codeData: { code_sets: [], codes: [deep] } }),
      };
      return {
        results,
        unchanged: JSON.stringify(options) === snapshot,
        polluted: ({}).polluted !== undefined || Object.prototype.hasOwnProperty('polluted'),
      };
    }, s.data);
    const r = outcome.results;
    assert.match(r.proto[0], /^options\.__proto__: unknown field `__proto__`/);
    assert.match(r.constructor[0], /^options\.constructor: unknown field `constructor`/);
    assert.match(r.getter[0], /^options\.unit: reading it threw \(gotcha\)/);
    assert.match(r.hugePanels[0], /^options\.panels: expected at most 3 entries/);
    // serde-wasm-bindgen prints the offending value; the message is cut short.
    assert.match(r.deep[0], /^options\.theme\.next: invalid type: .{1,200}…$/s);
    assert.match(r.megabyteWeight[0], /^options\.weight: expected at most 120 characters/);
    assert.match(r.hugeCodes[0], /^codeData\.codes: lists 100000 items; at most 500 are allowed/);
    assert.match(r.megabyteDescription[0], /description: is longer than 4000 characters/);
    assert.match(r.deepCodeData[0], /^codeData\.codes\[0\]\.next: unknown field `next`/);
    for (const [name, [, ms]] of Object.entries(r)) assert.ok(ms < 2000, `${name} took ${ms} ms`);
    assert.equal(outcome.unchanged, true, "the host's options object is unchanged");
    assert.equal(outcome.polluted, false, 'Object.prototype is untouched');
    assert.deepEqual(errors.filter((e) => !e.includes('zolgensma-reference:')), [], 'only the documented console errors');
    // The page still works.
    await page.locator('#widget-a').getByLabel('Patient weight', { exact: true }).fill('3');
    await page.locator('#widget-a').getByTestId('kit-ndc').filter({ hasText: '71894-120-02' }).waitFor();
    await context.close();
  });

  it('never inserts host or data text as HTML', async () => {
    const context = await s.browser.newContext(DESKTOP);
    const { page } = await portal(context);
    const attack = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const shown = await page.evaluate(async ([attack, data]) => {
      const { mount } = await import('../../zolgensma-widget.js');
      const host = document.createElement('div');
      document.body.append(host);
      const codes = data.codes.map((c, i) => (i === 1 ? { ...c, description: attack, includes: [attack] } : c));
      const w = await mount(host, { panels: ['codes', 'kit'], weight: attack, codeData: { code_sets: data.code_sets, codes } });
      await new Promise((r) => setTimeout(r, 50));
      const root = host.shadowRoot;
      return {
        dataError: w.dataError ?? null,
        text: root.querySelector('.zg-code[data-codes="96365"] .zg-code-desc').textContent,
        error: root.querySelector('.zg-form .zg-error').textContent,
        elements: root.querySelectorAll('img, script').length,
        pwned: window.pwned ?? null,
      };
    }, [attack, s.data]);
    assert.equal(shown.dataError, null);
    assert.equal(shown.text, attack, 'the description shows literally');
    assert.ok(shown.error.includes(attack.slice(0, 20)), shown.error);
    assert.deepEqual([shown.elements, shown.pwned], [0, null]);
    await context.close();
  });
});

