// The static reference page as deployed: any sub-path, clean updates
// (one whole build at a time), deep links and a copied link, integrity.
// Offline after the first visit is an engine flow (engines/flows.test.mjs).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { allowOwnFile, DESKTOP } from './browser.mjs';
import { serve } from './server.mjs';
import { assetTags, QUIET_MS, watchErrors } from './helpers.mjs';
import { writeServiceWorker } from '../scripts/build/service-worker.mjs';
import { suite } from './suite.mjs';

const s = suite({ serveDist: false });

async function copyOfDist() {
  const dir = await s.temp('zg-dist-');
  await cp('dist', dir, { recursive: true });
  return dir;
}

const weight = (page) => page.getByLabel('Patient weight', { exact: true });
const kit = (page, ndc) => page.getByTestId('kit-ndc').filter({ hasText: ndc }).waitFor();

/** Polls an async predicate in the page (waitForFunction does not await). */
async function until(page, predicate, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate}`);
    await page.waitForTimeout(100);
  }
}

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe('static page', () => {
  it('works from a sub-path, every request answered', async () => {
    const server = await serve('dist', { prefix: '/some/sub/path/' });
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(server.url);
    await weight(page).fill('3.04');
    await kit(page, '71894-121-03');
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, server.url);
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
    assert.ok(server.requests.every((p) => p.startsWith('/some/sub/path/')), server.requests.join('\n'));
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(manifest.start_url, './');
    for (const icon of manifest.icons) {
      assert.equal(await page.evaluate(async (src) => (await fetch(src)).status, icon.src), 200, icon.src);
    }
    await context.close();
    await server.close();
  });

  it('updates cleanly to a new build: one whole build at a time', async () => {
    const v1 = await copyOfDist();
    const server = await serve(v1);
    const context = await s.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
    await controlled(page);
    await until(page, async () => (await caches.keys()).length === 1);
    const [v1Cache] = await page.evaluate(async () => caches.keys());

    // Build 2: a changed initializer under a new content hash.
    const v2 = await copyOfDist();
    const oldBoot = (await readdir(v2)).find((n) => /^boot-[0-9a-f]{13,16}\.js$/.test(n));
    const boot = (await readFile(join(v2, oldBoot), 'utf8')) + '\n// build 2\n';
    const newBoot = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
    await writeFile(join(v2, oldBoot), boot);
    await rename(join(v2, oldBoot), join(v2, newBoot));
    allowOwnFile(newBoot);
    const sri = 'sha384-' + createHash('sha384').update(boot).digest('base64');
    let html = await readFile(join(v2, 'index.html'), 'utf8');
    const script = assetTags(html).find((t) => t.attrs.src === `./${oldBoot}`);
    assert.ok(script?.attrs.integrity, 'the initializer carries integrity');
    html = html.replace(script.text, script.text.replace(oldBoot, newBoot).replace(script.attrs.integrity, sri));
    await writeFile(join(v2, 'index.html'), html);
    await writeServiceWorker(v2);
    server.setRoot(v2);

    // Online, the page is build 2 at once (network first); the browser then
    // checks sw.js, as it does after navigations, and build 2 takes over.
    const scripts = () => page.evaluate(() => [...document.scripts].map((s) => s.src).join(' '));
    await page.reload();
    assert.ok((await scripts()).includes(newBoot));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await until(
      page,
      async (old) => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0] !== old;
      },
      v1Cache,
    );
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      return (await (await cache.match('./')).text()).match(/boot-[0-9a-f]+\.js/)[0];
    });
    assert.equal(cached, newBoot, 'the offline copy is build 2 throughout');
    await server.close();
    await page.reload();
    await weight(page).fill('3.04');
    await kit(page, '71894-121-03');
    const ran = await scripts();
    assert.ok(ran.includes(newBoot) && !ran.includes(oldBoot), ran);
    await context.close();
  });

  it('opens deep links, never writes the weight into the URL, and copies a link on request', async () => {
    const server = await serve('dist');
    const context = await s.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}?weight=7.2&unit=kg#codes`);
    await kit(page, '71894-129-05');
    const top = await page.locator('#codes').evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `#codes is at the top of the viewport (${top})`);
    const opened = page.url();
    const length = await page.evaluate(() => history.length);
    await weight(page).fill('3.04');
    await kit(page, '71894-121-03');
    await page.locator('label.zg-unit', { hasText: /^lb$/ }).click();
    await page.waitForTimeout(QUIET_MS);
    assert.equal(page.url(), opened, 'typing writes nothing into the URL');
    assert.equal(await page.evaluate(() => history.length), length, 'typing added no history entries');
    // A link to this kit, on request.
    await weight(page).fill('3.04');
    await page.locator('label.zg-unit', { hasText: /^kg$/ }).click();
    await kit(page, '71894-121-03');
    await page.getByRole('button', { name: 'Copy link to this kit' }).click();
    await page.getByRole('button', { name: 'Copied ✓' }).first().waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${server.url}?weight=3.04&unit=kg`);
    assert.equal(page.url(), opened);
    // The link opens the kit.
    await page.goto(link);
    await kit(page, '71894-121-03');
    // A link's text is only ever text.
    await page.goto(`${server.url}?weight=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.locator('.zg-form .zg-error').waitFor();
    assert.equal(await page.locator('img').count(), 0);
    await context.close();
    await server.close();
  });

  it('carries integrity on every asset, and stays the full reference if the wasm is tampered with', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const all = assetTags(html).filter((t) => /^\.\/.+\.(js|css|wasm|svg)$/.test(t.attrs.src ?? t.attrs.href ?? ''));
    // The icon carries none: integrity is for scripts and stylesheets, and
    // invalid on an icon link (the Nu Html Checker).
    const icon = all.filter((t) => t.attrs.rel === 'icon');
    assert.equal(icon.length, 1);
    assert.equal(icon[0].attrs.integrity, undefined);
    const tags = all.filter((t) => t.attrs.rel !== 'icon');
    assert.ok(tags.length >= 2, `the initializer and the JS it imports: ${tags.map((t) => t.text)}`);
    for (const tag of tags) assert.match(tag.attrs.integrity ?? '', /^sha384-/, tag.text);
    // The initializer fetches the wasm with integrity.
    const boot = tags.map((t) => t.attrs.src).find((src) => /^\.\/boot-[0-9a-f]+\.js$/.test(src ?? '')).slice(2);
    assert.match(await readFile(join('dist', boot), 'utf8'), /integrity: 'sha384-/);
    // The one inline stylesheet is allowed by its hash, and nothing else is.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1);
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    const styleSrc = policy.split(';').find((d) => d.trim().startsWith('style-src')).trim();
    assert.equal(styleSrc, `style-src 'self' 'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`);
    assert.ok(!policy.includes('unsafe-inline'), policy);

    const broken = await copyOfDist();
    const wasm = (await readdir(broken)).find((n) => /^zolgensma-reference-[0-9a-f]+_bg\.wasm$/.test(n));
    const bytes = await readFile(join(broken, wasm));
    bytes[bytes.length - 1] ^= 0xff;
    await writeFile(join(broken, wasm), bytes);
    await rm(join(broken, 'sw.js'));
    const server = await serve(broken);
    const context = await s.browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForTimeout(QUIET_MS);
    // The tampered wasm never ran: the page is the build-time reference,
    // and the parts that need the wasm say so.
    assert.equal(await page.locator('#zg-root[data-zg-ready]').count(), 0, 'the tampered wasm never ran');
    assert.equal(await page.locator('.zg-table tbody tr').count(), 37);
    const text = await page.locator('#zg-root').innerText();
    for (const phone of ['866-263-8464', '1-833-828-3947']) assert.ok(text.includes(phone), phone);
    assert.match(text, /Cases of acute liver failure with fatal outcomes have been reported/);
    const notes = await page.locator('.zg-needs-js:visible').allInnerTexts();
    assert.equal(notes.length, 2, notes.join('\n'));
    assert.match(notes[0], /^The kit finder needs JavaScript and WebAssembly to run/);
    await weight(page).fill('3.04');
    await page.waitForTimeout(QUIET_MS);
    assert.equal(await page.getByTestId('kit-ndc').count(), 0, 'no kit without the wasm');
    assert.equal(await page.locator('#zg-fallback').isVisible(), false, 'no crash, so no crash fallback');
    await context.close();
    await server.close();
  });
});
