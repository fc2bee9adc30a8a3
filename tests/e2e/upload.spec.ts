// Uploading a report through the page, as an analyst does: a field's problem shown beside it before
// anything is sent, a refused file explained with nothing stored, a stored report opened from the
// answer, and the same file again stored once. Runs after the others (files run in name order): it adds a report.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

const REPORT = `岳阳市人民政府关于2023年度法治政府建设情况的报告

2023年，岳阳市深入推进法治政府建设，各项工作取得新成效。

一、行政复议和行政应诉
全年共收到行政复议申请1126件，依法受理983件，直接纠错率为12.4%。行政机关负责人出庭应诉率达到100%。

二、严格规范公正文明执法
全市组织行政执法人员培训42期，培训3860人次。

岳阳市人民政府
2024年3月20日
`;

async function reportCount(request: APIRequestContext): Promise<number> {
  return ((await (await request.get("/api/reports")).json()) as unknown[]).length;
}

test("upload page: a field's problem beside it, a refused file explained, then the report stored once and opened", async ({ page, request }, testInfo) => {
  const before = await reportCount(request);
  await page.goto("/upload");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("上传报告");
  await expect(page.getByRole("link", { name: "上传", exact: true })).toHaveAttribute("aria-current", "page");
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);

  const file = { name: "yueyang-2023.txt", mimeType: "text/plain", buffer: Buffer.from(REPORT) };
  const submit = page.getByRole("button", { name: "上传并提取" });

  // A year that is not a year: shown at the field, checked by the API's own schema, nothing sent.
  await page.getByLabel("报告文件").setInputFiles(file);
  await page.getByLabel("报告年份").fill("23");
  await submit.click();
  await expect(page.getByLabel("报告年份")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请填写四位数年份，如 2023。")).toBeVisible();
  expect(await reportCount(request)).toBe(before);
  await page.screenshot({ path: `${SHOTS}/upload-field-error.png`, fullPage: true });

  // A file that is no report: the server's reason in Chinese, and nothing written.
  await page.getByLabel("报告年份").fill("");
  await page.getByLabel("报告文件").setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]) });
  await submit.click();
  const alert = page.getByTestId("upload-error");
  await expect(alert).toContainText("未能入库");
  await expect(alert).toContainText("没有写入任何数据");
  await expect(alert).not.toContainText("The file");
  expect(await reportCount(request)).toBe(before);
  await page.screenshot({ path: `${SHOTS}/upload-refused.png`, fullPage: true });

  // The report, with a place typed that the text contradicts: stored under the text's place, and told so.
  await page.getByLabel("报告文件").setInputFiles(file);
  await page.getByLabel("地区", { exact: true }).fill("长沙市");
  await submit.click();
  const result = page.getByTestId("upload-result");
  await expect(result).toHaveAttribute("data-outcome", "created");
  await expect(result).toContainText("岳阳市2023年");
  await expect(result).toContainText("未采用您填写的“长沙市”");
  expect(await reportCount(request)).toBe(before + 1);
  const reports = (await (await request.get("/api/reports")).json()) as Array<{ id: number; year: number; place: { nameZh: string } }>;
  const stored = reports.find((r) => r.place.nameZh === "岳阳市")!;
  expect(stored.year).toBe(2023);
  const detail = (await (await request.get(`/api/reports/${stored.id}`)).json()) as { metrics: Array<{ text: string }> };
  // The count the page states is the count stored.
  await expect(result).toContainText(`提取 ${detail.metrics.length} 项数据`);
  expect(detail.metrics.map((m) => m.text)).toEqual(expect.arrayContaining(["1126件", "983件", "12.4%", "100%"]));
  const shot = await page.screenshot({ path: `${SHOTS}/upload-stored.png`, fullPage: true });
  await testInfo.attach("upload-stored", { body: shot, contentType: "image/png" });

  await page.getByRole("link", { name: "查看报告" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${stored.id}$`));
  await expect(page.getByTestId("report-text").locator("a.metric-mark", { hasText: "983" })).toHaveCount(1);

  // The same file again: already stored, nothing added.
  await page.goto("/upload?lang=en");
  await page.getByLabel("Report file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload and extract" }).click();
  await expect(page.getByTestId("upload-result")).toHaveAttribute("data-outcome", "unchanged");
  await expect(page.getByTestId("upload-result")).toContainText("already stored");
  expect(await reportCount(request)).toBe(before + 1);
});
