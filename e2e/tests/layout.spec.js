import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { App, DIARY_VIEWS, DIARY_VIEWS_ES, VIEWS as READING, VIEWS_ES } from "./app.js";

// Every view, in both languages.
const VIEWS = [...READING, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES];

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
        // As it opens: the tab bar sits below the page's box, so no
        // control at the fold is half under it (axe target-size).
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

// Phones from the smallest in use to Lighthouse's Moto G Power. On each,
// the page scrolls in its own box and the tab bar sits below it: nothing
// the person can tap lies half under the bar, at the top of the page or
// half way down (axe target-size).
for (const [width, height] of [
  [320, 568],
  [360, 640],
  [412, 823],
]) {
  test(`at ${width} x ${height} the tab bar covers no control`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    const app = new App(page);
    const problems = [];
    for (const view of VIEWS) {
      await app.open(view.path);
      const [boxBottom, barTop] = await page.evaluate(() => [
        document.querySelector(".page-scroll").getBoundingClientRect().bottom,
        document.querySelector(".bottom-nav").getBoundingClientRect().top,
      ]);
      if (boxBottom > barTop + 0.5) {
        problems.push(`${view.path}: the page runs ${boxBottom - barTop}px under the bar`);
      }
      for (const place of ["top", "middle"]) {
        if (place === "middle") {
          await app.scrollTo(
            await page.evaluate(
              () => document.querySelector(".page-scroll").scrollHeight / 2,
            ),
          );
        }
        const results = await new AxeBuilder({ page })
          .withRules(["target-size"])
          .analyze();
        for (const v of results.violations) {
          for (const n of v.nodes) problems.push(`${view.path} ${place}: ${n.target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

test("scroll keys move the page before anything has focus", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/symptoms/");
  expect(await app.scrollPlace()).toBe(0);
  await page.keyboard.press("PageDown");
  await expect.poll(() => app.scrollPlace()).toBeGreaterThan(200);
  // Keyboard scrolling is animated: wait until it has come to rest.
  let after = -1;
  await expect
    .poll(async () => {
      const [before, now] = [after, await app.scrollPlace()];
      after = now;
      return now === before;
    })
    .toBe(true);
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => app.scrollPlace()).toBeGreaterThan(after);
  // Tab is left alone: from the top of a fresh page it reaches the skip
  // link first.
  await page.reload();
  await app.ready();
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
});

test("on a short screen the document scrolls and the tab bar follows the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  const app = new App(page);
  await app.open("/symptoms/");
  const bar = page.getByRole("navigation", { name: "Main" });
  // Below the first screen: the bar scrolls away, leaving room to read.
  expect((await bar.boundingBox()).y).toBeGreaterThan(360);
  await page.keyboard.press("End");
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect(bar).toBeInViewport();
});

test("a reading page keeps its place over a reload and a return, not a fresh visit", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/symptoms/");
  await app.scrollTo(1500);
  expect(await app.scrollPlace()).toBe(1500);
  await page.reload();
  await app.ready();
  await expect.poll(() => app.scrollPlace()).toBe(1500);
  await app.open("/about/");
  await page.goBack();
  await app.ready();
  await expect.poll(() => app.scrollPlace()).toBe(1500);
  // Through a link, the page is opened afresh: at the top.
  await app.open("/about/");
  await page.getByTestId("tab-symptoms").click();
  await app.ready();
  await expect(page).toHaveURL(/\/symptoms\/$/);
  await page.waitForTimeout(300);
  expect(await app.scrollPlace()).toBe(0);
});

test("on a tall screen only the page's box scrolls: the document has nothing below the bar", async ({
  page,
}) => {
  const app = new App(page);
  for (const { path } of VIEWS) {
    await app.open(path);
    // Opened explainers put more hidden-for-the-eye text deep in the page.
    await openEverything(page);
    const [docHeight, viewport] = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      innerHeight,
    ]);
    expect(docHeight, path).toBeLessThanOrEqual(viewport);
    await page.evaluate(() => window.scrollTo(0, 5000));
    expect(await page.evaluate(() => scrollY), path).toBe(0);
  }
});
