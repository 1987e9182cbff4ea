// Service worker of the static page (scripts/postbuild.mjs fills in the
// version and the file list of one build).
//
// Content-hashed files are served from the cache first: their names change
// whenever their content does, so a cached copy is never stale. Everything
// else (the page itself, the embed loader, the manifest) goes to the network
// first and falls back to the cache offline. Each build has its own cache,
// filled completely before it takes over and the old one is deleted, so old
// JS never meets new wasm.
const VERSION = '__VERSION__';
const FILES = [/* __FILES__ */];
const CACHE = `zolgensma-reference-${VERSION}`;
// Trunk's hashes are 64-bit hex without leading zeros: 13 to 16 digits.
const HASHED = /-[0-9a-f]{13,16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('zolgensma-reference-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
    return;
  }
  // Only the precache is ever written: an offline page is always one whole
  // build, never a newer page with an older build's files.
  event.respondWith(
    fetch(request).catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((hit) => hit ?? (request.mode === 'navigate' ? caches.match(new URL('./', self.location).href) : undefined))
          .then((hit) => hit ?? Response.error()),
    ),
  );
});
