// Screenshots of the release build in WebKitGTK and Firefox ESR, for people
// to compare with Chromium's (`make screenshots` writes all of them):
// the static page with a result, its code panel, and the example portal.
// Usage: node e2e/engines/screenshots.mjs [out-dir]
import { mkdir, writeFile } from 'node:fs/promises';
import { openEngine } from './drivers.mjs';
import { closeAll, serve } from '../server.mjs';

const out = process.argv[2] ?? 'e2e/artifacts';
await mkdir(out, { recursive: true });
const server = await serve('dist', { mounts: { 'examples/': 'examples' } });
const settle = () => new Promise((r) => setTimeout(r, 1000));
try {
  for (const name of ['webkit', 'firefox']) {
    const engine = await openEngine(name);
    const d = engine.driver;
    const shot = async (what) => writeFile(`${out}/${name}-${what}.png`, await d.takeScreenshot(), 'base64');
    try {
      await d.manage().window().setRect({ width: 1280, height: 1000 });
      await d.get(`${server.url}?weight=3.04`);
      await settle();
      await shot('static');
      await d.executeScript('document.getElementById("codes").scrollIntoView()');
      await settle();
      await shot('codes');
      await d.get(`${server.url}examples/portal/`);
      await settle();
      await shot('portal');
    } finally {
      await engine.stop();
    }
  }
} finally {
  await closeAll();
}
