import { test, expect } from "./fixtures.js";
import {
  App,
  DIARY_VIEWS,
  DIARY_VIEWS_ES,
  VIEWS as READING,
  VIEWS_ES,
  appName,
} from "./app.js";

const VIEWS = [...READING, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES];

for (const view of VIEWS) {
  test(`${view.path} has its own URL and shows its facts`, async ({ page }) => {
    const app = new App(page);
    const response = await app.open(view.path);
    expect(response.status()).toBe(200);
    await expect(app.heading).toHaveText(view.heading);
    for (const fact of view.facts) {
      await expect(app.main).toContainText(fact);
    }
    // The page file itself carries the view's title, and so does the app.
    const served = await response.text();
    expect(served).toContain("<title>");
    await expect(page).toHaveTitle(new RegExp(appName(view.path)));
    // In its own language, for screen readers, speech and translation.
    const lang = view.path.startsWith("/es/") ? "es" : "en";
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // A reload (or a shared link) lands on the same view.
    await page.reload();
    await expect(app.heading).toHaveText(view.heading);
    await expect(page.getByTestId("clinic-call")).toHaveAttribute(
      "href",
      "tel:+13108287757",
    );
  });
}

test.describe("an unknown address", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test("says so, with status 404", { tag: "@host" }, async ({ page }) => {
    const app = new App(page);
    const response = await app.open("/no-such-page/");
    expect(response.status()).toBe(404);
    await expect(app.heading).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to all topics" }).click();
    await expect(app.heading).toHaveText("MS & Your Spine");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });
});

test("links open each view's own page, and back works", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/");
  await app.tabs.getByRole("link", { name: "Symptoms" }).click();
  await expect(page).toHaveURL(/\/symptoms\/$/);
  await expect(app.heading).toHaveText("Spinal cord symptoms");
  await expect(page).toHaveTitle("Symptoms - MS & Your Spine");
  await expect(
    app.tabs.getByRole("link", { name: "Symptoms" }),
  ).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: /Next\s*Treatment/ }).click();
  await expect(app.heading).toHaveText("Treatment and support");
  await page.goBack();
  await expect(app.heading).toHaveText("Spinal cord symptoms");
  await page.goBack();
  await expect(app.heading).toHaveText("MS & Your Spine");
  await expect(page).toHaveTitle("MS & Your Spine");
});

test("the spine map works by tap", async ({ page }) => {
  const app = new App(page);
  await app.open("/your-spine/");
  const detail = page.getByTestId("spine-detail");
  await page.getByTestId("spine-cervical").tap();
  await expect(detail).toContainText("2 in 3");
  await expect(page.getByTestId("spine-cervical")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.locator("g[data-region=lumbar] rect.spine-band").tap();
  await expect(detail).toContainText("Lower back");
  await expect(page.getByTestId("spine-cervical")).toHaveAttribute(
    "aria-pressed",
    "false",
  );
});

test("the spine map works by keyboard", async ({ page }) => {
  const app = new App(page);
  await app.open("/your-spine/");
  const first = page.getByTestId("spine-cervical");
  await first.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("spine-thoracic")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("spine-detail")).toContainText("Chest");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("spine-detail")).toContainText("Lower back");
  await expect(page.getByTestId("spine-lumbar")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("symptom explainers open by tap and by keyboard", async ({ page }) => {
  const app = new App(page);
  await app.open("/symptoms/");
  const first = page.getByTestId("symptom-weakness");
  await first.locator("summary").tap();
  await expect(first.getByText("What can help")).toBeVisible();
  const second = page.getByTestId("symptom-stiffness");
  await second.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(second.getByText("When to get help")).toBeVisible();
});

test("the quiz scores answers with kind feedback", async ({ page }) => {
  const app = new App(page);
  await app.open("/outlook/");
  const items = page.locator(".quiz-item");
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(5);
  expect(total).toBeLessThanOrEqual(8);
  // Answer every question "Fact": the score is the number of facts.
  for (let i = 0; i < total; i++) {
    await page.getByTestId(`quiz-${i}-fact`).click();
    await expect(page.getByTestId(`quiz-${i}-feedback`)).not.toBeEmpty();
  }
  const facts = await page
    .locator(".quiz-feedback .right")
    .count();
  expect(facts).toBeGreaterThan(0);
  expect(facts).toBeLessThan(total);
  await expect(page.getByTestId("quiz-score")).toHaveText(
    `All done: ${facts} of ${total} right. Well done for checking.`,
  );
});
