// English and Spanish: each view at its own address in each language,
// a switch on every page to the same view in the other, a remembered
// choice, and never an automatic redirect.
import { test, expect } from "./fixtures.js";
import { App, DIARY_VIEWS, VIEWS, VIEWS_ES, refuseStorageWrites } from "./app.js";

const LANG_KEY = "ms-your-spine.lang";

/** The reading views as [English, Spanish] pairs, in the same order. */
const PAIRS = VIEWS.map((view, i) => [view, VIEWS_ES[i]]);

test("the switch lands on the same view in the other language, and back", async ({
  page,
}) => {
  const app = new App(page);
  for (const [en, es] of PAIRS) {
    await app.open(en.path);
    const toSpanish = page.getByTestId("lang-switch");
    await expect(toSpanish).toHaveText("Español");
    await expect(toSpanish).toHaveAttribute("lang", "es");
    await toSpanish.click();
    await expect(page).toHaveURL(new RegExp(`${es.path}$`));
    await app.ready();
    await expect(app.heading).toHaveText(es.heading);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const toEnglish = page.getByTestId("lang-switch");
    await expect(toEnglish).toHaveText("English");
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${en.path}$`));
    await app.ready();
    await expect(app.heading).toHaveText(en.heading);
  }
});

test("every page names both languages' addresses for the same view", async ({
  request,
}) => {
  for (const [en, es] of PAIRS) {
    for (const view of [en, es]) {
      const html = await (await request.get(view.path)).text();
      expect(html, view.path).toContain(
        `<link rel="alternate" hreflang="en" href="${en.path}">`,
      );
      expect(html, view.path).toContain(
        `<link rel="alternate" hreflang="es" href="${es.path}">`,
      );
      // Any other language: the English page.
      expect(html, view.path).toContain(
        `<link rel="alternate" hreflang="x-default" href="${en.path}">`,
      );
    }
  }
  // The diary's pages too: /my-symptoms/ and /es/mis-sintomas/.
  const diary = await (await request.get(DIARY_VIEWS[0].path)).text();
  expect(diary).toContain('hreflang="es" href="/es/mis-sintomas/"');
});

test("the choice is remembered: the English home offers Spanish, without redirecting", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/symptoms/");
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/\/es\/sintomas\/$/);
  await app.ready();
  expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("es");
  // Back at the English home, say from a bookmark: it stays English and
  // offers Spanish, in Spanish.
  await app.open("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const offer = page.getByTestId("lang-offer");
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute("lang", "es");
  await offer.getByTestId("lang-offer-go").click();
  await expect(page).toHaveURL(/\/es\/$/);
  await app.ready();
  // On the Spanish home, no offer: it is the language chosen.
  await expect(page.getByTestId("lang-offer")).toBeHidden();
});

test.describe("a browser set to Spanish", () => {
  test.use({ locale: "es-MX" });

  test("is offered Spanish once on the English home, never redirected", async ({
    page,
  }) => {
    const app = new App(page);
    await app.open("/");
    const offer = page.getByTestId("lang-offer");
    await expect(offer).toBeVisible();
    await expect(offer).toContainText("¿Prefiere leer en español?");
    await expect(page).toHaveURL(/\/$/);
    // Once: the next visit does not ask again.
    await page.reload();
    await app.ready();
    await expect(page.getByTestId("lang-offer")).toBeHidden();
  });

  test("'No, gracias' keeps English, hides the offer and keeps focus on the page", async ({
    page,
  }) => {
    const app = new App(page);
    await app.open("/");
    await page.getByTestId("lang-offer-no").click();
    await expect(page.getByTestId("lang-offer")).toBeHidden();
    await expect(page.locator("#main")).toBeFocused();
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("en");
    await app.open("/");
    await expect(page.getByTestId("lang-offer")).toBeHidden();
  });

  test("is not offered anything on the Spanish home", async ({ page }) => {
    const app = new App(page);
    await app.open("/es/");
    await expect(page.getByTestId("lang-offer")).toBeHidden();
  });
});

test.describe("a browser set to English", () => {
  test.use({ locale: "en-US" });

  test("gets no offer on the English home", async ({ page }) => {
    const app = new App(page);
    await app.open("/");
    await expect(page.getByTestId("lang-offer")).toBeHidden();
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBeNull();
  });
});

test("with storage refused, the switch still works and nothing is offered", async ({
  page,
}) => {
  await refuseStorageWrites(page);
  const app = new App(page);
  await app.open("/get-help/");
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/\/es\/pedir-ayuda\/$/);
  await app.ready();
  await expect(app.heading).toHaveText("Cuándo pedir ayuda");
  await app.open("/");
  await expect(page.getByTestId("lang-offer")).toBeHidden();
});

test.describe("an edited stored language", () => {
  test.use({ locale: "es-MX" });
  test("counts as no choice: the browser's language is offered", async ({ page }) => {
    await page.addInitScript((k) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(k, "klingon");
        sessionStorage.setItem("seeded", "1");
      }
    }, LANG_KEY);
    const app = new App(page);
    await app.open("/");
    await expect(page.getByTestId("lang-offer")).toBeVisible();
    // Offered once: the page's language is now the one kept.
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("en");
  });
});

test.describe("an unknown Spanish address", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test("gets the Spanish not-found page, with status 404", { tag: "@host" }, async ({
    page,
  }) => {
    const app = new App(page);
    const response = await app.open("/es/no-existe/");
    expect(response.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(app.heading).toHaveText("No encontramos esta página");
    await page.getByRole("link", { name: "Ver todos los temas" }).click();
    await expect(page).toHaveURL(/\/es\/$/);
  });
});
