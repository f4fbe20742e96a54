// Listen: pages read aloud through speechSynthesis, here replaced by a
// recorder (./speech.js) that logs every call in order.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";
import { App } from "./app.js";
import { installRecorder, VOICES } from "./speech.js";

const spoken = (page) => page.evaluate(() => window.__speech.spoken());
const log = (page) => page.evaluate(() => window.__speech.log);
/** Fails if the app ever spoke over its own utterance. */
const noOverlap = async (page) =>
  expect((await log(page)).filter((e) => e.op === "overlap")).toEqual([]);
const finish = (page) => page.evaluate(() => window.__speech.finish());
const squash = (text) => text.replace(/\s+/g, " ").trim();
/** The text of the sentence highlighted now, or null. */
const highlighted = (page) =>
  page.evaluate(() => {
    const h = globalThis.CSS?.highlights?.get("listen");
    if (!h) return null;
    return [...h].map((r) => r.toString()).join("|");
  });
const control = (page) => page.getByTestId("listen");

async function openWith(page, path, options = { voices: VOICES }) {
  await page.addInitScript(installRecorder, options);
  const app = new App(page);
  await app.open(path);
  return app;
}

test("Listen reads the page sentence by sentence, in order, in English, with the phone's own voice", async ({
  page,
}) => {
  await openWith(page, "/symptoms/", { voices: VOICES, autoEnd: 5 });
  await page.getByRole("button", { name: "Listen to this page" }).click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 20_000 });
  const said = await spoken(page);
  expect(said.slice(0, 5)).toEqual([
    "Spinal cord symptoms",
    "Lesions in the spinal cord can cause many kinds of symptoms.",
    "Which ones you get depends on where the lesions are.",
    "Most people do not get all of them.",
    "For some people, neck pain or low back pain is the first thing they notice.",
  ]);
  // Every utterance: the page's language, the voice on the phone (not the
  // remote default, not the Spanish one), the normal pace, and short.
  for (const entry of (await log(page)).filter((e) => e.op === "speak")) {
    expect(entry.lang).toBe("en");
    expect(entry.voice).toBe("Phone English");
    expect(entry.rate).toBe(1);
    expect(entry.text.length).toBeLessThanOrEqual(150);
  }
  // In the page's order, and all of it: every paragraph of the page's
  // text is read, in order, and the sources list and the buttons are not.
  const article = page.locator("main article");
  const text = squash(await article.evaluate((a) => a.textContent));
  let from = 0;
  for (const piece of said) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" in place`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
  const all = said.join(" ");
  const paragraphs = await page
    .locator("main article > p, main article > ul > li, .next-step p")
    .allTextContents();
  expect(paragraphs.length).toBeGreaterThan(8);
  for (const p of paragraphs) expect(all).toContain(squash(p));
  expect(all).toContain("What to do next");
  expect(all).not.toContain("Sources for this page");
  expect(all).not.toContain("Listen");
  // The explainers are closed: their titles are read, not their insides.
  expect(all).toContain("Weak or heavy arms or legs");
  expect(all).not.toContain("What it can feel like");
});

test("an explainer opened on the page is read; closed ones only by their titles", async ({
  page,
}) => {
  await openWith(page, "/symptoms/", { voices: VOICES, autoEnd: 5 });
  await page.getByTestId("symptom-weakness").locator("summary").click();
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 20_000 });
  const said = await spoken(page);
  const feel = said.filter((s) => s === "What it can feel like");
  expect(feel).toHaveLength(1);
  const title = said.indexOf("Weak or heavy arms or legs");
  expect(said[title + 1]).toBe("What it can feel like");
  expect(said).toContain("Stiff, tight muscles (spasticity)");
  expect(said.join(" ")).not.toContain("Regular stretching, physical therapy");
});

test("the sentence being read is highlighted and kept in view", async ({ page }) => {
  await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  const fold = await page.evaluate(
    () => document.querySelector(".bottom-nav").getBoundingClientRect().top,
  );
  for (let i = 0; i < 14; i++) {
    const said = (await spoken(page)).at(-1);
    // The highlight is exactly the sentence being spoken.
    await expect.poll(() => highlighted(page)).toBe(said);
    await expect(page.locator(".listen-now")).toHaveCount(1);
    // Once the scroll has settled, it is on screen, below the stuck
    // control and above the tab bar.
    await expect
      .poll(
        () =>
          page.evaluate((fold) => {
            const r = [...CSS.highlights.get("listen")][0].getBoundingClientRect();
            const bar = document.querySelector(".listen").getBoundingClientRect();
            const top = bar.top < 1 ? bar.bottom : 0;
            return r.top >= top - 1 && r.bottom <= fold + 1;
          }, fold),
        { message: `sentence ${i} in view` },
      )
      .toBe(true);
    await finish(page);
  }
  // By now the reading is well below the first screen.
  const scrolled = await page.getByTestId("page-scroll").evaluate((b) => b.scrollTop);
  expect(scrolled).toBeGreaterThan(300);
});

test("pause, resume, stop and speed; the speed is kept", async ({ page }) => {
  await openWith(page, "/what-is-ms/");
  const toggle = page.getByTestId("listen-toggle");
  await expect(page.getByTestId("listen-stop")).toBeHidden();
  await toggle.click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await expect(toggle).toHaveAccessibleName("Pause reading");
  await expect.poll(() => spoken(page)).toEqual(["What is MS?"]);
  await finish(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  const second = (await spoken(page))[1];

  // Pause: the voice is stopped and the place kept.
  await toggle.click();
  await expect(control(page)).toHaveAttribute("data-mode", "paused");
  await expect(toggle).toHaveAccessibleName("Resume reading");
  expect((await log(page)).at(-1).op).toBe("cancel");
  await page.waitForTimeout(200);
  expect(await spoken(page)).toHaveLength(2);
  expect(await highlighted(page)).toBe(second);

  // Resume: the same sentence again, from its start.
  await toggle.click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  expect((await spoken(page)).at(-1)).toBe(second);

  // Faster: the sentence again at the new pace, and the choice saved.
  await page.getByTestId("listen-faster").click();
  await expect(page.getByTestId("listen-faster")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("listen-normal")).toHaveAttribute("aria-pressed", "false");
  await expect.poll(async () => (await log(page)).filter((e) => e.op === "speak").length).toBe(4);
  const last = (await log(page)).filter((e) => e.op === "speak").at(-1);
  expect(last.text).toBe(second);
  expect(last.rate).toBeCloseTo(1.3, 5);
  await finish(page);
  await expect.poll(async () => (await log(page)).filter((e) => e.op === "speak").length).toBe(5);
  expect((await log(page)).at(-1).rate).toBeCloseTo(1.3, 5);

  // Slower, then stop: silence, no highlight, back to Listen.
  await page.getByTestId("listen-slower").click();
  await expect.poll(async () => (await log(page)).at(-1).rate).toBeCloseTo(0.75, 5);
  await page.getByTestId("listen-stop").click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  expect((await log(page)).at(-1).op).toBe("cancel");
  await expect(toggle).toHaveAccessibleName("Listen to this page");
  expect(await highlighted(page)).toBeNull();
  await expect(page.locator(".listen-now")).toHaveCount(0);
  const count = (await spoken(page)).length;
  await page.waitForTimeout(200);
  expect(await spoken(page)).toHaveLength(count);
  await noOverlap(page);

  // The speed is kept for the next page.
  await page.reload();
  await new App(page).ready();
  await expect(page.getByTestId("listen-slower")).toHaveAttribute("aria-pressed", "true");
  await page.getByTestId("listen-toggle").click();
  await expect.poll(async () => (await log(page)).at(-1)?.rate).toBeCloseTo(0.75, 5);
});

test("a section's Listen reads that section only", async ({ page }) => {
  await openWith(page, "/symptoms/", { voices: VOICES, autoEnd: 5 });
  await page
    .getByRole("button", { name: "Listen to this part: Easing neck and back pain" })
    .click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 10_000 });
  const said = await spoken(page);
  expect(said[0]).toBe("Easing neck and back pain");
  expect(said).toContain("Warm or cool packs, whichever feels better");
  expect(said.at(-1)).toBe("Other medicines for nerve pain, which your doctor can prescribe");
  expect(said.join(" ")).not.toContain("About each symptom");
  // "What to do next" has one too, and it is the page's last part.
  await page.getByRole("button", { name: "Listen to this part: What to do next" }).click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 10_000 });
  const next = (await spoken(page)).slice(said.length);
  expect(next[0]).toBe("What to do next");
  expect(next.length).toBeGreaterThan(1);
});

test("with no voice for the page's language it says so and reads nothing", async ({ page }) => {
  await openWith(page, "/symptoms/", {
    voices: [
      { name: "French", lang: "fr-FR", localService: true, default: true },
      { name: "Spanish", lang: "es-ES", localService: true, default: false },
    ],
  });
  await page.getByTestId("listen-toggle").click();
  await expect(page.getByTestId("listen-problem")).toContainText("no English voice");
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  expect(await spoken(page)).toEqual([]);
});

test("a Spanish page is read in Spanish, with the phone's Spanish voice, its controls in Spanish", async ({
  page,
}) => {
  await openWith(page, "/es/sintomas/", { voices: VOICES, autoEnd: 5 });
  await expect(page.getByTestId("listen-toggle")).toHaveText(/Escuchar/);
  await page.getByRole("button", { name: "Escuchar esta página" }).click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 20_000 });
  const said = await spoken(page);
  expect(said[0]).toBe("Síntomas en la médula espinal");
  expect(said.join(" ")).toContain("Qué hacer ahora");
  for (const entry of (await log(page)).filter((e) => e.op === "speak")) {
    expect(entry.lang).toBe("es");
    expect(entry.voice).toBe("Phone Spanish");
  }
});

test("a Spanish page with no Spanish voice says so, in Spanish, and reads nothing", async ({
  page,
}) => {
  await openWith(page, "/es/sintomas/", {
    voices: [{ name: "Phone English", lang: "en-US", localService: true, default: true }],
  });
  await page.getByTestId("listen-toggle").click();
  await expect(page.getByTestId("listen-problem")).toContainText("no tiene una voz en español");
  expect(await spoken(page)).toEqual([]);
});

test("voices that load after the page (as in Chrome) are waited for, and used at once", async ({
  page,
}) => {
  await openWith(page, "/symptoms/", { voices: [], lateVoices: VOICES });
  await page.getByTestId("listen-toggle").click();
  // In the tap, only the silent utterance that lets Safari speak later.
  await expect.poll(async () => (await log(page)).map((e) => e.op)).toEqual(["silent"]);
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  const asked = Date.now();
  await page.evaluate(() => window.__speech.loadVoices());
  await expect.poll(() => spoken(page), { timeout: 1000 }).toEqual(["Spinal cord symptoms"]);
  // Well before the 3 s the wait lasts at most.
  expect(Date.now() - asked).toBeLessThan(1000);
  expect((await log(page)).find((e) => e.op === "speak").voice).toBe("Phone English");
});

test("voices that never load: a message to try again, not a false 'no English voice'", async ({
  page,
}) => {
  await openWith(page, "/symptoms/", { voices: [] });
  await page.getByTestId("listen-toggle").click();
  await expect(page.getByTestId("listen-problem")).toContainText("have not loaded yet", {
    timeout: 6000,
  });
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  expect(await spoken(page)).toEqual([]);
  // Paused during the wait, then resumed: it waits again, no message yet.
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "paused");
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await expect(page.getByTestId("listen-problem")).toBeEmpty();
});

test("a section tapped while reading, and a double tap on Listen, never speak over each other", async ({
  page,
}) => {
  await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await finish(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  await page
    .getByRole("button", { name: "Listen to this part: Easing neck and back pain" })
    .click();
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe("Easing neck and back pain");
  const ops = (await log(page)).map((e) => e.op);
  expect(ops.slice(-2)).toEqual(["cancel", "speak"]);
  await noOverlap(page);
  // The old sentence's end, arriving late, does not move the reading on.
  await page.waitForTimeout(200);
  expect((await spoken(page)).at(-1)).toBe("Easing neck and back pain");
  await page.getByTestId("listen-stop").click();
  // Two quick taps: play, then pause. Nothing is spoken twice at once.
  await page.getByTestId("listen-toggle").dblclick();
  await expect(control(page)).toHaveAttribute("data-mode", "paused");
  await noOverlap(page);
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await noOverlap(page);
});

test("with Safari's cancel (an end event), pause and resume do not skip a sentence", async ({
  page,
}) => {
  await openWith(page, "/what-is-ms/", { voices: VOICES, cancelEvent: "end" });
  const toggle = page.getByTestId("listen-toggle");
  await toggle.click();
  await finish(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  const second = (await spoken(page))[1];
  await toggle.click();
  await page.waitForTimeout(100);
  await toggle.click();
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  expect((await spoken(page))[2]).toBe(second);
  await page.waitForTimeout(200);
  expect(await spoken(page)).toHaveLength(3);
  await noOverlap(page);
});

test("back to a page from the back/forward cache: quiet, and Listen works again", async ({
  page,
}) => {
  const app = await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await app.tabs.getByRole("link", { name: "Get help" }).click();
  await expect(page.locator("main h1")).toHaveText("When to get help");
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Spinal cord symptoms");
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  await expect(page.locator(".listen-now")).toHaveCount(0);
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe("Spinal cord symptoms");
  await noOverlap(page);
});

test("Stop keeps keyboard focus in the control, on Listen", async ({ page }) => {
  await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await page.getByTestId("listen-stop").focus();
  await page.keyboard.press("Enter");
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  await expect(page.getByTestId("listen-toggle")).toBeFocused();
});

test("an engine error stops reading with a message; Listen starts again", async ({ page }) => {
  await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.evaluate(() => window.__speech.fail("synthesis-failed"));
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  await expect(page.getByTestId("listen-problem")).toContainText("problem");
  await page.getByTestId("listen-toggle").click();
  await expect(page.getByTestId("listen-problem")).toBeEmpty();
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
});

test("going to another page stops the speech", async ({ page }) => {
  const app = await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await finish(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  await app.tabs.getByRole("link", { name: "Get help" }).click();
  await expect(page.locator("main h1")).toHaveText("When to get help");
  const before = await page.evaluate(() => window.__speech.earlier());
  expect(before.at(-1).op).toBe("cancel");
  expect(before.filter((e) => e.op === "speak")).toHaveLength(2);
  // The new page is not reading.
  await app.ready();
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  expect(await spoken(page)).toEqual([]);
});

test("no Listen control where the browser cannot speak", async ({ page }) => {
  await page.addInitScript(() => {
    delete window.SpeechSynthesisUtterance;
    delete Window.prototype.speechSynthesis;
    delete window.speechSynthesis;
  });
  const app = new App(page);
  for (const path of ["/", "/symptoms/", "/report/"]) {
    await app.open(path);
    expect(await page.evaluate(() => "speechSynthesis" in window)).toBe(false);
    await expect(page.getByRole("button", { name: /Listen/ })).toHaveCount(0);
    await expect(page.locator(".listen-section:visible, .listen:visible")).toHaveCount(0);
  }
});

test("the Listen controls are there at the first paint: nothing moves", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("DOMContentLoaded", () => {
      const c = document.querySelector(".listen");
      window.__shownAtParse = Boolean(c) && getComputedStyle(c).display !== "none";
    });
  });
  const app = new App(page);
  for (const path of ["/", "/symptoms/", "/get-help/"]) {
    await app.open(path);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shownAtParse), path).toBe(true);
    expect(await page.evaluate(() => window.__shift), path).toBeLessThan(0.01);
  }
});

test("the report's Listen reads the report, not the buttons around it", async ({ page }) => {
  await openWith(page, "/report/", { voices: VOICES, autoEnd: 5 });
  await page.getByRole("button", { name: "Listen to the report" }).click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle", { timeout: 10_000 });
  const said = await spoken(page);
  expect(said[0]).toMatch(/^Visit summary, .+ to .+$/);
  const all = said.join(" ");
  expect(all).toContain("It is a record, not a diagnosis.");
  expect(all).toContain("No symptoms ticked or scored in this period.");
  for (const word of ["Print", "Copy as text", "Last 30 days", "Diary"]) {
    expect(all).not.toContain(word);
  }
});

test("while reading, the control stays at the top of the screen, on the report too", async ({
  page,
}) => {
  for (const path of ["/symptoms/", "/report/"]) {
    await openWith(page, path);
    await page.getByTestId("listen-toggle").click();
    await expect(control(page)).toHaveAttribute("data-mode", "playing");
    await page.getByTestId("page-scroll").evaluate((b) => (b.scrollTop = b.scrollHeight));
    await expect
      .poll(() => page.evaluate(() => document.querySelector(".listen").getBoundingClientRect().top))
      .toBeLessThan(1);
    await expect(page.getByTestId("listen-stop")).toBeInViewport();
    await page.getByTestId("listen-stop").click();
  }
});

test("choosing another period stops reading the report", async ({ page }) => {
  await openWith(page, "/report/");
  await page.getByTestId("listen-toggle").click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.getByRole("button", { name: "Last 90 days" }).click();
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  expect((await log(page)).at(-1).op).toBe("cancel");
  expect(await highlighted(page)).toBeNull();
});

test("while reading, a focused link is not hidden under the stuck control", async ({ page }) => {
  await openWith(page, "/get-help/");
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  // Scroll far down, then tab back up to a link the box must bring into
  // view: it must land below the control, not under it.
  const box = page.getByTestId("page-scroll");
  await box.evaluate((b) => (b.scrollTop = b.scrollHeight));
  const links = page.locator("main article a");
  const link = links.nth(Math.floor((await links.count()) / 2));
  await link.focus();
  await expect
    .poll(async () => {
      const [l, bar] = await page.evaluate(() => {
        const l = document.activeElement.getBoundingClientRect();
        const bar = document.querySelector(".listen").getBoundingClientRect();
        return [l.top, bar.bottom];
      });
      return l >= bar - 1;
    })
    .toBe(true);
  expect(await link.evaluate((l) => l === document.activeElement)).toBe(true);
});

test("axe passes with Listen idle, reading and with a message, in light and dark", async ({
  page,
}) => {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/symptoms/", "/report/"]) {
      await openWith(page, path);
      const check = async (state) => {
        const results = await new AxeBuilder({ page }).include("main").analyze();
        expect(results.violations, `${path} ${scheme} ${state}`).toEqual([]);
      };
      await check("idle");
      await page.getByTestId("listen-toggle").click();
      await expect(control(page)).toHaveAttribute("data-mode", "playing");
      await finish(page);
      await check("reading");
      await page.getByTestId("listen-stop").click();
      await page.evaluate(() => {
        window.speechSynthesis.getVoices = () => [
          { name: "French", lang: "fr-FR", localService: true, default: true },
        ];
      });
      await page.getByTestId("listen-toggle").click();
      await expect(page.getByTestId("listen-problem")).toContainText("no English voice");
      await check("message");
    }
  }
});

test("at 320 px and the largest text, the reading control fits with no sideways scroll", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => localStorage.setItem("ms-your-spine.text-size", "150"));
  await openWith(page, "/symptoms/");
  await page.getByTestId("listen-toggle").click();
  await expect(control(page)).toHaveAttribute("data-mode", "playing");
  const wide = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.querySelector(".page-scroll").scrollWidth,
  ]);
  expect(Math.max(...wide)).toBeLessThanOrEqual(320);
  for (const id of ["listen-toggle", "listen-stop", "listen-slower", "listen-normal", "listen-faster"]) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box.height, id).toBeGreaterThanOrEqual(44);
    expect(box.width, id).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width, id).toBeLessThanOrEqual(320);
  }
});

test("with storage refused or a stored speed edited, Listen still reads, at the chosen speed", async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("test.edited")) {
      sessionStorage.setItem("test.edited", "1");
      localStorage.setItem("ms-your-spine.listen-speed", "Warp 9");
    }
  });
  await openWith(page, "/about/");
  // An edited speed is not one of ours: Normal.
  await expect(page.getByTestId("listen-normal")).toHaveAttribute("aria-pressed", "true");
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.getByTestId("listen-toggle").click();
  await expect.poll(() => spoken(page)).toEqual(["About this app"]);
  await page.getByTestId("listen-faster").click();
  await expect(page.getByTestId("listen-faster")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  expect((await log(page)).at(-1)).toEqual(
    expect.objectContaining({ text: "About this app", rate: expect.closeTo(1.3, 5) }),
  );
});

test("offline after one visit, Listen reads with the voice on the phone", async ({
  page,
  context,
}) => {
  // The only voice that can work with no signal is the phone's own.
  const app = await openWith(page, "/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener("controllerchange", done),
      );
    }
  });
  await context.setOffline(true);
  await app.open("/treatment/");
  await page.getByTestId("listen-toggle").click();
  await expect.poll(() => spoken(page)).toEqual(["Treatment and support"]);
  expect((await log(page)).at(-1).voice).toBe("Phone English");
});

test("an engine that silently drops the speech: one more try, then a message", async ({ page }) => {
  await openWith(page, "/symptoms/", { voices: VOICES, drop: true });
  await page.getByTestId("listen-toggle").click();
  await expect(page.getByTestId("listen-problem")).toContainText("did not start", {
    timeout: 15_000,
  });
  await expect(control(page)).toHaveAttribute("data-mode", "idle");
  // The same sentence twice (the retry), never the next one.
  expect(await spoken(page)).toEqual(["Spinal cord symptoms", "Spinal cord symptoms"]);
  await noOverlap(page);
});
