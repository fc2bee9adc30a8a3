import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate`; migrations run through the WebAssembly
// schema engine in scripts/db-migrate.ts, which needs no downloaded binary.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
