// Screenshots of Listen at 390x844, light and dark, at each text size:
// the page as it opens, and reading partway down (the control stuck to
// the top, the sentence highlighted). Serve dist/ first, then:
//   node e2e/listen-shots.mjs http://127.0.0.1:8080 /tmp/shots
import { chromium } from "@playwright/test";
import { launchOptions, phonePage } from "./chromium.js";
import { mkdirSync } from "node:fs";
import { installRecorder, VOICES } from "./tests/speech.js";

const [base = "http://127.0.0.1:8080", out = "shots"] = process.argv.slice(2);
const path = process.env.SHOT_PATH ?? "/symptoms/";
const steps = Number(process.env.SHOT_STEPS ?? 9);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const scheme of ["light", "dark"]) {
  for (const size of ["100", "125", "150"]) {
    const page = await phonePage(browser, scheme);
    await page.addInitScript(installRecorder, { voices: VOICES });
    await page.addInitScript((s) => localStorage.setItem("ms-your-spine.text-size", s), size);
    await page.goto(base + path);
    await page.waitForSelector("html[data-hydrated]");
    const name = `${out}/listen${path.replaceAll("/", "_")}${size}-${scheme}`;
    await page.screenshot({ path: `${name}-open.png` });
    await page.getByTestId("listen-toggle").click();
    for (let i = 0; i < steps; i++) await page.evaluate(() => window.__speech.finish());
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${name}-reading.png` });
    await page.close();
  }
}
await browser.close();
