// Migrations, the seed loader and the report write path, on PGlite and (with
// TEST_DATABASE_URL) on a real PostgreSQL server.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrationsList } from "@/lib/db/schema-engine";
import { readSeedManifest, seedDatabase, SEEDS_DIR } from "@/lib/db/seed";
import { storeReport } from "@/lib/db/store-report";
import { processReport } from "@/lib/pipeline/process-report";
import { openTestDatabase } from "../support/test-database";

let db: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function counts() {
  const p = db.prisma;
  const [places, reports, metrics, sections, pillars, indicators] = await Promise.all([
    p.place.count(),
    p.report.count(),
    p.metric.count(),
    p.section.count(),
    p.pillar.count(),
    p.indicator.count(),
  ]);
  return { places, reports, metrics, sections, pillars, indicators };
}

describe(`database (${process.env.TEST_DATABASE_URL ? "PostgreSQL server" : "PGlite"})`, () => {
  it("applies every committed migration once", async () => {
    const committed = readMigrationsList().migrationDirectories.map((d) => d.path);
    expect(committed.length).toBeGreaterThan(0);
    expect(await applyMigrations(db.adapter)).toEqual(committed);
    expect(await applyMigrations(db.adapter)).toEqual([]);
  });

  it("seeds an empty database, and a second run adds nothing", async () => {
    const manifest = readSeedManifest();
    const first = await seedDatabase(db.prisma);
    expect(first.reports.map((r) => r.outcome)).toEqual(manifest.reports.map(() => "created"));
    const after = await counts();
    expect(after.reports).toBe(manifest.reports.length);
    expect(after.pillars).toBe(6);
    expect(after.indicators).toBeGreaterThanOrEqual(30);
    expect(after.metrics).toBeGreaterThan(50);
    expect(after.sections).toBeGreaterThan(0);

    const second = await seedDatabase(db.prisma);
    expect(second.reports.map((r) => r.outcome)).toEqual(manifest.reports.map(() => "unchanged"));
    expect(await counts()).toEqual(after);
  });

  it("stores each seed under the place and year a careful reader finds", async () => {
    const manifest = readSeedManifest();
    for (const entry of manifest.reports) {
      const report = await db.prisma.report.findFirstOrThrow({
        where: { source: entry.file },
        include: { place: { include: { parent: true } } },
      });
      expect(report.place.nameZh).toBe(entry.place);
      expect(report.place.parent?.nameZh ?? null).toBe(entry.parent);
      expect(report.year).toBe(entry.year);
      expect(report.kind).toBe(entry.kind === "report" ? "OFFICIAL_REPORT" : "NEWS_ARTICLE");
    }
    const shinan = await db.prisma.place.findUniqueOrThrow({
      where: { slug: "shinan" },
      include: { parent: true, province: true },
    });
    expect(shinan.level).toBe("DISTRICT");
    expect(shinan.parent?.nameZh).toBe("青岛市");
    expect(shinan.province?.nameZh).toBe("山东省");
  });

  it("keeps every metric's quote and figure at their character ranges", async () => {
    const reports = await db.prisma.report.findMany({ include: { metrics: true } });
    for (const report of reports) {
      for (const metric of report.metrics) {
        expect(report.cleanedText.slice(metric.start, metric.end)).toBe(metric.text);
        expect(report.cleanedText.slice(metric.quoteStart, metric.quoteEnd)).toBe(metric.quote);
        expect(Number.isFinite(metric.value)).toBe(true);
      }
    }
  });

  it("re-extraction replaces machine metrics but keeps what a person reviewed", async () => {
    const report = await db.prisma.report.findFirstOrThrow({
      where: { metrics: { some: {} } },
      include: { metrics: { orderBy: { start: "asc" } } },
    });
    const edited = report.metrics[0]!;
    await db.prisma.metric.update({
      where: { id: edited.id },
      data: { value: edited.value + 1, reviewStatus: "EDITED" },
    });
    // Pretend the stored copy came from an older extractor.
    await db.prisma.report.update({ where: { id: report.id }, data: { extractorVersion: "0.0.0-old" } });
    const before = await counts();

    const result = await seedDatabase(db.prisma);
    const outcome = result.reports.find((r) => r.reportId === report.id);
    expect(outcome?.outcome).toBe("re-extracted");
    expect(outcome?.keptReviewed).toBe(1);

    const kept = await db.prisma.metric.findUniqueOrThrow({ where: { id: edited.id } });
    expect(kept.value).toBe(edited.value + 1);
    expect(kept.reviewStatus).toBe("EDITED");
    const sameFigure = await db.prisma.metric.count({ where: { reportId: report.id, start: edited.start } });
    expect(sameFigure).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it("writes nothing when storing a report fails half-way", async () => {
    const file = readSeedManifest().reports[0]!.file;
    const processed = await processReport({
      bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, file))),
      fileName: "variant.txt",
    });
    // A different text (new hash) whose last metric names a pillar that does not exist.
    processed.contentHash = `${processed.contentHash}-variant`;
    processed.metrics = processed.metrics.map((m, i, all) =>
      i === all.length - 1 ? { ...m, pillar: "no-such-pillar" as never } : m,
    );
    const before = await counts();
    await expect(storeReport(db.prisma, processed, { source: "variant.txt" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await db.prisma.report.count({ where: { source: "variant.txt" } })).toBe(0);
  });
});
