// Shared test set-up: every test fails if the page logs a console error,
// throws, or asks for anything outside its own origin.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  guardedPage: [
    async ({ page, baseURL }, use) => {
      const problems = [];
      const origin = new URL(baseURL).origin;
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err}`));
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
