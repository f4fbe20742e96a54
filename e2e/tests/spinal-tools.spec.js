import { test, expect } from "./fixtures.js";
import { readFile } from "node:fs/promises";
import { App } from "./app.js";
import { DIARY_KEY, seed, stored, storedDiary } from "./diary.js";

// The bladder diary and the timed 25-foot walk: kept across reloads and
// midnight with the clock under the test's control, totals per day and
// night, the stopwatch, the trend, exports and an older diary migrated.

/** The stored diary, parsed. */
async function storedJson(page) {
  return JSON.parse(await stored(page));
}

/** A local time on a day of November 2026. */
function nov(day, hours, minutes = 0) {
  return new Date(2026, 10, day, hours, minutes, 0);
}

/** The totals table's cells for a row: [day, night, total]. */
async function totalsRow(page, label) {
  const row = page.getByTestId("bladder-totals").locator("tr", {
    has: page.getByRole("rowheader", { name: label, exact: true }),
  });
  return (await row.locator("td").allTextContents()).map((t) => t.trim());
}

/** A version 2 diary with one earlier walk test and nothing else. */
function withEarlierWalk() {
  return JSON.stringify({
    version: 2,
    data: {
      symptoms: [],
      days: [],
      walks: [{ id: "earlier-1", date: "2026-09-01", first: "11.0", aid: "none" }],
    },
  });
}

test("a 3-day bladder diary is kept across reloads and midnight, with day and night totals", async ({
  page,
}) => {
  await page.clock.install({ time: nov(28, 7, 30) });
  const app = new App(page);
  await app.open("/bladder/");
  await page.clock.pauseAt(nov(28, 7, 31));
  await expect(page.getByTestId("bladder-day")).toHaveText("28 November 2026 (today)");

  // Day 1: a trip, a drink (250 mL of water), later an urgent trip.
  await page.getByTestId("add-urine").click();
  await expect(page.getByTestId("bladder-message")).toHaveText("Added: Passed urine at 07:31.");
  await page.getByTestId("add-drink").click();
  const drink = page.getByTestId("bladder-entry").filter({ hasText: "Drink" });
  await expect(drink.getByTestId("entry-editor")).toBeVisible();
  await drink.getByTestId("amount-ml").fill("250");
  await drink.getByTestId("amount-ml").press("Enter");
  await expect(drink).toContainText("Water, 250 mL");
  await page.clock.fastForward("03:00:00");
  await page.getByTestId("add-urine").click();
  const urgent = page.getByTestId("bladder-entry").filter({ hasText: "10:31" });
  await urgent.getByTestId("amount-medium").click();
  await urgent.getByTestId("entry-urgent").check();
  await expect(urgent).toContainText("Medium, had to rush");
  // A paused clock would hold the page's start-up timers: let it run.
  await page.clock.resume();
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(3);

  // Late evening and past midnight: still the 28th's diary day (its
  // night), until waking at 07:00.
  await page.clock.fastForward("13:20:00"); // 23:51
  await page.getByTestId("add-leak").click();
  await page.clock.fastForward("00:20:00"); // 00:11 on the 29th
  await page.getByTestId("add-urine").click();
  await expect(page.getByTestId("bladder-day")).toHaveText("28 November 2026 (today)");
  await expect(page.getByTestId("bladder-entry")).toHaveCount(5);
  await expect(page.locator("[data-testid=bladder-entry][data-night=true]")).toHaveCount(2);
  expect(await totalsRow(page, "Times you passed urine")).toEqual(["2", "1", "3"]);
  expect(await totalsRow(page, "Leaks")).toEqual(["0", "1", "1"]);
  expect(await totalsRow(page, "Had to rush")).toEqual(["1", "0", "1"]);
  expect(await totalsRow(page, "Drinks")).toEqual(["1", "0", "1"]);
  expect(await totalsRow(page, "Drinks measured")).toEqual(["250 mL", "-", "250 mL"]);

  // Waking on the 29th: the page moves on to the new diary day.
  await page.clock.fastForward("07:00:00"); // 07:11
  await expect(page.getByTestId("bladder-day")).toHaveText("29 November 2026 (today)");
  await expect(page.getByTestId("bladder-empty")).toBeVisible();
  await page.getByTestId("add-urine").click();
  // Day 3, after a reload.
  await page.clock.fastForward("24:00:00");
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("bladder-day")).toHaveText("30 November 2026 (today)");
  await page.getByTestId("add-drink").click();
  await page.getByTestId("drink-caffeine").click();
  await expect(page.getByTestId("bladder-entry")).toContainText("Coffee, tea or cola");

  const days = page.getByTestId("bladder-days").locator("li");
  await expect(days).toHaveCount(3);
  await expect(days.nth(2)).toHaveText("28 November 2026: 3 times, 1 at night, 1 leak, 1 drink");
  await expect(days.nth(1)).toHaveText("29 November 2026: 1 time, 0 at night, 0 leaks, 0 drinks");
  // Back to the first day: what is shown is what is stored.
  await days.nth(2).getByRole("button").click();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(5);
  const saved = await storedJson(page);
  expect(saved.version).toBe(2);
  expect(saved.data.bladder.events).toHaveLength(7);
  expect(saved.data.bladder.events.filter((e) => e.what === "urine" && e.urgent)).toHaveLength(1);
});

test("a double tap adds one entry, and a deleted entry comes back with Undo", async ({ page }) => {
  const app = new App(page);
  await app.open("/bladder/");
  await page.getByTestId("add-urine").dblclick();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(1);
  await page.getByTestId("entry-delete").click();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(0);
  // Nothing left to keep: the stored diary has no bladder part at all.
  expect((await storedJson(page)).data.bladder).toBeUndefined();
  await page.getByTestId("undo").click();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(1);
  expect((await storedJson(page)).data.bladder.events).toHaveLength(1);
});

test("pain, blood or fever brings the same-day note from the care table; fever is the diary's own box", async ({
  page,
}) => {
  const app = new App(page);
  await app.open("/bladder/");
  await expect(page.getByTestId("bladder-care")).toHaveCount(0);
  // The 911 signs are always there.
  await expect(page.getByTestId("bladder-911")).toContainText("You cannot pee at all");
  await expect(page.getByTestId("bladder-911").getByRole("link", { name: "Call 911" }))
    .toHaveAttribute("href", "tel:911");
  await page.getByTestId("sign-blood").check();
  const care = page.getByTestId("bladder-care");
  await expect(care).toContainText("Contact your doctor or MS team today");
  await expect(care.locator("li[data-sign=urine-blood]")).toHaveText("You see blood in your pee");
  await page.getByTestId("sign-fever").check();
  await expect(care.locator("li[data-sign=fever]")).toBeVisible();
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("sign-blood")).toBeChecked();
  // The fever box is the same fact as the day's "infection or fever".
  await app.open("/diary/");
  await expect(page.getByLabel("I may have an infection or a fever")).toBeChecked();
  await app.open("/bladder/");
  await page.getByTestId("sign-blood").uncheck();
  await page.getByTestId("sign-fever").uncheck();
  await expect(page.getByTestId("bladder-care")).toHaveCount(0);
});

test("two timed walks with the clock controlled, saved with the aid, and the person's own change drawn", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, withEarlierWalk());
  await page.clock.install({ time: nov(30, 10, 0) });
  const app = new App(page);
  await app.open("/walk/");
  await page.clock.pauseAt(nov(30, 10, 1));
  const button = page.getByTestId("stopwatch");
  await expect(button).toHaveText("Start walk 1");
  await button.click();
  await expect(button).toHaveText("Stop");
  await page.clock.runFor(8400);
  await button.click();
  await expect(page.getByTestId("walk-times")).toHaveText("Walk 1: 8.4 s.");
  // A double tap on Start: the second tap does not stop the walk.
  await button.click();
  await page.clock.runFor(200);
  await button.click();
  await expect(button).toHaveAttribute("data-running", "true");
  await page.clock.runFor(8000);
  await button.click();
  await expect(page.getByTestId("walk-times")).toHaveText("Walk 1: 8.4 s. Walk 2: 8.2 s.");
  await expect(page.getByTestId("aid-none")).toHaveAttribute("aria-pressed", "true");
  await page.getByTestId("walk-note").fill("Felt steady.");
  await page.getByTestId("walk-save").click();
  await expect(page.getByTestId("walk-message")).toHaveText("Saved: average 8.3 s.");
  await expect(page.getByTestId("walk-tests").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("walk-change"))
    .toHaveText("Your latest average: 25% faster than your first test.");
  await expect(page.getByTestId("walk-chart").locator("circle")).toHaveCount(2);
  await page.clock.resume();
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("walk-tests").locator("li").first())
    .toContainText("8.4 s and 8.2 s (average 8.3 s), no walking aid");
  const saved = (await storedJson(page)).data.walks.find((w) => w.id !== "earlier-1");
  expect(saved).toMatchObject({ date: "2026-11-30", first: "8.4", second: "8.2", aid: "none", note: "Felt steady." });
});

test("a walk over 180 seconds stops itself and says why", async ({ page }) => {
  await page.clock.install({ time: nov(30, 10, 0) });
  const app = new App(page);
  await app.open("/walk/");
  await page.clock.pauseAt(nov(30, 10, 1));
  await page.getByTestId("stopwatch").click();
  await page.clock.runFor(181_000);
  await expect(page.getByTestId("walk-message")).toContainText("Over 180, the test stops");
  await expect(page.getByTestId("stopwatch")).toHaveText("Start walk 1");
  expect(await stored(page)).toBeNull();
});

test("an older stored diary gains bladder entries with nothing lost, and every export carries them", async ({
  page,
}) => {
  await seed(page, DIARY_KEY, storedDiary({ days: 5, note: "kept" }));
  const app = new App(page);
  await app.open("/bladder/");
  await page.getByTestId("add-urine").click();
  await expect(page.getByTestId("bladder-entry")).toHaveCount(1);
  const saved = await storedJson(page);
  expect(saved.version).toBe(2);
  expect(saved.data.days).toHaveLength(5);
  expect(saved.data.days.at(-1)[5]).toBe("kept");
  await app.open("/diary/");
  await expect(page.getByTestId("past-days").locator("li")).toHaveCount(5);

  await app.open("/my-data/");
  const save = async (testid) => {
    const download = page.waitForEvent("download");
    await page.getByTestId(testid).click();
    return readFile(await (await download).path(), "utf8");
  };
  const backup = JSON.parse(await save("export-json"));
  expect(backup.data.bladder.events).toHaveLength(1);
  expect(backup.data.days).toHaveLength(5);
  const csv = await save("export-bladder-csv");
  expect(csv.split("\r\n")[0]).toBe("\ufeffDate,Time,Diary day,Day or night,What,Amount,mL,Had to rush,Drink");
  expect(csv).toContain(",Passed urine,");
  // No walks yet: no walk spreadsheet to offer.
  await expect(page.getByTestId("export-walks-csv")).toHaveCount(0);
});

test("a backup with bladder entries and walks imports, merged with what is here", async ({ page }) => {
  await seed(page, DIARY_KEY, withEarlierWalk());
  const app = new App(page);
  await app.open("/my-data/");
  const fixture = await readFile("../tests/fixtures/diary/v2_backup.json");
  await page.getByTestId("import-file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: fixture,
  });
  await expect(page.getByTestId("import-preview"))
    .toContainText("It also has 7 bladder diary entries and 2 walk tests.");
  await page.getByTestId("import-merge").click();
  const saved = await storedJson(page);
  expect(saved.data.bladder.events).toHaveLength(7);
  expect(saved.data.walks).toHaveLength(3);
  await app.open("/walk/");
  await expect(page.getByTestId("walk-tests").locator("li")).toHaveCount(3);
  // With tests saved, the set-up steps are one tap away.
  await expect(page.getByTestId("walk-setup")).not.toHaveAttribute("open", "");
  await page.getByTestId("walk-setup").locator("summary").click();
  await expect(page.getByTestId("walk-setup")).toContainText("Stop if you feel unsteady");
});

for (const path of ["/bladder/", "/walk/", "/es/vejiga/", "/es/caminata/"]) {
  test(`${path} with data and an open editor: axe, 320 px, 200 % text and 44 px targets`, async ({ page }) => {
    await seed(page, DIARY_KEY, await readFile("../tests/fixtures/diary/v2_backup.json", "utf8"));
    await page.setViewportSize({ width: 320, height: 700 });
    const app = new App(page);
    await app.open(path);
    if (path.includes("vejiga") || path.includes("bladder")) {
      await page.getByTestId("add-urine").click();
      await expect(page.getByTestId("entry-editor")).toBeVisible();
      await page.getByTestId("sign-pain").check();
      await expect(page.getByTestId("bladder-care")).toBeVisible();
    } else {
      await page.getByTestId("stopwatch").click();
      await page.getByTestId("stopwatch").click({ delay: 0 });
      await page.getByTestId("walk-1-typed").evaluate((el) => el.closest("details").open = true);
      await expect(page.getByTestId("walk-chart")).toBeVisible();
    }
    for (const details of await page.locator("main details").all()) {
      await details.evaluate((d) => (d.open = true));
    }
    expect(await app.sidewaysOverflow()).toEqual([]);
    expect(await app.smallControls()).toEqual([]);
    // And at 200 % text, with everything still open.
    // (Set through the style object, which the page's policy allows.)
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    expect(await app.sidewaysOverflow()).toEqual([]);
    await page.evaluate(() => (document.documentElement.style.fontSize = ""));
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

/**
 * A full month for the visit summary: three symptoms with details,
 * 30 days of scores with medicines and a few notes, three timed walks
 * and, when `bladderDays` is set, that many bladder diary days of ten
 * entries each, ending today.
 */
function monthDiary(bladderDays) {
  const iso = (d) => {
    const pad = (v) => String(v).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const ago = (n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return iso(d);
  };
  const days = [];
  for (let n = 29; n >= 0; n--) {
    const marks = `${(n % 5) + 3}${(n % 3) + 2}..${n < 10 ? 6 : 2}`;
    const meds = n < 15 ? "Baclofen 10 mg twice a day" : "Baclofen 5 mg";
    const note = n % 9 === 0 ? "Legs heavier after a long day at work." : "";
    days.push([ago(n), marks, 6, n === 4, meds, note]);
  }
  const events = [];
  for (let n = bladderDays - 1; n >= 0; n--) {
    const date = ago(n);
    const times = ["07:10", "08:00", "09:30", "11:45", "13:00", "15:20", "17:40", "19:30", "21:50"];
    times.forEach((time, i) => {
      events.push(
        i % 3 === 1
          ? { id: `d${n}-${i}`, date, time, what: "drink", ml: 250, drink: "water" }
          : { id: `u${n}-${i}`, date, time, what: "urine", size: "medium", urgent: i % 4 === 0 },
      );
    });
    events.push({ id: `n${n}`, date, time: "23:40", what: "leak", size: "small" });
  }
  const data = {
    symptoms: [
      { id: "weakness", now: true, severity: 5, since: ago(40), onset: "old", pattern: "comes-and-goes", area: "left leg" },
      { id: "stiffness", now: true, severity: 3, onset: "old", pattern: "constant", area: "both legs" },
      { id: "numbness" },
      { id: "shooting-pain" },
      { id: "bladder", now: true, severity: 6, since: ago(12), onset: "new", pattern: "constant" },
      { id: "bowel" },
    ],
    days,
    walks: [
      { id: "w1", date: ago(120), first: "8.1", second: "8.3", aid: "none" },
      { id: "w2", date: ago(60), first: "8.8", second: "8.6", aid: "none" },
      { id: "w3", date: ago(2), first: "10.4", second: "10.0", aid: "none" },
    ],
  };
  if (bladderDays) data.bladder = { bedtime: "22:30", wake: "06:30", events };
  return JSON.stringify({ version: 2, data });
}

/** Pages in the report printed to US Letter (Chromium prints PDFs). */
async function printedPages(page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "Letter", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test("the visit summary prints a month on one page, and with 3 bladder days on two", async ({
  page,
  browserName,
}) => {
  test.skip(browserName !== "chromium", "PDF printing is Chromium's");
  await seed(page, DIARY_KEY, monthDiary(0));
  const app = new App(page);
  await app.open("/report/");
  const sheet = page.getByTestId("report-sheet");
  await expect(sheet.locator("svg.sparkline")).toHaveCount(3);
  await expect(page.getByTestId("report-medicines")).toContainText("Baclofen 10 mg twice a day");
  await expect(page.getByTestId("report-walk")).toContainText("slower than your first test");
  await expect(sheet).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  expect(await printedPages(page)).toBe(1);

  await page.evaluate((text) => localStorage.setItem("ms-your-spine.diary", text), monthDiary(3));
  await page.reload();
  await app.ready();
  await expect(page.getByTestId("report-bladder").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("report-bladder")).toContainText("passed urine 6 / 0");
  expect(await printedPages(page)).toBe(2);
});

test("two tabs adding bladder entries at once keep both, and each list shows both", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await new App(first).open("/bladder/");
  await new App(second).open("/bladder/");
  await first.getByTestId("add-urine").click();
  await second.getByTestId("add-drink").click();
  await expect
    .poll(async () => (JSON.parse(await stored(first))?.data.bladder?.events ?? []).map((e) => e.what).sort())
    .toEqual(["drink", "urine"]);
  await expect(first.getByTestId("bladder-entry")).toHaveCount(2);
  await expect(second.getByTestId("bladder-entry")).toHaveCount(2);
});

test("with storage full, a tap says so and shows nothing that was not stored", async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage && key === "ms-your-spine.diary") {
        throw new DOMException("full", "QuotaExceededError");
      }
      return real.call(this, key, value);
    };
  });
  const app = new App(page);
  await app.open("/bladder/");
  await page.getByTestId("add-urine").click();
  await expect(page.getByTestId("bladder-message")).toContainText("full");
  await expect(page.getByTestId("bladder-entry")).toHaveCount(0);
  await app.open("/walk/");
  await page.getByTestId("walk-1-typed").evaluate((el) => (el.closest("details").open = true));
  await page.getByTestId("walk-1-typed").fill("9.5");
  await page.getByTestId("walk-1-typed").press("Enter");
  await page.getByTestId("walk-save").click();
  await expect(page.getByTestId("walk-message")).toContainText("full");
  await expect(page.getByTestId("walk-tests").locator("li")).toHaveCount(0);
  // The typed time is still there to save once there is room.
  await expect(page.getByTestId("walk-times")).toHaveText("Walk 1: 9.5 s. ");
});

test("a walk note with a direction override stays inside its own line", async ({ page }) => {
  await seed(page, DIARY_KEY, JSON.stringify({
    version: 2,
    data: {
      symptoms: [],
      days: [],
      walks: [{ id: "w1", date: "2026-11-01", first: "9.0", aid: "walker", note: "\u202Ereversed" }],
    },
  }));
  const app = new App(page);
  await app.open("/walk/");
  const test = page.getByTestId("walk-test");
  await expect(test.locator("bdi")).toHaveText("\u202Ereversed");
  // The app's own words come first and read left to right.
  await expect(test.locator("p").first()).toHaveText("1 November 2026: 9.0 s (one walk), walker");
  await app.open("/report/");
  await expect(page.getByTestId("report-walk")).toContainText("walker (\u2068reversed\u2069)");
});
