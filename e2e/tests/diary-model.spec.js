// Model-based test of the diary's one rule: what the screen shows is what
// is stored. Random sequences of day changes, score and field changes,
// reloads and tab switches; after every step the form must equal the
// stored entry of the day it shows. Seeded, so a failure can be replayed.
import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import { BUILT_IN, expectPicked, pick as pickIn, stored } from "./diary.js";

const IDS = BUILT_IN;
const STEPS = 70;
const SEEDS = [11, 23, 37];

/** A small seeded random number generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The form must show exactly the stored entry of the day on screen. */
async function shownIsStored(page, step) {
  const date = await page.locator("#day").inputValue();
  const text = await stored(page);
  const day = text
    ? JSON.parse(text).data.days.find((d) => d[0] === date) ?? null
    : null;
  const marks = day ? day[1] : "";
  for (const [i, id] of IDS.entries()) {
    const mark = marks[i];
    const want = !mark || mark === "." ? "" : mark === "X" ? "10" : mark;
    await expectPicked(page.getByTestId(`score-${id}`), want, `${step}: ${id} on ${date}`);
  }
  const sleep = day && day[2] !== null ? String(day[2]) : "";
  await expectPicked(page.getByTestId("sleep"), sleep, `${step}: sleep`);
  const fever = page.getByLabel("I may have an infection or a fever");
  if (day && day[3]) await expect(fever, `${step}: fever`).toBeChecked();
  else await expect(fever, `${step}: fever`).not.toBeChecked();
  await expect(page.getByLabel("Medicines taken"), `${step}: medicines`)
    .toHaveValue(day ? day[4] : "");
  await expect(page.getByLabel("Notes"), `${step}: note`).toHaveValue(day ? day[5] : "");
}

for (const seed of SEEDS) {
  test(`what is shown is what is stored, over ${STEPS} random steps (seed ${seed})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const next = random(seed);
    const pick = (list) => list[Math.floor(next() * list.length)];
    const app = new App(page);
    await app.open("/diary/");
    const log = [];
    for (let step = 0; step < STEPS; step++) {
      const action = pick([
        "previous", "next", "score", "score", "score", "clear", "sleep",
        "fever", "note", "medicines", "reload", "tab",
      ]);
      log.push(action);
      const where = `seed ${seed} step ${step} (${log.slice(-4).join(", ")})`;
      switch (action) {
        case "previous":
          await page.getByRole("button", { name: "Previous day" }).click();
          break;
        case "next": {
          const button = page.getByRole("button", { name: "Next day" });
          if (await button.isEnabled()) await button.click();
          break;
        }
        case "score":
          await pickIn(page.getByTestId(`score-${pick(IDS)}`), String(Math.floor(next() * 11)));
          break;
        case "clear":
          await pickIn(page.getByTestId(`score-${pick(IDS)}`), "");
          break;
        case "sleep":
          await pickIn(page.getByTestId("sleep"), String(Math.floor(next() * 11)));
          break;
        case "fever":
          await page.getByLabel("I may have an infection or a fever").click();
          break;
        case "note":
          await page.getByLabel("Notes").fill(pick(["", "tired", "legs heavy\nat night", "ok"]));
          break;
        case "medicines":
          await page.getByLabel("Medicines taken").fill(pick(["", "baclofen", "none"]));
          break;
        case "reload":
          await page.reload();
          await app.ready();
          break;
        case "tab":
          await page.getByRole("link", { name: pick(["Trends", "My symptoms", "Report"]) }).click();
          await app.ready();
          await page.getByRole("link", { name: "Diary", exact: true }).click();
          await app.ready();
          break;
      }
      await shownIsStored(page, where);
    }
  });
}
