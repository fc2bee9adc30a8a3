// `npm start`: prepares the database (migrations + seed reports), builds the web app when
// its sources changed, then serves it. Works on the embedded database with no set-up.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { openConfiguredDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDatabase } from "../lib/db/seed";
import { readEnv } from "../lib/env";

const config = readEnv();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const say = (line: string) => console.log(`[start] ${line}`);
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const IGNORED = /(^|\/)(generated|node_modules|fixtures)(\/|$)|\.test\.tsx?$/;

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry) || IGNORED.test(entry)) return;
    if (fs.statSync(entry).isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update("\0").update(fs.readFileSync(entry));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use (another server is running?); set PORT to use another one`
            : `cannot listen on port ${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  say(config.DATABASE_URL ? "opening PostgreSQL database…" : `opening embedded database in ${config.PGLITE_DATA_DIR}…`);
  const db = await openConfiguredDatabase();
  try {
    // The data-directory lock is checked first (above), then the port: both before any work.
    await assertPortFree(config.PORT);
    say(`applying migrations…`);
    const applied = await applyMigrations(db.adapter);
    say(applied.length ? `applied ${applied.length} migration(s)` : "migrations up to date");
    say("loading seed reports…");
    const summary = await seedDatabase(db.prisma, { log: (line) => console.log(`[start] ${line}`) });
    say(`database ready in ${elapsed(started)}: ${summary.places} places, ${summary.reports.length} seed reports, ${summary.metrics} metrics`);
  } finally {
    // The embedded directory's lock stays held, for the server process to take over.
    await db.close({ keepLock: true });
  }
}

function buildIfNeeded(): void {
  const stampFile = path.join(distDir, "fazhi-source-hash");
  const hash = sourceHash();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash) {
    say("web app build is up to date");
    return;
  }
  const started = Date.now();
  say("building the web app (next build; about a minute on first run)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  fs.writeFileSync(stampFile, hash);
  say(`built in ${elapsed(started)}`);
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

try {
  await prepareDatabase();
  buildIfNeeded();
} catch (error) {
  if (error instanceof DataDirLockedError || /^(port|cannot listen)/.test((error as Error).message)) {
    console.error(`[start] cannot start: ${(error as Error).message}`);
  } else {
    console.error(`[start] failed: ${(error as Error).stack ?? error}`);
  }
  process.exit(1);
}

say(`starting the server on port ${config.PORT}…`);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(config.PORT)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FAZHI_DATA_DIR_HANDOFF: String(process.pid) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
await waitForHealth(`http://127.0.0.1:${config.PORT}/api/health`, server);
if (server.exitCode === null) say(`ready: http://localhost:${config.PORT}`);
