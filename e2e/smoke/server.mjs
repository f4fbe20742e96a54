// The smoke test's front server: a thin proxy in front of
// scripts/serve.mjs (the project's static server, run unchanged), which
// adds one thing: every HTML page gets
//   <script src="/__smoke/errors.js"></script>
// at the top of its <head>, and that file is served from here. So the
// browsers see exactly what a static host sends, plus an error catcher
// that runs before the app (see errors.js for why it is a file and not
// inline code: the pages' Content-Security-Policy).
//
//   UPSTREAM=http://127.0.0.1:4460 PORT=4461 ADDRESS=127.0.0.1 \
//     node e2e/smoke/server.mjs
import { createServer, request } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const upstream = new URL(process.env.UPSTREAM ?? "http://127.0.0.1:4460");
const address = process.env.ADDRESS ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 4461);

// The smoke test's own files: the catcher, and a faulty script the
// runner's first check uses to prove the catcher reports errors.
const CATCHER_PATH = "/__smoke/errors.js";
const catcherTag = `<script src="${CATCHER_PATH}"></script>`;
const own = new Map();
for (const name of ["errors.js", "fault.js"]) {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  own.set(`/__smoke/${name}`, await readFile(file));
}

/**
 * The page with the catcher's tag first in its <head>. The build writes
 * minified HTML with no <head> tag (the parser implies it), so the tag
 * goes after <head> if there is one, else after <meta charset> (which
 * must stay near the top), else after <html>.
 */
function inject(html) {
  for (const opening of [/<head\b[^>]*>/i, /<meta charset[^>]*>/i, /<html\b[^>]*>/i]) {
    const match = opening.exec(html);
    if (match) {
      const at = match.index + match[0].length;
      return html.slice(0, at) + catcherTag + html.slice(at);
    }
  }
  return catcherTag + html;
}

/** The body as plain bytes, whatever compression serve.mjs chose. */
function decoded(body, encoding) {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  return body;
}

function serveOwn(body, res) {
  res.writeHead(200, {
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": "no-cache",
    "Content-Length": body.length,
  });
  res.end(body);
}

/** Sends an HTML page from upstream with the catcher added. */
function sendPage(upstreamRes, res) {
  const chunks = [];
  upstreamRes.on("data", (chunk) => chunks.push(chunk));
  upstreamRes.on("end", () => {
    const headers = { ...upstreamRes.headers };
    const raw = decoded(Buffer.concat(chunks), headers["content-encoding"]);
    const body = Buffer.from(inject(raw.toString("utf8")), "utf8");
    // Sent uncompressed: simpler, and compression is not what this
    // layer tests (the Playwright layer sees serve.mjs directly).
    delete headers["content-encoding"];
    headers["content-length"] = body.length;
    res.writeHead(upstreamRes.statusCode, headers);
    res.end(body);
  });
}

const server = createServer((req, res) => {
  const ownFile = own.get(new URL(req.url, "http://x").pathname);
  if (ownFile) {
    serveOwn(ownFile, res);
    return;
  }
  const forward = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: upstream.host },
    },
    (upstreamRes) => {
      const type = upstreamRes.headers["content-type"] ?? "";
      if (req.method === "GET" && type.startsWith("text/html")) {
        sendPage(upstreamRes, res);
      } else {
        res.writeHead(upstreamRes.statusCode, upstreamRes.headers);
        upstreamRes.pipe(res);
      }
    },
  );
  forward.on("error", (err) => {
    res.writeHead(502, { "Content-Type": "text/plain" });
    res.end(`The smoke proxy could not reach ${upstream.href}: ${err.message}`);
  });
  req.pipe(forward);
});

server.listen(port, address, () => {
  console.log(`Smoke proxy on http://${address}:${port}/ -> ${upstream.href}`);
});
