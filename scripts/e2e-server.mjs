// Starts the product for end-to-end tests exactly as a user does (`npm start`), but on a
// fresh embedded database and a separate build directory.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const dataDir = process.env.E2E_DATA_DIR ?? "data/e2e";
rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });

const child = spawn("npm", ["start"], {
  stdio: "inherit",
  env: { ...process.env, PGLITE_DATA_DIR: dataDir, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
