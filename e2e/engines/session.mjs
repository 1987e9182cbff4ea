// Small helpers over a selenium-webdriver session, so the engine suite reads
// like the Playwright one. Text is read as `textContent`: engines disagree on
// WebDriver's "visible text" of visually hidden spans.
import { Key } from 'selenium-webdriver';
import { AXE_SOURCE, WCAG_TAGS } from '../helpers.mjs';

export class Session {
  /** @param {import('selenium-webdriver').WebDriver} driver */
  constructor(driver) {
    this.driver = driver;
    /** CSS selector of a shadow host: queries go inside its shadow root. */
    this.host = null;
  }

  /** Polls `check` (async, truthy when done) and fails with `what`. */
  async until(what, check, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Runs a function body in the page with `root` (document or the host's
   *  shadow root) as the first argument. */
  run(body, ...args) {
    const root = this.host
      ? `document.querySelector(${JSON.stringify(this.host)}).shadowRoot`
      : 'document';
    return this.driver.executeScript(`const root = ${root}; return (function(root){ ${body} }).apply(null, [root, ...arguments]);`, ...args);
  }

  /** All elements matching `selector` (inside the shadow root if one is set). */
  all(selector) {
    return this.run('return [...root.querySelectorAll(arguments[1])];', selector);
  }

  /** The first element matching `selector`, waiting for it to exist. */
  one(selector, timeoutMs) {
    return this.until(selector, async () => (await this.all(selector))[0], timeoutMs);
  }

  /** textContent of every match, whitespace collapsed. */
  texts(selector) {
    return this.run(
      'return [...root.querySelectorAll(arguments[1])].map((e) => e.textContent.replace(/\\s+/g, " ").trim());',
      selector,
    );
  }

  /** Waits until some match of `selector` has text matching `pattern`. */
  async waitText(selector, pattern, timeoutMs) {
    const re = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : pattern;
    let seen = [];
    try {
      await this.until(`${selector} ~ ${re}`, async () => (seen = await this.texts(selector)).some((t) => re.test(t)), timeoutMs);
    } catch (e) {
      throw new Error(`${e.message}; saw ${JSON.stringify(seen)}`);
    }
  }

  /** Replaces a text field's content by typing, as a user would. */
  async type(selector, text) {
    const field = await this.one(selector);
    await this.click(field);
    await field.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
    if (text) await field.sendKeys(text);
    return field;
  }

  /** Presses keys on whatever has focus. */
  async press(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /** Clicks the first label/button whose text is exactly `text`. */
  async clickText(selector, text) {
    const el = await this.until(`${selector} "${text}"`, async () => {
      const els = await this.all(selector);
      for (const e of els) {
        if ((await this.driver.executeScript('return arguments[0].textContent.trim()', e)) === text) return e;
      }
      return null;
    });
    await this.click(el);
  }

  /** Clicks an element. Inside a shadow root, through a pointer action at
   *  its centre: WebKitWebDriver's element click hit-tests with the
   *  document's elementFromPoint, which answers the shadow host, and so
   *  refuses every click inside a shadow root as "intercepted". */
  async click(el) {
    if (this.host) {
      await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
      await this.driver.actions().move({ origin: el }).click().perform();
    } else {
      await el.click();
    }
  }

  /** The page's horizontal overflow in CSS px. */
  overflow() {
    return this.driver.executeScript('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
  }

  /** axe-core's WCAG 2.2 A/AA violations in the page (WebDriver scripts are
   *  not subject to the page's CSP). */
  async axe() {
    if (!(await this.driver.executeScript('return typeof window.axe !== "undefined"'))) {
      await this.driver.executeScript(AXE_SOURCE);
    }
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
         .then((r) => done(r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))))
         .catch((e) => done([{ id: 'axe failed', nodes: [String(e)] }]));`,
      WCAG_TAGS,
    );
  }
}
