// The contract between the comparison data layer (dashboard) and everything that renders a
// comparison: charts, tables, CSV/XLSX/PPTX/PNG/SVG exports. Pure data, JSON-serialisable.
import type { PillarId } from "@/lib/pipeline/types";

/** Why two values in one chart are not like for like. */
export type ComparabilityFlag =
  | "scope" // e.g. 全市 vs 市本级
  | "period" // the figure refers to another year than the one compared
  | "approx" // written with 余/多/近/约/超…
  | "unit"; // units differ from the indicator's unit

export interface ComparePlace {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: "province" | "city" | "district" | "county" | "street";
  parentNameZh: string | null;
  provinceNameZh: string | null;
  /** English names of the same, for English exports' tables. */
  parentNameEn: string | null;
  provinceNameEn: string | null;
}

export interface CompareSource {
  reportId: string;
  placeSlug: string;
  title: string;
  year: number;
  publisher: string | null;
  published: string | null; // ISO date
  sourceUrl: string | null;
  source: string; // URL or file name
}

export interface CompareCell {
  placeSlug: string;
  /** null means 未披露 (not disclosed): never draw it as zero. */
  value: number | null;
  unit: string | null;
  /** Year covered by the report the value comes from. */
  year: number | null;
  reportId: string | null;
  metricId: string | null;
  /** The figure as written (e.g. "2600余件"). */
  text: string | null;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  scope: string | null;
  period: number | null;
  approx: boolean;
  bound: "lower" | "upper" | null;
  /** Rank among the chosen places (1 = best by the indicator's direction); null when missing, flagged as of another scope or unit, or when the indicator has no direction. */
  rank: number | null;
  flags: ComparabilityFlag[];
  /** No report of that place is loaded for the chosen year: 无该年报告, not 未披露 (the place may well have disclosed it). */
  noReport?: boolean;
}

export interface CompareSeries {
  indicator: {
    slug: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    pillarId: PillarId;
    higherIsBetter: boolean | null;
  };
  cells: CompareCell[];
  /** Human-readable notes on comparability, Chinese first, e.g. "青岛市为全市口径，威海市为市本级口径". */
  notesZh: string[];
  notesEn: string[];
}

export interface ComparisonResult {
  year: "latest" | number;
  places: ComparePlace[];
  series: CompareSeries[];
  sources: CompareSource[];
  generatedAt: string; // ISO timestamp
}
