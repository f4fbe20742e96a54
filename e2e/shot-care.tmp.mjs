import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
const base = process.argv[2] ?? "http://127.0.0.1:8090";
const out = "/tmp/shots";
const browser = await chromium.launch(launchOptions);
const pad = (v) => String(v).padStart(2, "0");
const ago = (n) => { const d = new Date(); d.setDate(d.getDate() - n); return `${d.getFullYear()}-${pad(d.getMonth()+1)}-${pad(d.getDate())}`; };
const days = [];
for (let n = 11; n >= 0; n--) days.push([ago(n), "." + (n <= 1 ? "7" : "3"), null, n === 0, "", ""]);
const ids = ["weakness","stiffness","numbness","shooting-pain","bladder","bowel"];
const diary = JSON.stringify({ version: 1, data: { symptoms: ids.map((id) => id === "numbness" ? { id, now: true, onset: "new", since: ago(20) } : { id }), days } });
for (const scheme of ["light", "dark"]) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, colorScheme: scheme, isMobile: true, hasTouch: true });
  await page.addInitScript((t) => localStorage.setItem("ms-your-spine.diary", t), diary);
  const ready = async () => { await page.waitForSelector("html[data-hydrated]"); await page.locator("[data-testid=diary-opening]").waitFor({ state: "detached" }); };
  await page.goto(base + "/get-help/"); await ready();
  await page.screenshot({ path: `${out}/gethelp-${scheme}.png`, fullPage: true });
  await page.goto(base + "/symptoms/"); await ready();
  for (const id of ["weakness", "bladder", "mood"]) await page.getByTestId(`symptom-${id}`).locator("summary").click();
  await page.screenshot({ path: `${out}/symptoms-${scheme}.png`, fullPage: true });
  await page.goto(base + "/my-symptoms/"); await ready();
  await page.getByTestId("tick-stroke").check();
  await page.screenshot({ path: `${out}/checklist-${scheme}.png`, fullPage: true });
  await page.goto(base + "/what-is-ms/"); await ready();
  await page.screenshot({ path: `${out}/whatisms-${scheme}.png`, fullPage: true });
  await page.close();
}
await browser.close();
