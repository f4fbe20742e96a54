// When to get help: one care table behind every screen that shows a sign,
// and the diary's relapse and pseudo-relapse flags with their care levels.
import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import { BUILT_IN, DIARY_KEY, daysAgo, diaryText, seed, stored, usDate } from "./diary.js";

const LEVELS = ["emergency", "crisis", "same-day", "soon", "routine"];

/**
 * A diary whose stiffness was 3 for 10 days, then 7 yesterday and today:
 * worse for more than 24 hours. `feverDaysAgo` ticks "infection or
 * fever" on that day (counting back from today), if given.
 */
function worseDiary({ feverDaysAgo = null } = {}) {
  const days = [];
  for (let n = 11; n >= 0; n--) {
    const stiffness = n <= 1 ? "7" : "3";
    days.push([daysAgo(n), "." + stiffness, null, n === feverDaysAgo, "", ""]);
  }
  return diaryText(undefined, days);
}

test("the Get help page shows every care level, most urgent first", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/get-help/");
  const ids = await page
    .locator(".care-cards > section")
    .evaluateAll((cards) => cards.map((c) => c.id));
  expect(ids).toEqual(LEVELS.map((l) => `care-${l}`));
  const emergency = page.getByTestId("care-emergency");
  await expect(emergency).toContainText("Call 911 now if:");
  await expect(emergency).toContainText("face droops");
  await expect(emergency).toContainText("trouble breathing or swallowing");
  await expect(emergency).toContainText("new numbness around your genitals");
  await expect(emergency.getByTestId("call-911")).toHaveAttribute("href", "tel:911");
  await expect(page.getByTestId("care-same-day")).toContainText("Do not wait 24 hours");
  await expect(page.getByTestId("care-same-day")).toContainText("pseudo-relapse");
  await expect(page.getByTestId("care-soon")).toContainText("within 14 days");
  await expect(page.getByTestId("care-routine")).toContainText("next appointment");
  const crisis = page.getByTestId("care-crisis");
  await expect(crisis).toContainText("988");
  await expect(crisis.getByTestId("call-988")).toHaveAttribute("href", "tel:988");
  // Only the 911 and 988 cards have a call button.
  await expect(page.locator(".care-cards a[href^='tel:']")).toHaveCount(2);
});

test("each emergency sign on the checklist shows the 911 card, and its words are the Get help page's", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/get-help/");
  const onHelp = await page
    .getByTestId("care-emergency")
    .locator("li")
    .allTextContents();
  expect(onHelp.length).toBeGreaterThanOrEqual(7);

  await app.open("/my-symptoms/");
  const boxes = page.getByTestId("emergency-signs").getByRole("checkbox");
  const labels = await page
    .getByTestId("emergency-signs")
    .locator("label span")
    .allTextContents();
  expect(labels).toEqual(onHelp);
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    await expect(page.getByTestId("emergency-card")).toHaveCount(0);
    await boxes.nth(i).check();
    const card = page.getByTestId("emergency-card");
    await expect(card, labels[i]).toContainText("Call 911 now if:");
    await expect(card.getByTestId("call-911")).toBeVisible();
    await boxes.nth(i).uncheck();
  }
  await expect(page.getByTestId("emergency-card")).toHaveCount(0);
  // Ticks are about this moment: never stored.
  expect((await stored(page)) ?? "").not.toContain("stroke");
});

test("symptom cards list the Get help page's signs and link to their level", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/get-help/");
  const helpSigns = new Set(
    (await page.locator(".care-cards li").allTextContents()).map((t) => t.trim()),
  );
  await app.open("/symptoms/");
  const cards = page.locator("details.explainer");
  const n = await cards.count();
  expect(n).toBe(10);
  for (let i = 0; i < n; i++) {
    await cards.nth(i).locator("summary").click();
  }
  const rows = page.locator("[data-testid=symptom-signs] li");
  expect(await rows.count()).toBeGreaterThan(n);
  for (const row of await rows.all()) {
    const level = await row.locator(".care-level").textContent();
    const link = row.locator("a");
    const href = await link.getAttribute("href");
    // 911 and 988 dial at once; the others open their card on Get help.
    if (level === "Emergency") expect(href).toBe("tel:911");
    else if (level === "Crisis") expect(href).toBe("tel:988");
    else expect(href).toMatch(/^\/get-help\/#care-/);
    // The row's sign, between the badge and the link, is on Get help.
    const full = (await row.textContent()).trim();
    const action = (await link.textContent()).trim();
    const sign = full.slice(level.length).trim().replace(`. ${action}`, "").trim();
    expect(helpSigns.has(sign), `${sign} is on Get help`).toBe(true);
  }
  // Weakness lists the stroke sign; numbness no longer describes paralysis.
  await expect(page.getByTestId("symptom-weakness")).toContainText("face droops");
  await expect(page.getByTestId("symptom-weakness")).toContainText("(paralysis)");
  await expect(page.getByTestId("symptom-numbness")).not.toContainText("paralysis");
  await expect(page.getByTestId("symptom-mood")).toContainText("988");
  // A link lands on its card.
  await page
    .getByTestId("symptom-bladder")
    .locator("li[data-sign=urine-infection] a")
    .click();
  await expect(page).toHaveURL(/\/get-help\/#care-same-day$/);
  await expect(page.locator("#care-same-day")).toBeInViewport();
});

test("worse for 2 days without fever: a possible relapse, contact the MS team soon", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, worseDiary());
  const app = new App(page);
  await app.open("/my-symptoms/");
  const flag = page.getByTestId("flag-soon");
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText("Possible relapse - contact your MS team soon");
  await expect(flag).toContainText("Stiff, tight muscles");
  await expect(flag).toContainText("Within days");
  await expect(flag).toContainText("within 14 days");
  await expect(page.getByTestId("flag-same-day")).toHaveCount(0);
  await expect(flag.getByTestId("flag-help-link")).toHaveAttribute(
    "href",
    "/get-help/#care-soon",
  );
});

test("ticking fever in the diary turns a worse symptom into the same-day pseudo-relapse message", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, worseDiary());
  const app = new App(page);
  await app.open("/diary/");
  await page.getByLabel("I may have an infection or a fever").check();
  await page.getByTestId("save-day").click();
  await expect(page.getByTestId("day-message")).toContainText("Saved for");
  const today = JSON.parse(await stored(page)).data.days.find(
    (d) => d[0] === daysAgo(0),
  );
  expect(today[1]).toBe(".7");
  expect(today[3]).toBe(true);

  await app.open("/my-symptoms/");
  const flag = page.getByTestId("flag-same-day");
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText("Worse with a fever or infection - contact a doctor today");
  await expect(flag).toContainText("can bring old symptoms back");
  await expect(flag).toContainText("pseudo-relapse");
  await expect(flag).toContainText("Contact a doctor today");
  await expect(flag).toContainText("Same day");
  await expect(flag).toContainText(`fever or infection noted on ${usDate(daysAgo(0))}`);
  await expect(page.getByTestId("relapse-flags")).not.toContainText("Possible relapse");
  await expect(page.getByTestId("flag-soon")).toHaveCount(0);
  await flag.getByTestId("flag-help-link").click();
  await expect(page).toHaveURL(/\/get-help\/#care-same-day$/);
});

for (const [when, n] of [
  ["the day before the worsening", 2],
  ["3 days before the worsening", 4],
  ["the first worse day", 1],
]) {
  test(`fever ticked on ${when} gives the pseudo-relapse message`, async ({
    page,
  }) => {
    await seed(page, DIARY_KEY, worseDiary({ feverDaysAgo: n }));
    const app = new App(page);
    await app.open("/my-symptoms/");
    await expect(page.getByTestId("flag-same-day")).toHaveCount(1);
    await expect(page.getByTestId("flag-soon")).toHaveCount(0);
  });
}

test("the report names the pseudo-relapse for the clinician", async ({ page }) => {
  await seed(page, DIARY_KEY, worseDiary({ feverDaysAgo: 0 }));
  const app = new App(page);
  await app.open("/report/");
  const sheet = page.getByTestId("report-sheet");
  await expect(sheet).toContainText("Worse with a fever or infection - contact a doctor today");
  await expect(sheet).not.toContainText("Possible relapse");
});

test("every reading page lists its sources and the review dates", async ({
  page,
}) => {
  const app = new App(page);
  for (const path of [
    "/what-is-ms/",
    "/your-spine/",
    "/symptoms/",
    "/treatment/",
    "/diagnosis/",
    "/get-help/",
    "/outlook/",
  ]) {
    await app.open(path);
    const sources = page.getByTestId("page-sources");
    await expect(sources, path).toHaveCount(1);
    expect(await sources.locator("li a[href^='https://']").count(), path)
      .toBeGreaterThan(0);
    await expect(sources.getByTestId("page-review"), path).toContainText("Last reviewed");
    await expect(sources.getByTestId("page-review"), path).toContainText("Next review");
  }
  await app.open("/get-help/");
  const help = page.getByTestId("page-sources");
  for (const name of ["Managing relapses", "MS Relapse Toolkit", "Stroke symptoms"]) {
    await expect(help).toContainText(name);
  }
  await app.open("/diagnosis/");
  await expect(page.getByTestId("page-sources")).toContainText("2024 revisions");
});

test("the footer names the spine practice and puts the MS team first", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/");
  await expect(page.getByTestId("clinic-line")).toContainText("spine practice");
  await expect(page.getByTestId("clinic-call")).toHaveAttribute("href", "tel:+13108287757");
  await expect(page.getByTestId("ms-team-first")).toHaveText(
    "For MS symptoms, call your own MS team first.",
  );
});

test("a symptom name with a direction override cannot flip the flag's own words", async ({
  page,
}) => {
  // A symptom of the user's own, new since 3 days ago, named with a
  // right-to-left override that is never closed.
  const ids = BUILT_IN;
  const symptoms = ids.map((id) => ({ id }));
  symptoms.push({
    id: "custom-1",
    name: "\u202Eleg ache",
    now: true,
    onset: "new",
    since: daysAgo(3),
  });
  await seed(page, DIARY_KEY, diaryText(symptoms));
  const app = new App(page);
  await app.open("/my-symptoms/");
  const flag = page.getByTestId("flag-soon");
  await expect(flag).toHaveCount(1);
  // The name sits alone in a <bdi>, so its override ends there.
  await expect(flag.locator("bdi")).toHaveText("\u202Eleg ache");
  // The app's own words follow it, outside the <bdi>.
  const line = await flag
    .locator("bdi")
    .evaluate((el) => el.parentElement.textContent);
  expect(line).toMatch(/^\u202Eleg ache: New since [A-Z][a-z]{2} \d{1,2}, \d{4}/);
});
