// Extraction benchmark: throughput of clean + segment + classify + extract (the per-report work
// after decoding) in MB/s of UTF-8 input, on the seeds and on a synthetic ~10 MB corpus, against
// @microsoft/recognizers-text-suite's recognizeNumber(text, Culture.Chinese) on the same text.
// Targets: ≥ 5 MB/s on one core (Node runs this on one thread) and ≥ 20× the reference, while
// binding subject, unit, scope, period, pillar and indicator for every figure, which the reference
// does not. The machine is shared and noisy, so the output also says whether a 25× margin holds.
//
//   npm run bench:extract                 BENCH_RUNS=7 BENCH_MB=10 BENCH_REF_KB=256 to change sizes
//
// The synthetic corpus recombines the seeds' cleaned sentences (and the numbered headings they sit
// under) in a shuffled order with a fixed PRNG seed, so every run measures the same text. The
// reference is slow, so it runs on a prefix of each text (BENCH_REF_KB) and its time is
// extrapolated per MB; the output says so. Both sides are warmed to their steady state first
// (ours on ≥ 2 MB of input and ≥ 3 s of CPU time, the reference for ≥ 25 passes and ≥ 3 s of CPU time). Both sides report the median of BENCH_RUNS runs of CPU
// time of this process (process.cpuUsage, read once per run), so other work on a shared machine
// does not count against either side; wall clock is printed too. Stage times (clean / segment /
// extract) are wall clock per call (performance.now), for orientation only.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { cleanText } from "../lib/ingest/index";
import { extractMetrics } from "../lib/extract/extract-metrics";
import { segmentText } from "../lib/extract/segment-text";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MB = Number(process.env.BENCH_MB ?? 10);
const REF_KB = Number(process.env.BENCH_REF_KB ?? 256);
const TARGET_MBPS = 5;
const TARGET_RATIO = 20;
/** The machine is shared and noisy: the ratio we aim for so that the 20× target holds run to run. */
const MARGIN_RATIO = 25;
/** Warm-up: ours and the reference each run at least this much CPU time before the timed runs (the reference also ≥ REF_WARM_PASSES passes). */
const REF_WARM_PASSES = Number(process.env.BENCH_REF_WARM_PASSES ?? 25);
const WARM_MS = 3000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const mb = (text: string) => Buffer.byteLength(text, "utf8") / 1e6;

/** mulberry32: a tiny deterministic PRNG, so the synthetic corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSeeds(): string[] {
  const dir = path.join(ROOT, "seeds");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

/**
 * ~targetMb of report-like text as a corpus of reports (~50 KB each, the size of a long annual
 * report; the product processes one report at a time): seed sentences shuffled into numbered
 * sections under a title, figures varied.
 */
function syntheticCorpus(seeds: string[], targetMb: number): string[] {
  const rand = prng(20240601);
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const raw of seeds) {
    const text = cleanText(raw).text;
    const seg = segmentText(text);
    for (const s of seg.sections) headings.push(s.heading);
    for (const s of seg.sentences) {
      const t = text.slice(s.start, s.end);
      if (t.length >= 8 && !seg.sections.some((h) => h.headingStart === s.start)) sentences.push(t);
    }
  }
  const cn = "一二三四五六七八九十";
  const reports: string[] = [];
  let parts: string[] = [];
  let bytes = 0;
  let reportBytes = 0;
  let section = 0;
  const target = targetMb * 1e6;
  const flush = () => {
    reports.push(`某市${2019 + (reports.length % 5)}年法治政府建设情况报告\n${parts.join("")}`);
    parts = [];
    reportBytes = 0;
    section = 0;
  };
  while (bytes < target) {
    if (reportBytes > 50_000) flush();
    section++;
    const heading = `${cn[(section - 1) % 10]}、${headings[Math.floor(rand() * headings.length)]!.replace(/^[（(]?[一二三四五六七八九十]+[、）)是]?/, "")}`;
    const para: string[] = [heading];
    const n = 4 + Math.floor(rand() * 10);
    for (let i = 0; i < n; i++) {
      // Vary the figures so the corpus is not a repetition of a few numbers.
      const s = sentences[Math.floor(rand() * sentences.length)]!.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))));
      para.push(s);
    }
    const chunk = `${para[0]}\n${para.slice(1).join("")}\n`;
    parts.push(chunk);
    const b = Buffer.byteLength(chunk, "utf8");
    bytes += b;
    reportBytes += b;
  }
  if (parts.length > 0) flush();
  return reports;
}

/** CPU time of this process in ms: on a shared machine it measures our one core, not the neighbours' load. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface StageTimes {
  clean: number;
  segment: number;
  extract: number;
  total: number;
  metrics: number;
}

/** One text through the pipeline; stage times by performance.now (cheap), the run's total by CPU time. */
function runPipeline(text: string, acc: StageTimes): void {
  const t0 = performance.now();
  const cleaned = cleanText(text);
  const t1 = performance.now();
  const segments = segmentText(cleaned.text);
  const t2 = performance.now();
  const metrics = extractMetrics(cleaned.text, { reportYear: 2022, segments });
  const t3 = performance.now();
  acc.clean += t1 - t0;
  acc.segment += t2 - t1;
  acc.extract += t3 - t2;
  acc.metrics += metrics.length;
}

function measure(name: string, texts: string[]): { mbps: number; refMbps: number; row: string[] } {
  const size = texts.reduce((a, t) => a + mb(t), 0);
  // Warm-up (JIT, regex compilation) on ≥ 2 MB of input, then timed runs; small inputs are
  // repeated inside a run so each run measures ≥ 1 MB.
  const reps = Math.max(1, Math.ceil(1 / size));
  const scratch: StageTimes = { clean: 0, segment: 0, extract: 0, total: 0, metrics: 0 };
  // Like the reference, ≥ 3 s of CPU time too: V8 compiles the extractor's large functions on a
  // background thread (~0.4 s of CPU each time), and CPU time counts that thread; on the small
  // seed set a 2 MB warm-up ends before those compilations do, and their CPU lands in the timed runs.
  const warmStartOurs = cpuMs();
  for (let w = 0; w < Math.max(3, Math.ceil(2 / size)) || cpuMs() - warmStartOurs < WARM_MS; w++) for (const t of texts) runPipeline(t, scratch);
  const runs: StageTimes[] = [];
  const walls: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const acc: StageTimes = { clean: 0, segment: 0, extract: 0, total: 0, metrics: 0 };
    const w0 = performance.now();
    const c0 = cpuMs();
    for (let k = 0; k < reps; k++) for (const t of texts) runPipeline(t, acc);
    acc.total = cpuMs() - c0; // CPU time of the whole run: one cpuUsage call pair per run, not per text
    walls.push(performance.now() - w0);
    for (const k of ["clean", "segment", "extract", "total", "metrics"] as const) acc[k] /= reps;
    runs.push(acc);
  }
  const total = median(runs.map((r) => r.total));
  const mbps = size / (total / 1000);
  const wallMbps = (size * reps) / (median(walls) / 1000);

  // Reference on a prefix of each text, extrapolated per MB.
  const refTexts: string[] = [];
  let refBudget = REF_KB * 1000;
  for (const t of texts) {
    if (refBudget <= 0) break;
    const part = t.slice(0, Math.floor(refBudget / 3));
    refTexts.push(part);
    refBudget -= Buffer.byteLength(part, "utf8");
  }
  const refSize = refTexts.reduce((a, t) => a + mb(t), 0);
  // The reference is a large JavaScript library: V8 keeps optimizing it for dozens of passes
  // (on the seeds it goes from ~0.3 MB/s on the first pass to ~2 MB/s after ~20), so it is warmed
  // to its steady state before timing; one warm-up pass would flatter our ratio by ~1.5×.
  const warmStart = cpuMs();
  let warmPasses = 0;
  while (warmPasses < REF_WARM_PASSES || (cpuMs() - warmStart < WARM_MS && warmPasses < REF_WARM_PASSES * 10)) {
    for (const t of refTexts) Recognizers.recognizeNumber(t, Recognizers.Culture.Chinese);
    warmPasses++;
  }
  const refRuns: number[] = [];
  let refFound = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = cpuMs();
    refFound = 0;
    for (const t of refTexts) refFound += Recognizers.recognizeNumber(t, Recognizers.Culture.Chinese).length;
    refRuns.push(cpuMs() - t0);
  }
  const refMbps = refSize / (median(refRuns) / 1000);
  const subset = refSize < size * 0.999 ? ` (on ${refSize.toFixed(2)} MB, extrapolated per MB)` : "";
  const st = (k: keyof StageTimes) => median(runs.map((r) => r[k]));
  const ratio = mbps / refMbps;
  const yes = (b: boolean) => (b ? "met" : "NOT met");
  const row = [
    `${name}: ${size.toFixed(2)} MB UTF-8, ${texts.length} text(s), median of ${RUNS} runs${reps > 1 ? ` (each ${reps} passes)` : ""}, CPU time of this process`,
    `  ours        ${mbps.toFixed(1).padStart(7)} MB/s  (${st("total").toFixed(1)} ms CPU; stages by wall clock: clean ${st("clean").toFixed(1)} + segment ${st("segment").toFixed(1)} + classify/extract ${st("extract").toFixed(1)} ms), ${runs[0]!.metrics} metrics; wall clock ${wallMbps.toFixed(1)} MB/s`,
    `  extract only ${(size / ((st("segment") + st("extract")) / 1000)).toFixed(1).padStart(6)} MB/s  (segment + classify + extract, without cleaning; wall clock)`,
    `  reference   ${refMbps.toFixed(2).padStart(7)} MB/s  recognizeNumber(Chinese)${subset}, median of ${RUNS} runs after ${warmPasses} warm-up passes, ${refFound} numbers, no subject/unit/pillar`,
    `  ratio       ${ratio.toFixed(1).padStart(7)} ×`,
    `  targets     ≥ ${TARGET_MBPS} MB/s: ${yes(mbps >= TARGET_MBPS)}; ≥ ${TARGET_RATIO}× the reference: ${yes(ratio >= TARGET_RATIO)}; margin ≥ ${MARGIN_RATIO}×: ${yes(ratio >= MARGIN_RATIO)}`,
  ];
  if (ratio < TARGET_RATIO) {
    // Where the 20× budget goes: the time per MB that 20× allows, against what each stage takes now.
    const budget = 1000 / (TARGET_RATIO * refMbps);
    const perMb = (k: keyof StageTimes) => st(k) / size;
    const before = perMb("clean") + perMb("segment");
    const left = budget - before;
    row.push(
      `  20× budget  ${budget.toFixed(1)} ms per MB; clean + segment take ${before.toFixed(1)} ms of it (${((100 * before) / budget).toFixed(0)} %), ` +
        (left > 0 ? `leaving ${left.toFixed(1)} ms for classify/extract, which takes ${perMb("extract").toFixed(1)} ms (${(perMb("extract") / left).toFixed(1)}× over)` : "leaving nothing for classify/extract"),
    );
  }
  return { mbps, refMbps, row };
}

const seeds = loadSeeds();
console.log(`bench:extract — Node ${process.version}, one thread\n`);
const seedResult = measure("seeds", seeds);
console.log(seedResult.row.join("\n"));
const t0 = performance.now();
const corpus = syntheticCorpus(seeds, TARGET_MB);
console.log(`\n(synthetic corpus: ${corpus.length} reports, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const synthResult = measure("synthetic", corpus);
console.log(synthResult.row.join("\n"));

const ok = (r: { mbps: number; refMbps: number }) => r.mbps >= TARGET_MBPS && r.mbps / r.refMbps >= TARGET_RATIO;
console.log(
  `\ntargets: ≥ ${TARGET_MBPS} MB/s and ≥ ${TARGET_RATIO}× the reference — seeds ${ok(seedResult) ? "met" : "NOT met"}, synthetic ${ok(synthResult) ? "met" : "NOT met"}`,
);
