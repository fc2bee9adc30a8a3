// Fills a database with the reference data (pillars, indicator catalog, places) and the seed
// reports. One transaction, idempotent: a second run changes nothing.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "./generated/client";
import pillars from "@/lib/knowledge/pillars.json";
import indicators from "@/lib/knowledge/indicators.json";
import { processReport } from "@/lib/pipeline/process-report";
import type { ProcessedReport } from "@/lib/pipeline/types";
import { findGazetteerEntriesByName } from "@/lib/places/place-identity";
import { ensureGazetteerPlace, storeReportInTransaction, WRITE_TRANSACTION_OPTIONS, type StoreResult, type Tx } from "./store-report";

export const SEEDS_DIR = path.resolve(process.cwd(), "seeds");

const ManifestSchema = z.object({
  reports: z.array(
    z.object({
      file: z.string(),
      place: z.string(),
      parent: z.string().nullable(),
      year: z.number().int(),
      title: z.string(),
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      kind: z.enum(["report", "news"]),
      sourceUrl: z.string().nullable().optional(),
    }),
  ),
});
export type SeedManifest = z.infer<typeof ManifestSchema>;

export function readSeedManifest(dir = SEEDS_DIR): SeedManifest {
  return ManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")));
}

export async function upsertReferenceData(tx: Tx): Promise<void> {
  for (const pillar of pillars) {
    const { id, ...data } = pillar;
    await tx.pillar.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  for (const indicator of indicators) {
    const data = {
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      definitionZh: indicator.definitionZh,
      definitionEn: indicator.definitionEn,
      pillarId: indicator.pillar,
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      scope: indicator.scope,
      order: indicator.order,
    };
    await tx.indicator.upsert({ where: { slug: indicator.slug }, create: { slug: indicator.slug, ...data }, update: data });
  }
}

export interface SeedSummary {
  reports: StoreResult[];
  places: number;
  pillars: number;
  indicators: number;
  metrics: number;
}

export async function seedDatabase(
  prisma: PrismaClient,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<SeedSummary> {
  const dir = options.dir ?? SEEDS_DIR;
  const log = options.log ?? (() => {});
  const manifest = readSeedManifest(dir);

  // Extraction is CPU work: do it before opening the transaction so the transaction stays short.
  const processed: Array<{ entry: SeedManifest["reports"][number]; report: ProcessedReport }> = [];
  for (const [i, entry] of manifest.reports.entries()) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, entry.file)));
    const report = await processReport({ bytes, fileName: entry.file, sourceUrl: entry.sourceUrl ?? null });
    log(`[seed] extracted ${i + 1}/${manifest.reports.length} ${entry.file}: ${report.metrics.length} metrics`);
    processed.push({ entry, report });
  }

  const results = await prisma.$transaction(async (tx) => {
    await upsertReferenceData(tx);
    for (const { entry } of processed) {
      // Seed places exist even before their reports are stored (and with the manifest's parent).
      const [gazetteerEntry] = findGazetteerEntriesByName(entry.place, entry.parent);
      if (gazetteerEntry) await ensureGazetteerPlace(tx, gazetteerEntry);
    }
    const stored: StoreResult[] = [];
    for (const { entry, report } of processed) {
      stored.push(
        await storeReportInTransaction(tx, report, {
          source: entry.file,
          sourceUrl: entry.sourceUrl ?? null,
          fallback: entry,
        }),
      );
    }
    return stored;
  }, WRITE_TRANSACTION_OPTIONS);

  for (const result of results) {
    log(`[seed] ${result.outcome.padEnd(12)} ${result.place} ${result.year}: ${result.metrics} metrics`);
  }
  const [places, pillarCount, indicatorCount, metrics] = await Promise.all([
    prisma.place.count(),
    prisma.pillar.count(),
    prisma.indicator.count(),
    prisma.metric.count(),
  ]);
  return { reports: results, places, pillars: pillarCount, indicators: indicatorCount, metrics };
}
