// Generates a national-scale data set for the web benchmark: 30 provinces × 10 cities = 300 places,
// 10 annual reports each (3,000 reports of ~6,000 characters) and ~100 metrics per report
// (~300,000 metrics), every metric pointing at its figure and sentence in the report's text, as
// extraction does. Deterministic (seeded), so runs are comparable.
//   tsx --conditions=react-server scripts/generate-national-dataset.ts [dataDir]
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "../lib/db/generated/client";

export interface NationalDatasetOptions {
  provinces?: number;
  citiesPerProvince?: number;
  years?: number[];
  metricsPerReport?: number;
  log?: (line: string) => void;
}

const DIGITS = "一二三四五六七八九十";
const SUBJECTS = ["行政复议案件", "行政执法检查", "应急演练", "政务服务事项", "行政处罚案件", "法律顾问意见", "矛盾纠纷调解", "普法活动", "数据共享接口", "审批事项"];
const FILLER =
  "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进依法行政，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。";

/** A small deterministic PRNG (mulberry32): the same data set on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

export async function generateNationalDataset(prisma: PrismaClient, options: NationalDatasetOptions = {}): Promise<{ places: number; reports: number; metrics: number }> {
  const provinces = options.provinces ?? 30;
  const cities = options.citiesPerProvince ?? 10;
  const years = options.years ?? [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  const perReport = options.metricsPerReport ?? 100;
  const log = options.log ?? (() => {});
  const rand = random(20261123);

  const indicators = await prisma.indicator.findMany({ select: { id: true, pillarId: true, unit: true }, orderBy: { id: "asc" } });
  const pillars = (await prisma.pillar.findMany({ select: { id: true } })).map((p) => p.id);
  if (indicators.length === 0 || pillars.length === 0) throw new Error("Load the reference data (pillars, indicators) first");

  // Places: provinces, then their cities.
  const cityIds: number[] = [];
  for (let p = 1; p <= provinces; p++) {
    const province = await prisma.place.create({
      data: { slug: `bench-p${pad(p)}`, nameZh: `基准省${pad(p)}`, nameEn: `Bench Province ${pad(p)}`, pinyin: `jizhunsheng${pad(p)}`, level: "PROVINCE" },
      select: { id: true },
    });
    await prisma.place.createMany({
      data: Array.from({ length: cities }, (_, c) => ({
        slug: `bench-p${pad(p)}-c${pad(c + 1)}`,
        nameZh: `基准${pad(p)}${DIGITS[c % 10]}市`,
        nameEn: `Bench City ${pad(p)}-${pad(c + 1)}`,
        pinyin: `jizhun${pad(p)}${pad(c + 1)}shi`,
        level: "CITY" as const,
        parentId: province.id,
        provinceId: province.id,
      })),
    });
    const rows = await prisma.place.findMany({ where: { parentId: province.id }, select: { id: true }, orderBy: { id: "asc" } });
    cityIds.push(...rows.map((r) => r.id));
  }
  log(`[dataset] ${cityIds.length} places`);

  let reportCount = 0;
  let metricCount = 0;
  let pending: Array<Record<string, unknown>> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await prisma.metric.createMany({ data: pending as never });
    metricCount += pending.length;
    pending = [];
  };

  for (const [i, placeId] of cityIds.entries()) {
    const reports = years.map((year) => buildReport(placeId, year, perReport, indicators, pillars, rand));
    const created = await prisma.report.createManyAndReturn({
      data: reports.map((r) => r.report),
      select: { id: true, year: true },
    });
    for (const row of created) {
      const built = reports.find((r) => r.report.year === row.year)!;
      await prisma.section.createMany({ data: built.sections.map((s) => ({ ...s, reportId: row.id })) });
      for (const m of built.metrics) {
        pending.push({ ...m, reportId: row.id });
        if (pending.length >= 5000) await flush();
      }
    }
    reportCount += created.length;
    if ((i + 1) % 30 === 0) log(`[dataset] ${i + 1}/${cityIds.length} places, ${reportCount} reports, ${metricCount + pending.length} metrics`);
  }
  await flush();
  return { places: cityIds.length, reports: reportCount, metrics: metricCount };
}

function buildReport(
  placeId: number,
  year: number,
  perReport: number,
  indicators: Array<{ id: number; pillarId: string; unit: string }>,
  pillars: string[],
  rand: () => number,
) {
  let text = `${year}年法治政府建设情况报告\n`;
  const sections: Array<{ heading: string; level: number; order: number; start: number; end: number }> = [];
  const metrics: Array<Record<string, unknown>> = [];
  // Each report discloses a random ~70% of the catalog, like real reports that skip some indicators.
  const disclosed = indicators.filter(() => rand() < 0.7);
  for (let i = 0; i < perReport; i++) {
    if (i % 10 === 0) {
      const heading = `${DIGITS[(i / 10) % 10]}、第${i / 10 + 1}方面工作`;
      if (sections.length) sections[sections.length - 1]!.end = text.length;
      sections.push({ heading, level: 1, order: sections.length, start: text.length, end: text.length });
      text += `${heading}\n`;
    }
    const indicator = disclosed[i];
    const unit = indicator?.unit ?? "件";
    const value = unit === "%" ? Math.round(rand() * 10000) / 100 : Math.floor(rand() * 5000) + 1;
    const approx = rand() < 0.1;
    const figure = `${value}${approx ? "余" : ""}${unit}`;
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const scope = rand() < 0.5 ? "全市" : rand() < 0.5 ? "市本级" : null;
    const lead = `${scope ?? ""}${year}年共办理${subject}`;
    const sentence = `${lead}${figure}，${FILLER.slice(0, 20 + Math.floor(rand() * 30))}。`;
    const quoteStart = text.length;
    const start = quoteStart + lead.length;
    metrics.push({
      pillarId: indicator?.pillarId ?? pillars[i % pillars.length]!,
      indicatorId: indicator?.id ?? null,
      value,
      unit,
      approx,
      bound: approx ? "LOWER" : null,
      text: figure,
      start,
      end: start + figure.length,
      subject,
      quote: sentence,
      quoteStart,
      quoteEnd: quoteStart + sentence.length,
      scope,
      period: null,
      confidence: 0.8 + rand() * 0.2,
      extractorVersion: "bench",
    });
    text += sentence;
    if (i % 3 === 2) text += `${FILLER}\n`;
  }
  if (sections.length) sections[sections.length - 1]!.end = text.length;
  return {
    report: {
      placeId,
      year,
      title: `${year}年法治政府建设情况报告（基准数据 ${placeId}）`,
      publisher: "基准数据",
      publishedAt: new Date(`${year + 1}-03-15T00:00:00Z`),
      source: `bench-${placeId}-${year}.txt`,
      kind: "OFFICIAL_REPORT" as const,
      rawText: text,
      cleanedText: text,
      contentHash: `bench-${placeId}-${year}`,
      extractorVersion: "bench",
    },
    sections,
    metrics,
  };
}

// Run directly: fill the given (or configured) data directory.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { openDatabase } = await import("../lib/db/open-database");
  const { applyMigrations } = await import("../lib/db/schema-engine");
  const { seedDatabase } = await import("../lib/db/seed");
  const path = await import("node:path");
  const db = await openDatabase({ dataDir: path.resolve(process.argv[2] ?? "data/bench/pglite") });
  try {
    await applyMigrations(db.adapter);
    await seedDatabase(db.prisma, { log: console.log });
    console.log(await generateNationalDataset(db.prisma, { log: console.log }));
  } finally {
    await db.close();
  }
}
