// A web page's indicator table, uploaded as a user would, read back as a table with its figures
// marked, their years and their changes. Runs after the read-only tests (files run in name order): it adds reports,
// each of a place no later test looks up by name (upload.spec.ts looks up 岳阳市).
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

/** Uploads a web page as a user would and opens its report page. */
async function openUploaded(page: Page, request: APIRequestContext, name: string, html: string): Promise<void> {
  const upload = await request.post("/api/reports", { multipart: { file: { name, mimeType: "text/html", buffer: Buffer.from(html) } } });
  expect(upload.status()).toBe(201);
  const { reportId } = (await upload.json()) as { reportId: number };
  await page.goto(`/reports/${reportId}`);
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>合肥市蜀山区2023年法治政府建设情况报告_蜀山区人民政府</title></head><body>
<div class="nav">首页 | 政务公开 | 法治政府</div>
<article><h1>合肥市蜀山区2023年法治政府建设情况报告</h1>
<p>2023年，蜀山区深入推进法治政府建设，全年办理法律援助案件1263件。主要指标见下表。</p>
<table border="1"><caption>表1 主要指标完成情况</caption>
<tr><th rowspan="2">类别</th><th rowspan="2">指标名称</th><th rowspan="2">单位</th><th colspan="2">完成情况</th><th rowspan="2">同比</th></tr>
<tr><th>2022年</th><th>2023年</th></tr>
<tr><td rowspan="2">行政复议</td><td>收到行政复议申请</td><td>件</td><td>312</td><td>356</td><td>+14.1%</td></tr>
<tr><td>直接纠错率</td><td>%</td><td>11.2</td><td>13.5</td><td>+2.3个百分点</td></tr>
</table>
<p>特此报告。</p></article></body></html>`;

test("an uploaded web page's table reads as a table: each figure marked, dated by its column, with its row's change", async ({ page, request }, testInfo) => {
  await openUploaded(page, request, "shushan-2023.html", PAGE);

  const table = page.getByTestId("report-text").locator("table");
  await expect(table).toHaveCount(1);
  // The grid: the group's name in each row it spans, the years under 完成情况.
  await expect(table.locator("tr").filter({ hasText: "2022年" })).toContainText("2023年");
  await expect(table.locator("tr").filter({ hasText: "直接纠错率" }).locator("td").first()).toHaveText("行政复议");

  const mark = table.locator("a.metric-mark", { hasText: "356" });
  await mark.click();
  const id = await mark.getAttribute("data-metric-id");
  const entry = page.locator(`#p-${id}`);
  await expect(entry).toHaveClass(/is-active/);
  await expect(entry.locator("[data-change]")).toHaveText("同比↑14.1%");
  // The figure's sentence is its table row: the tint runs across the row's cells.
  const tinted = await page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get("metric-quote");
    return highlight ? [...highlight].map((r) => r.toString()).join("") : "";
  });
  expect(tinted).toContain("收到行政复议申请");
  expect(tinted).toContain("+14.1%");
  // The 2022 column's figure says its year.
  await expect(page.locator(`#p-${await table.locator("a.metric-mark", { hasText: "312" }).getAttribute("data-metric-id")}`)).toContainText("2022年");

  const body = await page.screenshot({ path: `${SHOTS}/report-table.png`, fullPage: false });
  await testInfo.attach("report-table", { body, contentType: "image/png" });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

const DESCRIBED = `<!doctype html><html><head><meta charset="utf-8"><title>济南市历下区2023年法治政府建设情况报告</title></head><body>
<h1>济南市历下区2023年法治政府建设情况报告</h1><p>2023年，历下区扎实推进法治政府建设，现将有关情况报告如下。</p>
<table border="1"><tr><td>重点任务</td><td>推进情况</td><td>2023年（件）</td></tr>
<tr><td>规范性文件合法性审核</td><td>${"严格落实行政规范性文件合法性审核机制，对各部门报送的规范性文件逐件审核，提出修改意见，确保规范性文件合法有效。".repeat(4)}</td><td>48</td></tr>
<tr><td>重大行政决策合法性审查</td><td>完成重大行政决策合法性审查</td><td>12</td></tr>
<tr><td>行政复议案件办理</td><td>依法办理行政复议案件</td><td>426</td></tr></table>
<p>2024年，力争办理行政复议案件500件。</p>
<p>济南市历下区人民政府</p><p>2024年3月5日</p></body></html>`;

test("a table whose rows describe the work in prose reads whole: every row a row, every figure marked, the signature no heading", async ({ page, request }, testInfo) => {
  await openUploaded(page, request, "lixia-2023.html", DESCRIBED);
  const text = page.getByTestId("report-text");
  await expect(text).toContainText("现将有关情况报告如下");
  const table = text.locator("table");
  await expect(table).toHaveCount(1);
  await expect(table.locator("tr")).toHaveCount(4);
  await expect(table.locator("tr").nth(1).locator("td")).toHaveCount(3);
  for (const figure of ["48", "12", "426"]) await expect(table.locator("a.metric-mark", { hasText: new RegExp(`^${figure}$`) })).toHaveCount(1);
  await expect(text.locator("h2, h3, h4").filter({ hasText: "人民政府" })).toHaveCount(0);
  // A goal says so beside it; a result does not.
  const goal = text.locator("a.metric-mark", { hasText: "500件" });
  await expect(page.locator(`#p-${await goal.getAttribute("data-metric-id")} [data-target]`)).toHaveText("目标");
  await expect(page.locator(`#p-${await table.locator("a.metric-mark", { hasText: /^426$/ }).getAttribute("data-metric-id")} [data-target]`)).toHaveCount(0);
  const body = await page.screenshot({ path: `${SHOTS}/report-table-described.png`, fullPage: true });
  await testInfo.attach("report-table-described", { body, contentType: "image/png" });
});

const LEVELS = `<!doctype html><html><head><meta charset="utf-8"><title>衡阳市2024年法治政府建设情况报告</title></head><body>
<h1>衡阳市2024年法治政府建设情况报告</h1><p>2024年，衡阳市持续深化行政复议体制改革，全市收到行政复议申请2376件。主要数据见下表。</p>
<table border="1"><caption>表1 2024年行政复议和行政应诉主要数据</caption>
<tr><th>指标</th><th>全市</th><th>市政府本级</th><th>全市同比</th></tr>
<tr><td>收到行政复议申请（件）</td><td>2376</td><td>1126</td><td>+61.3%</td></tr>
<tr><td>直接纠错率</td><td>15.8%</td><td>9.4%</td><td>-2.1个百分点</td></tr>
</table><p>特此报告。</p></body></html>`;

test("a table of levels reads each column at its level and hangs the 同比 column on the level it names", async ({ page, request }, testInfo) => {
  await openUploaded(page, request, "hengyang-levels-2024.html", LEVELS);
  const table = page.getByTestId("report-text").locator("table");
  await expect(table).toHaveCount(1);
  const entryOf = async (figure: string) => page.locator(`#p-${await table.locator("a.metric-mark", { hasText: new RegExp(`^${figure}$`) }).getAttribute("data-metric-id")}`);
  const whole = await entryOf("15.8%");
  await expect(whole).toContainText("全市");
  await expect(whole.locator("[data-change]")).toHaveText("同比↓2.1个百分点");
  const own = await entryOf("9.4%");
  await expect(own).toContainText("市本级");
  await expect(own.locator("[data-change]")).toHaveCount(0);
  await expect((await entryOf("2376")).locator("[data-change]")).toHaveText("同比↑61.3%");
  const body = await page.screenshot({ path: `${SHOTS}/report-table-levels.png`, fullPage: true });
  await testInfo.attach("report-table-levels", { body, contentType: "image/png" });
});
