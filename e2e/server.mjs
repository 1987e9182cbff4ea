// A minimal static file server for the tests: 127.0.0.1 only, a random
// port, optional sub-path prefix, and it stops by itself after `maxMs`.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const open = new Set();

/** Closes every server still open (for `after` hooks, also after failures). */
export async function closeAll() {
  await Promise.all([...open].map((s) => s.close()));
}

/**
 * Serves `root` under `prefix` (default "/"); `mounts` maps further URL
 * prefixes (under `prefix`) to directories, e.g. { 'examples/': 'examples' }.
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve(root, { prefix = '/', mounts = {}, headers = {}, brotli = false, maxMs = 15 * 60 * 1000 } = {}) {
  // `brotli`: bodies compressed as a CDN serves them (when the browser
  // accepts it), for measurements that count the bytes on the wire.
  const compressed = new Map();
  const roots = Object.entries(mounts).map(([p, dir]) => [p, resolve(dir)]);
  const state = { root: resolve(root) };
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under ' + prefix);
      return;
    }
    let rel = path.slice(prefix.length);
    let base = state.root;
    for (const [p, dir] of roots) {
      if (rel.startsWith(p)) {
        rel = rel.slice(p.length);
        base = dir;
      }
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const encoded = brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      if (encoded) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = compressed.get(file);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(encoded ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const timer = setTimeout(() => server.close(), maxMs);
  timer.unref();
  const { port } = server.address();
  const handle = {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    /** Serves another directory from now on (a new deployment). */
    setRoot: (dir) => {
      state.root = resolve(dir);
    },
    close: () =>
      new Promise((ok) => {
        open.delete(handle);
        clearTimeout(timer);
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
  open.add(handle);
  return handle;
}
