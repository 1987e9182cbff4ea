// The embed's mount lifecycle as frameworks drive it: React's StrictMode
// double effect (mount, clean-up, mount) with an AbortSignal and with a
// handle, abort before and after the widget shows, an element moved while
// it mounts, attributes changed while it loads, and random sequences of
// connects, disconnects, moves and attribute changes. Each ends with
// exactly one widget per element, showing the last weight's kit, and no
// error the host did not cause (console, uncaught, unhandled rejection or
// `zolgensma:error`).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP } from './browser.mjs';
import { watchErrors } from './helpers.mjs';
import { suite } from './suite.mjs';

const s = suite();

/** A blank page under the portal's CSP with the loader imported, every
 *  `zolgensma:error` recorded, and helpers to read what an element shows. */
async function host() {
  const context = await s.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${s.server.url}examples/portal/blank.html`);
  await page.evaluate(async () => {
    window.zg = await import('../../zolgensma-widget.js');
    window.errorEvents = [];
    document.addEventListener('zolgensma:error', (e) => window.errorEvents.push(e.detail.message));
    /** What `element` shows: its widgets and stylesheets, and the kit. */
    window.shows = (element) => {
      const root = element.shadowRoot;
      return {
        widgets: root?.querySelectorAll('.zg-widget').length ?? 0,
        containers: root?.querySelectorAll('.zg-host').length ?? 0,
        stylesheets: root?.adoptedStyleSheets.length ?? 0,
        ready: element.hasAttribute('data-zg-ready'),
        ndc: root?.querySelector('[data-testid=kit-ndc]')?.textContent ?? null,
      };
    };
    /** Waits until `element` shows a kit (or `ms` passed). */
    window.settled = async (element, ms = 5000) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        if (window.shows(element).ndc) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // Anything still pending would show by now: a few frames more.
      await new Promise((r) => setTimeout(r, 100));
      return window.shows(element);
    };
  });
  return { context, page, errors };
}

/** The NDC of the kit for `weight` kg, by the widget's own rules. */
const ndcFor = (page, weight) => page.evaluate(async (w) => (await window.zg.resolveKit(w)).ndc10, weight);

const ONE = { widgets: 1, containers: 1, stylesheets: 1, ready: true };

async function done(context, page, errors) {
  assert.deepEqual(await page.evaluate(() => window.errorEvents), [], 'zolgensma:error events');
  assert.deepEqual(errors, [], 'console errors, exceptions, unhandled rejections');
  await context.close();
}

describe('mount lifecycle', () => {
  it("ends with one widget after React StrictMode's double effect, cleaned up with an AbortSignal", async () => {
    const { context, page, errors } = await host();
    for (const when of ['before', 'after']) {
      const result = await page.evaluate(async (when) => {
        const el = document.createElement('div');
        document.body.append(el);
        // Effect, clean-up, effect: what StrictMode runs in development.
        const effect = (weight) => {
          const controller = new AbortController();
          const mounted = window.zg.mount(el, { weight, signal: controller.signal }).catch((e) => {
            if (e.name !== 'AbortError') throw e;
            return 'aborted';
          });
          return { cleanUp: () => controller.abort(), mounted };
        };
        const first = effect('3');
        if (when === 'after') await first.mounted;
        first.cleanUp();
        const second = effect('5');
        const [a, b] = await Promise.all([first.mounted, second.mounted]);
        const shows = await window.settled(el);
        el.remove();
        return { first: a === 'aborted' ? a : a.mounted, second: b.mounted, shows };
      }, when);
      assert.deepEqual(result, {
        first: when === 'before' ? 'aborted' : false,
        second: true,
        shows: { ...ONE, ndc: await ndcFor(page, '5') },
      }, `clean-up ${when} the first mount resolved`);
    }
    await done(context, page, errors);
  });

  it("ends with one widget after React StrictMode's double effect, cleaned up with the handle", async () => {
    const { context, page, errors } = await host();
    const result = await page.evaluate(async () => {
      const el = document.createElement('div');
      document.body.append(el);
      // The usual effect without a signal: unmount the handle when it comes.
      const effect = (weight) => {
        let cancelled = false;
        let handle;
        const mounted = window.zg.mount(el, { weight }).then((h) => {
          if (cancelled) h.unmount();
          else handle = h;
          return h;
        });
        return { cleanUp: () => { cancelled = true; handle?.unmount(); }, mounted };
      };
      const first = effect('3');
      first.cleanUp();
      const second = effect('5');
      const [a, b] = await Promise.all([first.mounted, second.mounted]);
      return { first: a.mounted, second: b.mounted, shows: await window.settled(el) };
    });
    assert.deepEqual(result, { first: false, second: true, shows: { ...ONE, ndc: await ndcFor(page, '5') } });
    await done(context, page, errors);
  });

  it('cancels a pending mount on abort, unmounts a shown one, and lets a new mount start at once', async () => {
    const { context, page, errors } = await host();
    const result = await page.evaluate(async () => {
      const el = document.createElement('div');
      document.body.append(el);
      const early = new AbortController();
      const pending = window.zg.mount(el, { weight: '3', signal: early.signal });
      early.abort();
      const rejected = await pending.then(() => 'resolved', (e) => e.name);
      const cancelled = window.shows(el);
      const late = new AbortController();
      const handle = await window.zg.mount(el, { weight: '4', signal: late.signal });
      const before = await window.settled(el);
      late.abort();
      const unmounted = { mounted: handle.mounted, ...window.shows(el) };
      // An aborted signal refuses at once.
      const refused = await window.zg.mount(el, { signal: late.signal }).then(() => 'resolved', (e) => e.name);
      // unmount(element) cancels a pending mount too: it resolves unmounted.
      const third = window.zg.mount(el, { weight: '6' });
      window.zg.unmount(el);
      const third_ = await third;
      return { rejected, cancelled, before, unmounted, refused, third: third_.mounted, after: window.shows(el) };
    });
    const none = { widgets: 0, containers: 0, stylesheets: 0, ready: false, ndc: null };
    assert.deepEqual(result, {
      rejected: 'AbortError',
      cancelled: none,
      before: { ...ONE, ndc: await ndcFor(page, '4') },
      unmounted: { mounted: false, ...none },
      refused: 'AbortError',
      third: false,
      after: none,
    });
    await done(context, page, errors);
  });

  it('replaces a widget by a later mount: the last options win, the old handle is inert', async () => {
    const { context, page, errors } = await host();
    const result = await page.evaluate(async () => {
      const el = document.createElement('div');
      document.body.append(el);
      const a = await window.zg.mount(el, { weight: '3' });
      const b = await window.zg.mount(el, { weight: '8', panels: ['kit'] });
      a.unmount(); // does nothing to b's widget
      let threw = '';
      try {
        a.setWeight('4');
      } catch (e) {
        threw = e.message;
      }
      return { a: a.mounted, b: b.mounted, threw, shows: await window.settled(el) };
    });
    assert.deepEqual(result, { a: false, b: true, threw: 'the widget is not mounted', shows: { ...ONE, ndc: await ndcFor(page, '8') } });
    await done(context, page, errors);
  });

  it('keeps a custom element moved while it mounts, and applies attributes changed while it loads', async () => {
    const { context, page, errors } = await host();
    const result = await page.evaluate(async () => {
      const [a, b] = [document.createElement('div'), document.createElement('div')];
      document.body.append(a, b);
      const el = document.createElement('zolgensma-reference');
      el.setAttribute('weight', '3');
      a.append(el);
      b.append(el); // moved while mounting
      el.setAttribute('weight', '7.2'); // a framework setting state right after
      el.setAttribute('unit', 'kg');
      const handle = await el.widget;
      const moved = await window.settled(el);
      // Moved again once mounted: still the same widget, still 7.2 kg.
      a.append(el);
      await new Promise((r) => setTimeout(r, 50));
      return { mounted: handle?.mounted, moved, again: window.shows(el), inA: el.parentElement === a };
    });
    const kit = { ...ONE, ndc: await ndcFor(page, '7.2') };
    assert.deepEqual(result, { mounted: true, moved: kit, again: kit, inA: true });
    await done(context, page, errors);
  });

  it('mounts the custom element again with new panels, and unmounts it when removed', async () => {
    const { context, page, errors } = await host();
    const result = await page.evaluate(async () => {
      const el = document.createElement('zolgensma-reference');
      el.setAttribute('weight', '3');
      document.body.append(el);
      await el.widget;
      el.setAttribute('panels', 'kit');
      const handle = await el.widget;
      const kitOnly = { ...(await window.settled(el)), codes: el.shadowRoot.querySelectorAll('.zg-code-value').length };
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return { mounted: handle.mounted, kitOnly, removed: window.shows(el) };
    });
    assert.deepEqual(result, {
      mounted: false,
      kitOnly: { ...ONE, ndc: await ndcFor(page, '3'), codes: 0 },
      removed: { widgets: 0, containers: 0, stylesheets: 0, ready: false, ndc: null },
    });
    await done(context, page, errors);
  });

  it('ends with one widget showing the last weight after 20 random sequences of connects, disconnects, moves and attribute changes', async () => {
    const { context, page, errors } = await host();
    const results = await page.evaluate(async () => {
      // A small seeded generator: the same sequences on every run.
      let seed = 20261203;
      const random = (n) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const weights = ['2.6', '3', '3.04', '4.4', '5', '7.2', '9.9', '12', '15.5', '21'];
      const results = [];
      for (let run = 0; run < 20; run++) {
        const parents = [document.createElement('div'), document.createElement('div')];
        document.body.append(...parents);
        const el = document.createElement('zolgensma-reference');
        let weight = weights[random(weights.length)];
        el.setAttribute('weight', weight);
        const log = [];
        for (let step = 0; step < 12; step++) {
          const action = random(6);
          if (action === 0) {
            parents[random(2)].append(el);
            log.push('connect');
          } else if (action === 1) {
            el.remove();
            log.push('disconnect');
          } else if (action === 2) {
            parents[random(2)].append(el);
            parents[random(2)].append(el);
            log.push('move');
          } else {
            weight = weights[random(weights.length)];
            el.setAttribute('weight', weight);
            log.push(`weight ${weight}`);
          }
          // Sometimes synchronous, sometimes a task, sometimes long enough to load.
          const wait = [0, 0, 1, 30, 120][random(5)];
          if (wait) await new Promise((r) => setTimeout(r, wait));
        }
        parents[random(2)].append(el);
        await el.widget;
        const shows = await window.settled(el);
        const expected = (await window.zg.resolveKit(weight)).ndc10;
        results.push({ run, ok: JSON.stringify(shows) === JSON.stringify({ widgets: 1, containers: 1, stylesheets: 1, ready: true, ndc: expected }), shows, expected, log });
        el.remove();
        parents.forEach((p) => p.remove());
      }
      return results;
    });
    const failed = results.filter((r) => !r.ok);
    assert.deepEqual(failed, [], 'every sequence ends with one widget showing the last weight');
    await done(context, page, errors);
  });
});
