// Generates the Prisma client after every install, with no network access.
// `prisma generate` does not run the schema engine, but the CLI insists on having one:
// pointing it at /bin/true stops it from trying to download a binary (see docs/decisions).
import { spawnSync } from "node:child_process";

console.log("[postinstall] generating the Prisma client (offline)…");
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.status !== 0) {
  console.error("[postinstall] prisma generate failed");
  process.exit(result.status ?? 1);
}
