// Debian's Chromium, never a downloaded browser, and the flags every
// tool here launches it with. As root it needs --no-sandbox; the
// networking flags stop it calling home on a closed network (its refused
// connections would otherwise slow every run).
export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launch options for Playwright's `chromium.launch`. */
export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/** A page as a 390x844 phone shows it, in `scheme` ("light" or "dark"). */
export function phonePage(browser, scheme, options = {}) {
  return browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    colorScheme: scheme,
    isMobile: true,
    hasTouch: true,
    ...options,
  });
}
