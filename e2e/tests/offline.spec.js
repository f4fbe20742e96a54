import { test, expect } from "./fixtures.js";
import { App, DIARY_VIEWS, DIARY_VIEWS_ES, VIEWS, VIEWS_ES } from "./app.js";
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishChange } from "./publish.js";

/** Asks the browser to look for a new service worker now. */
async function checkForUpdate(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
  });
}

/** Loads the app once and waits until the service worker controls it. */
async function installOffline(page) {
  const app = new App(page);
  await app.open("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener("controllerchange", done),
      );
    }
  });
  return app;
}

test("after one visit, every view works offline and saving still works", { tag: "@host" }, async ({
  page,
  context,
}) => {
  const app = await installOffline(page);
  await context.setOffline(true);
  for (const view of [...VIEWS, ...DIARY_VIEWS, ...VIEWS_ES, ...DIARY_VIEWS_ES]) {
    await app.open(view.path);
    await expect(app.heading).toHaveText(view.heading);
  }
  await app.open("/my-symptoms/");
  await page.getByTestId("check-bladder").getByRole("checkbox").check();
  await page.reload();
  await expect(page.getByTestId("check-bladder").getByRole("checkbox"))
    .toBeChecked();
});

test("the worker keeps every built file, under one version", { tag: "@host" }, async ({
  page,
}) => {
  await installOffline(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    const keys = await cache.keys();
    return { names, urls: keys.map((r) => new URL(r.url).pathname) };
  });
  expect(cached.names).toHaveLength(1);
  for (const url of ["/", "/symptoms/", "/my-data/", "/es/", "/es/sintomas/", "/es/404.html", "/manifest.webmanifest", "/manifest-es.webmanifest"]) {
    expect(cached.urls).toContain(url);
  }
  expect(cached.urls.some((u) => u.endsWith(".wasm"))).toBe(true);
});

test.describe("a new version", () => {
  // One server and one copy of the build, shared in turn.
  test.describe.configure({ mode: "serial" });
  let server;
  let dir;
  const log = []; // "<path> <status> <bytes>" for each answer
  const port = 4191;
  const base = `http://127.0.0.1:${port}`;
  test.use({ baseURL: base });

  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ms-dist-"));
    await cp("../dist", dir, { recursive: true });
    server = spawn("node", ["../scripts/serve.mjs", dir], {
      env: {
        ...process.env,
        PORT: String(port),
        ADDRESS: "127.0.0.1",
        LOG_REQUESTS: "1",
      },
      stdio: ["ignore", "pipe", "ignore"],
    });
    server.stdout.setEncoding("utf8");
    // A chunk from the pipe can end inside a line: keep the unfinished
    // part until the rest of its line arrives.
    let partial = "";
    server.stdout.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop();
      log.push(...lines.filter((line) => line.length > 0));
    });
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(base + "/");
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  /**
   * The request log up to now, once every answer so far has reached it:
   * the server's output comes through a pipe, so lines can arrive after
   * the browser has the answer (after a visit is over, or after the update
   * prompt shows). A marker request, logged after them, says they are all
   * in; the marker itself is left out.
   */
  async function settledLog() {
    const mark = `/__log-mark-${Date.now()}-${Math.random()}`;
    await fetch(base + mark);
    await expect.poll(() => log.some((line) => line.startsWith(`${mark} `))).toBe(true);
    const at = log.findIndex((line) => line.startsWith(`${mark} `));
    log.splice(at, 1);
    return log.slice(0, at);
  }

  /** Empties the request log once every answer so far has reached it. */
  async function clearLog() {
    const settled = await settledLog();
    log.splice(0, settled.length);
  }

  test.afterAll(async () => {
    server?.kill();
    await rm(dir, { recursive: true, force: true });
  });

  test("waits for the user, then takes over and clears the old cache", async ({
    page,
  }) => {
    const app = await installOffline(page);
    const before = await page.evaluate(() => caches.keys());
    await expect(page.getByTestId("update-prompt")).toHaveCount(0);

    // Publish a second, different build: new home page text, so a new
    // worker with that page's new revision.
    await clearLog();
    await publishChange(dir, "index.html", "/", (html) =>
      html.replace("<title>", '<meta name="build" content="2"><title>'),
    );

    await checkForUpdate(page);
    await expect(page.getByTestId("update-prompt")).toBeVisible();
    // Nothing changes until the user says so.
    expect(await page.locator('meta[name="build"]').count()).toBe(0);

    await page.getByTestId("update-accept").click();
    await expect(page.locator('meta[name="build"]')).toHaveCount(1);
    await expect(app.heading).toHaveText("MS & Your Spine");
    const after = await page.evaluate(() => caches.keys());
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });

  test("an update downloads only what changed, and still works offline", async ({
    page,
    context,
  }) => {
    const app = await installOffline(page);
    await clearLog();
    await publishChange(dir, "about/index.html", "/about/", (html) =>
      html.replace("</h1>", " (new)</h1>"),
    );
    await checkForUpdate(page);
    await expect(page.getByTestId("update-prompt")).toBeVisible();
    // The new worker and the changed page; every other file (the
    // WebAssembly, styles, icons, the other pages) came from the old cache.
    const fetched = (await settledLog()).map((line) => line.split(" ")[0]).sort();
    expect(fetched).toEqual(["/about/", "/sw.js"]);
    // Accepting reloads the page under the new worker: wait for that
    // reload, or the next navigation would race it.
    const reloaded = page.waitForEvent("load");
    await page.getByTestId("update-accept").click();
    await reloaded;
    await context.setOffline(true);
    await app.open("/about/");
    await expect(app.heading).toContainText("(new)");
    await app.open("/your-spine/");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  });
});

test("a Spanish page installs the same app, named in Spanish, opening at /es/", { tag: "@host" }, async ({
  page,
  request,
}) => {
  await new App(page).open("/es/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const response = await request.get(href);
  expect(response.headers()["content-type"]).toContain("manifest+json");
  const manifest = await response.json();
  const english = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.name).toBe("La EM y su columna");
  expect(manifest.lang).toBe("es");
  expect(manifest.start_url).toBe("./es/");
  // The same app (id, scope, icons), not a second one.
  expect(manifest.id).toBe(english.id);
  expect(manifest.scope).toBe(english.scope);
  expect(manifest.icons).toEqual(english.icons);
});

test("the app can be installed: manifest, icons and touch icon", { tag: "@host" }, async ({
  page,
  request,
}) => {
  await new App(page).open("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const response = await request.get(href);
  expect(response.headers()["content-type"]).toContain("manifest+json");
  const manifest = await response.json();
  expect(manifest.name).toBe("MS & Your Spine");
  expect(manifest.display).toBe("standalone");
  expect(manifest.start_url).toBe("./");
  expect(manifest.scope).toBe("./");
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  const touch = await page
    .locator('link[rel="apple-touch-icon"]')
    .getAttribute("href");
  for (const src of [...manifest.icons.map((i) => i.src), touch]) {
    const icon = await request.get(new URL(src, response.url()).href);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"]).toBe("image/png");
  }
});
