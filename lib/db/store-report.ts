// The one write path for reports: the ingest CLI, the seed loader and uploads all store a
// processed report through `storeReport`, inside a transaction.
import type { Prisma, PrismaClient } from "./generated/client";
import type { ExtractedMetric, ProcessedReport, ReportMeta } from "@/lib/pipeline/types";
import {
  findGazetteerEntriesByName,
  findGazetteerEntry,
  placeNameEn,
  placeSlug,
  romanize,
  type GazetteerEntry,
} from "@/lib/places/place-identity";

export type Tx = Prisma.TransactionClient;

/** What a careful reader knows about a report; used only where detection found nothing. */
export interface MetaFallback {
  place?: string | null;
  parent?: string | null;
  year?: number | null;
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  kind?: "report" | "news" | null;
}

export class StoreError extends Error {
  readonly status = 422;
  constructor(
    readonly code: "place-unknown" | "year-unknown",
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

export interface StoreResult {
  reportId: number;
  outcome: "created" | "unchanged" | "re-extracted";
  place: string;
  year: number;
  metrics: number;
  /** Reviewed metrics kept as they were during re-extraction. */
  keptReviewed: number;
}

const LEVEL = {
  province: "PROVINCE",
  city: "CITY",
  district: "DISTRICT",
  county: "COUNTY",
  street: "STREET",
} as const;

/** Finds or creates a gazetteer place and its ancestors; returns its id. */
export async function ensureGazetteerPlace(tx: Tx, entry: GazetteerEntry): Promise<number> {
  const existing = await tx.place.findUnique({ where: { code: entry.code }, select: { id: true } });
  if (existing) return existing.id;
  const parentEntry = findGazetteerEntry(entry.parent);
  const provinceEntry = findGazetteerEntry(entry.province);
  const parentId = parentEntry ? await ensureGazetteerPlace(tx, parentEntry) : null;
  const provinceId = provinceEntry
    ? provinceEntry.code === parentEntry?.code
      ? parentId
      : await ensureGazetteerPlace(tx, provinceEntry)
    : null;
  const created = await tx.place.create({
    data: {
      slug: placeSlug(entry),
      nameZh: entry.name,
      nameEn: placeNameEn(entry.name, entry.level, entry.pinyin),
      pinyin: entry.pinyin,
      level: LEVEL[entry.level],
      code: entry.code,
      parentId,
      provinceId,
    },
    select: { id: true },
  });
  return created.id;
}

/** Resolves the report's place from detected metadata, falling back to the given names. */
async function resolvePlace(tx: Tx, meta: ReportMeta, fallback: MetaFallback): Promise<{ id: number; name: string }> {
  const byCode = findGazetteerEntry(meta.placeCode.value);
  if (byCode) return { id: await ensureGazetteerPlace(tx, byCode), name: byCode.name };

  const name = meta.place.value ?? fallback.place ?? null;
  const parentName = meta.parent.value ?? fallback.parent ?? null;
  if (!name) {
    throw new StoreError("place-unknown", "Could not tell which place the report is about; give the place explicitly.", "无法判断报告所属的地区，请填写地区后重新上传。");
  }
  const [only, ...others] = findGazetteerEntriesByName(name, parentName);
  if (only && others.length === 0) return { id: await ensureGazetteerPlace(tx, only), name };

  // Not in the gazetteer (a street, a new district): keep it under its parent when known.
  const [parentEntry, ...otherParents] = parentName ? findGazetteerEntriesByName(parentName) : [];
  const parentId = parentEntry && otherParents.length === 0 ? await ensureGazetteerPlace(tx, parentEntry) : null;
  const found = await tx.place.findFirst({ where: { nameZh: name, parentId }, select: { id: true } });
  if (found) return { id: found.id, name };
  const level = meta.level.value ?? (/(街道|镇|乡)$/.test(name) ? "street" : "district");
  const romanized = romanize(name);
  const parentSlug = parentId
    ? (await tx.place.findUniqueOrThrow({ where: { id: parentId }, select: { slug: true } })).slug
    : null;
  const slug = parentSlug ? `${romanized}-${parentSlug}` : romanized;
  const created = await tx.place.create({
    data: {
      slug,
      nameZh: name,
      nameEn: placeNameEn(name, level),
      pinyin: romanized,
      level: LEVEL[level],
      parentId,
      provinceId: parentId
        ? ((await tx.place.findUnique({ where: { id: parentId }, select: { provinceId: true } }))?.provinceId ??
          null)
        : null,
    },
    select: { id: true },
  });
  return { id: created.id, name };
}

function metricRow(metric: ExtractedMetric, reportId: number, indicatorIds: Map<string, number>, version: string) {
  return {
    reportId,
    pillarId: metric.pillar,
    indicatorId: metric.indicator ? (indicatorIds.get(metric.indicator) ?? null) : null,
    value: metric.value,
    unit: metric.unit,
    approx: metric.approx,
    bound: metric.bound === "lower" ? ("LOWER" as const) : metric.bound === "upper" ? ("UPPER" as const) : null,
    text: metric.text,
    start: metric.start,
    end: metric.end,
    subject: metric.subject,
    quote: metric.sentence,
    quoteStart: metric.sentenceStart,
    quoteEnd: metric.sentenceEnd,
    scope: metric.scope,
    period: metric.period,
    coverage: metric.coverage ? (metric.coverage as unknown as Prisma.InputJsonValue) : undefined,
    target: metric.target,
    change: metric.change ? (metric.change as unknown as Prisma.InputJsonValue) : undefined,
    cues: metric.pillarCues,
    confidence: metric.confidence,
    extractorVersion: version,
  };
}

/**
 * Stores a processed report and its metrics in the given transaction.
 * Idempotent by content hash. When the stored copy came from an older extractor, its machine
 * metrics are replaced; metrics a person has reviewed or edited are kept untouched.
 */
export async function storeReportInTransaction(
  tx: Tx,
  processed: ProcessedReport,
  options: { source: string; sourceUrl?: string | null; fallback?: MetaFallback } = { source: processed.fileName },
): Promise<StoreResult> {
  const fallback = options.fallback ?? {};
  const { meta } = processed;
  const existing = await tx.report.findUnique({
    where: { contentHash: processed.contentHash },
    select: { id: true, extractorVersion: true, year: true, place: { select: { nameZh: true } } },
  });
  if (existing && existing.extractorVersion === processed.extractorVersion) {
    const metrics = await tx.metric.count({ where: { reportId: existing.id } });
    return {
      reportId: existing.id,
      outcome: "unchanged",
      place: existing.place.nameZh,
      year: existing.year,
      metrics,
      keptReviewed: 0,
    };
  }

  const place = await resolvePlace(tx, meta, fallback);
  const year = meta.year.value ?? fallback.year ?? null;
  if (!year) throw new StoreError("year-unknown", "Could not tell which year the report covers; give the year explicitly.", "无法判断报告所属的年份，请填写年份后重新上传。");
  const kind = (meta.kind.value ?? fallback.kind) === "report" ? "OFFICIAL_REPORT" : "NEWS_ARTICLE";
  const published = meta.published.value ?? fallback.published ?? null;
  const reportData = {
    placeId: place.id,
    year,
    title: meta.title.value ?? fallback.title ?? options.source,
    publisher: meta.publisher.value ?? fallback.publisher ?? null,
    publishedAt: published ? new Date(`${published}T00:00:00Z`) : null,
    source: options.sourceUrl ?? options.source,
    sourceUrl: options.sourceUrl ?? null,
    kind: kind as "OFFICIAL_REPORT" | "NEWS_ARTICLE",
    // A department's own report (株洲市市场监督管理局…报告): labelled as such, and behind the government's in comparisons.
    office: kind === "OFFICIAL_REPORT" ? (meta.office?.value ?? null) : null,
    format: processed.format,
    encoding: processed.encoding,
    rawText: processed.rawText,
    cleanedText: processed.cleaned.text,
    contentHash: processed.contentHash,
    metaProvenance: meta as unknown as Prisma.InputJsonValue,
    cleaningReport: processed.cleaned.removed as unknown as Prisma.InputJsonValue,
    extractorVersion: processed.extractorVersion,
  };

  let reportId: number;
  let reviewed: Array<{ start: number; end: number }> = [];
  if (existing) {
    reportId = existing.id;
    reviewed = await tx.metric.findMany({
      where: { reportId, reviewStatus: { not: "MACHINE" } },
      select: { start: true, end: true },
    });
    await tx.metric.deleteMany({ where: { reportId, reviewStatus: "MACHINE" } });
    await tx.section.deleteMany({ where: { reportId } });
    await tx.report.update({ where: { id: reportId }, data: reportData });
  } else {
    reportId = (await tx.report.create({ data: reportData, select: { id: true } })).id;
  }

  if (processed.sections.length) {
    await tx.section.createMany({
      data: processed.sections.map((section, order) => ({
        reportId,
        heading: section.heading,
        level: section.level,
        order,
        start: section.start,
        end: section.end,
      })),
    });
  }

  const indicatorIds = new Map(
    (await tx.indicator.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );
  // A reviewed metric wins over a machine one for the same figure.
  const overlapsReviewed = (m: ExtractedMetric) => reviewed.some((r) => m.start < r.end && r.start < m.end);
  const kept: Array<{ metric: ExtractedMetric; index: number }> = [];
  processed.metrics.forEach((metric, index) => {
    if (!overlapsReviewed(metric)) kept.push({ metric, index });
  });
  const created = kept.length
    ? await tx.metric.createManyAndReturn({
        data: kept.map(({ metric }) => metricRow(metric, reportId, indicatorIds, processed.extractorVersion)),
        select: { id: true, start: true },
      })
    : [];
  // Figures never share a start offset, so the start identifies each new row for part-of links.
  const idByStart = new Map(created.map((row) => [row.start, row.id]));
  const idByIndex = new Map(kept.map(({ index, metric }) => [index, idByStart.get(metric.start)]));
  for (const { metric, index } of kept) {
    if (metric.partOf === null) continue;
    const id = idByIndex.get(index);
    const parentId = idByIndex.get(metric.partOf);
    if (id && parentId) await tx.metric.update({ where: { id }, data: { partOfId: parentId } });
  }

  return {
    reportId,
    outcome: existing ? "re-extracted" : "created",
    place: place.name,
    year,
    metrics: created.length + reviewed.length,
    keptReviewed: reviewed.length,
  };
}

/** Long transactions: a big report has thousands of metrics and PGlite runs on one core. */
export const WRITE_TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 30_000 } as const;

export function storeReport(
  prisma: PrismaClient,
  processed: ProcessedReport,
  options: { source: string; sourceUrl?: string | null; fallback?: MetaFallback },
): Promise<StoreResult> {
  return prisma.$transaction((tx) => storeReportInTransaction(tx, processed, options), WRITE_TRANSACTION_OPTIONS);
}
