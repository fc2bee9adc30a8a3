// Renderer tests on a realistic comparison (Chinese names, a 未披露 value, scope and approx marks):
// each format is decoded back and checked for what an analyst relies on.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { fromComparison } from "./export-dataset";
import { datasetTable } from "./data-table";
import { BOM, parseCsv, renderCsv } from "./csv";
import { renderXlsx } from "./xlsx";
import { EXPORT_TEXT } from "./export-text";
import { renderSvgChart, formatTick, CHART_DIMENSIONS } from "./svg-chart";
import { renderPng } from "./png-chart";
import { EA_FONT, renderBriefingPptx } from "./pptx";
import { sampleComparison } from "./test-factory";

const dataset = fromComparison(sampleComparison(), { pillar: "reconsideration" });
const table = datasetTable(dataset, "compare");
const { data: DATA_SHEET, sources: SOURCES_SHEET } = EXPORT_TEXT.zh.sheets;

describe("CSV", () => {
  it("starts with a BOM, uses CRLF, and parses back to the same table", () => {
    const csv = renderCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(table.headers);
    expect(rows).toHaveLength(table.rows.length + 1);
    rows.slice(1).forEach((row, i) => expect(row).toEqual(table.rows[i]!.map((v) => (v === null ? "" : String(v)))));
  });

  it("writes 未披露 with an empty value, never 0", () => {
    const rows = parseCsv(renderCsv(table));
    const dandong = rows.find((r) => r[2] === "丹东市" && r[0] === "收到行政复议申请数")!;
    expect(dandong[5]).toBe("");
    expect(dandong[7]).toBe("未披露");
  });

  it("quotes commas, quotes and newlines, and neutralises formulas", () => {
    const csv = renderCsv({ headers: ["a", "b", "c"], rows: [["x,y", 'say "hi"', "=SUM(A1)"], ["line\nbreak", -5, null]] });
    expect(parseCsv(csv).slice(1)).toEqual([["x,y", 'say "hi"', "'=SUM(A1)"], ["line\nbreak", "-5", ""]]);
  });
});

describe("XLSX", () => {
  it("reads back with the data sheet's values and a sources sheet with quotes and links", async () => {
    const bytes = await renderXlsx(table, dataset.generatedAt);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const data = workbook.getWorksheet(DATA_SHEET)!;
    expect(data.getRow(1).getCell(1).value).toBe("指标");
    const values = [];
    for (let r = 2; r <= data.rowCount; r++) values.push([data.getRow(r).getCell(3).value, data.getRow(r).getCell(6).value]);
    expect(values).toContainEqual(["青岛市", 2600]);
    expect(values).toContainEqual(["威海市", 98.5]);
    expect(values).toContainEqual(["丹东市", null]);
    const sources = workbook.getWorksheet(SOURCES_SHEET)!;
    expect(sources.rowCount).toBe(table.sourceRows.length + 1);
    const qingdao = sources.getRow(2);
    expect(qingdao.getCell(6).value).toBe("全年共收到行政复议申请2600件。");
    expect(qingdao.getCell(7).value).toBe("青岛市2023年法治政府建设情况报告");
    expect(qingdao.getCell(8).value).toBe(2023);
    expect(String(qingdao.getCell(11).value)).toMatch(/^https:\/\/example\.gov\.cn\/qingdao/);
  });
});

describe("SVG chart", () => {
  it("holds the title, units, years, marks, 未披露, the source line and an embedded font subset", async () => {
    const chart = await renderSvgChart(dataset, { size: "16x9" });
    expect(chart.svg).toContain(`<title>${dataset.title}</title>`);
    expect(chart.svg).toMatch(/<text[^>]*>青岛市、威海市、丹东市复议指标对比<\/text>/);
    expect(chart.svg).toContain("（单位：件）");
    expect(chart.svg).toContain("2023年");
    expect(chart.svg).toContain("[口径]");
    expect(chart.svg).toContain("未披露");
    expect(chart.svg).toContain("来源：");
    expect(chart.svg).toContain("生成：法治对标，2026-11-23");
    expect(chart.svg).toMatch(/@font-face\{font-family:FazhiExportSans;font-weight:400;src:url\(data:font\/(otf|ttf);base64,[A-Za-z0-9+/=]{1000,}/);
    // A subset, not the whole 16 MB face.
    expect(chart.fonts[0]!.bytes.length).toBeLessThan(200_000);
  });

  it("writes large axis ticks in the language's largest scale they reach (1.2M, not 1200k)", () => {
    const ticks = (values: number[], lang: "zh" | "en") => values.map((v) => formatTick(v, EXPORT_TEXT[lang]));
    expect(ticks([0, 2500, 12_000, 1_200_000, 120_000_000, 3_000_000_000], "en")).toEqual(["0", "2500", "12k", "1.2M", "120M", "3bn"]);
    expect(ticks([0, 2500, 12_000, 1_200_000, 120_000_000, 3_000_000_000], "zh")).toEqual(["0", "2500", "1.2万", "120万", "1.2亿", "30亿"]);
  });

  it.each(["16x9", "4x3", "square"] as const)("uses the %s canvas", async (size) => {
    const chart = await renderSvgChart(dataset, { size });
    expect(chart.svg).toContain(`viewBox="0 0 ${CHART_DIMENSIONS[size].width} ${CHART_DIMENSIONS[size].height}"`);
  });
});

function darkFraction(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 128 && png.data[i + 1]! < 128 && png.data[i + 2]! < 128) dark++;
    }
  return dark / ((x1 - x0) * (y1 - y0));
}

/** Pixels that differ between two PNGs' title bands (y 30–70, x 30 to x1): text drawn as glyphs, not as the same boxes. */
async function titleBandDifference(a: Awaited<ReturnType<typeof renderSvgChart>>, b: Awaited<ReturnType<typeof renderSvgChart>>, x1: number): Promise<{ differing: number; ink: number }> {
  const pa = PNG.sync.read(Buffer.from(await renderPng(a, 1)));
  const pb = PNG.sync.read(Buffer.from(await renderPng(b, 1)));
  let differing = 0;
  for (let y = 30; y < 70; y++)
    for (let x = 30; x < x1; x++) {
      const i = (pa.width * y + x) * 4;
      if (Math.abs(pa.data[i]! - pb.data[i]!) > 100) differing++;
    }
  return { differing, ink: darkFraction(pa, 30, 30, x1, 70) };
}

describe("PNG chart", () => {
  it("decodes at 2× the canvas with a white background and drawn text", async () => {
    const chart = await renderSvgChart(dataset, { size: "4x3" });
    const png = PNG.sync.read(Buffer.from(await renderPng(chart, 2)));
    expect([png.width, png.height]).toEqual([2048, 1536]);
    // Corner is white (background), the title band has ink.
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(darkFraction(png, 60, 40, 900, 120)).toBeGreaterThan(0.05);
  });

  it("draws Chinese glyphs, not empty boxes: two different titles differ in the title band", async () => {
    const a = await renderSvgChart({ ...dataset, title: "法治政府建设情况" }, { size: "16x9" });
    const b = await renderSvgChart({ ...dataset, title: "行政复议应诉率高" }, { size: "16x9" });
    // Tofu boxes would make both titles the same eight rectangles.
    expect((await titleBandDifference(a, b, 260)).differing).toBeGreaterThan(500);
  });
});

describe("PPTX briefing", () => {
  it("has a title slide and native charts holding the values, East Asian fonts and quotes in notes", async () => {
    const bytes = await renderBriefingPptx({
      lang: "zh",
      title: "法治政府建设对标简报",
      subtitle: "复议与应诉",
      generatedAt: dataset.generatedAt,
      slides: [{ title: "复议对比", note: "口径不同，请谨慎比较", dataset }],
    });
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(2);
    const cover = await zip.file("ppt/slides/slide1.xml")!.async("string");
    expect(cover).toContain("法治政府建设对标简报");
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toHaveLength(3);
    const chart1 = await zip.file(charts[0]!)!.async("string");
    expect(chart1).toContain("<c:barChart>");
    expect(chart1).toContain("<c:v>2600</c:v>");
    expect(chart1).toContain("<c:v>812</c:v>");
    expect(chart1).toContain("丹东市（未披露）");
    // The missing value is a gap (no point), not an empty or zero point.
    expect(chart1).not.toMatch(/<c:pt idx="2"><c:v>(0)?<\/c:v><\/c:pt>/);
    expect(chart1).toContain(`<a:ea typeface="${EA_FONT}"/>`);
    const slide2 = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(slide2).toContain(`<a:ea typeface="${EA_FONT}"`);
    expect(slide2).toContain('lang="zh-CN"');
    expect(slide2).toContain("来源：");
    const notesFile = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide2\.xml$/.test(f))!;
    const notes = await zip.file(notesFile)!.async("string");
    expect(notes).toContain("口径不同，请谨慎比较");
    expect(notes).toContain("全年共收到行政复议申请2600件。");
    const theme = await zip.file("ppt/theme/theme1.xml")!.async("string");
    expect(theme).toContain(`<a:ea typeface="${EA_FONT}"/>`);
  });
});

// The same comparison exported in English: every fixed string from the English table, only the data
// (cited report titles, quotes, figures as written) left in Chinese.
describe("English exports", () => {
  const en = fromComparison(sampleComparison(), { pillar: "reconsideration", lang: "en" });
  const enTable = datasetTable(en, "compare");
  const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
  /** What the chart draws, less the cited report titles (《…》), which stay Chinese as citations. */
  const drawnText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/《[^》]*》/g, ""));

  it("SVG: English title, legend, units, placeholders, notes and source line, no Chinese outside the citations", async () => {
    const chart = await renderSvgChart(en, { size: "16x9" });
    expect(chart.svg).toContain("<title>Reconsideration &amp; litigation indicators: Qingdao, Weihai, Dandong</title>");
    const drawn = drawnText(chart.svg);
    expect(drawn).toContain("Disclosed value");
    expect(drawn).toContain("Not disclosed");
    expect(drawn).toContain("Not disclosed: the report does not give this figure (not counted as zero)");
    expect(drawn).toContain("admin-review-applications (count)");
    expect(drawn).toContain("over 2,600");
    expect(drawn).toContain("2023 whole city [approx.]");
    // A count per occurrence (家次) and a town's own figure (镇本级) in English, as buildComparison reports them.
    expect(drawn).toContain("work-safety-inspections (firm-times)");
    expect(drawn).toContain("1,200 firm-times");
    expect(drawn).toContain("2023 town government itself [scope]");
    expect(drawn).toContain("450 person-times");
    expect(drawn.some((t) => t.startsWith("Hatched: not directly comparable ([scope]"))).toBe(true);
    expect(drawn.some((t) => t.startsWith("Note: Different scopes: Qingdao whole city; Weihai city government itself. Approximate figures: Qingdao over 2,600."))).toBe(true);
    expect(drawn.some((t) => t.startsWith("Sources: "))).toBe(true);
    expect(drawn).toContain("Made with Rule-of-Law Benchmark, 2026-11-23");
    expect(drawn.filter((t) => CJK.test(t))).toEqual([]);
    // The report titles are still cited, in Chinese.
    expect(chart.svg).toContain("《青岛市2023年法治政府建设情况报告》 (2023)");
  });

  it("SVG: a chart with no report for a year says so in English", async () => {
    const comparison = sampleComparison();
    comparison.series[0]!.cells[2] = { ...comparison.series[0]!.cells[2]!, noReport: true };
    const chart = await renderSvgChart(fromComparison(comparison, { lang: "en" }), { size: "16x9" });
    const drawn = drawnText(chart.svg);
    expect(drawn).toContain("No report for that year");
    expect(drawn.filter((t) => CJK.test(t))).toEqual([]);
  });

  it("PNG: the embedded subset draws the Latin text, so two English titles differ in the title band", async () => {
    const a = await renderSvgChart({ ...en, title: "Rule of law in Qingdao" }, { size: "16x9" });
    const b = await renderSvgChart({ ...en, title: "Weihai court appearances" }, { size: "16x9" });
    const { differing, ink } = await titleBandDifference(a, b, 400);
    expect(ink).toBeGreaterThan(0.05);
    expect(differing).toBeGreaterThan(500);
  });

  it("CSV: English headers and fixed cells, English place and province names, rows in the page's order", () => {
    const rows = parseCsv(renderCsv(enTable));
    expect(rows[0]).toEqual([
      "Indicator",
      "Indicator code",
      "Place",
      "Province",
      "Series",
      "Value",
      "Unit",
      "As written (Chinese)",
      "Report year",
      "Scope",
      "Year the figure refers to",
      "Approximate",
      "Comparability marks",
      "Rank",
      "Report title",
      "Link",
    ]);
    const applications = rows.filter((r) => r[1] === "admin-review-applications");
    expect(applications.map((r) => [r[2], r[3], r[5], r[6], r[7], r[9], r[11], r[12]])).toEqual([
      ["Qingdao", "Shandong", "2600", "count", "2600余件", "whole city", "Yes", "approx."],
      ["Weihai", "Shandong", "812", "count", "812件", "city government itself", "No", "scope"],
      ["Dandong", "Liaoning", "", "count", "Not disclosed", "", "", ""],
    ]);
    const inspections = rows.filter((r) => r[1] === "work-safety-inspections");
    expect(inspections.map((r) => [r[2], r[6], r[9], r[12]])).toEqual([
      ["Qingdao", "firm-times", "whole city", ""],
      ["Weihai", "firm-times", "town government itself", "scope"],
      ["Dandong", "person-times", "whole city", "unit"],
    ]);
    // Only the figures as written and the cited report titles stay Chinese.
    const cited = [rows[0]!.indexOf("As written (Chinese)"), rows[0]!.indexOf("Report title")];
    expect(rows.flatMap((r) => r.filter((cell, i) => !cited.includes(i) && CJK.test(cell)))).toEqual([]);
  });

  it("XLSX: English sheet names and headers on both sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderXlsx(enTable, en.generatedAt)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Data", "Sources"]);
    expect(workbook.getWorksheet("Data")!.getRow(1).getCell(1).value).toBe("Indicator");
    const sourceHeaders = (workbook.getWorksheet("Sources")!.getRow(1).values as unknown[]).filter(Boolean);
    expect(sourceHeaders).toEqual(Object.values(EXPORT_TEXT.en.sourceHeaders));
    expect(sourceHeaders.filter((h) => CJK.test(String(h)))).toEqual([]);
    expect(workbook.creator).toBe("Rule-of-Law Benchmark");
  });

  it("PPTX: cover, headings, axis labels, footer and notes in English", async () => {
    const bytes = await renderBriefingPptx({ lang: "en", title: "Benchmark briefing", subtitle: "", generatedAt: en.generatedAt, slides: [{ title: "Reconsideration", note: "", dataset: en }] });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("ppt/slides/slide1.xml")!.async("string")).toContain("Rule-of-Law Benchmark · 2026-11-23 · 1 chart");
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort();
    const chart1 = await zip.file(charts[0]!)!.async("string");
    expect(chart1).toContain("Dandong (Not disclosed)");
    expect(chart1).toContain("Qingdao (2023 · whole city · approx.)");
    expect(chart1).toContain("admin-review-applications (count)");
    const slide2 = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(slide2).toContain("Sources: ");
    expect(slide2).toContain("Made with Rule-of-Law Benchmark");
    // Slide and chart text is English but for the cited report titles (the notes quote the reports).
    const shown = (xml: string) => [...xml.matchAll(/<(a:t|c:v)>([^<]*)<\/\1>/g)].map((m) => m[2]!.replace(/《[^》]*》/g, ""));
    for (const file of ["ppt/slides/slide2.xml", ...charts]) expect(shown(await zip.file(file)!.async("string")).filter((t) => CJK.test(t)), file).toEqual([]);
    const notes = await zip.file("ppt/notesSlides/notesSlide2.xml")!.async("string");
    expect(notes).toContain("[admin-review-applications]");
    expect(notes).toContain("Qingdao: over 2,600. Quote: “全年共收到行政复议申请2600件。”");
    expect(notes).toContain("Dandong: Not disclosed");
  });

  it("PPTX: tags its text as English with Chinese as the alternative language, not as Chinese", async () => {
    const bytes = await renderBriefingPptx({ lang: "en", title: "Benchmark briefing", subtitle: "", generatedAt: en.generatedAt, slides: [{ title: "Reconsideration", note: "Check the scopes", dataset: en }] });
    const zip = await JSZip.loadAsync(bytes);
    const langs = new Set<string>();
    const altLangs = new Set<string>();
    for (const name of Object.keys(zip.files).filter((f) => /^ppt\/(slides\/slide|charts\/chart|notesSlides\/notesSlide)\d+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<a:(?:rPr|defRPr) [^>]*?\blang="([^"]*)"/g)) langs.add(m[1]!);
      for (const m of xml.matchAll(/\baltLang="([^"]*)"/g)) altLangs.add(m[1]!);
    }
    expect([...langs]).toEqual(["en-US"]);
    expect([...altLangs]).toEqual(["zh-CN"]);
  });
});
