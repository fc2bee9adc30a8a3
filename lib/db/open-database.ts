import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import { lockDataDir } from "./data-dir-lock";
import { readEnv, resolveDataDir } from "../env";

export interface DatabaseTarget {
  /** A postgresql:// URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory (absolute, or `memory://…`). */
  dataDir: string;
}

export interface OpenDatabase {
  kind: "postgres" | "pglite";
  /** Where the data lives, for messages (never includes a password). */
  location: string;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  prisma: PrismaClient;
  pglite?: PGlite;
  /** `keepLock` leaves the embedded data directory's lock in place for a hand-off to a child process. */
  close(options?: { keepLock?: boolean }): Promise<void>;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgresql://…";
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.url) {
    const adapter = new PrismaPg({ connectionString: target.url });
    const prisma = new PrismaClient({ adapter });
    return {
      kind: "postgres",
      location: redactUrl(target.url),
      adapter,
      prisma,
      close: () => prisma.$disconnect(),
    };
  }
  const inMemory = target.dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    // PGlite does not create missing parent folders.
    fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
    release = lockDataDir(target.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: target.dataDir });
  } catch (error) {
    release();
    throw error;
  }
  const adapter = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter });
  return {
    kind: "pglite",
    location: target.dataDir,
    adapter,
    prisma,
    pglite,
    async close(options) {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      if (!options?.keepLock) release();
    },
  };
}

/** The database this process is configured for: DATABASE_URL, else the embedded data directory. */
export function openConfiguredDatabase(source: NodeJS.ProcessEnv = process.env): Promise<OpenDatabase> {
  const config = readEnv(source);
  return openDatabase({ url: config.DATABASE_URL, dataDir: resolveDataDir(config.PGLITE_DATA_DIR) });
}
