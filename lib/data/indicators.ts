import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { IndicatorDetail, IndicatorObservation, IndicatorSummary } from "@/lib/api/schemas";
import { mainScopeClass, pickMetric, scopeClass, unitDiffers } from "@/lib/compare/build-comparison";
import type { ComparabilityFlag } from "@/lib/compare/types";
import { formatScope } from "@/lib/i18n/format";
import type { PillarId } from "@/lib/pipeline/types";
import { NotFoundError } from "./errors";
import { PLACE_REF_SELECT, toBound, toKind, toPlaceRef } from "./mappers";

const INDICATOR_ORDER = [{ pillar: { order: "asc" as const } }, { order: "asc" as const }, { slug: "asc" as const }];

type IndicatorRow = {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  pillarId: string;
  unit: string;
  higherIsBetter: boolean | null;
  scope: string;
  order: number;
};

function toSummary(i: IndicatorRow, placeCount: number): IndicatorSummary {
  return {
    slug: i.slug,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    definitionZh: i.definitionZh,
    definitionEn: i.definitionEn,
    pillarId: i.pillarId as PillarId,
    unit: i.unit,
    higherIsBetter: i.higherIsBetter,
    scope: i.scope,
    order: i.order,
    placeCount,
  };
}

/** The indicator catalog in pillar order, with how many places disclose each indicator. */
export async function listIndicators(): Promise<IndicatorSummary[]> {
  const prisma = await getPrisma();
  const [rows, counts] = await Promise.all([
    prisma.indicator.findMany({ orderBy: INDICATOR_ORDER }),
    prisma.$queryRaw<Array<{ indicatorId: number; places: bigint | number }>>`
      SELECT m."indicatorId", COUNT(DISTINCT r."placeId") AS places
      FROM "Metric" m JOIN "Report" r ON r.id = m."reportId"
      WHERE m."indicatorId" IS NOT NULL AND m."reviewStatus" <> 'REJECTED'
      GROUP BY m."indicatorId"`,
  ]);
  const byId = new Map(counts.map((c) => [c.indicatorId, Number(c.places)]));
  return rows.map((r) => toSummary(r, byId.get(r.id) ?? 0));
}

/** An indicator with every place and year that discloses it: the figure charted per place-year is marked `primary`. */
export async function getIndicatorDetail(slug: string): Promise<IndicatorDetail> {
  const prisma = await getPrisma();
  const indicator = await prisma.indicator.findUnique({ where: { slug }, include: { pillar: true } });
  if (!indicator) throw new NotFoundError("indicator", [slug], `Unknown indicator: ${slug}`);
  const metrics = await prisma.metric.findMany({
    where: { indicatorId: indicator.id, reviewStatus: { not: "REJECTED" } },
    select: {
      id: true, reportId: true, indicatorId: true, value: true, unit: true, text: true, quote: true, quoteStart: true, quoteEnd: true,
      scope: true, period: true, approx: true, bound: true, confidence: true, start: true, partOfId: true,
      report: { select: { id: true, year: true, title: true, kind: true, office: true, place: { select: { id: true, code: true, ...PLACE_REF_SELECT } } } },
    },
  });
  // One figure per place and year: the government's report first, then a department's, then news,
  // then pickMetric's rules (as in comparisons).
  const groups = new Map<string, typeof metrics>();
  for (const m of metrics) {
    const key = `${m.report.place.id}:${m.report.year}`;
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  const primary = new Set<number>();
  for (const list of groups.values()) {
    const government = list.filter((m) => m.report.kind === "OFFICIAL_REPORT" && m.report.office === null);
    const official = list.filter((m) => m.report.kind === "OFFICIAL_REPORT");
    const pool = government.length ? government : official.length ? official : list;
    const picked = pickMetric(pool.map((m) => ({ ...m, bound: toBound(m.bound) })), indicator.scope, indicator.unit);
    if (picked) primary.add(picked.id);
  }
  const primaries = metrics.filter((m) => primary.has(m.id));
  const mainScope = mainScopeClass(primaries.map((m) => m.scope));
  const observations: IndicatorObservation[] = metrics
    .map((m) => {
      const flags: ComparabilityFlag[] = [];
      if (mainScope !== undefined && primary.has(m.id) && scopeClass(m.scope) !== null && scopeClass(m.scope) !== mainScope) flags.push("scope");
      if (m.period !== null && m.period !== m.report.year) flags.push("period");
      if (m.approx) flags.push("approx");
      if (unitDiffers(m.unit, indicator.unit, indicator.slug)) flags.push("unit");
      const observation: IndicatorObservation = {
        place: toPlaceRef(m.report.place),
        year: m.report.year,
        reportId: m.report.id,
        reportTitle: m.report.title,
        kind: toKind(m.report.kind),
        office: m.report.office,
        metricId: m.id,
        value: m.value,
        unit: m.unit,
        text: m.text,
        quote: m.quote,
        scope: m.scope,
        period: m.period,
        approx: m.approx,
        bound: toBound(m.bound),
        primary: primary.has(m.id),
        flags,
      };
      return { observation, code: m.report.place.code, start: m.start };
    })
    .sort(
      (a, b) =>
        (a.code ?? "~").localeCompare(b.code ?? "~") ||
        a.observation.place.nameZh.localeCompare(b.observation.place.nameZh, "zh") ||
        b.observation.year - a.observation.year ||
        Number(b.observation.primary) - Number(a.observation.primary) ||
        a.start - b.start,
    )
    .map((row) => row.observation);

  const notesZh: string[] = [];
  const notesEn: string[] = [];
  if (mainScope !== undefined) {
    const tally = new Map<string, number>();
    for (const m of primaries) tally.set(m.scope ?? "未注明", (tally.get(m.scope ?? "未注明") ?? 0) + 1);
    const list = [...tally].map(([scope, n]) => `${scope} ${n} 项`).join("，");
    notesZh.push(`各地统计口径不同（${list}），不同口径的数值不宜直接比较。`);
    const scopesEn = [...tally].map(([scope, n]) => `${scope === "未注明" ? "not stated" : formatScope(scope, "en")}: ${n}`);
    notesEn.push(`Scopes differ (${scopesEn.join("; ")}); figures of different scopes are not directly comparable.`);
  }
  const placeCount = new Set(metrics.map((m) => m.report.place.id)).size;
  const { pillar, ...rest } = indicator;
  return {
    ...toSummary(rest, placeCount),
    pillar: { ...pillar, id: pillar.id as PillarId },
    observations,
    notesZh,
    notesEn,
  };
}
