// The app's text size (A, A+, A++ in every page's header) and the tab
// bar and diary tabs holding at every size.
import { test, expect } from "./fixtures.js";
import {
  App,
  DIARY_VIEWS,
  DIARY_VIEWS_ES,
  VIEWS as READING,
  VIEWS_ES,
  refuseStorageWrites,
} from "./app.js";

// Every view, in both languages.
const VIEWS = [...READING, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES];
const KEY = "ms-your-spine.text-size";
const rootSize = (page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test("each text size is kept across a reload, and A goes back to the browser's size", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/symptoms/");
  expect(await rootSize(page)).toBe("16px");
  for (const [size, px] of [
    ["125", "20px"],
    ["150", "24px"],
    ["100", "16px"],
  ]) {
    await page.getByTestId(`text-size-${size}`).click();
    expect(await rootSize(page)).toBe(px);
    await page.reload();
    await app.ready();
    expect(await rootSize(page), `after a reload at ${size}`).toBe(px);
    await expect(page.getByTestId(`text-size-${size}`)).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.locator(".text-size [aria-pressed=true]")).toHaveCount(1);
  }
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe("100");
  // The buttons say what they do, after their visible letters.
  await expect(page.getByRole("button", { name: "A++ largest text, 150 percent" })).toHaveCount(1);
});

test("a stored size is there at the first paint: nothing moves when the page's code starts", async ({
  page,
}) => {
  await page.addInitScript((k) => {
    localStorage.setItem(k, "150");
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    // The root size as the page is first parsed, before any paint.
    document.addEventListener("DOMContentLoaded", () => {
      window.__sizeAtParse = getComputedStyle(document.documentElement).fontSize;
    });
  }, KEY);
  const app = new App(page);
  for (const path of ["/", "/symptoms/", "/my-symptoms/", "/diary/"]) {
    await app.open(path);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__sizeAtParse), path).toBe("24px");
    const shift = await page.evaluate(() => window.__shift);
    expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
  }
});

test("an edited or unknown stored size leaves the browser's size", async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, "999"), KEY);
  const app = new App(page);
  await app.open("/about/");
  expect(await rootSize(page)).toBe("16px");
  await expect(page.getByTestId("text-size-100")).toHaveAttribute("aria-pressed", "true");
});

test("with storage refused the size still applies to this page, and the control says it is not kept", async ({
  page,
}) => {
  await refuseStorageWrites(page);
  const app = new App(page);
  await app.open("/treatment/");
  await page.getByTestId("text-size-125").click();
  expect(await rootSize(page)).toBe("20px");
  await expect(page.getByTestId("text-size-problem")).toContainText(
    "not saving settings",
  );
});

test("a size chosen in one tab is followed in another", async ({ page, context }) => {
  const app = new App(page);
  await app.open("/about/");
  const other = await context.newPage();
  const otherApp = new App(other);
  await otherApp.open("/my-data/");
  await page.getByTestId("text-size-150").click();
  await expect.poll(() => rootSize(other)).toBe("24px");
  await expect(other.getByTestId("text-size-150")).toHaveAttribute("aria-pressed", "true");
  await other.close();
});

test.describe("at the largest size", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const view of VIEWS) {
    test(`${view.path}: no sideways scroll at 320 px`, async ({ page }) => {
      await page.addInitScript((k) => localStorage.setItem(k, "150"), KEY);
      const app = new App(page);
      await app.open(view.path);
      expect(await rootSize(page)).toBe("24px");
      expect(await app.sidewaysOverflow()).toEqual([]);
    });
  }
});

/**
 * Words in the labels of the tab bar and the diary tabs that are broken
 * across lines, for the report. Each word is measured on the text itself
 * (a tab may be taller than one line of text: a 44 px target); a label
 * of two words may wrap between them when the screen has no room.
 */
function brokenLabels(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const el of document.querySelectorAll(".bottom-nav span, .diary-tabs a")) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(
            [...range.getClientRects()]
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (tops.size > 1) {
            broken.push(`"${match[0]}" of "${el.textContent.trim()}" on ${tops.size} lines`);
          }
        }
      }
    }
    return broken;
  });
}

for (const width of [320, 360, 390, 430]) {
  test(`at ${width} px no tab label breaks inside a word, at any text size`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = new App(page);
    const problems = [];
    for (const size of ["100", "125", "150"]) {
      for (const path of ["/my-symptoms/", "/symptoms/"]) {
        await app.open(path);
        await page.evaluate(([k, s]) => localStorage.setItem(k, s), [KEY, size]);
        await page.reload();
        await app.ready();
        for (const p of await brokenLabels(page)) problems.push(`${size}% ${path}: ${p}`);
        // Each tab stays a 44 px target.
        const small = await page.evaluate(() =>
          [...document.querySelectorAll(".bottom-nav a, .diary-tabs a, .text-size button")]
            .map((a) => a.getBoundingClientRect())
            .filter((r) => r.width < 44 || r.height < 44).length,
        );
        if (small) problems.push(`${size}% ${path}: ${small} targets under 44 px`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test("with the browser's text at 200% and the app's at its largest, no tab label breaks inside a word", async ({
  page,
  browserName,
}) => {
  test.skip(browserName !== "chromium", "sets Chromium's default font size");
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  // The browser's own text size: its default font, as a person sets it.
  await cdp.send("Page.enable");
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
  await page.addInitScript((k) => localStorage.setItem(k, "150"), KEY);
  const app = new App(page);
  for (const path of ["/my-symptoms/", "/"]) {
    await app.open(path);
    expect(await rootSize(page)).toBe("48px");
    expect(await brokenLabels(page), path).toEqual([]);
    expect(await app.sidewaysOverflow(), path).toEqual([]);
  }
});
