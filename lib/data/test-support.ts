// Shared set-up for data-layer tests: a fresh database (PGlite in memory, or a PostgreSQL database
// when TEST_DATABASE_URL is set) with the migrations applied and the seed reports loaded, installed
// as this process's database so the data-layer functions run exactly as they do in the app.
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDatabase } from "@/lib/db/seed";
import type { OpenDatabase } from "@/lib/db/open-database";
import { openTestDatabase } from "@/tests/support/test-database";

const globalForDb = globalThis as unknown as { fazhiDb?: Promise<OpenDatabase> };

export async function openSeededDatabase(): Promise<OpenDatabase> {
  const db = await openTestDatabase();
  await applyMigrations(db.adapter);
  await seedDatabase(db.prisma);
  // The same globalThis slot lib/db/shared-database.ts fills on first use.
  globalForDb.fazhiDb = Promise.resolve(db);
  return db;
}

export async function closeSeededDatabase(db: OpenDatabase | undefined): Promise<void> {
  globalForDb.fazhiDb = undefined;
  await db?.close();
}
