// Structure of a cleaned report: sections from heading markers and sentences, all as
// end-exclusive offsets into the text.
//
// Headings:
//   level 1  一、  第一部分 / 第一章  附件：/ 附表 (an annex closes the sections before it)
//   level 2  （一） (一)
//   level 3  一是 (at a line start or right after 。；：), 1. / 1、 / （1） / ①
//   standalone short lines without sentence punctuation (news features use them as their only
//   headings): level 1 when the text has no 一、 headings, 2 when it has 一、 but no （一）,
//   else 3 — so that the 一是 items inside a standalone heading stay nested under it.
// The first line is not a section when it reads as the document title (short, no sentence end):
// its words describe the whole report, not one part.
//
// A heading's text runs to the first sentence end in its line (（一）全面推行证明事项告知承诺制。
// followed by body text), or to the end of the line. A section runs from its heading to the next
// heading of the same or a higher level.
//
// Sentences split after 。；！？!?; (and an ASCII . typed for 。) and at line breaks; the terminator belongs to the sentence.

import type { SectionSpan, SentenceSpan } from "../pipeline/types";

export interface Segments {
  sections: SectionSpan[];
  sentences: SentenceSpan[];
}

const CN_ORD = "[一二三四五六七八九十]{1,3}";
const L1_RE = new RegExp(`^(?:${CN_ORD}[、．]|第${CN_ORD}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}\\.(?![0-9]))`);
const L2_RE = new RegExp(`^[（(]${CN_ORD}[）)]`);
/** 附件：…, 附件1, 附表: an annex closes every section before it, whatever its level (a plans section above a table of results). */
const ANNEX_RE = /^附(?:件|表)[0-9一二三四五六七八九十]{0,2}(?:[：:\s]|$)/;
const L3_RE = new RegExp(`^(?:${CN_ORD}是|[0-9]{1,2}[、．.](?![0-9])|[（(][0-9]{1,2}[）)]|[①-⑳])`);
/** Inline 一是 / 二是 right after a sentence end inside a line. */
const INLINE_L3_RE = new RegExp(`[。；;：:](?=${CN_ORD}是[^，,。；]{2})`, "g");
const SENTENCE_END = /[。；！？!?;]/;
/**
 * 1 for each character a numbered heading can start with (the first characters L1_RE, L2_RE and
 * L3_RE accept), so that lines starting otherwise (most body paragraphs) skip the three regexes.
 */
const HEADING_FIRST = new Uint8Array(65536);
for (const ch of "一二三四五六七八九十第（(0123456789附") HEADING_FIRST[ch.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) HEADING_FIRST[c] = 1; // ①-⑳
/**
 * Where a sentence ends: a terminator or a line break. Searching with this regex (test() from
 * lastIndex, which allocates no match) runs in the regex engine's native loop, about twice as
 * fast as comparing each character code in JavaScript.
 */
const SENTENCE_BREAK = /[\n。；！？!?;.]/g;

/**
 * Whether the ASCII point at `i` is a full stop typed for 。 (制定政府规章1件.市司法局…): after a Han
 * character, a closing bracket or quote or %, and not before a digit or a letter (not 2.5, not www.gov.cn).
 */
function isAsciiFullStop(text: string, i: number): boolean {
  const b = text.charCodeAt(i - 1);
  const a = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  const before = (b >= 0x4e00 && b <= 0x9fff) || b === 0xff09 || b === 41 || b === 0x201d || b === 0x2019 || b === 0x300b || b === 37;
  const after = (a >= 48 && a <= 57) || (a >= 65 && a <= 90) || (a >= 97 && a <= 122);
  return before && !after;
}
const STANDALONE_MAX = 30;
const TITLE_MAX = 60;

interface RawHeading {
  kind: 1 | 2 | 3 | "standalone";
  headingStart: number;
  headingEnd: number;
  /** An item inside a paragraph (…。二是规范涉企检查，…): its section ends with the paragraph. */
  paragraphEnd?: number;
}

/** 【行政复议】, 【概况】: a bracketed topic that opens a line and heads the text after it. */
const RUN_IN_HEADING_RE = /^【[\u4e00-\u9fff、]{2,12}】/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 13;
}

/** End of a heading that starts at `from` inside the line [from, lineEnd): first sentence end or line end. */
function headingEndFrom(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const ch = text[i]!;
    if (ch === "。" || ch === "；" || ch === ";" || ch === "！" || ch === "？" || ch === "!" || ch === "?") return i;
  }
  let end = lineEnd;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Level of the numbered heading `head` (a line's first characters) starts with, 0 for none. */
function numberedKind(head: string): 0 | 1 | 2 | 3 {
  if (L1_RE.test(head) || ANNEX_RE.test(head)) return 1;
  if (L2_RE.test(head)) return 2;
  if (L3_RE.test(head)) return 3;
  return 0;
}

function looksStandalone(line: string): boolean {
  if (line.length < 4 || line.length > STANDALONE_MAX) return false;
  if (/[。；！？!?;，,、：:]$/.test(line)) return false;
  if (/[。；！？!?;]/.test(line)) return false;
  // Dates, numbers and credit lines are not headings; nor are table rows (行政复议收案数（件） 198 220).
  if (/^[\d\s./\-年月日:：]+$/.test(line)) return false;
  // （2025年1月20日）, (二〇二五年一月): a document's date under its title, in brackets.
  if (BRACKETED_DATE_LINE_RE.test(line)) return false;
  if (/ [0-9]/.test(line)) return false;
  // 开展应急演练86次: a line that ends in a figure and its unit is a statement that lacks its full stop.
  if (/[0-9０-９](?![年月日])[\u4e00-\u9fff%％]{0,3}$/.test(line)) return false;
  // Nor a table's header row (类别  指标名称  单位  2022年): cells set apart by two spaces or |.
  if (/\S(?: {2,}|\t|\s*[|｜]\s*)\S.*\S(?: {2,}|\t|\s*[|｜]\s*)\S/.test(line)) return false;
  return /[\u4e00-\u9fff]/.test(line);
}

/** A date line in brackets: the meeting or issue date a report prints under its title. */
const BRACKETED_DATE_LINE_RE = /^[（(]\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年(?:[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?\s*[）)]$/;

/** A line that is only a date (2024年3月5日, 二〇二四年三月五日): a signature's, under the issuer's name. */
const DATE_LINE_RE = /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;

/** Whether the next non-empty line after `lineEnd` is a date line: the line before it signs the document, it heads nothing. */
function dateLineFollows(text: string, lineEnd: number): boolean {
  let s = lineEnd;
  while (s < text.length && (text.charCodeAt(s) === 10 || isSpace(text.charCodeAt(s)))) s++;
  let e = text.indexOf("\n", s);
  if (e < 0) e = text.length;
  if (e - s > 20) return false;
  return DATE_LINE_RE.test(text.slice(s, e).trim());
}

/** A line that is only a figure: a number with a short unit (38652件, 12.4%, 1.2万人次), as a data card's number. */
const FIGURE_LINE_RE = /^[0-9][0-9.,]*(?:万|亿)?(?:%|[\u4e00-\u9fa5]{1,4})?$/;
export function isFigureLine(line: string): boolean {
  return FIGURE_LINE_RE.test(line.trim());
}

/** The line that starts at `s` (to its break or the text's end). */
function lineAt(text: string, s: number): string {
  const e = text.indexOf("\n", s);
  return text.slice(s, e < 0 ? text.length : e);
}

/**
 * Whether the line from `s` to `lineEnd` is a data card's label: a figure alone on the line below (全市行政复议新收案件 /
 * 32.2%), or on the line above with another label above that (…出庭应诉率 / 1.27万户次 / 全市涉企行政检查). It heads nothing.
 */
function cardLabel(text: string, s: number, lineEnd: number): boolean {
  if (lineEnd < text.length && isFigureLine(lineAt(text, lineEnd + 1))) return true;
  if (s < 2) return false;
  const aboveStart = text.lastIndexOf("\n", s - 2) + 1;
  if (!isFigureLine(text.slice(aboveStart, s - 1)) || aboveStart < 2) return false;
  const label = text.slice(text.lastIndexOf("\n", aboveStart - 2) + 1, aboveStart - 1).trim();
  return label.length > 0 && label.length <= CARD_LABEL_MAX && !SENTENCE_END.test(label);
}
const CARD_LABEL_MAX = 16;

/** A unit alone in brackets on its line (（人）, （万元）, （%）): a PDF table's header cell that wrapped its unit. */
const UNIT_LINE_RE = /^[（(](?:[\u4e00-\u9fff]{1,4}|%|％)[）)]$/;

/** Whether the next line is a bracketed unit: the line before it is a table's header cell (执法人员 / （人）), no heading. */
function unitLineFollows(text: string, lineEnd: number): boolean {
  const s = lineEnd + 1;
  let e = text.indexOf("\n", s);
  if (e < 0) e = text.length;
  return e - s <= 8 && UNIT_LINE_RE.test(text.slice(s, e).trim());
}

/** Symbols a post decorates its headings with: arrows, shapes, dingbats, emoji (surrogate pairs) and their joiners. */
function isDecoration(c: number): boolean {
  return (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d;
}

/** Splits the text into sections and sentences. Never throws; offsets are end-exclusive. */
export function segmentText(text: string): Segments {
  const raw: RawHeading[] = [];
  /** 【行政复议】 before the text it heads, in one line: where each such heading ends, by its start (a sentence of its own). */
  const runInEnds = new Map<number, number>();
  const n = text.length;
  let hasL1 = false;
  let hasL2 = false;
  let firstLine = true;

  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    // 🔷一、行政复议, ▶（一）…: a post's decoration before a heading's number is no part of it.
    while (s < lineEnd && (isSpace(text.charCodeAt(s)) || isDecoration(text.charCodeAt(s)))) s++;
    let e = lineEnd;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const line = text.slice(s, e);
      const kind = HEADING_FIRST[text.charCodeAt(s)] === 1 ? numberedKind(line.slice(0, 12)) : 0;
      if (kind === 1) {
        hasL1 = true;
        raw.push({ kind: 1, headingStart: s, headingEnd: headingEndFrom(text, s, e) });
      } else if (kind === 2) {
        hasL2 = true;
        raw.push({ kind: 2, headingStart: s, headingEnd: headingEndFrom(text, s, e) });
      } else if (kind === 3) {
        raw.push({ kind: 3, headingStart: s, headingEnd: headingEndFrom(text, s, e) });
      } else if (text.charCodeAt(s) === 0x3010 && RUN_IN_HEADING_RE.test(line)) {
        // 【行政复议】年内，…: a run-in heading (a yearbook's, a bulletin's) heads the text after it.
        const end = s + RUN_IN_HEADING_RE.exec(line)![0].length;
        raw.push({ kind: 3, headingStart: s, headingEnd: end });
        runInEnds.set(s, end);
      } else if (firstLine && line.length <= TITLE_MAX && !SENTENCE_END.test(line)) {
        // Document title: not a section.
      } else if (looksStandalone(line) && lineEnd < n && !dateLineFollows(text, lineEnd) && !unitLineFollows(text, lineEnd) && !cardLabel(text, s, lineEnd)) {
        raw.push({ kind: "standalone", headingStart: s, headingEnd: e });
      }
      // Inline 一是 items after a sentence end in the same line.
      if (line.length > 8 && line.includes("是")) {
        INLINE_L3_RE.lastIndex = 0;
        const body = line;
        let m: RegExpExecArray | null;
        while ((m = INLINE_L3_RE.exec(body)) !== null) {
          const hs = s + m.index + 1;
          raw.push({ kind: 3, headingStart: hs, headingEnd: headingEndFrom(text, hs, e), paragraphEnd: e });
        }
      }
      firstLine = false;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }

  raw.sort((a, b) => a.headingStart - b.headingStart);
  const standaloneLevel = !hasL1 ? 1 : !hasL2 ? 2 : 3;

  const sections: SectionSpan[] = raw.map((h, order) => ({
    heading: text.slice(h.headingStart, h.headingEnd),
    level: h.kind === "standalone" ? standaloneLevel : h.kind,
    order,
    start: h.headingStart,
    end: n,
    headingStart: h.headingStart,
    headingEnd: h.headingEnd,
  }));
  // A section ends where the next heading of the same or a higher level begins.
  const open: number[] = [];
  for (let i = 0; i < sections.length; i++) {
    const sec = sections[i]!;
    while (open.length > 0 && sections[open[open.length - 1]!]!.level >= sec.level) {
      sections[open.pop()!]!.end = sec.start;
    }
    open.push(i);
  }
  // An item inside a paragraph (an answer's 二是…) does not head the paragraphs after it.
  for (let i = 0; i < sections.length; i++) {
    const pe = raw[i]!.paragraphEnd;
    if (pe !== undefined && pe < sections[i]!.end) sections[i]!.end = pe;
  }
  // Trim trailing whitespace from section ends.
  for (const sec of sections) {
    let end = sec.end;
    while (end > sec.headingEnd && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10)) end--;
    sec.end = Math.max(end, sec.headingEnd);
  }

  const sentences = splitSentences(text, sections, runInEnds.size > 0 ? runInEnds : null);
  return { sections, sentences };
}

/** splitSentences' runInEnds: where each run-in heading (【行政复议】) that opens a line ends, by its start. */
/** 【答】（陈晓梅）, 【记者】: a speaker's label at the start of a transcript's line, with the name after it. */
const SPEAKER_LABEL_RE = /^【[^】\n]{1,12}】[ \u3000]*(?:[（(][\u4e00-\u9fff·]{2,6}[）)][ \u3000]*)?/;
const SPEAKER_LABEL_MAX = 30;

function splitSentences(text: string, sections: SectionSpan[], runInEnds: ReadonlyMap<number, number> | null): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const n = text.length;
  // Innermost open section at a position: walk sections in order with a stack.
  const stack: number[] = [];
  let nextSection = 0;
  const innermost = (pos: number): number | null => {
    while (nextSection < sections.length && sections[nextSection]!.start <= pos) {
      stack.push(nextSection);
      nextSection++;
    }
    while (stack.length > 0 && sections[stack[stack.length - 1]!]!.end <= pos) stack.pop();
    // Sections in the stack are nested by construction (a later section starts inside or after).
    for (let k = stack.length - 1; k >= 0; k--) {
      const sec = sections[stack[k]!]!;
      if (sec.start <= pos && pos < sec.end) return stack[k]!;
    }
    return null;
  };

  let i = 0;
  while (i < n) {
    // Skip whitespace and line breaks between sentences.
    let c = text.charCodeAt(i);
    while (i < n && (c === 10 || isSpace(c))) {
      i++;
      c = text.charCodeAt(i);
    }
    if (i >= n) break;
    // 【答】（陈晓梅）2025年，…: a transcript's speaker label opens the line, not the sentence (whose year or
    // level comes first after it).
    // (A run-in 【行政复议】 topic is a heading, with a sentence of its own.)
    if (c === 0x3010 && (i === 0 || text.charCodeAt(i - 1) === 10) && !runInEnds?.has(i)) {
      const label = SPEAKER_LABEL_RE.exec(text.slice(i, i + SPEAKER_LABEL_MAX));
      if (label !== null && i + label[0].length < n && text.charCodeAt(i + label[0].length) !== 10) i += label[0].length;
    }
    const start = i;
    const runInEnd = runInEnds !== null ? runInEnds.get(start) : undefined;
    if (runInEnd !== undefined) {
      sentences.push({ start, end: runInEnd, section: innermost(start) });
      i = runInEnd;
      continue;
    }
    let end = n;
    SENTENCE_BREAK.lastIndex = i;
    let found = SENTENCE_BREAK.test(text);
    // A decimal point or a dot in a name is no break: search on past it.
    while (found && text.charCodeAt(SENTENCE_BREAK.lastIndex - 1) === 46 && !isAsciiFullStop(text, SENTENCE_BREAK.lastIndex - 1)) found = SENTENCE_BREAK.test(text);
    if (found) {
      // The line break ends the sentence before it; a terminator (。；！？ ! ? ;) belongs to it.
      end = SENTENCE_BREAK.lastIndex;
      if (text.charCodeAt(end - 1) === 10) end--;
      else {
        // Keep a closing quote or bracket that follows the terminator with the sentence.
        while (end < n) {
          const q = text.charCodeAt(end);
          if (q === 0x201d || q === 0x2019 || q === 0xff09 || q === 41 || q === 0x300d || q === 0x300f) end++;
          else break;
        }
      }
    }
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) sentences.push({ start, end: e, section: innermost(start) });
    i = end;
  }
  return sentences;
}
