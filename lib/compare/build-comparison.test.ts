import { describe, expect, it } from "vitest";
import { buildComparison, chooseReports, hasMixedScopes, pickMetric, rankCells, scopeClass, sortCells, type ComparisonMetricRow, type ComparisonReportRow } from "./build-comparison";
import type { CompareCell } from "./types";

const place = (id: number, slug: string, nameZh: string) => ({ id, slug, nameZh, nameEn: slug, level: "city" as const, parentNameZh: null, provinceNameZh: "山东省", parentNameEn: null, provinceNameEn: "Shandong" });
const report = (id: number, placeId: number, year: number, kind: "report" | "news" = "report"): ComparisonReportRow => ({
  id, placeId, year, kind, title: `r${id}`, publisher: null, published: null, source: `r${id}.txt`, sourceUrl: null,
});
const metric = (id: number, reportId: number, value: number, extra: Partial<ComparisonMetricRow> = {}): ComparisonMetricRow => ({
  id, reportId, indicatorId: 1, value, unit: "件", text: `${value}件`, quote: `共${value}件。`, quoteStart: 0, quoteEnd: 5,
  scope: null, period: null, approx: false, bound: null, confidence: 0.9, start: id, partOfId: null, ...extra,
});
const indicator = { id: 1, slug: "cases", nameZh: "案件数", nameEn: "Cases", unit: "件", pillarId: "reconsideration" as const, higherIsBetter: null, scope: "任意" };

describe("comparison rules", () => {
  it("treats 市政府本级 and 市本级 as one scope, 全市 and 全区 as another", () => {
    expect(scopeClass("市政府本级")).toBe(scopeClass("市本级"));
    expect(scopeClass("全市")).toBe(scopeClass("全区"));
    // A league, banner or prefecture: its whole and its own government's level.
    expect([scopeClass("全盟"), scopeClass("全地区"), scopeClass("盟本级"), scopeClass("旗本级"), scopeClass("地区本级")]).toEqual(["whole", "whole", "own", "own", "own"]);
    expect(scopeClass("全州")).toBe(scopeClass("全市")); // an autonomous prefecture's whole territory
    expect(scopeClass("全盟")).toBe(scopeClass("全市"));
    expect(scopeClass("全市")).not.toBe(scopeClass("市本级"));
    expect(scopeClass(null)).toBeNull();
  });

  it("takes each place's latest year, official reports before news pieces", () => {
    const chosen = chooseReports([{ id: 1 }, { id: 2 }], [report(1, 1, 2020), report(2, 1, 2022, "news"), report(3, 1, 2022), report(4, 2, 2019)], "latest");
    expect(chosen.get(1)!.map((r) => r.id)).toEqual([3, 2]);
    expect(chosen.get(2)!.map((r) => r.id)).toEqual([4]);
    expect(chooseReports([{ id: 2 }], [report(4, 2, 2019)], 2021).get(2)).toEqual([]);
    // A department's own report (stored first) stands behind the government's and before news.
    const office = { ...report(5, 3, 2024), office: "株洲市市场监督管理局" };
    const order = chooseReports([{ id: 3 }], [office, report(6, 3, 2024, "news"), report(7, 3, 2024)], "latest").get(3)!.map((r) => r.id);
    expect(order).toEqual([7, 5, 6]);
  });

  it("prefers whole figures to their parts, then the indicator's scope, then the first mention", () => {
    const whole = metric(5, 1, 100);
    const part = metric(2, 1, 40, { partOfId: 5 });
    expect(pickMetric([part, whole], "任意")).toBe(whole);
    const own = metric(9, 1, 10, { scope: "市政府本级" });
    expect(pickMetric([metric(3, 1, 50, { scope: "全市" }), own], "市本级")).toBe(own);
    expect(pickMetric([metric(8, 1, 1), metric(4, 1, 2)], "任意")!.id).toBe(4);
    // A town's report: 全镇 is the whole place, and its villages' larger count a part (review 52a).
    const town = metric(11, 1, 35, { scope: "全镇" });
    expect(pickMetric([metric(10, 1, 69, { scope: "村社区" }), town], "任意")).toBe(town);
    expect(scopeClass("街道本级")).toBe("own");
  });

  it("adds up the kinds one sentence states for an indicator the catalog defines as a sum (法规3件+规章2件), and nothing else", () => {
    const regulations = metric(21, 1, 3, { quoteStart: 100, start: 110 });
    const rules = metric(22, 1, 2, { quoteStart: 100, start: 120 });
    const elsewhere = metric(23, 1, 4, { quoteStart: 300, start: 310 });
    const base = metric(24, 1, 6, { quoteStart: 100, start: 130, period: 2022 });
    const summed = pickMetric([regulations, rules, elsewhere, base], "任意", "件", true)!;
    expect([summed.id, summed.value, summed.text]).toEqual([21, 5, "3件+2件"]);
    // Without the catalog's sum, one figure: of counts at one level and year, the larger (a total before its categories).
    expect(pickMetric([regulations, rules, elsewhere], "任意", "件")).toBe(elsewhere);
    expect(pickMetric([rules, regulations], "任意", "件")).toBe(regulations);
    // Rates keep the first stated.
    const rate = (id: number, value: number, start: number) => metric(id, 1, value, { unit: "%", start });
    expect(pickMetric([rate(31, 90, 10), rate(32, 95, 20)], "任意", "%")!.id).toBe(31);
    const result = buildComparison({
      places: [{ id: 1, slug: "a", nameZh: "甲市", nameEn: "A", level: "city", parentNameZh: null, provinceNameZh: null, parentNameEn: null, provinceNameEn: null }],
      reports: [report(1, 1, 2023)],
      metrics: [regulations, rules],
      indicators: [{ ...indicator, sumOfParts: true }],
      year: "latest",
      keepEmptySeries: false,
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    expect(result.series[0]!.cells[0]!.value).toBe(5);
  });

  it("for an indicator of any scope prefers the whole place, then the government's own level, then a sub-unit", () => {
    const towns = metric(11, 1, 684, { scope: "镇街" });
    const own = metric(12, 1, 900, { scope: "县本级" });
    const whole = metric(13, 1, 3417, { scope: "全县" });
    expect(pickMetric([towns, own, whole], "任意")).toBe(whole);
    expect(pickMetric([towns, own], "任意")).toBe(own);
    expect(pickMetric([towns, metric(14, 1, 3417)], "任意")!.id).toBe(14);
    // Within a level, the figure in the indicator's unit.
    expect(pickMetric([metric(17, 1, 2.6e8, { unit: "张" }), metric(18, 1, 230, { unit: "类" })], "任意", "类")!.id).toBe(18);
    // A stated whole place before a figure that states no level, wherever they stand.
    expect(pickMetric([metric(15, 1, 32), metric(16, 1, 147, { scope: "全市" })], "任意")!.id).toBe(16);
  });

  it("prefers the report year's figure to a prior-year base mentioned before it", () => {
    const base = metric(6, 1, 968, { period: 2021 });
    const current = metric(7, 1, 1102);
    expect(pickMetric([base, current], "任意")).toBe(current);
  });

  it("ranks by the indicator's direction with shared ranks for ties, and leaves missing values, flagged figures and directionless indicators unranked", () => {
    const cells = [10, null, 30, 30, 50].map((value, i) => ({ placeSlug: `p${i}`, value, rank: null, flags: i === 4 ? ["scope"] : [] }) as unknown as CompareCell);
    rankCells(cells, null);
    expect(cells.map((c) => c.rank)).toEqual([null, null, null, null, null]);
    rankCells(cells, true);
    expect(cells.map((c) => c.rank)).toEqual([3, null, 1, 1, null]);
    rankCells(cells, false);
    expect(cells.map((c) => c.rank)).toEqual([1, null, 2, 2, null]);
    cells.pop();
    expect(sortCells(cells, "value", null).map((c) => c.value)).toEqual([30, 30, 10, null]);
  });

  it("keeps 未披露 as null, flags scope, period, approximation and unit, and explains them", () => {
    const result = buildComparison({
      year: "latest",
      places: [place(1, "qingdao", "青岛市"), place(2, "weihai", "威海市"), place(3, "dandong", "丹东市"), place(4, "weifang", "潍坊市")],
      indicators: [indicator],
      reports: [report(1, 1, 2021), report(2, 2, 2023), report(3, 3, 2021), report(4, 4, 2020)],
      metrics: [
        metric(1, 1, 2945, { scope: "全市" }),
        metric(2, 2, 121, { scope: "市本级", approx: true, bound: "lower", text: "121余件" }),
        metric(4, 4, 30, { period: 2019, unit: "宗" }),
      ],
      keepEmptySeries: false,
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const [series] = result.series;
    const cell = (slug: string) => series!.cells.find((c) => c.placeSlug === slug)!;
    expect(cell("dandong")).toMatchObject({ value: null, rank: null, flags: [] });
    // The whole place is the series' scope on a tie: only the figure of another scope is flagged.
    expect(cell("qingdao").flags).not.toContain("scope");
    expect(cell("weihai").flags).toEqual(["scope", "approx"]);
    // 121余件 is at least 121.
    expect(series!.notesZh.join("")).toContain("不低于所列数值");
    expect(cell("weifang").flags).toEqual(expect.arrayContaining(["period", "unit"]));
    expect(series!.notesZh.join("")).toContain("青岛市为全市口径");
    expect(series!.notesZh.join("")).toContain("威海市为市本级口径");
    // The English notes say the same in English: scopes, units and approximations by their English names.
    expect(series!.notesEn).toEqual([
      "Different scopes: qingdao whole city; weihai city government itself; weifang not stated.",
      "Different units: weifang in count (宗); indicator unit: count (件).",
      "Figures for another year than the report's: weifang (2020 report) gives 2019.",
      "Approximate figures: weihai over 121.",
    ]);
    expect(hasMixedScopes(result)).toBe(true);
    expect(result.sources.map((s) => s.reportId)).toEqual(["1", "2", "4"]);
  });

  it("flags neither two whole places (全市, 全盟) nor measure words the indicator accepts, but a third scope and a foreign unit", () => {
    const result = buildComparison({
      year: "latest",
      places: [place(1, "qingdao", "青岛市"), place(2, "xingan", "兴安盟"), place(3, "baohe", "包河区"), place(4, "weifang", "潍坊市")],
      indicators: [{ ...indicator, slug: "emergency-special-plans", unit: "部" }],
      reports: [report(1, 1, 2023), report(2, 2, 2023), report(3, 3, 2023), report(4, 4, 2023)],
      metrics: [metric(1, 1, 31, { scope: "全市", unit: "部" }), metric(2, 2, 12, { scope: "全盟", unit: "个" }), metric(3, 3, 8, { scope: "区本级", unit: "部" }), metric(4, 4, 9, { scope: "全市", unit: "份" })],
      keepEmptySeries: false,
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const flags = Object.fromEntries(result.series[0]!.cells.map((c) => [c.placeSlug, c.flags]));
    expect(flags).toEqual({ qingdao: [], xingan: [], baohe: ["scope"], weifang: ["unit"] });
  });

  it("drops series nobody discloses unless the indicators were named", () => {
    const input = {
      year: 2023 as const,
      places: [place(1, "qingdao", "青岛市")],
      indicators: [indicator],
      reports: [report(1, 1, 2021)],
      metrics: [metric(1, 1, 5)],
      generatedAt: new Date(),
    };
    expect(buildComparison({ ...input, keepEmptySeries: false }).series).toEqual([]);
    expect(buildComparison({ ...input, keepEmptySeries: true }).series[0]!.cells[0]!.value).toBeNull();
  });
});

describe("a place with no report for the chosen year", () => {
  it("is marked as having no report loaded, not as not disclosing the figure", () => {
    const result = buildComparison({
      year: 2023,
      places: [place(1, "qingdao", "青岛市"), place(2, "weihai", "威海市"), place(3, "dandong", "丹东市")],
      indicators: [indicator],
      reports: [report(1, 1, 2023), report(2, 2, 2023)],
      metrics: [metric(1, 1, 2945, { scope: "全市" })],
      keepEmptySeries: true,
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const cells = result.series[0]!.cells.map((c) => [c.placeSlug, c.value, c.noReport ?? false]);
    expect(cells).toEqual([
      ["qingdao", 2945, false],
      ["weihai", null, false],
      ["dandong", null, true],
    ]);
  });
});

describe("scopeClass: other tiers are not the own level (code review 51)", () => {
  it("keeps 市级 and 县级 (a province's tiers, a district's city above) out of the own level", () => {
    expect([scopeClass("市本级"), scopeClass("市级"), scopeClass("县级")]).toEqual(["own", "市级", "县级"]);
  });
});
