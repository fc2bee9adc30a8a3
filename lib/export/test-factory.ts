// Builds ComparisonResult values for renderer tests: realistic Chinese names, a missing value,
// scope and approximate marks, so every renderer test exercises the hard cases.
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

/** Qingdao, Weihai, Dandong; two indicators; Dandong's first value missing; marks on Qingdao. */
export function sampleComparison(): ComparisonResult {
  const places = [
    makePlace("qingdao", "青岛市", "Qingdao"),
    makePlace("weihai", "威海市", "Weihai"),
    makePlace("dandong", "丹东市", "Dandong", "辽宁省", "Liaoning"),
  ];
  const applications = makeSeries("admin-review-applications", "收到行政复议申请数", "件", [
    makeCell("qingdao", 2600, { text: "2600余件", approx: true, bound: "lower", scope: "全市", flags: ["scope", "approx"], rank: 1 }),
    makeCell("weihai", 812, { scope: "市本级", flags: ["scope"], rank: 2 }),
    makeCell("dandong", null),
  ]);
  applications.notesZh = ["青岛市为全市口径，威海市为市本级口径"];
  applications.notesEn = ["Qingdao counts the whole city, Weihai the city government itself"];
  const appearance = makeSeries("officials-court-appearance-rate", "行政机关负责人出庭应诉率", "%", [
    makeCell("qingdao", 100, { unit: "%", text: "100%", rank: 1 }),
    makeCell("weihai", 98.5, { unit: "%", text: "98.5%", rank: 3 }),
    makeCell("dandong", 99, { unit: "%", text: "99%", rank: 2 }),
  ]);
  return {
    year: "latest",
    places,
    series: [applications, appearance],
    sources: [
      makeSource("qingdao", "青岛市2023年法治政府建设情况报告"),
      makeSource("weihai", "威海市2023年度法治政府建设情况报告"),
      makeSource("dandong", "关于2023年法治政府建设情况的报告"),
    ],
    generatedAt: "2026-11-23T08:00:00.000Z",
  };
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
