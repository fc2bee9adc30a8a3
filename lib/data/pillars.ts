import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PillarView } from "@/lib/api/schemas";
import type { PillarId } from "@/lib/pipeline/types";

/** The six pillars in display order, with how many indicators and (non-rejected) metrics each has. */
export async function listPillars(): Promise<PillarView[]> {
  const prisma = await getPrisma();
  const [pillars, metricCounts] = await Promise.all([
    prisma.pillar.findMany({ orderBy: { order: "asc" }, include: { _count: { select: { indicators: true } } } }),
    prisma.metric.groupBy({ by: ["pillarId"], where: { reviewStatus: { not: "REJECTED" } }, _count: { _all: true } }),
  ]);
  return pillars.map(({ _count, ...p }) => ({
    ...p,
    id: p.id as PillarId,
    indicatorCount: _count.indicators,
    metricCount: metricCounts.find((m) => m.pillarId === p.id)?._count._all ?? 0,
  }));
}

export type PillarBrief = Omit<PillarView, "indicatorCount" | "metricCount">;

/** The six pillars without counts: what pages need for names and colours, without scanning every metric. */
export async function listPillarBriefs(): Promise<PillarBrief[]> {
  const prisma = await getPrisma();
  const pillars = await prisma.pillar.findMany({ orderBy: { order: "asc" } });
  return pillars.map((p) => ({ ...p, id: p.id as PillarId }));
}
