import "server-only";
import { getDatabase } from "@/lib/db/client";
import type { Health } from "@/lib/api/schemas";

/** Whether the database answers, and how much it holds. Never throws: an unreachable database is reported, not raised. */
export async function getHealth(): Promise<Health> {
  try {
    const db = await getDatabase();
    const [places, reports, metrics] = await Promise.all([db.prisma.place.count(), db.prisma.report.count(), db.prisma.metric.count()]);
    return { ok: true, database: db.kind, counts: { places, reports, metrics } };
  } catch (error) {
    return { ok: false, database: null, counts: null, error: (error as Error).message };
  }
}
