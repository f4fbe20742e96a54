import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { App, DIARY_VIEWS, VIEWS as READING } from "./app.js";

const VIEWS = [...READING, ...DIARY_VIEWS];

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Opens every interactive piece on the page, so axe checks them too. */
async function openEverything(page) {
  for (const summary of await page.locator("details summary").all()) {
    await summary.click();
  }
  const region = page.getByTestId("spine-cervical");
  if (await region.count()) await region.click();
  const answer = page.getByTestId("quiz-0-myth");
  if (await answer.count()) await answer.click();
}

for (const scheme of ["light", "dark"]) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const view of VIEWS) {
      test(`axe finds no WCAG 2.2 AA problems on ${view.path}`, async ({
        page,
      }) => {
        const app = new App(page);
        await app.open(view.path);
        await openEverything(page);
        // At the end of the page the sticky tab bar sits in its own place
        // and covers nothing. Higher up, axe counts whatever link happens
        // to lie half under the bar as too small, though one scroll shows
        // it whole; which link that is depends only on the text's length.
        await page.evaluate(() =>
          window.scrollTo(0, document.scrollingElement.scrollHeight),
        );
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const view of VIEWS) {
    test(`${view.path}: no sideways scroll, every control 44x44`, async ({
      page,
    }) => {
      const app = new App(page);
      await app.open(view.path);
      await openEverything(page);
      expect(await app.sidewaysOverflow()).toEqual([]);
      expect(await app.smallControls()).toEqual([]);
    });
  }
});

test.describe("with text at 200%", () => {
  // The test adds a style tag to enlarge text, which the app's own
  // Content-Security-Policy would rightly block.
  test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  for (const view of VIEWS) {
    test(`${view.path} reflows without sideways scroll`, async ({ page }) => {
      const app = new App(page);
      await app.open(view.path);
      await page.addStyleTag({ content: "html { font-size: 200% }" });
      await openEverything(page);
      expect(await app.sidewaysOverflow()).toEqual([]);
    });
  }
});

test("keyboard focus is never hidden under the tab bar", async ({ page }) => {
  const app = new App(page);
  await app.open("/symptoms/");
  const bar = page.getByRole("navigation", { name: "Main" });
  const hidden = [];
  let checked = 0;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      const inBar = Boolean(el.closest(".bottom-nav"));
      // The page itself (focus wrapped round) and blocks taller than the
      // screen cannot be wholly in view; they are not controls.
      const whole = el === document.body || box.height > innerHeight / 2;
      return { skip: inBar || whole, bottom: box.bottom, text: el.textContent };
    });
    if (focus.skip) continue;
    const barBox = await bar.boundingBox();
    if (focus.bottom > barBox.y + 1) hidden.push(focus.text.trim());
    checked += 1;
  }
  expect(hidden).toEqual([]);
  expect(checked).toBeGreaterThan(10);
});

test("the skip link is a 44 px target when it shows", async ({ page }) => {
  const app = new App(page);
  await app.open("/");
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.y).toBeGreaterThanOrEqual(0);
});
