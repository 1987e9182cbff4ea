// What every browser test file shares: one Chromium, the release build
// served with the example portal beside it, the data file, temporary
// folders removed at the end, and the end-of-file check that nothing but
// the widget's own files was requested.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foreignRequests, launch } from './browser.mjs';
import { closeAll, serve } from './server.mjs';

/**
 * Registers the file's `before` and `after` hooks and returns what they
 * fill in: `browser`, `server` (dist/ with examples/ mounted; none when
 * `serveDist` is false), `data` (data/zolgensma.json) and `temp(prefix)`
 * for a temporary folder removed after the file's tests.
 */
export function suite({ serveDist = true } = {}) {
  const temps = [];
  const s = {
    browser: undefined,
    server: undefined,
    data: undefined,
    async temp(prefix) {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      temps.push(dir);
      return dir;
    },
  };
  before(async () => {
    s.browser = await launch();
    if (serveDist) s.server = await serve('dist', { mounts: { 'examples/': 'examples' } });
    s.data = JSON.parse(await readFile('data/zolgensma.json', 'utf8'));
  });
  after(async () => {
    await s.browser?.close();
    await closeAll();
    await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
    assert.deepEqual(foreignRequests, [], "requests for anything but the widget's own files");
  });
  return s;
}
