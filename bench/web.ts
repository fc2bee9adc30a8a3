// Web benchmark on a national-scale data set (300 places × 10 years × ~100 metrics ≈ 300k metrics)
// in the embedded database, against the production server:
//   - /api/compare for 5 places: median < 30 ms, p95 < 100 ms
//   - report page server render: median < 200 ms
//   - compare page first-load JavaScript: ≤ 250 kB gzipped (the chunks its HTML references)
//   npm run bench:web   (BENCH_SKIP_BUILD=1 reuses the last build in .next-bench)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { openDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDatabase } from "../lib/db/seed";
import { generateNationalDataset } from "../scripts/generate-national-dataset";

const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? "data/bench/pglite");
const DIST_DIR = ".next-bench";
// Where the app is built and served from (default: this checkout).
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? ".");
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const EXPECTED_REPORTS = 3000;
const say = (line: string) => console.log(`[bench:web] ${line}`);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const median = (values: number[]) => quantile(values, 0.5);

async function prepareData(): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const db = await openDatabase({ dataDir: DATA_DIR });
    try {
      await applyMigrations(db.adapter);
      const existing = await db.prisma.report.count({ where: { extractorVersion: "bench" } });
      if (existing >= EXPECTED_REPORTS) {
        say(`reusing data set in ${path.relative(process.cwd(), DATA_DIR)}: ${existing} reports, ${await db.prisma.metric.count()} metrics`);
        return;
      }
      if (existing === 0) {
        const started = performance.now();
        say("generating the national data set (once; later runs reuse it)…");
        await seedDatabase(db.prisma);
        const summary = await generateNationalDataset(db.prisma, { log: say });
        say(`generated ${summary.places} places, ${summary.reports} reports, ${summary.metrics} metrics in ${((performance.now() - started) / 1000).toFixed(0)} s`);
        return;
      }
    } finally {
      await db.close();
    }
    say("found a partial data set: starting over");
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

function build(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(APP_DIR, DIST_DIR, "BUILD_ID"))) return say(`reusing build in ${DIST_DIR}`);
  say("building the production app…");
  const result = spawnSync("npx", ["next", "build"], { cwd: APP_DIR, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR } });
  if (result.status !== 0) throw new Error("next build failed");
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn("npx", ["next", "start", "-p", String(PORT)], {
    cwd: APP_DIR,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, PGLITE_DATA_DIR: DATA_DIR, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stderr?.on("data", (d) => process.stderr.write(d));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function timeGet(url: string): Promise<{ ms: number; body: string; status: number }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - start, body, status: res.status };
}

async function main(): Promise<void> {
  await prepareData();
  build();
  say(`starting the server on port ${PORT}…`);
  const server = await startServer();
  const results: Array<{ name: string; value: string; target: string; ok: boolean }> = [];
  try {
    const places = ((await (await fetch(`${BASE}/api/places`)).json()) as Array<{ slug: string; reports: Array<{ id: number }> }>).filter(
      (p) => p.slug.startsWith("bench-") && p.reports.length > 0,
    );
    say(`${places.length} benchmark places`);
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return places[seed % places.length]!;
    };
    const pillars = ["enforcement", "reconsideration", "business", "emergency", "digital", "other"];

    // /api/compare: 5 places, one pillar, latest year — a different set each request.
    const compareUrl = (i: number) => `${BASE}/api/compare?places=${[pick(), pick(), pick(), pick(), pick()].map((p) => p.slug).join(",")}&pillar=${pillars[i % 6]}&year=latest`;
    for (let i = 0; i < 30; i++) await timeGet(compareUrl(i));
    const compareTimes: number[] = [];
    let cells = 0;
    for (let i = 0; i < 300; i++) {
      const r = await timeGet(compareUrl(i));
      if (r.status !== 200) throw new Error(`/api/compare answered ${r.status}: ${r.body.slice(0, 200)}`);
      cells += (JSON.parse(r.body) as { series: unknown[] }).series.length;
      compareTimes.push(r.ms);
    }
    const cm = median(compareTimes);
    const cp = quantile(compareTimes, 0.95);
    say(`/api/compare (5 places): median ${cm.toFixed(1)} ms, p95 ${cp.toFixed(1)} ms over ${compareTimes.length} requests (${(cells / compareTimes.length).toFixed(1)} series each)`);
    results.push({ name: "/api/compare median", value: `${cm.toFixed(1)} ms`, target: "< 30 ms", ok: cm < 30 });
    results.push({ name: "/api/compare p95", value: `${cp.toFixed(1)} ms`, target: "< 100 ms", ok: cp < 100 });

    // Report page: full server render of the HTML (~100 highlighted metrics, sections, panel).
    const reportUrl = () => {
      const p = pick();
      return `${BASE}/reports/${p.reports[seed % p.reports.length]!.id}`;
    };
    for (let i = 0; i < 10; i++) await timeGet(reportUrl());
    const reportTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const r = await timeGet(reportUrl());
      if (r.status !== 200) throw new Error(`report page answered ${r.status}`);
      reportTimes.push(r.ms);
    }
    const rm = median(reportTimes);
    say(`report page render: median ${rm.toFixed(1)} ms, p95 ${quantile(reportTimes, 0.95).toFixed(1)} ms over ${reportTimes.length} requests`);
    results.push({ name: "report page render median", value: `${rm.toFixed(1)} ms`, target: "< 200 ms", ok: rm < 200 });

    // Compare page first-load JS: every script chunk the HTML references, gzipped.
    const html = (await timeGet(`${BASE}/compare?places=${places.slice(0, 5).map((p) => p.slug).join(",")}&pillar=reconsideration&year=latest`)).body;
    const chunks = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((m) => m[0]))];
    let gzipped = 0;
    let raw = 0;
    for (const chunk of chunks) {
      const bytes = Buffer.from(await (await fetch(`${BASE}${chunk}`)).arrayBuffer());
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    const kb = gzipped / 1024;
    say(`compare page first-load JS: ${chunks.length} chunks, ${(raw / 1024).toFixed(0)} kB raw, ${kb.toFixed(1)} kB gzipped`);
    results.push({ name: "compare page first-load JS (gzip)", value: `${kb.toFixed(1)} kB`, target: "≤ 250 kB", ok: kb <= 250 });
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
  }
  console.log("\n  measure                              value        target     ");
  for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(36)} ${r.value.padEnd(12)} ${r.target}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
