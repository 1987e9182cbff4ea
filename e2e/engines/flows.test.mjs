// The widget's end-to-end flows in every engine its users have: WebKitGTK
// (Safari's engine), Firefox ESR and Chromium, each over W3C WebDriver with
// the same assertions. `ZG_ENGINES=webkit,firefox` picks a subset.
//
// Where engines differ, the test detects the feature and asserts what the
// widget does in that case (see the README's browser-support table).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { ENGINES, openEngine } from './drivers.mjs';
import { Session } from './session.mjs';
import { closeAll, serve } from '../server.mjs';

const names = (process.env.ZG_ENGINES ?? 'webkit,firefox,chromium').split(',').filter(Boolean);
for (const name of names) {
  if (!ENGINES[name]) throw new Error(`ZG_ENGINES: unknown engine ${name} (known: ${Object.keys(ENGINES)})`);
}

/** A page that frames the widget at a phone's width (`?width=360`). Its
 *  script is a file of its own: the framed page's CSP forbids nothing here,
 *  but the harness keeps to the same rule as the portal. */
const HARNESS = mkdtempSync(join(tmpdir(), 'zg-harness-'));
writeFileSync(
  join(HARNESS, 'frame.html'),
  '<!doctype html><html lang="en"><title>frame</title><body style="margin:0">' +
    '<iframe title="widget" style="border:0;display:block" height="700"></iframe>' +
    '<script src="frame.js"></script></body></html>',
);
writeFileSync(
  join(HARNESS, 'frame.js'),
  "const f = document.querySelector('iframe');" +
    "f.width = new URLSearchParams(location.search).get('width');" +
    "f.src = '../';",
);

/** What each engine turned out to support, printed at the end. */
const findings = {};

after(async () => {
  await closeAll();
  rmSync(HARNESS, { recursive: true, force: true });
  console.log('engine findings:', JSON.stringify(findings, null, 2));
});

const WEIGHT = 'input[id$=-weight]';
const SEARCH = 'input[type=search]';
const NDC = '[data-testid=kit-ndc]';
const ERROR = '.zg-form .zg-error';

/** Records uncaught errors and CSP violations in the page from now on
 *  (WebDriver has no portable console log); `pageErrors` reads them, plus
 *  every resource the page loaded from anywhere but its own origin. */
async function watchErrors(s) {
  await s.driver.executeScript(`
    window.__zgErrors = [];
    addEventListener('error', (e) => window.__zgErrors.push('exception: ' + e.message));
    addEventListener('unhandledrejection', (e) => window.__zgErrors.push('rejection: ' + e.reason));
    document.addEventListener('securitypolicyviolation', (e) => window.__zgErrors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));`);
}
const pageErrors = (s) =>
  s.driver.executeScript(`
    const foreign = performance.getEntriesByType('resource').map((r) => r.name)
      .filter((url) => new URL(url).origin !== location.origin).map((url) => 'foreign request: ' + url);
    return [...(window.__zgErrors ?? ['the error watch was lost']), ...foreign];`);

describe('engine tiers', () => {
  it('fail loudly when a driver or a browser is missing, never skip', async () => {
    await assert.rejects(openEngine('webkit', { driver: '/nonexistent/WebKitWebDriver' }), /WebKitWebDriver is missing: run scripts\/setup\.sh/);
    await assert.rejects(openEngine('firefox', { browser: '/nonexistent/firefox-esr' }), /firefox-esr is missing/);
    await assert.rejects(openEngine('safari'), /unknown engine safari/);
  });
});

for (const name of names) {
  describe(ENGINES[name].label, () => {
    let engine;
    let s;
    let server;

    before(async () => {
      server = await serve('dist', { prefix: '/some/sub/path/', mounts: { 'examples/': 'examples', 'harness/': HARNESS } });
      engine = await openEngine(name);
      s = new Session(engine.driver);
      findings[name] = { version: engine.version };
      await s.driver.manage().window().setRect({ width: 1280, height: 900 });
    });
    after(async () => {
      await engine?.stop();
      await server?.close();
    });

    async function openStatic(query = '') {
      s.host = null;
      await s.driver.get(server.url + query);
      await s.one('#zg-root[data-zg-ready]', 20_000);
      await watchErrors(s);
    }

    it('resolves weights in kg, lb and g, with a comma, and through the unit switch', async () => {
      await openStatic();
      const field = await s.one(WEIGHT);
      assert.equal(await field.getAttribute('inputmode'), 'decimal');
      await s.type(WEIGHT, '3.04');
      await s.waitText(NDC, '71894-121-03');
      await s.waitText('.zg-card .zg-note', /3\.04 kg is between the printed bands 2\.6–3\.0 and 3\.1–3\.5: the 3\.1–3\.5 kg kit holds 19\.3 mL, which covers 16\.72 mL\./);
      await s.type(WEIGHT, '7.05 lb');
      await s.waitText(NDC, '71894-121-03');
      await s.type(WEIGHT, '3040 g');
      await s.waitText(NDC, '71894-121-03');
      await s.type(WEIGHT, '7,2');
      await s.waitText(NDC, '71894-129-05');
      await s.type(WEIGHT, '7');
      await s.waitText(NDC, '71894-128-05');
      // The unit switch re-resolves the same digits: 7 lb is 3.175 kg.
      await s.clickText('label.zg-unit', 'lb');
      await s.waitText(NDC, '71894-121-03');
      await s.clickText('label.zg-unit', 'kg');
      await s.waitText(NDC, '71894-128-05');
      assert.deepEqual(await pageErrors(s), []);
    });

    it('explains errors next to the field and never leaves a stale kit', async () => {
      await openStatic();
      await s.type(WEIGHT, '30');
      await s.waitText(ERROR, '30.0 kg is above 21.0 kg');
      const field = await s.one(WEIGHT);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      const described = (await field.getAttribute('aria-describedby')).split(' ');
      const errorId = await s.run('return root.querySelector(arguments[1]).id', ERROR);
      assert.ok(described.includes(errorId), `aria-describedby ${described} names the error ${errorId}`);
      assert.deepEqual(await s.all(NDC), [], 'no stale kit with an error');
      await s.type(WEIGHT, 'abc');
      await s.waitText(ERROR, /digits/i);
      await s.type(WEIGHT, '2.5');
      await s.waitText(ERROR, 'below 2.6 kg');
      await s.type(WEIGHT, '21');
      await s.waitText(NDC, '71894-156-14');
      assert.deepEqual((await s.texts(ERROR)).filter(Boolean), [], 'the error is gone');
      assert.notEqual(await (await s.one(WEIGHT)).getAttribute('aria-invalid'), 'true');
      // Enter does no harm: no navigation, the result stays.
      await (await s.one(WEIGHT)).sendKeys(Key.ENTER);
      await s.waitText(NDC, '71894-156-14');
      assert.deepEqual(await pageErrors(s), []);
    });

    it('searches codes with the keyboard and copies one', async () => {
      await openStatic();
      await s.type(SEARCH, 'kugelberg');
      await s.waitText('.zg-count', /^1 code$/);
      assert.deepEqual(await s.texts('.zg-code-chip:not([hidden]) .zg-code-value'), ['G12.1']);
      await s.type(SEARCH, '992');
      await s.waitText('.zg-count', /^6 codes$/);
      // ArrowDown moves from the field into the results, then between them.
      await s.press(Key.ARROW_DOWN);
      await s.press(Key.ARROW_DOWN);
      const focused = await s.driver.executeScript('return document.activeElement.closest(".zg-code-chip")?.dataset.code');
      assert.equal(focused, '99222');
      await s.press(Key.ENTER);
      await s.waitText('.zg-code-chip[data-code="99222"] .zg-copy', /^Copied ✓/);
      findings[name].clipboardPaste = await pasteInto(s, SEARCH);
      if (findings[name].clipboardPaste) {
        assert.equal(await (await s.one(SEARCH)).getAttribute('value'), '99222');
      }
      // Escape clears the search; an empty result offers a clear button.
      await s.type(SEARCH, 'nothing like this');
      await s.one('.zg-empty:not([hidden])');
      await s.clickText('.zg-empty:not([hidden]) button', 'Clear the search');
      await s.waitText('.zg-count', /^12 codes$/);
      await s.type(SEARCH, 'g12');
      await s.waitText('.zg-count', /^\d codes?$/);
      await (await s.one(SEARCH)).sendKeys(Key.ESCAPE);
      await s.waitText('.zg-count', /^12 codes$/);
      assert.deepEqual(await pageErrors(s), []);
    });

    it('copies the claim NDC string to the clipboard', async () => {
      await openStatic();
      await s.type(WEIGHT, '3');
      await s.waitText(NDC, '71894-120-02');
      const outcome = await copyClaim(s);
      findings[name].clipboardWrite = outcome === 'done';
      assert.equal(outcome, 'done');
      await s.waitText('.zg-vh[aria-live=polite]', 'Copied claim NDC string N471894012002 UN1.');
      if (await pasteInto(s, SEARCH)) {
        assert.equal(await (await s.one(SEARCH)).getAttribute('value'), 'N471894012002 UN1');
      }
      assert.deepEqual(await pageErrors(s), []);
    });

    it('falls back to execCommand when the clipboard API refuses, and says so when both refuse', async () => {
      await openStatic();
      await s.type(WEIGHT, '3');
      await s.waitText(NDC, '71894-120-02');
      // As in a host page whose permissions policy blocks clipboard-write.
      await s.driver.executeScript(
        'navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));',
      );
      const fallback = await copyClaim(s);
      findings[name].execCommandAfterRefusal = fallback;
      if (fallback === 'done' && (await pasteInto(s, SEARCH))) {
        assert.equal(await (await s.one(SEARCH)).getAttribute('value'), 'N471894012002 UN1');
      }
      await s.driver.executeScript('document.execCommand = () => false;');
      assert.equal(await copyClaim(s), 'failed');
      assert.match(await (await claimButton(s)).getAttribute('textContent'), /^Not copied/);
      await s.waitText('.zg-vh[aria-live=polite]', 'Could not copy claim NDC string. Select N471894012002 UN1 and copy it by hand.');
      // The value to select is on the card as text.
      assert.ok((await s.texts('.zg-card')).join(' ').includes('N471894012002 UN1'));
      assert.deepEqual(await pageErrors(s), []);
    });

    it('opens deep links and never writes the weight into the URL', async () => {
      await openStatic('?weight=7.2&unit=kg#codes');
      await s.waitText(NDC, '71894-129-05');
      assert.equal(await s.driver.executeScript('return location.hash'), '#codes');
      const length = await s.driver.executeScript('return history.length');
      await s.type(WEIGHT, '3.04');
      await s.waitText(NDC, '71894-121-03');
      await s.clickText('label.zg-unit', 'lb');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await s.driver.executeScript('return location.search'), '?weight=7.2&unit=kg', 'typing writes nothing into the URL');
      assert.equal(await s.driver.executeScript('return history.length'), length);
    });

    it('reads weights as people write them', async () => {
      await openStatic();
      for (const [typed, title] of [
        ['７.０４', 'Kit for 7.04 kg'],
        ['7 lb 4 oz', 'Kit for 7 lb 4 oz (≈ 3.289 kg)'],
        ['116 oz', 'Kit for 116 oz (≈ 3.289 kg)'],
      ]) {
        await s.type(WEIGHT, typed);
        await s.waitText('.zg-card-title', title);
      }
      await s.waitText(NDC, '71894-121-03');
      assert.equal(await s.run('return root.querySelector("input[type=radio][value=lb]").checked'), true, 'the switch shows lb');
      await s.type(WEIGHT, '3,040 g');
      await s.waitText(ERROR, /was read with a decimal comma: 3\.04 g \(0\.00304 kg\)/);
      assert.deepEqual(await s.all(NDC), [], 'no guess');
      await s.click(await s.one('.zg-offer'));
      await s.waitText(NDC, '71894-121-03');
      assert.equal(await (await s.one(WEIGHT)).getAttribute('value'), '3040 g');
      assert.deepEqual(await pageErrors(s), []);
    });

    it('has no WCAG 2.2 A/AA violations, with a result and with an error', async () => {
      await openStatic();
      await s.type(WEIGHT, '20.95');
      await s.waitText(NDC, '71894-156-14');
      assert.deepEqual(await s.axe(), [], 'with a result');
      await s.type(WEIGHT, 'abc');
      await s.one(ERROR);
      await s.type(SEARCH, 'zzz');
      await s.one('.zg-empty:not([hidden])');
      assert.deepEqual(await s.axe(), [], 'with an error and an empty search');
    });

    // Browser windows have a minimum width (WebKitGTK's MiniBrowser keeps
    // about 450 px), so phone widths are real viewports: iframes that wide.
    for (const width of [360, 320]) {
      it(`fits a ${width} px viewport: no horizontal scroll, the whole kit table`, async () => {
        s.host = null;
        await s.driver.get(`${server.url}harness/frame.html?width=${width}`);
        const frame = await s.one('iframe');
        await s.until('the framed page', () => s.driver.executeScript('return !!arguments[0].contentDocument?.querySelector("#zg-root[data-zg-ready]")', frame));
        await s.driver.switchTo().frame(frame);
        try {
          const viewport = await s.driver.executeScript('return window.innerWidth');
          assert.equal(viewport, width);
          await s.type(WEIGHT, '20.95');
          await s.waitText(NDC, '71894-156-14');
          assert.equal(await s.overflow(), 0, 'no page-level horizontal scroll with a result');
          const table = await s.run('const t = root.querySelector(".zg-table-scroll"); return t.scrollWidth - t.clientWidth;');
          if (width === 360) assert.equal(table, 0, 'the kit table fits, NDC column included');
          await s.type(WEIGHT, '123456789');
          await s.one(ERROR);
          assert.equal(await s.overflow(), 0, 'no page-level horizontal scroll with an error');
        } finally {
          await s.driver.switchTo().defaultContent();
        }
      });
    }

    it('keeps working offline after the first visit, when the engine has service workers', async () => {
      const own = await serve('dist');
      s.host = null;
      await s.driver.get(`${own.url}?weight=7.2`);
      await s.one('#zg-root[data-zg-ready]', 20_000);
      const support = await s.driver.executeScript('return "serviceWorker" in navigator && window.isSecureContext');
      findings[name].serviceWorker = support;
      if (!support) {
        // Chromium has them: the offline flow must run there (it is tested
        // nowhere else).
        assert.notEqual(name, 'chromium', 'Chromium runs the page with service workers');
        // Without service workers the page is simply online-only.
        await s.waitText(NDC, '71894-129-05');
        await own.close();
        return;
      }
      const controlled = await s.driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(() => {
          if (navigator.serviceWorker.controller) return done(true);
          navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true });
          setTimeout(() => done(false), 10000);
        });`);
      assert.ok(controlled, 'the service worker controls the page');
      await own.close();
      // A navigation, not WebDriver's refresh: geckodriver's refresh
      // bypasses the service worker as a shift-reload does.
      await s.driver.get(`${own.url}?weight=7.2`);
      await s.one('#zg-root[data-zg-ready]', 20_000);
      await s.waitText(NDC, '71894-129-05');
      await s.type(WEIGHT, '21');
      await s.waitText(NDC, '71894-156-14');
      // Leave no controlled origin behind for the next test.
      await s.driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))).then(() => done(), () => done());`);
    });

    it('embeds two independent instances in shadow roots, with events and a handle', async () => {
      s.host = null;
      await s.driver.get(`${server.url}examples/portal/`);
      await s.one('#widget-a[data-zg-ready]', 20_000);
      await s.one('#widget-b[data-zg-ready]');
      await watchErrors(s);
      const shadow = await s.driver.executeScript(
        'return ["#widget-a", "#widget-b"].map((h) => document.querySelector(h).shadowRoot?.mode ?? null)',
      );
      assert.deepEqual(shadow, ['open', 'open']);
      s.host = '#widget-b';
      assert.equal((await s.all('.zg-code-value')).length, 12);
      assert.deepEqual(await s.all(WEIGHT), [], 'widget B has no kit panel');
      await s.type(SEARCH, 'werdnig');
      await s.waitText('.zg-count', /^1 code$/);
      s.host = '#widget-a';
      assert.equal((await s.all('.zg-code-value')).length, 12, 'searching B left A alone');
      await s.type(WEIGHT, '7.2');
      await s.waitText(NDC, '71894-129-05');
      const kit = await s.until('a kit-resolved event', () =>
        s.driver.executeScript(
          'return window.portalEvents.filter((e) => e.type === "zolgensma:kit-resolved" && e.source === "widget-a").pop()',
        ),
      );
      assert.equal(kit.detail.ndc10, '71894-129-05');
      assert.equal(kit.detail.claim, 'N471894012905 UN1');
      assert.ok(!JSON.stringify(kit).includes('7.2'), 'no event carries the weight');
      // The handle drives the widget.
      await s.driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        window.portalWidget.then((h) => { h.setWeight('15', 'lb'); done(); });`);
      await s.waitText(NDC, '71894-128-05');
      const checked = await s.run('return root.querySelector("input[type=radio][value=lb]").checked');
      assert.equal(checked, true);
      const ids = await s.driver.executeScript(
        'return ["#widget-a", "#widget-b"].map((h) => [...document.querySelector(h).shadowRoot.querySelectorAll("[id]")].map((e) => e.id))',
      );
      // Each shadow root holds the build's ids, each once.
      for (const list of ids) assert.deepEqual(list.filter((id, i) => list.indexOf(id) !== i), [], 'ids are unique within an instance');
      assert.deepEqual(await s.driver.executeScript('return window.cspViolations'), []);
      assert.deepEqual(await pageErrors(s), []);
      s.host = null;
    });

    it('looks the same inside the shadow root next to a hostile stylesheet', async () => {
      const probe = async () => {
        s.host = '#widget-a';
        await s.type(WEIGHT, '3.04');
        await s.waitText(NDC, '71894-121-03');
        return s.run(`
          // Widths and heights follow the space the host gives (text wraps);
          // controls keep their own height.
          const props = ['font-size', 'font-family', 'color', 'display', 'visibility', 'background-color', 'line-height', 'text-align', 'padding-top', 'margin-top', 'border-top-width', 'font-weight'];
          const sized = ['input[id$=-weight]', '.zg-copy', '.zg-unit'];
          return Object.fromEntries(['.zg-widget', 'input[id$=-weight]', '.zg-table', '.zg-table th', '.zg-table td', '.zg-copy', '.zg-ndc-value', '.zg-boxed', '.zg-unit', 'h2', 'p'].map((sel) => {
            const style = getComputedStyle(root.querySelector(sel));
            const all = sized.includes(sel) ? [...props, 'height'] : props;
            return [sel, Object.fromEntries(all.map((p) => [p, style.getPropertyValue(p)]))];
          }));`);
      };
      s.host = null;
      await s.driver.get(`${server.url}examples/portal/`);
      await s.one('#widget-a[data-zg-ready]', 20_000);
      const clean = await probe();
      s.host = null;
      await s.driver.get(`${server.url}examples/portal/?hostile`);
      await s.one('#widget-a[data-zg-ready]', 20_000);
      await s.until('the hostile sheet', () => s.driver.executeScript('return getComputedStyle(document.body).fontSize === "40px"'));
      assert.deepEqual(await probe(), clean);
      assert.ok(await s.run('return root.querySelector(".zg-table").getBoundingClientRect().height > 0'), 'the table still shows');
      s.host = null;
    });
  });
}

/** The copy button of the claim NDC string. */
async function claimButton(s) {
  for (const b of await s.all('.zg-copy')) {
    if ((await b.getAttribute('textContent')).includes('claim NDC string')) return b;
  }
  throw new Error('no copy button for the claim NDC string');
}

/** Clicks the claim string's copy button: 'done' or 'failed'. */
async function copyClaim(s) {
  const button = await claimButton(s);
  // Clear the previous outcome first, so a repeated copy is seen anew.
  await s.until('the button to reset', async () => !/zg-copy--(done|failed)/.test(await button.getAttribute('class')), 3000).catch(() => {});
  await s.click(button);
  const outcome = await s.until('the copy to finish', async () => (await button.getAttribute('class')).match(/zg-copy--(done|failed)/)?.[1]);
  return outcome;
}

/** Pastes the clipboard into `selector` with the keyboard; false when the
 *  engine under automation does not paste (the copy itself is still checked
 *  through the widget's own confirmation). */
async function pasteInto(s, selector) {
  const field = await s.type(selector, '');
  await field.sendKeys(Key.chord(Key.CONTROL, 'v'));
  await new Promise((r) => setTimeout(r, 200));
  return (await field.getAttribute('value')) !== '';
}
