// Benchmark of the release build (`make bench`): prints figures, asserts
// nothing. Sizes of what the static page and the embed need to become interactive,
// start-up to the ready marker, input-to-render latency and memory, in
// Debian's chromium with the CPU throttled 4x through the DevTools protocol.
import { embedFiles, sizes } from './sizes.mjs';
import { launch, DESKTOP, PHONE } from './browser.mjs';
import { closeAll, serve } from './server.mjs';

const RUNS = Number(process.env.ZG_BENCH_RUNS ?? 15);
const INPUTS = Number(process.env.ZG_BENCH_INPUTS ?? 200);
const THROTTLE = 4;

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(2);

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, min: s[0], median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

function table(title, rows, format) {
  console.log(`\n${title}`);
  console.log('| what | n | min | median | p95 | max |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, s] of rows) console.log(`| ${name} | ${s.n} | ${format(s.min)} | ${format(s.median)} | ${format(s.p95)} | ${format(s.max)} |`);
}

// Captures the wasm memory and the ready time before any page script runs.
const INIT = () => {
  const original = WebAssembly.instantiateStreaming;
  const keep = (result) => {
    window.__zgMemory = (result.instance ?? result).exports.memory;
    return result;
  };
  WebAssembly.instantiateStreaming = (...args) => original(...args).then(keep);
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
  // Content visible: the first contentful paint. The static page's HTML is
  // the whole reference, so this is when a person can read it.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__zgVisible = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver((_, observer) => {
    const ready = document.querySelector('[data-zg-ready]');
    if (ready) {
      window.__zgReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-zg-ready'] });
};

async function throttled(browser, device = DESKTOP) {
  const context = await browser.newContext(device);
  await context.addInitScript(INIT);
  await context.addInitScript(SHOWN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { context, page, cdp };
}

async function startup(browser, url, device = DESKTOP) {
  const visible = [];
  const ready = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttled(browser, device);
    await page.goto(url);
    await page.waitForFunction(() => window.__zgReady !== undefined && window.__zgVisible !== undefined, null, { timeout: 60_000 });
    const [v, r] = await page.evaluate(() => [window.__zgVisible, window.__zgReady]);
    visible.push(v);
    ready.push(r);
    await context.close();
  }
  return { visible: stats(visible), ready: stats(ready) };
}

/** What the widget shows after each value: the kit's NDC, the error, or
 *  the search count (read after each input has fully settled). */
async function outcomes(page, selector, values) {
  return page.evaluate(
    async ([selector, values]) => {
      const root = document.querySelector('#zg-root');
      const input = root.querySelector(selector);
      const seen = [];
      for (const value of values) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        seen.push(window.__zgShown(root));
      }
      return seen;
    },
    [selector, values],
  );
}

const SHOWN = () => {
  window.__zgShown = (root) =>
    [
      root.querySelector('[data-testid=kit-ndc]')?.textContent ?? 'no kit',
      root.querySelector('.zg-form .zg-error:not([hidden])')?.textContent ?? '',
      root.querySelector('.zg-count')?.textContent ?? '',
      [...root.querySelectorAll('.zg-code-chip:not([hidden]) .zg-code-value')].map((e) => e.textContent).join(','),
    ].join('|');
};

/**
 * Input latency, two ways, over `values`:
 * - script: from the input event to the DOM showing this input's result.
 *   The widget updates inside the input event's handler; the loop then
 *   yields only to microtasks (no frame can run in between) until the DOM
 *   matches what `outcomes` recorded for this value.
 * - frame: from the input event to the end of the next rendered frame
 *   (requestAnimationFrame, then a task after it): what a person sees,
 *   including the browser's style, layout and paint and the wait for the
 *   frame.
 */
async function latency(page, selector, values) {
  const expected = await outcomes(page, selector, values);
  return page.evaluate(
    async ([selector, values, expected]) => {
      const root = document.querySelector('#zg-root');
      const input = root.querySelector(selector);
      const channel = new MessageChannel();
      const task = () =>
        new Promise((r) => {
          channel.port1.onmessage = () => r();
          channel.port2.postMessage(0);
        });
      const script = [];
      const frame = [];
      for (let i = 0; i < values.length; i++) {
        // Settle first, so each input starts from a quiet page.
        await task();
        await new Promise((r) => requestAnimationFrame(() => r()));
        await task();
        const t0 = performance.now();
        const painted = new Promise((r) => requestAnimationFrame(() => task().then(r)));
        input.value = values[i];
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // At least one hop, so that work the widget queued as a microtask
        // would be measured too.
        let hops = 0;
        do {
          if (++hops > 10000) throw new Error(`never showed ${expected[i]} for ${values[i]}`);
          await Promise.resolve();
        } while (window.__zgShown(root) !== expected[i]);
        script.push(performance.now() - t0);
        await painted;
        frame.push(performance.now() - t0);
      }
      return { script, frame };
    },
    [selector, values, expected],
  );
}

async function memory(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__zgMemory?.buffer.byteLength ?? 0);
  return { js: usedSize, wasm };
}

// ZG_BENCH_EXAMPLES: another build's own portal example (an older checkout).
const server = await serve(process.env.ZG_BENCH_DIST ?? 'dist', { mounts: { 'examples/': process.env.ZG_BENCH_EXAMPLES ?? 'examples' } });
const browser = await launch();
try {
  const dist = process.env.ZG_BENCH_DIST ?? 'dist';
  for (const [title, list] of [
    ['First load of the static page (everything it needs to become interactive)', sizes(dist)],
    ['First load of the embedded widget (what a portal loads besides its own page)', sizes(dist, embedFiles)],
  ]) {
    const files = await list;
    console.log(`\n${title}`);
    console.log('| file | raw KB | gzip KB | brotli KB |');
    console.log('|---|---|---|---|');
    for (const f of files) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
    const total = (k) => files.reduce((sum, f) => sum + f[k], 0);
    console.log(`| **total** | ${kb(total('raw'))} | ${kb(total('gzip'))} | ${kb(total('brotli'))} |`);
  }

  const page1 = await startup(browser, server.url);
  const phone = await startup(browser, server.url, PHONE);
  const page2 = await startup(browser, `${server.url}examples/portal/`);
  table(`Navigation start to content visible (first contentful paint) and to interactive (ready marker), CPU ${THROTTLE}x slower (ms)`, [
    ['static page, content visible', page1.visible],
    ['static page, interactive', page1.ready],
    ['static page on a 360 px phone, content visible', phone.visible],
    ['static page on a 360 px phone, interactive', phone.ready],
    ['portal, its own content visible', page2.visible],
    ['portal, widget shown and interactive', page2.ready],
  ], ms);

  const { context, page, cdp } = await throttled(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__zgReady !== undefined, null, { timeout: 60_000 });
  const afterLoad = await memory(page, cdp);
  const weights = Array.from({ length: INPUTS }, (_, i) => ['3.04', '7.2', '15 lb', '3040 g', '30'][i % 5]);
  const weight = await latency(page, 'input[id$=-weight]', weights);
  const queries = Array.from({ length: INPUTS }, (_, i) => ['g', 'g1', 'g12', 'g12.', 'g12.1', '9', '99', '992', 'werdnig', ''][i % 10]);
  const search = await latency(page, 'input[type=search]', queries);
  table(`Input latency, CPU ${THROTTLE}x slower (ms): script = input event to DOM updated; frame = to the end of the next painted frame`, [
    ['weight keystroke, script', stats(weight.script)],
    ['weight keystroke, frame', stats(weight.frame)],
    ['code search keystroke, script', stats(search.script)],
    ['code search keystroke, frame', stats(search.frame)],
  ], ms);
  const more = Array.from({ length: 1000 }, (_, i) => (2.6 + (i % 185) / 10).toFixed(1));
  await outcomes(page, 'input[id$=-weight]', more);
  const afterInputs = await memory(page, cdp);
  // 4,000 more: growth that stops after warm-up is not a leak.
  await outcomes(page, 'input[id$=-weight]', [...more, ...more, ...more, ...more]);
  const afterMore = await memory(page, cdp);
  console.log('\nMemory (after garbage collection)');
  console.log('| when | JS heap KB | wasm memory KB | total KB |');
  console.log('|---|---|---|---|');
  for (const [when, m] of [['after load', afterLoad], ['after 1,000 more inputs', afterInputs], ['after 5,000 more inputs', afterMore]]) {
    console.log(`| ${when} | ${kb(m.js)} | ${kb(m.wasm)} | ${kb(m.js + m.wasm)} |`);
  }
  await context.close();
} finally {
  await browser.close();
  await closeAll();
}
