// Takes screenshots of the release build for people to look at:
// desktop and phone, light and dark, with a result and with an error, and
// the print preview as a PDF. Usage: node e2e/screenshots.mjs [out-dir]
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
      await weight.fill('3.04');
      await page.getByTestId('kit-ndc').waitFor();
      await page.screenshot({ path: `${out}/${name}-${scheme}-result.png`, fullPage: true });
      await weight.fill('30');
      await page.screenshot({ path: `${out}/${name}-${scheme}-error.png` });
      await context.close();
    }
  }
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('Patient weight', { exact: true }).fill('7.2');
  await page.getByTestId('kit-ndc').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${out}/print.pdf`, format: 'Letter', printBackground: true });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
