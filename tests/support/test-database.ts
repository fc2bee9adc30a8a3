// A fresh database for a test file: PGlite in memory by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (the integration stage of `npm test`).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";

export async function openTestDatabase(): Promise<OpenDatabase & { label: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: "memory://" });
    return Object.assign(db, { label: "PGlite" });
  }
  const name = `fazhi_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: "unused" });
  return Object.assign(db, {
    label: "PostgreSQL",
    async close() {
      await db.prisma.$disconnect();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  });
}
