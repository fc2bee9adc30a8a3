// The export loaders against a real embedded database (PGlite in memory, real migrations).
// The seed pipeline is not available to this package yet, so the test writes a small, known set
// of places, reports and metrics with Prisma and checks what each export shows for them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/schema-engine";
import pillars from "@/lib/knowledge/pillars.json";
import indicators from "@/lib/knowledge/indicators.json";
import JSZip from "jszip";
import { loadCompareDataset, loadComparison, loadIndicatorDataset, loadPlaceDataset, loadReportTable, loadViewDataset } from "./export-data";
import { valueLabel } from "./export-dataset";
import { datasetTable } from "./data-table";
import { ExportNotFoundError, ExportParamError } from "./export-errors";
import { parseCompareQuery, parseLang, parseSort } from "./export-query";
import { briefingFromQuery, buildBriefingDeck, buildBriefingOutline } from "./export-handler";
import { briefingRequest, parseBriefing } from "./briefing-store";

let db: OpenDatabase;
let qingdaoReport = 0;
let weihaiReport = 0;

beforeAll(async () => {
  db = await openDatabase({ dataDir: "memory://" });
  await applyMigrations(db.adapter);
  const prisma = db.prisma;
  // Reference data straight from the knowledge files (lib/db/seed.ts also needs the extraction pipeline).
  for (const { id, ...data } of pillars) await prisma.pillar.create({ data: { id, ...data } });
  for (const i of indicators.filter((x) => x.slug === "admin-review-applications"))
    await prisma.indicator.create({ data: { slug: i.slug, nameZh: i.nameZh, nameEn: i.nameEn, definitionZh: i.definitionZh, definitionEn: i.definitionEn, pillarId: i.pillar, unit: i.unit, higherIsBetter: i.higherIsBetter, scope: i.scope, order: i.order } });
  const shandong = await prisma.place.create({ data: { slug: "shandong", nameZh: "山东省", nameEn: "Shandong", pinyin: "shandong", level: "PROVINCE" } });
  const mk = (slug: string, nameZh: string, nameEn: string) =>
    prisma.place.create({ data: { slug, nameZh, nameEn, pinyin: slug, level: "CITY", parentId: shandong.id, provinceId: shandong.id } });
  const qingdao = await mk("qingdao", "青岛市", "Qingdao");
  const weihai = await mk("weihai", "威海市", "Weihai");
  await mk("yantai", "烟台市", "Yantai");
  const applications = await prisma.indicator.findUniqueOrThrow({ where: { slug: "admin-review-applications" } });
  const report = (placeId: number, year: number, title: string) =>
    prisma.report.create({
      data: { placeId, year, title, publisher: null, source: `${title}.txt`, sourceUrl: `https://example.gov.cn/${placeId}/${year}`, kind: "OFFICIAL_REPORT", rawText: "x", cleanedText: "x", contentHash: `${placeId}-${year}`, extractorVersion: "test" },
    });
  const metric = (reportId: number, value: number, text: string, scope: string, approx = false, change?: { value: number; unit: string; direction: "up" | "down"; basis: string; text: string }) =>
    prisma.metric.create({
      data: { reportId, pillarId: "reconsideration", indicatorId: applications.id, value, unit: "件", approx, text, start: 10, end: 20, subject: "行政复议申请", quote: `全年收到行政复议申请${text}${change ? `，${change.text}` : ""}。`, quoteStart: 0, quoteEnd: 30, scope, change, confidence: 0.9, extractorVersion: "test" },
    });
  const q2022 = await report(qingdao.id, 2022, "青岛市2022年法治政府建设情况报告");
  const q2023 = await report(qingdao.id, 2023, "青岛市2023年法治政府建设情况报告");
  const w2023 = await report(weihai.id, 2023, "威海市2023年法治政府建设情况报告");
  qingdaoReport = q2023.id;
  weihaiReport = w2023.id;
  await metric(q2022.id, 2400, "2400件", "全市");
  await metric(q2023.id, 2600, "2600余件", "全市", true, { value: 8.3, unit: "%", direction: "up", basis: "同比", text: "同比增长8.3%" });
  await metric(w2023.id, 812, "812件", "市本级");
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe("loadComparison", () => {
  it("takes each place's latest report, marks scope and approximation, ranks, and keeps 未披露 as null", async () => {
    const result = await loadComparison(db.prisma, parseCompareQuery(new URLSearchParams("places=qingdao,weihai,yantai&indicators=admin-review-applications&year=latest")));
    const cells = result.series[0]!.cells;
    expect(cells.map((c) => [c.placeSlug, c.value, c.year])).toEqual([
      ["qingdao", 2600, 2023],
      ["weihai", 812, 2023],
      ["yantai", null, null],
    ]);
    // On a tie the whole place is the series' scope: the 市本级 figure is the one flagged.
    expect(cells[0]!.flags).toEqual(["approx"]);
    expect(cells[1]!.flags).toEqual(["scope"]);
    // 烟台 has no report loaded at all: no report, not 未披露.
    expect(cells.map((c) => c.noReport ?? false)).toEqual([false, false, true]);
    // 收到行政复议申请数 has no direction: nobody is ranked.
    expect(cells.map((c) => c.rank)).toEqual([null, null, null]);
    expect(result.series[0]!.notesZh[0]).toContain("青岛市为全市口径，威海市为市本级口径");
    expect(result.sources.map((s) => s.title).sort()).toEqual(["威海市2023年法治政府建设情况报告", "青岛市2023年法治政府建设情况报告"]);
  });

  it("says 无该年报告 in a chart and its data where no report of the place is loaded", async () => {
    const dataset = await loadCompareDataset(db.prisma, parseCompareQuery(new URLSearchParams("places=qingdao,yantai&indicators=admin-review-applications&year=latest")));
    const yantai = dataset.panels[0]!.categories.find((c) => c.key === "yantai")!.bars[0]!;
    expect([yantai.value, valueLabel(yantai, "件", "zh")]).toEqual([null, "无该年报告"]);
    expect(datasetTable(dataset, "compare").rows.some((row) => row.includes("无该年报告"))).toBe(true);
  });

  it("uses the given year", async () => {
    const result = await loadComparison(db.prisma, parseCompareQuery(new URLSearchParams("places=qingdao,weihai&indicators=admin-review-applications&year=2022")));
    expect(result.series[0]!.cells.map((c) => c.value)).toEqual([2400, null]);
  });

  it("rejects unknown places with 404 and bad parameters with the parameter's name", async () => {
    await expect(loadComparison(db.prisma, parseCompareQuery(new URLSearchParams("places=qingdao,atlantis")))).rejects.toBeInstanceOf(ExportNotFoundError);
    expect(() => parseCompareQuery(new URLSearchParams("year=2023"))).toThrow(ExportParamError);
    for (const [query, param] of [["places=qingdao&year=20x", "year"], ["places=Qing Dao", "places"], ["places=qingdao&pillar=nope", "pillar"]] as const) {
      try {
        parseCompareQuery(new URLSearchParams(query));
        expect.unreachable(query);
      } catch (error) {
        expect((error as ExportParamError).param).toBe(param);
      }
    }
  });
});

describe("indicator, place and report loaders", () => {
  it("shows every place and year for an indicator", async () => {
    const dataset = await loadIndicatorDataset(db.prisma, "admin-review-applications");
    const panel = dataset.panels[0]!;
    // Pinyin order within a province: Qingdao before Weihai.
    expect(panel.categories.map((c) => c.label)).toEqual(["青岛市", "威海市"]);
    expect(panel.categories[0]!.bars.map((b) => [b.series, b.value])).toEqual([["2022", 2400], ["2023", 2600]]);
    expect(panel.categories[1]!.bars.map((b) => b.value)).toEqual([null, 812]);
  });

  it("shows a place's indicators by year", async () => {
    const dataset = await loadPlaceDataset(db.prisma, "qingdao");
    expect(dataset.panels[0]!.categories.map((c) => [c.label, c.bars[0]!.value])).toEqual([["2022年", 2400], ["2023年", 2600]]);
    await expect(loadPlaceDataset(db.prisma, "atlantis")).rejects.toBeInstanceOf(ExportNotFoundError);
  });

  it("lists a report's metrics with their quotes", async () => {
    const { table } = await loadReportTable(db.prisma, qingdaoReport);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]![4]).toBe(2600);
    expect(table.rows[0]![table.headers.indexOf("变化")]).toBe("同比增长8.3%");
    // Each row names its report, so a CSV on its own can be cited.
    expect(["地区", "报告标题", "报告年度"].map((h) => table.rows[0]![table.headers.indexOf(h)])).toEqual(["青岛市", "青岛市2023年法治政府建设情况报告", 2023]);
    expect(table.sourceRows[0]![5]).toBe("全年收到行政复议申请2600余件，同比增长8.3%。");
    await expect(loadReportTable(db.prisma, 999999)).rejects.toBeInstanceOf(ExportNotFoundError);
  });

  it("says in a 时段 column when a figure is not one whole year's, and in a 性质 column whether it is a goal", async () => {
    await db.prisma.metric.create({
      data: { reportId: weihaiReport, pillarId: "reconsideration", value: 13800, unit: "件", text: "1.38万件", start: 40, end: 46, subject: "行政复议申请", quote: "“十四五”以来，全市累计收到行政复议申请1.38万件。", quoteStart: 30, quoteEnd: 56, scope: "全市", coverage: { kind: "multi-year", text: "“十四五”以来" }, confidence: 0.8, extractorVersion: "test" },
    });
    await db.prisma.metric.create({
      data: { reportId: weihaiReport, pillarId: "reconsideration", value: 3000, unit: "件", text: "3000件", start: 60, end: 65, subject: "行政复议申请", quote: "力争2024年办理行政复议案件3000件。", quoteStart: 58, quoteEnd: 70, scope: null, target: true, period: 2024, confidence: 0.8, extractorVersion: "test" },
    });
    const { table } = await loadReportTable(db.prisma, weihaiReport);
    const column = table.headers.indexOf("时段");
    const kind = table.headers.indexOf("性质");
    expect(table.rows.map((r) => [r[4], r[column], r[kind]])).toEqual([
      [812, null, "实绩"],
      [13800, "跨年度：“十四五”以来", "实绩"],
      [3000, null, "目标"],
    ]);
  });
});

describe("lang and sort, as the pages take them", () => {
  const compare = (query: string) => loadViewDataset(db.prisma, "compare", new URLSearchParams(`indicators=admin-review-applications&year=latest&${query}`));

  it("orders a comparison by value by default and as chosen with sort=place", async () => {
    expect((await compare("places=weihai,yantai,qingdao")).panels[0]!.categories.map((c) => c.key)).toEqual(["qingdao", "weihai", "yantai"]);
    expect((await compare("places=weihai,yantai,qingdao&sort=value")).panels[0]!.categories.map((c) => c.key)).toEqual(["qingdao", "weihai", "yantai"]);
    expect((await compare("places=weihai,yantai,qingdao&sort=place")).panels[0]!.categories.map((c) => c.key)).toEqual(["weihai", "yantai", "qingdao"]);
  });

  it("builds the comparison in English with lang=en, down to its CSV rows", async () => {
    const dataset = await compare("places=qingdao,weihai,yantai&lang=en");
    expect(dataset.title).toBe("Administrative reconsideration applications received: Qingdao, Weihai, Yantai");
    const table = datasetTable(dataset, "compare");
    expect(table.headers.slice(0, 4)).toEqual(["Indicator", "Indicator code", "Place", "Province"]);
    expect(table.rows.map((r) => [r[0], r[2], r[3], r[7]])).toEqual([
      ["Administrative reconsideration applications received", "Qingdao", "Shandong", "2600余件"],
      ["Administrative reconsideration applications received", "Weihai", "Shandong", "812件"],
      ["Administrative reconsideration applications received", "Yantai", "Shandong", "No report for that year"],
    ]);
  });

  it("builds indicator and place views in English, in their own order", async () => {
    const indicator = await loadViewDataset(db.prisma, "indicator", new URLSearchParams("lang=en"), "admin-review-applications");
    expect([indicator.title, indicator.subtitle]).toEqual(["Administrative reconsideration applications received: disclosures by place", "All years · 2 places · Unit: count"]);
    expect(indicator.panels[0]!.categories.map((c) => [c.label, c.group])).toEqual([["Qingdao", "Shandong"], ["Weihai", "Shandong"]]);
    const place = await loadViewDataset(db.prisma, "place", new URLSearchParams("lang=en"), "qingdao");
    expect([place.title, place.subtitle, place.categoryHeader]).toEqual(["Qingdao: key rule-of-law indicators", "2022–2023 · 1 indicator", "Year"]);
    expect(place.panels[0]!.categories.map((c) => c.label)).toEqual(["2022", "2023"]);
  });

  it("rejects a lang other than zh/en and a sort other than value/place, naming the parameter", async () => {
    expect(parseLang(new URLSearchParams(""))).toBe("zh");
    expect(parseLang(new URLSearchParams("lang=zh"))).toBe("zh");
    expect(parseSort(new URLSearchParams(""))).toBe("value");
    for (const [query, param] of [["lang=fr", "lang"], ["lang=EN", "lang"], ["sort=rank", "sort"]] as const) {
      const error = await compare(`places=qingdao&${query}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportParamError);
      expect((error as ExportParamError).param).toBe(param);
    }
  });

  it("ignores sort, whatever its value, in indicator and place exports, which have no order to choose (export-urls.ts)", async () => {
    for (const [view, slug] of [["indicator", "admin-review-applications"], ["place", "qingdao"]] as const) {
      const plain = await loadViewDataset(db.prisma, view, new URLSearchParams(""), slug);
      const sorted = await loadViewDataset(db.prisma, view, new URLSearchParams("sort=bogus"), slug);
      expect({ ...sorted, generatedAt: "" }).toEqual({ ...plain, generatedAt: "" });
    }
  });

  it("exports a report's figures with English headers, pillar and indicator names", async () => {
    const { table } = await loadReportTable(db.prisma, qingdaoReport, "en");
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      Pillar: "Reconsideration & litigation",
      Indicator: "Administrative reconsideration applications received",
      Value: 2600,
      Unit: "count",
      Approximate: "Yes",
      Kind: "Actual",
      Scope: "whole city",
      Change: "↑8.3% y/y",
      "Review status": "Machine-extracted",
      Place: "Qingdao",
      "Report title": "青岛市2023年法治政府建设情况报告",
    });
    expect(table.title).toBe("Qingdao: figures in 《青岛市2023年法治政府建设情况报告》");
    expect(table.sourceHeaders[0]).toBe("Indicator");
  });

  it("builds a briefing deck in its own language, whatever language each chart was added in", async () => {
    const { bytes, title } = await buildBriefingDeck(db.prisma, {
      lang: "en",
      items: [{ view: "compare", search: "places=qingdao,weihai&indicators=admin-review-applications&year=latest&lang=zh", title: "", note: "" }],
    });
    // The download is named by the cover's title, from the parsed request rather than the raw body.
    expect(title).toBe("Rule-of-law government benchmark briefing");
    const zip = await JSZip.loadAsync(bytes);
    const cover = await zip.file("ppt/slides/slide1.xml")!.async("string");
    expect(cover).toContain("Rule-of-law government benchmark briefing");
    expect(await zip.file("ppt/slides/slide2.xml")!.async("string")).toContain("Administrative reconsideration applications received: Qingdao, Weihai");
    const chart = await zip.file(Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!)!.async("string");
    expect(chart).toContain("Qingdao (2023 · whole city · approx.)");
    await expect(buildBriefingDeck(db.prisma, { lang: "fr", items: [{ view: "place", slug: "qingdao" }] })).rejects.toMatchObject({ param: "lang" });
  });

  it("takes a GET briefing's language from the query unless its JSON names one, and rejects lang=fr there too", async () => {
    const items = [{ view: "compare", search: "places=qingdao,weihai&indicators=admin-review-applications&year=latest" }];
    const query = (json: unknown, lang?: string) => new URLSearchParams({ items: Buffer.from(JSON.stringify(json)).toString("base64url"), ...(lang ? { lang } : {}) });
    const cover = async (params: URLSearchParams) => {
      const zip = await JSZip.loadAsync((await buildBriefingDeck(db.prisma, briefingFromQuery(params))).bytes);
      return zip.file("ppt/slides/slide1.xml")!.async("string");
    };
    expect(await cover(query(items, "en"))).toContain("Rule-of-law government benchmark briefing");
    expect(await cover(query({ items }, "en"))).toContain("Rule-of-law government benchmark briefing");
    expect(await cover(query(items))).toContain("法治政府建设情况对标简报");
    // The JSON is the deck: its own lang wins.
    expect(await cover(query({ lang: "zh", items }, "en"))).toContain("法治政府建设情况对标简报");
    await expect(buildBriefingDeck(db.prisma, briefingFromQuery(query(items, "fr")))).rejects.toMatchObject({ param: "lang" });
    expect(() => briefingFromQuery(new URLSearchParams("lang=en"))).toThrow(ExportParamError);
  });

  it("gives an untouched chart its own title in the deck's language, though it was stored with a Chinese page's title", async () => {
    // As the briefing editor sends it: a chart added on a Chinese page (an old entry, without titleEdited) and one the user retitled.
    const stored = JSON.stringify({
      title: "法治政府建设情况对标简报",
      subtitle: "",
      items: [
        { key: "a", view: "compare", search: "places=qingdao,weihai&indicators=admin-review-applications&year=latest", title: "收到行政复议申请数", note: "" },
        { key: "b", view: "place", slug: "qingdao", search: "", title: "青岛历年指标", titleEdited: true, note: "" },
      ],
    });
    const request = briefingRequest(parseBriefing(stored), "en");
    const zip = await JSZip.loadAsync((await buildBriefingDeck(db.prisma, request)).bytes);
    const slide2 = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(slide2).toContain("Administrative reconsideration applications received: Qingdao, Weihai");
    expect(slide2).not.toContain("收到行政复议申请数");
    // A typed title is the user's, in whatever language they typed it.
    expect(await zip.file("ppt/slides/slide3.xml")!.async("string")).toContain("青岛历年指标");
    // The editor shows the titles the deck carries.
    expect(await buildBriefingOutline(db.prisma, request)).toEqual({
      lang: "en",
      title: "Rule-of-law government benchmark briefing",
      items: [{ title: "Administrative reconsideration applications received: Qingdao, Weihai" }, { title: "青岛历年指标" }],
    });
  });
});
