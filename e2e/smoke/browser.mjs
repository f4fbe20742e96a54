// One browser session for the smoke checks, through W3C WebDriver
// (selenium-webdriver, talking to an already running WebKitWebDriver or
// geckodriver: it never downloads or starts a driver itself here).
//
// Everything waits by polling with a time limit, never by sleeping a
// fixed time: the checks are as fast as the browser allows, and a stuck
// page fails with a plain message instead of hanging.
import { Builder, By } from "selenium-webdriver";

/** How long a page may take to load and hydrate (WebKit is slowest). */
export const LOAD_TIMEOUT = 20_000;
/** How long a control may take to answer a click. */
export const ACTION_TIMEOUT = 5_000;
const POLL_EVERY = 100;

/** What the app writes to localStorage (README: the private diary). */
export const DIARY_KEY = "ms-your-spine.diary";

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Starts a session on a running driver; throws with a plain message. */
export async function startSession(engine) {
  const driver = new Builder()
    .usingServer(engine.driverUrl)
    .withCapabilities(engine.capabilities)
    // SELENIUM_* variables in the environment must not redirect the run.
    .disableEnvironmentOverrides()
    .build();
  // The driver is also a promise of the session; a failed start is
  // reported just below, so it must not also crash Node as unhandled.
  driver.catch(() => {});
  try {
    await driver.getSession();
  } catch (err) {
    throw new Error(
      `could not start a ${engine.label} session at ${engine.driverUrl}: ${err.message}`,
    );
  }
  await driver.manage().setTimeouts({
    pageLoad: LOAD_TIMEOUT,
    script: LOAD_TIMEOUT,
    implicit: 0,
  });
  return driver;
}

/**
 * Polls `probe` until it returns something truthy and returns that;
 * throws "Timed out after Ns waiting for <what>" otherwise, with the
 * last value or error seen, so a failure says what the page was doing.
 */
export async function waitFor(what, probe, timeout = ACTION_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = `last saw ${JSON.stringify(value)}`;
    } catch (err) {
      last = `last error: ${err.message.split("\n")[0]}`;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (${last})`);
    }
    await sleep(POLL_EVERY);
  }
}

/** The check's view of the browser: the few things the checks need. */
export class Page {
  constructor(driver, site) {
    this.driver = driver;
    this.site = site;
  }

  /** Runs a function in the page and returns its (JSON-able) result. */
  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /**
   * Opens a path and waits until the page's WebAssembly has hydrated it
   * (the app marks that with <html data-hydrated>).
   */
  async open(path) {
    await this.driver.get(new URL(path, this.site).href);
    await this.hydrated(path);
  }

  /**
   * Reloads the page as a visitor does. Not WebDriver's refresh: in
   * Firefox that is a forced reload, which bypasses the service worker
   * (the page comes back uncontrolled). The old document is marked so
   * the wait knows when the new one has replaced it.
   */
  async reload() {
    const path = await this.run(() => {
      window.__smokeOldPage = true;
      // After this script has returned, so WebDriver gets its answer.
      setTimeout(() => location.reload());
      return location.pathname;
    });
    await waitFor(`${path} to reload`, () =>
      this.run(() => !window.__smokeOldPage && document.readyState === "complete"),
    LOAD_TIMEOUT);
    await this.hydrated(path);
  }

  async hydrated(path) {
    // Without the catcher the error check would pass vacuously: make
    // sure every page the checks look at has it.
    const hasCatcher = await this.run(() => window.__smokeCatcher === true);
    if (!hasCatcher) {
      throw new Error(`${path} was served without the error catcher (/__smoke/errors.js)`);
    }
    await waitFor(
      `${path} to hydrate (<html data-hydrated>)`,
      () => this.run(() => document.documentElement.hasAttribute("data-hydrated")),
      LOAD_TIMEOUT,
    );
  }

  /** The element with this data-testid, once it is there. */
  byTestId(id, timeout) {
    return this.find(`[data-testid="${id}"]`, timeout);
  }

  find(css, timeout = ACTION_TIMEOUT) {
    return waitFor(`an element matching ${css}`, async () => {
      const found = await this.driver.findElements(By.css(css));
      return found[0];
    }, timeout);
  }

  findXPath(xpath, timeout = ACTION_TIMEOUT) {
    return waitFor(`an element at ${xpath}`, async () => {
      const found = await this.driver.findElements(By.xpath(xpath));
      return found[0];
    }, timeout);
  }

  /** Every element that matches, right now. */
  findAll(css) {
    return this.driver.findElements(By.css(css));
  }

  /** How many elements match, right now. */
  async count(css) {
    return (await this.findAll(css)).length;
  }

  /**
   * Clicks an element as a user would (WebDriver's element click, which
   * fails if something covers it). It is scrolled to the middle first,
   * in view whatever the window's size.
   */
  async click(element) {
    await this.run((el) => el.scrollIntoView({ block: "center" }), element);
    await element.click();
  }

  /** The text of the element with this data-testid ("" if none). */
  text(id) {
    return this.run(
      (testId) =>
        document.querySelector(`[data-testid="${testId}"]`)?.textContent.trim() ?? "",
      id,
    );
  }

  /**
   * Every error the catcher (errors.js) has seen in this tab since the
   * last call, from this page and the ones before it; clears the list.
   */
  async takeErrors() {
    return this.run(() => {
      let saved = [];
      try {
        saved = JSON.parse(sessionStorage.getItem("__smokeErrors") || "[]");
        sessionStorage.removeItem("__smokeErrors");
      } catch {
        // sessionStorage unavailable: the page's own list is all there is.
      }
      const all = [...new Set([...saved, ...(window.__smokeErrors ?? [])])];
      if (window.__smokeErrors) window.__smokeErrors.length = 0;
      return all;
    });
  }
}
