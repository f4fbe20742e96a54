// Benchmark (not a test): how long the app takes to show the diary with
// 10 years of stored entries, against an empty diary. Serve dist/ first,
// and make the data with `cargo run --release --bin diary_bench -- --write`.
//   node e2e/bench-diary.mjs http://127.0.0.1:8080 /tmp/decade.json
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
import { readFileSync } from "node:fs";

const [base = "http://127.0.0.1:8080", file] = process.argv.slice(2);
const decade = readFileSync(file, "utf8");
const RUNS = Number(process.env.BENCH_DIARY_RUNS ?? 9);
const browser = await chromium.launch(launchOptions);

// The clock starts when the diary's WebAssembly is compiled and about
// to run: from there to the past days on screen is the work that grows
// with the data (reading storage, checking every day, drawing). Timing
// from the navigation instead adds the download and compile, whose noise
// on a shared machine is larger than the difference being measured.
async function timeToDiary(data) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const made = await streaming(...args);
      window.__wasmCompiled = performance.now();
      return made;
    };
    // Noted in the page, as the list appears: no round trip to the test.
    new MutationObserver((_, observer) => {
      if (document.querySelector("[data-testid=past-days] li")) {
        window.__diaryShown = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  if (data) {
    await page.addInitScript((text) => {
      localStorage.setItem("ms-your-spine.diary", text);
    }, data);
  }
  await page.goto(base + "/diary/");
  await page.waitForSelector("[data-testid=past-days] li");
  const ms = await page.evaluate(() => window.__diaryShown - window.__wasmCompiled);
  if (!Number.isFinite(ms)) throw new Error("the diary's WebAssembly start was not seen");
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const empty = [];
const full = [];
for (let i = 0; i < RUNS; i++) {
  empty.push(await timeToDiary(null));
  full.push(await timeToDiary(decade));
}
await browser.close();
const m0 = median(empty);
const m1 = median(full);
console.log(`diary view ready after its code starts, empty diary: median ${m0.toFixed(0)} ms`);
console.log(`diary view ready after its code starts, 10 years:    median ${m1.toFixed(0)} ms`);
console.log(`extra for 10 years of data: ${(m1 - m0).toFixed(0)} ms (ratio ${(m1 / m0).toFixed(2)})`);
// Budget: 10 years of entries may cost at most 50 ms more than none.
const EXTRA_BUDGET_MS = 50;
const ok = m1 - m0 <= EXTRA_BUDGET_MS;
console.log(
  `${ok ? "ok  " : "MISS"} 10 years ready at most ${EXTRA_BUDGET_MS} ms after an empty diary`,
);
if (!ok) process.exitCode = 1;
