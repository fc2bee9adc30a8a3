// The analyst's journey through the dashboard, in Chromium, as a user does it. Expected numbers are
// read from the reports' own text (through the API), not copied from the extractor's output.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  // Charts load after the page and draw once the browser has measured them: wait for each frame's SVG.
  await page.waitForFunction(() => [...document.querySelectorAll("[data-chart-frame]")].every((el) => el.querySelector("svg .recharts-layer")));
  const body = await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function reportOf(
  request: APIRequestContext,
  place: string,
): Promise<{
  id: number;
  cleanedText: string;
  metrics: Array<{ id: number; text: string; approx: boolean; bound: string | null; indicator: { slug: string } | null; coverage: { kind: string; text: string | null } | null }>;
}> {
  const list = (await (await request.get(`/api/reports?place=${place}`)).json()) as Array<{ id: number }>;
  expect(list.length, `a report of ${place}`).toBeGreaterThan(0);
  return (await request.get(`/api/reports/${list[0]!.id}`)).json();
}

function seriesCard(page: Page, slug: string) {
  return page.locator(`[data-testid=compare-series][data-indicator="${slug}"]`);
}

test("overview → Weihai report → a highlighted figure and its panel entry, both ways", async ({ page, request }, testInfo) => {
  await page.goto("/");
  // The site's icon is declared and served, so no browser asks for a missing /favicon.ico.
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await request.get(icon!)).status()).toBe(200);
  const weihai = page.getByTestId("place-tree").locator("li", { has: page.getByRole("link", { name: "威海市", exact: true }) });
  await weihai.locator('a[href^="/reports/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("威海市");
  await expect(page.getByTestId("quality-panel")).toContainText("按时公开");
  // The annual report's parts are required of it; of a news article (青岛's seed) they are shown for reference, with no ✗.
  await expect(page.getByTestId("quality-panel")).not.toContainText("仅供对照");
  const qingdao = await reportOf(request, "qingdao");
  await page.goto(`/reports/${qingdao.id}`);
  await expect(page.getByTestId("quality-panel")).toContainText("仅供对照");
  await expect(page.getByTestId("quality-panel")).not.toContainText("✗");
  await page.goBack();
  // A figure's stated change shows beside it (受理…121件，同比增长了34.4%).
  const change = page.locator("[data-change]").filter({ hasText: "同比↑34.4%" });
  await expect(change).toHaveCount(1);
  await change.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-change", false);

  const mark = page.locator("a.metric-mark").nth(3);
  const id = await mark.getAttribute("data-metric-id");
  const figure = (await mark.textContent())!;
  await mark.click();
  const entry = page.locator(`#p-${id}`);
  await expect(entry).toHaveClass(/is-active/);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(figure.replace(/,/g, "").slice(0, 2));
  await expect(mark).toHaveClass(/is-active/);
  await shoot(page, testInfo, "report-metric-selected", false);

  // And back: a panel entry leads to its figure in the text.
  const other = page.locator("a.metric-entry").last();
  const otherId = await other.getAttribute("data-metric-id");
  await other.click();
  await expect(page.locator(`#m-${otherId}`)).toHaveClass(/is-active/);
  await expect(page.locator(`#m-${otherId}`)).toBeInViewport();

  // Pillar filter: only that pillar's entries remain in the panel, through the URL.
  await page.locator('[data-pillar-filter="reconsideration"]').click();
  await expect(page).toHaveURL(/pillar=reconsideration/);
  await expect(page.locator("a.metric-mark").first()).toHaveAttribute("data-pillar", "reconsideration");
  await expect(page.locator("a.metric-mark:not([data-pillar=reconsideration])")).toHaveCount(0);
  await expect(page.getByTestId("cleaning-report")).toBeVisible();
  await shoot(page, testInfo, "report");
  await expectAccessible(page);
});

test("a figure that is not one whole year's says so beside it, in Chinese and in English", async ({ page, request }, testInfo) => {
  // The Shinan seed is a mid-year article: its 上半年 figures are part of a year, named by the words that say so.
  const shinan = await reportOf(request, "shinan");
  const stated = shinan.cleanedText.indexOf("上半年");
  expect(stated).toBeGreaterThanOrEqual(0);
  const firstHalf = shinan.metrics.find((m) => m.coverage !== null && m.coverage.text === "上半年");
  expect(firstHalf, "a figure dated 上半年 by its sentence").toBeDefined();
  await page.goto(`/reports/${shinan.id}`);
  const badge = page.locator(`#p-${firstHalf!.id} [data-coverage=part-year]`);
  await expect(badge).toHaveText("非全年：上半年");
  await expect(badge).toHaveAttribute("title", /不计入年度指标对比/);
  await badge.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-coverage", false);
  await page.goto(`/reports/${shinan.id}?lang=en`);
  await expect(page.locator(`#p-${firstHalf!.id} [data-coverage=part-year]`)).toHaveText("Part of year: 上半年");
});

test("an approximate figure reads in the page's language: as written in Chinese, 'over …' in English", async ({ page, request }) => {
  // Any seed figure written with 余/多 that maps to an indicator shows on the report page and the indicator page.
  const weihai = await reportOf(request, "weihai");
  const approx = weihai.metrics.find((m) => m.approx && m.bound === "lower" && m.indicator !== null);
  expect(approx, "an indicator figure written with 余 or 多").toBeDefined();
  await page.goto(`/reports/${weihai.id}`);
  await expect(page.locator(`#p-${approx!.id} .tabular-nums`).first()).toHaveText(approx!.text);
  await page.goto(`/reports/${weihai.id}?lang=en`);
  const english = page.locator(`#p-${approx!.id} .tabular-nums`).first();
  await expect(english).toHaveText(/^over [\d,.]+/);
  await expect(english).not.toContainText(/[余多]/);
  await page.goto(`/indicators/${approx!.indicator!.slug}?lang=en`);
  const cell = page.locator("tbody tr", { has: page.locator(`a[href$="#m-${approx!.id}"]`) }).locator("td").nth(1);
  await expect(cell).toHaveText(/^over [\d,.]+/);
  // The place page's key indicator card too.
  await page.goto(`/places/weihai?lang=en`);
  await expect(page.locator(`a[href$="#m-${approx!.id}"]`).first()).toHaveText(/^over [\d,.]+/);
});

test("compare Qingdao, Weihai, Dandong and Shinan on 复议: bars and labels match the reports", async ({ page, request }, testInfo) => {
  const [qingdao, weihai] = await Promise.all([reportOf(request, "qingdao"), reportOf(request, "weihai")]);
  await page.goto("/compare");
  const filter = page.getByTestId("place-filter");
  for (const name of ["青岛", "威海", "丹东", "市南"]) {
    await filter.fill(name);
    await filter.press("Enter");
  }
  await page.getByTestId("pillar-select").selectOption("reconsideration");
  await page.getByTestId("compare-apply").click();
  await expect(page).toHaveURL(/places=qingdao,weihai,dandong,shinan/);
  await expect(page).toHaveURL(/pillar=reconsideration/);
  await expect(page.getByTestId("compare-series").first()).toBeVisible();

  // 行政机关负责人出庭应诉率: wherever a report's text gives the rate, its bar is labelled with it.
  const rate = seriesCard(page, "leader-court-appearance-rate");
  await expect(rate).toBeVisible();
  for (const [name, report] of [["威海市", weihai], ["青岛市", qingdao]] as const) {
    const m = /负责人出庭应诉率[^。%]*?(\d+(?:\.\d+)?)%/.exec(report.cleanedText);
    expect(m, `${name}'s text states the rate`).not.toBeNull();
    await expect(rate.getByTestId("place-bar-chart")).toContainText(`${m![1]}%`);
  }
  // Dandong's report gives no such rate: 未披露, not a zero bar.
  await expect(rate.locator("[data-missing=true]").first()).toBeVisible();
  await rate.locator("summary", { hasText: "数据表" }).click();
  await expect(rate.getByTestId("series-table").locator('tr[data-place="dandong"]')).toContainText("未披露");

  // Qingdao reports 复议 counts for the whole city (全市), Weihai for the city government itself (市本级).
  const qd = /全市行政复议机关收到行政复议申请(\d+)件/.exec(qingdao.cleanedText);
  const wh = /市本级共办理行政复议案件(\d+)件/.exec(weihai.cleanedText);
  expect(qd && wh).toBeTruthy();
  const allLabels = await page.getByTestId("compare-series").allTextContents();
  expect(allLabels.join(" ")).toContain(`${Number(qd![1]).toLocaleString("en-US")}件`);
  expect(allLabels.join(" ")).toContain(`${wh![1]}件`);
  const scopes = page.getByTestId("scope-summary");
  await expect(scopes.locator('[data-place="qingdao"]')).toContainText("全市");
  await expect(scopes.locator('[data-place="weihai"]')).toContainText("市本级");
  await shoot(page, testInfo, "compare-chart");
  await expectAccessible(page);

  // The same data as tables, each figure linking to its sentence.
  await page.locator('[data-view="table"]').click();
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByTestId("series-table").first()).toBeVisible();
  await shoot(page, testInfo, "compare-table");
  const quote = page.getByTestId("quote-link").first();
  const href = (await quote.getAttribute("href"))!;
  expect(href).toMatch(/^\/reports\/\d+#m-\d+$/);
  await quote.click();
  await expect(page.locator(`#${href.split("#")[1]}`)).toHaveClass(/is-active/);

  // Small multiples, sorted as chosen.
  await page.goto("/compare?places=qingdao,weihai,dandong,shinan&pillar=reconsideration&year=latest&view=grid&sort=place");
  await expect(page.getByTestId("compare-series").first()).toBeVisible();
  await shoot(page, testInfo, "compare-grid");

  // In English the scopes and units are English too, not the extractor's Chinese labels.
  await page.goto("/compare?places=qingdao,weihai,dandong,shinan&pillar=reconsideration&view=table&lang=en");
  const scopesEn = page.getByTestId("scope-summary");
  await expect(scopesEn.locator('[data-place="qingdao"]')).toContainText("whole city");
  await expect(scopesEn.locator('[data-place="weihai"]')).toContainText("city government itself");
  const applications = seriesCard(page, "admin-review-applications");
  await expect(applications).toContainText("Unit: count (件)");
  const qingdaoRow = applications.getByTestId("series-table").locator('tr[data-place="qingdao"]');
  await expect(qingdaoRow).toContainText(Number(qd![1]).toLocaleString("en-US"));
  await expect(qingdaoRow).toContainText("whole city");
  await shoot(page, testInfo, "compare-table-en");
});

test("the compare controls work by keyboard alone", async ({ page }) => {
  await page.goto("/compare");
  await page.getByTestId("place-filter").focus();
  await page.keyboard.type("威海");
  await page.keyboard.press("Enter");
  await page.keyboard.type("青岛");
  await page.keyboard.press("Enter");
  // Tab through to the pillar select, choose with the arrow keys, then submit from the button.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === "pillar-select") break;
  }
  await expect(page.getByTestId("pillar-select")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === "compare-apply") break;
  }
  await expect(page.getByTestId("compare-apply")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/places=weihai,qingdao/);
  await expect(page).toHaveURL(/pillar=reconsideration/);
  await expect(page.getByTestId("compare-series").first()).toBeVisible();
});

test("place, indicator, search and indicator list pages render, link to sentences and pass axe", async ({ page }, testInfo) => {
  await page.goto("/places/qingdao");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("青岛市");
  await expect(page.getByTestId("place-children")).toContainText("市南区");
  await expect(page.getByTestId("place-indicators").locator("li").first()).toBeVisible();
  await shoot(page, testInfo, "place");
  await expectAccessible(page);

  await page.goto("/indicators/leader-court-appearance-rate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("行政机关负责人出庭应诉率");
  await expect(page.getByTestId("indicator-table").locator("tbody tr").first()).toBeVisible();
  await shoot(page, testInfo, "indicator");
  await expectAccessible(page);

  await page.goto("/indicators");
  await expectAccessible(page);

  await page.goto("/search?q=行政复议");
  await expect(page.getByTestId("search-summary")).toContainText("行政复议");
  const hit = page.getByTestId("search-hit").first();
  await expect(hit.locator("mark")).toHaveText("行政复议");
  await shoot(page, testInfo, "search");
  await expectAccessible(page);
  await hit.click();
  await expect(page.locator("mark.search-mark").first()).toBeVisible();
});

test("phone-sized layouts", async ({ browser }, testInfo) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const [name, url] of [
    ["phone-home", "/"],
    ["phone-compare", "/compare?places=qingdao,weihai,dandong,shinan&pillar=reconsideration&year=latest"],
    ["phone-report", "/reports/1"],
  ] as const) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(1);
    await shoot(page, testInfo, name);
  }
  // The report's export menu opens inside the screen, so its CSV and XLSX links can be reached.
  await page.goto("/reports/1");
  const menu = page.getByTestId("export-menu").first();
  await menu.locator("summary").click();
  const box = await menu.locator("div").first().boundingBox();
  expect(box, "export menu").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expect(menu.locator('a[data-format="csv"]')).toBeInViewport();
  await shoot(page, testInfo, "phone-export-menu");
  await page.close();
});

test("a chosen place with no report of its own is named on the compare page, not shown by its slug", async ({ page }) => {
  await page.goto("/compare?places=qingdao,shandong&pillar=reconsideration");
  const chips = page.getByTestId("compare-controls").locator("ul li button");
  await expect(chips).toHaveText([/青岛市/, /山东省/]);
  await expect(page.getByTestId("compare-controls")).not.toContainText("shandong");
});

test("the compare page names a bad parameter or an unknown place in Chinese", async ({ page }) => {
  await page.goto("/compare?places=qingdao&year=abc");
  await expect(page.getByTestId("compare-problem")).toContainText("参数“year”的取值无效");
  await page.goto("/compare?places=nope,qingdao&year=latest");
  await expect(page.getByTestId("compare-problem")).toContainText("未找到地区：nope");
});

test("unknown pages show not-found; the API answers bad input with 400 naming the parameter", async ({ page, request }) => {
  // No loading boundary sits above the dynamic pages (docs/decisions/004), so a failed lookup
  // still sets the status line: a visitor sees the not-found page, a crawler gets a 404.
  for (const url of ["/reports/999999", "/reports/abc", "/places/atlantis", "/indicators/no-such-thing"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), url).toContainText("未找到");
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  }

  const bad = async (url: string, param: string) => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    const body = await res.json();
    expect(body.error.param, url).toBe(param);
    expect(body.error.message, url).toContain(param);
  };
  await bad("/api/compare?places=qingdao&year=twenty", "year");
  await bad("/api/compare?year=2023", "places");
  await bad("/api/compare?places=qingdao&pillar=nope", "pillar");
  await bad("/api/reports/abc", "id");
  await bad("/api/metrics?limit=-1", "limit");
  await bad("/api/search?q=", "q");
  expect((await request.get("/api/reports/999999")).status()).toBe(404);
  expect((await request.get("/api/compare?places=atlantis")).status()).toBe(404);
  expect((await request.get("/api/indicators/no-such-thing")).status()).toBe(404);

  const openapi = await (await request.get("/api/openapi.json")).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/api/compare", "/api/reports/{id}", "/api/search", "/api/metrics"]));
  expect(Object.keys(openapi.paths["/api/reports"].post.responses)).toEqual(expect.arrayContaining(["201", "400", "413", "415", "422"]));

  // Refused uploads answer with the documented status and write nothing.
  const before = ((await (await request.get("/api/reports")).json()) as unknown[]).length;
  const text = { name: "report.txt", mimeType: "text/plain", buffer: Buffer.from("某市2023年法治政府建设情况报告\n全年办理行政复议案件120件。") };
  const badYear = await request.post("/api/reports", { multipart: { file: text, year: "twenty" } });
  expect(badYear.status()).toBe(400);
  expect((await badYear.json()).error.param).toBe("year");
  const binary = await request.post("/api/reports", {
    multipart: { file: { name: "photo.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 255]) } },
  });
  expect(binary.status()).toBe(415);
  expect(((await (await request.get("/api/reports")).json()) as unknown[]).length).toBe(before);
});
