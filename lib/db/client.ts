import "server-only";
import { env, resolveDataDir } from "@/lib/env";
import { openDatabase, type OpenDatabase } from "./open-database";
import type { PrismaClient } from "./generated/client";

// One database per server process: opening PGlite costs seconds and a data directory must
// never be opened twice. The promise lives on globalThis so dev-mode module reloads reuse it.
const globalForDb = globalThis as unknown as { fazhiDb?: Promise<OpenDatabase> };

export function getDatabase(): Promise<OpenDatabase> {
  globalForDb.fazhiDb ??= openDatabase({
    url: env.DATABASE_URL,
    dataDir: resolveDataDir(env.PGLITE_DATA_DIR),
  }).catch((error: unknown) => {
    // Let a later request retry (e.g. after the other process released the lock).
    globalForDb.fazhiDb = undefined;
    throw error;
  });
  return globalForDb.fazhiDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
