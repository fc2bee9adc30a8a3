// Bytes → plain text. Detects the format (magic bytes first, then extension and content type),
// the text encoding (BOM, strict UTF-8, declared charset, chardet, GB18030 fallback), and converts
// HTML (Readability main content), PDF (unpdf text layer) and DOCX (mammoth raw text) to text with
// one paragraph per line. Pure TypeScript; no Next.js or Prisma.

import chardet from "chardet";
import iconv from "iconv-lite";

import type { DecodedDocument, RemovedSpan, SourceFormat } from "../pipeline/types";
import { LINE_FINAL, LINE_START_MARKER, SPACED_HEADER, SPACED_ROW, continuesAcrossBreak, isTableRowLine, findPageFurniture, isMarkedPageNumber, pageBreaks, type PageFurniture } from "./page-furniture";
import { chromeLine } from "./chrome-line";
import { IngestError, MAX_UPLOAD_BYTES } from "./ingest-error";
import { htmlToDocument, wordHtmlToText } from "./html-to-text";

/**
 * DecodedDocument plus optional facts that only some formats carry. Adding optional fields keeps
 * the pipeline contract intact; detectMetadata reads them when present.
 */
export interface IngestDecodedDocument extends DecodedDocument {
  /** Publishing body from structured markup (meta ContentSource, 来源 line next to the title). */
  formatPublisher?: string | null;
  /** Site name from markup (og:site_name, SiteName). */
  formatSiteName?: string | null;
  /** Canonical address of the page from markup (link rel=canonical, og:url, meta Url/SiteDomain). */
  formatSourceUrl?: string | null;
  /** Number of pages, for PDF. */
  pageCount?: number | null;
  /**
   * Page furniture the format conversion dropped (a PDF's page numbers and running headers), each as an
   * empty span at the place in `text` where the pages were joined, with the dropped text: for the
   * cleaning report, so that nothing leaves the text unreported.
   */
  dropped?: RemovedSpan[];
}

export interface DecodeOptions {
  fileName: string;
  contentType?: string | null;
}

type Sniffed = SourceFormat | "zip" | "ole";

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

/** Searches for an ASCII needle in a byte range (used on small windows only). */
function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const n = ascii(needle);
  const end = Math.min(to, bytes.length) - n.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

/** Formats we recognise by signature but do not read (images, archives, executables, legacy Office). */
const FOREIGN_SIGNATURES: { name: string; nameZh: string; sig: number[]; at?: number }[] = [
  { name: "PNG image", nameZh: "PNG 图片", sig: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", nameZh: "JPEG 图片", sig: [0xff, 0xd8, 0xff] },
  { name: "GIF image", nameZh: "GIF 图片", sig: ascii("GIF8") },
  { name: "WebP/RIFF media", nameZh: "WebP/RIFF 媒体文件", sig: ascii("RIFF") },
  { name: "gzip archive", nameZh: "gzip 压缩包", sig: [0x1f, 0x8b] },
  { name: "RAR archive", nameZh: "RAR 压缩包", sig: ascii("Rar!") },
  { name: "7z archive", nameZh: "7z 压缩包", sig: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "executable", nameZh: "可执行程序", sig: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "executable", nameZh: "可执行程序", sig: ascii("MZ") },
  { name: "MP4/QuickTime media", nameZh: "MP4/QuickTime 视频", sig: ascii("ftyp"), at: 4 },
  { name: "MP3 audio", nameZh: "MP3 音频", sig: ascii("ID3") },
  { name: "TIFF image", nameZh: "TIFF 图片", sig: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF image", nameZh: "TIFF 图片", sig: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "RTF document", nameZh: "RTF 文档", sig: ascii("{\\rtf") },
];

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : "";
}

function sniffFormat(bytes: Uint8Array, fileName: string, contentType: string | null | undefined): Sniffed {
  // A PDF header may follow a little junk (some servers prepend a BOM or whitespace).
  if (indexOfAscii(bytes, "%PDF-", 0, 1024) >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  for (const f of FOREIGN_SIGNATURES) {
    if (startsWith(bytes, f.sig, f.at ?? 0)) {
      throw new IngestError(
        "unsupported",
        `This file holds ${f.name} data, not a report. Upload plain text, HTML, PDF or DOCX.`,
        `该文件是${f.nameZh}，不是报告文本。请上传纯文本、HTML、PDF 或 DOCX 文件。`,
      );
    }
  }
  const ext = extensionOf(fileName);
  const ct = (contentType ?? "").toLowerCase();
  if (ext === "pdf" || ct.includes("application/pdf")) return "pdf"; // no signature: damaged PDF, handled later
  if (ext === "docx" || ct.includes("officedocument.wordprocessingml")) return "docx";
  if (ext === "html" || ext === "htm" || ext === "shtml" || ext === "xhtml" || ct.includes("html")) return "html";
  return "txt";
}

/** True when text that came in as "txt" is actually markup (downloaded pages saved as .txt or no extension). */
const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--[\s\S]{0,500}?-->\s*<html)/i;

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (HTML_SNIFF.test(head)) return true;
  // Fragments: several block tags and a closing tag early on.
  const tags = head.match(/<\/?(?:p|div|span|br|table|td|tr|h[1-6]|a|title|script|style)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 4;
}

// ---------------------------------------------------------------------------------------------
// Text encoding

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function charsetFromHtmlBytes(bytes: Uint8Array): string | null {
  // The meta tag is ASCII in every ASCII-compatible encoding, so read the head as latin1.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** GB2312 and GBK labels are routinely used for text that contains GBK-only characters; GB18030 is their superset. */
function canonicalCharset(label: string): string | null {
  const l = label.toLowerCase().replace(/_/g, "-");
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|gb-2312|csgb2312|hz-gb-2312)$/.test(l)) return "gb18030";
  if (/^(?:big5|big5-hkscs|x-big5|cp950)$/.test(l)) return "big5";
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(l)) return "utf-8";
  if (/^utf-?16(?:le)?$/.test(l)) return "utf-16le";
  if (/^utf-?16be$/.test(l)) return "utf-16be";
  if (iconv.encodingExists(l)) return l;
  return null;
}

/** Control bytes that never occur in text files (tab, LF, FF, CR and ESC excluded). */
function controlByteRatio(bytes: Uint8Array, limit = 65536): number {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) bad++;
  }
  return bad / n;
}

/** How plausible a decoded string is as Chinese or ASCII text: share of replacement and odd characters. */
function decodeQuality(text: string): { replacement: number; odd: number } {
  const n = Math.min(text.length, 200_000);
  if (n === 0) return { replacement: 0, odd: 0 };
  let repl = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) repl++;
    else if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) odd++;
    else if (c >= 0xe000 && c <= 0xf8ff) odd++; // private use: typical of a wrong legacy decoding
  }
  return { replacement: repl / n, odd: odd / n };
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function isAcceptable(text: string): boolean {
  const q = decodeQuality(text);
  return q.replacement <= 0.002 && q.odd <= 0.002;
}

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes text bytes. Order: BOM; strict UTF-8 (valid multi-byte UTF-8 is almost never an accident);
 * the declared charset; chardet's guesses; GB18030 as the last resort for Chinese pages.
 */
export function decodeTextBytes(bytes: Uint8Array, declared: string | null = null): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16le.decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16be.decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) return { text: iconv.decode(Buffer.from(bytes.subarray(4)), "gb18030"), encoding: "gb18030" };

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: (utf16 === "utf-16le" ? utf16le : utf16be).decode(bytes), encoding: utf16 };

  if (controlByteRatio(bytes) > 0.01) {
    throw new IngestError("binary");
  }

  try {
    return { text: utf8Fatal.decode(bytes), encoding: "utf-8" };
  } catch {
    // Not strictly UTF-8. A file cut off mid-character, or one with a few stray bytes, is still
    // UTF-8: legacy (GBK) bytes read as UTF-8 give a replacement character almost every other
    // character, so a handful of them means damage, not another encoding.
    const lossy = new TextDecoder("utf-8").decode(bytes);
    let bad = 0;
    for (let i = 0; i < lossy.length; i++) if (lossy.charCodeAt(i) === 0xfffd) bad++;
    if (bad <= Math.max(3, lossy.length * 0.001)) {
      return { text: lossy.replace(/\ufffd+$/, ""), encoding: "utf-8" };
    }
  }

  const tried = new Set<string>(["utf-8"]);
  const candidates: string[] = [];
  const declaredCanon = declared ? canonicalCharset(declared) : null;
  if (declaredCanon) candidates.push(declaredCanon);
  const sample = bytes.length > 262_144 ? bytes.subarray(0, 262_144) : bytes;
  for (const m of chardet.analyse(sample)) {
    const c = canonicalCharset(m.name);
    // chardet's single-byte guesses (ISO-8859-x, windows-125x) always "succeed"; they are only
    // worth trying after the CJK encodings, which we do by pushing gb18030 and big5 first below.
    if (c && m.confidence >= 10 && !/^(?:iso-8859|windows-125|ibm|koi8)/.test(c)) candidates.push(c);
  }
  candidates.push("gb18030", "big5");
  for (const enc of candidates) {
    if (tried.has(enc)) continue;
    tried.add(enc);
    if (!iconv.encodingExists(enc)) continue;
    const text = decodeWith(bytes, enc);
    if (isAcceptable(text)) return { text, encoding: enc };
  }
  throw new IngestError(
    "undecodable",
    "The text is neither valid UTF-8 nor valid GB18030/GBK/Big5; its character encoding could not be determined.",
    "文本既不是有效的 UTF-8，也不是有效的 GB18030/GBK/Big5 编码，无法确定字符编码。",
  );
}

/** UTF-16 without a BOM: ASCII-range characters leave a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const half = n / 2;
  if (zeroOdd > half * 0.3 && zeroEven < half * 0.02) return "utf-16le";
  if (zeroEven > half * 0.3 && zeroOdd < half * 0.02) return "utf-16be";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Whole-document normalisation shared by all formats

/**
 * PDF fonts (and text copied out of PDFs) often map ordinary characters to radical code points:
 * Kangxi Radicals (U+2F00–2FD5, e.g. ⼯ for 工) and CJK Radicals Supplement (U+2E80–2EF3, e.g. ⻓
 * for 长, ⺠ for 民). They never occur on purpose in a report; map them to the unified ideograph,
 * one character for one, so place names and subjects match.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  "\u2e81": "厂", "\u2e8e": "兀", "\u2e9f": "母", "\u2ea0": "民", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角",
  "\u2ec8": "讠", "\u2ec9": "贝", "\u2ecb": "车", "\u2ecc": "辶", "\u2ecf": "阝", "\u2ed0": "钅", "\u2ed1": "長",
  "\u2ed3": "长", "\u2ed4": "门", "\u2ed6": "阝", "\u2ed8": "青", "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风",
  "\u2edc": "飞", "\u2edd": "食", "\u2ee0": "饣", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼",
  "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿",
  "\u2ef0": "龙", "\u2ef3": "龟",
};
/**
 * Kangxi radicals whose NFKC target is a traditional form; in simplified-Chinese documents the font
 * used the radical's glyph for the simplified character.
 */
const KANGXI_SIMPLIFIED: Record<string, string> = {
  "\u2f3e": "户", "\u2f92": "见", "\u2f99": "贝", "\u2f9e": "车", "\u2fa7": "长", "\u2fa8": "门", "\u2fad": "青",
  "\u2fb1": "韦", "\u2fb4": "页", "\u2fb5": "风", "\u2fb6": "飞", "\u2fba": "马", "\u2fc2": "鱼", "\u2fc3": "鸟",
  "\u2fc4": "卤", "\u2fc6": "麦", "\u2fc8": "黄", "\u2fcc": "黾", "\u2fd1": "齐", "\u2fd2": "齿", "\u2fd3": "龙",
  "\u2fd4": "龟",
};
const RADICAL_RE = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

export function normaliseRadicals(text: string): string {
  if (!/[\u2e80-\u2ef3\u2f00-\u2fd5]/.test(text)) return text;
  return text.replace(RADICAL_RE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x2f00) return KANGXI_SIMPLIFIED[ch] ?? ch.normalize("NFKC");
    return RADICAL_SUPPLEMENT[ch] ?? ch;
  });
}

/** Line endings to \n and NUL/BOM removal: format-level facts, not cleaning decisions. */
function normaliseNewlines(text: string): string {
  let t = text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  if (t.includes("\r")) t = t.replace(/\r\n?/g, "\n");
  if (t.includes("\u0000")) t = t.replace(/\u0000/g, "");
  if (t.includes("\u2028") || t.includes("\u2029")) t = t.replace(/[\u2028\u2029]/g, "\n");
  return normaliseRadicals(t);
}

function assertNotEmpty(text: string, what: string): void {
  if (!/[^\s\u3000\u00a0\ufeff]/.test(text)) {
    throw new IngestError("empty", `The ${what} contains no text.`, `该${what === "file" ? "文件" : "文档"}不包含任何文字。`);
  }
}

// ---------------------------------------------------------------------------------------------
// PDF

const PDF_PAGE_NUMBER_DETAIL = "page number (a PDF page's first or last line), dropped where the pages were joined";
const PDF_RUNNING_HEADER_DETAIL = "running page header or footer (the same first or last line on several PDF pages), dropped where the pages were joined";
/** A page's first or last line that is only its number (the page edge is known from the layout). */
const PAGE_NUMBER_LINE = /^[\s\-—–－_·.]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[\s\-—–－_·.]*$/;

interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** A text line of a PDF page with the geometry needed to tell a wrapped line from a paragraph end. */
/** A line of page furniture a PDF's conversion dropped, and why. */
interface Furniture {
  text: string;
  detail: string;
}

export interface LayoutLine {
  text: string;
  /** True when the line runs to the right margin (so the sentence may continue on the next line). */
  full?: boolean;
  /** Page furniture that followed this line (page number, running header): written after its paragraph, for cleaning to remove and report. */
  after?: string[];
  /** Page furniture dropped right before this line (a page's number and running header): reported where the line lands. */
  droppedBefore?: Furniture[];
  /** The paragraph ends with this line (the next is indented, or a page break follows that the sentence does not run on across). */
  endsParagraph?: boolean;
}

interface GeoLine {
  text: string;
  left: number;
  right: number;
  size: number;
}

/** A gap wider than this many font sizes between two pieces of text on one line is a cell border. */
const CELL_GAP_EMS = 1;

function pageLines(items: PdfTextItem[]): GeoLine[] {
  const lines: GeoLine[] = [];
  let cur = "";
  let left = Infinity;
  let right = -Infinity;
  let size = 0;
  let lastY: number | null = null;
  /** Where the last item with text ended on the line (x), for the gap before the next one. */
  let lastEnd: number | null = null;
  const flush = (): void => {
    // Runs of spaces become one, save the two that set cells apart.
    const text = normaliseRadicals(cur.replace(/[ \t\u00a0]{2,}/g, "  ").replace(/[\t\u00a0]/g, " ").trim());
    if (text) lines.push({ text, left, right, size });
    cur = "";
    left = Infinity;
    right = -Infinity;
    size = 0;
    lastEnd = null;
  };
  for (const it of items) {
    if (typeof it.str !== "string") continue;
    const t = it.transform;
    const y = t?.[5] ?? null;
    // A visible drop in baseline without an EOL flag still starts a new line.
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && cur.trim() !== "" && it.str.trim() !== "") flush();
    // 2023年 | 2024年 | 增减: text set apart by a wide gap on one line stands in another table cell; two
    // spaces keep the cells apart (a PDF glues them: 2024年增减).
    const fontSize = Math.abs(t?.[3] ?? t?.[0] ?? 0);
    if (t && lastEnd !== null && it.str.trim() !== "" && fontSize > 0 && t[4]! - lastEnd > CELL_GAP_EMS * fontSize) cur = `${cur.replace(/[ \t\u00a0]+$/, "")}  `;
    cur += it.str;
    if (t && it.str.trim() !== "") {
      left = Math.min(left, t[4]!);
      right = Math.max(right, t[4]! + (it.width ?? 0));
      size = Math.max(size, fontSize);
      lastY = y;
      lastEnd = t[4]! + (it.width ?? 0);
    }
    if (it.hasEOL) flush();
  }
  flush();
  return lines;
}

/**
 * Marks lines that continue on the next line: the line reaches the page's right margin (within
 * three characters, since CJK line breaking leaves gaps), and the next line has the same font size
 * and starts at the left margin (an indented or centred next line starts a new paragraph).
 */
/** Page furniture: moves the bare page numbers at a page's end and start (— 3 —, 第3页) into `into`. */
function takePageNumbers(lines: Array<{ text: string }>, into: Furniture[]): void {
  while (lines.length && PAGE_NUMBER_LINE.test(lines[lines.length - 1]!.text)) into.push({ text: lines.pop()!.text, detail: PDF_PAGE_NUMBER_DETAIL });
  while (lines.length && PAGE_NUMBER_LINE.test(lines[0]!.text)) into.push({ text: lines.shift()!.text, detail: PDF_PAGE_NUMBER_DETAIL });
}

function markFullLines(lines: GeoLine[]): LayoutLine[] {
  const geo = lines.filter((l) => Number.isFinite(l.right));
  // A page set in two columns: each column has its own margins, and a line goes on only in its column.
  const column = columnsOf(geo);
  const marginsOf = (ls: GeoLine[]) => {
    const rights = ls.map((l) => l.right).sort((a, b) => a - b);
    const lefts = ls.map((l) => l.left).sort((a, b) => a - b);
    return { right: rights.length ? rights[Math.floor(rights.length * 0.9)]! : 0, left: lefts.length ? lefts[Math.floor(lefts.length * 0.1)]! : 0 };
  };
  const page = marginsOf(geo);
  const byColumn = [0, 1].map((k) => marginsOf(geo.filter((l) => column(l) === k)));
  return lines.map((l, i) => {
    const next = lines[i + 1];
    const tol = l.size || 10;
    const col = Number.isFinite(l.right) ? column(l) : -1;
    const margins = col >= 0 ? byColumn[col]! : page;
    const reaches = Number.isFinite(l.right) && l.right >= margins.right - 3 * tol;
    const nextContinues = !next || (Math.abs(next.size - l.size) <= 0.5 && next.left <= margins.left + 0.5 * tol && (col < 0 || column(next) === col));
    return { text: l.text, full: reaches && nextContinues };
  });
}

/**
 * The column of a line on a page set in two columns (0 left, 1 right; -1 for a line across both, a
 * title or a running header), or -1 for every line of a page in one column.
 */
function columnsOf(geo: GeoLine[]): (l: GeoLine) => number {
  if (geo.length < 8) return () => -1;
  const minLeft = Math.min(...geo.map((l) => l.left));
  const maxRight = Math.max(...geo.map((l) => l.right));
  const mid = (minLeft + maxRight) / 2;
  const gap = (maxRight - minLeft) * 0.02;
  const left = geo.filter((l) => l.right <= mid + gap).length;
  const right = geo.filter((l) => l.left >= mid - gap).length;
  if (left < geo.length * 0.25 || right < geo.length * 0.25) return () => -1;
  return (l) => (l.left >= mid - gap ? 1 : l.right <= mid + gap ? 0 : -1);
}

/** Lines narrower than this (in full-width characters) may be table cells set one per line. */
const CELL_MAX_WIDTH = 6;
/** A line end that cannot end a sentence: a number, a comma, a preposition or conjunction. */
const OPEN_END = /(?:[0-9０-９，、（(]|[的和及与为比在对把被将较])$/;
/** A line start that continues the line before: a number, a unit, a closing mark. */
const CONTINUED_START = /^(?:[0-9０-９，。、；：）)%％]|[（(][0-9０-９])/;

/** Width of a line in full-width characters: ASCII letters, digits and punctuation take half. */
function displayWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return w;
}

/** A line that ends in a written share's 百分之 with no number yet: the next line goes on with its number. */
const SHARE_CUT_END = /[百千万]分之$/;
/** …百分之 | 六十一、压缩…: the number, and the 、 of the list it stands in, not a heading's. */
const SHARE_CUT_NEXT = /^[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?、/;
const CJK_END = /[\u3400-\u9fff\uff08-\uff5e\u3001-\u3011，、“”‘’\d%％]$/;
const LATIN_END = /[A-Za-z0-9,]$/;

/**
 * Joins lines that a PDF wrapped inside a sentence. A line is joined to the next when it runs to
 * the right margin and does not end a sentence; short lines are headings or paragraph ends and
 * keep their break. Without geometry (plain strings) "full" means close to the typical line length.
 */
export function joinWrappedLines(input: (string | LayoutLine)[], dropped?: Array<{ at: number; items: Furniture[] }>): string[] {
  const lines: LayoutLine[] = input.map((l) => (typeof l === "string" ? { text: l } : l));
  const lengths = lines.map((l) => displayWidth(l.text)).filter((n) => n >= 8).sort((a, b) => a - b);
  const typical = lengths.length ? lengths[Math.floor(lengths.length * 0.8)]! : 0;
  const out: string[] = [];
  /** Length of the output so far, its lines joined by "\n" (each pushed line and its newline). */
  let outLength = 0;
  const push = (l: string): void => {
    out.push(l);
    outLength += l.length + 1;
  };
  let buf = "";
  let pending: string[] = [];
  const flush = (): void => {
    if (buf) push(buf);
    buf = "";
    for (const l of pending) push(l);
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (lines[i]!.after) pending.push(...lines[i]!.after!);
    if (line === "") {
      flush();
      continue;
    }
    // Two Latin words broken at a line end get their space back; digits run on (1,2|34 → 1,234).
    const sep = buf !== "" && /[A-Za-z]$/.test(buf) && /^[A-Za-z]/.test(line) ? " " : "";
    if (dropped && lines[i]!.droppedBefore) dropped.push({ at: outLength + buf.length + sep.length, items: lines[i]!.droppedBefore! });
    buf = buf === "" ? line : buf + sep + line;
    const next = lines[i + 1]?.text;
    // Without geometry a short line may still break a sentence (…同比 | 下降8.4%, …抽查 | 3,917次):
    // it ends on a word that cannot end one, or the next line opens with a number or a unit.
    // Not between table cells flattened one per line (单位 | 2023年 | 1 | 件 | 139): both lines are stubs.
    const full =
      lines[i]!.full ??
      ((typical >= 12 && displayWidth(line) >= typical * 0.75) ||
        (typical >= 12 && (OPEN_END.test(line) || CONTINUED_START.test(next ?? "")) && displayWidth(line) >= CELL_MAX_WIDTH && displayWidth(next ?? "") >= CELL_MAX_WIDTH));
    const canJoin =
      next !== undefined &&
      next !== "" &&
      full &&
      (!LINE_FINAL.test(line) ||
        (lines[i]!.full === undefined && /^[，、；]/.test(next)) ||
        // …退税（不含留抵退税） | 201.4亿元: a closing bracket at the right margin, before a figure, is inside the sentence.
        (lines[i]!.full === true && /[）)]$/.test(line) && /^[0-9０-９]/.test(next)) ||
        // …办结621件，结案率97.5%； | 罚没款合计412.6万元: a semicolon that falls at the right margin ends a part of
        // the sentence, not its paragraph (a short line ending in ； is a list item's end and keeps its break).
        (/[；;]$/.test(line) && (lines[i]!.full ?? displayWidth(line) >= typical * 0.9))) &&
      // 调解成功率为99. | 1%: a decimal point at the line end continues the number.
      (CJK_END.test(line) || LATIN_END.test(line) || (/[0-9]\.$/.test(line) && /^[0-9]/.test(next))) &&
      // (…平均减少办理环节百分之 | 六十一、压缩办理时限…: after 百分之 a numeral and 、 go on with the number, no heading.)
      (!LINE_START_MARKER.test(next) || (SHARE_CUT_END.test(line) && SHARE_CUT_NEXT.test(next))) &&
      !DATE_LINE.test(next) &&
      // …情况的报告 | 上海市人民政府：: an addressee line stands alone, below the title.
      !ADDRESSEE_LINE.test(next) &&
      // (县（市、区） 一审收案 败诉数 败诉率 | 涧西区 186 11 5.9%: nor a table's header and its rows.)
      !isTableRowLine(line) &&
      !isTableRowLine(next) &&
      !(SPACED_HEADER.test(line) && SPACED_ROW.test(next)) &&
      // 三、2025年工作安排 | 2025年，…: a short numbered heading keeps its line.
      !(LINE_START_MARKER.test(line) && buf === line && displayWidth(line) < typical * 0.75) &&
      !lines[i]!.endsParagraph;
    if (!canJoin) flush();
  }
  flush();
  return out;
}

/**
 * Page furniture: a running header or footer (the document's title or 文号 repeated at the top or
 * the bottom of every page) would be glued into the sentence that runs across the page break.
 * A first or last line whose text (digits aside) recurs there on at least two pages, and on half
 * of them, is removed from every page.
 */
function dropRunningHeaders(pages: LayoutLine[][], furniture: Furniture[][]): void {
  if (pages.length < 2) return;
  const key = (l: LayoutLine | undefined): string | null => (l === undefined ? null : l.text.replace(/[0-9０-９\s]/g, ""));
  for (const edge of ["first", "last"] as const) {
    const counts = new Map<string, number>();
    for (const p of pages) {
      const k = key(edge === "first" ? p[0] : p[p.length - 1]);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const [k, n] of counts) {
      if (n < 2 || n * 2 < pages.length) continue;
      pages.forEach((p, i) => {
        const gone = edge === "first" && key(p[0]) === k ? p.shift() : edge === "last" && key(p[p.length - 1]) === k ? p.pop() : undefined;
        if (gone) furniture[i]!.push({ text: gone.text, detail: PDF_RUNNING_HEADER_DETAIL });
      });
    }
  }
}

async function decodePdf(bytes: Uint8Array): Promise<IngestDecodedDocument> {
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048));
  const hasEof = indexOfAscii(tail, "%%EOF") >= 0;
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 } as never);
  } catch (err) {
    if ((err as { name?: string } | null)?.name === "PasswordException") {
      throw new IngestError("unsupported", "The PDF is password-protected; upload an unprotected copy.", "该 PDF 文件受密码保护，请上传未加密的版本。", { cause: err });
    }
    if (!hasEof) throw new IngestError("truncated", "The PDF is incomplete: it ends before its end-of-file marker.", "PDF 文件不完整：文件在结束标记之前被截断。", { cause: err });
    throw new IngestError("undecodable", "The PDF could not be parsed.", "无法解析该 PDF 文件。", { cause: err });
  }
  try {
    const pages: LayoutLine[][] = [];
    /** Per page: the furniture dropped from it (page numbers, running headers), for the cleaning report. */
    const furniture: Furniture[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      let content;
      try {
        const page = await pdf.getPage(p);
        content = await page.getTextContent();
      } catch (err) {
        if (!hasEof) throw new IngestError("truncated", `The PDF is incomplete: page ${p} cannot be read.`, `PDF 文件不完整：无法读取第 ${p} 页。`, { cause: err });
        throw err;
      }
      const lines = pageLines(content.items as PdfTextItem[]);
      const items: Furniture[] = [];
      takePageNumbers(lines, items);
      pages.push(markFullLines(lines));
      furniture.push(items);
    }
    if (!hasEof && pages.every((p) => p.length === 0)) throw new IngestError("truncated");
    dropRunningHeaders(pages, furniture);
    // A page number the running header stood before (Chromium prints the header first) is now a page's edge.
    pages.forEach((lines, p) => takePageNumbers(lines, furniture[p]!));
    // Each page's furniture is reported where the next page's text begins (or at the end).
    const flat = pages.flat();
    const atEnd: Furniture[] = [];
    for (let p = 0; p < pages.length; p++) {
      const items = furniture[p]!;
      if (items.length === 0) continue;
      const next = pages.slice(p + 1).find((pg) => pg.length > 0)?.[0];
      if (next) next.droppedBefore = [...(next.droppedBefore ?? []), ...items];
      else atEnd.push(...items);
    }
    // Join across page breaks too: a sentence often continues on the next page.
    const marks: Array<{ at: number; items: Furniture[] }> = [];
    const text = joinWrappedLines(flat, marks).join("\n");
    if (atEnd.length > 0) marks.push({ at: text.length, items: atEnd });
    const dropped: RemovedSpan[] = marks.flatMap((m) => m.items.map((f) => ({ start: m.at, end: m.at, text: f.text, reason: "boilerplate" as const, detail: f.detail })));
    let title: string | null = null;
    try {
      const meta = await pdf.getMetadata();
      const info = meta.info as { Title?: unknown } | undefined;
      if (typeof info?.Title === "string" && /[\u4e00-\u9fff]/.test(info.Title)) title = info.Title.trim() || null;
    } catch {
      // metadata is optional
    }
    if (!/[^\s]/.test(text)) {
      throw new IngestError(
        hasEof ? "empty" : "truncated",
        hasEof ? "The PDF has no text layer (it may be a scanned image; OCR it first)." : undefined,
        hasEof ? "该 PDF 没有文字层（可能是扫描图片，请先进行文字识别）。" : undefined,
      );
    }
    return { format: "pdf", encoding: null, text: normaliseNewlines(text), formatTitle: title ? normaliseRadicals(title) : null, formatDate: null, pageCount: pdf.numPages, dropped };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// DOCX

/** A complete zip ends with an end-of-central-directory record; a cut-off download does not. */
function zipHasEndRecord(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

async function decodeDocx(bytes: Uint8Array): Promise<IngestDecodedDocument> {
  if (!zipHasEndRecord(bytes)) {
    throw new IngestError("truncated", "The DOCX file is incomplete: its zip directory is missing (cut off).", "DOCX 文件不完整：缺少压缩包目录（文件被截断）。");
  }
  if (indexOfAscii(bytes, "word/document.xml", Math.max(0, bytes.length - 65_557)) < 0 && indexOfAscii(bytes, "word/document.xml") < 0) {
    throw new IngestError(
      "unsupported",
      "This zip archive is not a Word (DOCX) document. Upload plain text, HTML, PDF or DOCX.",
      "该压缩文件不是 Word（DOCX）文档。请上传纯文本、HTML、PDF 或 DOCX 文件。",
    );
  }
  const mammoth = (await import("mammoth")).default;
  let html: string;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // HTML rather than raw text: raw text puts every table cell on a line of its own, HTML keeps
    // a table row together (nodeToText writes a row as one line), as for web pages and PDFs.
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (err) {
    // A file from a minimal generator names a table style but has no styles part, which mammoth
    // cannot look up (Word and LibreOffice open it): read it again with an empty styles part.
    const withStyles = await withEmptyStylesPart(buffer);
    const retried = withStyles === null ? null : await mammoth.convertToHtml({ buffer: withStyles }).then((r) => r.value, () => null);
    // The archive is complete (it has its directory), so the damage is inside it.
    if (retried === null) throw new IngestError("undecodable", "The DOCX file could not be read: its document part is damaged.", "无法读取 DOCX 文件：文档内容已损坏。", { cause: err });
    html = retried;
  }
  // A Word file made from a PDF's text (a paragraph or a soft break per printed line) is unwrapped like
  // one. Headings and table rows end without punctuation in any Word file, so only lines of prose
  // (with a comma or a full stop inside) count: most of them must break inside a sentence.
  const raw = normaliseNewlines(wordHtmlToText(html));
  const prose = raw.split("\n").filter((l) => /[，、。]/.test(l) && !/\s{2}/.test(l));
  const midSentence = prose.filter((l) => !LINE_FINAL.test(l.trim())).length;
  const text = prose.length >= 10 && midSentence >= prose.length * 0.6 ? unwrapHardWrappedText(raw) : raw;
  return { format: "docx", encoding: null, text, formatTitle: null, formatDate: null };
}

/** The DOCX with an empty styles part added, when it has none; else null. */
async function withEmptyStylesPart(buffer: Buffer): Promise<Buffer | null> {
  try {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(buffer);
    if (zip.file("word/styles.xml") !== null) return null;
    zip.file("word/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    return await zip.generateAsync({ type: "nodebuffer" });
  } catch {
    // A zip that cannot be rewritten is damaged: the caller reports it as such.
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Converts uploaded bytes to text. Throws IngestError for input that is not a readable report. */
export async function decodeDocument(bytes: Uint8Array, opts: DecodeOptions): Promise<IngestDecodedDocument> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new IngestError(
      "too-large",
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
      `文件大小为 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 的上限。`,
    );
  }
  if (bytes.length === 0) throw new IngestError("empty");

  const sniffed = sniffFormat(bytes, opts.fileName, opts.contentType);
  let doc: IngestDecodedDocument;
  if (sniffed === "pdf") {
    if (indexOfAscii(bytes, "%PDF-", 0, 1024) < 0) {
      // Named .pdf but no PDF header: it may be a text file with the wrong extension.
      doc = decodeTextual(bytes, opts);
    } else doc = await decodePdf(bytes);
  } else if (sniffed === "zip") {
    doc = await decodeDocx(bytes);
  } else if (sniffed === "ole") {
    throw new IngestError(
      "unsupported",
      "Legacy Word/Excel (.doc/.xls) files are not supported; save the document as DOCX or PDF.",
      "不支持旧版 Word/Excel（.doc/.xls）文件，请另存为 DOCX 或 PDF 后上传。",
    );
  } else if (sniffed === "docx") {
    // Named .docx without a zip signature.
    if (bytes.length < 4 || startsWith(bytes, [0x50, 0x4b])) throw new IngestError("truncated");
    doc = decodeTextual(bytes, opts);
  } else {
    doc = decodeTextual(bytes, opts);
  }
  assertNotEmpty(doc.text, "file");
  return doc;
}

/** Why the cleaning report lists a block of a web page that main-content detection left out. */
const HTML_OUTSIDE_ARTICLE_DETAIL = "outside the page's article (main-content detection left it out: menus, sidebars, related links, footer)";

function decodeTextual(bytes: Uint8Array, opts: DecodeOptions): IngestDecodedDocument {
  const declared = charsetFromContentType(opts.contentType) ?? charsetFromHtmlBytes(bytes);
  const { text: rawText, encoding } = decodeTextBytes(bytes, declared);
  const text = normaliseNewlines(rawText);
  assertNotEmpty(text, "file");
  const ext = extensionOf(opts.fileName);
  const declaredHtml = ext === "html" || ext === "htm" || ext === "shtml" || ext === "xhtml" || (opts.contentType ?? "").toLowerCase().includes("html");
  if (declaredHtml || looksLikeHtml(text)) {
    const html = htmlToDocument(text);
    return {
      format: "html",
      encoding,
      text: html.text,
      formatTitle: html.title,
      formatDate: html.date,
      formatPublisher: html.publisher,
      formatSiteName: html.siteName,
      formatSourceUrl: html.sourceUrl,
      dropped: html.dropped.map((d) => ({ start: d.at, end: d.at, text: d.text, reason: "boilerplate" as const, detail: HTML_OUTSIDE_ARTICLE_DETAIL })),
    };
  }
  return { format: "txt", encoding, text: unwrapHardWrappedText(text), formatTitle: null, formatDate: null };
}

/**
 * Plain text copied out of a PDF keeps the PDF's line breaks (every 30–40 characters, inside
 * sentences and between a number and its unit) and its page numbers (— 3 —). Such text gets the
 * PDF treatment: page-number lines dropped and wrapped lines joined. Text whose lines are
 * paragraphs (web copies: typical lines of a hundred characters and more) is returned unchanged.
 */
export function unwrapHardWrappedText(text: string): string {
  const lines = regroupFlattenedTables(text.split("\n"));
  const long = lines.map((l) => l.trim()).filter((l) => l.length >= 8);
  // 城步司法 2023-02-15 09:30 发表于湖南: a public-account post, whose short lines are its own (bullets, app lines), never a PDF's wrapping.
  if (long.length < 10 || lines.slice(0, POST_BYLINE_WITHIN).some((l) => POST_BYLINE_RE.test(l.trim()))) return joinStrayWraps(joinCutNumbers(text));
  const lengths = long.map((l) => l.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.8)]!;
  const open = long.filter((l) => !LINE_FINAL.test(l)).length / long.length;
  if (typical > HARD_WRAP_MAX_LINE || open < 0.5) return joinStrayWraps(text);
  // Page numbers and running headers are set aside (written after the paragraph, for cleaning to
  // remove and report), so the sentence a page break cut is joined across it.
  const indented = long.length === 0 ? 0 : lines.filter((l) => l.trim().length >= 8 && PARAGRAPH_INDENT.test(l)).length / long.length;
  const indentsMarkParagraphs = indented > 0 && indented < 0.5;
  const furniture = findPageFurniture(lines);
  const breaks = pageBreaks(lines, furniture);
  const out: LayoutLine[] = [];
  let b = 0;
  for (let i = 0; i < lines.length; i++) {
    if (b < breaks.length && breaks[b]![0] === i) {
      const [from, to] = breaks[b++]!;
      const block = lines.slice(from, to).map((l) => l.trim()).filter((l) => l !== "");
      const last = out.length - 1;
      if (last < 0) {
        for (const l of block) out.push({ text: l }, { text: "" });
      } else {
        out[last]!.after = [...(out[last]!.after ?? []), ...block];
        if (to < lines.length && !continuesAcrossBreak(lines[from - 1] ?? "", lines[to]!)) out[last]!.endsParagraph = true;
      }
      i = to - 1;
      continue;
    }
    // An indented line (　　2025年，我县将…) opens a paragraph, where indents mark paragraphs only.
    if (indentsMarkParagraphs && out.length > 0 && PARAGRAPH_INDENT.test(lines[i]!)) out[out.length - 1]!.endsParagraph = true;
    out.push({ text: lines[i]!.trim() });
  }
  return joinWrappedLines(out).join("\n");
}
const YEAR_CELL = /^(?:19|20)\d{2}年度?(?:[（(][^）)]{1,6}[）)])?$/;
const NUMBER_CELL = /^(?:[-+]?[0-9][0-9,，]*(?:\.[0-9]+)?[%％‰]?|[-—–／/]{1,2})$/;
const LABEL_CELL_MAX = 30;
const NOTE_CELL_MAX = 16;
const isLabelCell = (l: string): boolean => l.length > 0 && l.length <= LABEL_CELL_MAX && !/[。，；：,;:]/.test(l) && !NUMBER_CELL.test(l);

/**
 * A table flattened to one cell per line (序号 | 指标名称 | 单位 | 2023年 | 2024年 | 1 | 收到行政复议申请 |
 * 件 | 139 | 187 …): a header of label cells and two or more year cells gives the width, and each
 * following group of that many cells that ends in numbers is a row. Rows are rebuilt as lines with
 * their cells apart, as a table reads in any other copy; lines that fit no such table are left alone.
 */
function regroupFlattenedTables(lines: string[]): string[] {
  const t = lines.map((l) => l.trim());
  const out: string[] = [];
  let furniture: PageFurniture | undefined;
  let i = 0;
  while (i < t.length) {
    if (!YEAR_CELL.test(t[i]!) || !YEAR_CELL.test(t[i + 1] ?? "")) {
      out.push(lines[i++]!);
      continue;
    }
    let yearsEnd = i;
    while (yearsEnd < t.length && YEAR_CELL.test(t[yearsEnd]!)) yearsEnd++;
    const years = yearsEnd - i;
    // The label cells before the years (序号 指标名称 单位), already written out; a caption above
    // them looks like one too, so the count that reads the most rows wins.
    let maxLabels = 0;
    while (maxLabels < 4 && out.length - 1 - maxLabels >= 0 && isLabelCell(t[i - 1 - maxLabels]!)) maxLabels++;
    // Columns after the years (增减, 备注) hold short notes (+34.5%, +2.3个百分点).
    let maxTrailing = 0;
    while (maxTrailing < 2 && isLabelCell(t[yearsEnd + maxTrailing] ?? "")) maxTrailing++;
    let labels = 0;
    let trailing = 0;
    let rows: string[] = [];
    let j = yearsEnd;
    for (let k = 1; k <= maxLabels; k++) {
      for (let r = 0; r <= maxTrailing; r++) {
        const width = k + years + r;
        const got: string[] = [];
        const skipped: string[] = [];
        let p = yearsEnd + r;
        while (p + width <= t.length) {
          // The table runs on over a page break: its page number is written after the rows.
          let q = p;
          furniture ??= findPageFurniture(lines);
          while (q < t.length && (t[q] === "" || isMarkedPageNumber(t[q]!) || furniture.runningHeader[q])) q++;
          if (q > p && got.length > 0 && q + width <= t.length) {
            const moved = t.slice(p, q).filter((l) => l !== "");
            p = q;
            skipped.push(...moved);
          }
          const cells = t.slice(p, p + width);
          const ok = cells.every((c, m) =>
            m < k || m >= k + years ? c.length > 0 && c.length <= (m < k ? LABEL_CELL_MAX : NOTE_CELL_MAX) && !c.includes("。") : NUMBER_CELL.test(c),
          );
          if (!ok) break;
          got.push(cells.join("  "));
          p += width;
        }
        if (got.length > rows.length) {
          labels = k;
          trailing = r;
          rows = [...got, ...skipped];
          j = p;
        }
      }
    }
    if (rows.length === 0) {
      out.push(lines[i++]!);
      continue;
    }
    out.splice(out.length - labels, labels, t.slice(i - labels, yearsEnd + trailing).join("  "));
    out.push(...rows);
    i = j;
  }
  return out;
}

/**
 * Text whose paragraphs open indented (　　2025年，…) and run on one line each, but where one was broken
 * inside a sentence (…依法取缔无证 / 机构28家，…): a line of prose with no final mark before a line that is
 * not indented and is no heading goes on with it. Only where most paragraphs are indented: elsewhere a line
 * that opens flush may be a paragraph of its own.
 */
function joinStrayWraps(text: string): string {
  const lines = text.split("\n");
  // Paragraph openings: long lines after a line that ends its sentence, or after one with no sentence in it (a title, a heading).
  const openings = lines.filter((l, i) => {
    const before = i > 0 ? lines[i - 1]!.trim() : "";
    return l.trim().length >= STRAY_WRAP_MIN && /[，。；]/.test(l) && (!/[，。；]/.test(before) || /[。；！？：:]$/.test(before));
  });
  if (openings.length === 0 || openings.filter((l) => PARAGRAPH_INDENT.test(l)).length < openings.length * 0.6) return text;
  let out = lines[0]!;
  /** Whether the line before is a paragraph's: indented, or a flush continuation of one (no final mark before it). */
  let inParagraph = PARAGRAPH_INDENT.test(lines[0]!);
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!.trim();
    const next = lines[i]!;
    // (Only a paragraph's line, indented or going on from one: never a flush title or heading, a caption or a question; and
    // never before a line that opens a paragraph of its own: 特此报告, 首先，…, a speaker's 局长张三：.)
    const joins =
      inParagraph &&
      !CAPTION_OPENING.test(prev) &&
      !NEW_PARAGRAPH_OPENING.test(next) &&
      prev.length >= STRAY_WRAP_MIN && /[，、；]/.test(prev) && /[\u4e00-\u9fa5]$/.test(prev) && !LINE_START_MARKER.test(prev) && next.trim().length > 0 && !/^\s/.test(next) && /^[\u4e00-\u9fa5]/.test(next) && !LINE_START_MARKER.test(next) && /[。；]/.test(next);
    out += (joins ? "" : "\n") + next;
    inParagraph = PARAGRAPH_INDENT.test(next) || (inParagraph && next.trim().length > 0 && !/[。；！？：:]$/.test(prev) && !/[。；！？：:]$/.test(next.trim()));
  }
  return out;
}
/** A line that opens a paragraph of its own even flush: 特此报告, 首先, 其次, 一方面, 图为, or a speaker before a colon. */
const NEW_PARAGRAPH_OPENING = /^(?:特此|首先|其次|再次|最后|一方面|另一方面|图为|[（(]图|[^，。；：:]{1,12}[：:])/;
/** A photo's caption (图为…, ▲…): a line of its own, however it ends. */
const CAPTION_OPENING = /^(?:图为|[（(]图|▲|△)/;
/** A line this long at least is a paragraph's (or part of one). */
const STRAY_WRAP_MIN = 20;

/**
 * In a copy too short to tell its wrapping apart (审结1 / 65件，直接纠错率…): a line of prose that ends
 * in a digit, before a line that goes on with digits and a unit, was cut inside a number.
 */
function joinCutNumbers(text: string): string {
  return text.replace(CUT_AFTER_POINT_RE, "$1").replace(CUT_NUMBER_RE, "$1");
}
// (罚没款 1. / 07 亿元, 成功率 98. / 2%: the cut may fall after a decimal point, and a PDF copy may space the unit
// or print the digits full-width: 文件１ / ９件.)
const CUT_NUMBER_RE = /(^(?=[^\n]{15,})(?=[^\n]*[，、。；])[^\n]*?[0-9０-９][.．]?)[ \t]*\n[ \t]*(?=[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t]?(?:[%％‰件项个人次名家条万亿元卷场期部起处户类份宗批]))/gm;
// 参与职工群众３． / ６万人次: a line that ends in a decimal point after a digit was cut inside a number, however short it is.
const CUT_AFTER_POINT_RE = /([\u4e00-\u9fff][0-9０-９]+[.．])[ \t]*\n[ \t]*(?=[0-9０-９])/g;

const POST_BYLINE_RE = chromeLine("post-byline");
/** How many lines from the top a post's byline may stand (after 点击蓝字关注 and the title). */
const POST_BYLINE_WITHIN = 8;
/** An addressee line (上海市人民政府：, 主任、各位副主任、秘书长、各位委员：): a body or its members, then a colon. */
const ADDRESSEE_LINE = /^[\u4e00-\u9fa5、（）()]{2,30}(?:人民政府|政府|委员会|常委会|委员|主任|代表|同志们|领导)[：:]$/;
/** A paragraph's first line indented by two full-width spaces (or several ASCII ones). */
const PARAGRAPH_INDENT = /^(?:\u3000|\s{2,})\S/;
/** A date line (the signature's 2025年1月20日) stands alone. */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$/;
/** Lines this short or shorter (80th percentile) are a PDF's wrapped lines, not paragraphs. */
const HARD_WRAP_MAX_LINE = 60;
