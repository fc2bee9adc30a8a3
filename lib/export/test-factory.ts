// Builds ComparisonResult values for renderer tests: realistic Chinese names, a missing value,
// scope, unit and approximate marks, so every renderer test exercises the hard cases. The sample goes
// through the real buildComparison: hand-written notes would let a test pass on text the code never writes.
import { buildComparison, type ComparisonIndicatorRow, type ComparisonMetricRow, type ComparisonPlaceRow, type ComparisonReportRow } from "@/lib/compare/build-comparison";
import type { ComparabilityFlag, ComparisonResult, CompareCell, ComparePlace, CompareSeries, CompareSource } from "@/lib/compare/types";
import type { PillarId } from "@/lib/pipeline/types";

export function makePlace(slug: string, nameZh: string, nameEn: string, provinceNameZh = "山东省", provinceNameEn = "Shandong"): ComparePlace {
  return { slug, nameZh, nameEn, level: "city", parentNameZh: provinceNameZh, provinceNameZh, parentNameEn: provinceNameEn, provinceNameEn };
}

export function makeCell(placeSlug: string, value: number | null, extra: Partial<CompareCell> = {}): CompareCell {
  const reportId = extra.reportId ?? (value === null ? null : `r-${placeSlug}`);
  return {
    placeSlug,
    value,
    unit: value === null ? null : (extra.unit ?? "件"),
    year: value === null ? null : 2023,
    reportId,
    metricId: value === null ? null : `m-${placeSlug}-${Math.round(value)}`,
    text: value === null ? null : `${value}件`,
    quote: value === null ? null : `全年共收到行政复议申请${value}件。`,
    quoteStart: value === null ? null : 100,
    quoteEnd: value === null ? null : 118,
    scope: null,
    period: null,
    approx: false,
    bound: null,
    rank: null,
    flags: [] as ComparabilityFlag[],
    ...extra,
  };
}

export function makeSeries(slug: string, nameZh: string, unit: string, cells: CompareCell[], pillarId: PillarId = "reconsideration"): CompareSeries {
  return {
    indicator: { slug, nameZh, nameEn: slug, unit, pillarId, higherIsBetter: null },
    cells,
    notesZh: [],
    notesEn: [],
  };
}

export function makeSource(placeSlug: string, title: string, year = 2023): CompareSource {
  return {
    reportId: `r-${placeSlug}`,
    placeSlug,
    title,
    year,
    publisher: null,
    published: `${year + 1}-03-20`,
    sourceUrl: `https://example.gov.cn/${placeSlug}/${year}.html`,
    source: `https://example.gov.cn/${placeSlug}/${year}.html`,
  };
}

/**
 * Qingdao, Weihai and Dandong through the dashboard's own buildComparison, so the flags, ranks and notes
 * (in both languages) are the ones the pages and exports really get: 收到行政复议申请数 (Qingdao's
 * 2600余件 for the whole city, Weihai's 市本级 figure, Dandong silent), an appearance rate, and
 * 安全生产检查家次 in 家次 with a 镇本级 figure (Weihai) and one in a unit the indicator does not take (Dandong's 人次).
 */
export function sampleComparison(): ComparisonResult {
  const place = (id: number, slug: string, nameZh: string, nameEn: string, provinceNameZh = "山东省", provinceNameEn = "Shandong"): ComparisonPlaceRow => ({ id, ...makePlace(slug, nameZh, nameEn, provinceNameZh, provinceNameEn) });
  const places = [place(1, "qingdao", "青岛市", "Qingdao"), place(2, "weihai", "威海市", "Weihai"), place(3, "dandong", "丹东市", "Dandong", "辽宁省", "Liaoning")];
  const indicator = (id: number, slug: string, nameZh: string, unit: string, pillarId: PillarId, higherIsBetter: boolean | null): ComparisonIndicatorRow => ({ id, slug, nameZh, nameEn: slug, unit, pillarId, higherIsBetter, scope: "任意" });
  const indicators = [
    indicator(1, "admin-review-applications", "收到行政复议申请数", "件", "reconsideration", null),
    indicator(2, "officials-court-appearance-rate", "行政机关负责人出庭应诉率", "%", "reconsideration", true),
    indicator(3, "work-safety-inspections", "安全生产检查家次", "家次", "emergency", null),
  ];
  const titles = ["青岛市2023年法治政府建设情况报告", "威海市2023年度法治政府建设情况报告", "关于2023年法治政府建设情况的报告"];
  const reports: ComparisonReportRow[] = places.map((p, i) => {
    const { title, year, publisher, published, sourceUrl, source } = makeSource(p.slug, titles[i]!);
    return { id: p.id, placeId: p.id, year, title, publisher, published, sourceUrl, source, kind: "report" };
  });
  let nextId = 0;
  const metric = (placeId: number, indicatorId: number, value: number, unit: string, text: string, quote: string, extra: Partial<ComparisonMetricRow> = {}): ComparisonMetricRow => ({
    id: ++nextId,
    reportId: placeId,
    indicatorId,
    value,
    unit,
    text,
    quote,
    quoteStart: 100,
    quoteEnd: 100 + quote.length,
    scope: null,
    period: null,
    approx: false,
    bound: null,
    confidence: 0.9,
    start: 110,
    partOfId: null,
    ...extra,
  });
  const metrics = [
    metric(1, 1, 2600, "件", "2600余件", "全年共收到行政复议申请2600件。", { scope: "全市", approx: true, bound: "lower" }),
    metric(2, 1, 812, "件", "812件", "全年共收到行政复议申请812件。", { scope: "市本级" }),
    metric(1, 2, 100, "%", "100%", "行政机关负责人出庭应诉率达100%。"),
    metric(2, 2, 98.5, "%", "98.5%", "行政机关负责人出庭应诉率达98.5%。"),
    metric(3, 2, 99, "%", "99%", "行政机关负责人出庭应诉率达99%。"),
    metric(1, 3, 3000, "家次", "3000家次", "全市开展安全生产检查3000家次。", { scope: "全市" }),
    metric(2, 3, 1200, "家次", "1200家次", "镇本级开展安全生产检查1200家次。", { scope: "镇本级" }),
    metric(3, 3, 450, "人次", "450人次", "全市检查生产经营单位450人次。", { scope: "全市" }),
  ];
  return buildComparison({ year: "latest", places, indicators, reports, metrics, keepEmptySeries: true, generatedAt: new Date("2026-11-23T08:00:00.000Z") });
}

/** A national-scale comparison for benchmarks: places × indicators with some gaps. */
export function largeComparison(placeCount: number, indicatorCount: number): ComparisonResult {
  const places = Array.from({ length: placeCount }, (_, i) => makePlace(`place-${i}`, `测试${"一二三四五六七八九十"[i % 10]}市${i}`, `Place ${i}`));
  const series = Array.from({ length: indicatorCount }, (_, j) =>
    makeSeries(
      `indicator-${j}`,
      `测试指标${j}：行政执法案件数`,
      j % 3 === 0 ? "%" : "件",
      places.map((p, i) => ((i * 7 + j) % 11 === 0 ? makeCell(p.slug, null) : makeCell(p.slug, ((i * 37 + j * 13) % 100) + 1, { rank: i + 1 }))),
      "enforcement",
    ),
  );
  return {
    year: 2023,
    places,
    series,
    sources: places.map((p) => makeSource(p.slug, `${p.nameZh}2023年法治政府建设情况报告`)),
    generatedAt: "2026-11-23T08:00:00.000Z",
  };
}
