// End-to-end tests against the release build in ../dist, served by
// scripts/serve.mjs as any static host would serve it.
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./chromium.js";

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

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
    launchOptions,
    serviceWorkers: "allow",
    trace: "off",
  },
  projects: [
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: {
    command: `node ../scripts/serve.mjs ../dist`,
    env: { PORT: String(port), ADDRESS: "127.0.0.1" },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
