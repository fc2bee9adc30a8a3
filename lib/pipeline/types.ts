// The contract between ingestion (bytes → cleaned text, metadata, structure) and
// extraction (cleaned text → metrics). Pure data: no Next.js, no Prisma.
// All offsets are UTF-16 code-unit indices (JavaScript string indices), end-exclusive.

export const PILLAR_IDS = ["enforcement", "reconsideration", "business", "emergency", "digital", "other"] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export type ReportKindId = "report" | "news";
export type SourceFormat = "txt" | "html" | "pdf" | "docx";

/** One span removed by cleaning; offsets refer to the text before cleaning (`DecodedDocument.text`). */
export interface RemovedSpan {
  start: number;
  end: number;
  text: string;
  reason:
    | "app-banner"
    | "navigation"
    | "print-share"
    | "comment-widget"
    | "editor-credit"
    | "page-meta"
    | "template-residue"
    | "spam"
    | "boilerplate"
    | "whitespace"
    | "other";
  /** A human-readable explanation (which rule, which words). */
  detail: string;
}

export interface DecodedDocument {
  format: SourceFormat;
  /** Detected text encoding of the bytes (utf-8, gb18030, ...). */
  encoding: string | null;
  /** Plain text after format conversion (HTML main content, PDF text layer, DOCX body), before cleaning. */
  text: string;
  /** Title found by the format itself (HTML <title>/<h1>, DOCX/PDF metadata), if any. */
  formatTitle: string | null;
  /** Publication date found in structured markup (meta tags), ISO YYYY-MM-DD. */
  formatDate: string | null;
}

export interface CleanedText {
  text: string;
  removed: RemovedSpan[];
}

/** How a metadata field was found and how sure we are of it (0..1). */
export interface MetaField<T> {
  value: T;
  method: string;
  confidence: number;
}

export interface ReportMeta {
  /** Canonical Chinese name of the place (e.g. 市南区, 青岛市). */
  place: MetaField<string | null>;
  /** Its parent for districts, counties and streets (市南区 → 青岛市). */
  parent: MetaField<string | null>;
  province: MetaField<string | null>;
  /** GB/T 2260 code of the place, when it is in the gazetteer. */
  placeCode: MetaField<string | null>;
  level: MetaField<"province" | "city" | "district" | "county" | "street" | null>;
  year: MetaField<number | null>;
  title: MetaField<string | null>;
  publisher: MetaField<string | null>;
  /** ISO date YYYY-MM-DD. */
  published: MetaField<string | null>;
  kind: MetaField<ReportKindId>;
  /**
   * The office whose own report this is (泰州市市场监督管理局), when it is not the place's government's:
   * a figure that states no level is then the office's, no place's indicator.
   */
  office: MetaField<string | null>;
}

export interface SectionSpan {
  heading: string;
  /** 1 for 一、, 2 for （一）, 3 for 一是 / 1. / short standalone lines. */
  level: number;
  order: number;
  /** Range of the heading and its body up to the next heading of the same or higher level. */
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index into the sections array of the innermost section containing it, or null. */
  section: number | null;
}

export interface MetricChange {
  value: number;
  unit: string;
  /** flat: 与上年持平 (value 0). */
  direction: "up" | "down" | "flat";
  /** 同比, 比上年, 较2020年 ... as written. */
  basis: string;
  text: string;
  start: number;
  end: number;
  /** Present (true) when the change is written approximately (近两成, 20%以上), with its bound. */
  approx?: true;
  bound?: "lower" | "upper" | null;
}

/**
 * A figure whose period is not one whole year: a total over several years (“十四五”以来, 2021—2023年累计,
 * 五年来) or part of a year (1至11月, 上半年, 截至9月底). Such a figure is no annual indicator's value.
 */
export interface MetricCoverage {
  kind: "multi-year" | "part-year";
  /** The words that say so, as written; null when the whole report covers part of a year (its title says so). */
  text: string | null;
}

export interface ExtractedMetric {
  value: number;
  unit: string;
  approx: boolean;
  /** For approximate values: whether the written figure is a lower bound (余, 多, 超, 以上) or an upper one (近, 不到). */
  bound: "lower" | "upper" | null;
  /** The figure as written (e.g. "2600余件", "98.04%"), and its range in the cleaned text. */
  text: string;
  start: number;
  end: number;
  /** What is counted, e.g. 行政复议案件立案数. */
  subject: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** 全市, 市本级, 区县, 镇街 ... when stated. */
  scope: string | null;
  /** The year the figure refers to when it differs from the report's year. */
  period: number | null;
  /** When the figure covers more or less than one whole year (a total over several years, part of a year). */
  coverage: MetricCoverage | null;
  /** A goal, not a result: after 力争/预计, in a section of plans, or dated after the report's year. */
  target: boolean;
  change: MetricChange | null;
  /** Index (in the same array) of the metric this one is a part of (其中…). */
  partOf: number | null;
  pillar: PillarId;
  /** The cue words (and where they were found) that decided the pillar. */
  pillarCues: string[];
  indicator: string | null;
  confidence: number;
}

export interface ProcessedReport {
  fileName: string;
  format: SourceFormat;
  encoding: string | null;
  rawText: string;
  cleaned: CleanedText;
  meta: ReportMeta;
  sections: SectionSpan[];
  sentences: SentenceSpan[];
  metrics: ExtractedMetric[];
  extractorVersion: string;
  contentHash: string;
}
