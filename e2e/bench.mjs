// Benchmark of the release build (`make bench`): prints figures, asserts
// nothing, and writes them into MEASUREMENTS.md (between its bench
// markers). Sizes of what the static page and the embed need to become
// interactive; start-up to content visible and to the ready marker, and
// weight keystrokes, each beside the hand-written page
// (e2e/bench/vanilla/) in the same run; code-search latency and memory;
// all in Debian's chromium with the CPU throttled 4x through the DevTools
// protocol. Then Lighthouse (mobile preset: simulated slow 4G, 4x CPU) on
// both pages, served with brotli as a CDN serves them.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { embedFiles, sizes } from './sizes.mjs';
import { CHROMIUM, CHROMIUM_ARGS, launch, DESKTOP, PHONE } from './browser.mjs';
import { closeAll, serve } from './server.mjs';

const RUNS = Number(process.env.ZG_BENCH_RUNS ?? 15);
const LIGHTHOUSE_RUNS = Number(process.env.ZG_BENCH_LIGHTHOUSE_RUNS ?? 5);
const INPUTS = Number(process.env.ZG_BENCH_INPUTS ?? 200);
const THROTTLE = 4;

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(2);

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, min: s[0], median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** Everything printed, for MEASUREMENTS.md. */
const report = [];
function say(line = '') {
  console.log(line);
  report.push(line);
}

function table(title, rows, format) {
  say(`\n${title}\n`);
  say('| what | n | min | median | p95 | max |');
  say('|---|---|---|---|---|---|');
  for (const [name, s] of rows) say(`| ${name} | ${s.n} | ${format(s.min)} | ${format(s.median)} | ${format(s.p95)} | ${format(s.max)} |`);
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
  // The widget's ready marker, or the hand-written page's (`data-ready`).
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-zg-ready], body[data-ready]')) {
      window.__zgReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-zg-ready', 'data-ready'] });
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

/** Start-up of each of `urls`, interleaved run by run (so that the
 *  machine's drift hits all alike): content visible and ready, per URL. */
async function startup(browser, urls, device = DESKTOP) {
  const runs = urls.map(() => ({ visible: [], ready: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [n, url] of urls.entries()) {
      const { context, page } = await throttled(browser, device);
      await page.goto(url);
      await page.waitForFunction(() => window.__zgReady !== undefined && window.__zgVisible !== undefined, null, { timeout: 60_000 });
      const [v, r] = await page.evaluate(() => [window.__zgVisible, window.__zgReady]);
      runs[n].visible.push(v);
      runs[n].ready.push(r);
      await context.close();
    }
  }
  return runs.map((r) => ({ visible: stats(r.visible), ready: stats(r.ready) }));
}

/** What the widget shows after each value: the kit's NDC, the error, or
 *  the search count (read after each input has fully settled). */
async function outcomes(page, selector, values) {
  return page.evaluate(
    async ([selector, values]) => {
      const root = document.querySelector('#zg-root') ?? document.body;
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
  // The hand-written page shows its kit and its count in #r and #n.
  window.__zgShown = (root) =>
    root.id !== 'zg-root'
      ? [root.querySelector('#r')?.textContent, root.querySelector('#n')?.textContent, root.querySelector('#c')?.textContent].join('|')
      : [
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
      const root = document.querySelector('#zg-root') ?? document.body;
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

/** Lighthouse's mobile preset on `url` (simulated slow 4G, 4x CPU), run
 *  `LIGHTHOUSE_RUNS` times: the medians of what it scores. (Run
 *  asynchronously: the servers it measures live in this process.) */
async function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
    const run = await promisify(execFile)(
      'node_modules/.bin/lighthouse',
      [url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance', '--form-factor=mobile', `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const r = JSON.parse(run.stdout);
    const audit = (id) => r.audits[id].numericValue;
    runs.push({
      score: r.categories.performance.score * 100,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      tti: audit('interactive'),
    });
  }
  const median = (k) => stats(runs.map((r) => r[k])).median;
  return Object.fromEntries(['score', 'fcp', 'lcp', 'tbt', 'cls', 'tti'].map((k) => [k, median(k)]));
}

/** `a / b`, as the ratio table writes it. */
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

// ZG_BENCH_DIST: another build (an older checkout's dist/);
// ZG_BENCH_EXAMPLES: that build's own portal example.
const dist = process.env.ZG_BENCH_DIST ?? 'dist';
const server = await serve(dist, { brotli: true, mounts: { 'examples/': process.env.ZG_BENCH_EXAMPLES ?? 'examples' } });
const vanilla = await serve('e2e/bench/vanilla', { brotli: true });
const browser = await launch();
try {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  say(`Measured ${new Date().toISOString().slice(0, 10)} on commit ${commit} (${dist}), on this machine: compare within one run only.`);
  for (const [title, list] of [
    ['First load of the static page (everything it needs to become interactive)', sizes(dist)],
    ['First load of the embedded widget (what a portal loads besides its own page)', sizes(dist, embedFiles)],
  ]) {
    const files = await list;
    say(`\n${title}\n`);
    say('| file | raw KB | gzip KB | brotli KB |');
    say('|---|---|---|---|');
    for (const f of files) say(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
    const total = (k) => files.reduce((sum, f) => sum + f[k], 0);
    say(`| **total** | ${kb(total('raw'))} | ${kb(total('gzip'))} | ${kb(total('brotli'))} |`);
  }

  const [page1, hand1] = await startup(browser, [server.url, vanilla.url]);
  const [phone, hand2] = await startup(browser, [server.url, vanilla.url], PHONE);
  const [portal] = await startup(browser, [`${server.url}examples/portal/`]);
  table(`Navigation start to content visible (first contentful paint) and to interactive (ready marker), CPU ${THROTTLE}x slower (ms)`, [
    ['static page, content visible', page1.visible],
    ['static page, interactive', page1.ready],
    ['hand-written page, content visible', hand1.visible],
    ['hand-written page, interactive', hand1.ready],
    ['static page on a 360 px phone, content visible', phone.visible],
    ['static page on a 360 px phone, interactive', phone.ready],
    ['hand-written page on a 360 px phone, content visible', hand2.visible],
    ['hand-written page on a 360 px phone, interactive', hand2.ready],
    ['portal, its own content visible', portal.visible],
    ['portal, widget interactive', portal.ready],
  ], ms);

  const weights = Array.from({ length: INPUTS }, (_, i) => ['3.04', '7.2', '15 lb', '3040 g', '30'][i % 5]);
  const { context, page, cdp } = await throttled(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__zgReady !== undefined, null, { timeout: 60_000 });
  const afterLoad = await memory(page, cdp);
  const weight = await latency(page, 'input[id$=-weight]', weights);
  const queries = Array.from({ length: INPUTS }, (_, i) => ['g', 'g1', 'g12', 'g12.', 'g12.1', '9', '99', '992', 'werdnig', ''][i % 10]);
  const search = await latency(page, 'input[type=search]', queries);
  const hand = await throttled(browser);
  await hand.page.goto(vanilla.url);
  await hand.page.waitForFunction(() => window.__zgReady !== undefined, null, { timeout: 60_000 });
  const handWeight = await latency(hand.page, '#w', weights);
  await hand.context.close();
  table(`Input latency, CPU ${THROTTLE}x slower (ms): script = input event to DOM updated; frame = to the end of the next painted frame`, [
    ['weight keystroke, script', stats(weight.script)],
    ['weight keystroke, frame', stats(weight.frame)],
    ['hand-written page: weight keystroke, script', stats(handWeight.script)],
    ['hand-written page: weight keystroke, frame', stats(handWeight.frame)],
    ['code search keystroke, script', stats(search.script)],
    ['code search keystroke, frame', stats(search.frame)],
  ], ms);
  const m = (x) => x.median;
  say('\nAgainst the hand-written page, medians of this run (targets: interactive at most 2x, keystroke at most 2x, content visible at most 1.1x)\n');
  say('| what | this widget | hand-written | ratio |');
  say('|---|---|---|---|');
  say(`| content visible, 1280 px | ${ms(m(page1.visible))} | ${ms(m(hand1.visible))} | ${ratio(m(page1.visible), m(hand1.visible))} |`);
  say(`| interactive, 1280 px | ${ms(m(page1.ready))} | ${ms(m(hand1.ready))} | ${ratio(m(page1.ready), m(hand1.ready))} |`);
  say(`| content visible, 360 px phone | ${ms(m(phone.visible))} | ${ms(m(hand2.visible))} | ${ratio(m(phone.visible), m(hand2.visible))} |`);
  say(`| interactive, 360 px phone | ${ms(m(phone.ready))} | ${ms(m(hand2.ready))} | ${ratio(m(phone.ready), m(hand2.ready))} |`);
  say(`| weight keystroke, script | ${ms(m(stats(weight.script)))} | ${ms(m(stats(handWeight.script)))} | ${ratio(m(stats(weight.script)), m(stats(handWeight.script)))} |`);

  const more = Array.from({ length: 1000 }, (_, i) => (2.6 + (i % 185) / 10).toFixed(1));
  await outcomes(page, 'input[id$=-weight]', more);
  const afterInputs = await memory(page, cdp);
  // 4,000 more: growth that stops after warm-up is not a leak.
  await outcomes(page, 'input[id$=-weight]', [...more, ...more, ...more, ...more]);
  const afterMore = await memory(page, cdp);
  say('\nMemory (after garbage collection)\n');
  say('| when | JS heap KB | wasm memory KB | total KB |');
  say('|---|---|---|---|');
  for (const [when, mem] of [['after load', afterLoad], ['after 1,000 more inputs', afterInputs], ['after 5,000 more inputs', afterMore]]) {
    say(`| ${when} | ${kb(mem.js)} | ${kb(mem.wasm)} | ${kb(mem.js + mem.wasm)} |`);
  }
  await context.close();

  if (LIGHTHOUSE_RUNS > 0) {
    const ours = await lighthouse(server.url);
    const theirs = await lighthouse(vanilla.url);
    say(`\nLighthouse ${JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version}, mobile preset (simulated slow 4G, 4x CPU), brotli, median of ${LIGHTHOUSE_RUNS} (targets: performance at least 98, LCP at most 1.2 s, TBT at most 50 ms, CLS 0)\n`);
    say('| what | this widget | hand-written |');
    say('|---|---|---|');
    say(`| performance score | ${ours.score.toFixed(0)} | ${theirs.score.toFixed(0)} |`);
    for (const [name, k] of [['first contentful paint (ms)', 'fcp'], ['largest contentful paint (ms)', 'lcp'], ['total blocking time (ms)', 'tbt'], ['time to interactive (ms)', 'tti']]) {
      say(`| ${name} | ${ours[k].toFixed(0)} | ${theirs[k].toFixed(0)} |`);
    }
    say(`| cumulative layout shift | ${ours.cls.toFixed(3)} | ${theirs.cls.toFixed(3)} |`);
  }

  // The figures go into MEASUREMENTS.md, between its markers.
  const file = 'MEASUREMENTS.md';
  const doc = await readFile(file, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  if (doc.includes(start) && doc.includes(end)) {
    const updated = doc.slice(0, doc.indexOf(start) + start.length) + '\n' + report.join('\n') + '\n' + doc.slice(doc.indexOf(end));
    await writeFile(file, updated);
    console.log(`\n(written into ${file})`);
  }
} finally {
  await browser.close();
  await closeAll();
}
