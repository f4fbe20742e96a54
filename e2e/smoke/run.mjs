// Smoke tests in WebKit (Safari's engine) and Firefox: the few things
// that must work in every engine, checked through W3C WebDriver against
// the release build. Playwright covers the app in depth, but only in
// Chromium; this layer catches what breaks in the other two engines.
//
// scripts/smoke.sh starts the browsers' drivers and the server, then:
//
//   node e2e/smoke/run.mjs --site http://127.0.0.1:4461/ \
//     --webkit http://127.0.0.1:4462 --webkit-binary /usr/lib/.../MiniBrowser \
//     --firefox http://127.0.0.1:4463 --firefox-binary /usr/bin/firefox-esr
//
// Either engine may be left out. Exits non-zero if any check fails.
import { parseArgs } from "node:util";
import { Page, startSession } from "./browser.mjs";
import { CHECKS } from "./checks.mjs";

// A check that takes longer than this is stuck (every wait inside it has
// its own shorter limit); the engine's remaining checks are then skipped
// rather than each waiting this long on a browser that no longer answers.
const CHECK_LIMIT = 60_000;
// One WebDriver call outside a check: reading the caught errors, quitting.
const CALL_LIMIT = 10_000;
// Starting a browser (MiniBrowser under Xvfb, Firefox with a new
// profile) can take several seconds on a loaded machine.
const START_LIMIT = 60_000;

function engines(args) {
  const list = [];
  if (args.webkit) {
    list.push({
      label: "WebKit",
      driverUrl: args.webkit,
      capabilities: {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: args["webkit-binary"],
          args: ["--automation"],
        },
      },
    });
  }
  if (args.firefox) {
    list.push({
      label: "Firefox",
      driverUrl: args.firefox,
      capabilities: {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: args["firefox-binary"],
          args: ["-headless"],
        },
      },
    });
  }
  return list;
}

/** A time limit was reached: the browser may no longer be answering. */
class TimeLimit extends Error {}

/** Rejects after `ms` with `message`, unless `promise` settles first. */
function within(ms, message, promise) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new TimeLimit(message)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs one check, then fails it if the error catcher saw anything while
 * it ran. Returns { ok, ms, message }.
 */
async function runCheck(page, check) {
  const start = Date.now();
  let failure = null;
  try {
    await within(CHECK_LIMIT, `the check took over ${seconds(CHECK_LIMIT)}`, check.run(page));
  } catch (err) {
    failure = err;
  }
  let errors = [];
  try {
    errors = await within(CALL_LIMIT, "reading the caught errors took too long", page.takeErrors());
  } catch (err) {
    if (!failure) failure = err;
  }
  const ms = Date.now() - start;
  if (!failure && errors.length === 0) return { ok: true, ms };
  const parts = [];
  if (failure) parts.push(failure.message);
  if (errors.length) parts.push(`caught in the page: ${errors.join(" | ")}`);
  return { ok: false, ms, message: parts.join("; "), stuck: failure instanceof TimeLimit };
}

/** Every check in one engine; returns one result per check. */
async function runEngine(engine, site) {
  console.log(`\n==> Smoke checks in ${engine.label}`);
  const start = Date.now();
  let driver;
  try {
    driver = await within(START_LIMIT, `${engine.label} did not start`, startSession(engine));
  } catch (err) {
    console.log(`  FAIL  ${err.message}`);
    const results = CHECKS.map(() => ({ ok: false, ms: 0, message: "not run: no session" }));
    return { results, ms: Date.now() - start, version: "?" };
  }
  const caps = await driver.getCapabilities();
  const version = `${caps.get("browserName")} ${caps.get("browserVersion") ?? ""}`.trim();
  console.log(`  (${version})`);
  const page = new Page(driver, site);
  const results = [];
  let stuck = false;
  for (const check of CHECKS) {
    const result = stuck
      ? { ok: false, ms: 0, message: "not run: the browser stopped answering" }
      : await runCheck(page, check);
    stuck ||= Boolean(result.stuck);
    results.push(result);
    const status = result.ok ? "PASS" : "FAIL";
    console.log(`  ${status}  ${check.name.padEnd(40)} ${seconds(result.ms).padStart(7)}`);
    if (!result.ok) console.log(`        ${result.message}`);
  }
  await within(CALL_LIMIT, "quit timed out", driver.quit()).catch((err) =>
    console.log(`  (could not close ${engine.label} cleanly: ${err.message})`),
  );
  return { results, ms: Date.now() - start, version };
}

function printSummary(runs) {
  const width = Math.max(...CHECKS.map((c) => c.name.length)) + 2;
  console.log("\n==> Smoke summary (every check also fails on any uncaught error,");
  console.log("    rejected promise, console.error or CSP violation in the page)");
  console.log(`  ${"check".padEnd(width)}${runs.map((r) => r.engine.label.padEnd(10)).join("")}`);
  CHECKS.forEach((check, i) => {
    const cells = runs.map((r) => (r.results[i].ok ? "pass" : "FAIL").padEnd(10));
    console.log(`  ${check.name.padEnd(width)}${cells.join("")}`);
  });
  const times = runs.map((r) => seconds(r.ms).padEnd(10));
  console.log(`  ${"time, with the browser's start".padEnd(width)}${times.join("")}`);
  for (const r of runs) console.log(`  ${r.engine.label}: ${r.version}`);
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      site: { type: "string" },
      webkit: { type: "string" },
      "webkit-binary": { type: "string" },
      firefox: { type: "string" },
      "firefox-binary": { type: "string" },
    },
  });
  const list = engines(args);
  if (!args.site || list.length === 0) {
    console.error(
      "Usage: run.mjs --site URL [--webkit URL --webkit-binary PATH]" +
        " [--firefox URL --firefox-binary PATH]",
    );
    process.exit(2);
  }
  const runs = [];
  for (const engine of list) {
    runs.push({ engine, ...(await runEngine(engine, args.site)) });
  }
  printSummary(runs);
  const failed = runs.flatMap((r) => r.results).filter((r) => !r.ok).length;
  if (failed > 0) {
    console.log(`\n==> Smoke: ${failed} check(s) FAILED`);
    process.exit(1);
  }
  console.log("\n==> Smoke: every check passed in every engine");
}

await main();
