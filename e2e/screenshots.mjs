// Screenshots of every view at 390x844, light and dark, for a person to
// look at (not a test). Serve dist/ first, then:
//   node e2e/screenshots.mjs http://127.0.0.1:8080 /tmp/shots [full]
// SHOT_PATHS=/a/,/b/ picks views; SEED_FILE=diary.json starts with data;
// NOSCRIPT=1 shows the pages as the build wrote them (JavaScript off).
import { chromium } from "@playwright/test";
import { launchOptions, phonePage } from "./chromium.js";
import { mkdirSync, readFileSync } from "node:fs";

const [base = "http://127.0.0.1:8080", out = "shots", full] =
  process.argv.slice(2);
const paths = (process.env.SHOT_PATHS ??
  "/,/what-is-ms/,/your-spine/,/symptoms/,/treatment/,/diagnosis/," +
    "/get-help/,/outlook/,/about/,/nope/").split(",");
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const scheme of ["light", "dark"]) {
  const page = await phonePage(browser, scheme, {
    javaScriptEnabled: !process.env.NOSCRIPT,
  });
  // SEED_FILE: stored diary text to start from, to see views with data.
  if (process.env.SEED_FILE) {
    const text = readFileSync(process.env.SEED_FILE, "utf8");
    await page.addInitScript((t) => {
      localStorage.setItem("ms-your-spine.diary", t);
    }, text);
  }
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForSelector("main h1");
    if (!process.env.NOSCRIPT) {
      await page.waitForSelector("html[data-hydrated]");
      await page
        .locator("[data-testid=diary-opening]")
        .waitFor({ state: "detached" });
    }
    const suffix = process.env.NOSCRIPT ? "-nojs" : "";
    const name =
      (path.replaceAll("/", "") || "home") + `${suffix}-${scheme}.png`;
    if (full) {
      // The page scrolls in its own box above the tab bar; let the
      // document hold it all so a full-page shot shows every part (set
      // through the style object, which the page's policy allows).
      await page.evaluate(() => {
        document.body.style.height = "auto";
        document.body.style.overflow = "visible";
        document.querySelector(".page-scroll").style.overflow = "visible";
      });
    }
    await page.screenshot({ path: `${out}/${name}`, fullPage: !!full });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
