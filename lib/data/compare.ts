import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { CompareQuery } from "@/lib/api/schemas";
import { SUM_OF_PARTS_SLUGS } from "@/lib/knowledge/indicator-catalog";
import { buildComparison, chooseReports, type ComparisonIndicatorRow, type ComparisonPlaceRow } from "@/lib/compare/build-comparison";
import type { ComparisonResult } from "@/lib/compare/types";
import type { PillarId } from "@/lib/pipeline/types";
import { NotFoundError } from "./errors";
import { toBound, toIsoDate, toKind } from "./mappers";

export type { CompareQuery };

/**
 * Compares indicators across places: one series per indicator (the named ones, else the pillar's
 * or all indicators that at least one of the places discloses), one cell per place in the order
 * asked, from the chosen year's or each place's latest report. Unknown places or indicators → NotFoundError.
 */
export async function comparePlaces(query: CompareQuery): Promise<ComparisonResult> {
  return comparePlacesWith(await getPrisma(), query);
}

/** The same, on a given client (exports and tests pass theirs). */
export async function comparePlacesWith(prisma: PrismaClient, query: CompareQuery): Promise<ComparisonResult> {
  const [placeRows, indicatorRows] = await Promise.all([
    prisma.place.findMany({
      where: { slug: { in: query.places } },
      select: { id: true, slug: true, nameZh: true, nameEn: true, level: true, parent: { select: { nameZh: true, nameEn: true } }, province: { select: { nameZh: true, nameEn: true } } },
    }),
    prisma.indicator.findMany({
      where: query.indicators ? { slug: { in: query.indicators } } : query.pillar ? { pillarId: query.pillar } : {},
      orderBy: [{ pillar: { order: "asc" } }, { order: "asc" }, { slug: "asc" }],
    }),
  ]);
  const missingPlaces = query.places.filter((s) => !placeRows.some((p) => p.slug === s));
  if (missingPlaces.length) throw new NotFoundError("places", missingPlaces, `Unknown places: ${missingPlaces.join(", ")}`);
  if (query.indicators) {
    const missing = query.indicators.filter((s) => !indicatorRows.some((i) => i.slug === s));
    if (missing.length) throw new NotFoundError("indicators", missing, `Unknown indicators: ${missing.join(", ")}`);
  }
  const places: ComparisonPlaceRow[] = query.places.map((slug) => {
    const p = placeRows.find((r) => r.slug === slug)!;
    return {
      id: p.id,
      slug: p.slug,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      level: p.level.toLowerCase() as ComparisonPlaceRow["level"],
      parentNameZh: p.parent?.nameZh ?? null,
      provinceNameZh: p.province?.nameZh ?? null,
      parentNameEn: p.parent?.nameEn ?? null,
      provinceNameEn: p.province?.nameEn ?? null,
    };
  });
  const indicators: ComparisonIndicatorRow[] = (query.indicators
    ? query.indicators.map((s) => indicatorRows.find((i) => i.slug === s)!)
    : indicatorRows
  ).map((i) => ({ ...i, pillarId: i.pillarId as PillarId, sumOfParts: SUM_OF_PARTS_SLUGS.has(i.slug) }));

  const reportRows = await prisma.report.findMany({
    where: { placeId: { in: places.map((p) => p.id) }, ...(query.year === "latest" ? {} : { year: query.year }) },
    select: { id: true, placeId: true, year: true, title: true, publisher: true, publishedAt: true, source: true, sourceUrl: true, kind: true, office: true },
  });
  const reports = reportRows.map((r) => ({ ...r, published: toIsoDate(r.publishedAt), kind: toKind(r.kind) }));
  const reportIds = [...chooseReports(places, reports, query.year).values()].flat().map((r) => r.id);
  const metricRows =
    reportIds.length && indicators.length
      ? await prisma.metric.findMany({
          where: { reportId: { in: reportIds }, indicatorId: { in: indicators.map((i) => i.id) }, reviewStatus: { not: "REJECTED" } },
          select: {
            id: true, reportId: true, indicatorId: true, value: true, unit: true, text: true, quote: true, quoteStart: true,
            quoteEnd: true, scope: true, period: true, approx: true, bound: true, confidence: true, start: true, partOfId: true,
          },
        })
      : [];
  return buildComparison({
    year: query.year,
    places,
    indicators,
    reports,
    metrics: metricRows.map((m) => ({ ...m, bound: toBound(m.bound) })),
    keepEmptySeries: Boolean(query.indicators),
    generatedAt: new Date(),
  });
}
