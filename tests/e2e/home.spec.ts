// The overview as a visitor first sees it: every seed place with its reports, served from the database.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

const SEED_PLACES = ["青岛市", "潍坊市", "威海市", "丹东市", "市南区"];

test("the home page lists the five seed places and their five reports", async ({ page }, testInfo) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const tree = page.getByTestId("place-tree");
  for (const name of SEED_PLACES) await expect(tree.getByRole("link", { name, exact: true })).toBeVisible();
  // Districts sit under their city: 市南区 inside 青岛市's entry.
  await expect(tree.locator("li", { has: page.getByRole("link", { name: "青岛市", exact: true }) }).getByRole("link", { name: "市南区" })).toBeVisible();
  await expect(tree.locator('a[href^="/reports/"]')).toHaveCount(5);
  await expect(page.getByTestId("coverage-matrix").locator("tbody tr")).toHaveCount(5);

  const health = await (await page.request.get("/api/health")).json();
  expect(health).toMatchObject({ ok: true, counts: { reports: 5 } });
  await expect(page.getByText(new RegExp(`${health.counts.metrics} 项数据`)).first()).toBeVisible();

  const shot = await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
  await testInfo.attach("home", { body: shot, contentType: "image/png" });

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the home page switches to English through the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Weihai", exact: true }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
