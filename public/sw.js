// The service worker: offline use after the first visit.
//
// This file is a template. After each build, the `prerender` step fills
// in VERSION (a hash of every emitted file) and PRECACHE (every emitted
// file's URL), so the list can never go stale and any change to the app
// makes a new worker.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const PREFIX = "ms-your-spine-";
const CACHE = PREFIX + VERSION;

// Install: fetch and keep every file, so the very first offline launch
// works. The new worker then waits: the page asks the user before it
// takes over (see src/pwa.rs).
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)),
  );
});

// Activate: drop older versions' caches and take charge of open pages.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// The page's "reload" button: this waiting worker takes over now.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

// Pages and files come from this version's cache first, so what runs
// always matches one build; anything not cached goes to the network.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === "navigate") {
        const path = url.pathname.endsWith("/")
          ? url.pathname
          : url.pathname + "/";
        const page =
          (await cache.match(path)) ?? (await cache.match(url.pathname));
        if (page) return page;
        try {
          return await fetch(request);
        } catch {
          // Offline at an address we do not know: the not-found page.
          return (await cache.match("/404.html")) ?? Response.error();
        }
      }
      const hit = await cache.match(request, { ignoreSearch: true });
      return hit ?? fetch(request);
    })(),
  );
});
