// A small static file server for dist/: what `make serve` and the
// end-to-end tests use, so both see what a plain static host serves
// (correct MIME types, no rewrites). No dependencies, loopback by default.
//
//   node scripts/serve.mjs [dir]    ADDRESS=127.0.0.1 PORT=8080
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
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

// Trunk names hashed assets name-<16 hex>.ext (the wasm gets a "_bg"
// after the hash): those never change, so a host may cache them for a
// year. Pages and the service worker must be revalidated so an update
// is seen.
const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

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
  let file = await fileAt(wanted);
  if (!file) {
    status = 404;
    file = await fileAt(join(root, "404.html"));
  }
  if (!file) {
    res.writeHead(404, { "Content-Type": types[".txt"] });
    res.end("Not found");
    return;
  }
  const body = await readFile(file);
  const type = types[extname(file)] ?? "application/octet-stream";
  const cache = hashed.test(file)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": body.length,
    "Cache-Control": cache,
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, address, () => {
  console.log(`Serving ${root} on http://${address}:${port}/`);
});
