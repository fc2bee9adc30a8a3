// Converts database rows to the API's shapes (lib/api/schemas.ts): lower-case enums, ISO dates,
// place references. Shared by every data-layer function so the JSON looks the same everywhere.
import { MetricChangeSchema, MetricCoverageSchema, type MetricChangeView, type MetricCoverageView, type MetricView, type PlaceRef, type ReportRef } from "@/lib/api/schemas";
import type { PillarId } from "@/lib/pipeline/types";
import type { Prisma } from "@/lib/db/generated/client";

type Level = PlaceRef["level"];

export const PLACE_REF_SELECT = { slug: true, nameZh: true, nameEn: true, level: true } as const;

export function toPlaceRef(p: { slug: string; nameZh: string; nameEn: string; level: string }): PlaceRef {
  return { slug: p.slug, nameZh: p.nameZh, nameEn: p.nameEn, level: p.level.toLowerCase() as Level };
}

export function toKind(kind: string): "report" | "news" {
  return kind === "OFFICIAL_REPORT" ? "report" : "news";
}

export function fromKind(kind: "report" | "news"): "OFFICIAL_REPORT" | "NEWS_ARTICLE" {
  return kind === "report" ? "OFFICIAL_REPORT" : "NEWS_ARTICLE";
}

export function toIsoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function toBound(bound: string | null): "lower" | "upper" | null {
  return bound === "LOWER" ? "lower" : bound === "UPPER" ? "upper" : null;
}

/** A metric's change, stored as JSON by the extractor; a value of another shape (a hand edit gone wrong) is none. */
export function toChange(stored: Prisma.JsonValue | null): MetricChangeView | null {
  return MetricChangeSchema.safeParse(stored).data ?? null;
}

export function toCoverage(stored: Prisma.JsonValue | null): MetricCoverageView | null {
  return MetricCoverageSchema.safeParse(stored).data ?? null;
}

export function toReportRef(r: { id: number; year: number; title: string; kind: string; office: string | null; _count: { metrics: number } }): ReportRef {
  return { id: r.id, year: r.year, title: r.title, kind: toKind(r.kind), office: r.office, metricCount: r._count.metrics };
}

export const METRIC_SELECT = {
  id: true,
  reportId: true,
  pillarId: true,
  indicator: { select: { slug: true, nameZh: true, nameEn: true, unit: true } },
  value: true,
  unit: true,
  approx: true,
  bound: true,
  text: true,
  start: true,
  end: true,
  subject: true,
  quote: true,
  quoteStart: true,
  quoteEnd: true,
  scope: true,
  period: true,
  coverage: true,
  target: true,
  change: true,
  partOfId: true,
  confidence: true,
  reviewStatus: true,
} satisfies Prisma.MetricSelect;

export interface MetricRow {
  id: number;
  reportId: number;
  pillarId: string;
  indicator: { slug: string; nameZh: string; nameEn: string; unit: string } | null;
  value: number;
  unit: string;
  approx: boolean;
  bound: string | null;
  text: string;
  start: number;
  end: number;
  subject: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  scope: string | null;
  period: number | null;
  coverage: Prisma.JsonValue | null;
  target: boolean;
  change: Prisma.JsonValue | null;
  partOfId: number | null;
  confidence: number;
  reviewStatus: string;
}

export function toMetricView(m: MetricRow): MetricView {
  return {
    ...m,
    pillarId: m.pillarId as PillarId,
    bound: toBound(m.bound),
    coverage: toCoverage(m.coverage),
    change: toChange(m.change),
    reviewStatus: m.reviewStatus.toLowerCase() as MetricView["reviewStatus"],
  };
}
