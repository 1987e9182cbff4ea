// Benchmark of the release build (`make bench`): prints figures, asserts
// nothing. Sizes of what the static page needs to become interactive,
// start-up to the ready marker, input-to-render latency and memory, in
// Debian's chromium with the CPU throttled 4x through the DevTools protocol.
import { sizes } from './sizes.mjs';
import { launch, DESKTOP } from './browser.mjs';
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
  new MutationObserver((_, observer) => {
    const ready = document.querySelector('[data-zg-ready]');
    if (ready) {
      window.__zgReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-zg-ready'] });
};

async function throttled(browser) {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { context, page, cdp };
}

async function startup(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttled(browser);
    await page.goto(url);
    await page.waitForFunction(() => window.__zgReady !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__zgReady));
    await context.close();
  }
  return stats(times);
}

/** Time from an input event to the rendered result, measured in the page:
 *  a macrotask after the event has run every microtask Leptos queued. */
async function latency(page, selector, values, rendered) {
  return page.evaluate(
    async ([selector, values, renderedSource]) => {
      const rendered = new Function('root', 'value', `return (${renderedSource})(root, value)`);
      const root = document.querySelector('#zg-root');
      const input = root.querySelector(selector);
      const channel = new MessageChannel();
      const macrotask = () => new Promise((r) => {
        channel.port1.onmessage = () => r();
        channel.port2.postMessage(0);
      });
      const times = [];
      for (const value of values) {
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await macrotask();
        const t1 = performance.now();
        if (!rendered(root, value)) throw new Error(`not rendered for ${value}`);
        times.push(t1 - t0);
      }
      return times;
    },
    [selector, values, rendered.toString()],
  );
}

async function memory(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__zgMemory?.buffer.byteLength ?? 0);
  return { js: usedSize, wasm };
}

const server = await serve('dist', { mounts: { 'examples/': 'examples' } });
const browser = await launch();
try {
  const files = await sizes();
  console.log('\nFirst load of the static page (everything it needs to become interactive)');
  console.log('| file | raw KB | gzip KB | brotli KB |');
  console.log('|---|---|---|---|');
  for (const f of files) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const total = (k) => files.reduce((sum, f) => sum + f[k], 0);
  console.log(`| **total** | ${kb(total('raw'))} | ${kb(total('gzip'))} | ${kb(total('brotli'))} |`);

  const page1 = await startup(browser, server.url);
  const page2 = await startup(browser, `${server.url}examples/portal/`);
  table(`Navigation start to ready marker, CPU ${THROTTLE}x slower (ms)`, [['static page', page1], ['portal, embedded', page2]], ms);

  const { context, page, cdp } = await throttled(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__zgReady !== undefined, null, { timeout: 60_000 });
  const afterLoad = await memory(page, cdp);
  const weights = Array.from({ length: INPUTS }, (_, i) => ['3.04', '7.2', '15 lb', '3040 g', '30'][i % 5]);
  const weightTimes = await latency(page, 'input[id$=-weight]', weights, (root, value) =>
    value === '30' ? root.querySelector('.zg-form .zg-error:not([hidden])') !== null : root.querySelector('[data-testid=kit-ndc]') !== null,
  );
  const queries = Array.from({ length: INPUTS }, (_, i) => ['g', 'g1', 'g12', 'g12.', 'g12.1', '9', '99', '992', 'werdnig', ''][i % 10]);
  const searchTimes = await latency(page, 'input[type=search]', queries, (root) => root.querySelector('.zg-count').textContent.length > 0);
  table(`Input to rendered result, CPU ${THROTTLE}x slower (ms)`, [['weight keystroke', stats(weightTimes)], ['code search keystroke', stats(searchTimes)]], ms);
  const more = Array.from({ length: 1000 }, (_, i) => (2.6 + (i % 185) / 10).toFixed(1));
  await latency(page, 'input[id$=-weight]', more, (root) => root.querySelector('[data-testid=kit-ndc]') !== null);
  const afterInputs = await memory(page, cdp);
  console.log('\nMemory (after garbage collection)');
  console.log('| when | JS heap KB | wasm memory KB | total KB |');
  console.log('|---|---|---|---|');
  for (const [when, m] of [['after load', afterLoad], ['after 1,000 more inputs', afterInputs]]) {
    console.log(`| ${when} | ${kb(m.js)} | ${kb(m.wasm)} | ${kb(m.js + m.wasm)} |`);
  }
  await context.close();
} finally {
  await browser.close();
  await closeAll();
}
