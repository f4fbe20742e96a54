import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import {
  BACKUP_KEY,
  DIARY_KEY,
  daysAgo,
  expectPicked,
  pick,
  picker,
  seed,
  stored,
  storedDiary,
} from "./diary.js";

test("a ticked symptom is still ticked after a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("/my-symptoms/");
  const row = page.getByTestId("check-numbness");
  await row.getByRole("checkbox").check();
  await pick(picker(row, "How bad is it now?"), "6");
  await row.getByLabel("Where in your body?").fill("Left hand");
  await row.getByLabel("Where in your body?").blur();
  await page.reload();
  await expect(page.getByTestId("check-numbness").getByRole("checkbox"))
    .toBeChecked();
  await expect(page.getByTestId("check-numbness").getByLabel("Where in your body?"))
    .toHaveValue("Left hand");
  expect(await stored(page)).toContain('"severity":6');
});

test("an emergency sign shows the 911 card at once", async ({ page }) => {
  const app = new App(page);
  await app.open("/my-symptoms/");
  await expect(page.getByTestId("emergency-card")).toHaveCount(0);
  await page.getByLabel("You cannot pee").check();
  await expect(page.getByTestId("emergency-card")).toContainText("Call 911");
  await page.getByLabel("You cannot pee").uncheck();
  await expect(page.getByTestId("emergency-card")).toHaveCount(0);
});

test("a symptom of your own can be added, and bad names are refused", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/my-symptoms/");
  const field = page.getByLabel("Add a symptom of your own");
  await field.fill("Tiredness");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("checklist")).toContainText("Tiredness");
  await field.fill("tiredness");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.locator("#new-symptom-error")).not.toBeEmpty();
  await page.reload();
  await expect(page.getByTestId("checklist")).toContainText("Tiredness");
});

test("a diary entry survives a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("/diary/");
  await pick(picker(page, "Weak or heavy arms or legs"), "7");
  await pick(picker(page, "How well did you sleep?"), "4");
  await page.getByLabel("I may have an infection or a fever").check();
  await page.getByLabel("Notes").fill("Hot day, legs heavy");
  await page.getByTestId("save-day").click();
  await expect(page.getByTestId("day-message")).toContainText("Saved");
  await page.reload();
  await expectPicked(picker(page, "Weak or heavy arms or legs"), "7");
  await expect(page.getByLabel("Notes")).toHaveValue("Hot day, legs heavy");
  await expect(page.getByTestId("past-days")).toContainText("1 symptom scored");
});

test("past days open for editing", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 5 }));
  const app = new App(page);
  await app.open("/diary/");
  await expect(page.getByTestId("past-days").locator("li")).toHaveCount(5);
  await page.getByTestId("past-days").locator("button").nth(2).click();
  await expect(page.locator("#day")).toHaveValue(daysAgo(2));
});

test.describe("unreadable stored data", () => {
  test("the app loads, says so, keeps a copy and offers it", async ({
    page,
  }) => {
    const broken = '{"version":1,"data":{"symptoms":[{"id":"weak';
    await seed(page, DIARY_KEY, broken);
    const app = new App(page);
    await app.open("/my-symptoms/");
    await expect(page.getByTestId("save-status")).toContainText(
      "could not be read",
    );
    expect(await stored(page, BACKUP_KEY)).toBe(broken);
    // Carry on: a new tick saves, and the copy is never overwritten.
    await page.getByTestId("check-bladder").getByRole("checkbox").check();
    expect(await stored(page)).toContain("bladder");
    expect(await stored(page, BACKUP_KEY)).toBe(broken);
    await app.open("/my-data/");
    const download = page.waitForEvent("download");
    await page.getByTestId("unreadable-download").first().click();
    const file = await download;
    const path = await file.path();
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(path, "utf8")).toBe(broken);
  });
});

test.describe("storage turned off", () => {
  test("the app works in memory and says nothing will be kept", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    const app = new App(page);
    await app.open("/my-symptoms/");
    await expect(page.getByTestId("save-status")).toContainText(
      "not letting the app save",
    );
    const box = page.getByTestId("check-weakness").getByRole("checkbox");
    await box.check();
    await expect(box).toBeChecked();
    // The reading views are untouched.
    await app.open("/your-spine/");
    await expect(app.heading).toHaveText("How MS affects your spine");
  });
});

test.describe("storage full", () => {
  test("the user is told and the last saved state stays", async ({ page }) => {
    await seed(page, DIARY_KEY, storedDiary({ days: 2 }));
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === "ms-your-spine.diary" && window.__full) {
          throw new DOMException("full", "QuotaExceededError");
        }
        return real.call(this, key, value);
      };
    });
    const app = new App(page);
    await app.open("/my-symptoms/");
    const before = await stored(page);
    await page.evaluate(() => (window.__full = true));
    const box = page.getByTestId("check-bowel").getByRole("checkbox");
    await box.click();
    await expect(page.getByTestId("save-status")).toContainText("full");
    expect(await stored(page)).toBe(before);
    // The refused tick does not stay on screen: what is shown is stored.
    await expect(box).not.toBeChecked();
  });
});

test("two open tabs see each other's changes, and neither loses any", async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await new App(first).open("/my-symptoms/");
  await new App(second).open("/my-symptoms/");
  await first.getByTestId("check-weakness").getByRole("checkbox").check();
  await expect(
    second.getByTestId("check-weakness").getByRole("checkbox"),
  ).toBeChecked();
  await second.getByTestId("check-bowel").getByRole("checkbox").check();
  await expect(first.getByTestId("check-bowel").getByRole("checkbox"))
    .toBeChecked();
  await expect(first.getByTestId("check-weakness").getByRole("checkbox"))
    .toBeChecked();
  const text = await stored(first);
  expect(text).toMatch(/"id":"weakness","now":true/);
  expect(text).toMatch(/"id":"bowel","now":true/);
});

test("trends show a chart and a table for recorded symptoms", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 40 }));
  const app = new App(page);
  await app.open("/trends/");
  const charts = page.getByTestId("trend");
  await expect(charts).toHaveCount(2);
  await expect(charts.first().locator("polyline")).toHaveAttribute(
    "points",
    /,/,
  );
  await charts.first().getByText("Show as a table").click();
  await expect(charts.first().locator("tbody tr")).toHaveCount(30);
  await page.getByTestId("window-90").click();
  await expect(charts.first().locator("tbody tr")).toHaveCount(40);
});

test("a month of data prints on one page", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 30, note: "Tired" }));
  const app = new App(page);
  await app.open("/report/");
  await expect(page.getByTestId("report-sheet")).toContainText(
    "Weak or heavy arms or legs",
  );
  await expect(page.getByTestId("report-sheet")).toContainText("Tired");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".bottom-nav")).toBeHidden();
  const pdf = await page.pdf({ format: "Letter" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test("a new symptom lasting more than a day raises the relapse flag", async ({
  page,
}) => {
  const diary = JSON.parse(storedDiary());
  diary.data.symptoms[2] = {
    id: "numbness",
    now: true,
    onset: "new",
    since: daysAgo(3),
  };
  await seed(page, DIARY_KEY, JSON.stringify(diary));
  const app = new App(page);
  await app.open("/my-symptoms/");
  const flags = page.getByTestId("relapse-flags");
  await expect(flags).toContainText("Possible relapse - contact your MS team soon");
  await expect(flags).toContainText("Numbness or tingling");
  await expect(flags).not.toContainText(/diagnos/i);
  // Marked as an old symptom instead: no flag.
  await page.getByTestId("check-numbness").getByLabel("I have had it before")
    .check();
  await expect(flags).toBeEmpty();
});
