// Pure comparison logic: which report and which figure stand for a place, whether the figures are
// like for like, how they rank, and the notes that say so. No database access: the data layer
// loads rows and hands them here, so the rules are unit-testable and shared by pages, API and exports.
import type { PillarId } from "@/lib/pipeline/types";
import { UNITS_BY_SLUG } from "@/lib/knowledge/indicator-catalog";
import scopeNames from "@/lib/knowledge/scope-names.json";
import { formatFigure, formatScope, formatUnit, unitName } from "@/lib/i18n/format";
import type { ComparabilityFlag, CompareCell, ComparePlace, CompareSeries, CompareSource, ComparisonResult } from "./types";

export interface ComparisonPlaceRow extends ComparePlace {
  id: number;
}

export interface ComparisonIndicatorRow {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  pillarId: PillarId;
  higherIsBetter: boolean | null;
  /** 全市, 市本级 or 任意. */
  scope: string;
  /** The catalog defines it as a sum of kinds (法规 + 规章): one sentence's kinds add up. */
  sumOfParts?: boolean;
}

export interface ComparisonReportRow {
  id: number;
  placeId: number;
  year: number;
  title: string;
  publisher: string | null;
  published: string | null;
  source: string;
  sourceUrl: string | null;
  kind: "report" | "news";
  /** A department's own report (株洲市市场监督管理局): its figures fill in only what the government's report leaves out. */
  office?: string | null;
}

export interface ComparisonMetricRow {
  id: number;
  reportId: number;
  indicatorId: number | null;
  value: number;
  unit: string;
  text: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  scope: string | null;
  period: number | null;
  approx: boolean;
  bound: "lower" | "upper" | null;
  confidence: number;
  start: number;
  partOfId: number | null;
}

// Scopes written differently but meaning the same: the whole jurisdiction, or the government's own level.
const WHOLE: readonly string[] = scopeNames.classes.whole;
const OWN_LEVEL: readonly string[] = scopeNames.classes.own;

/** A scope's comparable class: "whole" (全市/全区…), "own" (市本级/市政府本级…), the scope itself otherwise, null when unstated. */
export function scopeClass(scope: string | null): string | null {
  if (!scope) return null;
  const s = scope.trim();
  if (WHOLE.includes(s)) return "whole";
  if (OWN_LEVEL.includes(s)) return "own";
  return s;
}

/**
 * The scope class most of a series' figures state (the whole place on a tie), when they state more
 * than one; undefined otherwise. Only the figures of another scope are then flagged: 全市 and 全盟
 * are both a whole place, and a 区本级 among them is the one that differs.
 */
export function mainScopeClass(scopes: readonly (string | null)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const scope of scopes) {
    const cls = scopeClass(scope);
    if (cls !== null) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] === "whole" ? -1 : b[0] === "whole" ? 1 : 0))[0]![0];
}

/** 个 and 部 for plans, 件 and 项 for decisions: a measure word the indicator accepts counts the same thing as its unit. */
export function unitDiffers(unit: string, indicatorUnit: string, indicatorSlug: string): boolean {
  return unit !== indicatorUnit && !(UNITS_BY_SLUG.get(indicatorSlug) ?? []).includes(unit);
}

/** The government's own report first, then a department's report, then news. */
function standing(r: ComparisonReportRow): number {
  return r.kind === "news" ? 2 : r.office ? 1 : 0;
}

/**
 * The reports that stand for each place: the chosen year's, or each place's latest year's.
 * The government's report comes first: a department's report or a news piece only fills in what
 * the report of the same year does not state.
 */
export function chooseReports(
  places: readonly { id: number }[],
  reports: readonly ComparisonReportRow[],
  year: "latest" | number,
): Map<number, ComparisonReportRow[]> {
  const chosen = new Map<number, ComparisonReportRow[]>();
  for (const place of places) {
    const own = reports.filter((r) => r.placeId === place.id);
    if (own.length === 0) {
      chosen.set(place.id, []);
      continue;
    }
    const target = year === "latest" ? Math.max(...own.map((r) => r.year)) : year;
    chosen.set(
      place.id,
      own
        .filter((r) => r.year === target)
        .sort((a, b) => standing(a) - standing(b) || a.id - b.id),
    );
  }
  return chosen;
}

/**
 * The one figure shown for an indicator among a report's figures: whole figures before their
 * parts (其中…), then the indicator's own scope, then the highest confidence, then the first mention.
 */
export function pickMetric<T extends Pick<ComparisonMetricRow, "partOfId" | "scope" | "confidence" | "start" | "period" | "unit" | "value" | "text" | "quoteStart" | "reportId">>(
  metrics: readonly T[],
  indicatorScope: string | null,
  indicatorUnit?: string,
  sumOfParts = false,
): T | null {
  const best = pickOne(metrics, indicatorScope, indicatorUnit, !sumOfParts);
  if (!best || !sumOfParts) return best;
  // 提请审议地方性法规草案3件，制定政府规章2件: for an indicator the catalog defines as a sum of kinds,
  // the kinds one sentence states at the same level, year and unit add up (3件+2件 = 5件).
  const parts = metrics.filter(
    (m) => m === best || (m.reportId === best.reportId && m.quoteStart === best.quoteStart && m.partOfId === null && m.period === best.period && m.unit === best.unit && scopeClass(m.scope) === scopeClass(best.scope)),
  );
  if (parts.length < 2) return best;
  const ordered = [...parts].sort((a, b) => a.start - b.start);
  return { ...best, value: ordered.reduce((sum, m) => sum + m.value, 0), text: ordered.map((m) => m.text).join("+") };
}

function pickOne<T extends Pick<ComparisonMetricRow, "partOfId" | "scope" | "confidence" | "start" | "period" | "unit" | "value">>(
  metrics: readonly T[],
  indicatorScope: string | null,
  indicatorUnit?: string,
  largerWins = true,
): T | null {
  const wanted = indicatorScope && indicatorScope !== "任意" ? scopeClass(indicatorScope) : null;
  // The report's own year first (a prior-year base such as 上年为968件 carries a period), then whole
  // figures before their parts, then the indicator's scope; for an indicator of any scope, the stated
  // whole place, then an unstated level, then the government's own level, then a sub-unit
  // (全市报送备案147件 before 审核市政府文件32件; 乡镇（街道）办理…684件 last).
  const level = (m: T) => {
    const cls = scopeClass(m.scope);
    if (wanted) return cls === wanted ? 3 : 0;
    return cls === "whole" ? 3 : cls === null ? 2 : cls === "own" ? 1 : 0;
  };
  // Within a level, the figure in the indicator's own unit (电子证照230类 before 2.6亿张).
  const score = (m: T) => (m.period === null ? 16 : 0) + (m.partOfId === null ? 8 : 0) + level(m) * 2 + (indicatorUnit !== undefined && m.unit === indicatorUnit ? 1 : 0) + m.confidence;
  let best: T | null = null;
  for (const m of metrics) {
    if (!best) best = m;
    else {
      const diff = score(m) - score(best);
      // Two counts of one indicator at one level and year (开展普法活动3200余场次 and “侨乡普法”专场16场):
      // the larger is the total, the smaller a category of it; rates keep the first stated.
      // (An indicator that sums kinds adds them up instead, so there the first stated stays.)
      const larger = largerWins && m.unit !== "%" && m.unit === best.unit ? m.value - best.value : 0;
      if (diff > 0 || (diff === 0 && (larger > 0 || (larger === 0 && m.start < best.start)))) best = m;
    }
  }
  return best;
}

export function emptyCell(placeSlug: string): CompareCell {
  return {
    placeSlug,
    value: null,
    unit: null,
    year: null,
    reportId: null,
    metricId: null,
    text: null,
    quote: null,
    quoteStart: null,
    quoteEnd: null,
    scope: null,
    period: null,
    approx: false,
    bound: null,
    rank: null,
    flags: [],
  };
}

/** A place's cell for one figure, with the marks that make it not like for like. */
export function cellFromMetric(
  placeSlug: string,
  metric: ComparisonMetricRow,
  report: Pick<ComparisonReportRow, "id" | "year">,
  indicatorUnit: string,
  indicatorSlug: string,
): CompareCell {
  const flags: ComparabilityFlag[] = [];
  if (metric.period !== null && metric.period !== report.year) flags.push("period");
  if (metric.approx) flags.push("approx");
  if (unitDiffers(metric.unit, indicatorUnit, indicatorSlug)) flags.push("unit");
  return {
    placeSlug,
    value: metric.value,
    unit: metric.unit,
    year: report.year,
    reportId: String(report.id),
    metricId: String(metric.id),
    text: metric.text,
    quote: metric.quote,
    quoteStart: metric.quoteStart,
    quoteEnd: metric.quoteEnd,
    scope: metric.scope,
    period: metric.period,
    approx: metric.approx,
    bound: metric.bound,
    rank: null,
    flags,
  };
}

/**
 * Ranks cells with a value: 1 = best by the indicator's direction; ties share a rank. An indicator with
 * no direction (收到行政复议申请数) ranks nobody, since 第1名 reads as best; nor does a figure flagged as
 * of another scope or unit, which the page itself calls not comparable.
 */
export function rankCells(cells: CompareCell[], higherIsBetter: boolean | null): void {
  if (higherIsBetter === null) return;
  const valued = cells.filter((c) => c.value !== null && !c.flags.includes("scope") && !c.flags.includes("unit"));
  const sorted = [...valued].sort((a, b) => (higherIsBetter === false ? a.value! - b.value! : b.value! - a.value!));
  sorted.forEach((cell, i) => {
    const previous = sorted[i - 1];
    cell.rank = previous && previous.value === cell.value ? previous.rank : i + 1;
  });
}

const FLAG_ORDER: ComparabilityFlag[] = ["scope", "period", "approx", "unit"];

function addFlag(cell: CompareCell, flag: ComparabilityFlag): void {
  if (!cell.flags.includes(flag)) {
    cell.flags.push(flag);
    cell.flags.sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b));
  }
}

/**
 * Flags figures of a scope other than most places' and writes the notes that explain every flag (units are
 * flagged per cell). The English notes name scopes, units and approximations in English (formatScope,
 * unitName, formatFigure), as the English pages and exports do: only the Chinese notes quote the report.
 */
export function annotateSeries(
  cells: CompareCell[],
  places: readonly ComparePlace[],
  indicatorUnit: string,
): { notesZh: string[]; notesEn: string[] } {
  const byslug = new Map(places.map((p) => [p.slug, p]));
  const zh = (c: CompareCell) => byslug.get(c.placeSlug)?.nameZh ?? c.placeSlug;
  const en = (c: CompareCell) => byslug.get(c.placeSlug)?.nameEn ?? c.placeSlug;
  const valued = cells.filter((c) => c.value !== null);
  const notesZh: string[] = [];
  const notesEn: string[] = [];

  const main = mainScopeClass(valued.map((c) => c.scope));
  if (main !== undefined) {
    for (const c of valued) {
      const cls = scopeClass(c.scope);
      if (cls !== null && cls !== main) addFlag(c, "scope");
    }
    notesZh.push(`统计口径不同：${valued.map((c) => `${zh(c)}为${c.scope ?? "未注明"}口径`).join("，")}。`);
    notesEn.push(`Different scopes: ${valued.map((c) => `${en(c)} ${c.scope === null ? "not stated" : formatScope(c.scope, "en")}`).join("; ")}.`);
  }

  // (cellFromMetric flagged each figure in a unit the indicator does not accept.)
  const oddUnits = valued.filter((c) => c.flags.includes("unit"));
  if (oddUnits.length) {
    notesZh.push(`计量单位不同：${oddUnits.map((c) => `${zh(c)}为“${c.unit}”`).join("，")}（指标单位为“${indicatorUnit}”）。`);
    // Bare measure words (件, 宗) are all "count" in English: where that is all English can say, the Chinese word tells them apart.
    const alike = oddUnits.some((c) => unitName(c.unit!, "en") === unitName(indicatorUnit, "en"));
    const unitEn = (unit: string) => (alike ? formatUnit(unit, "en") : unitName(unit, "en"));
    notesEn.push(`Different units: ${oddUnits.map((c) => `${en(c)} in ${unitEn(c.unit!)}`).join("; ")}; indicator unit: ${unitEn(indicatorUnit)}.`);
  }

  const periods = valued.filter((c) => c.flags.includes("period"));
  if (periods.length) {
    notesZh.push(`数据所指年份与报告年份不同：${periods.map((c) => `${zh(c)}（${c.year}年报告）为${c.period}年数据`).join("，")}。`);
    notesEn.push(`Figures for another year than the report's: ${periods.map((c) => `${en(c)} (${c.year} report) gives ${c.period}`).join("; ")}.`);
  }
  const years = new Set(valued.map((c) => c.period ?? c.year));
  if (years.size > 1 && periods.length === 0) {
    notesZh.push(`各地数据年份不同：${valued.map((c) => `${zh(c)}${c.period ?? c.year}年`).join("，")}。`);
    notesEn.push(`Years differ: ${valued.map((c) => `${en(c)} ${c.period ?? c.year}`).join("; ")}.`);
  }

  const approx = valued.filter((c) => c.approx);
  if (approx.length) {
    // 余, 以上, 超 are lower bounds (at least); 近, 不足 upper bounds; 约 either way.
    const boundZh = approx.every((c) => c.bound === "lower") ? "不低于所列数值" : approx.every((c) => c.bound === "upper") ? "不高于所列数值" : "可能略高或略低";
    notesZh.push(`约数：${approx.map((c) => `${zh(c)}“${c.text}”`).join("，")}，实际数值${boundZh}。`);
    notesEn.push(`Approximate figures: ${approx.map((c) => `${en(c)} ${formatFigure({ ...c, value: c.value! }, "en")}`).join("; ")}.`);
  }
  return { notesZh, notesEn };
}

export interface ComparisonInput {
  year: "latest" | number;
  places: readonly ComparisonPlaceRow[];
  indicators: readonly ComparisonIndicatorRow[];
  /** Candidate reports of the chosen places (any year; chooseReports narrows them). */
  reports: readonly ComparisonReportRow[];
  /** Figures of those reports for those indicators (rejected ones already left out). */
  metrics: readonly ComparisonMetricRow[];
  /** True when the caller named the indicators: keep them even when nobody discloses them. */
  keepEmptySeries: boolean;
  generatedAt: Date;
}

export function buildComparison(input: ComparisonInput): ComparisonResult {
  const places: ComparePlace[] = input.places.map((p) => ({
    slug: p.slug,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    level: p.level,
    parentNameZh: p.parentNameZh,
    provinceNameZh: p.provinceNameZh,
    parentNameEn: p.parentNameEn,
    provinceNameEn: p.provinceNameEn,
  }));
  const chosen = chooseReports(input.places, input.reports, input.year);
  // Group figures by report and indicator once: the national data set has thousands of rows.
  const byReportIndicator = new Map<string, ComparisonMetricRow[]>();
  for (const m of input.metrics) {
    if (m.indicatorId === null) continue;
    const key = `${m.reportId}:${m.indicatorId}`;
    const list = byReportIndicator.get(key);
    if (list) list.push(m);
    else byReportIndicator.set(key, [m]);
  }

  const used = new Map<number, { report: ComparisonReportRow; placeSlug: string }>();
  const series: CompareSeries[] = [];
  for (const indicator of input.indicators) {
    const cells = input.places.map((place) => {
      for (const report of chosen.get(place.id) ?? []) {
        const metric = pickMetric(byReportIndicator.get(`${report.id}:${indicator.id}`) ?? [], indicator.scope, indicator.unit, indicator.sumOfParts ?? false);
        if (metric) {
          used.set(report.id, { report, placeSlug: place.slug });
          return cellFromMetric(place.slug, metric, report, indicator.unit, indicator.slug);
        }
      }
      const empty = emptyCell(place.slug);
      if ((chosen.get(place.id) ?? []).length === 0) empty.noReport = true;
      return empty;
    });
    if (!input.keepEmptySeries && cells.every((c) => c.value === null)) continue;
    const notes = annotateSeries(cells, places, indicator.unit);
    rankCells(cells, indicator.higherIsBetter);
    series.push({
      indicator: {
        slug: indicator.slug,
        nameZh: indicator.nameZh,
        nameEn: indicator.nameEn,
        unit: indicator.unit,
        pillarId: indicator.pillarId,
        higherIsBetter: indicator.higherIsBetter,
      },
      cells,
      ...notes,
    });
  }

  const sources: CompareSource[] = [...used.values()]
    .sort((a, b) => a.report.id - b.report.id)
    .map(({ report, placeSlug }) => ({
      reportId: String(report.id),
      placeSlug,
      title: report.title,
      year: report.year,
      publisher: report.publisher,
      published: report.published,
      sourceUrl: report.sourceUrl,
      source: report.source,
    }));
  return { year: input.year, places, series, sources, generatedAt: input.generatedAt.toISOString() };
}

/** Each place's scopes across the comparison, for a summary such as "青岛市：全市；威海市：市本级". */
export function placeScopes(result: ComparisonResult): Array<{ placeSlug: string; scopes: string[] }> {
  return result.places.map((p) => {
    const scopes = new Set<string>();
    for (const s of result.series) {
      const cell = s.cells.find((c) => c.placeSlug === p.slug);
      if (cell && cell.value !== null && cell.scope) scopes.add(cell.scope);
    }
    return { placeSlug: p.slug, scopes: [...scopes] };
  });
}

/** True when the places' figures come from different scope classes somewhere in the comparison (e.g. 全市 vs 市本级 across the pillar). */
export function hasMixedScopes(result: ComparisonResult): boolean {
  const classes = new Set<string>();
  for (const { scopes } of placeScopes(result)) for (const s of scopes) {
    const c = scopeClass(s);
    if (c === "whole" || c === "own") classes.add(c);
  }
  return classes.size > 1;
}

/** Orders a series' cells for display: by value (missing last), or as the places were chosen. */
export function sortCells(cells: readonly CompareCell[], sort: "value" | "place", higherIsBetter: boolean | null): CompareCell[] {
  if (sort === "place") return [...cells];
  return [...cells].sort((a, b) => {
    if (a.value === null) return b.value === null ? 0 : 1;
    if (b.value === null) return -1;
    return higherIsBetter === false ? a.value - b.value : b.value - a.value;
  });
}
