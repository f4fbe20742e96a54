// Shared test set-up: every test fails if the page logs a console error,
// throws, or asks for anything outside its own origin.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Console errors a test expects (regular expressions), e.g. the
  // browser's own note that a page answered 404.
  expectedConsoleErrors: [[], { option: true }],
  guardedPage: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems = [];
      const origin = new URL(baseURL).origin;
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const text = msg.text();
        if (expectedConsoleErrors.some((re) => re.test(text))) return;
        problems.push(`console: ${text}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err}`));
      // Any Content-Security-Policy violation fails the test, even one the
      // browser reports without a console message.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on("request", (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith("http") && url.origin !== origin) {
          problems.push(`third-party request: ${req.url()}`);
        }
      });
      await use(page);
      expect(problems, "console errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
