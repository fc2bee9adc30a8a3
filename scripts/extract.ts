// `npm run -s extract -- [--json] FILE...`: runs the extraction pipeline on report files and
// prints, per file, the metadata, the cleaning report and the metrics. With --json it prints ONE
// JSON array to stdout, one element per file (shape below, kept stable for scripts):
//   {file, meta: {place, parent, year, title, publisher, published, kind, ...},
//    cleaning: {removed: [{start, end, text, reason, detail}]},
//    metrics: [{value, unit, approx, bound, text, subject, sentence, start, end, scope, period,
//               coverage, target, change, partOf, pillar, pillarZh, pillarCues, indicator, confidence}],
// (coverage: {kind: "multi-year" | "part-year", text} when the figure's period is not one whole year;
//  target: true for a goal, not a result.)
//    extractorVersion, contentHash}
// A file that fails gives {file, error: {code, message}} (and a line on stderr); the others are
// still processed, and the exit code is 1.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { processReport } from "../lib/pipeline/process-report";
import { PILLAR_NAMES_ZH } from "../lib/extract/knowledge";
import { IngestError } from "../lib/ingest/index";
import type { ProcessedReport } from "../lib/pipeline/types";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    url: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error("usage: npm run -s extract -- [--json] [--url SOURCE_URL] FILE...");
  process.exit(values.help ? 0 : 2);
}

function toJson(file: string, r: ProcessedReport) {
  const m = r.meta;
  return {
    file,
    meta: {
      place: m.place.value,
      parent: m.parent.value,
      province: m.province.value,
      placeCode: m.placeCode.value,
      level: m.level.value,
      year: m.year.value,
      title: m.title.value,
      publisher: m.publisher.value,
      published: m.published.value,
      kind: m.kind.value,
      office: m.office.value,
    },
    format: r.format,
    encoding: r.encoding,
    cleaning: { removed: r.cleaned.removed.map(({ start, end, text, reason, detail }) => ({ start, end, text, reason, detail })) },
    metrics: r.metrics.map((x) => ({
      value: x.value,
      unit: x.unit,
      approx: x.approx,
      bound: x.bound,
      text: x.text,
      subject: x.subject,
      sentence: x.sentence,
      start: x.start,
      end: x.end,
      scope: x.scope,
      period: x.period,
      coverage: x.coverage,
      target: x.target,
      change: x.change,
      partOf: x.partOf,
      pillar: x.pillar,
      pillarZh: PILLAR_NAMES_ZH.get(x.pillar) ?? x.pillar,
      pillarCues: x.pillarCues,
      indicator: x.indicator,
      confidence: x.confidence,
    })),
    extractorVersion: r.extractorVersion,
    contentHash: r.contentHash,
  };
}

function printHuman(file: string, r: ProcessedReport): void {
  const m = r.meta;
  const out: string[] = [];
  out.push(`━━ ${file}  (${r.format}, ${r.encoding ?? "?"})`);
  const f = <T,>(label: string, field: { value: T; method: string; confidence: number }) =>
    out.push(`  ${label.padEnd(10)} ${field.value === null ? "—" : String(field.value)}   [${field.method}, ${field.confidence}]`);
  f("place", m.place);
  f("parent", m.parent);
  f("year", m.year);
  f("title", m.title);
  f("publisher", m.publisher);
  f("published", m.published);
  f("kind", m.kind);
  if (m.office.value !== null) f("office", m.office);
  const removed = r.cleaned.removed.filter((x) => x.reason !== "whitespace");
  const ws = r.cleaned.removed.length - removed.length;
  out.push(`  cleaning: ${removed.length} span(s) removed${ws ? ` (+${ws} whitespace)` : ""}`);
  for (const x of removed) out.push(`    - [${x.reason}] ${JSON.stringify(x.text.length > 60 ? `${x.text.slice(0, 60)}…` : x.text)}  (${x.detail})`);
  out.push(`  metrics: ${r.metrics.length}`);
  r.metrics.forEach((x, i) => {
    const extra = [
      x.scope ? `scope=${x.scope}` : "",
      x.period ? `period=${x.period}` : "",
      x.coverage ? `${x.coverage.kind}${x.coverage.text !== null ? `(${x.coverage.text})` : ""}` : "",
      x.target ? "target" : "",
      x.change ? `change=${x.change.direction === "up" ? "+" : "-"}${x.change.value}${x.change.unit}${x.change.basis ? `(${x.change.basis})` : ""}` : "",
      x.partOf !== null ? `partOf=#${x.partOf}` : "",
      x.indicator ? `indicator=${x.indicator}` : "",
    ].filter(Boolean);
    out.push(
      `  #${String(i).padEnd(3)} ${x.text.padEnd(12)} ${String(x.value)} ${x.unit}${x.approx ? ` (≈${x.bound ?? ""})` : ""}  ${x.subject}  [${PILLAR_NAMES_ZH.get(x.pillar)}] ${extra.join(" ")}  conf=${x.confidence}`,
    );
  });
  console.log(out.join("\n"));
}

const results: unknown[] = [];
let failed = 0;
for (const file of positionals) {
  try {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(fs.readFileSync(file));
    } catch (err) {
      throw Object.assign(new Error(`cannot read ${file}: ${(err as Error).message}`), { code: "unreadable" });
    }
    const report = await processReport({ bytes, fileName: file, sourceUrl: values.url ?? null });
    if (values.json) results.push(toJson(file, report));
    else printHuman(file, report);
  } catch (err) {
    failed++;
    const code = err instanceof IngestError ? err.code : ((err as { code?: string }).code ?? "error");
    const message = err instanceof Error ? err.message : String(err);
    console.error(`extract: ${file}: [${code}] ${message}`);
    if (values.json) results.push({ file, error: { code, message } });
  }
}
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exitCode = failed > 0 ? 1 : 0;
