import { test, expect } from "./fixtures.js";

test("the app loads from dist with its title, name and call link", { tag: "@host" }, async ({
  page,
}) => {
  await page.goto("./");
  await expect(page).toHaveTitle("MS & Your Spine");
  // Rendered by the WebAssembly: proves the .wasm loaded and ran.
  await expect(page.getByTestId("site-header")).toContainText(
    "MS & Your Spine",
  );
  const call = page.getByTestId("clinic-call");
  await expect(call).toHaveAttribute("href", "tel:+13108287757");
  await expect(call).toContainText("310-828-7757");
  await expect(page.getByTestId("disclaimer")).toContainText(
    "does not diagnose",
  );
});

test("the host serves the wasm as application/wasm", { tag: "@host" }, async ({ page }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await page.goto("./");
  const response = await wasm;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/wasm");
  // Hashed assets never change: cached for a year. Pages are revalidated.
  expect(response.headers()["cache-control"]).toContain("immutable");
  const html = await fetch(new URL("/symptoms/", response.url()));
  expect(html.headers.get("cache-control")).toBe("no-cache");
});

test("the host sends the build's security headers", { tag: "@host" }, async ({
  page,
}) => {
  const response = await page.goto("./");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  // Only a header can forbid framing; the rest matches the page's own.
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-inline");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  const hashes = meta.match(/'sha256-[^']+'/g) ?? [];
  expect(hashes.length).toBeGreaterThan(0);
  for (const hash of hashes) expect(policy).toContain(hash);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // The headers file is for the host, never served.
  expect((await page.request.get("/_headers")).status()).toBe(404);
  // A folder without its slash still reaches its page.
  const bare = await page.request.get("/symptoms");
  expect(bare.status()).toBe(200);
  expect(await bare.text()).toContain("<h1");
});
