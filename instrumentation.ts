// Opens the database once when the server starts, so the first request does not pay for
// PGlite's start-up, and a locked data directory stops the server at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./lib/db/shared-database");
  try {
    const db = await getDatabase();
    console.log(`[server] database ready (${db.kind}: ${db.location})`);
  } catch (error) {
    console.error(`[server] ${(error as Error).message}`);
    process.exit(1);
  }
}
