// The service worker: offline use after the first visit.
//
// This file is a template. After each build, the `prerender` step fills
// in VERSION (a hash of every emitted file) and PRECACHE (every emitted
// file's URL with a revision: a hash of its bytes, or "" for files whose
// name already carries one), so the list can never go stale and any
// change to the app makes a new worker.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const PREFIX = "ms-your-spine-";
const CACHE = PREFIX + VERSION;
// Where each cache notes the revisions it holds (never a real file).
const REVISIONS = "/__sw-revisions__";

// Install: keep every file, so the very first offline launch works. An
// update costs only what changed: a file whose revision matches the one
// an older cache holds is copied from there, not downloaded again. The
// new worker then waits: the page asks the user before it takes over
// (see src/pwa.rs).
self.addEventListener("install", (event) => {
  event.waitUntil(fill());
});

async function fill() {
  const cache = await caches.open(CACHE);
  const held = await heldElsewhere();
  const missing = [];
  for (const [url, revision] of PRECACHE) {
    const copy = await held(url, revision);
    if (copy) {
      await cache.put(url, copy);
    } else {
      missing.push(url);
    }
  }
  await cache.addAll(missing);
  // Written last: a cache without it was never completely filled.
  await cache.put(REVISIONS, new Response(JSON.stringify(PRECACHE)));
}

// A lookup in the older versions' caches: the stored response for a URL
// at the given revision, if one holds it. A hashed name ("" revision)
// never changes content, so any copy of it will do.
async function heldElsewhere() {
  const found = new Map(); // url -> [{ cache, revision }]
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const cache = await caches.open(key);
    const noted = await cache.match(REVISIONS);
    if (!noted) continue;
    let list;
    try {
      list = await noted.json();
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (const [url, revision] of list) {
      if (!found.has(url)) found.set(url, []);
      found.get(url).push({ cache, revision });
    }
  }
  return async (url, revision) => {
    for (const old of found.get(url) ?? []) {
      if (old.revision !== revision) continue;
      const hit = await old.cache.match(url);
      if (hit && hit.ok) return hit;
    }
    return null;
  };
}

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
          // Offline at an address we do not know: the not-found page,
          // in Spanish under /es/.
          const spanish = url.pathname.startsWith("/es/");
          return (
            (spanish && (await cache.match("/es/404.html"))) ||
            (await cache.match("/404.html")) ||
            Response.error()
          );
        }
      }
      const hit = await cache.match(request, { ignoreSearch: true });
      return hit ?? fetch(request);
    })(),
  );
});
