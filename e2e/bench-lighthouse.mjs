// Lighthouse's mobile audit (Slow 4G, 4x CPU, simulated) on every kind
// of page of the built app: home, a reading page and each diary page,
// 3 runs each, against budgets. The first paint of home and the reading
// page is compared with its floor: the same page's HTML with no CSS and
// no scripts at all (scripts/bench.sh writes it), the fastest that HTML
// could ever paint. Prints each run, the medians, the requests of a
// first visit, and each budget; exits 1 when one is missed. Called by
// `make bench`; a benchmark, not a test.
//
//   node bench-lighthouse.mjs <app base url> <floor base url> [runs]
//   BENCH_PAGES=/,/diary/ limits the pages.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.js";

const [appBase, floorBase, runsArg] = process.argv.slice(2);
if (!appBase || !floorBase) {
  console.error("usage: node bench-lighthouse.mjs <app url> <floor url> [runs]");
  process.exit(2);
}
const runs = Number(runsArg ?? 3);

const BUDGET = {
  lcpRatio: 1.1, // page LCP / its floor's LCP
  firstVisitBytes: 120 * 1024, // brotli, on the wire
  tbtMs: 50,
  ttiMs: 1500, // diary pages: usable soon after they paint
  cls: 0.01,
  score: 100,
};

// Each kind of page, what it is held to, and whether it has a floor.
const PAGES = [
  { path: "/", kind: "home", floor: true },
  // The Spanish home: held to the same budgets as the English one.
  { path: "/es/", kind: "home", floor: true },
  { path: "/symptoms/", kind: "reading", floor: true },
  { path: "/my-symptoms/", kind: "diary" },
  { path: "/diary/", kind: "diary" },
  { path: "/trends/", kind: "diary" },
  { path: "/bladder/", kind: "diary" },
  { path: "/walk/", kind: "diary" },
  { path: "/report/", kind: "diary" },
  { path: "/my-data/", kind: "diary" },
].filter(
  (p) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(",").includes(p.path),
);

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
      tti: audits["interactive"].numericValue,
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
        `TBT ${r.tbt.toFixed(0)} ms, TTI ${r.tti.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, ` +
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
    tti: pick("tti"),
    cls: pick("cls"),
    bytes: pick("bytes"),
    scores,
    requests: results[0].requests,
    version: results[0].lighthouse,
  };
}

const checks = [];
const summary = [];
for (const page of PAGES) {
  const app = await measure(`${page.path} `, appBase.replace(/\/$/, "") + page.path);
  const floor = page.floor
    ? await measure(`${page.path} floor`, floorBase.replace(/\/$/, "") + page.path)
    : null;
  summary.push({ page, app, floor });
  const at = (text) => `${page.path.padEnd(14)} ${text}`;
  if (floor) {
    const ratio = app.lcp / floor.lcp;
    checks.push([
      at(`LCP ${app.lcp.toFixed(0)} ms / floor ${floor.lcp.toFixed(0)} ms = ${ratio.toFixed(2)} <= ${BUDGET.lcpRatio}`),
      ratio <= BUDGET.lcpRatio,
    ]);
  }
  checks.push(
    [
      at(`first visit ${(app.bytes / 1024).toFixed(1)} KiB <= ${BUDGET.firstVisitBytes / 1024} KiB`),
      app.bytes <= BUDGET.firstVisitBytes,
    ],
    [at(`TBT ${app.tbt.toFixed(0)} ms <= ${BUDGET.tbtMs} ms`), app.tbt <= BUDGET.tbtMs],
    [at(`CLS ${app.cls.toFixed(3)} <= ${BUDGET.cls}`), app.cls <= BUDGET.cls],
  );
  if (page.kind === "diary") {
    checks.push([at(`TTI ${app.tti.toFixed(0)} ms <= ${BUDGET.ttiMs} ms`), app.tti <= BUDGET.ttiMs]);
  }
  for (const [k, v] of Object.entries(app.scores)) {
    checks.push([at(`${k} score ${v} = ${BUDGET.score}`), v >= BUDGET.score]);
  }
}

console.log(`\nLighthouse ${summary[0].app.version}, mobile (simulated Slow 4G, 4x CPU), medians of ${runs}:`);
console.log(
  "page".padEnd(14) +
    ["LCP", "floor LCP", "FCP", "TTI", "TBT", "CLS", "KiB", "perf/a11y/bp/seo"]
      .map((h) => h.padStart(10))
      .join(" "),
);
for (const { page, app, floor } of summary) {
  const cells = [
    app.lcp.toFixed(0),
    floor ? floor.lcp.toFixed(0) : "-",
    app.fcp.toFixed(0),
    app.tti.toFixed(0),
    app.tbt.toFixed(0),
    app.cls.toFixed(3),
    (app.bytes / 1024).toFixed(1),
    Object.values(app.scores).join("/"),
  ];
  console.log(page.path.padEnd(14) + cells.map((c) => String(c).padStart(10)).join(" "));
}
for (const { page, app } of summary) {
  console.log(`\nFirst visit to ${page.path} (as Lighthouse saw it, compressed by the server):`);
  for (const r of app.requests) {
    console.log(`  ${String(r.bytes).padStart(8)} B  ${r.type.padEnd(10)} ${r.url}`);
  }
}

console.log("\nBudgets:");
for (const [text, ok] of checks) console.log(`  ${ok ? "ok  " : "MISS"} ${text}`);
const missed = checks.filter(([, ok]) => !ok).length;
if (missed) {
  console.log(`\n${missed} budget(s) missed`);
  process.exit(1);
}
console.log("\nall budgets met");
