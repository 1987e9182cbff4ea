// Shared pieces of the end-to-end tests.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
/** axe-core's source, evaluated through DevTools (or WebDriver) so the
 *  page's strict CSP (no inline script) need not be loosened for the test. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A delay of the widget, read from its Rust source, so that a test waits
 *  for what the code does and the figure is written once. */
function widgetDelay(file, name) {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const ms = Number(source.match(new RegExp(`const ${name}: u\\d+ = (\\d+);`))?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`no const ${name} in ${file}`);
  return ms;
}

/** How long the widget waits after the last keystroke before it reports
 *  the settled kit and announces the claim check. */
export const SETTLE_MS = widgetDelay('src/ui/kit_state.rs', 'SETTLE_MS');

/** An absence check's window (no request, event, URL change or kit): twice
 *  the longest delay the widget has, so that anything it would do is in. */
export const QUIET_MS = 2 * SETTLE_MS;

/** WCAG 2.2 A and AA rules (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page and fails with a readable list of violations. */
export async function assertNoAxeViolations(page, label, context = undefined) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(
    async ([tags, ctx]) => {
      const r = await window.axe.run(ctx ?? document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    },
    [WCAG_TAGS, context],
  );
  assert.deepEqual(result, [], `${label}: axe violations\n${JSON.stringify(result, null, 2)}`);
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  return errors;
}

/** The page's horizontal overflow in CSS px (0 when nothing sticks out). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The `<script>` and `<link>` tags of an HTML text with their attributes,
 *  quoted or not (release builds are minified): `[{ text, attrs }]`. */
export function assetTags(html) {
  return [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map(([text]) => {
    const attrs = {};
    for (const [, name, dq, sq, bare] of text.matchAll(/\s([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[name] = dq ?? sq ?? bare ?? '';
    }
    return { text, attrs };
  });
}
