// Opens the database once when the server starts, so the first request does not pay for
// PGlite's start-up, and a locked data directory stops the server at once.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
