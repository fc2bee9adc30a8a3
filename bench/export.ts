// Export benchmark: 50 places × 30 indicators rendered as CSV, XLSX, PNG (16:9, 2×) and PPTX.
// Target: each export under 2 s. Prints medians over several runs (after one warm-up run that
// pays for loading the WebAssembly modules and the CJK font, which a server does once).
//   npm run bench:export            (or: tsx --conditions=react-server bench/export.ts)
import { performance } from "node:perf_hooks";
import { fromComparison } from "@/lib/export/export-dataset";
import { datasetTable } from "@/lib/export/data-table";
import { renderCsv } from "@/lib/export/csv";
import { renderXlsx } from "@/lib/export/xlsx";
import { renderSvgChart } from "@/lib/export/svg-chart";
import { renderPng } from "@/lib/export/png-chart";
import { renderBriefingPptx } from "@/lib/export/pptx";
import { largeComparison } from "@/lib/export/test-factory";

const PLACES = 50;
const INDICATORS = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIMIT_MS = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const comparison = largeComparison(PLACES, INDICATORS);
const tasks: Record<string, () => Promise<number>> = {
  CSV: async () => renderCsv(datasetTable(fromComparison(comparison), "bench")).length,
  XLSX: async () => (await renderXlsx(datasetTable(fromComparison(comparison), "bench"), comparison.generatedAt)).length,
  SVG: async () => (await renderSvgChart(fromComparison(comparison), { size: "16x9" })).svg.length,
  "PNG 16:9 2×": async () => (await renderPng(await renderSvgChart(fromComparison(comparison), { size: "16x9" }), 2)).length,
  PPTX: async () => {
    const dataset = fromComparison(comparison);
    return (await renderBriefingPptx({ lang: dataset.lang, title: "基准测试简报", subtitle: "", generatedAt: comparison.generatedAt, slides: [{ title: dataset.title, note: "", dataset }] })).length;
  },
};

console.log(`export benchmark: ${PLACES} places × ${INDICATORS} indicators (${PLACES * INDICATORS} values), ${RUNS} runs each after a warm-up`);
const warmStart = performance.now();
for (const run of Object.values(tasks)) await run();
console.log(`warm-up (WebAssembly + font load, first subset): ${(performance.now() - warmStart).toFixed(0)} ms`);
let failed = false;
for (const [name, run] of Object.entries(tasks)) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) times.push(await time(async () => (size = await run())));
  const m = median(times);
  const ok = m < LIMIT_MS;
  failed ||= !ok;
  console.log(`${name.padEnd(12)} median ${m.toFixed(0).padStart(5)} ms  max ${Math.max(...times).toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0).padStart(6)} kB  ${ok ? "ok" : `OVER ${LIMIT_MS} ms`}`);
}
process.exitCode = failed ? 1 : 0;
