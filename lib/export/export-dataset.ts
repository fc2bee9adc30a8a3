// The export-side model every renderer (SVG/PNG chart, CSV, XLSX, PPTX) works from. Each view
// (compare, indicator, place, report) is converted into it once, so the four formats of one view
// cannot disagree. A chart is a set of panels (one per indicator); a panel has categories (places,
// or years on a place's page) holding one bar per series (one series, or one per year).
import type { ComparabilityFlag, ComparisonResult, CompareSource } from "@/lib/compare/types";
import type { PillarId } from "@/lib/pipeline/types";
import pillars from "@/lib/knowledge/pillars.json";
import { formatValue } from "@/lib/i18n/format";

export type { ComparabilityFlag, CompareSource };

export interface ExportBar {
  /** Legend key: "" for single-series charts, else e.g. "2023". */
  series: string;
  /** null = 未披露 (not disclosed); drawn as a placeholder, never as zero. */
  value: number | null;
  unit: string | null;
  /** The figure as written in the report ("2600余件"). */
  text: string | null;
  /** Year of the report the value comes from. */
  year: number | null;
  flags: ComparabilityFlag[];
  scope: string | null;
  period: number | null;
  approx: boolean;
  rank: number | null;
  quote: string | null;
  reportId: string | null;
  metricId: string | null;
  /** No report of the place is loaded for that year: the placeholder says 无该年报告, not 未披露. */
  noReport?: boolean;
}

export interface ExportCategory {
  key: string;
  label: string;
  labelEn: string;
  /** Context for tables (e.g. the province), not drawn on the chart. */
  group: string | null;
  bars: ExportBar[];
}

export interface ExportPanel {
  indicator: {
    slug: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    pillarId: PillarId;
  };
  categories: ExportCategory[];
  notesZh: string[];
  notesEn: string[];
}

export interface ExportDataset {
  view: "compare" | "indicator" | "place" | "report";
  title: string;
  titleEn: string;
  subtitle: string;
  /** What a category is, for table headers: 地区 or 年度. */
  categoryHeader: string;
  panels: ExportPanel[];
  sources: CompareSource[];
  generatedAt: string;
}

export const FLAG_LABELS: Record<ComparabilityFlag, { short: string; long: string; en: string }> = {
  scope: { short: "口径", long: "统计口径不同（如全市与市本级）", en: "different scope" },
  period: { short: "期间", long: "数据所属年份与报告年度不同", en: "different period" },
  approx: { short: "约数", long: "原文为约数（余、多、近、约等）", en: "approximate" },
  unit: { short: "单位", long: "计量单位与指标单位不同", en: "different unit" },
};

export function pillarColor(pillarId: string): string {
  return pillars.find((p) => p.id === pillarId)?.color ?? "#52525b";
}

export function pillarName(pillarId: string): string {
  return pillars.find((p) => p.id === pillarId)?.nameZh ?? pillarId;
}

export function yearLabel(year: "latest" | number): string {
  return year === "latest" ? "各地最新年度报告" : `${year}年度`;
}

/** Title for a comparison: the single indicator's name, else the pillar's, else a count. */
export function comparisonTitle(result: ComparisonResult, pillar?: string | null): string {
  const names = result.places.map((p) => p.nameZh);
  const who = names.length <= 4 ? names.join("、") : `${names.slice(0, 3).join("、")}等${names.length}地`;
  if (result.series.length === 1) return `${who}${result.series[0]!.indicator.nameZh}对比`;
  if (pillar) return `${who}${pillarName(pillar)}指标对比`;
  const pillarIds = new Set(result.series.map((s) => s.indicator.pillarId));
  if (pillarIds.size === 1) return `${who}${pillarName([...pillarIds][0]!)}指标对比`;
  return `${who}法治政府建设指标对比`;
}

export function fromComparison(result: ComparisonResult, options: { pillar?: string | null } = {}): ExportDataset {
  const placeBySlug = new Map(result.places.map((p) => [p.slug, p]));
  const panels: ExportPanel[] = result.series.map((series) => ({
    indicator: {
      slug: series.indicator.slug,
      nameZh: series.indicator.nameZh,
      nameEn: series.indicator.nameEn,
      unit: series.indicator.unit,
      pillarId: series.indicator.pillarId,
    },
    // Places in the order the user chose them, whatever order the cells come in.
    categories: result.places.map((place) => {
      const cell = series.cells.find((c) => c.placeSlug === place.slug);
      return {
        key: place.slug,
        label: place.nameZh,
        labelEn: place.nameEn,
        group: place.provinceNameZh ?? place.parentNameZh,
        bars: [
          {
            series: "",
            value: cell?.value ?? null,
            unit: cell?.unit ?? null,
            text: cell?.text ?? null,
            year: cell?.year ?? null,
            flags: cell?.flags ?? [],
            scope: cell?.scope ?? null,
            period: cell?.period ?? null,
            approx: cell?.approx ?? false,
            rank: cell?.rank ?? null,
            quote: cell?.quote ?? null,
            reportId: cell?.reportId ?? null,
            metricId: cell?.metricId ?? null,
            ...(cell?.noReport ? { noReport: true } : {}),
          },
        ],
      };
    }),
    notesZh: series.notesZh,
    notesEn: series.notesEn,
  }));
  void placeBySlug;
  return {
    view: "compare",
    title: comparisonTitle(result, options.pillar),
    titleEn: `Comparison of ${result.places.map((p) => p.nameEn).join(", ")}`,
    subtitle: `${yearLabel(result.year)} · ${result.places.length}个地区 · ${result.series.length}项指标`,
    categoryHeader: "地区",
    panels,
    sources: result.sources,
    generatedAt: result.generatedAt,
  };
}

/** Every distinct series key in a panel, in first-seen order (for legends and colours). */
export function seriesKeys(dataset: ExportDataset): string[] {
  const keys: string[] = [];
  for (const panel of dataset.panels)
    for (const category of panel.categories) for (const bar of category.bars) if (!keys.includes(bar.series)) keys.push(bar.series);
  return keys;
}

/** Sources actually cited by a dataset's values, ordered by year then title. */
export function citedSources(dataset: ExportDataset): CompareSource[] {
  const used = new Set<string>();
  for (const panel of dataset.panels)
    for (const category of panel.categories) for (const bar of category.bars) if (bar.reportId) used.add(bar.reportId);
  const list = dataset.sources.filter((s) => used.size === 0 || used.has(s.reportId));
  return [...list].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title, "zh"));
}

/** What a missing value says: 无该年报告 when no report is loaded for that year, else 未披露. */
export function missingLabel(bar: Pick<ExportBar, "noReport">): string {
  return bar.noReport ? "无该年报告" : "未披露";
}

/** A bar's value label: the figure as written when we have it (keeps 余/多), else number + unit. */
export function valueLabel(bar: ExportBar, indicatorUnit: string): string {
  if (bar.value === null) return missingLabel(bar);
  if (bar.text && bar.text.length <= 16) return bar.text;
  return formatValue(bar.value, bar.unit ?? indicatorUnit, "zh");
}

/** "2023年报告" plus comparability marks, e.g. "2023 · 口径 约数". */
export function barAnnotation(bar: ExportBar): string {
  const parts: string[] = [];
  if (bar.year !== null && bar.series !== String(bar.year)) parts.push(`${bar.year}年`);
  if (bar.scope) parts.push(bar.scope);
  for (const flag of bar.flags) parts.push(`[${FLAG_LABELS[flag].short}]`);
  return parts.join(" ");
}

/** 来源/生成 line parts. */
export function sourceLine(dataset: ExportDataset, maxSources = 6): { sources: string; generated: string } {
  const cited = citedSources(dataset);
  const items = cited.slice(0, maxSources).map((s) => `${s.publisher ? `${s.publisher}` : ""}《${s.title}》（${s.year}）`);
  const rest = cited.length > maxSources ? `等${cited.length}份报告` : "";
  return {
    sources: `来源：${items.length ? items.join("；") + rest : "无已披露数据"}`,
    generated: `生成：法治对标，${dataset.generatedAt.slice(0, 10)}`,
  };
}
