// One report file → everything the product stores about it: decoded and cleaned text, metadata,
// structure and metrics. decodeDocument → cleanText → detectMetadata → segmentText →
// extractMetrics. Pure TypeScript (no Next.js, no Prisma): the CLI, the ingest script, the seed
// loader and the upload route all call this.
//
// Errors: bad input (empty, binary, too large, undecodable, unsupported, truncated) throws the
// IngestError that decodeDocument raised; anything that goes wrong after decoding is a bug in
// our code, and is also reported as an IngestError ("undecodable", 422) so callers only ever
// handle one error type and never store half a report.

import { createHash } from "node:crypto";
import { attributeOtherPlaces, cleanText, decodeDocument, detectMetadata, IngestError, isThirdPartyTitle, isWorkReportTitle, reportPlace } from "../ingest/index";
import type { IngestDecodedDocument } from "../ingest/decode-document";
import { extractMetrics } from "../extract/extract-metrics";
import { escapeRe, isTopicOnlyReport, titleNamesPartOfYear, titleSpanWords } from "../extract/knowledge";
import { segmentText } from "../extract/segment-text";
import { EXTRACTOR_VERSION } from "../extract/version";
import type { DecodedDocument, ProcessedReport } from "./types";

export interface ProcessReportInput {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string | null;
  sourceUrl?: string | null;
}

/**
 * Identity of a report's content, independent of its encoding and layout: sha256 (hex) of the
 * decoded text with whitespace runs collapsed to one space and trimmed. The same report saved
 * as GBK and as UTF-8 (or re-wrapped) gets the same hash.
 */
export function contentHashOf(decodedText: string): string {
  const normalised = decodedText.replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised, "utf8").digest("hex");
}

export async function processReport(input: ProcessReportInput): Promise<ProcessedReport> {
  let decoded: DecodedDocument;
  try {
    decoded = await decodeDocument(input.bytes, { fileName: input.fileName, contentType: input.contentType ?? null });
  } catch (err) {
    throw asIngestError(err, input.fileName, "decode");
  }
  return processDecoded(decoded, input.fileName, input.sourceUrl ?? null);
}

/** Convenience for text already in memory (tests, the CLI's stdin, the bench). */
export function processText(text: string, fileName = "input.txt", sourceUrl: string | null = null): ProcessedReport {
  const decoded: DecodedDocument = { format: "txt", encoding: "utf-8", text: text.replace(/\r\n?/g, "\n"), formatTitle: null, formatDate: null };
  return processDecoded(decoded, fileName, sourceUrl);
}

function processDecoded(decoded: DecodedDocument, fileName: string, sourceUrl: string | null): ProcessedReport {
  try {
    const cleaned = cleanText(decoded.text);
    // What the format conversion dropped (a PDF's page numbers and running headers) is reported too.
    const dropped = (decoded as IngestDecodedDocument).dropped;
    if (dropped && dropped.length > 0) cleaned.removed = [...cleaned.removed, ...dropped].sort((a, b) => a.start - b.start || a.end - b.end);
    const meta = detectMetadata({ text: cleaned.text, decoded, fileName, sourceUrl });
    const segments = segmentText(cleaned.text);
    const metrics = extractMetrics(cleaned.text, {
      reportYear: meta.year.value,
      relativeYearBase: relativeYearBase(meta.kind.value, meta.published.value, meta.year.value, isWorkReportTitle(meta.title.value)),
      placeLevel: meta.level.value,
      // An office's own annual report; a news item or a press conference about an office speaks for the place.
      ownOffice: meta.office.value !== null && meta.kind.value === "report",
      officeName: meta.office.value,
      placeName: meta.place.value,
      partOfYear: meta.title.value !== null && titleNamesPartOfYear(meta.title.value),
      topicOnly: isTopicOnlyReport(meta.title.value, segments.sections.map((s) => s.heading)),
      thirdParty: isThirdPartyTitle(meta.title.value),
      // A news item published in the year it reports on speaks from a day inside it.
      yearSoFar: meta.kind.value === "news" && meta.year.value !== null && meta.published.value?.startsWith(String(meta.year.value)) === true,
      titleSpan: meta.title.value !== null ? titleSpanWords(meta.title.value) : null,
      segments,
    });
    const own = reportPlace({ placeCode: meta.placeCode.value, parent: meta.parent.value, province: meta.province.value, level: meta.level.value });
    attributeOtherPlaces(cleaned.text, metrics, own, { level: meta.level.value, sections: segments.sections, streetName: meta.place.value });
    dropTitleFigures(cleaned.text, meta.title.value, metrics);
    return {
      fileName,
      format: decoded.format,
      encoding: decoded.encoding,
      rawText: decoded.text,
      cleaned,
      meta,
      sections: segments.sections,
      sentences: segments.sentences,
      metrics,
      extractorVersion: EXTRACTOR_VERSION,
      contentHash: contentHashOf(decoded.text),
    };
  } catch (err) {
    throw asIngestError(err, fileName, "extract");
  }
}

/**
 * A headline's figure (…行政复议案件量首次突破两千件) repeats one the body states with its context:
 * figures inside the title at the head of the text are not metrics. Removes them in place.
 */
function dropTitleFigures(text: string, title: string | null, metrics: ProcessedReport["metrics"]): void {
  if (!title) return;
  // The title's whitespace was collapsed (a headline's two spaces are one): match any run of it.
  const found = new RegExp(title.trim().split(/\s+/).map(escapeRe).join("\\s+")).exec(text.slice(0, 400 + title.length));
  if (found === null) return;
  const at = found.index;
  const end = at + found[0].length;
  // partOf holds indices into the list: renumber them (a part whose whole was dropped has none).
  const newIndex = new Map<number, number>();
  const kept: ProcessedReport["metrics"] = [];
  metrics.forEach((m, i) => {
    if (m.end <= at || m.start >= end) newIndex.set(i, kept.push(m) - 1);
  });
  if (kept.length === metrics.length) return;
  for (const m of kept) m.partOf = m.partOf !== null ? (newIndex.get(m.partOf) ?? null) : null;
  metrics.splice(0, metrics.length, ...kept);
}

/**
 * A library that cannot read the file (a corrupt PDF, a broken DOCX) makes it undecodable; a failure
 * after the text was read is ours, and says so rather than blaming the file's encoding.
 */
function asIngestError(err: unknown, fileName: string, stage: "decode" | "extract"): IngestError {
  if (err instanceof IngestError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  if (stage === "decode") {
    return new IngestError("undecodable", `Could not read ${fileName}: ${detail}`, "无法读取该文件的内容（文件可能已损坏或格式不完整）。", { cause: err });
  }
  return new IngestError("unprocessable", `Could not extract the figures of ${fileName} (${detail}): an error in 法治对标, not in the file. Nothing was stored; please report the file to the maintainers.`, undefined, { cause: err });
}

/**
 * The year 今年/去年 count from: a news article's publication year (it speaks from the day it
 * appeared), a government work report's delivery year (it reviews the year before: its 今年 is the
 * year of its plans), a report's covered year otherwise.
 */
export function relativeYearBase(kind: string | null, published: string | null, year: number | null, workReport: boolean): number | null {
  if (kind === "news" && published && /^\d{4}/.test(published)) return Number(published.slice(0, 4));
  if (year !== null && workReport) return year + 1;
  return year;
}
