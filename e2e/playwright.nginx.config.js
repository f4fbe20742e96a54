// The host layer: the tests tagged @host (offline, the security policy
// and headers, cache rules, MIME types, 404) against the release build
// served by Debian's nginx with the server block the build wrote, so the
// generated configuration is proven, not only scripts/serve.mjs.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config.js";

const port = Number(process.env.E2E_NGINX_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  ...base,
  grep: /@host/,
  use: { ...base.use, baseURL },
  projects: base.projects.map((p) => ({
    ...p,
    use: { ...p.use, baseURL },
  })),
  webServer: {
    command: "node nginx.mjs",
    env: { PORT: String(port) },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
