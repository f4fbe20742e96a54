// The diary in Spanish: the same stored diary read in either language,
// with nothing stored changed by the language; the report printed in
// English or Spanish whatever the page's language.
import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import { DIARY_KEY, seed, stored, storedDiary, diaryText, daysAgo } from "./diary.js";

const REPORT_LANG_KEY = "ms-your-spine.report-lang";

test("a diary made in English reads the same in Spanish and back, and nothing stored changes", async ({
  page,
}) => {
  const app = new App(page);
  // Made in English: a tick, a custom symptom and a day's scores.
  await app.open("/my-symptoms/");
  await page.getByTestId("check-bladder").getByRole("checkbox").check();
  await page.getByLabel("Add a symptom of your own").fill("Dolor de cabeza, mine");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.locator("main")).toContainText("Dolor de cabeza, mine");
  const before = await stored(page);
  expect(before).toContain('"bladder"');

  // Read in Spanish: the built-in names in Spanish, the user's own as typed.
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/\/es\/mis-sintomas\/$/);
  await app.ready();
  const bladder = page.getByTestId("check-bladder");
  await expect(bladder).toContainText("Problemas de la vejiga");
  await expect(bladder.getByRole("checkbox")).toBeChecked();
  await expect(page.locator("main")).toContainText("Dolor de cabeza, mine");
  expect(await stored(page), "reading in Spanish changes nothing stored").toBe(before);

  // Back in English: the same diary, the same words as before.
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/\/my-symptoms\/$/);
  await app.ready();
  await expect(page.getByTestId("check-bladder")).toContainText("Bladder problems");
  await expect(page.getByTestId("check-bladder").getByRole("checkbox")).toBeChecked();
  expect(await stored(page)).toBe(before);
});

test("a change made in Spanish is the same change in English", async ({ page }) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 3 }));
  const app = new App(page);
  await app.open("/es/mis-sintomas/");
  await page.getByTestId("check-bowel").getByRole("checkbox").check();
  await app.open("/my-symptoms/");
  await expect(page.getByTestId("check-bowel").getByRole("checkbox")).toBeChecked();
  const data = JSON.parse(await stored(page)).data;
  const bowel = data.symptoms.find((s) => s.id === "bowel");
  expect(bowel.now, "stored by id, with no language in it").toBe(true);
  expect(await stored(page)).not.toMatch(/intestino|Bowel problems/);
});

test("the Spanish diary pages speak Spanish: dates, trend words and flags", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 10, note: "Cansada" }));
  const app = new App(page);
  await app.open("/es/diario/");
  const main = page.locator("main");
  await expect(main).toContainText(/de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/);
  await expect(main).not.toContainText("How well did you sleep?");
  await app.open("/es/tendencias/");
  await expect(page.locator("main")).toContainText("Brazos o piernas débiles o pesados");
  await expect(page.locator("main")).not.toContainText("Weak or heavy arms or legs");
});

test("the report prints in English or Spanish, whatever the page's language, and the choice is kept", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 30, note: "Cansada" }));
  const app = new App(page);
  await app.open("/es/informe/");
  const sheet = page.getByTestId("report-sheet");
  // Starts in the page's language.
  await expect(sheet).toHaveAttribute("lang", "es");
  await expect(sheet).toContainText("Resumen para la consulta");
  await expect(sheet).toContainText("Brazos o piernas débiles o pesados");
  await expect(sheet).toContainText("Cansada");
  await expect(page.getByTestId("report-lang-es")).toHaveAttribute("aria-pressed", "true");

  // For an English-speaking neurologist: the sheet in English, the page's
  // own controls still in Spanish.
  await page.getByTestId("report-lang-en").click();
  await expect(sheet).toHaveAttribute("lang", "en");
  await expect(sheet).toContainText("Visit summary");
  await expect(sheet).toContainText("Weak or heavy arms or legs");
  await expect(sheet).not.toContainText("Resumen para la consulta");
  await expect(page.locator("main h1")).toHaveText("Informe");
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeVisible();
  expect(await stored(page, REPORT_LANG_KEY)).toBe("en");

  // Printed: one page, in English.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeHidden();
  const pdf = await page.pdf({ format: "Letter" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  await page.emulateMedia({ media: "screen" });

  // Kept for next time, and the other way round from the English page.
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("report-sheet")).toHaveAttribute("lang", "en");
  await app.open("/report/");
  await page.getByTestId("report-lang-es").click();
  await expect(page.getByTestId("report-sheet")).toContainText("Resumen para la consulta");
  await expect(page.locator("main h1")).toHaveText("Report");
});

test("with storage refused, the report language still changes for this page", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, diaryText(undefined, [[daysAgo(0), "23", 6, false, "", ""]]));
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "ms-your-spine.report-lang") {
        throw new DOMException("refused", "QuotaExceededError");
      }
      return original.call(this, key, value);
    };
  });
  const app = new App(page);
  await app.open("/report/");
  await page.getByTestId("report-lang-es").click();
  await expect(page.getByTestId("report-sheet")).toHaveAttribute("lang", "es");
  await expect(page.getByTestId("report-sheet")).toContainText("Resumen para la consulta");
});
