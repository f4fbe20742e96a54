// End-to-end tests against the release build in ../dist, served by
// scripts/serve.mjs as any static host would serve it.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

// Debian's Chromium, never a downloaded browser. As root it needs
// --no-sandbox; the networking flags stop it calling home on a closed
// network (its refused connections would otherwise slow every test).
const chromium = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: chromium,
    serviceWorkers: "allow",
    trace: "off",
  },
  projects: [
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: {
    command: `node ../scripts/serve.mjs ../dist`,
    env: { PORT: String(port), ADDRESS: "127.0.0.1" },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
