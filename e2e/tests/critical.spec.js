import { test, expect } from "./fixtures.js";
import { App, DIARY_VIEWS, DIARY_VIEWS_ES, VIEWS, VIEWS_ES } from "./app.js";

// Each page inlines the CSS its own markup needs and loads the whole
// stylesheet at the end of <body>. Until that arrives (a slow link), the
// first screen must already look exactly as it will: no flash of
// unstyled text, nothing that moves. JavaScript is off, so the islands
// do not change the page between the two pictures.
test.describe("the first screen needs only the inlined CSS", () => {
  test.use({
    javaScriptEnabled: false,
    // The stylesheet request is refused on purpose.
    expectedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/],
  });
  for (const scheme of ["light", "dark"]) {
    for (const view of [...VIEWS, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES]) {
      test(`${view.path} in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(view.path);
        await expect(page.locator("link[rel=stylesheet]")).toHaveCount(1);
        const full = await page.screenshot();
        await page.route(/\.css$/, (route) => route.abort());
        await page.goto(view.path);
        const critical = await page.screenshot();
        expect(critical.equals(full), "the first screen changed").toBe(true);
      });
    }
  }
});

test("with JavaScript on, the whole stylesheet applies before the islands start", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // When the first island starts, is the whole stylesheet applied?
    addEventListener("TrunkApplicationStarted", () => {
      window.__sheetsAtStart = [...document.styleSheets].filter((s) => s.href).length;
    });
  });
  const app = new App(page);
  await app.open("/your-spine/");
  expect(await page.evaluate(() => window.__sheetsAtStart)).toBe(1);
  // A rule only the whole stylesheet has (the print layout) is there.
  const rules = await page.evaluate(() =>
    [...document.styleSheets]
      .filter((s) => s.href)
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
  );
  expect(rules.some((r) => r.startsWith("@media print"))).toBe(true);
});
