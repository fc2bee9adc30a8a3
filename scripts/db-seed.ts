// `npm run db:seed`: loads pillars, indicators, places and the seed reports (idempotent).
import { openConfiguredDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDatabase } from "../lib/db/seed";

const db = await openConfiguredDatabase();
try {
  console.log(`[db:seed] ${db.kind} database at ${db.location}`);
  await applyMigrations(db.adapter);
  const summary = await seedDatabase(db.prisma, { log: (line) => console.log(line) });
  console.log(
    `[db:seed] done: ${summary.places} places, ${summary.reports.length} seed reports, ` +
      `${summary.metrics} metrics, ${summary.indicators} indicators, ${summary.pillars} pillars`,
  );
} catch (error) {
  console.error(`[db:seed] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
