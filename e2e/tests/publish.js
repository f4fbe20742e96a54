// Publishes a "new release" into a copy of dist/: edits one file, then
// does to sw.js what the build would (src/bin/prerender/worker.rs): the
// file's revision becomes the first 16 hex digits of its sha256, and the
// worker's version changes. Used by the update tests and `make bench`.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The revision the build gives a file's bytes. */
export const revision = (bytes) =>
  createHash("sha256").update(bytes).digest("hex").slice(0, 16);

/**
 * Edits `file` (a path inside `dir`, e.g. "about/index.html") with
 * `edit(text) -> text`, and updates sw.js to match. `url` is the file's
 * URL as the worker lists it ("/about/").
 */
export async function publishChange(dir, file, url, edit) {
  const path = join(dir, file);
  const before = await readFile(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`publishChange: ${file} unchanged`);
  await writeFile(path, after);
  const worker = join(dir, "sw.js");
  const text = await readFile(worker, "utf8");
  const entry = new RegExp(`\\["${url.replace(/[/.]/g, "\\$&")}","[0-9a-f]*"\\]`);
  if (!entry.test(text)) throw new Error(`publishChange: ${url} not in sw.js`);
  const next = text
    .replace(entry, JSON.stringify([url, revision(after)]))
    .replace(/const VERSION = "([0-9a-f-]+)"/, (_, v) => `const VERSION = "${v}-2"`);
  await writeFile(worker, next);
}
