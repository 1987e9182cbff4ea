// The static page's service worker: sw.js written from assets/sw.js,
// precaching exactly this build's page files (not the embed's).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './files.mjs';
import { EMBED_FILE } from './embed.mjs';

/** Writes sw.js precaching every file of `dir`; its version changes with any file. */
export async function writeServiceWorker(dir) {
  const names = (await readdir(dir)).filter((n) => n !== 'sw.js' && !n.startsWith('.') && !EMBED_FILE.test(n)).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(name);
    hash.update(await readFile(join(dir, name)));
  }
  const version = hash.digest('hex').slice(0, 16);
  const template = await readFile(join(ROOT, 'assets', 'sw.js'), 'utf8');
  const files = ['./', ...names.map((n) => `./${n}`)];
  const sw = template.replace("'__VERSION__'", JSON.stringify(version)).replace('[/* __FILES__ */]', JSON.stringify(files, null, 2));
  await writeFile(join(dir, 'sw.js'), sw);
  return version;
}

