// Takes screenshots of the release build for people to look at:
// desktop and phone, light and dark, with a result, an error, the claim
// check's findings and the not-covered entry, and the print preview as a PDF. Usage: node e2e/screenshots.mjs [out-dir]
import { mkdir } from 'node:fs/promises';
import { launch, DESKTOP, PHONE } from './browser.mjs';
import { serve } from './server.mjs';

const out = process.argv[2] ?? 'e2e/artifacts';
await mkdir(out, { recursive: true });
const server = await serve('dist');
const browser = await launch();
try {
  for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ ...device, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url);
      const weight = page.getByLabel('Patient weight', { exact: true });
      await page.locator('#zg-root[data-zg-ready]').waitFor();
      await page.screenshot({ path: `${out}/${name}-${scheme}-first-screen.png` });
      await weight.fill('3.04');
      await page.getByTestId('kit-ndc').waitFor();
      await page.screenshot({ path: `${out}/${name}-${scheme}-result-first-screen.png` });
      await page.screenshot({ path: `${out}/${name}-${scheme}-result.png`, fullPage: true });
      await weight.fill('3,040 g');
      await page.locator('.zg-offer').waitFor();
      await page.screenshot({ path: `${out}/${name}-${scheme}-error.png` });
      await page.getByLabel(/^Date of service/).fill('2026-01-15');
      await page.getByLabel('Search codes', { exact: true }).fill('992');
      await page.locator('#codes').screenshot({ path: `${out}/${name}-${scheme}-codes.png` });
      // The claim check with findings of each kind, and the age check's
      // warning that names ITVISMA.
      await weight.fill('7.2');
      await page.getByLabel(/Age in months/).fill('26');
      await page.getByLabel('Check claim lines').fill('LIN**N4*7189412905~\nCTP****5.5*ML~\nSV1*HC:J3399*2125000*UN*2~\nHI*ABK:G12.0~');
      await page.locator('[id$=claim-check-findings] li').first().waitFor();
      await page.locator('.zg-kit-main').screenshot({ path: `${out}/${name}-${scheme}-claim-check.png` });
      // What this reference does not cover, where a person looks for it.
      await page.getByLabel('Search codes', { exact: true }).fill('itvisma');
      await page.getByTestId('not-covered').waitFor();
      await page.locator('#codes').screenshot({ path: `${out}/${name}-${scheme}-not-covered.png` });
      await context.close();
    }
  }
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ ...DESKTOP, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#zg-root[data-zg-ready]').waitFor();
    await page.getByLabel('Patient weight', { exact: true }).fill('7.2');
    await page.getByTestId('kit-ndc').waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    await page.pdf({ path: `${out}/print-${scheme}.pdf`, format: 'Letter', printBackground: true });
    await context.close();
  }
  // The page with JavaScript off: the whole reference, notes on the parts
  // that need the wasm.
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.screenshot({ path: `${out}/desktop-no-javascript.png` });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
