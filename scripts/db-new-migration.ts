// Developer command: `npm run db:new-migration -- NAME` writes prisma/migrations/<ts>_NAME
// from the difference between the migration history and prisma/schema.prisma.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, createMigration } from "../lib/db/schema-engine";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- name_in_snake_case");
  process.exit(2);
}
// A scratch in-memory database brought up to the current history stands in for the dev database.
const scratch = new PrismaPGlite(await PGlite.create({ dataDir: "memory://" }));
await applyMigrations(scratch);
const dir = await createMigration(scratch, name);
console.log(dir ? `wrote ${dir}` : "schema unchanged: no migration written");
