// Loads what each export needs from the database and converts it to the export model.
// Compare follows the dashboard's rules (lib/compare/types.ts): one value per place and indicator
// from the chosen year's (or latest) reports, 未披露 when absent, comparability flags and notes.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { ComparisonResult, CompareSource } from "@/lib/compare/types";
import type { PillarId } from "@/lib/pipeline/types";
import { comparePlacesWith } from "@/lib/data/compare";
import { NotFoundError } from "@/lib/data/errors";
import { cellFromMetric, pickMetric } from "@/lib/compare/build-comparison";
import { SUM_OF_PARTS_SLUGS } from "@/lib/knowledge/indicator-catalog";
import { toBound, toChange, toCoverage } from "@/lib/data/mappers";
import { formatChange, formatCoverage, formatScope, unitName } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/lang";
import { ExportNotFoundError } from "./export-errors";
import { parseCompareQuery, parseLang, parsePillar, parseSlug, parseSort, parseYear, type CompareExportQuery } from "./export-query";
import { fromComparison, placeGroup, type CompareSort, type CompareSource as Source, type ExportBar, type ExportDataset, type ExportLang, type ExportPanel } from "./export-dataset";
import { exportText } from "./export-text";
import { tableColumns, type DataTable } from "./data-table";

interface MetricRow {
  id: number;
  value: number;
  unit: string;
  text: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  scope: string | null;
  period: number | null;
  approx: boolean;
  bound: "LOWER" | "UPPER" | null;
  confidence: number;
  start: number;
  partOfId: number | null;
  indicatorId: number | null;
  reportId: number;
}

interface ReportRow {
  id: number;
  placeId: number;
  year: number;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  source: string;
  sourceUrl: string | null;
  kind: "OFFICIAL_REPORT" | "NEWS_ARTICLE";
}

const PLACE_SELECT = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  level: true,
  parent: { select: { nameZh: true, nameEn: true } },
  province: { select: { nameZh: true, nameEn: true } },
} as const;

/** A place row's province (or parent) in a language, as the comparison's places carry it. */
function groupOf(place: { parent: { nameZh: string; nameEn: string } | null; province: { nameZh: string; nameEn: string } | null }, lang: ExportLang): string | null {
  return placeGroup(
    { provinceNameZh: place.province?.nameZh ?? null, provinceNameEn: place.province?.nameEn ?? null, parentNameZh: place.parent?.nameZh ?? null, parentNameEn: place.parent?.nameEn ?? null },
    lang,
  );
}

function toSource(report: ReportRow, placeSlug: string): CompareSource {
  return {
    reportId: String(report.id),
    placeSlug,
    title: report.title,
    year: report.year,
    publisher: report.publisher,
    published: report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    sourceUrl: report.sourceUrl,
    source: report.source,
  };
}

/** The dashboard's comparison (one set of rules for the page and its exports), with export errors. */
export async function loadComparison(prisma: PrismaClient, query: CompareExportQuery): Promise<ComparisonResult> {
  try {
    return await comparePlacesWith(prisma, query);
  } catch (error) {
    if (error instanceof NotFoundError) {
      const label = error.entity === "indicators" ? "指标" : "地区";
      throw new ExportNotFoundError(error.entity, `未找到${label}：${error.ids.join("、")} (${error.message})`);
    }
    throw error;
  }
}

/** The comparison as an export dataset, in the reader's language and with the page's order of places. */
export async function loadCompareDataset(prisma: PrismaClient, query: CompareExportQuery, view: { lang?: ExportLang; sort?: CompareSort } = {}): Promise<ExportDataset> {
  return fromComparison(await loadComparison(prisma, query), { pillar: query.pillar ?? null, ...view });
}

/**
 * A chart view's dataset from its URL parameters, shared by the export endpoints, the embeds and the
 * briefing so they read a view's state the same way. Every parameter is checked before the database is.
 */
export async function loadViewDataset(prisma: PrismaClient, view: "compare" | "indicator" | "place", params: URLSearchParams, slug = ""): Promise<ExportDataset> {
  const lang = parseLang(params);
  if (view === "compare") return loadCompareDataset(prisma, parseCompareQuery(params), { lang, sort: parseSort(params) });
  const year = parseYear(params, false);
  const options = { year: typeof year === "number" ? year : undefined, lang };
  if (view === "indicator") return loadIndicatorDataset(prisma, parseSlug(slug, "slug"), options);
  return loadPlaceDataset(prisma, parseSlug(slug, "slug"), { ...options, pillar: parsePillar(params) });
}

function barFrom(metric: MetricRow, report: ReportRow, indicator: { unit: string; slug: string }, series: string): ExportBar {
  const cell = cellFromMetric("", { ...metric, bound: toBound(metric.bound) }, report, indicator.unit, indicator.slug);
  return { series, value: cell.value, unit: cell.unit, text: cell.text, year: cell.year, flags: cell.flags, scope: cell.scope, period: cell.period, approx: cell.approx, bound: cell.bound, rank: null, quote: cell.quote, reportId: cell.reportId, metricId: cell.metricId };
}

/** A figure the report does not disclose (未披露): drawn as a placeholder, never as zero. */
function emptyBar(series: string): ExportBar {
  return { series, value: null, unit: null, text: null, year: null, flags: [], scope: null, period: null, approx: false, bound: null, rank: null, quote: null, reportId: null, metricId: null };
}

const REPORT_SELECT = { id: true, placeId: true, year: true, title: true, publisher: true, publishedAt: true, source: true, sourceUrl: true, kind: true } as const;
const METRIC_SELECT = { id: true, value: true, unit: true, text: true, quote: true, quoteStart: true, quoteEnd: true, scope: true, period: true, approx: true, bound: true, confidence: true, start: true, partOfId: true, indicatorId: true, reportId: true } as const;

/** Every place and year that discloses an indicator: categories are places, one bar per year. */
export async function loadIndicatorDataset(prisma: PrismaClient, slug: string, options: { year?: number; lang?: ExportLang } = {}, now = new Date()): Promise<ExportDataset> {
  const { year, lang = "zh" } = options;
  const text = exportText(lang);
  const indicator = await prisma.indicator.findUnique({ where: { slug } });
  if (!indicator) throw new ExportNotFoundError("indicator", `未找到指标：${slug} (unknown indicator)`);
  const metrics = await prisma.metric.findMany({
    where: { indicatorId: indicator.id, reviewStatus: { not: "REJECTED" }, ...(year ? { report: { year } } : {}) },
    select: { ...METRIC_SELECT, report: { select: { ...REPORT_SELECT, place: { select: PLACE_SELECT } } } },
  });
  const byPlaceYear = new Map<string, typeof metrics>();
  for (const m of metrics) {
    const key = `${m.report.place.slug}|${m.report.year}`;
    byPlaceYear.set(key, [...(byPlaceYear.get(key) ?? []), m]);
  }
  const years = [...new Set(metrics.map((m) => m.report.year))].sort();
  const placeList = [...new Map(metrics.map((m) => [m.report.place.slug, m.report.place])).values()].sort(
    (a, b) => (a.province?.nameZh ?? "").localeCompare(b.province?.nameZh ?? "", "zh") || a.nameZh.localeCompare(b.nameZh, "zh"),
  );
  const sources = new Map<number, Source>();
  const panel: ExportPanel = {
    indicator: { slug: indicator.slug, name: nameOf(indicator, lang), unit: indicator.unit, pillarId: indicator.pillarId as PillarId },
    categories: placeList.map((place) => ({
      key: place.slug,
      label: nameOf(place, lang),
      group: groupOf(place, lang),
      bars: years.map((y) => {
        const metric = pickMetric(byPlaceYear.get(`${place.slug}|${y}`) ?? [], indicator.scope, indicator.unit, SUM_OF_PARTS_SLUGS.has(indicator.slug));
        if (!metric) return emptyBar(String(y));
        sources.set(metric.report.id, toSource(metric.report, place.slug));
        return barFrom(metric, metric.report, indicator, String(y));
      }),
    })),
    notes: [],
  };
  const scopes = new Set(panel.categories.flatMap((c) => c.bars.filter((b) => b.value !== null).map((b) => b.scope ?? "")));
  if (scopes.size > 1) {
    for (const c of panel.categories) for (const b of c.bars) if (b.value !== null && !b.flags.includes("scope")) b.flags.unshift("scope");
    panel.notes.push(text.scopesDiffer([...scopes].map((s) => (s ? formatScope(s, lang) : text.notStated))));
  }
  return {
    view: "indicator",
    lang,
    title: text.indicatorTitle(nameOf(indicator, lang)),
    subtitle: text.subtitle([year ? text.reportYear(year) : text.allYears, text.places(placeList.length), text.unitLine(unitName(indicator.unit, lang))]),
    categoryHeader: text.categoryHeader.place,
    panels: placeList.length ? [panel] : [],
    sources: [...sources.values()],
    generatedAt: now.toISOString(),
  };
}

/** A place's indicators over its report years: one panel per indicator, categories are years. */
export async function loadPlaceDataset(prisma: PrismaClient, slug: string, options: { year?: number; pillar?: PillarId; lang?: ExportLang } = {}, now = new Date()): Promise<ExportDataset> {
  const lang = options.lang ?? "zh";
  const text = exportText(lang);
  const place = await prisma.place.findUnique({ where: { slug }, select: PLACE_SELECT });
  if (!place) throw new ExportNotFoundError("place", `未找到地区：${slug} (unknown place)`);
  const reports: ReportRow[] = await prisma.report.findMany({ where: { placeId: place.id, ...(options.year ? { year: options.year } : {}) }, select: REPORT_SELECT, orderBy: [{ year: "asc" }, { id: "asc" }] });
  const metrics = reports.length
    ? await prisma.metric.findMany({
        where: { reportId: { in: reports.map((r) => r.id) }, indicatorId: { not: null }, reviewStatus: { not: "REJECTED" }, ...(options.pillar ? { pillarId: options.pillar } : {}) },
        select: METRIC_SELECT,
      })
    : [];
  const indicatorIds = [...new Set(metrics.map((m) => m.indicatorId!))];
  const indicators = await prisma.indicator.findMany({ where: { id: { in: indicatorIds } }, orderBy: [{ pillar: { order: "asc" } }, { order: "asc" }] });
  const years = [...new Set(reports.map((r) => r.year))];
  const sources = new Map<number, Source>();
  const panels: ExportPanel[] = indicators.map((indicator) => ({
    indicator: { slug: indicator.slug, name: nameOf(indicator, lang), unit: indicator.unit, pillarId: indicator.pillarId as PillarId },
    categories: years.map((y) => {
      let bar = emptyBar("");
      for (const report of reports.filter((r) => r.year === y)) {
        const metric = pickMetric(metrics.filter((m) => m.reportId === report.id && m.indicatorId === indicator.id), indicator.scope, indicator.unit, SUM_OF_PARTS_SLUGS.has(indicator.slug));
        if (metric) {
          sources.set(report.id, toSource(report, place.slug));
          bar = barFrom(metric, report, indicator, "");
          break;
        }
      }
      return { key: String(y), label: text.year(y), group: null, bars: [bar] };
    }),
    notes: [],
  }));
  return {
    view: "place",
    lang,
    title: text.placeTitle(nameOf(place, lang)),
    subtitle: text.subtitle([years.length ? text.yearRange(years[0]!, years[years.length - 1]!) : text.noReports, text.indicators(panels.length)]),
    categoryHeader: text.categoryHeader.year,
    panels,
    sources: [...sources.values()],
    generatedAt: now.toISOString(),
  };
}

/** A figure's period when it is not one whole year (跨年度：“十四五”以来), for the export's 时段 column. */
function coverageLabel(stored: Prisma.JsonValue | null, lang: ExportLang): string | null {
  const coverage = toCoverage(stored);
  return coverage === null ? null : formatCoverage(coverage, lang);
}

/** A figure's stated change: as the report writes it (同比增长8.3%) in Chinese, formatted (↑8.3% y/y) in English. */
function changeLabel(stored: Prisma.JsonValue | null, lang: ExportLang): string | null {
  const change = toChange(stored);
  if (change === null) return null;
  return exportText(lang).writtenFigures ? change.text : formatChange(change, lang);
}

/** A report's metrics, one row each, in text order, with headers and names in the reader's language. */
export async function loadReportTable(prisma: PrismaClient, id: number, lang: ExportLang = "zh"): Promise<{ table: DataTable; generatedAt: string }> {
  const text = exportText(lang);
  const report = await prisma.report.findUnique({ where: { id }, select: { ...REPORT_SELECT, place: { select: { nameZh: true, nameEn: true } } } });
  if (!report) throw new ExportNotFoundError("report", `未找到报告：${id} (unknown report)`);
  const metrics = await prisma.metric.findMany({
    where: { reportId: id },
    orderBy: { start: "asc" },
    select: {
      ...METRIC_SELECT,
      end: true,
      subject: true,
      coverage: true,
      target: true,
      change: true,
      reviewStatus: true,
      pillar: { select: { nameZh: true, nameEn: true } },
      indicator: { select: { nameZh: true, nameEn: true, slug: true } },
    },
  });
  const link = report.sourceUrl ?? report.source;
  const place = nameOf(report.place, lang);
  const published = report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null;
  const data = tableColumns(
    text.reportHeaders,
    metrics.map((m) => ({
      pillar: nameOf(m.pillar, lang),
      indicator: m.indicator ? nameOf(m.indicator, lang) : null,
      indicatorCode: m.indicator?.slug ?? null,
      subject: m.subject,
      value: m.value,
      unit: unitName(m.unit, lang),
      asWritten: m.text,
      approx: m.approx ? text.yes : text.no,
      kind: m.target ? text.target : text.actual,
      scope: m.scope === null ? null : formatScope(m.scope, lang),
      period: m.period,
      coverage: coverageLabel(m.coverage, lang),
      change: changeLabel(m.change, lang),
      quote: m.quote,
      position: `${m.start}-${m.end}`,
      confidence: Math.round(m.confidence * 100) / 100,
      review: text.review[m.reviewStatus] ?? m.reviewStatus,
      // Every row says whose report it comes from, so a CSV opened on its own can still be cited.
      place,
      reportTitle: report.title,
      reportYear: report.year,
      link,
    })),
    ["value", "period", "confidence", "reportYear"],
  );
  const sources = tableColumns(
    text.sourceHeaders,
    metrics.map((m) => ({
      indicator: m.indicator ? nameOf(m.indicator, lang) : m.subject,
      who: place,
      value: m.value,
      unit: unitName(m.unit, lang),
      asWritten: m.text,
      quote: m.quote,
      reportTitle: report.title,
      reportYear: report.year,
      publisher: report.publisher,
      published,
      link,
    })),
  );
  return {
    table: { fileStem: `report-${id}`, title: text.reportTableTitle(place, report.title), lang, ...data, sourceHeaders: sources.headers, sourceRows: sources.rows },
    generatedAt: new Date().toISOString(),
  };
}
