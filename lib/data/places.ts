import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Overview, PlaceDetail, PlaceIndicator, PlaceSummary } from "@/lib/api/schemas";
import { pickMetric } from "@/lib/compare/build-comparison";
import { SUM_OF_PARTS_SLUGS } from "@/lib/knowledge/indicator-catalog";
import { PILLAR_IDS, type PillarId } from "@/lib/pipeline/types";
import { NotFoundError } from "./errors";
import { PLACE_REF_SELECT, toBound, toKind, toPlaceRef, toReportRef } from "./mappers";

const NOT_REJECTED = { reviewStatus: { not: "REJECTED" as const } };

const PLACE_SUMMARY_SELECT = {
  id: true,
  ...PLACE_REF_SELECT,
  code: true,
  parentId: true,
  provinceId: true,
  parent: { select: PLACE_REF_SELECT },
  province: { select: PLACE_REF_SELECT },
  reports: {
    select: { id: true, year: true, title: true, kind: true, office: true, _count: { select: { metrics: { where: NOT_REJECTED } } } },
    orderBy: [{ year: "desc" }, { id: "asc" }],
  },
} satisfies Prisma.PlaceSelect;

type PlaceRow = {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  code: string | null;
  parentId: number | null;
  provinceId: number | null;
  parent: { slug: string; nameZh: string; nameEn: string; level: string } | null;
  province: { slug: string; nameZh: string; nameEn: string; level: string } | null;
  reports: Array<{ id: number; year: number; title: string; kind: string; office: string | null; _count: { metrics: number } }>;
};

function toSummary(p: PlaceRow): PlaceSummary {
  return {
    ...toPlaceRef(p),
    code: p.code,
    parent: p.parent ? toPlaceRef(p.parent) : null,
    province: p.province ? toPlaceRef(p.province) : null,
    reports: p.reports.map(toReportRef),
  };
}

// Administrative codes order places as the gazetteer does (province, then its cities, then districts).
const PLACE_ORDER: Prisma.PlaceOrderByWithRelationInput[] = [{ code: { sort: "asc", nulls: "last" } }, { nameZh: "asc" }];

/** Every place with its parent, province and reports (newest first). */
export async function listPlaces(): Promise<PlaceSummary[]> {
  const prisma = await getPrisma();
  const rows = await prisma.place.findMany({ select: PLACE_SUMMARY_SELECT, orderBy: PLACE_ORDER });
  return rows.map(toSummary);
}

/** The overview: places grouped by province with districts under their city, and the coverage matrix. */
export async function getOverview(): Promise<Overview> {
  const prisma = await getPrisma();
  const [rows, reportCount, metricCount] = await Promise.all([
    prisma.place.findMany({ select: PLACE_SUMMARY_SELECT, orderBy: PLACE_ORDER }),
    prisma.report.count(),
    prisma.metric.count({ where: NOT_REJECTED }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const provinces = rows.filter((r) => r.level === "PROVINCE");
  const groups: Overview["groups"] = [];
  const childrenOf = (id: number) => rows.filter((r) => r.parentId === id && r.level !== "PROVINCE");
  const placed = new Set<number>();
  const entry = (r: PlaceRow) => {
    placed.add(r.id);
    const children = childrenOf(r.id).filter((c) => c.reports.length > 0 || childrenOf(c.id).length > 0);
    children.forEach((c) => placed.add(c.id));
    return { ...toSummary(r), children: children.map(toSummary) };
  };
  for (const province of provinces) {
    const top = rows.filter(
      (r) => r.provinceId === province.id && r.level !== "PROVINCE" && (r.parentId === province.id || !byId.has(r.parentId ?? -1)),
    );
    const places = [...(province.reports.length ? [{ ...toSummary(province), children: [] }] : []), ...top.map(entry)];
    placed.add(province.id);
    if (places.length) groups.push({ province: toPlaceRef(province), places });
  }
  const rest = rows.filter((r) => !placed.has(r.id) && (r.parentId === null || !byId.has(r.parentId)));
  if (rest.length) groups.push({ province: null, places: rest.map(entry) });

  // Coverage: each place's latest report, counted per pillar.
  const latest = rows
    .filter((r) => r.reports.length > 0)
    .map((r) => ({ place: r, report: r.reports[0]! }));
  const counts = latest.length
    ? await prisma.metric.groupBy({
        by: ["reportId", "pillarId"],
        where: { reportId: { in: latest.map((l) => l.report.id) }, ...NOT_REJECTED },
        _count: { _all: true },
      })
    : [];
  const coverage = latest.map(({ place, report }) => {
    const perPillar = Object.fromEntries(PILLAR_IDS.map((id) => [id, 0])) as Record<PillarId, number>;
    for (const c of counts) if (c.reportId === report.id) perPillar[c.pillarId as PillarId] = c._count._all;
    return { place: toPlaceRef(place), report: toReportRef(report), counts: perPillar };
  });
  return { groups, coverage, totals: { places: latest.length, reports: reportCount, metrics: metricCount } };
}

/** A place with its reports, districts, per-pillar disclosure and the indicators it discloses by year. */
export async function getPlaceDetail(slug: string): Promise<PlaceDetail> {
  const prisma = await getPrisma();
  const place = await prisma.place.findUnique({ where: { slug }, select: PLACE_SUMMARY_SELECT });
  if (!place) throw new NotFoundError("place", [slug], `Unknown place: ${slug}`);
  const reportIds = place.reports.map((r) => r.id);
  const [children, pillarGroups, metrics] = await Promise.all([
    prisma.place.findMany({ where: { parentId: place.id }, select: PLACE_SUMMARY_SELECT, orderBy: PLACE_ORDER }),
    prisma.metric.groupBy({ by: ["pillarId"], where: { reportId: { in: reportIds }, ...NOT_REJECTED }, _count: { _all: true } }),
    prisma.metric.findMany({
      where: { reportId: { in: reportIds }, indicatorId: { not: null }, ...NOT_REJECTED },
      select: {
        id: true, reportId: true, indicatorId: true, value: true, unit: true, text: true, quote: true, quoteStart: true,
        quoteEnd: true, scope: true, period: true, approx: true, bound: true, confidence: true, start: true, partOfId: true,
        indicator: { select: { slug: true, nameZh: true, nameEn: true, unit: true, pillarId: true, higherIsBetter: true, scope: true, order: true, pillar: { select: { order: true } } } },
      },
    }),
  ]);
  const reportYear = new Map(place.reports.map((r) => [r.id, r.year]));
  const reportKind = new Map(place.reports.map((r) => [r.id, toKind(r.kind)]));
  const byIndicator = new Map<number, typeof metrics>();
  for (const m of metrics) {
    const list = byIndicator.get(m.indicatorId!) ?? [];
    list.push(m);
    byIndicator.set(m.indicatorId!, list);
  }
  const indicators: Array<PlaceIndicator & { sortKey: number }> = [];
  for (const list of byIndicator.values()) {
    const indicator = list[0]!.indicator!;
    const years = [...new Set(list.map((m) => reportYear.get(m.reportId)!))].sort((a, b) => a - b);
    const points = years.flatMap((year) => {
      // Official reports before news pieces of the same year, as in comparisons.
      const ofYear = list.filter((m) => reportYear.get(m.reportId) === year);
      const official = ofYear.filter((m) => reportKind.get(m.reportId) === "report");
      const picked = pickMetric(
        (official.length ? official : ofYear).map((m) => ({ ...m, bound: toBound(m.bound) })),
        indicator.scope,
        indicator.unit,
        SUM_OF_PARTS_SLUGS.has(indicator.slug),
      );
      return picked
        ? [{ year, value: picked.value, unit: picked.unit, text: picked.text, reportId: picked.reportId, metricId: picked.id, scope: picked.scope, approx: picked.approx, bound: picked.bound }]
        : [];
    });
    indicators.push({
      indicator: {
        slug: indicator.slug,
        nameZh: indicator.nameZh,
        nameEn: indicator.nameEn,
        unit: indicator.unit,
        pillarId: indicator.pillarId as PillarId,
        higherIsBetter: indicator.higherIsBetter,
      },
      points,
      sortKey: indicator.pillar.order * 1000 + indicator.order,
    });
  }
  indicators.sort((a, b) => a.sortKey - b.sortKey);
  return {
    ...toSummary(place),
    children: children.map((c) => {
      const s = toSummary(c);
      return { slug: s.slug, nameZh: s.nameZh, nameEn: s.nameEn, level: s.level, code: s.code, reports: s.reports };
    }),
    pillarCounts: Object.fromEntries(pillarGroups.map((g) => [g.pillarId, g._count._all])),
    indicators: indicators.map((i) => ({ indicator: i.indicator, points: i.points })),
  };
}
