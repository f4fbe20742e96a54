import { expect } from "@playwright/test";
// Helpers for the diary tests: stored data in the app's own format.
export const DIARY_KEY = "ms-your-spine.diary";
export const BACKUP_KEY = "ms-your-spine.unreadable-backup.1";

/** The built-in symptoms, in the stored order. */
export const BUILT_IN = [
  "weakness",
  "stiffness",
  "numbness",
  "shooting-pain",
  "bladder",
  "bowel",
];

/** ISO date `n` days before today (local time, as the app counts). */
export function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (v) => String(v).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An ISO date as the app writes it for US readers: "Nov 30, 2026". */
export function usDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${months[m - 1]} ${d}, ${y}`;
}

/** A version 1 diary with `days` daily entries ending today. */
export function storedDiary({ days = 0, note = "" } = {}) {
  const entries = [];
  for (let n = days - 1; n >= 0; n--) {
    const score = String((n % 7) + 2); // weakness 2..8
    entries.push([daysAgo(n), score + "3", 6, n === 3, "", n === 0 ? note : ""]);
  }
  return diaryText(
    BUILT_IN.map((id) =>
      id === "weakness" ? { id, now: true, severity: 5 } : { id },
    ),
    entries,
  );
}

/**
 * Stored diary text in the app's version 1 format: these symptoms
 * (default: the built-in ones, blank) and these days.
 */
export function diaryText(
  symptoms = BUILT_IN.map((id) => ({ id })),
  days = [],
) {
  return JSON.stringify({ version: 1, data: { symptoms, days } });
}

/** Puts text in localStorage before the app starts. */
export async function seed(page, key, text) {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem("seeded:" + k)) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("seeded:" + k, "1");
      }
    },
    [key, text],
  );
}

export async function stored(page, key = DIARY_KEY) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** A score picker, found by its legend (a symptom's name, or sleep). */
export function picker(page, legend) {
  return page.getByRole("group", { name: legend, exact: true });
}

/** Taps a score ("0" to "10", or "" for not recorded) in a picker. */
export async function pick(group, value) {
  await group.locator(`label:has(> input[value="${value}"])`).click();
}

/** The picker shows this score as chosen ("" for not recorded). */
export async function expectPicked(group, value, message) {
  await expect(group.locator(`input[value="${value}"]`), message).toBeChecked();
}
