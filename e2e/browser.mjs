// Launches Debian's chromium through playwright-core. Never downloads a
// browser; the flags keep Chromium off the network it cannot reach anyway.
import { chromium } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every request any test made that was not for one of the widget's own
 *  files (dist/) or the example portal's: must stay empty. */
export const foreignRequests = [];
let ownFiles;

/** Declares a file a test made as one of the widget's own (a new build). */
export function allowOwnFile(name) {
  isOwn('http://127.0.0.1/');
  ownFiles.add(name);
}

function isOwn(url) {
  const crashBuild = existsSync('target/dist-test-hooks') ? readdirSync('target/dist-test-hooks') : [];
  ownFiles ??= new Set([...readdirSync('dist'), ...crashBuild, ...readdirSync('examples/portal'), '']);
  const u = new URL(url);
  if (u.protocol !== 'http:' || u.hostname !== '127.0.0.1') return false;
  return ownFiles.has(u.pathname.split('/').pop());
}

export async function launch() {
  const browser = await launchBrowser();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('request', (r) => {
      if (!isOwn(r.url())) foreignRequests.push(r.url());
    });
    return context;
  };
  return browser;
}

/** Chromium's flags for every test: keep it off the network it cannot
 *  reach. Shared with the WebDriver tier (engines/drivers.mjs). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Viewports the tests and screenshots use. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } };
export const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
