// `npm run db:migrate`: applies prisma/migrations with Prisma's WebAssembly schema engine,
// so it works with no network access (no engine binary is downloaded).
import { openConfiguredDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/schema-engine";

const db = await openConfiguredDatabase();
try {
  console.log(`[db:migrate] ${db.kind} database at ${db.location}`);
  const applied = await applyMigrations(db.adapter);
  console.log(applied.length ? `[db:migrate] applied ${applied.join(", ")}` : "[db:migrate] already up to date");
} catch (error) {
  console.error(`[db:migrate] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
