// The export-side model every renderer (SVG/PNG chart, CSV, XLSX, PPTX) works from. Each view
// (compare, indicator, place, report) is converted into it once, so the four formats of one view
// cannot disagree. A chart is a set of panels (one per indicator); a panel has categories (places,
// or years on a place's page) holding one bar per series (one series, or one per year).
import type { ComparabilityFlag, ComparisonResult, CompareSource } from "@/lib/compare/types";
import type { PillarId } from "@/lib/pipeline/types";
import pillars from "@/lib/knowledge/pillars.json";
import { sortCells } from "@/lib/compare/build-comparison";
import { formatFigure, formatScope, type ApproxBound } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/lang";
import { exportText, type ExportLang } from "./export-text";

export type { ComparabilityFlag, CompareSource, ExportLang };

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
  /** Which way an approximate value may be off (2600余件 is a lower bound): English says "over 2,600". */
  bound: ApproxBound;
  rank: number | null;
  quote: string | null;
  reportId: string | null;
  metricId: string | null;
  /** No report of the place is loaded for that year: the placeholder says 无该年报告, not 未披露. */
  noReport?: boolean;
}

export interface ExportCategory {
  key: string;
  /** In the dataset's language: a place's name, or a year. */
  label: string;
  /** Context for tables (e.g. the province), not drawn on the chart. */
  group: string | null;
  bars: ExportBar[];
}

export interface ExportPanel {
  indicator: {
    slug: string;
    /** The indicator's name in the dataset's language. */
    name: string;
    unit: string;
    pillarId: PillarId;
  };
  categories: ExportCategory[];
  /** Comparability notes in the dataset's language. */
  notes: string[];
}

export interface ExportDataset {
  view: "compare" | "indicator" | "place" | "report";
  /** The language of every string in the dataset and of the renderers' fixed strings (export-text.ts). */
  lang: ExportLang;
  title: string;
  subtitle: string;
  /** What a category is, for table headers: 地区 or 年度 (Place or Year). */
  categoryHeader: string;
  panels: ExportPanel[];
  sources: CompareSource[];
  generatedAt: string;
}

export type CompareSort = "value" | "place";
export const COMPARE_SORTS = ["value", "place"] as const satisfies readonly CompareSort[];

export function pillarColor(pillarId: string): string {
  return pillars.find((p) => p.id === pillarId)?.color ?? "#52525b";
}

function pillarName(pillarId: string, lang: ExportLang): string {
  const pillar = pillars.find((p) => p.id === pillarId);
  return pillar ? nameOf(pillar, lang) : pillarId;
}

export function yearLabel(year: "latest" | number, lang: ExportLang): string {
  const text = exportText(lang);
  return year === "latest" ? text.latestReports : text.reportYear(year);
}

/** Title for a comparison: the single indicator's name, else the pillar's, else a count. */
export function comparisonTitle(result: ComparisonResult, pillar: string | null | undefined, lang: ExportLang): string {
  const text = exportText(lang);
  const names = result.places.map((p) => nameOf(p, lang));
  const who = names.length <= 4 ? names.join(text.list) : text.somePlaces(names.slice(0, 3), names.length);
  if (result.series.length === 1) return text.compareIndicator(who, nameOf(result.series[0]!.indicator, lang));
  const pillarIds = new Set(result.series.map((s) => s.indicator.pillarId));
  const onePillar = pillar ?? (pillarIds.size === 1 ? [...pillarIds][0]! : null);
  return onePillar ? text.comparePillar(who, pillarName(onePillar, lang)) : text.compareAll(who);
}

/**
 * The dashboard's comparison as an export dataset in one language. Each panel lists the places in
 * the order the compare page shows them (sortCells: by value by default, or as chosen), so an
 * exported chart matches what the reader saw.
 */
export function fromComparison(result: ComparisonResult, options: { pillar?: string | null; lang?: ExportLang; sort?: CompareSort } = {}): ExportDataset {
  const lang = options.lang ?? "zh";
  const text = exportText(lang);
  const placeBySlug = new Map(result.places.map((p) => [p.slug, p]));
  const panels: ExportPanel[] = result.series.map((series) => ({
    indicator: {
      slug: series.indicator.slug,
      name: nameOf(series.indicator, lang),
      unit: series.indicator.unit,
      pillarId: series.indicator.pillarId,
    },
    categories: sortCells(series.cells, options.sort ?? "value", series.indicator.higherIsBetter).map((cell) => {
      const place = placeBySlug.get(cell.placeSlug);
      return {
        key: cell.placeSlug,
        label: place ? nameOf(place, lang) : cell.placeSlug,
        group: place ? placeGroup(place, lang) : null,
        bars: [
          {
            series: "",
            value: cell.value,
            unit: cell.unit,
            text: cell.text,
            year: cell.year,
            flags: cell.flags,
            scope: cell.scope,
            period: cell.period,
            approx: cell.approx,
            bound: cell.bound,
            rank: cell.rank,
            quote: cell.quote,
            reportId: cell.reportId,
            metricId: cell.metricId,
            ...(cell.noReport ? { noReport: true } : {}),
          },
        ],
      };
    }),
    notes: lang === "en" ? series.notesEn : series.notesZh,
  }));
  return {
    view: "compare",
    lang,
    title: comparisonTitle(result, options.pillar, lang),
    subtitle: text.subtitle([yearLabel(result.year, lang), text.places(result.places.length), text.indicators(result.series.length)]),
    categoryHeader: text.categoryHeader.place,
    panels,
    sources: result.sources,
    generatedAt: result.generatedAt,
  };
}

/** A place's province (or parent) for table rows, in the dataset's language. */
export function placeGroup(
  place: { provinceNameZh: string | null; provinceNameEn: string | null; parentNameZh: string | null; parentNameEn: string | null },
  lang: ExportLang,
): string | null {
  return lang === "en" ? (place.provinceNameEn ?? place.parentNameEn) : (place.provinceNameZh ?? place.parentNameZh);
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

/** What a missing value says: No report for that year (无该年报告) when no report is loaded for that year, else Not disclosed (未披露). */
export function missingLabel(bar: Pick<ExportBar, "noReport">, lang: ExportLang): string {
  const text = exportText(lang);
  return bar.noReport ? text.noReport : text.notDisclosed;
}

/**
 * A bar's value label. Chinese keeps the figure as written when we have it (2600余件 keeps 余);
 * English formats the number with its English unit and says which way an approximation may be off
 * (over 2,600), as the compare page does.
 */
export function valueLabel(bar: ExportBar, indicatorUnit: string, lang: ExportLang): string {
  if (bar.value === null) return missingLabel(bar, lang);
  if (exportText(lang).writtenFigures && bar.text && bar.text.length <= 16) return bar.text;
  return formatFigure({ value: bar.value, unit: bar.unit ?? indicatorUnit, approx: bar.approx, bound: bar.bound }, lang);
}

/** The report year (when not the series) plus scope and comparability marks, e.g. "2023年 全市 [口径] [约数]". */
export function barAnnotation(bar: ExportBar, lang: ExportLang): string {
  const text = exportText(lang);
  const parts: string[] = [];
  if (bar.year !== null && bar.series !== String(bar.year)) parts.push(text.year(bar.year));
  if (bar.scope) parts.push(formatScope(bar.scope, lang));
  for (const flag of bar.flags) parts.push(`[${text.flags[flag].short}]`);
  return parts.join(" ");
}

/** The source line's two parts: the cited reports (titles stay Chinese: they are citations) and when and where it was made. */
export function sourceLine(dataset: ExportDataset, maxSources = 6): { sources: string; generated: string } {
  const text = exportText(dataset.lang);
  const cited = citedSources(dataset);
  const items = cited.slice(0, maxSources).map((s) => text.source(s.publisher, s.title, s.year));
  return {
    sources: items.length ? text.sources(items, cited.length) : text.noSources,
    generated: text.generated(dataset.generatedAt.slice(0, 10)),
  };
}
