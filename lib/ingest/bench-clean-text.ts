// Measures cleanText throughput on a synthetic corpus built from the seeds (about 10 MB of UTF-8).
// Run: npx tsx lib/ingest/bench-clean-text.ts
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { cleanText } from "./clean-text";

const seedsDir = path.join(import.meta.dirname, "../../seeds");
const unit = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(seedsDir, f), "utf8")).join("\n");
const targetBytes = 10 * 1024 * 1024;
const parts: string[] = [];
let bytes = 0;
while (bytes < targetBytes) {
  parts.push(unit);
  bytes += Buffer.byteLength(unit) + 1;
}
const corpus = parts.join("\n");
const mb = Buffer.byteLength(corpus) / 1024 / 1024;
cleanText(unit);
const runs: number[] = [];
let removed = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = cleanText(corpus);
  runs.push((performance.now() - t0) / 1000);
  removed = r.removed.length;
}
runs.sort((a, b) => a - b);
const median = runs[2]!;
console.log(`cleanText: ${mb.toFixed(1)} MB UTF-8 (${corpus.length} chars), median of 5 runs ${(median * 1000).toFixed(0)} ms → ${(mb / median).toFixed(1)} MB/s; ${removed} removed spans`);
