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
import { formatCoverage } from "@/lib/i18n/format";
import { ExportNotFoundError } from "./export-errors";
import type { CompareExportQuery } from "./export-query";
import { fromComparison, type CompareSource as Source, type ExportBar, type ExportDataset, type ExportPanel } from "./export-dataset";
import type { Cell, DataTable } from "./data-table";


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
  parent: { select: { nameZh: true } },
  province: { select: { nameZh: true } },
} as const;

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

export async function loadCompareDataset(prisma: PrismaClient, query: CompareExportQuery): Promise<ExportDataset> {
  return fromComparison(await loadComparison(prisma, query), { pillar: query.pillar ?? null });
}

function barFrom(metric: MetricRow, report: ReportRow, indicator: { unit: string; slug: string }, series: string): ExportBar {
  const cell = cellFromMetric("", { ...metric, bound: toBound(metric.bound) }, report, indicator.unit, indicator.slug);
  return { series, value: cell.value, unit: cell.unit, text: cell.text, year: cell.year, flags: cell.flags, scope: cell.scope, period: cell.period, approx: cell.approx, rank: null, quote: cell.quote, reportId: cell.reportId, metricId: cell.metricId };
}

const REPORT_SELECT = { id: true, placeId: true, year: true, title: true, publisher: true, publishedAt: true, source: true, sourceUrl: true, kind: true } as const;
const METRIC_SELECT = { id: true, value: true, unit: true, text: true, quote: true, quoteStart: true, quoteEnd: true, scope: true, period: true, approx: true, bound: true, confidence: true, start: true, partOfId: true, indicatorId: true, reportId: true } as const;

/** Every place and year that discloses an indicator: categories are places, one bar per year. */
export async function loadIndicatorDataset(prisma: PrismaClient, slug: string, year?: number, now = new Date()): Promise<ExportDataset> {
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
    indicator: { slug: indicator.slug, nameZh: indicator.nameZh, nameEn: indicator.nameEn, unit: indicator.unit, pillarId: indicator.pillarId as PillarId },
    categories: placeList.map((place) => ({
      key: place.slug,
      label: place.nameZh,
      labelEn: place.nameEn,
      group: place.province?.nameZh ?? place.parent?.nameZh ?? null,
      bars: years.map((y) => {
        const metric = pickMetric(byPlaceYear.get(`${place.slug}|${y}`) ?? [], indicator.scope, indicator.unit, SUM_OF_PARTS_SLUGS.has(indicator.slug));
        if (!metric) return { series: String(y), value: null, unit: null, text: null, year: null, flags: [], scope: null, period: null, approx: false, rank: null, quote: null, reportId: null, metricId: null };
        sources.set(metric.report.id, toSource(metric.report, place.slug));
        return barFrom(metric, metric.report, indicator, String(y));
      }),
    })),
    notesZh: [],
    notesEn: [],
  };
  const scopes = new Set(panel.categories.flatMap((c) => c.bars.filter((b) => b.value !== null).map((b) => b.scope ?? "")));
  if (scopes.size > 1) {
    for (const c of panel.categories) for (const b of c.bars) if (b.value !== null && !b.flags.includes("scope")) b.flags.unshift("scope");
    panel.notesZh.push(`各地统计口径不同（${[...scopes].map((s) => s || "未注明").join("、")}）`);
    panel.notesEn.push("Scopes differ between places");
  }
  return {
    view: "indicator",
    title: `${indicator.nameZh}：各地披露情况`,
    titleEn: `${indicator.nameEn}: disclosures by place`,
    subtitle: `${year ? `${year}年度` : "全部年度"} · ${placeList.length}个地区 · 单位：${indicator.unit}`,
    categoryHeader: "地区",
    panels: placeList.length ? [panel] : [],
    sources: [...sources.values()],
    generatedAt: now.toISOString(),
  };
}

/** A place's indicators over its report years: one panel per indicator, categories are years. */
export async function loadPlaceDataset(prisma: PrismaClient, slug: string, options: { year?: number; pillar?: PillarId } = {}, now = new Date()): Promise<ExportDataset> {
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
    indicator: { slug: indicator.slug, nameZh: indicator.nameZh, nameEn: indicator.nameEn, unit: indicator.unit, pillarId: indicator.pillarId as PillarId },
    categories: years.map((y) => {
      let bar: ExportBar = { series: "", value: null, unit: null, text: null, year: null, flags: [], scope: null, period: null, approx: false, rank: null, quote: null, reportId: null, metricId: null };
      for (const report of reports.filter((r) => r.year === y)) {
        const metric = pickMetric(metrics.filter((m) => m.reportId === report.id && m.indicatorId === indicator.id), indicator.scope, indicator.unit, SUM_OF_PARTS_SLUGS.has(indicator.slug));
        if (metric) {
          sources.set(report.id, toSource(report, place.slug));
          bar = barFrom(metric, report, indicator, "");
          break;
        }
      }
      return { key: String(y), label: `${y}年`, labelEn: String(y), group: null, bars: [bar] };
    }),
    notesZh: [],
    notesEn: [],
  }));
  return {
    view: "place",
    title: `${place.nameZh}法治政府建设主要指标`,
    titleEn: `${place.nameEn}: key rule-of-law indicators`,
    subtitle: `${years.length ? `${years[0]}–${years[years.length - 1]}年度` : "暂无报告"} · ${panels.length}项指标`,
    categoryHeader: "年度",
    panels,
    sources: [...sources.values()],
    generatedAt: now.toISOString(),
  };
}

const REVIEW_LABELS: Record<string, string> = { MACHINE: "机器提取", CONFIRMED: "已确认", EDITED: "已修改", REJECTED: "已驳回" };

/** A figure's period when it is not one whole year (跨年度：“十四五”以来), for the export's 时段 column. */
function coverageLabel(stored: Prisma.JsonValue | null): string | null {
  const coverage = toCoverage(stored);
  return coverage === null ? null : formatCoverage(coverage, "zh");
}

/** A report's metrics, one row each, in text order. */
export async function loadReportTable(prisma: PrismaClient, id: number): Promise<{ table: DataTable; generatedAt: string }> {
  const report = await prisma.report.findUnique({ where: { id }, select: { ...REPORT_SELECT, place: { select: { nameZh: true } } } });
  if (!report) throw new ExportNotFoundError("report", `未找到报告：${id} (unknown report)`);
  const metrics = await prisma.metric.findMany({
    where: { reportId: id },
    orderBy: { start: "asc" },
    select: { ...METRIC_SELECT, end: true, subject: true, coverage: true, target: true, change: true, reviewStatus: true, pillar: { select: { nameZh: true } }, indicator: { select: { nameZh: true, slug: true } } },
  });
  const link = report.sourceUrl ?? report.source;
  const rows: Cell[][] = metrics.map((m) => [
    m.pillar.nameZh,
    m.indicator?.nameZh ?? null,
    m.indicator?.slug ?? null,
    m.subject,
    m.value,
    m.unit,
    m.text,
    m.approx ? "是" : "否",
    m.target ? "目标" : "实绩",
    m.scope,
    m.period,
    coverageLabel(m.coverage),
    toChange(m.change)?.text ?? null,
    m.quote,
    `${m.start}-${m.end}`,
    Math.round(m.confidence * 100) / 100,
    REVIEW_LABELS[m.reviewStatus] ?? m.reviewStatus,
    // Every row says whose report it comes from, so a CSV opened on its own can still be cited.
    report.place.nameZh,
    report.title,
    report.year,
    link,
  ]);
  const sourceRows: Cell[][] = metrics.map((m) => [
    m.indicator?.nameZh ?? m.subject,
    report.place.nameZh,
    m.value,
    m.unit,
    m.text,
    m.quote,
    report.title,
    report.year,
    report.publisher,
    report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    link,
  ]);
  return {
    table: {
      fileStem: `report-${id}`,
      title: `${report.place.nameZh}《${report.title}》指标`,
      headers: ["支柱", "指标", "指标代码", "主体", "数值", "单位", "原文表述", "约数", "性质", "口径", "数据所属年份", "时段", "变化", "原文句子", "位置", "置信度", "审核状态", "地区", "报告标题", "报告年度", "来源"],
      rows,
      numericColumns: [4, 10, 15, 19],
      sourceHeaders: ["指标", "地区/年度", "数值", "单位", "原文表述", "原文句子", "报告标题", "报告年度", "发布机关", "发布日期", "链接"],
      sourceRows,
    },
    generatedAt: new Date().toISOString(),
  };
}
