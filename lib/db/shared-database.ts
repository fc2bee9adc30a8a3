import { openConfiguredDatabase, type OpenDatabase } from "./open-database";

// One database per server process: opening PGlite costs seconds and a data directory must
// never be opened twice. The promise lives on globalThis so that dev-mode module reloads and
// separately bundled entry points (instrumentation, route handlers) share it.
const globalForDb = globalThis as unknown as { fazhiDb?: Promise<OpenDatabase> };

export function getDatabase(): Promise<OpenDatabase> {
  globalForDb.fazhiDb ??= openConfiguredDatabase().catch((error: unknown) => {
    // Let a later request retry (e.g. after another process released the lock).
    globalForDb.fazhiDb = undefined;
    throw error;
  });
  return globalForDb.fazhiDb;
}
