// Draws the app icons (PNG) from one SVG with headless Chromium. Run from
// e2e/ after `npm ci`: node make-icons.mjs (writes ../public/icons).
import { chromium } from "@playwright/test";
const svg = (maskable) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" ${maskable ? "" : 'rx="112"'} fill="#1d5c63"/>
  <g fill="#f4f1ea" transform="translate(256 256) scale(${maskable ? 0.62 : 0.78}) translate(-256 -256)">
    <rect x="196" y="56" width="120" height="72" rx="28"/>
    <rect x="186" y="148" width="140" height="76" rx="28"/>
    <rect x="176" y="244" width="160" height="80" rx="30"/>
    <rect x="166" y="344" width="180" height="96" rx="32"/>
  </g>
</svg>`;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [name, size, maskable] of [["icon-192.png", 192, false], ["icon-512.png", 512, false], ["icon-maskable-512.png", 512, true], ["apple-touch-icon.png", 180, true]]) {
  const p = await b.newPage({ viewport: { width: size, height: size } });
  await p.setContent(`<html><body style="margin:0">${svg(maskable).replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  await p.screenshot({ path: new URL(`../public/icons/${name}`, import.meta.url).pathname, omitBackground: true });
  await p.close();
}
await b.close();
