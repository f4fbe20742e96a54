// A debug build reports hydration mismatches that a release build hides
// (it assumes the markup matches). `make test` builds the app in debug
// into target/dev-dist and this opens every page of it, failing on any
// warning or error about hydration, any panic, any other console error,
// or a page whose islands never come alive.
//
//   node hydration-check.mjs <dist dir>
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
import { spawn } from "node:child_process";
import { VIEWS, DIARY_VIEWS, VIEWS_ES, DIARY_VIEWS_ES } from "./tests/app.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node hydration-check.mjs <dist dir>");
  process.exit(2);
}
const port = Number(process.env.HYDRATION_PORT ?? 8391);
const server = spawn("node", ["../scripts/serve.mjs", dir], {
  env: { ...process.env, PORT: String(port) },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${port}`;
const paths = [...VIEWS, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES]
  .map((v) => v.path)
  .concat("/no-such-page/", "/es/no-existe/");

const browser = await chromium.launch(launchOptions);
const problems = [];
try {
  await new Promise((r) => setTimeout(r, 1500));
  for (const path of paths) {
    const page = await browser.newPage();
    page.on("console", (m) => {
      const text = m.text();
      const expected404 =
        ["/no-such-page/", "/es/no-existe/"].includes(path) && /status of 404/.test(text);
      if (/hydrat/i.test(text) || (m.type() === "error" && !expected404)) {
        problems.push(`${path}: ${m.type()}: ${text.slice(0, 300)}`);
      }
    });
    // A panic (how a mismatch shows) ends the wait at once.
    const crashed = new Promise((_, fail) =>
      page.on("pageerror", (e) => fail(new Error(`${path}: ${e}`))),
    );
    await page.goto(base + path);
    // Debug WebAssembly is large and slow to compile: allow for it.
    await Promise.race([
      page.waitForSelector("html[data-hydrated]", { timeout: 120_000 }),
      crashed,
    ]);
    await page
      .locator("[data-testid=diary-opening]")
      .waitFor({ state: "detached", timeout: 60_000 });
    console.log(`hydrated without complaint: ${path}`);
    await page.close();
  }
} catch (e) {
  problems.push(String(e));
} finally {
  await browser.close();
  server.kill();
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
