// The pages are rendered at build time: their text is in the HTML, so it
// reads with JavaScript off, and the WebAssembly hydrates the few
// interactive islands in place instead of drawing the page again.
import { test, expect } from "./fixtures.js";
import { App, VIEWS, DIARY_VIEWS, DIARY_VIEWS_ES, VIEWS_ES } from "./app.js";

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  for (const view of [...VIEWS, ...VIEWS_ES]) {
    test(`${view.path} shows its main content`, async ({ page }) => {
      const wasm = [];
      page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
      await page.goto(view.path);
      const main = page.locator("main");
      await expect(main.locator("h1")).toHaveText(view.heading);
      for (const fact of view.facts) {
        await expect(main).toContainText(fact);
      }
      await expect(page.locator("nav.bottom-nav")).toBeVisible();
      expect(wasm, "no code runs, so none is fetched").toEqual([]);
    });
  }

  for (const view of [...DIARY_VIEWS, ...DIARY_VIEWS_ES]) {
    test(`${view.path} shows its heading and says why the diary needs scripts`, async ({
      page,
    }) => {
      const spanish = view.path.startsWith("/es/");
      await page.goto(view.path);
      const main = page.locator("main");
      await expect(main.locator("h1")).toHaveText(view.heading);
      await expect(
        main.getByRole("navigation", { name: spanish ? "Mi diario" : "My diary" }),
      ).toBeVisible();
      await expect(main).toContainText(
        spanish ? "Necesita JavaScript activado" : "needs JavaScript turned on",
      );
    });
  }

  test("the spine map's regions are readable without code", async ({ page }) => {
    await page.goto("/your-spine/");
    await expect(page.getByTestId("spine-cervical")).toBeVisible();
    await expect(page.locator("main")).toContainText("Neck");
  });
});

test("each page's HTML already carries its heading and facts", async ({
  request,
}) => {
  for (const view of [...VIEWS, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES]) {
    const response = await request.get(view.path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const heading = view.heading.replace("&", "&amp;");
    expect(html, view.path).toContain(`<h1 tabindex="-1">${heading}</h1>`);
    expect(html, `${view.path} has no preload racing the stylesheet`).not.toMatch(
      /rel="?(module)?preload/,
    );
  }
});

test("hydration keeps the pre-rendered nodes and makes them work", async ({
  page,
}) => {
  const warnings = [];
  page.on("console", (m) => {
    if (/hydrat/i.test(m.text())) warnings.push(m.text());
  });
  // Hold the WebAssembly back until the pre-rendered page is marked.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/ms-your-spine-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/your-spine/");
  const button = page.getByTestId("spine-thoracic");
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await page.evaluate(() => {
    window.__before = document.querySelector("[data-testid=spine-thoracic]");
  });
  release();
  const app = new App(page);
  await app.ready();
  const same = await page.evaluate(
    () =>
      window.__before === document.querySelector("[data-testid=spine-thoracic]") &&
      window.__before.isConnected,
  );
  expect(same, "hydration reused the button instead of drawing a new one").toBe(
    true,
  );
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  expect(warnings).toEqual([]);
});

test("reading pages never download the diary's code; diary pages do", async ({
  page,
}) => {
  const wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname);
  });
  const app = new App(page);
  await app.open("/");
  await app.open("/outlook/");
  expect(wasm.some((p) => p.includes("-diary-"))).toBe(false);
  await app.open("/my-symptoms/");
  expect(wasm.some((p) => p.includes("-diary-"))).toBe(true);
});

test("stored ticks appear after hydration without moving the page", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/my-symptoms/");
  await page.getByRole("checkbox", { name: "Numbness or tingling" }).check();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      // Every shift counts: nobody touches the page while it loads
      // (Chromium's touch emulation can mark one as "recent input").
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const place = await app.scrollPlace();
  expect(place, "the tick was below the first screen").toBeGreaterThan(0);
  await page.reload();
  await app.ready();
  await expect(
    page.getByRole("checkbox", { name: "Numbness or tingling" }),
  ).toBeChecked();
  // Back where the person was, once the tool is drawn.
  await expect.poll(() => app.scrollPlace()).toBe(place);
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.__shift);
  expect(shift, "cumulative layout shift").toBeLessThanOrEqual(0.01);
});

// Lighthouse's phone (Moto G Power): where a short tool once pulled the
// footer up into view.
test.describe("at 412 x 823", () => {
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
for (const view of DIARY_VIEWS) {
  test(`${view.path} replaces its note with the tool without moving anything`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        // Every shift counts: nobody touches the page while it loads
        // (Chromium's touch emulation can mark one as "recent input").
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const app = new App(page);
    await app.open(view.path);
    await app.ready();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => window.__shift);
    expect(shift, "cumulative layout shift").toBeLessThanOrEqual(0.01);
  });
}
});
