// Starts a W3C WebDriver session in one of three engines, from Debian's
// packages (and geckodriver from crates.io), driven by selenium-webdriver.
// Nothing is downloaded: each driver is started here on 127.0.0.1 and the
// client only connects to it (`usingServer`), so Selenium Manager never runs.
//
// A missing driver or browser is an error, never a skip: the engine tiers are
// part of the test command, and a machine that cannot run them must fail.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser.mjs';

const CARGO_BIN = join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '/root', '.cargo'), 'bin');

/** How to start each engine. `display`: needs an X server (no headless mode
 *  that works under automation here: WebKitGTK hangs with --headless). */
export const ENGINES = {
  webkit: {
    label: 'WebKitGTK (MiniBrowser)',
    driver: '/usr/bin/WebKitWebDriver',
    browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    display: true,
    args: (port) => [`--port=${port}`, '--host=local'],
    capabilities: (browser) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    }),
  },
  firefox: {
    label: 'Firefox ESR',
    driver: join(CARGO_BIN, 'geckodriver'),
    browser: '/usr/bin/firefox-esr',
    display: false,
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: (browser) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: browser,
        args: ['-headless'],
        // Keep Firefox off the network it cannot reach.
        prefs: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
          'extensions.update.enabled': false,
          'services.settings.server': 'http://127.0.0.1:1/',
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  },
  chromium: {
    label: 'Chromium',
    driver: '/usr/bin/chromedriver',
    browser: CHROMIUM,
    display: false,
    args: (port) => [`--port=${port}`, '--allowed-ips=127.0.0.1'],
    capabilities: (browser) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: browser,
        args: ['--headless=new', ...CHROMIUM_ARGS],
      },
    }),
  },
};

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitFor(what, check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${what} did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function start(command, args, env, log) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  child.on('error', (e) => log.push(`spawn error: ${e.message}`));
  return child;
}

/** A private X server on a free display number, for engines that need one. */
async function startXvfb(log) {
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('Xvfb is missing: run scripts/setup.sh (apt package xvfb)');
  for (let display = 90 + (process.pid % 100); display < 400; display++) {
    if (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) continue;
    const xvfb = start('/usr/bin/Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, log);
    try {
      await waitFor('Xvfb', () => existsSync(`/tmp/.X11-unix/X${display}`), 10_000);
      return { xvfb, display: `:${display}` };
    } catch (e) {
      xvfb.kill('SIGKILL');
      throw e;
    }
  }
  throw new Error('no free X display');
}

/**
 * Starts `name`'s driver on 127.0.0.1 (and an X server if it needs one),
 * without a session: `url` is the driver's address, `stop()` ends it all.
 * `overrides` replaces fields of the engine's entry (the tests use it to
 * prove that a missing driver fails).
 */
export async function startDriver(name, overrides = {}) {
  if (!ENGINES[name]) throw new Error(`unknown engine ${name}`);
  const engine = { ...ENGINES[name], ...overrides };
  for (const file of [engine.driver, engine.browser]) {
    if (!existsSync(file)) throw new Error(`${engine.label}: ${file} is missing: run scripts/setup.sh`);
  }
  const log = [];
  const children = [];
  const profile = mkdtempSync(join(tmpdir(), `zg-${name}-`));
  const env = { ...process.env, HOME: profile, TMPDIR: profile };
  const stop = () => {
    for (const c of children.reverse()) c.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    if (engine.display) {
      const { xvfb, display } = await startXvfb(log);
      children.push(xvfb);
      env.DISPLAY = display;
    }
    const port = await freePort();
    children.push(start(engine.driver, engine.args(port), env, log));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${engine.label} driver`, async () => (await fetch(`${url}/status`)).ok, 20_000);
    return { engine, url, log, stop };
  } catch (e) {
    stop();
    throw new Error(`${engine.label} could not start: ${e.message}\n${log.join('').slice(-2000)}`);
  }
}

/** Starts `name`'s driver and opens a session in its browser: the selenium
 *  driver, the browser's version and a `stop()` that ends all of it. */
export async function openEngine(name, overrides = {}) {
  const { engine, url, log, stop } = await startDriver(name, overrides);
  let driver;
  try {
    driver = await new Builder().usingServer(url).withCapabilities(engine.capabilities(engine.browser)).build();
    const version = (await driver.getCapabilities()).get('browserVersion');
    const end = async () => {
      try {
        await driver.quit();
      } catch {
        // the session may already be gone
      }
      stop();
    };
    return { driver, label: engine.label, version, stop: end, log };
  } catch (e) {
    stop();
    throw new Error(`${engine.label} could not open a session: ${e.message}\n${log.join('').slice(-2000)}`);
  }
}
