// Lighthouse's mobile audit (Slow 4G, 4x CPU, simulated) on the built app
// and on a plain HTML page with the same text, 3 runs each; prints the
// medians, their ratio and the bytes of a first visit, and fails (exit 1)
// when a budget is missed. Called by `make bench`; a benchmark, not a test.
//
//   node bench-lighthouse.mjs <app url> <plain url> [runs]
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.js";

const [appUrl, plainUrl, runsArg] = process.argv.slice(2);
if (!appUrl || !plainUrl) {
  console.error("usage: node bench-lighthouse.mjs <app url> <plain url> [runs]");
  process.exit(2);
}
const runs = Number(runsArg ?? 3);

const BUDGET = {
  lcpRatio: 1.15, // app LCP / plain page LCP
  firstVisitBytes: 120 * 1024, // brotli, on the wire
  tbtMs: 50,
  cls: 0.01,
  score: 100, // performance, accessibility, best practices, SEO
};

const flags = ["--headless=new", ...CHROMIUM_ARGS];

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: flags,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const { audits, categories } = result.lhr;
    const requests = audits["network-requests"].details.items;
    const failing = Object.values(audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary",
    );
    return {
      lcp: audits["largest-contentful-paint"].numericValue,
      fcp: audits["first-contentful-paint"].numericValue,
      si: audits["speed-index"].numericValue,
      tbt: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
      bytes: audits["total-byte-weight"].numericValue,
      requests: requests.map((r) => ({
        url: new URL(r.url).pathname,
        bytes: r.transferSize,
        type: r.resourceType,
      })),
      scores: Object.fromEntries(
        Object.entries(categories).map(([k, c]) => [k, Math.round(c.score * 100)]),
      ),
      failing: failing.map((a) => a.id),
      lighthouse: result.lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(label, url) {
  // One run first, thrown away: it pays for the cold start (Chromium's
  // first launch, the server's first compression) that no visitor sees.
  await audit(url);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await audit(url);
    console.log(
      `${label} run ${i + 1}: LCP ${r.lcp.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, ` +
        `TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, ` +
        `${(r.bytes / 1024).toFixed(1)} KiB, scores ${JSON.stringify(r.scores)}` +
        (r.failing.length ? `, failing: ${r.failing.join(" ")}` : ""),
    );
    results.push(r);
  }
  const pick = (k) => median(results.map((r) => r[k]));
  const scores = {};
  for (const k of Object.keys(results[0].scores)) {
    scores[k] = median(results.map((r) => r.scores[k]));
  }
  return {
    lcp: pick("lcp"),
    fcp: pick("fcp"),
    si: pick("si"),
    tbt: pick("tbt"),
    cls: pick("cls"),
    bytes: pick("bytes"),
    scores,
    requests: results[0].requests,
    version: results[0].lighthouse,
  };
}

const app = await measure("app  ", appUrl);
const plain = await measure("plain", plainUrl);

console.log(`\nLighthouse ${app.version}, mobile (simulated Slow 4G, 4x CPU), medians of ${runs}:`);
const row = (name, a, p, unit = "") =>
  console.log(`${name.padEnd(26)} ${String(a).padStart(10)}${unit} ${String(p).padStart(10)}${unit}`);
row("", "app", "plain");
row("Largest Contentful Paint", app.lcp.toFixed(0), plain.lcp.toFixed(0), " ms");
row("First Contentful Paint", app.fcp.toFixed(0), plain.fcp.toFixed(0), " ms");
row("Speed Index", app.si.toFixed(0), plain.si.toFixed(0), " ms");
row("Total Blocking Time", app.tbt.toFixed(0), plain.tbt.toFixed(0), " ms");
row("Cumulative Layout Shift", app.cls.toFixed(3), plain.cls.toFixed(3));
row("Bytes on the wire", (app.bytes / 1024).toFixed(1), (plain.bytes / 1024).toFixed(1), " KiB");
for (const k of Object.keys(app.scores)) row(`score: ${k}`, app.scores[k], plain.scores[k] ?? "-");

console.log("\nFirst visit to the app (as Lighthouse saw it, compressed by the server):");
for (const r of app.requests) {
  console.log(`  ${String(r.bytes).padStart(8)} B  ${r.type.padEnd(10)} ${r.url}`);
}

const ratio = app.lcp / plain.lcp;
const checks = [
  [`LCP ratio ${ratio.toFixed(2)} <= ${BUDGET.lcpRatio}`, ratio <= BUDGET.lcpRatio],
  [
    `first visit ${(app.bytes / 1024).toFixed(1)} KiB <= ${BUDGET.firstVisitBytes / 1024} KiB`,
    app.bytes <= BUDGET.firstVisitBytes,
  ],
  [`TBT ${app.tbt.toFixed(0)} ms <= ${BUDGET.tbtMs} ms`, app.tbt <= BUDGET.tbtMs],
  [`CLS ${app.cls.toFixed(3)} <= ${BUDGET.cls}`, app.cls <= BUDGET.cls],
  ...Object.entries(app.scores).map(([k, v]) => [
    `${k} score ${v} = ${BUDGET.score}`,
    v >= BUDGET.score,
  ]),
];
console.log("\nBudgets:");
for (const [text, ok] of checks) console.log(`  ${ok ? "ok  " : "MISS"} ${text}`);
const missed = checks.filter(([, ok]) => !ok).length;
if (missed) {
  console.log(`\n${missed} budget(s) missed`);
  process.exit(1);
}
console.log("\nall budgets met");
