import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReportDetail, ReportsQuery, ReportSummary } from "@/lib/api/schemas";
import type { RemovedSpan } from "@/lib/pipeline/types";
import { assessReportQuality } from "./assess-report-quality";
import { NotFoundError } from "./errors";
import { fromKind, METRIC_SELECT, PLACE_REF_SELECT, toIsoDate, toKind, toMetricView, toPlaceRef } from "./mappers";

const NOT_REJECTED = { reviewStatus: { not: "REJECTED" as const } };

const REPORT_SUMMARY_SELECT = {
  id: true,
  year: true,
  title: true,
  publisher: true,
  publishedAt: true,
  kind: true,
  office: true,
  source: true,
  sourceUrl: true,
  ingestedAt: true,
  place: { select: { ...PLACE_REF_SELECT, parent: { select: { nameZh: true } } } },
  _count: { select: { metrics: { where: NOT_REJECTED } } },
} satisfies Prisma.ReportSelect;

type ReportSummaryRow = {
  id: number;
  year: number;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  kind: string;
  office: string | null;
  source: string;
  sourceUrl: string | null;
  ingestedAt: Date;
  place: { slug: string; nameZh: string; nameEn: string; level: string; parent: { nameZh: string } | null };
  _count: { metrics: number };
};

function toReportSummary(r: ReportSummaryRow): ReportSummary {
  return {
    id: r.id,
    place: { ...toPlaceRef(r.place), parentNameZh: r.place.parent?.nameZh ?? null },
    year: r.year,
    title: r.title,
    publisher: r.publisher,
    published: toIsoDate(r.publishedAt),
    kind: toKind(r.kind),
    office: r.office,
    source: r.source,
    sourceUrl: r.sourceUrl,
    metricCount: r._count.metrics,
    ingestedAt: r.ingestedAt.toISOString(),
  };
}

/** Reports, newest year first, optionally for one place, year or kind. An unknown place is a 404, not an empty list. */
export async function listReports(query: Partial<ReportsQuery> = {}): Promise<ReportSummary[]> {
  const prisma = await getPrisma();
  if (query.place) {
    const place = await prisma.place.findUnique({ where: { slug: query.place }, select: { id: true } });
    if (!place) throw new NotFoundError("place", [query.place], `Unknown place: ${query.place}`);
  }
  const rows = await prisma.report.findMany({
    where: {
      ...(query.place ? { place: { slug: query.place } } : {}),
      ...(query.year ? { year: query.year } : {}),
      ...(query.kind ? { kind: fromKind(query.kind) } : {}),
    },
    select: REPORT_SUMMARY_SELECT,
    orderBy: [{ year: "desc" }, { place: { code: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
  });
  return rows.map(toReportSummary);
}

/** A report with its cleaned text, sections, metrics (text order), cleaning report and quality assessment. */
export async function getReportDetail(id: number): Promise<ReportDetail> {
  const prisma = await getPrisma();
  const report = await prisma.report.findUnique({
    where: { id },
    select: {
      ...REPORT_SUMMARY_SELECT,
      cleanedText: true,
      cleaningReport: true,
      metaProvenance: true,
      extractorVersion: true,
      sections: { select: { heading: true, level: true, order: true, start: true, end: true }, orderBy: { order: "asc" } },
      metrics: { where: NOT_REJECTED, select: METRIC_SELECT, orderBy: [{ start: "asc" }, { id: "asc" }] },
    },
  });
  if (!report) throw new NotFoundError("report", [String(id)], `Unknown report: ${id}`);
  const summary = toReportSummary(report);
  return {
    ...summary,
    cleanedText: report.cleanedText,
    sections: report.sections,
    metrics: report.metrics.map(toMetricView),
    cleaningReport: (Array.isArray(report.cleaningReport) ? report.cleaningReport : []) as unknown as RemovedSpan[],
    metaProvenance: (report.metaProvenance ?? {}) as Record<string, unknown>,
    extractorVersion: report.extractorVersion,
    quality: assessReportQuality({
      year: summary.year,
      kind: summary.kind,
      title: summary.title,
      published: summary.published,
      cleanedText: report.cleanedText,
      sections: report.sections,
    }),
  };
}
