// `npm run ingest -- FILE|DIR...`: stores reports and their metrics, one transaction per
// report, idempotent by content hash. Options: --place 名称 --parent 名称 --year YYYY --url URL
// give facts detection could not find (they never override what the text says).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openConfiguredDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/schema-engine";
import { upsertReferenceData } from "../lib/db/seed";
import { storeReport, type StoreResult } from "../lib/db/store-report";
import { processReport } from "../lib/pipeline/process-report";

const SUPPORTED = /\.(txt|text|html?|pdf|docx)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    place: { type: "string" },
    parent: { type: "string" },
    year: { type: "string" },
    url: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

function collectFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new Error(`No such file or directory: ${input}`);
    if (fs.statSync(input).isDirectory()) {
      for (const entry of fs.readdirSync(input).sort()) {
        const full = path.join(input, entry);
        if (fs.statSync(full).isFile() && SUPPORTED.test(entry)) files.push(full);
      }
    } else {
      files.push(input);
    }
  }
  return files;
}

if (positionals.length === 0) {
  console.error("usage: npm run ingest -- [--place 名称] [--parent 名称] [--year YYYY] [--url URL] FILE|DIR...");
  process.exit(2);
}
const year = values.year ? Number(values.year) : null;
if (values.year && !(Number.isInteger(year) && year! >= 1990 && year! <= 2100)) {
  console.error(`--year must be a year such as 2023, got "${values.year}"`);
  process.exit(2);
}

const files = collectFiles(positionals);
const db = await openConfiguredDatabase();
const results: Array<{ file: string; result?: StoreResult; error?: string }> = [];
try {
  await applyMigrations(db.adapter);
  await db.prisma.$transaction((tx) => upsertReferenceData(tx));
  const bar = new cliProgress.SingleBar(
    { format: "[ingest] {bar} {value}/{total} {file}", hideCursor: true, noTTYOutput: !values.quiet, notTTYSchedule: 1000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files.length, 0, { file: "" });
  for (const file of files) {
    bar.update({ file: path.basename(file) });
    try {
      const processed = await processReport({
        bytes: new Uint8Array(fs.readFileSync(file)),
        fileName: path.basename(file),
        sourceUrl: values.url ?? null,
      });
      const result = await storeReport(db.prisma, processed, {
        source: path.basename(file),
        sourceUrl: values.url ?? null,
        fallback: { place: values.place, parent: values.parent, year },
      });
      results.push({ file, result });
    } catch (error) {
      results.push({ file, error: (error as Error).message });
    }
    bar.increment();
  }
  bar.stop();
} finally {
  await db.close();
}

for (const { file, result, error } of results) {
  if (result) {
    const kept = result.keptReviewed ? `, kept ${result.keptReviewed} reviewed` : "";
    console.log(`[ingest] ${result.outcome.padEnd(12)} ${file} → ${result.place} ${result.year}, ${result.metrics} metrics${kept} (report ${result.reportId})`);
  } else {
    console.error(`[ingest] failed       ${file}: ${error}`);
  }
}
const failed = results.filter((r) => r.error).length;
console.log(`[ingest] ${results.length - failed} stored, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
