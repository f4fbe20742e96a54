import { test, expect } from "./fixtures.js";

test("the app loads from dist with its title, name and call link", async ({
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

test("the host serves the wasm as application/wasm", async ({ page }) => {
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
