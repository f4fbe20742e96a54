import { test, expect } from "./fixtures.js";
import { DIARY_VIEWS, VIEWS } from "./app.js";

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
    for (const view of [...VIEWS, ...DIARY_VIEWS]) {
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
