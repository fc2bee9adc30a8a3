import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { MetricList, MetricsQuery } from "@/lib/api/schemas";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "./errors";
import { METRIC_SELECT, PLACE_REF_SELECT, toMetricView, toPlaceRef } from "./mappers";

/** Metrics filtered by place, report, pillar, indicator and year, in report then text order. Unknown place/report/indicator → NotFoundError. */
export async function listMetrics(query: MetricsQuery): Promise<MetricList> {
  const prisma = await getPrisma();
  const [place, report, indicator] = await Promise.all([
    query.place ? prisma.place.findUnique({ where: { slug: query.place }, select: { id: true } }) : null,
    query.report ? prisma.report.findUnique({ where: { id: query.report }, select: { id: true } }) : null,
    query.indicator ? prisma.indicator.findUnique({ where: { slug: query.indicator }, select: { id: true } }) : null,
  ]);
  if (query.place && !place) throw new NotFoundError("place", [query.place]);
  if (query.report && !report) throw new NotFoundError("report", [String(query.report)]);
  if (query.indicator && !indicator) throw new NotFoundError("indicator", [query.indicator]);
  const where: Prisma.MetricWhereInput = {
    reviewStatus: { not: "REJECTED" },
    ...(report ? { reportId: report.id } : {}),
    ...(indicator ? { indicatorId: indicator.id } : {}),
    ...(query.pillar ? { pillarId: query.pillar } : {}),
    ...(place || query.year ? { report: { ...(place ? { placeId: place.id } : {}), ...(query.year ? { year: query.year } : {}) } } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.metric.count({ where }),
    prisma.metric.findMany({
      where,
      select: { ...METRIC_SELECT, report: { select: { year: true, place: { select: PLACE_REF_SELECT } } } },
      orderBy: [{ reportId: "asc" }, { start: "asc" }, { id: "asc" }],
      take: query.limit,
      skip: query.offset,
    }),
  ]);
  return {
    total,
    limit: query.limit,
    offset: query.offset,
    metrics: rows.map(({ report: r, ...m }) => ({ ...toMetricView(m), place: toPlaceRef(r.place), year: r.year })),
  };
}
