// The smoke checks, run in order in each engine. Each one opens its own
// page, so one failure does not hide the next. Each also fails if the
// error catcher saw anything (run.mjs checks that after every check), so
// "no uncaught errors" is part of every line of the summary.
//
// Selectors are the ones the Playwright specs use (e2e/tests/).
import { Key } from "selenium-webdriver";
import { DIARY_KEY, LOAD_TIMEOUT, waitFor } from "./browser.mjs";
import { installRecorder, VOICES } from "../tests/speech.js";

/** Fails with `message` unless `ok`. */
function assert(ok, message) {
  if (!ok) throw new Error(message);
}

// 0a. The browser starts with nothing from an earlier run: no service
//     worker (it serves pages from its cache first, so an old one would
//     show an old build) and no stored diary.
async function startsClean(page) {
  await page.open("/about/");
  // Read as the page started: the app's own worker may already have
  // taken over this page by now.
  const served = await page.run(() => window.__smokeServedByWorker);
  assert(served === false, "the first page was served by a service worker from an earlier run");
  const stored = await page.run((key) => localStorage.getItem(key), DIARY_KEY);
  assert(stored === null, "the browser already had a stored diary");
}

// 0b. The error check can fail: a script that throws, leaves a promise
//    rejected and logs an error (e2e/smoke/fault.js) is caught on all
//    three counts. If this check failed, a pass of every other check
//    would mean nothing.
async function catcherWorks(page) {
  await page.open("/about/");
  await page.run(() => {
    const script = document.createElement("script");
    script.src = "/__smoke/fault.js";
    document.head.append(script);
  });
  const kinds = ["uncaught error", "unhandled rejection", "console.error"];
  let seen = [];
  await waitFor("the catcher to see a throw, a rejection and a console.error", async () => {
    seen = seen.concat(await page.takeErrors());
    return kinds.every((kind) => seen.some((e) => e.startsWith(kind) && e.includes("self-test")));
  }).catch((err) => {
    throw new Error(`${err.message}; caught only: ${JSON.stringify(seen)}`);
  });
}

// 1a. A reading page's island answers: the spine map shows the chosen
//     part, by its button and by tapping the drawing.
async function spineMap(page) {
  await page.open("/your-spine/");
  const detail = () => page.text("spine-detail");
  assert((await detail()).includes("No part chosen"), "the spine map did not start empty");
  await page.click(await page.byTestId("spine-thoracic"));
  await waitFor("the detail to show the chest part", async () =>
    (await detail()).includes("Chest"));
  const band = await page.find("g[data-region=lumbar] rect.spine-band");
  await page.click(band);
  await waitFor("the detail to show the lower back", async () =>
    (await detail()).includes("Lower back"));
  const pressed = await (await page.byTestId("spine-lumbar")).getAttribute("aria-pressed");
  assert(pressed === "true", `the lower back button says aria-pressed=${pressed}`);
}

// 1a'. A Spanish page: in Spanish, its island drawn in Spanish, and the
//      switch goes to the same view in English and saves the choice.
async function spanish(page) {
  await page.open("/es/su-columna/");
  const lang = await page.run(() => document.documentElement.lang);
  assert(lang === "es", `the Spanish page says lang=${lang}`);
  const detail = () => page.text("spine-detail");
  assert((await detail()).includes("Todavía no eligió"), "the spine map did not start empty, in Spanish");
  await page.click(await page.byTestId("spine-thoracic"));
  await waitFor("the detail to show the chest part, in Spanish", async () =>
    (await detail()).includes("Pecho"));
  await page.click(await page.byTestId("lang-switch"));
  await waitFor("the English page of the same view", async () =>
    (await page.run(() => location.pathname)) === "/your-spine/" &&
    (await page.run(() => document.documentElement.lang)) === "en");
  // Done only when the English page has started, so its loading is not
  // cut short by the next check's page (Firefox reports that as an error).
  await page.hydrated("/your-spine/");
  const saved = await page.run(() => localStorage.getItem("ms-your-spine.lang"));
  assert(saved === "en", `the switch saved ${saved}`);
}

// 1b. The quiz answers: choosing "Fact" shows feedback and a score.
async function quiz(page) {
  await page.open("/outlook/");
  assert((await page.text("quiz-0-feedback")) === "", "the quiz showed feedback before any answer");
  await page.click(await page.byTestId("quiz-0-fact"));
  await waitFor("feedback under the first question", async () =>
    (await page.text("quiz-0-feedback")).length > 0);
  await waitFor("the score to count one answer", async () =>
    /answered 1 of/.test(await page.text("quiz-score")));
}

// 1c. The page scrolls in its own box above the tab bar, and a scroll
//     key pressed before anything has focus moves it (the page's loader
//     hands such keys to the box).
async function pageBox(page) {
  await page.open("/symptoms/");
  const [boxBottom, barTop, scrolls] = await page.run(() => {
    const box = document.querySelector(".page-scroll");
    return [
      box.getBoundingClientRect().bottom,
      document.querySelector(".bottom-nav").getBoundingClientRect().top,
      box.scrollHeight > box.clientHeight,
    ];
  });
  assert(scrolls, "the page's box does not scroll (is the window too short?)");
  assert(boxBottom <= barTop + 0.5, `the page runs ${boxBottom - barTop}px under the tab bar`);
  await page.run(() => document.activeElement?.blur());
  await page.driver.actions().sendKeys(Key.PAGE_DOWN).perform();
  await waitFor("Page Down to scroll the page", () =>
    page.run(() => document.querySelector(".page-scroll").scrollTop > 100));
}

// 1c2. The page keeps its scroll place over a reload (the loader saves it
//      and puts it back: the browser only restores the document's own).
async function scrollPlaceKept(page) {
  await page.open("/symptoms/");
  await page.run(() => {
    document.querySelector(".page-scroll").scrollTop = 1200;
  });
  const place = () =>
    page.run(() => Math.round(scrollY + document.querySelector(".page-scroll").scrollTop));
  const before = await place();
  assert(before > 1000, `the page only scrolled to ${before}`);
  await page.reload();
  await waitFor(`the page back at ${before} after a reload`, async () =>
    Math.abs((await place()) - before) <= 1);
}

// 1d. The text size: A+ enlarges the page at once and again after a
//     reload (the head script applies it before the first paint); A puts
//     the browser's size back.
async function textSize(page) {
  await page.open("/about/");
  const rootSize = () =>
    page.run(() => getComputedStyle(document.documentElement).fontSize);
  const base = await rootSize();
  await page.click(await page.byTestId("text-size-125"));
  await waitFor("A+ to enlarge the text", async () => (await rootSize()) !== base);
  const larger = await rootSize();
  assert(parseFloat(larger) === parseFloat(base) * 1.25, `A+ made ${base} into ${larger}`);
  await page.reload();
  assert((await rootSize()) === larger, "the larger text did not survive a reload");
  await page.click(await page.byTestId("text-size-100"));
  await waitFor("A to restore the browser's size", async () => (await rootSize()) === base);
}

// 1e. Listen: shown exactly where the browser can speak. Then, with the
//     speech engine replaced by the test recorder (no engine here has a
//     voice to play), it reads the page's first sentences in order, marks
//     the one being read (by highlight where the engine has the Custom
//     Highlight API), and stops.
async function listen(page) {
  await page.open("/what-is-ms/");
  const [canSpeak, shown] = await page.run(() => [
    "speechSynthesis" in window && "SpeechSynthesisUtterance" in window,
    getComputedStyle(document.querySelector(".listen")).display !== "none",
  ]);
  assert(shown === canSpeak, `Listen shown: ${shown}, yet speech available: ${canSpeak}`);
  await page.run(installRecorder, { voices: VOICES });
  await page.run(() => document.documentElement.setAttribute("data-speech", ""));
  await page.click(await page.byTestId("listen-toggle"));
  await waitFor("Listen to read the heading", () =>
    page.run(() => window.__speech.spoken()[0] === "What is MS?"));
  await page.run(() => window.__speech.finish());
  await waitFor("the second sentence read and marked", () =>
    page.run(() => {
      const said = window.__speech.spoken();
      const highlight = globalThis.CSS?.highlights?.get("listen");
      const marked = highlight
        ? [...highlight].map((r) => r.toString()).join("") === said[1]
        : true;
      return said.length === 2 && marked && document.querySelectorAll(".listen-now").length === 1;
    }));
  const lang = await page.run(() => window.__speech.log.at(-1).lang);
  assert(lang === "en", `read in "${lang}", not the page's "en"`);
  await page.click(await page.byTestId("listen-stop"));
  await waitFor("Stop to end the reading", () =>
    page.run(() =>
      document.querySelector(".listen").dataset.mode === "idle" &&
      window.__speech.log.at(-1).op === "cancel"));
}

// 2. A tick is saved and is still there after a reload.
async function tickSurvivesReload(page) {
  const box = '[data-testid="check-numbness"] input[type=checkbox]';
  await page.open("/my-symptoms/");
  // Start from an empty diary, whatever an earlier run left behind.
  await page.run((key) => localStorage.removeItem(key), DIARY_KEY);
  await page.reload();
  const before = await (await page.find(box)).isSelected();
  assert(!before, "numbness was ticked before the test ticked it");
  await page.click(await page.find(box));
  await waitFor("the tick to be saved in localStorage", () =>
    page.run((key) => {
      const diary = JSON.parse(localStorage.getItem(key) ?? "null");
      return diary?.data?.symptoms?.some((s) => s.id === "numbness" && s.now) ?? false;
    }, DIARY_KEY));
  await page.reload();
  await waitFor("numbness to be ticked after the reload", async () =>
    (await page.find(box)).isSelected());
}

// 3. Each diary page swaps its pre-rendered note for the working tool.
//    `works` checks one concrete thing the tool does on that page.
function diaryPage(path, pageId, works) {
  return async (page) => {
    await page.open(path);
    await waitFor("the opening note to give way to the tool", async () =>
      (await page.count('[data-testid="diary-opening"]')) === 0, LOAD_TIMEOUT);
    await page.byTestId(pageId);
    await works(page);
  };
}

async function checklistWorks(page) {
  const boxes = await page.count('[data-testid="checklist"] input[type=checkbox]');
  assert(boxes >= 6, `the checklist has ${boxes} symptoms, expected the 6 built in`);
  await page.byTestId("emergency-signs");
}

async function diaryWorks(page) {
  // A score is a hidden radio inside a label: tap the label, as a user.
  const label = await page.findXPath(
    "(//fieldset[contains(@class,'score-picker')])[1]//label[input[@value='7']]",
  );
  await page.click(label);
  await waitFor("score 7 to be chosen", () =>
    page.run(() =>
      document.querySelector("fieldset.score-picker input[value='7']")?.checked === true));
  await page.byTestId("save-day");
}

async function trendsWork(page) {
  const button = await page.byTestId("window-90");
  await page.click(button);
  await waitFor("90 days to be chosen", async () =>
    (await button.getAttribute("aria-pressed")) === "true");
  await waitFor("the charts or the empty note", async () =>
    (await page.count('[data-testid="trend"], [data-testid="no-trends"]')) > 0);
}

async function bladderWorks(page) {
  const add = await page.byTestId("add-urine");
  await page.click(add);
  await waitFor("the entry to be listed and stored", () =>
    page.run(() =>
      document.querySelectorAll('[data-testid="bladder-entry"]').length === 1 &&
      (localStorage.getItem("ms-your-spine.diary") ?? "").includes('"what":"urine"')));
}

async function walkWorks(page) {
  const button = await page.byTestId("stopwatch");
  await page.click(button);
  await waitFor("the stopwatch to run", async () =>
    (await button.getAttribute("data-running")) === "true");
  // A real walk takes seconds; a stop within one second is a double tap.
  await new Promise((r) => setTimeout(r, 1200));
  await page.click(button);
  await waitFor("walk 1 to be timed", () =>
    page.run(() => /^Walk 1: \d+\.\d s\./.test(
      document.querySelector('[data-testid="walk-times"]')?.textContent ?? "")));
}

async function reportWorks(page) {
  const title = () => page.run(() => document.getElementById("report-title")?.textContent ?? "");
  const before = await title();
  assert(before.startsWith("Visit summary, "), `the report's title is "${before}"`);
  const [, ninety] = await page.findAll(".report-actions .window-choice button");
  assert(ninety, "the report has no 90-day button");
  await page.click(ninety);
  await waitFor("the report to cover 90 days", async () => (await title()) !== before);
}

async function myDataWorks(page) {
  const button = await page.byTestId("export-json");
  assert(await button.isDisplayed(), "the backup button is not shown");
  assert(await button.isEnabled(), "the backup button is turned off");
  await page.byTestId("export-csv");
}

// 4. The service worker takes control after a first load and a reload,
//    and a page it serves still hydrates.
async function serviceWorker(page) {
  await page.open("/");
  const api = await page.run(() => "serviceWorker" in navigator);
  assert(api, "this browser has no service worker API here");
  await page.reload();
  await waitFor("navigator.serviceWorker.controller", () =>
    page.run(() => navigator.serviceWorker.controller !== null), LOAD_TIMEOUT)
    .catch(async (err) => {
      throw new Error(`${err.message}; the worker: ${await workerState(page)}`);
    });
  // reload() waits for hydration: a page from the worker's cache works.
  await page.reload();
  const served = await page.run(() => window.__smokeServedByWorker);
  assert(served === true, "the worker took over, but did not serve the next load");
}

/** The worker's registration, in words, for a failure message. */
function workerState(page) {
  return page.run(async () => {
    const found = await navigator.serviceWorker.getRegistration();
    if (!found) return "not registered";
    const state = (w) => w?.state ?? "none";
    return `installing ${state(found.installing)}, waiting ${state(found.waiting)}, ` +
      `active ${state(found.active)}`;
  }).catch((err) => `unknown (${err.message})`);
}

export const CHECKS = [
  { name: "starts clean (no old worker or diary)", run: startsClean },
  { name: "error catcher catches errors", run: catcherWorks },
  { name: "spine map responds (/your-spine/)", run: spineMap },
  { name: "Spanish page, its island and the switch (/es/su-columna/)", run: spanish },
  { name: "quiz gives feedback (/outlook/)", run: quiz },
  { name: "page scrolls above the tab bar, by keys too", run: pageBox },
  { name: "scroll place kept over a reload", run: scrollPlaceKept },
  { name: "text size A+ applies and survives a reload", run: textSize },
  { name: "Listen reads in order, marks and stops (/what-is-ms/)", run: listen },
  { name: "tick survives a reload", run: tickSurvivesReload },
  ...[
    ["/my-symptoms/", "page-my-symptoms", checklistWorks],
    ["/diary/", "page-diary", diaryWorks],
    ["/trends/", "page-trends", trendsWork],
    ["/bladder/", "page-bladder", bladderWorks],
    ["/walk/", "page-walk", walkWorks],
    ["/report/", "page-report", reportWorks],
    ["/my-data/", "page-my-data", myDataWorks],
  ].map(([path, pageId, works]) => ({
    name: `diary page works: ${path}`,
    run: diaryPage(path, pageId, works),
  })),
  { name: "service worker takes control", run: serviceWorker },
];
