// Node.js-only start-up work (see instrumentation.ts).
import { getDatabase } from "./lib/db/shared-database";

try {
  const db = await getDatabase();
  console.log(`[server] database ready (${db.kind}: ${db.location})`);
} catch (error) {
  // A locked or unreachable database: stop instead of serving errors.
  console.error(`[server] ${(error as Error).message}`);
  process.exit(1);
}
