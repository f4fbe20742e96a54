// What an update costs a visitor who already has the app: a copy of the
// build is served, Chromium visits it and its service worker installs;
// then one page's text changes (as a new release would change it), the
// worker updates, and the server's log says what was downloaded. Budget:
// at most 15 KB (brotli, as sent) beyond the changed page itself. A
// benchmark run by `make bench`, not a test.
//
//   node bench-update.mjs <dist folder> [port]
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
import { publishChange } from "./tests/publish.js";

const BUDGET_BEYOND_PAGE = 15_000;
const source = resolve(process.argv[2] ?? "../dist");
const port = Number(process.argv[3] ?? 8213);
const base = `http://127.0.0.1:${port}`;

const dir = await mkdtemp(join(tmpdir(), "ms-update-"));
await cp(source, dir, { recursive: true });
const log = [];
const server = spawn("node", [resolve(import.meta.dirname, "../scripts/serve.mjs"), dir], {
  env: { ...process.env, PORT: String(port), ADDRESS: "127.0.0.1", LOG_REQUESTS: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.setEncoding("utf8");
server.stdout.on("data", (chunk) => log.push(...chunk.trim().split("\n")));
const browser = await chromium.launch(launchOptions);
let failed = false;
try {
  for (let i = 0; i < 50 && !log.some((l) => l.startsWith("Serving")); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const page = await browser.newPage();
  await page.goto(base + "/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener("controllerchange", r),
      );
    }
  });
  const firstVisit = sum(answers(log));
  log.length = 0;
  await publishChange(dir, "about/index.html", "/about/", (html) =>
    html.replace("</h1>", " today</h1>"),
  );
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (worker && worker.state !== "installed") {
      await new Promise((r) =>
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed" || worker.state === "redundant") r();
        }),
      );
    }
  });
  const lines = answers(log);
  const total = sum(lines);
  const bytes = (path) => sum(lines.filter(([p]) => p === path));
  const page_ = bytes("/about/");
  const beyond = total - page_;
  console.log("Update after one page's text changed (brotli, as sent):");
  for (const [path, status, size] of lines) {
    console.log(`  ${path.padEnd(40)} ${status} ${size.padStart(8)} B`);
  }
  console.log(`  total ${total} B: the changed page ${page_} B, the rest ${beyond} B`);
  console.log(`  (a first visit plus the offline copy downloaded ${firstVisit} B)`);
  const ok = page_ > 0 && beyond <= BUDGET_BEYOND_PAGE;
  console.log(
    `${ok ? "ok  " : "FAIL"} update beyond the changed page: ${beyond} B (max ${BUDGET_BEYOND_PAGE} B)`,
  );
  failed = !ok;
} finally {
  await browser.close();
  server.kill();
  await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** The server's log lines as [path, status, bytes]. */
function answers(log) {
  return log.map((l) => l.split(" ")).filter((p) => p.length === 3);
}

/** The bytes sent for these answers. */
function sum(lines) {
  return lines.reduce((n, [, , b]) => n + Number(b), 0);
}
