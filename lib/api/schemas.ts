// The API's one source of truth: request parameters and response bodies as zod schemas. The data
// layer's return types are inferred from these, route handlers validate with them, and
// /api/openapi.json is generated from them (lib/api/openapi.ts).
import { z } from "zod";
import { PILLAR_IDS } from "@/lib/pipeline/types";
import type { ComparisonResult } from "@/lib/compare/types";

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
export const MAX_COMPARE_PLACES = 300;
export const MAX_COMPARE_INDICATORS = 200;

export const PillarIdSchema = z.enum(PILLAR_IDS).describe("Pillar id: enforcement 执法, reconsideration 复议, business 营商环境, emergency 应急, digital 数字政府, other 其他");
export const PlaceLevelSchema = z.enum(["province", "city", "district", "county", "street"]);
export const ReportKindSchema = z.enum(["report", "news"]).describe("report: an official annual report; news: a news article about the work");
export const LangSchema = z.enum(["zh", "en"]);

const slug = (what: string) => z.string().regex(SLUG_PATTERN, `must be a ${what} slug (lowercase letters, digits and hyphens)`);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("ISO date YYYY-MM-DD");

/** A comma-separated list ("a,b,c"); repeated parameters are joined before parsing. */
function slugList(what: string, max: number) {
  return z
    .string()
    .transform((raw) => [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))])
    .pipe(
      z
        .array(slug(what))
        .min(1, `must name at least one ${what}`)
        .max(max, `allows at most ${max} ${what}s`),
    );
}

const yearNumber = z
  .string()
  .regex(/^\d{4}$/, 'must be "latest" or a four-digit year')
  .transform(Number)
  .pipe(z.number().int().min(1990).max(2100));

const positiveId = (what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be a positive integer ${what} id`)
    .transform(Number)
    .pipe(z.number().int().min(1, `must be a positive integer ${what} id`));

const optionalInt = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((v) => v ?? fallback);

// ---------------------------------------------------------------------------------------------
// Request parameters (query strings and path segments). Inputs are strings, as in a URL.
// ---------------------------------------------------------------------------------------------

export const CompareQuerySchema = z
  .object({
    places: slugList("place", MAX_COMPARE_PLACES).describe("Place slugs, comma-separated, e.g. qingdao,weihai"),
    indicators: slugList("indicator", MAX_COMPARE_INDICATORS).optional().describe("Indicator slugs, comma-separated; default: the pillar's (or all) indicators that someone discloses"),
    pillar: PillarIdSchema.optional(),
    year: z
      .union([z.literal("latest"), yearNumber])
      .optional()
      .transform((v) => v ?? "latest")
      .describe('"latest" (each place\'s latest report, the default) or a year YYYY'),
  })
  .describe("Comparison of indicators across places");
export type CompareQuery = z.output<typeof CompareQuerySchema>;

export const MetricsQuerySchema = z.object({
  place: slug("place").optional(),
  report: positiveId("report").optional(),
  pillar: PillarIdSchema.optional(),
  indicator: slug("indicator").optional(),
  year: yearNumber.optional(),
  limit: optionalInt(1, 5000, 500).describe("At most this many metrics (default 500, max 5000)"),
  offset: optionalInt(0, 10_000_000, 0),
});
export type MetricsQuery = z.output<typeof MetricsQuerySchema>;

export const ReportsQuerySchema = z.object({
  place: slug("place").optional(),
  year: yearNumber.optional(),
  kind: ReportKindSchema.optional(),
});
export type ReportsQuery = z.output<typeof ReportsQuerySchema>;

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(50, "allows at most 50 characters")
    .describe("Text to find in the reports' cleaned text (Chinese, no word segmentation needed)"),
  limit: optionalInt(1, 100, 20).describe("At most this many reports (default 20)"),
});
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export const PlaceSlugParamSchema = z.object({ slug: slug("place") });
export const IndicatorSlugParamSchema = z.object({ slug: slug("indicator") });
export const ReportIdParamSchema = z.object({ id: positiveId("report") });

/** Text fields of a report upload (POST /api/reports, multipart/form-data, next to `file`); empty fields count as absent. */
export const ReportUploadFieldsSchema = z.object({
  place: z.string().max(40, "allows at most 40 characters").optional().describe("The place the report speaks for, used only when the text does not name it (e.g. 青岛市)"),
  parent: z.string().max(40, "allows at most 40 characters").optional().describe("The city a district or county belongs to, used only when the text does not say"),
  year: z
    .string()
    .regex(/^\d{4}$/, "must be a four-digit year such as 2023")
    .transform(Number)
    .pipe(z.number().int().min(1990).max(2100))
    .optional()
    .describe("The year the report covers, used only when the text does not say"),
  sourceUrl: z
    .string()
    .regex(/^https?:\/\//, "must be an http(s) URL")
    .max(2000, "allows at most 2000 characters")
    .optional()
    .describe("Where the report was published"),
});

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const PillarSchema = z.object({
  id: PillarIdSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  order: z.number().int(),
  color: z.string().describe("CSS colour used for this pillar everywhere"),
  indicatorCount: z.number().int(),
  metricCount: z.number().int(),
});
export type PillarView = z.infer<typeof PillarSchema>;

export const PlaceRefSchema = z.object({
  slug: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  level: PlaceLevelSchema,
});
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

export const ReportRefSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  kind: ReportKindSchema,
  office: z.string().nullable().describe("The office whose own report this is (株洲市市场监督管理局), null for the place's government's report or a news piece"),
  metricCount: z.number().int(),
});
export type ReportRef = z.infer<typeof ReportRefSchema>;

export const PlaceSummarySchema = PlaceRefSchema.extend({
  code: z.string().nullable().describe("GB/T 2260 administrative division code"),
  parent: PlaceRefSchema.nullable(),
  province: PlaceRefSchema.nullable(),
  reports: z.array(ReportRefSchema).describe("Reports, newest year first"),
});
export type PlaceSummary = z.infer<typeof PlaceSummarySchema>;

export const ReportSummarySchema = z.object({
  id: z.number().int(),
  place: PlaceRefSchema.extend({ parentNameZh: z.string().nullable() }),
  year: z.number().int().describe("The year whose work the report covers"),
  title: z.string(),
  publisher: z.string().nullable(),
  published: isoDate.nullable(),
  kind: ReportKindSchema,
  office: z.string().nullable().describe("The office whose own report this is (株洲市市场监督管理局), null for the place's government's report or a news piece"),
  source: z.string().describe("URL or file name the text came from"),
  sourceUrl: z.string().nullable(),
  metricCount: z.number().int(),
  ingestedAt: z.string().describe("ISO timestamp"),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const MetricChangeSchema = z
  .object({
    value: z.number(),
    unit: z.string(),
    direction: z.enum(["up", "down", "flat"]).describe("flat: 与上年持平 (value 0)"),
    basis: z.string().describe("What it is compared with, as written (同比, 较上年, 比2022年); empty when unstated"),
    text: z.string().describe("The change as written (同比增长34.4%)"),
    approx: z.boolean().optional().describe("True when the change is written approximately (近两成, 20%以上)"),
    bound: z.enum(["lower", "upper"]).nullable().optional(),
  })
  .describe("A change stated for the figure: up or down by value in unit");
export type MetricChangeView = z.infer<typeof MetricChangeSchema>;

export const MetricCoverageSchema = z
  .object({
    kind: z.enum(["multi-year", "part-year"]).describe("multi-year: a total over several years (“十四五”以来); part-year: part of a year (1至11月, 上半年)"),
    text: z.string().nullable().describe("The words that say so, as written; null when the whole report covers part of a year"),
  })
  .describe("The figure's period is not one whole year: no annual indicator takes it");
export type MetricCoverageView = z.infer<typeof MetricCoverageSchema>;

export const MetricSchema = z.object({
  id: z.number().int(),
  reportId: z.number().int(),
  pillarId: PillarIdSchema,
  indicator: z
    .object({ slug: z.string(), nameZh: z.string(), nameEn: z.string(), unit: z.string() })
    .nullable()
    .describe("The canonical indicator, when the figure maps to one"),
  value: z.number(),
  unit: z.string(),
  approx: z.boolean().describe("Written as an approximate figure (余/多/近/约…)"),
  bound: z.enum(["lower", "upper"]).nullable(),
  text: z.string().describe("The figure as written"),
  start: z.number().int().describe("Start of the figure in the cleaned text (UTF-16 index)"),
  end: z.number().int(),
  subject: z.string().describe("What is counted"),
  quote: z.string().describe("The sentence the figure stands in"),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
  scope: z.string().nullable().describe("全市 / 市本级 / … when stated"),
  period: z.number().int().nullable().describe("Year the figure refers to, when it differs from the report's year"),
  coverage: MetricCoverageSchema.nullable(),
  target: z.boolean().describe("A goal, not a result: after 力争/预计, in a section of plans, or dated after the report's year"),
  change: MetricChangeSchema.nullable(),
  partOfId: z.number().int().nullable(),
  confidence: z.number(),
  reviewStatus: z.enum(["machine", "confirmed", "edited", "rejected"]),
});
export type MetricView = z.infer<typeof MetricSchema>;

export const MetricListItemSchema = MetricSchema.extend({
  place: PlaceRefSchema,
  year: z.number().int().describe("Year covered by the report"),
});
export type MetricListItem = z.infer<typeof MetricListItemSchema>;

export const MetricListSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  metrics: z.array(MetricListItemSchema),
});
export type MetricList = z.infer<typeof MetricListSchema>;

export const SectionSchema = z.object({
  heading: z.string(),
  level: z.number().int(),
  order: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type SectionView = z.infer<typeof SectionSchema>;

export const RemovedSpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string(),
  detail: z.string(),
});

export const ReportPartIdSchema = z.enum(["measures", "shortcomings", "leadership", "next-year", "other"]);
export type ReportPartId = z.infer<typeof ReportPartIdSchema>;

export const ReportQualitySchema = z.object({
  parts: z.array(
    z.object({
      id: ReportPartIdSchema,
      nameZh: z.string(),
      nameEn: z.string(),
      found: z.enum(["heading", "text", "missing"]).describe("heading: a section heading carries a cue (or, for 举措成效, the report has other top-level sections of work done); text: only the body mentions it"),
      cue: z.string().nullable(),
      start: z.number().int().nullable().describe("Where the cue was found in the cleaned text"),
      sectionOrder: z.number().int().nullable(),
      optional: z.boolean().describe("A part most reports rightly leave out when they have nothing to add (其他需要报告的情况): its absence is no shortcoming"),
    }),
  ),
  partsFound: z.number().int(),
  timeliness: z.object({
    deadline: isoDate.describe("1 April of the year after the year covered"),
    published: isoDate.nullable(),
    status: z.enum(["on-time", "late", "unknown", "not-applicable"]).describe("not-applicable: news articles are not annual reports"),
  }),
});
export type ReportQuality = z.infer<typeof ReportQualitySchema>;

export const ReportDetailSchema = ReportSummarySchema.extend({
  cleanedText: z.string(),
  sections: z.array(SectionSchema),
  metrics: z.array(MetricSchema).describe("In text order"),
  cleaningReport: z.array(RemovedSpanSchema).describe("Every span removed by cleaning and why"),
  metaProvenance: z.record(z.string(), z.unknown()).describe("How each metadata field was found"),
  extractorVersion: z.string(),
  quality: ReportQualitySchema,
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

export const IndicatorSummarySchema = z.object({
  slug: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  definitionZh: z.string(),
  definitionEn: z.string(),
  pillarId: PillarIdSchema,
  unit: z.string(),
  higherIsBetter: z.boolean().nullable(),
  scope: z.string(),
  order: z.number().int(),
  placeCount: z.number().int().describe("How many places disclose it in at least one report"),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;

export const ComparabilityFlagSchema = z.enum(["scope", "period", "approx", "unit"]);

export const IndicatorObservationSchema = z.object({
  place: PlaceRefSchema,
  year: z.number().int().describe("Year covered by the report"),
  reportId: z.number().int(),
  reportTitle: z.string(),
  kind: ReportKindSchema,
  office: z.string().nullable().describe("The office whose own report this is (株洲市市场监督管理局), null for the place's government's report or a news piece"),
  metricId: z.number().int(),
  value: z.number(),
  unit: z.string(),
  text: z.string(),
  quote: z.string(),
  scope: z.string().nullable(),
  period: z.number().int().nullable(),
  approx: z.boolean(),
  bound: z.enum(["lower", "upper"]).nullable().describe("Which way an approximate figure may be off (余 lower, 近 upper)"),
  /** The figure charted for this place and year (several figures may map to one indicator, e.g. 全市 and 市本级). */
  primary: z.boolean(),
  flags: z.array(ComparabilityFlagSchema),
});
export type IndicatorObservation = z.infer<typeof IndicatorObservationSchema>;

export const IndicatorDetailSchema = IndicatorSummarySchema.extend({
  pillar: PillarSchema.omit({ indicatorCount: true, metricCount: true }),
  observations: z.array(IndicatorObservationSchema).describe("Every disclosure, by place then year (newest first)"),
  notesZh: z.array(z.string()),
  notesEn: z.array(z.string()),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetailSchema>;

export const PlaceIndicatorSchema = z.object({
  indicator: IndicatorSummarySchema.pick({ slug: true, nameZh: true, nameEn: true, unit: true, pillarId: true, higherIsBetter: true }),
  points: z.array(
    z.object({
      year: z.number().int(),
      value: z.number(),
      unit: z.string(),
      text: z.string(),
      reportId: z.number().int(),
      metricId: z.number().int(),
      scope: z.string().nullable(),
      approx: z.boolean(),
      bound: z.enum(["lower", "upper"]).nullable(),
    }),
  ).describe("One figure per year, oldest first"),
});
export type PlaceIndicator = z.infer<typeof PlaceIndicatorSchema>;

export const PlaceDetailSchema = PlaceSummarySchema.extend({
  children: z.array(PlaceSummarySchema.omit({ parent: true, province: true })).describe("Districts and counties under this place"),
  pillarCounts: z.record(z.string(), z.number().int()).describe("Metrics disclosed per pillar, all years"),
  indicators: z.array(PlaceIndicatorSchema).describe("Indicators this place discloses, in catalog order"),
});
export type PlaceDetail = z.infer<typeof PlaceDetailSchema>;

export const CompareCellSchema = z.object({
  placeSlug: z.string(),
  value: z.number().nullable().describe("null means 未披露 (not disclosed), never zero"),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  reportId: z.string().nullable(),
  metricId: z.string().nullable(),
  text: z.string().nullable(),
  quote: z.string().nullable(),
  quoteStart: z.number().int().nullable(),
  quoteEnd: z.number().int().nullable(),
  scope: z.string().nullable(),
  period: z.number().int().nullable(),
  approx: z.boolean(),
  bound: z.enum(["lower", "upper"]).nullable(),
  rank: z.number().int().nullable(),
  flags: z.array(ComparabilityFlagSchema),
});

export const ComparisonSchema = z.object({
  year: z.union([z.literal("latest"), z.number().int()]),
  places: z.array(
    z.object({
      slug: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      level: PlaceLevelSchema,
      parentNameZh: z.string().nullable(),
      provinceNameZh: z.string().nullable(),
      parentNameEn: z.string().nullable(),
      provinceNameEn: z.string().nullable(),
    }),
  ),
  series: z.array(
    z.object({
      indicator: z.object({
        slug: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        unit: z.string(),
        pillarId: PillarIdSchema,
        higherIsBetter: z.boolean().nullable(),
      }),
      cells: z.array(CompareCellSchema),
      notesZh: z.array(z.string()),
      notesEn: z.array(z.string()),
    }),
  ),
  sources: z.array(
    z.object({
      reportId: z.string(),
      placeSlug: z.string(),
      title: z.string(),
      year: z.number().int(),
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      source: z.string(),
    }),
  ),
  generatedAt: z.string(),
});
// The shared contract lives in lib/compare/types.ts; these lines fail to compile if the schema drifts from it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const COMPARISON_SCHEMA_MATCHES_CONTRACT: Same<z.infer<typeof ComparisonSchema>, ComparisonResult> = true;

export const SearchHitSchema = z.object({
  start: z.number().int().describe("Match position in the cleaned text"),
  end: z.number().int(),
  sentenceStart: z.number().int(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
export const SearchResultSchema = z.object({
  q: z.string(),
  total: z.number().int().describe("Reports containing the text"),
  results: z.array(
    z.object({
      report: ReportSummarySchema.pick({ id: true, year: true, title: true, kind: true, place: true }),
      matchCount: z.number().int(),
      hits: z.array(SearchHitSchema).describe("Up to 5 snippets"),
    }),
  ),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const HealthSchema = z.object({
  ok: z.boolean(),
  database: z.enum(["pglite", "postgres"]).nullable(),
  counts: z.object({ places: z.number().int(), reports: z.number().int(), metrics: z.number().int() }).nullable(),
  error: z.string().optional(),
});
export type Health = z.infer<typeof HealthSchema>;

export const CoverageRowSchema = z.object({
  place: PlaceRefSchema,
  report: ReportRefSchema.nullable().describe("The place's latest report"),
  counts: z.record(PillarIdSchema, z.number().int()),
});
export const OverviewSchema = z.object({
  groups: z.array(
    z.object({
      province: PlaceRefSchema.nullable(),
      places: z.array(PlaceSummarySchema.extend({ children: z.array(PlaceSummarySchema) })),
    }),
  ),
  coverage: z.array(CoverageRowSchema),
  totals: z.object({ places: z.number().int(), reports: z.number().int(), metrics: z.number().int() }),
});
export type Overview = z.infer<typeof OverviewSchema>;
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

export const ErrorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    messageZh: z.string().optional().describe("The message in Chinese, for errors a person fixes by changing the file (413, 415, 422)"),
    param: z.string().optional().describe("The request parameter at fault (400)"),
  }),
});

/** What POST /api/reports answers: 201 with outcome "created", 200 when the same text was stored before. */
export const ReportUploadResultSchema = z.object({
  reportId: z.number().int(),
  outcome: z.enum(["created", "unchanged", "re-extracted"]),
  place: z.string(),
  year: z.number().int(),
  metrics: z.number().int().describe("Metrics stored for the report"),
  keptReviewed: z.number().int().describe("Reviewed metrics kept as they were during re-extraction"),
});
