// `npm test`: the whole suite, in stages, with progress. Stops at the first failing stage.
import { spawnSync } from "node:child_process";

const stages = [
  ["type-check", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["unit and PGlite integration tests", "npx", ["vitest", "run"]],
  [
    "integration tests on a real PostgreSQL server",
    "npx",
    ["tsx", "scripts/with-postgres.ts", "--", "npx", "vitest", "run", "tests/integration"],
  ],
  ["offline install → migrate → seed", "npx", ["vitest", "run", "tests/offline"], { FAZHI_OFFLINE_STAGE: "1" }],
  ["end-to-end tests in Chromium", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [index, [name, command, args, env = {}]] of stages.entries()) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  const t0 = Date.now();
  console.log(`\n▶ [${index + 1}/${stages.length}] ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CI: process.env.CI ?? "1", ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
