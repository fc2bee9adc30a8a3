// The data layer against a real database with the five seed reports loaded. Expected values come
// from the report texts themselves (or the database), not from a snapshot of the extractor's output,
// so these tests keep holding while extraction improves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open-database";
import { CompareQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/api/parse-params";
import { closeSeededDatabase, openSeededDatabase } from "./test-support";
import { getOverview, getPlaceDetail, listPlaces } from "./places";
import { getReportDetail, listReports } from "./reports";
import { getIndicatorDetail, listIndicators } from "./indicators";
import { listPillars } from "./pillars";
import { comparePlaces } from "./compare";
import { listMetrics } from "./metrics";
import { searchReports } from "./search";
import { getHealth } from "./health";
import { InvalidParameterError, NotFoundError } from "./errors";

let db: OpenDatabase;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(async () => {
  await closeSeededDatabase(db);
});

async function reportOf(placeSlug: string) {
  const [summary] = await listReports({ place: placeSlug });
  expect(summary, `a report of ${placeSlug}`).toBeDefined();
  return getReportDetail(summary!.id);
}

describe("places", () => {
  it("lists the five seed places with their parents and provinces", async () => {
    const places = await listPlaces();
    const withReports = places.filter((p) => p.reports.length > 0).map((p) => p.nameZh);
    expect(withReports.sort()).toEqual(["丹东市", "威海市", "市南区", "潍坊市", "青岛市"].sort());
    const shinan = places.find((p) => p.slug === "shinan")!;
    expect(shinan.parent?.nameZh).toBe("青岛市");
    expect(shinan.province?.nameZh).toBe("山东省");
    expect(places.find((p) => p.nameZh === "丹东市")!.province?.nameZh).toBe("辽宁省");
  });

  it("groups the overview by province with districts under their city, and counts coverage per pillar", async () => {
    const overview = await getOverview();
    const shandong = overview.groups.find((g) => g.province?.nameZh === "山东省")!;
    expect(shandong.places.map((p) => p.nameZh)).toEqual(expect.arrayContaining(["青岛市", "潍坊市", "威海市"]));
    expect(shandong.places.find((p) => p.nameZh === "青岛市")!.children.map((c) => c.nameZh)).toEqual(["市南区"]);
    expect(shandong.places.some((p) => p.nameZh === "市南区")).toBe(false);
    expect(overview.totals.reports).toBe(5);
    expect(overview.coverage).toHaveLength(5);
    const metricTotal = await db.prisma.metric.count({ where: { reviewStatus: { not: "REJECTED" } } });
    const coverageTotal = overview.coverage.reduce((sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0), 0);
    expect(coverageTotal).toBe(metricTotal);
  });

  it("details a place: reports, districts and the indicators it discloses", async () => {
    const qingdao = await getPlaceDetail("qingdao");
    expect(qingdao.children.map((c) => c.nameZh)).toContain("市南区");
    expect(qingdao.reports.map((r) => r.year)).toEqual([2021]);
    for (const ind of qingdao.indicators) expect(ind.points.length).toBeGreaterThan(0);
    const shinan = await getPlaceDetail("shinan");
    expect(shinan.parent?.slug).toBe("qingdao");
    await expect(getPlaceDetail("atlantis")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("reports", () => {
  it("gives every metric's figure and sentence at their ranges in the cleaned text", async () => {
    const weihai = await reportOf("weihai");
    expect(weihai.year).toBe(2023);
    expect(weihai.metrics.length).toBeGreaterThan(10);
    for (const m of weihai.metrics) {
      expect(weihai.cleanedText.slice(m.start, m.end)).toBe(m.text);
      expect(weihai.cleanedText.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
      expect(m.quoteStart).toBeLessThanOrEqual(m.start);
      expect(m.quoteEnd).toBeGreaterThanOrEqual(m.end);
    }
    const starts = weihai.metrics.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const s of weihai.sections) expect(weihai.cleanedText.slice(s.start, s.end)).toContain(s.heading.slice(0, 4));
  });

  it("serves each figure's stated change, as written in its sentence", async () => {
    const weihai = await reportOf("weihai");
    const changed = weihai.metrics.filter((m) => m.change !== null);
    expect(changed.length).toBeGreaterThanOrEqual(3);
    for (const m of changed) expect(m.quote).toContain(m.change!.text);
    expect(changed.find((m) => m.text === "121件")?.change).toEqual({ value: 34.4, unit: "%", direction: "up", basis: "同比", text: "同比增长了34.4%" });
    expect(weihai.metrics.find((m) => m.change === null)).toBeDefined();
  });

  it("serves a figure's coverage when its period is not one whole year, and never an indicator with it", async () => {
    const shinan = await reportOf("shinan");
    // The 市南区 seed is a mid-year article: 上半年,市南区…新设立市场主体5249户.
    const firstHalf = shinan.metrics.find((m) => m.text === "5249户");
    expect(firstHalf?.coverage).toEqual({ kind: "part-year", text: "上半年" });
    expect(firstHalf?.indicator).toBeNull();
    for (const m of shinan.metrics) if (m.coverage !== null) expect(m.indicator).toBeNull();
    expect(shinan.metrics.filter((m) => m.coverage === null).length).toBeGreaterThan(10);
  });

  it("assesses the Weihai report's required parts from its headings and its publication date", async () => {
    const weihai = await reportOf("weihai");
    const found = Object.fromEntries(weihai.quality.parts.map((p) => [p.id, p.found]));
    // The text has headings 一、…第一责任人职责, 二、…举措和成效, 三、…不足和原因, 四、2024年…主要安排.
    expect(weihai.cleanedText).toContain("存在的不足和原因");
    expect(found).toMatchObject({ leadership: "heading", measures: "heading", shortcomings: "heading", "next-year": "heading" });
    // 其他需要报告的情况 is the one part a report may leave out: named in full and marked optional.
    const optional = weihai.quality.parts.filter((p) => p.optional).map((p) => [p.id, p.nameZh]);
    expect(optional).toEqual([["other", "其他需要报告的情况"]]);
    expect(weihai.quality.timeliness).toEqual({ deadline: "2024-04-01", published: "2024-01-18", status: "on-time" });
    const shinan = await reportOf("shinan");
    expect(shinan.quality.timeliness.status).toBe("not-applicable");
  });

  it("keeps the cleaning report and rejects unknown ids", async () => {
    const weihai = await reportOf("weihai");
    expect(weihai.cleaningReport.length).toBeGreaterThan(0);
    for (const span of weihai.cleaningReport) expect(typeof span.reason).toBe("string");
    await expect(getReportDetail(999_999)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReports({ place: "atlantis" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("indicators and pillars", () => {
  it("lists the catalog with disclosure counts and the six pillars", async () => {
    const indicators = await listIndicators();
    expect(indicators.length).toBe(await db.prisma.indicator.count());
    const pillars = await listPillars();
    expect(pillars.map((p) => p.id)).toEqual(["enforcement", "reconsideration", "business", "emergency", "digital", "other"]);
    expect(pillars.reduce((s, p) => s + p.metricCount, 0)).toBe(await db.prisma.metric.count({ where: { reviewStatus: { not: "REJECTED" } } }));
  });

  it("details an indicator with one primary figure per place and year, each quoting its sentence", async () => {
    const rate = await getIndicatorDetail("leader-court-appearance-rate");
    expect(rate.unit).toBe("%");
    expect(rate.observations.length).toBeGreaterThan(0);
    const keys = rate.observations.filter((o) => o.primary).map((o) => `${o.place.slug}:${o.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of rate.observations) expect(o.quote).toContain(o.text);
    await expect(getIndicatorDetail("no-such-indicator")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("notes differing scopes in each language: English names the scopes in English", async () => {
    const details = await Promise.all((await listIndicators()).map((i) => getIndicatorDetail(i.slug)));
    const noted = details.filter((d) => d.notesZh.length > 0);
    expect(noted.length, "an indicator whose seed figures differ in scope").toBeGreaterThan(0);
    for (const d of noted) {
      expect(d.notesEn).toHaveLength(d.notesZh.length);
      // Scope words (全市, 市本级, 未注明) are Chinese only in the Chinese note.
      for (const note of d.notesEn) expect(note).not.toMatch(/[全本级未]/);
      expect(d.notesZh.join("")).toMatch(/[全本级未]/);
    }
  });
});

describe("comparePlaces", () => {
  const query = (raw: Record<string, string>) => parseParams(CompareQuerySchema, raw);

  it("compares the 复议 pillar across four places: values from the reports, 未披露 as null, never zero", async () => {
    const result = await comparePlaces(query({ places: "qingdao,weihai,dandong,shinan", pillar: "reconsideration", year: "latest" }));
    expect(result.places.map((p) => p.slug)).toEqual(["qingdao", "weihai", "dandong", "shinan"]);
    expect(result.series.length).toBeGreaterThan(0);
    for (const s of result.series) {
      expect(s.indicator.pillarId).toBe("reconsideration");
      expect(s.cells.map((c) => c.placeSlug)).toEqual(["qingdao", "weihai", "dandong", "shinan"]);
      expect(s.cells.some((c) => c.value !== null)).toBe(true);
      for (const c of s.cells) {
        if (c.value === null) {
          expect(c).toMatchObject({ metricId: null, rank: null, quote: null });
        } else {
          expect(c.quote).toContain(c.text);
          // Ranked only where the indicator has a direction and the figure is comparable.
          if (s.indicator.higherIsBetter === null || c.flags.includes("scope") || c.flags.includes("unit")) expect(c.rank).toBeNull();
          else expect(c.rank).toBeGreaterThanOrEqual(1);
        }
      }
    }
    // 行政机关负责人出庭应诉率 100%: wherever a report says so, the cell says 100.
    const rate = result.series.find((s) => s.indicator.slug === "leader-court-appearance-rate");
    expect(rate).toBeDefined();
    const weihai = await reportOf("weihai");
    expect(weihai.cleanedText).toMatch(/负责人出庭应诉率[^。]*100%/);
    expect(rate!.cells.find((c) => c.placeSlug === "weihai")!.value).toBe(100);
  });

  it("marks figures of different scopes (全市 vs 市本级) in one series and explains them", async () => {
    const result = await comparePlaces(query({ places: "qingdao,weihai", pillar: "reconsideration" }));
    for (const s of result.series) {
      const scopes = s.cells.filter((c) => c.value !== null && c.scope).map((c) => c.scope!);
      const mixed = scopes.some((x) => x.includes("全")) && scopes.some((x) => x.includes("本级"));
      if (mixed) {
        for (const c of s.cells.filter((c) => c.value !== null)) expect(c.flags).toContain("scope");
        expect(s.notesZh.join("")).toContain("口径");
      }
    }
  });

  it("takes a specific year, keeps named indicators even when undisclosed, and rejects unknown names", async () => {
    const result = await comparePlaces(query({ places: "weihai,qingdao", indicators: "leader-court-appearance-rate,admin-review-applications", year: "2023" }));
    expect(result.year).toBe(2023);
    expect(result.series.map((s) => s.indicator.slug)).toEqual(["leader-court-appearance-rate", "admin-review-applications"]);
    // Qingdao has no 2023 report: 未披露 everywhere.
    for (const s of result.series) expect(s.cells[1]!.value).toBeNull();
    await expect(comparePlaces(query({ places: "weihai,atlantis" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(comparePlaces(query({ places: "weihai", indicators: "nope" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(() => query({ places: "weihai", year: "twenty" })).toThrow(InvalidParameterError);
    expect(() => query({ places: "" })).toThrow(/places/);
  });
});

describe("metrics, search and health", () => {
  it("filters metrics by place, pillar and year", async () => {
    const all = await listMetrics(parseParams((await import("@/lib/api/schemas")).MetricsQuerySchema, { place: "weihai", pillar: "reconsideration" }));
    expect(all.total).toBe(all.metrics.length);
    for (const m of all.metrics) expect(m).toMatchObject({ pillarId: "reconsideration", place: { slug: "weihai" }, year: 2023 });
    await expect(listMetrics({ limit: 10, offset: 0, indicator: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds Chinese text in the reports with snippets at the right places", async () => {
    const result = await searchReports({ q: "行政复议", limit: 20 });
    const texts = await db.prisma.report.findMany({ select: { id: true, cleanedText: true } });
    expect(result.total).toBe(texts.filter((t) => t.cleanedText.includes("行政复议")).length);
    for (const r of result.results) {
      const text = texts.find((t) => t.id === r.report.id)!.cleanedText;
      expect(r.matchCount).toBe(text.split("行政复议").length - 1);
      for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe("行政复议");
      // A match already inside a snippet gets no snippet of its own.
      for (let k = 1; k < r.hits.length; k++) expect(r.hits[k]!.start - r.hits[k - 1]!.end).toBeGreaterThanOrEqual(r.hits[k - 1]!.after.replace("…", "").length);
    }
    expect((await searchReports({ q: "没有这样的词语zz", limit: 20 })).total).toBe(0);
    // LIKE wildcards are searched literally.
    expect((await searchReports({ q: "%", limit: 20 })).total).toBe(texts.filter((t) => t.cleanedText.includes("%")).length);
  });

  it("reports health with counts", async () => {
    const health = await getHealth();
    expect(health).toMatchObject({ ok: true, counts: { reports: 5 } });
  });
});
