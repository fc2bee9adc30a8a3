// Whether a report has the five parts an annual rule-of-law report must have, and whether it was
// published by 1 April of the following year. Pure: the cue words are data (report-part-cues.json).
import type { ReportPartId, ReportQuality, SectionView } from "@/lib/api/schemas";
import patterns from "@/lib/knowledge/publisher-patterns.json";
import cues from "./report-part-cues.json";

interface PartCues {
  id: ReportPartId;
  nameZh: string;
  nameEn: string;
  heading: string[];
  text: string[];
  optional?: boolean;
}

const PARTS = cues.parts as PartCues[];
/** …法治政府建设情况的报告, 依法行政工作报告: the annual report the publication deadline is set for (the metadata detector's patterns). */
const ANNUAL_REPORT_TITLE = patterns.annualReportTitlePatterns.map((p) => new RegExp(p));

export interface QualityInput {
  year: number;
  kind: "report" | "news";
  title: string;
  published: string | null;
  cleanedText: string;
  sections: readonly SectionView[];
}

export function assessReportQuality(input: QualityInput): ReportQuality {
  const nextYear = String(input.year + 1);
  const expand = (words: string[]) => words.map((w) => w.replaceAll("{nextYear}", nextYear));
  const claimed = new Set<number>();
  // Top-level headings first: 一、… outranks a 一是… line that happens to share a cue.
  const sections = [...input.sections].sort((a, b) => a.level - b.level || a.order - b.order);
  const parts: ReportQuality["parts"] = PARTS.filter((p) => p.id !== "measures").map((part) => {
    for (const section of sections) {
      const cue = expand(part.heading).find((w) => section.heading.includes(w));
      if (cue) {
        claimed.add(section.order);
        return { id: part.id, nameZh: part.nameZh, nameEn: part.nameEn, found: "heading" as const, cue, start: section.start, sectionOrder: section.order, optional: part.optional === true };
      }
    }
    for (const cue of expand(part.text)) {
      const at = input.cleanedText.indexOf(cue);
      if (at >= 0) return { id: part.id, nameZh: part.nameZh, nameEn: part.nameEn, found: "text" as const, cue, start: at, sectionOrder: null, optional: part.optional === true };
    }
    return { id: part.id, nameZh: part.nameZh, nameEn: part.nameEn, found: "missing" as const, cue: null, start: null, sectionOrder: null, optional: part.optional === true };
  });

  // 举措成效: a heading saying so, else top-level sections that no other part claims (they report the work
  // done, as in 二、依法全面履行政府职能…), else a cue in the text.
  const measures = PARTS.find((p) => p.id === "measures")!;
  const base = { id: measures.id, nameZh: measures.nameZh, nameEn: measures.nameEn, optional: false };
  let measuresPart: ReportQuality["parts"][number] = { ...base, found: "missing", cue: null, start: null, sectionOrder: null };
  const topLevel = Math.min(...input.sections.map((s) => s.level));
  const headed = sections.find((s) => expand(measures.heading).some((w) => s.heading.includes(w)) && !claimed.has(s.order));
  const unclaimed = input.sections.filter((s) => s.level === topLevel && !claimed.has(s.order));
  if (headed) {
    measuresPart = { ...base, found: "heading", cue: expand(measures.heading).find((w) => headed.heading.includes(w))!, start: headed.start, sectionOrder: headed.order };
  } else if (unclaimed.length >= 2) {
    measuresPart = { ...base, found: "heading", cue: unclaimed[0]!.heading, start: unclaimed[0]!.start, sectionOrder: unclaimed[0]!.order };
  } else {
    for (const cue of expand(measures.text)) {
      const at = input.cleanedText.indexOf(cue);
      if (at >= 0) {
        measuresPart = { ...base, found: "text", cue, start: at, sectionOrder: null };
        break;
      }
    }
  }
  parts.unshift(measuresPart);

  const deadline = `${nextYear}-04-01`;
  // The 1 April deadline binds the annual rule-of-law report, not news, a yearbook's entry or a bureau's 统计年报.
  const bound = input.kind === "report" && ANNUAL_REPORT_TITLE.some((re) => re.test(input.title));
  const status = !bound ? "not-applicable" : input.published === null ? "unknown" : input.published <= deadline ? "on-time" : "late";
  return {
    parts,
    partsFound: parts.filter((p) => p.found !== "missing").length,
    timeliness: { deadline, published: input.published, status },
  };
}
