// Exports as a user gets them: open the compare page, use the 导出 menu and 加入简报, download each
// format, and check the files themselves (PNG pixels, SVG text and font, CSV/XLSX values, PPTX
// chart XML), then convert the deck with LibreOffice and keep the rendered slide as an artifact.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/export/csv";

const COMPARE = "/compare?places=qingdao,weihai,dandong&pillar=reconsideration&year=latest";
const CHOSEN = ["qingdao", "weihai", "dandong"];
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const OUT = path.resolve("test-results/export");
fs.mkdirSync(OUT, { recursive: true });

async function save(download: Download, name: string): Promise<Buffer> {
  const file = path.join(OUT, name);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

async function downloadFromMenu(page: Page, selector: string, name: string, card?: Locator): Promise<Buffer> {
  const menu = (card ?? page).getByTestId("export-menu").first();
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.locator(selector).click()]);
  return save(download, name);
}

function darkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 110 && png.data[i + 1]! < 110 && png.data[i + 2]! < 110) dark++;
    }
  return dark;
}

test.describe("export", () => {
  test("chart images: PNG at 2× with the Chinese title drawn, SVG with title and embedded font", async ({ page }) => {
    await page.goto(COMPARE);
    const png = PNG.sync.read(await downloadFromMenu(page, 'a[data-format="png"][data-size="16x9"]', "compare-16x9.png"));
    expect([png.width, png.height]).toEqual([2560, 1440]);
    expect(Array.from(png.data.subarray(0, 3))).toEqual([255, 255, 255]);
    // Title band (top left, scaled 2×) holds ink; a blank or tofu-free failure would not.
    expect(darkPixels(png, 60, 60, 1200, 160)).toBeGreaterThan(2000);
    // (That the glyphs are Chinese and not tofu boxes is checked in lib/export/renderers.test.ts,
    // which renders two different titles and requires their title bands to differ.)
    const square = PNG.sync.read(await downloadFromMenu(page, 'a[data-format="png"][data-size="square"]', "compare-square.png"));
    expect([square.width, square.height]).toEqual([2160, 2160]);
    const svg = (await downloadFromMenu(page, 'a[data-format="svg"][data-size="4x3"]', "compare-4x3.svg")).toString("utf8");
    expect(svg).toMatch(/<title>[^<]*复议[^<]*<\/title>/);
    expect(svg).toMatch(/@font-face\{font-family:FazhiExportSans;[^}]*base64,/);
    expect(svg).toContain('viewBox="0 0 1024 768"');
    expect(svg).toContain("来源：");
    // The SVG rendered by the browser shows the same title: glyphs, measured by the browser.
    const widths = await page.evaluate(async (markup) => {
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(markup)))}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, svg);
    expect(widths).toEqual([1024, 768]);
  });

  test("data: CSV parses back to the table shown, XLSX holds the same values and the sources", async ({ page }) => {
    await page.goto(COMPARE);
    const csv = parseCsv((await downloadFromMenu(page, 'a[data-format="csv"]', "compare.csv")).toString("utf8"));
    expect(csv[0]!.slice(0, 3)).toEqual(["指标", "指标代码", "地区"]);
    const appearance = csv.find((r) => r[0] === "行政机关负责人出庭应诉率" && r[2] === "威海市");
    if (appearance) expect(appearance[5]).toBe("100");
    // Every value in the CSV is the value the page's table view shows (digits without grouping commas).
    await page.goto(`${COMPARE}&view=table`);
    const tableText = (await page.locator("table td").allInnerTexts()).join(" ").replace(/(\d),(?=\d{3})/g, "$1");
    expect(tableText.trim().length).toBeGreaterThan(0);
    for (const row of csv.slice(1).filter((r) => r[5] !== "")) expect(tableText).toContain(row[5]!.replace(/\.0$/, ""));
    await page.goto(COMPARE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadFromMenu(page, 'a[data-format="xlsx"]', "compare.xlsx")) as unknown as ArrayBuffer);
    const data = workbook.getWorksheet("数据")!;
    const fromXlsx = [];
    for (let r = 2; r <= data.rowCount; r++) fromXlsx.push([data.getRow(r).getCell(1).value, data.getRow(r).getCell(3).value, data.getRow(r).getCell(6).value]);
    expect(fromXlsx).toEqual(csv.slice(1).map((r) => [r[0], r[2], r[5] === "" ? null : Number(r[5])]));
    const sources = workbook.getWorksheet("来源")!;
    expect(sources.getRow(1).values).toContain("原文句子");
    expect(sources.rowCount).toBeGreaterThan(1);
  });

  test("English: after the language switch, the menu's CSV and SVG have English headers, title and source line", async ({ page }) => {
    await page.goto(COMPARE);
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/[?&]lang=en/);
    const card = page.getByTestId("compare-series").first();
    const heading = (await card.locator("h3[id^='series-']").innerText()).trim();
    const csv = parseCsv((await downloadFromMenu(page, 'a[data-format="csv"]', "compare-en.csv", card)).toString("utf8"));
    expect(csv[0]).toEqual(["Indicator", "Indicator code", "Place", "Province", "Series", "Value", "Unit", "As written (Chinese)", "Report year", "Scope", "Year the figure refers to", "Approximate", "Comparability marks", "Rank", "Report title", "Link"]);
    // Indicator, place and province names in English; a missing figure says so in English.
    for (const row of csv.slice(1)) {
      expect(row[0]).toBe(heading);
      expect([row[2], row[3]].join(" ")).not.toMatch(CJK);
      if (row[5] === "") expect(["Not disclosed", "No report for that year"]).toContain(row[7]);
    }
    expect(csv.slice(1).map((r) => r[2]).sort()).toEqual(["Dandong", "Qingdao", "Weihai"]);

    const svg = (await downloadFromMenu(page, 'a[data-format="svg"][data-size="16x9"]', "compare-en.svg", card)).toString("utf8");
    const title = /<title>([^<]*)<\/title>/.exec(svg)![1]!.replace(/&amp;/g, "&");
    expect(title).toBe(`${heading}: Qingdao, Weihai, Dandong`);
    expect(svg).toContain("Sources: ");
    expect(svg).toContain("Made with Rule-of-Law Benchmark, ");
    expect(svg).not.toContain("来源：");
    // The chart's fixed strings are English (only data such as cited report titles stays Chinese).
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join("\n");
    for (const fixed of ["未披露", "无该年报告", "来源：", "生成：", "单位：", "注：", "已披露数值", "斜线", "各地最新年度报告", "个地区"]) expect(drawn).not.toContain(fixed);
    for (const name of ["Qingdao", "Weihai", "Dandong"]) expect(drawn).toContain(name);
  });

  test("order: a compare chart's CSV lists the places as the page shows them, by value by default and as chosen with sort=place", async ({ page }) => {
    await page.goto(COMPARE);
    const cards = page.getByTestId("compare-series");
    const tableOrder = (card: Locator) => card.getByTestId("series-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-place")!));
    // A chart whose value order is not the chosen order, so the check can tell the two apart.
    let index = -1;
    for (let i = 0; i < (await cards.count()) && index < 0; i++) if ((await tableOrder(cards.nth(i))).join() !== CHOSEN.join()) index = i;
    expect(index, "the seeded data should have a chart whose value order differs from the chosen order").toBeGreaterThanOrEqual(0);
    const card = cards.nth(index);
    const indicator = (await card.getAttribute("data-indicator"))!;
    const shown = await tableOrder(card);
    const names = await card.getByTestId("series-table").locator("tbody tr th").allTextContents();
    const csv = parseCsv((await downloadFromMenu(page, 'a[data-format="csv"]', "compare-by-value.csv", card)).toString("utf8"));
    expect(csv.slice(1).map((r) => r[2])).toEqual(names.map((n) => n.trim()));
    expect(csv.slice(1).every((r) => r[1] === indicator)).toBe(true);

    // The same chart sorted as chosen: the page and the file both follow.
    await page.getByTestId("view-bar").locator('a[data-sort="place"]').click();
    await expect(page).toHaveURL(/[?&]sort=place/);
    const byPlace = page.locator(`[data-testid="compare-series"][data-indicator="${indicator}"]`);
    expect(await tableOrder(byPlace)).toEqual(CHOSEN);
    const csvByPlace = parseCsv((await downloadFromMenu(page, 'a[data-format="csv"]', "compare-by-place.csv", byPlace)).toString("utf8"));
    const nameOf = new Map(shown.map((slug, i) => [slug, names[i]!.trim()]));
    expect(csvByPlace.slice(1).map((r) => r[2])).toEqual(CHOSEN.map((slug) => nameOf.get(slug)));
  });

  test("briefing: add charts, reorder, download PPTX with native charts and East Asian fonts, render with LibreOffice", async ({ page }) => {
    await page.goto(COMPARE);
    await page.getByTestId("add-to-briefing").first().getByRole("button").click();
    await page.goto("/indicators/admin-review-applications");
    await page.getByTestId("add-to-briefing").first().getByRole("button").click();
    // The briefing is reached from the site's navigation, which marks it as the current page.
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "简报" }).click();
    await expect(page).toHaveURL(/\/briefing$/);
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "简报" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("briefing-item")).toHaveCount(2);
    // An untouched chart shows the title its slide will carry, the chart's own.
    await expect(page.getByTestId("briefing-item-title").nth(1)).toHaveValue("收到行政复议申请数：各地披露情况");
    await page.getByTestId("briefing-title").fill("复议应诉对标简报");
    await page.getByTestId("briefing-item-title").first().fill("三市复议指标对比");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pptx").click()]);
    const pptxFile = path.join(OUT, "briefing.pptx");
    await download.saveAs(pptxFile);
    const zip = await JSZip.loadAsync(fs.readFileSync(pptxFile));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThanOrEqual(3);
    expect(await zip.file("ppt/slides/slide1.xml")!.async("string")).toContain("复议应诉对标简报");
    expect(await zip.file("ppt/slides/slide2.xml")!.async("string")).toContain("三市复议指标对比");
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThan(0);
    const chartXml = await zip.file(charts[0]!)!.async("string");
    expect(chartXml).toContain("<c:barChart>");
    expect(chartXml).toMatch(/<c:v>\d+(\.\d+)?<\/c:v>/);
    expect(chartXml).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(await zip.file("ppt/theme/theme1.xml")!.async("string")).toContain('<a:ea typeface="Microsoft YaHei"/>');

    // The language switch keeps the briefing (it lives in the browser), and printing drops the site's chrome.
    await page.screenshot({ path: path.join(OUT, "briefing-zh.png"), fullPage: true });
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Briefing" })).toBeVisible();
    await expect(page.getByTestId("briefing-item")).toHaveCount(2);
    await expect(page.getByTestId("briefing-title")).toHaveValue("复议应诉对标简报");
    // A typed title stays as typed; an untouched one follows the page's language, in the editor and in the deck.
    await expect(page.getByTestId("briefing-item-title").first()).toHaveValue("三市复议指标对比");
    const indicatorTitle = "Administrative reconsideration applications received: disclosures by place";
    await expect(page.getByTestId("briefing-item-title").nth(1)).toHaveValue(indicatorTitle);
    const [englishDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pptx").click()]);
    const englishDeck = await JSZip.loadAsync(await save(englishDownload, "briefing-en.pptx"));
    const englishSlides = await Promise.all(Object.keys(englishDeck.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).map((f) => englishDeck.file(f)!.async("string")));
    expect(englishSlides.some((xml) => xml.includes(indicatorTitle))).toBe(true);
    expect(englishSlides.some((xml) => xml.includes("收到行政复议申请数"))).toBe(false);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header[data-site-chrome]")).toBeHidden();
    await expect(page.locator("footer[data-site-chrome]")).toBeHidden();
    await page.screenshot({ path: path.join(OUT, "briefing-en-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    const soffice = spawnSync("which", ["soffice"]).status === 0;
    test.skip(!soffice, "soffice (Debian libreoffice-impress) is not installed: PPTX → PDF → PNG check skipped");
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, pptxFile], { timeout: 120_000 });
    execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "2", "-l", "2", path.join(OUT, "briefing.pdf"), path.join(OUT, "briefing-slide")]);
    const rendered = fs.readdirSync(OUT).find((f) => f.startsWith("briefing-slide") && f.endsWith(".png"))!;
    const slidePng = PNG.sync.read(fs.readFileSync(path.join(OUT, rendered)));
    expect(darkPixels(slidePng, 0, 0, slidePng.width, Math.floor(slidePng.height / 6))).toBeGreaterThan(500);
    await test.info().attach("briefing-slide-2", { path: path.join(OUT, rendered), contentType: "image/png" });
  });

  test("embed view and citation follow the URL", async ({ page }) => {
    await page.goto(`/embed${COMPARE.replace("/compare", "/compare")}`);
    await expect(page.getByTestId("embed-chart").locator("svg title")).toContainText("复议");
    await page.goto(COMPARE);
    await page.getByTestId("export-menu").first().locator("summary").click();
    await expect(page.getByTestId("export-menu").first()).toContainText("[EB/OL]");
    await expect(page.getByTestId("export-menu").first()).toContainText("/embed/compare?places=qingdao%2Cweihai%2Cdandong");
    // On an English page the citations and the embed's title are English too.
    await page.goto(`${COMPARE}&lang=en`);
    const menu = page.getByTestId("export-menu").first();
    await menu.locator("summary").click();
    await expect(menu).toContainText("Rule-of-Law Benchmark. Comparison of rule-of-law government[EB/OL].");
    await expect(menu).toContainText('title="Rule-of-Law Benchmark chart"');
    await expect(menu).not.toContainText("法治对标");
  });

  test("a page opened with a lang the site does not know (lang=EN) is Chinese, and so are its working export links", async ({ page, request }) => {
    await page.goto("/places/qingdao?lang=EN");
    const href = (await page.getByTestId("export-menu").first().locator('a[data-format="csv"]').getAttribute("href"))!;
    expect(new URL(href, "http://x").searchParams.has("lang")).toBe(false);
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect((await response.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("指标");
  });

  test("bad parameters get 400 naming the parameter, unknown things 404", async ({ request }) => {
    const cases: [string, number, string?][] = [
      ["/api/export/compare.csv", 400, "places"],
      ["/api/export/compare.csv?places=qingdao&year=20x", 400, "year"],
      ["/api/export/compare.png?places=qingdao&size=huge", 400, "size"],
      ["/api/export/compare.png?places=qingdao&scale=9", 400, "scale"],
      ["/api/export/compare.pdf?places=qingdao", 400, "format"],
      ["/api/export/reports/abc.csv", 400, "id"],
      ["/api/export/briefing.pptx?items=%%%", 400, "items"],
      ["/api/export/compare.csv?places=qingdao&lang=fr", 400, "lang"],
      ["/api/export/compare.svg?places=qingdao&sort=rank", 400, "sort"],
      ["/api/export/places/qingdao.csv?lang=english", 400, "lang"],
      ["/api/export/reports/1.xlsx?lang=de", 400, "lang"],
      ["/api/export/compare.csv?places=qingdao,atlantis", 404],
      ["/api/export/indicators/no-such-indicator.xlsx", 404],
      ["/api/export/places/atlantis.png", 404],
      ["/api/export/reports/999999.csv", 404],
    ];
    for (const [url, status, param] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      if (param) expect((await response.json()).param, url).toBe(param);
    }
  });
});
