// Finds what a report is about and where it came from: place (with parent and province), the
// year it covers, title, publisher, published date and kind (official report or news). Every
// field records the method that found it and a confidence. Rules are general; cue words live in
// lib/knowledge/publisher-patterns.json.

import type { DecodedDocument, MetaField, ReportKindId, ReportMeta } from "../pipeline/types";
import patterns from "../knowledge/publisher-patterns.json";
import { YEAR_DIGITS_SOURCE, parseChineseNumber, parseYearDigits } from "../extract/parse-chinese-number";
import { alternation, escapeRe, ZONE_NAME_RE } from "../extract/knowledge";
import { chromeLine } from "./chrome-line";
import type { IngestDecodedDocument } from "./decode-document";
import { isWithin, parentOf, placesNamed, placesWithPinyin, provinceOf, scanMentions, type Place, type Mention } from "./gazetteer";

export interface DetectMetadataInput {
  /** Cleaned text. */
  text: string;
  decoded: DecodedDocument;
  fileName: string;
  sourceUrl?: string | null;
  /** Text before cleaning (defaults to decoded.text): page-meta lines live here. */
  rawText?: string;
}

type Level = NonNullable<ReportMeta["level"]["value"]>;

function field<T>(value: T, method: string, confidence: number): MetaField<T> {
  return { value, method, confidence: Math.round(confidence * 100) / 100 };
}


const HAN = "\\u4e00-\\u9fa5";
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// ---------------------------------------------------------------------------------------------
// Lines and title

function nonEmptyLines(text: string, max = Infinity): string[] {
  const out: string[] = [];
  for (const l of text.split("\n")) {
    const t = l.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A news lede: outlet name, optional dateline place and date, then 讯 (dispatch) or, after a
 * date, 电 (wire): 青岛新闻网6月27日讯, 新华社北京6月27日电, 大众日报淄博2023年5月8日讯.
 * 电 alone is too common in prose (电子, 电话), so it needs the date.
 */
const OUTLET = `[${HAN}A-Za-z·]{2,16}?(?:${alternation(patterns.newsOutletSuffixes)})`;
const LEDE = new RegExp(
  `^[【\\[(（]?\\s*(${OUTLET})\\s*(?:[${HAN}]{2,6})?\\s*(?:(?:(?:19|20)\\d{2}年)?\\s*\\d{1,2}月\\d{1,2}日\\s*(?:讯|电)|讯)`,
);

const GOV_BODY_LINE = new RegExp(`^[${HAN}（）()]{2,30}(?:${alternation(patterns.governmentBodySuffixes)})$`);

/** A line that can be a title: short, no sentence end, not a date or a lede. */
function isTitleLike(line: string): boolean {
  if (line.length < 6 || line.length > 90) return false;
  // 省政府、市委、市人大：: an addressee list that opens a report is a salutation, not its title.
  if (/[。；:：]$/.test(line)) return false;
  // “一支队伍管执法”，管出了什么？, …“成绩单”来了！: a feature's headline may ask or exclaim; a longer one is a sentence.
  if (/[？?！!]$/.test(line) && line.length > 32) return false;
  if ((line.match(/[，,。；]/g) ?? []).length > 2) return false;
  if (/^(?:19|20)\d{2}[-/.]\d/.test(line)) return false;
  if (LEDE.test(line)) return false;
  return /[\u4e00-\u9fa5]/.test(line);
}

function normaliseTitle(t: string): string {
  // 关于 2023年…: a PDF's spacing between Han text and digits is no part of the title.
  // 权威发布｜…报告, 【重磅】…: a column tag a public account or portal puts before the title.
  return t
    .replace(/\s+/g, " ")
    .replace(/(?<=[\u4e00-\u9fa5]) (?=[0-9])|(?<=[0-9]) (?=[\u4e00-\u9fa5])/g, "")
    .replace(COLUMN_TAG_RE, "")
    .trim();
}
const COLUMN_TAG_RE = /^(?:[\u4e00-\u9fa5]{2,6}\s*[｜|丨]\s*|【[\u4e00-\u9fa5]{2,6}】\s*)(?=[\u4e00-\u9fa5]{2,}.*(?:报告|总结|情况)$)/;

const HAN_CHAR_RE = /[\u4e00-\u9fa5]/;
/** An official report's title: 关于…的报告, …法治政府建设…情况/报告. */
const REPORT_TITLE_RE = /(?:关于.{0,40}(?:报告|总结)|(?:法治政府建设|依法行政).{0,20}(?:报告|总结|情况))$/;
/** Lines above an official document's title: 文号, masthead, 签发人 (patterns.documentHeaderLines). */
const DOCUMENT_HEADER_LINES = patterns.documentHeaderLines.map((p) => new RegExp(p));

function detectTitle(allLines: string[], decoded: IngestDecodedDocument): MetaField<string | null> {
  // The 文号 and masthead furniture of an official document, above its title or between the issuing
  // body's masthead and the title (晋江市人民政府 / 晋政文〔2025〕18号 / 晋江市人民政府关于…的报告), is never the title.
  const head = Math.min(5, allLines.length - 1);
  // (연변조선족자치주인민정부: a masthead's line in another script than Han is furniture too.)
  const lines = [...allLines.slice(0, head).filter((l) => !DOCUMENT_HEADER_LINES.some((re) => re.test(l.trim())) && HAN_CHAR_RE.test(l)), ...allLines.slice(head)];
  // 延边朝鲜族自治州人民政府 / 延州政函〔2025〕6号 / 延边朝鲜族自治州人民政府 / 关于…的报告: the masthead, then the
  // same body as the first line of the title.
  if (lines.length >= 3 && lines[0]!.trim() === lines[1]!.trim() && GOV_BODY_LINE.test(lines[0]!.trim())) lines.shift();
  // 关于2023年度法治政府建设工作情况的报 / 告, …2024年度法治政府建设 / 情况的报告: a title a PDF wrapped before its last words.
  for (let i = 0; i < Math.min(2, lines.length - 1); i++) {
    const next = lines[i + 1]!.trim();
    // (…工作 / 情况的通报: an office's 通报 wraps the same way.)
    const wrapped = /^关于/.test(lines[i]!) ? next.length <= 5 : /(?:19|20)\d{2}年|关于/.test(lines[i]!) && next.length <= 8;
    if (!/(?:报告|总结|通报)$/.test(lines[i]!) && wrapped && /(?:报告|总结|通报)$/.test(lines[i]! + next)) {
      lines.splice(i, 2, lines[i]! + next);
      break;
    }
  }
  const first = lines[0];
  // 固始县人民政府门户网站 / 索引号：… / 固始县人民政府关于2024年度法治政府建设工作情况的报告: a report's title below
  // a first line that is none, before the text's first sentence, is the title.
  if (first && !REPORT_TITLE_RE.test(first.trim()) && !GOV_BODY_LINE.test(first.trim())) {
    for (let k = 1; k < Math.min(5, lines.length) && !lines[k - 1]!.includes("。"); k++) {
      const l = lines[k]!.trim();
      if (l.length <= 60 && !l.includes("。") && REPORT_TITLE_RE.test(l)) {
        // (…人民政府 / 关于…的报告: the issuer's line above a 关于 line is the title's first line.)
        const issuer = lines[k - 1]!.trim();
        return field(normaliseTitle(l.startsWith("关于") && GOV_BODY_LINE.test(issuer) && issuer.length <= 30 ? issuer + l : l), "report-title-line", 0.85);
      }
    }
  }
  if (first && isTitleLike(first)) {
    // Two-line official titles: "XX市人民政府" / "关于2023年法治政府建设情况的报告".
    const second = lines[1];
    if (second && GOV_BODY_LINE.test(first) && first.length <= 30 && isTitleLike(second)) {
      // 株洲市市场监督管理局 / 2024年度法治政府建设工作报告: the issuer's name and the rest of one title.
      if (/^(?:关于|(?:19|20)\d{2}年).*(?:报告|总结|通报)$/.test(second) && second.length <= 60) return field(normaliseTitle(first + second), "first-heading-line", 0.85);
      // A masthead (issuing body) above the headline: the headline is the title.
      // (常熟市地方志办公室 / 常熟年鉴（2024）·法治政府建设: a yearbook's entry too.)
      if (/(?:19|20)\d{2}年|报告|总结|年鉴/.test(second)) return field(normaliseTitle(second), "first-heading-line", 0.8);
    }
    const fmt = decoded.formatTitle ? normaliseTitle(decoded.formatTitle) : null;
    if (fmt && (fmt === normaliseTitle(first) || fmt.includes(first))) return field(normaliseTitle(first), "format-title", 0.95);
    return field(normaliseTitle(first), "first-heading-line", 0.85);
  }
  if (decoded.formatTitle) return field(normaliseTitle(decoded.formatTitle), "format-title", 0.75);
  return field(null, "none", 0);
}

// ---------------------------------------------------------------------------------------------
// Kind

const REPORT_TITLE = [...patterns.annualReportTitlePatterns, ...patterns.otherReportTitlePatterns].map((p) => new RegExp(p));
const REPORT_BODY = new RegExp(patterns.reportBodyCues.join("|"));
const NEWS_BODY = new RegExp(alternation(patterns.newsBodyCues));

const TITLE_VERSION_SUFFIX = new RegExp(patterns.titleVersionSuffix);
const INSTITUTION_LINE = new RegExp(patterns.institutionLine);

function detectKind(title: string | null, lines: string[], cleaned: string, raw: string): MetaField<ReportKindId> {
  // …第三方评估报告（摘要）: a version's mark after the title is no part of what the title says it is.
  const bare = title?.replace(TITLE_VERSION_SUFFIX, "") ?? null;
  if (bare && REPORT_TITLE.some((re) => re.test(bare))) return field("report", "title", 0.95);
  const head = lines.slice(0, 6).join("\n");
  if (lines.slice(0, 6).some((l) => LEDE.test(l))) return field("news", "news-lede", 0.9);
  if (/客户端|打开\s*APP/i.test(raw.slice(0, 400))) return field("news", "app-banner", 0.85);
  // 原创 绍兴检察 2025年10月23日 17:36 浙江: a public-account post that is no report by its title or its wording.
  if (lines.slice(0, 6).some((l) => POST_BYLINE_RE.test(l.trim())) && !REPORT_BODY.test(cleaned.slice(0, 3000))) return field("news", "post-byline", 0.75);
  if (/[(（]\s*记者|记者\s*[\u4e00-\u9fa5]{2,4}\s*[)）]/.test(head)) return field("news", "news-lede", 0.85);
  if (title) {
    if (REPORT_BODY.test(cleaned.slice(0, 3000))) return field("report", "body-cue", 0.7);
    return field("news", "feature-title", 0.7);
  }
  if (REPORT_BODY.test(cleaned.slice(0, 3000))) return field("report", "body-cue", 0.6);
  if (NEWS_BODY.test(cleaned.slice(0, 1500))) return field("news", "body-cue", 0.55);
  return field("report", "default", 0.4);
}

// ---------------------------------------------------------------------------------------------
// Publisher

const FIELD_STOP = alternation(patterns.fieldLabels);
const LABEL_START = "(?<=^|[\\s|｜【\\[（(])";
/** Specific labels (文章来源, 发布日期) may follow other text directly; generic ones (来源, 时间) need a boundary. */
const labelAlt = (labels: string[]): string => {
  const generic = labels.filter((l) => l.length <= 2);
  const specific = labels.filter((l) => l.length > 2);
  return `(?:${alternation(specific)}|${LABEL_START}(?:${alternation(generic)}))`;
};
const PUBLISHER_LINE = new RegExp(
  `${labelAlt(patterns.publisherLabels)}\\s*[:：]\\s*([^\\s:：|｜/]{2,40}?)(?=\\s|$|[|｜/]|(?:${FIELD_STOP})\\s*[:：]?|\\d{4}[-/.年])`,
  "m",
);
const APP_BANNER = /(?:\d+\s*步)?\s*打开\s*([^\s，,。]{2,14}?)客户端/;
const UNINFORMATIVE = new Set(patterns.uninformativePublishers);
/** 来源：办公室: a division of a body that the line does not name. */
const BARE_DIVISION = new RegExp(patterns.bareDivision.pattern);
/** 市政府办公室, 县委办: a division of a level's government or party committee, which names its body. */
const LEVEL_GOVERNMENT_LEAD = /^[省市县区州](?:人民)?(?:政府|委)/;
function informativePublisher(name: string): boolean {
  if (UNINFORMATIVE.has(name) || !/[\u4e00-\u9fa5]/.test(name)) return false;
  return !BARE_DIVISION.test(name) || LEVEL_GOVERNMENT_LEAD.test(name) || opensWithKnownPlace(name);
}

/**
 * Where pages print their source/date lines: the first lines (under the title) and the last
 * lines (above the footer). Body sentences such as 资金来源：… further in are not page meta.
 */
function pageMetaZone(raw: string): string {
  const all = raw.slice(0, 8000).split("\n").filter((l) => l.trim());
  const head = all.slice(0, 12);
  const tailAll = raw.slice(-4000).split("\n").filter((l) => l.trim());
  const tail = raw.length > 8000 || all.length > 12 ? tailAll.slice(-10) : [];
  return [...head, ...tail].map((l) => (l.length > 200 ? "" : l)).join("\n");
}

function detectPublisher(
  lines: string[],
  raw: string,
  decoded: IngestDecodedDocument,
  kind: ReportKindId,
): { publisher: MetaField<string | null>; fromLine: string | null } {
  const m = PUBLISHER_LINE.exec(pageMetaZone(raw));
  if (m && informativePublisher(m[1]!)) return { publisher: field(m[1]!, "publisher-line", 0.9), fromLine: m[1]! };
  if (decoded.formatPublisher && informativePublisher(decoded.formatPublisher.trim())) {
    return { publisher: field(decoded.formatPublisher.trim(), "meta-tag", 0.85), fromLine: decoded.formatPublisher };
  }
  for (const l of lines.slice(0, 6)) {
    const lede = LEDE.exec(l);
    if (lede && !UNINFORMATIVE.has(lede[1]!)) return { publisher: field(lede[1]!, "news-lede", 0.85), fromLine: null };
  }
  // 鹰潭日报数字报: the paper an e-paper page belongs to.
  for (const l of raw.slice(0, 600).split("\n").slice(0, 4)) {
    const masthead = EPAPER_MASTHEAD_RE.exec(l.trim());
    if (masthead) return { publisher: field(masthead[1]!, "epaper-masthead", 0.85), fromLine: masthead[1]! };
  }
  const app = APP_BANNER.exec(raw.slice(0, 600));
  if (app) return { publisher: field(app[1]!, "app-banner", 0.8), fromLine: null };
  // 临沂大学法治政府研究中心 right under the title: the research body that wrote the report.
  // (Only under a third party's title: 绵阳市行政学院 under a government's report is no author of it.)
  const thirdPartyTitle = isThirdPartyTitle(lines[0] ?? null);
  for (const l of thirdPartyTitle ? lines.slice(1, 4) : []) {
    if (l.length <= 40 && INSTITUTION_LINE.test(l.trim())) return { publisher: field(l.trim(), "byline", 0.8), fromLine: null };
  }
  // 佛山市2025年度行政复议工作白皮书 / 佛山市司法局 / 2026年4月: a report's cover names its body right under the title.
  // (Not in a text so short that the line is its signature: that is read below.)
  if (kind === "report" && lines.length > 6) {
    for (const l of lines.slice(1, 3)) {
      if (l.length <= 32 && GOV_BODY_LINE.test(l.trim())) return { publisher: field(l.trim(), "cover-byline", 0.8), fromLine: l };
    }
  }
  // A government body signing at the end of an official report (possibly above a date line).
  for (const l of lines.slice(-4).reverse()) {
    if (l.length <= 32 && GOV_BODY_LINE.test(l)) return { publisher: field(l, "signature", 0.8), fromLine: l };
  }
  // A news page's site; or a body's portal posting its own report, unsigned, its source line naming only a
  // division (宿州市司法局's site, 来源：办公室): the site's body.
  const site = decoded.formatSiteName?.trim();
  if (site && (kind === "news" || GOV_BODY_LINE.test(site))) return { publisher: field(site, "site-name", kind === "news" ? 0.5 : 0.55), fromLine: null };
  return { publisher: field(null, "none", 0), fromLine: null };
}

// ---------------------------------------------------------------------------------------------
// Published date

function iso(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 || (s.length > 2 && !s.includes("十"))) {
    let v = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined || d === 10) return null;
      v = v * 10 + d;
    }
    return v;
  }
  // 十, 十八, 二十, 二十一
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  if (s.length === 1) return CN_DIGITS[s] ?? null;
  return null;
}

const DATE_LABEL_LINE = new RegExp(`${labelAlt(patterns.dateLabels)}\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})`);
const LEADING_DATE = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
/** 来源：绵阳市融媒体中心　2025-02-18 09:12, 来源：法治日报　2025-03-12: a page's source line with its date (and time) set after the source, unlabelled. */
const SOURCE_LINE_DATE = new RegExp(`${labelAlt(patterns.publisherLabels)}\\s*[:：][^\\n:：]{2,40}?\\s((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}|[^\\S\\n]*(?=\\n|$))`);
/** 2024年03月12日 08:35 来源：… — a page's date line; a lede that opens with a date (2024年3月12日，市政府…) is not one. */
const LEADING_CN_DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?=\s*(?:\d{1,2}:\d{2}|来源|$))/;
const STANDALONE_DATE = /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
/** A body named by its level alone (市行政复议局, 县司法局, 区人民政府): the place's own. */
const LEVEL_ONLY_BODY = /^[市县区州盟旗](?:人民政府|政府|[\u4e00-\u9fa5]{1,10}(?:局|委|办|委员会|办公室|中心))$/;
/** The issuing body right before its date on one line (永春县人民政府2025年2月18日). */
const SIGNER_BEFORE_DATE_RE = new RegExp(`^[${HAN}（）()]{2,30}(?:${alternation(patterns.governmentBodySuffixes)})\\s*(?=(?:19|20)\\d{2}\\s*年|[〇零一二三四五六七八九]{4}年)`);
/** How far from the text's end a signature above an annex is looked for. */
const SIGNATURE_SEARCH_CHARS = 20_000;
/** A 公文's printing footer: …办公室 2025年2月19日印发. */
const PRINTED_ON_RE = /((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日印发$/;
/** A note in brackets after a signature's date: （此件主动公开）, (此件公开发布), （联系人：…）. */
const SIGNATURE_NOTE_RE = /\s*[（(][^（）()]{1,30}[）)]\s*$/;
/** （2024年1月22日） on a line of its own under a report's title: the date the report bears. */
const BRACKETED_DATE = new RegExp(`^[（(]\\s*${STANDALONE_DATE.source.slice(1, -1)}\\s*[）)]$`);
const LEDE_FULL_DATE = /^[^\d\n]{2,20}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:讯|电)/;

/** The ISO date a STANDALONE_DATE-shaped match writes (2025年1月20日, 二〇二五年一月二十日), or null. */
function writtenDate(m: RegExpExecArray): string | null {
  const y = cnNumber(m[1]!);
  const mo = cnNumber(m[2]!);
  const d = cnNumber(m[3]!);
  return y && mo && d ? iso(y, mo, d) : null;
}

/**
 * The date a signature line gives (2025年2月18日), with a note after it (（此件主动公开）) or the signer joined
 * before it (永春县人民政府2025年2月18日, as pasted text unwrapped them) set aside; else null.
 */
function signatureDate(line: string): string | null {
  const s = STANDALONE_DATE.exec(line.trim().replace(SIGNATURE_NOTE_RE, "").replace(SIGNER_BEFORE_DATE_RE, ""));
  return s ? writtenDate(s) : null;
}

/** An e-paper's edition line: date and page (2023年08月16日  第A03版：深度报道); groups year, month, day. */
const EDITION_LINE_RE = chromeLine("epaper-edition");
/** An e-paper's masthead (鹰潭日报数字报): group 1 the paper. */
const EPAPER_MASTHEAD_RE = chromeLine("epaper-masthead");
/** A public-account post's byline: [原创] account [account] YYYY年MM月DD日 HH:MM [province]; groups year, month, day. */
const POST_BYLINE_RE = chromeLine("post-byline");

function detectPublished(lines: string[], raw: string, decoded: DecodedDocument, all: readonly string[] = []): MetaField<string | null> {
  const rawHead = raw.slice(0, 6000);
  const lab = DATE_LABEL_LINE.exec(pageMetaZone(raw));
  if (lab) {
    const v = iso(Number(lab[1]), Number(lab[2]), Number(lab[3]));
    if (v) return field(v, "date-line", 0.9);
  }
  const sourced = SOURCE_LINE_DATE.exec(pageMetaZone(raw));
  if (sourced) {
    const v = iso(Number(sourced[1]), Number(sourced[2]), Number(sourced[3]));
    if (v) return field(v, "date-line", 0.85);
  }
  if (decoded.formatDate) return field(decoded.formatDate, "meta-tag", 0.85);
  const rawLines = nonEmptyLines(rawHead, 12);
  // ——2024年10月29日在…人民代表大会常务委员会…会议上: the day a report was delivered, under its title.
  for (const l of rawLines.slice(0, 4)) {
    const d = DELIVERY_LINE.exec(l.trim());
    const v = d ? iso(yearNumber(d[1]!), chineseOrArabic(d[2]!), chineseOrArabic(d[3]!)) : null;
    if (v) return field(v, "delivery-line", 0.85);
  }
  for (const l of rawLines.slice(0, 8)) {
    const d = LEADING_DATE.exec(l) ?? LEADING_CN_DATE.exec(l);
    if (d) {
      const v = iso(Number(d[1]), Number(d[2]), Number(d[3]));
      if (v) return field(v, "date-line", 0.8);
    }
    const b = BRACKETED_DATE.exec(l.trim());
    const bv = b ? writtenDate(b) : null;
    if (bv) return field(bv, "bracketed-date", 0.8);
    const lede = LEDE_FULL_DATE.exec(l);
    if (lede) {
      const v = iso(Number(lede[1]), Number(lede[2]), Number(lede[3]));
      if (v) return field(v, "news-lede", 0.85);
    }
    // 2023年08月16日  第A03版：深度报道: an e-paper's edition line.
    const edition = EDITION_LINE_RE.exec(l.trim());
    if (edition) {
      const v = iso(Number(edition[1]), Number(edition[2]), Number(edition[3]));
      if (v) return field(v, "edition-line", 0.85);
    }
    // 原创 米市巷发布 2026年01月23日 17:42 浙江: a public-account post's byline.
    const byline = POST_BYLINE_RE.exec(l.trim());
    if (byline) {
      const v = iso(Number(byline[1]), Number(byline[2]), Number(byline[3]));
      if (v) return field(v, "post-byline", 0.85);
    }
  }
  // The date under the signature of an official report, perhaps with a note after it (（此件主动公开）).
  for (const l of lines.slice().reverse()) {
    const v = signatureDate(l);
    if (v) return field(v, "signature-date", 0.8);
  }
  // A signature above an annex (附件 table after it): the signer joined to its date on one line, or the
  // issuing body's line with the date right under it.
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i]!.trim();
    const v = SIGNER_BEFORE_DATE_RE.test(line) ? signatureDate(line) : i + 1 < all.length && GOV_BODY_LINE.test(line) ? signatureDate(all[i + 1]!) : null;
    if (v) return field(v, "signature-date", 0.8);
  }
  // 永春县人民政府办公室 2025年2月19日印发: an official document's printing footer, the day after it was signed at most.
  for (const l of lines.slice().reverse()) {
    const p = PRINTED_ON_RE.exec(l.trim());
    const v = p ? iso(Number(p[1]), Number(p[2]), Number(p[3])) : null;
    if (v) return field(v, "printed-date", 0.6);
  }
  return field(null, "none", 0);
}

// ---------------------------------------------------------------------------------------------
// Year covered

const YEAR_SOURCE = YEAR_DIGITS_SOURCE;
const TITLE_YEAR = new RegExp(`(${YEAR_SOURCE})\\s*年`);
/** 2021 or 二〇二一 as a number (the patterns only match four digits). */
function yearNumber(y: string): number {
  return parseYearDigits(y) ?? Number.NaN;
}
const LEAD_YEAR = new RegExp(`^(${YEAR_SOURCE})\\s*年(?:以来|度|[,，、]|是|上半年|全年|,)`);
const ANY_YEAR = /((?:19|20)\d{2})\s*年/g;
/** A year that opens a clause of the first sentence, after an attribution (获悉，2022年，). */
const LEDE_YEAR = new RegExp(`^[^。！？]{0,40}?[，,：:]\\s*(${YEAR_SOURCE})\\s*年(?:以来|度|全年)?[，,]`);
/** The year right after a news attribution (记者从…获悉，2023年南湖区…). */
const LEDE_ATTRIBUTED_YEAR = new RegExp(`获悉[，,：:]?\\s*(${YEAR_SOURCE})\\s*年`);
/** A news lede naming the report it covers (发布《2023年度法治政府建设情况报告》): the report's year. */
// 发布《2023年度法治政府建设情况报告》, 日前发布的司法部2023年法治政府建设年度报告显示, 通报2023年全省
// 法治政府建设情况: the year reported on.
const REPORTED_REPORT_YEAR = /(?:《[^》]{0,30}?|(?:发布|公布|公开|通报|回顾|总结)的?[^，。,》]{0,12}?)((?:19|20)\d{2})\s*年度?[^，。,》]{0,24}?(?:法治政府建设|依法行政|法治建设)[^，。,》]{0,24}?(?:报告|总结|情况)/;

/**
 * A year the body speaks of: not a date (2024年3月19日), a comparison base (比2022年, 较2022年同期)
 * or a year in a document's name (《2023年工作要点》).
 */
const STATED_YEAR = /(?<![比较与])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|同期)/g;
const STATED_YEAR_SAMPLE = 20_000;

function statedYearCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const sample = text.slice(0, STATED_YEAR_SAMPLE).replace(/《[^》\n]{0,100}》/g, "");
  for (const m of sample.matchAll(STATED_YEAR)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts;
}

const WORK_REPORT_TITLE = /政府工作报告$/;
/** A government work report (…政府工作报告): delivered early in a year, it reviews the year before and plans its own. */
/** Whether a title makes the report a third party's (…第三方评估报告): its respondents' shares are no government measure. */
export function isThirdPartyTitle(title: string | null): boolean {
  return title !== null && patterns.thirdPartyTitleWords.some((w) => title.includes(w));
}

export function isWorkReportTitle(title: string | null): boolean {
  return title !== null && WORK_REPORT_TITLE.test(title);
}

const YEARBOOK_EDITION = /年鉴\s*[（(]?\s*((?:19|20)[0-9]{2})/;
/** ——2024年1月9日在…会议上: the line under a title saying when and where it was delivered (month and day in digits or numerals). */
const DELIVERY_LINE = new RegExp(`^[—-]*\\s*(${YEAR_DIGITS_SOURCE})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日在.{2,40}会议上`);
/** 10 or 十: a month or a day written in digits or in Chinese numerals. */
function chineseOrArabic(s: string): number {
  return /^[0-9]+$/.test(s) ? Number(s) : (parseChineseNumber(s) ?? 0);
}

function detectYear(
  title: string | null,
  lines: string[],
  kind: ReportKindId,
  published: string | null,
  text: string,
): MetaField<number | null> {
  const body = lines.slice(title ? 1 : 0, (title ? 1 : 0) + 3);
  // 政府工作报告 / ——2024年1月9日在…人民代表大会…会议上: a work report reviews the year before it is delivered.
  if (title && WORK_REPORT_TITLE.test(title)) {
    for (const l of body) {
      const d = DELIVERY_LINE.exec(l);
      if (d) return field(yearNumber(d[1]!) - 1, "work-report-delivery", 0.8);
    }
    // 2025年芜湖市政府工作报告 with no delivery line: the N年 report is delivered in N and reviews N−1.
    const titled = TITLE_YEAR.exec(title);
    if (titled) return field(yearNumber(titled[1]!) - 1, "work-report-title", 0.75);
  }
  // …执法检查组关于检查《…》贯彻实施情况的报告 / ——2024年10月29日在…会议上: a report with no year in its
  // title covers the year it was delivered in.
  if (title && !TITLE_YEAR.test(title)) {
    for (const l of body) {
      const d = DELIVERY_LINE.exec(l);
      if (d) return field(yearNumber(d[1]!), "delivery-line", 0.75);
    }
  }
  // 常熟年鉴（2024）, 《某市年鉴2024》: a yearbook's edition records the year before it.
  const edition = title !== null ? YEARBOOK_EDITION.exec(title) : null;
  if (edition) return field(Number(edition[1]) - 1, "yearbook-edition", 0.85);
  if (title) {
    const m = TITLE_YEAR.exec(title);
    if (m) {
      // A news headline may name this year's outlook (…成绩单 2024年行政复议案件办理提速) while the
      // lede reports last year's work (记者…获悉，2023年南湖区…): the lede's earlier year wins.
      if (kind === "news") {
        for (const l of body) {
          const lede = LEDE_YEAR.exec(l.slice(0, 80)) ?? LEDE_ATTRIBUTED_YEAR.exec(l.slice(0, 120));
          if (lede && yearNumber(lede[1]!) < yearNumber(m[1]!)) return field(yearNumber(lede[1]!), "lede-clause", 0.75);
        }
      }
      return field(yearNumber(m[1]!), "title", 0.95);
    }
  }
  for (const l of body) {
    const m = LEAD_YEAR.exec(l);
    if (m) return field(yearNumber(m[1]!), "lead-sentence", 0.8);
  }
  // News ledes put the year after the attribution (记者从市司法局获悉，2022年，我市…).
  for (const l of body) {
    const m = LEDE_YEAR.exec(l.slice(0, 80));
    if (m) return field(yearNumber(m[1]!), "lede-clause", 0.75);
  }
  for (const l of body) {
    const m = REPORTED_REPORT_YEAR.exec(l);
    if (m) return field(Number(m[1]), "reported-report", 0.85);
  }
  if (published) {
    const y = Number(published.slice(0, 4));
    const mo = Number(published.slice(5, 7));
    // Annual reports are published in the first months of the following year.
    if (kind === "report") return field(mo <= 6 ? y - 1 : y, "published-date-report", 0.7);
    // News describes the work of the year it appears in, even when it quotes last year's final
    // figures; but in the first half of a year a story whose body speaks mostly of last year
    // reviews last year (March: 2023年，宜昌市新收…; January: 介绍2024年…情况).
    if (mo <= 6) {
      const stated = statedYearCounts(text);
      if ((stated.get(y - 1) ?? 0) > (stated.get(y) ?? 0)) return field(y - 1, "body-year", 0.7);
    }
    return field(y, "published-date", 0.65);
  }
  const counts = new Map<number, number>();
  const sample = text.slice(0, 200_000);
  for (const m of sample.matchAll(ANY_YEAR)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && y > best)) {
      best = y;
      bestN = n;
    }
  }
  return best === null ? field(null, "none", 0) : field(best, "text-year-frequency", bestN >= 3 ? 0.55 : 0.4);
}

// ---------------------------------------------------------------------------------------------
// Place

const FIRST_PERSON = Object.entries(patterns.firstPerson).map(([level, words]) => ({
  level: level as Level,
  own: new RegExp(words.filter((w) => !w.startsWith("全")).map(escapeRe).join("|"), "g"),
  whole: new RegExp(words.filter((w) => w.startsWith("全")).map(escapeRe).join("|"), "g"),
}));

/** Which administrative level the text speaks as (我市 → city, 我区 → district …). */
function firstPersonLevel(text: string): { level: Level | null; counts: Record<string, number> } {
  const sample = text.slice(0, 200_000);
  const counts: Record<string, number> = {};
  let best: Level | null = null;
  let bestScore = 0;
  for (const fp of FIRST_PERSON) {
    const own = sample.match(fp.own)?.length ?? 0;
    const whole = sample.match(fp.whole)?.length ?? 0;
    // "全省" appears in every city report ("在全省率先"); a province speaks as 我省/本省.
    const score = own * 3 + (fp.level === "province" ? 0 : whole);
    counts[fp.level] = score;
    if (score > bestScore) {
      best = fp.level;
      bestScore = score;
    }
  }
  return { level: best, counts };
}

function levelMatches(place: Place, level: Level | null): boolean {
  if (!level) return true;
  if (level === place.level) return true;
  // County-level cities call themselves 我市; municipalities' districts are districts.
  if (level === "city" && place.level === "county" && place.name.endsWith("市")) return true;
  return false;
}

interface Scored {
  place: Place;
  score: number;
  full: number;
  short: number;
  children: number;
}

/** Tallies mentions per place; a mention of a district also supports its city. */
function tally(mentions: Mention[]): Map<string, Scored> {
  const scores = new Map<string, Scored>();
  const get = (p: Place): Scored => {
    let s = scores.get(p.code);
    if (!s) scores.set(p.code, (s = { place: p, score: 0, full: 0, short: 0, children: 0 }));
    return s;
  };
  // Ambiguous names (several 鼓楼区) split their weight until a parent settles them.
  for (const m of mentions) {
    const w = 1 / m.places.length;
    for (const p of m.places) {
      const s = get(p);
      if (m.full) {
        s.full += w;
        s.score += w;
      } else {
        s.short += w;
        s.score += 0.8 * w;
      }
      const par = parentOf(p);
      if (par && par.level !== "province") {
        const ps = get(par);
        ps.children += w;
        ps.score += 0.5 * w;
      }
    }
  }
  return scores;
}

/** Among same-named places, the one whose parent (or province) the context mentions most. */
function disambiguate(cands: Place[], scores: Map<string, Scored>, context: string): Place {
  if (cands.length === 1) return cands[0]!;
  let best = cands[0]!;
  let bestScore = -1;
  for (const c of cands) {
    const par = parentOf(c);
    const prov = provinceOf(c);
    let s = 0;
    if (par) {
      s += (scores.get(par.code)?.score ?? 0) * 2;
      if (context.includes(par.name)) s += 3;
      else if (par.short.length >= 2 && context.includes(par.short)) s += 2;
    }
    if (prov && prov !== par) {
      s += scores.get(prov.code)?.score ?? 0;
      if (context.includes(prov.short)) s += 1;
    }
    // Sibling districts of the same city support it too.
    for (const sc of scores.values()) if (sc.place !== c && par && sc.place.parent === par.code) s += sc.score * 0.5;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** Full gazetteer names in a short string (title, publisher, file name), most specific first. */
function placesIn(s: string, scores: Map<string, Scored>, context: string): Place[] {
  const found: Place[] = [];
  for (const m of scanMentions(s)) {
    if (!m.full) continue;
    found.push(disambiguate(m.places, scores, context));
  }
  return found;
}

/** The most specific place of a list, provided the others are its ancestors (山东省青岛市市南区 → 市南区). */
function mostSpecific(found: Place[]): Place | null {
  if (!found.length) return null;
  const rank: Record<PlaceLevelKey, number> = { province: 0, city: 1, district: 2, county: 2 };
  let best = found[0]!;
  for (const p of found.slice(1)) {
    if (rank[p.level] > rank[best.level] && isWithin(p, best)) best = p;
  }
  return best;
}
type PlaceLevelKey = Place["level"];

const STREET_AT_START = new RegExp(`^([${HAN}]{2,8}?(?:街道|镇|乡))(?:办事处|人民政府)?(?:关于)?(?:(?:${YEAR_DIGITS_SOURCE})\\s*年度?)?[${HAN}]{0,4}(?:法治|依法)`);
/** 中共株良镇委员会 株良镇人民政府: an issuer line of a town's or street's government above a 关于… title. */
const STREET_ISSUER_LINE = new RegExp(`(?:^|[\\s　])([${HAN}]{2,8}?(?:街道|镇|乡))(?:人民政府|办事处)\\s*$`);

/** A street or town named at the start of the title, after 关于, the year and any gazetteer names. */
function streetInTitle(title: string): string | null {
  const t = withoutLeadingPlaces(title.replace(PARTY_COMMITTEE_OPENING_RE, "").replace(/^关于/, "").replace(/^(?:19|20)\d{2}年度?/, ""));
  const m = STREET_AT_START.exec(t);
  return m && !placesNamed(m[1]!).length ? m[1]! : null;
}

/**
 * A name less the places the gazetteer knows that open it (合肥市肥西县三河镇 → 三河镇), and less the government of the
 * last of them (武侯区人民政府玉林街道办事处 → 玉林街道办事处: a street office is its district government's agency).
 */
function withoutLeadingPlaces(name: string): string {
  let t = name;
  for (let m = scanMentions(t)[0]; m !== undefined && m.index === 0 && m.full && m.key.length < t.length; m = scanMentions(t)[0]) t = t.slice(m.key.length);
  return t !== name && t.startsWith(GOVERNMENT_WORD) && t.length > GOVERNMENT_WORD.length + 2 ? t.slice(GOVERNMENT_WORD.length) : t;
}
const GOVERNMENT_WORD = "人民政府";
/** A town's or street's government (三河镇人民政府, 三里庵街道办事处); group 1 the town or street. */
const STREET_BODY_RE = new RegExp(`^([${HAN}]{2,8}?(?:街道|镇|乡))(?:人民政府|办事处)$`);
/** The town or street a government's name ends in (肥西县三河镇人民政府 → 三河镇), past the places the gazetteer knows. */
function streetIssuing(body: string): string | null {
  const m = STREET_BODY_RE.exec(withoutLeadingPlaces(body.trim().replace(PARTY_COMMITTEE_OPENING_RE, "")));
  return m && !placesNamed(m[1]!).length ? m[1]! : null;
}

/** The town or street whose government's issuer line stands right above a 关于… title, else null. */
function streetIssuerAbove(title: string, text: string): string | null {
  if (!title.startsWith("关于")) return null;
  const at = text.indexOf(title);
  if (at <= 0 || at > ISSUER_LOOKBACK) return null;
  const lines = text.slice(0, at).split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  // (中共株良镇委员会株良镇人民政府: the party committee's name before the government's, written without a space.)
  const issuer = lines.length > 0 ? STREET_ISSUER_LINE.exec(lines[lines.length - 1]!.replace(PARTY_COMMITTEE_OPENING_RE, "")) : null;
  return issuer !== null && !placesNamed(issuer[1]!).length ? issuer[1]! : null;
}
const ISSUER_LOOKBACK = 300;
const PARTY_COMMITTEE_OPENING_RE = /^中共[\u4e00-\u9fa5]{2,12}?(?:委员会|党委|党工委)/;

function hostTokens(url: string | null | undefined): string[] {
  if (!url) return [];
  const m = /^(?:[a-z]+:\/\/)?([^/:?#]+)/i.exec(url.trim());
  if (!m) return [];
  return m[1]!.toLowerCase().split(/[.-]/).filter((t) => t.length >= 3 && !/^(?:www|gov|com|net|org|edu|http|https)$/.test(t));
}

interface PlaceResult {
  place: Place | null;
  street: string | null;
  method: string;
  confidence: number;
}

function detectPlace(
  title: string | null,
  publisherLine: string | null,
  fileName: string,
  sourceUrl: string | null,
  text: string,
  siteName: string | null,
  fromSignature = false,
): { result: PlaceResult; scores: Map<string, Scored>; fpLevel: Level | null } {
  // 绍兴市级民主法治村: a place before 级 names the level of an honour, not the place written about;
  // 《湖南省法治政府建设实施方案》: a place in a cited document's name neither.
  const named = text.replace(DOCUMENT_NAME_RE, (t) => " ".repeat(t.length));
  const mentions = scanMentions(named).filter((m) => named.charCodeAt(m.index + m.key.length) !== 0x7ea7);
  const scores = tally(mentions);
  const { level: fpLevel } = firstPersonLevel(text);
  // The source line and the site name were cleaned out of the text, yet they settle same-named
  // places (福州日报 → 福州's 鼓楼区).
  const context = [publisherLine ?? "", siteName ?? "", text.slice(0, 200_000)].join("\n");

  const pick = (found: Place[], method: string, confidence: number): PlaceResult | null => {
    const p = mostSpecific(found);
    return p ? { place: p, street: null, method, confidence } : null;
  };

  // 1. The title names the place.
  if (title) {
    // 中共株良镇委员会 株良镇人民政府 / 关于2024年度…的报告: a town's issuer line above a title that names no place.
    const street = streetInTitle(title) ?? streetIssuerAbove(title, text);
    const inTitle = placesIn(title, scores, context);
    if (street) {
      // A street or town: its district comes from the title or the text.
      const district = mostSpecific(inTitle) ?? bestByFrequency(scores, "district")?.place ?? null;
      return { result: { place: district, street, method: "title", confidence: 0.85 }, scores, fpLevel };
    }
    const r = pick(inTitle, "title", 0.95);
    if (r) return { result: r, scores, fpLevel };
    // 丹东2022年法治政府建设情况报告: a short name that opens the title, right before the year.
    // (行政复议“主渠道”越走越宽——山东多地深化…: or the subtitle after a headline's dash.)
    const dash = title.lastIndexOf("——");
    const short = shortNameOpeningTitle(title) ?? (dash > 0 ? shortNameOpeningTitle(title.slice(dash + 2)) : null);
    if (short) return { result: { place: disambiguate(short, scores, context), street: null, method: "title-short-name", confidence: 0.8 }, scores, fpLevel };
  }
  // 2. The publisher line (文章来源:威海市司法局) or a government signature.
  if (publisherLine) {
    // 肥西县三河镇人民政府 signing a 关于…的报告: the town is the place, its county (named before it) the parent.
    // (Only a signature: a town's site as the 来源 of county news names no place of the news.)
    const street = fromSignature ? streetIssuing(publisherLine) : null;
    if (street) {
      const district = mostSpecific(placesIn(publisherLine, scores, context)) ?? bestByFrequency(scores, "district")?.place ?? null;
      return { result: { place: district, street, method: "publisher-line", confidence: 0.8 }, scores, fpLevel };
    }
    const r = pick(placesIn(publisherLine, scores, context), "publisher-line", 0.85);
    if (r) return { result: r, scores, fpLevel };
  }
  // 2b. The web site that published the page (…_鼓楼区人民政府门户网站, 浙江省司法厅): a government
  // portal or a department's site speaks for its place, whichever outlet wrote the article.
  if (siteName && (GOV_SITE.test(siteName) || GOV_BODY_LINE.test(siteName.trim()))) {
    const r = pick(placesIn(siteName, scores, context), "site-name", 0.8);
    if (r) return { result: r, scores, fpLevel };
  }
  // 2c. A local outlet named after its city (烟台日报, 潍坊新闻网): a short name that opens the
  // publisher and is followed by an outlet word. Short names alone are too ambiguous elsewhere.
  if (publisherLine) {
    const outlet = outletPlace(publisherLine, fpLevel);
    if (outlet) {
      // A city paper writing about one of its districts (我区…, 鼓楼区…), a province's paper about one
      // of its cities (本报赣州讯 … 赣州市司法局 … 全市): the place of the level the text speaks as that it
      // names by its full name. The outlet's place bounds the answer; it is not the answer.
      // (A city paper on a county-level city inside it, 鹰潭日报 on 贵溪市: both speak as 全市.)
      // (A roundup of its districts and counties, 涪城区…江油市、游仙区…盐亭县, is the city's story, whichever it names most.)
      const inner =
        fpLevel !== null && fpLevel !== "province" && fpLevel !== outlet.level
          ? namedWithin(scores, outlet, fpLevel)
          : fpLevel === "city" && outlet.level === "city" && !isRoundupOf(scores, outlet, ["county", "district"])
            ? namedWithin(scores, outlet, "county", (p) => p.name.endsWith("市") && (scores.get(p.code)?.full ?? 0) > (scores.get(outlet.code)?.full ?? 0))
            : null;
      if (inner) return { result: { place: inner, street: null, method: "publisher-outlet+text", confidence: 0.7 }, scores, fpLevel };
      // 本报赣州讯, 本报讯（记者…）: the dateline names where the story is, inside the outlet's place.
      const dateline = datelinePlace(text, outlet);
      if (dateline) return { result: { place: dateline, street: null, method: "publisher-outlet+dateline", confidence: 0.7 }, scores, fpLevel };
      return { result: { place: outlet, street: null, method: "publisher-outlet", confidence: 0.7 }, scores, fpLevel };
    }
  }
  // 3. The file name often carries the place (威海市2023年法治政府建设情况报告.pdf).
  const r3 = pick(placesIn(fileName, scores, context), "file-name", 0.75);
  if (r3) return { result: r3, scores, fpLevel };
  // 4. The source URL's host names the place in pinyin (weihai.gov.cn).
  for (const tok of hostTokens(sourceUrl)) {
    const cands = placesWithPinyin(tok);
    if (cands.length) {
      const fitting = cands.filter((c) => levelMatches(c, fpLevel));
      const pool = fitting.length ? fitting : cands;
      // Prefer the candidate the text mentions; then the higher level (a bare city host is a city).
      pool.sort((a, b) => (scores.get(b.code)?.score ?? 0) - (scores.get(a.code)?.score ?? 0) || levelRank(a) - levelRank(b));
      return { result: { place: pool[0]!, street: null, method: "source-url-pinyin", confidence: pool.length === 1 ? 0.75 : 0.6 }, scores, fpLevel };
    }
  }
  // 5. Gazetteer frequency, at the level the text speaks as (我市 → a city).
  // 2024年全国行政复议案件数量创新高: a story on the nation's figures names places only as examples; it is no
  // place's report, whichever it names most (the user is asked for the place rather than shown a wrong one).
  // (A portal's masthead may have taken the title's place: a headline among the first lines counts too.)
  const headline = title !== null && NATIONAL_TITLE_RE.test(title) ? title : text.slice(0, NATIONAL_HEADLINE_WINDOW).split("\n").find((l) => l.length <= 40 && !l.includes("。") && NATIONAL_TITLE_RE.test(l));
  if (fpLevel === null && headline !== undefined && NATIONAL_TITLE_RE.test(headline)) return { result: { place: null, street: null, method: "none", confidence: 0 }, scores, fpLevel };
  const freq = bestByFrequency(scores, fpLevel);
  if (freq) return { result: { place: freq.place, street: null, method: fpLevel ? "first-person-frequency" : "gazetteer-frequency", confidence: freq.confidence }, scores, fpLevel };
  return { result: { place: null, street: null, method: "none", confidence: 0 }, scores, fpLevel };
}
/** A title about the whole nation (全国…, 我国…). */
const NATIONAL_TITLE_RE = /全国|我国/;
/** How far into the text a headline about the nation is looked for when the title is not one. */
const NATIONAL_HEADLINE_WINDOW = 300;

/** After a short name that opens a title: a year, or one of the words that show the title opens with its place. */
const SHORT_NAME_TITLE_NEXT_RE = new RegExp(`^(?:(?:19|20)\\d{2}年|${patterns.shortNameTitleNext.words.map(escapeRe).join("|")})`);
/** The places a short name (丹东) opening the title before a year or 法治 could be. */
function shortNameOpeningTitle(title: string): Place[] | null {
  const t = title.replace(/^关于/, "");
  const m = scanMentions(t)[0];
  if (!m || m.index !== 0 || m.full || m.key.length < 2) return null;
  // 丹东2022年…, 河南：以法治政府建设护航… (a news headline that opens with its place and a colon);
  // 延边州2024年…, 恩施州…: a prefecture's or league's usual name, its short name and 州/盟.
  const rest = t.slice(m.key.length);
  const level = /^(?:州|盟|地区)/.exec(rest)?.[0] ?? "";
  const places = level ? m.places.filter((p) => p.name.endsWith(level)) : m.places;
  // (山东多地深化…, 浙江各地…, 青岛推进…: a headline that opens with its place and what happened there.)
  return places.length > 0 && SHORT_NAME_TITLE_NEXT_RE.test(rest.slice(level.length)) ? places : null;
}

/** 本报赣州讯, 本报南康10月23日讯, 本报赣州电: a news dateline's place (group 1). */
const DATELINE_RE = /本报([\u4e00-\u9fa5]{2,8}?)(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[讯电]/;

/** The place a news dateline names near the top of the text, when it lies inside `outer`. */
function datelinePlace(text: string, outer: Place): Place | null {
  const m = DATELINE_RE.exec(text.slice(0, 600));
  if (m === null) return null;
  const mention = scanMentions(m[1]!)[0];
  if (!mention || mention.index !== 0) return null;
  const inside = mention.places.filter((p) => p.code !== outer.code && isWithin(p, outer));
  return inside.length === 1 ? inside[0]! : null;
}

/** A site name that is a government portal (人民政府门户网站, 政府网, 政务网). */
const GOV_SITE = /人民政府|政府网|政务|门户/;

/**
 * The place at `level` inside `outer` that the text names most by its full name, if any, and
 * clearly more than any other there: a story on three cities (南昌、赣州、九江三市) is none of them.
 */
/** A city paper's story that names this many of the city's districts and counties in full is a roundup of them. */
const ROUNDUP_MIN_PLACES = 3;

/**
 * Whether the text is a roundup of the places of `levels` inside `outer`: it names ROUNDUP_MIN_PLACES of them by
 * their full name, none more than twice as often as the next (a story on one county that names its neighbours
 * in passing names it far more often).
 */
function isRoundupOf(scores: Map<string, Scored>, outer: Place, levels: readonly Level[]): boolean {
  const counts: number[] = [];
  for (const sc of scores.values()) if (sc.full > 0 && levels.includes(sc.place.level) && isWithin(sc.place, outer)) counts.push(sc.full);
  if (counts.length < ROUNDUP_MIN_PLACES) return false;
  counts.sort((a, b) => b - a);
  return counts[0]! <= 2 * counts[1]!;
}

function namedWithin(scores: Map<string, Scored>, outer: Place, level: Level, fits: (p: Place) => boolean = () => true): Place | null {
  let best: Scored | null = null;
  let runnerUp = 0;
  for (const sc of scores.values()) {
    if (!levelMatches(sc.place, level) || !isWithin(sc.place, outer) || !fits(sc.place)) continue;
    if (sc.full > 0 && (!best || sc.full > best.full)) {
      if (best) runnerUp = Math.max(runnerUp, best.score);
      best = sc;
    } else runnerUp = Math.max(runnerUp, sc.score);
  }
  return best !== null && best.score >= 2 * runnerUp ? best.place : null;
}

/** A news outlet's name (盐城日报, 澎湃新闻网): newspapers, broadcasters, news sites. */
const NEWS_OUTLET_NAME = new RegExp(`^[${HAN}A-Za-z·]{2,16}?(?:${alternation(patterns.newsOutletSuffixes.filter((w) => w.length >= 2))})$`);
const OUTLET_SUFFIX_AT_START = new RegExp(`^(?:${alternation(patterns.newsOutletSuffixes)})`);
function outletPlace(publisher: string, fpLevel: Level | null): Place | null {
  const m = scanMentions(publisher)[0];
  if (!m || m.index !== 0 || m.full || !OUTLET_SUFFIX_AT_START.test(publisher.slice(m.key.length))) return null;
  const fitting = m.places.filter((p) => levelMatches(p, fpLevel));
  const pool = fitting.length ? fitting : m.places;
  return pool.length === 1 ? pool[0]! : null;
}

function levelRank(p: Place): number {
  return p.level === "province" ? 0 : p.level === "city" ? 1 : 2;
}

function bestByFrequency(scores: Map<string, Scored>, level: Level | null): { place: Place; confidence: number } | null {
  const all = [...scores.values()].filter((s) => s.score >= 1);
  if (!all.length) return null;
  const fitting = all.filter((s) => levelMatches(s.place, level));
  // A text that speaks as a province (我省, 全省) and names only its cities: the province they lie in.
  if (level === "province" && fitting.length === 0) {
    const byProvince = new Map<string, { place: Place; score: number }>();
    let total = 0;
    for (const s of all) {
      const prov = provinceOf(s.place);
      if (!prov) continue;
      const e = byProvince.get(prov.code) ?? byProvince.set(prov.code, { place: prov, score: 0 }).get(prov.code)!;
      e.score += s.score;
      total += s.score;
    }
    const best = [...byProvince.values()].sort((a, b) => b.score - a.score)[0];
    if (best && best.score / total >= 0.8) return { place: best.place, confidence: 0.5 };
  }
  const pool = (fitting.length ? fitting : all).sort((a, b) => b.score - a.score);
  const top = pool[0]!;
  const second = pool[1];
  const margin = second ? top.score / (top.score + second.score) : 1;
  // A single passing mention is weak evidence.
  const support = Math.min(1, top.score / 4);
  return { place: top.place, confidence: 0.3 + 0.4 * margin * support + (fitting.length ? 0.1 : 0) };
}

// ---------------------------------------------------------------------------------------------

/** A document's name in title marks (《…》). */
const DOCUMENT_NAME_RE = /《[^》\n]{1,80}》/g;
/** The body that issues a titled report: before 关于 or the year (芜湖经济技术开发区管理委员会2024年度…报告). */
// (Not past a 关于: in 市人大常委会调研组关于市人民政府2024年度…, the government is what the report is about.)
/** Whether a body's name opens with a place the gazetteer knows (霍邱县人民政府, not 霍邨县人民政府). */
function opensWithKnownPlace(name: string): boolean {
  return scanMentions(name)[0]?.index === 0;
}

const TITLE_ISSUER = new RegExp(`^((?:(?!关于)[${HAN}（）()]){2,30}?(?:${alternation(patterns.governmentBodySuffixes)}))(?:关于|(?:${YEAR_SOURCE})\\s*年)`);

export function detectMetadata(input: DetectMetadataInput): ReportMeta {
  const decoded = input.decoded as IngestDecodedDocument;
  const cleaned = input.text;
  const raw = input.rawText ?? decoded.text ?? cleaned;
  const lines = nonEmptyLines(cleaned.slice(0, 20_000), 40);
  const tailLines = nonEmptyLines(cleaned.slice(-3000)).slice(-6);

  const title = detectTitle(lines, decoded);
  const kind = detectKind(title.value, lines, cleaned, raw);
  const { publisher, fromLine } = detectPublisher(lines, raw, decoded, kind.value);
  // The signature block is read from the raw text too, in case cleaning judged a line as chrome.
  const rawTail = nonEmptyLines(raw.slice(-3000)).slice(-6);
  const published = detectPublished([...rawTail, ...tailLines], raw, decoded, nonEmptyLines(cleaned.slice(-SIGNATURE_SEARCH_CHARS)));
  const year = detectYear(title.value, lines, kind.value, published.value, cleaned);

  const sourceUrl = input.sourceUrl ?? decoded.formatSourceUrl ?? null;
  const { result } = detectPlace(title.value, fromLine, input.fileName, sourceUrl, cleaned, decoded.formatSiteName ?? null, publisher.method === "signature");

  let place: MetaField<string | null>;
  let parent: MetaField<string | null>;
  let province: MetaField<string | null>;
  let placeCode: MetaField<string | null>;
  let level: MetaField<Level | null>;
  const p = result.place;
  if (result.street) {
    place = field(result.street, result.method, result.confidence);
    parent = field(p?.name ?? null, p ? "gazetteer" : "none", p ? result.confidence * 0.8 : 0);
    const prov = p ? provinceOf(p) : null;
    province = field(prov?.name ?? null, prov ? "gazetteer" : "none", prov ? result.confidence * 0.8 : 0);
    placeCode = field(null, "none", 0);
    level = field("street", result.method, result.confidence);
  } else if (p) {
    place = field(p.name, result.method, result.confidence);
    const par = parentOf(p);
    parent = field(par?.name ?? null, "gazetteer", result.confidence);
    const prov = provinceOf(p);
    province = field(prov?.name ?? null, "gazetteer", result.confidence);
    placeCode = field(p.code, "gazetteer", result.confidence);
    level = field(p.level, "gazetteer", result.confidence);
  } else {
    place = field(null, "none", 0);
    parent = field(null, "none", 0);
    province = field(null, "none", 0);
    placeCode = field(null, "none", 0);
    level = field(null, "none", 0);
  }

  // An official annual report is the work of the place's people's government (the regulation on
  // rule-of-law government reports makes the government the reporting body), when no other
  // publisher is printed.
  let pub = publisher;
  // A report a newspaper reposted (政府工作报告, 信息来源：盐城日报): the paper is no author of it.
  if (kind.value === "report" && pub.method === "publisher-line" && pub.value !== null && NEWS_OUTLET_NAME.test(pub.value)) pub = field(null, "none", 0);
  // "XX人民政府关于…的报告": the issuing body heads the title.
  const issuer = title.value ? TITLE_ISSUER.exec(title.value) : null;
  // A report's issuing body named in its title outranks the office a portal's 来源 line names (经开区党政办公室).
  // (霍邨县人民政府 under 霍邱县人民政府关于…的报告: a signature an OCR copy garbled names no known place; the title's issuer does.)
  const garbledSignature = issuer !== null && pub.method === "signature" && pub.value !== null && pub.value !== issuer[1] && !opensWithKnownPlace(pub.value) && opensWithKnownPlace(issuer[1]!);
  if (issuer && (pub.value === null || garbledSignature || (kind.value === "report" && pub.method === "publisher-line" && pub.value !== issuer[1]))) pub = field(issuer[1]!, "title-issuer", 0.8);
  // (…第三方评估报告: the government is what the report is about, not its author.)
  const thirdParty = isThirdPartyTitle(title.value);
  if (pub.value === null && kind.value === "report" && place.value && !thirdParty) {
    // A development zone (芜湖经济技术开发区) has no people's government: its 管理委员会 governs it.
    // A league (兴安盟) or a prefecture (大兴安岭地区) is governed by its 行政公署.
    const organ = ZONE_NAME_RE.test(place.value) ? "管理委员会" : /(?:盟|地区)$/.test(place.value) ? "行政公署" : "人民政府";
    const author = result.street ? (result.street.endsWith("街道") ? `${result.street}办事处` : `${result.street}人民政府`) : `${place.value}${organ}`;
    pub = field(author, "report-author-inferred", Math.min(0.6, place.confidence));
  }

  // 信息来源：市行政复议局 on 扬州市's site: the body of the place the text is about (扬州市行政复议局).
  if (pub.value !== null && place.value !== null && pub.value.length > 2 && LEVEL_ONLY_BODY.test(pub.value) && place.value.endsWith(pub.value[0]!)) {
    pub = field(`${place.value}${pub.value.slice(1)}`, pub.method, Math.min(pub.confidence, place.confidence));
  }
  const office = detectOffice(title.value, pub, cleaned, decoded.formatSiteName?.trim() ?? null);
  if (office.value !== null && (pub.value === null || pub.method === "report-author-inferred")) pub = field(office.value, office.method, office.confidence);

  return { place, parent, province, placeCode, level, year, title, publisher: pub, published, kind, office };
}

// ---------------------------------------------------------------------------------------------
// One office's own report

const OFFICE_BODY = new RegExp(`(?:${alternation(patterns.officeSuffixes)})$`);
const NOT_OFFICE = new RegExp(`(?:${alternation(patterns.notOffices)})$`);
/** The body that heads a title, before its year or 关于 (泰州市市场监督管理局2024年法治政府建设工作情况报告). */
const TITLE_BODY = new RegExp(`^([${HAN}（）()]{2,30}?)(?:关于)?(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年`);
const OFFICE_FIRST_PERSON = new RegExp(alternation(patterns.officeFirstPerson), "g");

/** A government's own signature line among the text's last lines. */
const GOVERNMENT_SIGNATURE_RE = /(?:人民政府|行政公署|管理委员会)\s*(?:\n|$)/;
/** How far from the text's end its signature block may start. */
const SIGNATURE_TAIL = 160;

function isOffice(body: string): boolean {
  return OFFICE_BODY.test(body) && !NOT_OFFICE.test(body) && !/政府/.test(body);
}

/**
 * Whether the report is one office's own (a bureau's annual report) rather than the place's
 * government's: the body heading its title is an office, or the publisher is one and the text
 * speaks as it (我局, 本局) more than once.
 */
function detectOffice(title: string | null, pub: MetaField<string | null>, text: string, siteName: string | null): MetaField<string | null> {
  const publisher = pub.value;
  const body = title ? (TITLE_BODY.exec(title)?.[1] ?? TITLE_ISSUER.exec(title)?.[1] ?? null) : null;
  if (body !== null && isOffice(body)) return field(body, "title-office", 0.85);
  // 柳州市教育局 signing a report whose title names no body: the office wrote it (a portal's 来源 line only posted it).
  // (Only a signature below the title: a yearbook's compiler, 常熟市地方志办公室, heads the page above it.)
  // (Nor a bureau's line under the government's own signature, 绵阳市人民政府 / 2025年1月20日 / 绵阳市司法局: the drafter.)
  if (body === null && publisher !== null && pub.method === "signature" && isOffice(publisher) && title !== null && text.lastIndexOf(publisher) > text.indexOf(title) + title.length && !GOVERNMENT_SIGNATURE_RE.test(text.slice(-SIGNATURE_TAIL))) {
    return field(publisher, "signature-office", 0.75);
  }
  if (body === null && publisher !== null && isOffice(publisher) && (text.slice(0, 20_000).match(OFFICE_FIRST_PERSON)?.length ?? 0) >= 2) {
    return field(publisher, "publisher-office", 0.7);
  }
  // An office's own portal publishing a report whose title names no body (site 宿州市司法局, 来源 宿州市司法局 or only
  // a division): the office's report, not the government's.
  if (body === null && publisher !== null && publisher === siteName && isOffice(publisher) && (pub.method === "site-name" || pub.method === "publisher-line" || pub.method === "meta-tag")) {
    return field(publisher, "site-office", 0.65);
  }
  return field(null, "none", 0);
}
