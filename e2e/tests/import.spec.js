import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import { DIARY_KEY, seed, stored, storedDiary } from "./diary.js";

async function importFile(page, name, text) {
  await page.getByTestId("import-file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

const refusals = [
  ["not JSON", "hello there", "not a diary backup"],
  ["not our envelope", '{"name":"x"}', "not a diary backup"],
  [
    "a newer version",
    '{"version":9,"data":{"symptoms":[],"days":[]}}',
    "newer",
  ],
  [
    "a severity out of range",
    storedDiary({ days: 1 }).replace('"severity":5', '"severity":12'),
    "10",
  ],
];

for (const [what, text, reason] of refusals) {
  test(`an import of ${what} is refused with the reason`, async ({ page }) => {
    await seed(page, DIARY_KEY, storedDiary({ days: 3 }));
    const app = new App(page);
    await app.open("/my-data/");
    const before = await stored(page);
    await importFile(page, "backup.json", text);
    const error = page.getByTestId("import-error");
    await expect(error).toContainText("was not imported");
    await expect(error).toContainText(reason, { ignoreCase: true });
    expect(await stored(page)).toBe(before);
  });
}

test("a file over 16 MB is refused before it is read", async ({ page }) => {
  const app = new App(page);
  await app.open("/my-data/");
  await importFile(page, "big.json", "x".repeat(17 * 1024 * 1024));
  await expect(page.getByTestId("import-error")).toContainText(
    "at most 16 MB",
  );
});

test("a day saved with a wrong clock is left out and the rest of the backup imports", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 2 }));
  const app = new App(page);
  await app.open("/my-data/");
  const backup = JSON.parse(storedDiary({ days: 10 }));
  backup.data.days.push(["2100-01-01", "9", null, false, "", ""]);
  await importFile(page, "backup.json", JSON.stringify(backup));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("10 days");
  await expect(page.getByTestId("import-left-out")).toContainText("2100-01-01");
  await expect(page.getByTestId("import-left-out")).toContainText("left out");
  await page.getByTestId("import-merge").click();
  await expect(page.getByTestId("import-done")).toBeVisible();
  const days = JSON.parse(await stored(page)).data.days.map((d) => d[0]);
  expect(days.length).toBe(10);
  expect(days).not.toContain("2100-01-01");
});

test("a valid backup is previewed, then merged", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 2 }));
  const app = new App(page);
  await app.open("/my-data/");
  await importFile(page, "backup.json", storedDiary({ days: 10 }));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("10 days");
  await expect(preview).toContainText("2 of its days are already");
  await page.getByTestId("import-merge").click();
  await expect(page.getByTestId("import-done")).toBeVisible();
  const text = await stored(page);
  expect(JSON.parse(text).data.days).toHaveLength(10);
});

test("replace asks again before it replaces", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 3 }));
  const app = new App(page);
  await app.open("/my-data/");
  await importFile(page, "backup.json", storedDiary({ days: 1 }));
  await page.getByTestId("import-replace").click();
  expect(JSON.parse(await stored(page)).data.days).toHaveLength(3);
  await page.getByTestId("import-replace-confirm").click();
  await expect(page.getByTestId("import-done")).toBeVisible();
  expect(JSON.parse(await stored(page)).data.days).toHaveLength(1);
});

test("export saves a backup that imports again", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 4, note: "Cold" }));
  const app = new App(page);
  await app.open("/my-data/");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ms-your-spine-backup-.*\.json$/);
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(await file.path(), "utf8");
  expect(JSON.parse(text).data.days).toHaveLength(4);
  await expect(page.getByTestId("backup-reminder")).toContainText(
    "Your last backup was on",
  );
  const csv = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
});

test("delete everything asks first, then empties the diary", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 3 }));
  const app = new App(page);
  await app.open("/my-data/");
  await page.getByTestId("delete-confirm-ask").click();
  expect(await stored(page)).not.toBeNull();
  await page.getByTestId("delete-confirm").click();
  await expect(page.getByTestId("undo-bar")).toContainText("deleted");
  expect(await stored(page)).toBeNull();
  await app.open("/diary/");
  await expect(page.getByTestId("past-days")).toContainText("No days saved");
});
