// A small static file server for dist/: what `make serve` and the
// end-to-end tests use, so both see what a plain static host serves
// (correct MIME types, no rewrites, brotli or gzip like a CDN, and the
// headers the build wrote in dist/_headers, as Netlify and Cloudflare
// Pages apply them). No dependencies, loopback by default.
//
//   node scripts/serve.mjs [dir]    ADDRESS=127.0.0.1 PORT=8080
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const root = resolve(process.argv[2] ?? "dist");
// LOG_REQUESTS=1 prints "<path> <status> <bytes sent>" for each answer:
// how the tests and `make bench` see what an update downloads.
const logRequests = Boolean(process.env.LOG_REQUESTS);
const address = process.env.ADDRESS ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 8080);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// Trunk names hashed assets name-<hash>.ext (the wasm gets a "_bg" after
// the hash): those never change, so a host may cache them for a year.
// The hash is 16 hex digits, but Trunk drops leading zeros, so 1 build
// in 16 has 15 (seen: "ms-your-spine-4d920c8a3fa5fcb_bg.wasm"), 1 in
// 256 has 14, and so on. Pages and the service worker must be
// revalidated so an update is seen.
const hashed = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

// Text-like files are compressed as a CDN would (brotli at its highest
// level, else gzip), once per file version, off the main thread; images
// are sent as they are.
const compressible = new Set([
  ".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg",
  ".txt",
]);
const compressed = new Map();

// Larger files (only debug builds have them) go as they are, as many CDNs
// do: brotli's top level would take minutes on them.
const COMPRESS_MAX = 4 * 1024 * 1024;

async function encode(file, body, accepted) {
  if (!compressible.has(extname(file)) || body.length > COMPRESS_MAX) {
    return null;
  }
  const encoding = /\bbr\b/.test(accepted)
    ? "br"
    : /\bgzip\b/.test(accepted)
      ? "gzip"
      : null;
  if (!encoding) return null;
  // Keyed by the content itself: a rebuilt page often has the same
  // length (a new asset hash is as long as the old one), and serving its
  // old compressed copy would point at files that are gone.
  const digest = createHash("sha256").update(body).digest("hex");
  const key = `${encoding}:${file}:${digest}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipAsync(body, { level: 9 }),
    );
  }
  return { encoding, body: await compressed.get(key) };
}

// The build's `_headers` (src/bin/prerender/host.rs): a path line, then
// indented "Name: value" lines. "/*" applies to every path; a rule for
// an exact path adds to it. Read again whenever the file changes (a new
// build has new hashes in its policies); absent in older builds.
let headerRules = { mtime: -1, rules: new Map() };
async function currentHeaderRules() {
  const file = join(root, "_headers");
  let mtime;
  try {
    mtime = (await stat(file)).mtimeMs;
  } catch {
    return new Map();
  }
  if (mtime !== headerRules.mtime) {
    headerRules = { mtime, rules: parseHeaders(await readFile(file, "utf8")) };
  }
  return headerRules.rules;
}
function parseHeaders(text) {
  const rules = new Map();
  let current = null;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      rules.set(current, rules.get(current) ?? {});
      continue;
    }
    const at = line.indexOf(":");
    if (current && at > 0) {
      rules.get(current)[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
async function headersFor(path) {
  const rules = await currentHeaderRules();
  return { ...(rules.get("/*") ?? {}), ...(rules.get(path) ?? {}) };
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, "index.html"));
  } catch {
    // Not there: the caller answers 404.
  }
  return null;
}

const server = createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  const wanted = normalize(join(root, pathname));
  if (wanted !== root && !wanted.startsWith(root + sep)) {
    res.writeHead(403).end("Forbidden");
    return;
  }
  let status = 200;
  // The headers file is for the host, never for visitors.
  let file = pathname === "/_headers" ? null : await fileAt(wanted);
  if (!file) {
    status = 404;
    // Under /es/, the Spanish not-found page.
    const spanish = pathname === "/es" || pathname.startsWith("/es/");
    file =
      (spanish && (await fileAt(join(root, "es", "404.html")))) ||
      (await fileAt(join(root, "404.html")));
  }
  if (!file) {
    res.writeHead(404, { "Content-Type": types[".txt"] });
    res.end("Not found");
    return;
  }
  let body = await readFile(file);
  const type = types[extname(file)] ?? "application/octet-stream";
  const cache = hashed.test(file)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
  const headers = {
    "Content-Type": type,
    "Cache-Control": cache,
    "X-Content-Type-Options": "nosniff",
    ...(await headersFor(pathname)),
  };
  const packed = await encode(file, body, req.headers["accept-encoding"] ?? "");
  if (packed) {
    body = packed.body;
    headers["Content-Encoding"] = packed.encoding;
  }
  if (compressible.has(extname(file))) headers.Vary = "Accept-Encoding";
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  if (logRequests) console.log(`${pathname} ${status} ${body.length}`);
});

server.listen(port, address, () => {
  console.log(`Serving ${root} on http://${address}:${port}/`);
  warm().catch(() => {}); // Only a head start: requests compress anyway.
});

// Compresses every file in the background at start, so the first visitor
// does not wait for brotli's highest level on a large file.
async function warm() {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    await encode(file, await readFile(file), "br");
  }
}
