// Decoded text → cleaned text plus a report of every removed span.
//
// The cleaned text is the input with spans deleted and nothing rewritten, except a few
// one-to-one character substitutions (see normaliseChar) that keep every offset in place. So
// each cleaned character has exactly one source character, and `removed` explains every gap:
// `mapCleanedOffset` turns a cleaned offset back into an input offset.
//
// Normalisation choice: we do NOT apply NFKC. NFKC would turn Chinese punctuation (，：；（）！？)
// into ASCII and change the meaning readers expect; it also changes string lengths for some
// characters. We only map full-width ASCII letters and digits (Ａ-Ｚ ａ-ｚ ０-９), the full-width
// percent sign, a full-width point between digits, and exotic spaces (U+3000, NBSP, tab, form
// feed) to their ASCII counterparts, one character for one character, so "９８．０４％" reads
// "98.04%" for the extractor while offsets stay valid.
//
// Speed: one pass over lines; a line is chrome only if it is short, matches a rule and contains a
// cue (the cue test, a scan for a hundred words, runs only once a rule has matched); spam scanning
// only runs on lines with a spam shape (a delimiter, a letter next to a digit or a Latin betting
// word); the characters to normalise are found by one search over the whole text.

import type { CleanedText, RemovedSpan } from "../pipeline/types";
import chrome from "../knowledge/web-chrome.json";
import spamVocabulary from "../knowledge/spam-vocabulary.json";

type Reason = RemovedSpan["reason"];

interface LineRule {
  reason: Reason;
  /** The rule's description plus the start of its pattern, so a reader can find the rule. */
  detail: string;
  maxLength: number;
  re: RegExp;
}

const LINE_RULES: LineRule[] = chrome.lineRules.map((r) => ({
  reason: r.reason as Reason,
  detail: `${r.detail} (rule: ${r.pattern.slice(0, 60)}${r.pattern.length > 60 ? "…" : ""})`,
  maxLength: r.maxLength,
  re: new RegExp(r.pattern, "i"),
}));
const MAX_RULE_LENGTH = Math.max(...LINE_RULES.map((r) => r.maxLength));
/** For each line length up to MAX_RULE_LENGTH, the rules (in order) whose maxLength admits it. */
const RULES_BY_LENGTH: LineRule[][] = Array.from({ length: MAX_RULE_LENGTH + 1 }, (_, len) => LINE_RULES.filter((r) => len <= r.maxLength));
const BULLET_PREFIX = new RegExp(chrome.chromeBulletPrefix);
const HEADER_LABELS = new Set(chrome.headerLabels.labels);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// Spam

const STRONG = new Set(spamVocabulary.strong.map((w) => w.toLowerCase()));
const WEAK = new Set(spamVocabulary.weak.map((w) => w.toLowerCase()));
const LATIN_STRONG = new RegExp(`(?:${spamVocabulary.latinStrong.map(escapeRe).join("|")})`, "i");
const LATIN_WEAK = new RegExp(`^(?:${spamVocabulary.latinWeak.map(escapeRe).join("|")})$`, "i");
/** Vocabulary words, longest first so the alternation prefers 娱乐城 over 娱乐. */
const VOCAB_ALT = [...new Set([...spamVocabulary.strong, ...spamVocabulary.weak])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
/** A run of spam units: Latin/digit tokens and vocabulary words, joined by at most a few separators. */
const UNIT = `(?:[A-Za-z0-9]+|${VOCAB_ALT})`;
const SPAM_RUN = new RegExp(`${UNIT}(?:[_|｜\\-~·. \\t/]{0,3}${UNIT})*`, "gi");
const SPAM_TOKEN = new RegExp(`[A-Za-z0-9]+|${VOCAB_ALT}|[_|｜]`, "gi");
/**
 * Cheap test for lines that may contain spam: judgeSpamRun needs a Latin letter, or (for
 * Chinese-only strings) an underscore/pipe delimiter, so lines without either are skipped.
 */
const SPAM_HINT = /[A-Za-z_|｜\uff21-\uff3a\uff41-\uff5a]/;
/**
 * Second cheap test, exact as well: a spam verdict needs a spam shape in the run (see
 * judgeSpamRun): an underscore/pipe delimiter, a token mixing letters and digits (so a letter next
 * to a digit) or a Latin betting word. Lines that merely contain Latin words or amounts (APP, 12345
 * 热线) have none, and skip the costly SPAM_RUN scan.
 */
const SPAM_SHAPE = new RegExp(`[_|｜]|[A-Za-z][0-9]|[0-9][A-Za-z]|${spamVocabulary.latinStrong.map(escapeRe).join("|")}`, "i");

interface SpamVerdict {
  spam: boolean;
  detail: string;
}

/**
 * Scores a candidate run. A run is injected spam when it carries a Latin/digit token, gambling
 * vocabulary of enough weight, and a spam shape: a token mixing letters and digits (site codes
 * like the numbered betting brands), an underscore/pipe delimiter (SEO title strings), or a Latin
 * betting word. Ordinary prose that only mentions 在线 or an APP never reaches the threshold.
 */
export function judgeSpamRun(run: string, options: { placeSlot?: boolean } = {}): SpamVerdict {
  // findInlineSpam skips lines with neither a spam shape (SPAM_SHAPE) nor a strong Chinese
  // gambling word (STRONG_IN_TAIL, for the place-slot case): keep it in step with the conditions
  // for `spam` below.
  const tokens = run.match(SPAM_TOKEN) ?? [];
  let ascii = 0;
  let latin = 0;
  let latinStrong = 0;
  let mixed = 0;
  let delimiters = 0;
  let strong = 0;
  let weak = 0;
  const asciiTokens: string[] = [];
  const words: string[] = [];
  for (const t of tokens) {
    if (t === "_" || t === "|" || t === "｜") {
      delimiters++;
      continue;
    }
    const lower = t.toLowerCase();
    if (/^[a-z0-9]+$/i.test(t)) {
      ascii++;
      asciiTokens.push(t);
      if (/[a-z]/i.test(t)) latin++;
      if (/[a-z]/i.test(t) && /\d/.test(t)) mixed++;
      if (LATIN_STRONG.test(t)) {
        strong++;
        latinStrong++;
      }
      else if (LATIN_WEAK.test(t)) weak++;
      continue;
    }
    if (STRONG.has(lower)) {
      strong++;
      words.push(t);
    } else if (WEAK.has(lower)) {
      weak++;
      words.push(t);
    }
  }
  const weight = strong * 2 + weak;
  // Digit-only tokens are amounts and years in ordinary prose (体育彩票3000余万元), so the Latin
  // side must carry a letter; the shape must be a site code, a delimiter or a Latin betting word.
  const shaped = mixed > 0 || delimiters > 0 || latinStrong > 0;
  const spam =
    run.length >= 6 &&
    ((latin > 0 && shaped && weight >= 3 && words.length >= 1) ||
      // Chinese-only SEO strings: two strong words and a delimiter.
      (ascii === 0 && strong >= 2 && delimiters > 0) ||
      // Written where a place's name stood (2022年，开元棋牌app下载市…): no site code is needed
      // when gambling vocabulary and a Latin token sit right before 市/县/区.
      (options.placeSlot === true && latin > 0 && strong >= 1 && weight >= 3));
  const parts: string[] = [];
  if (asciiTokens.length) parts.push(`Latin/digit tokens [${asciiTokens.join(", ")}]`);
  if (words.length) parts.push(`gambling vocabulary [${words.join(", ")}]`);
  if (delimiters) parts.push(`${delimiters} underscore/pipe delimiter(s)`);
  return {
    spam,
    detail: `injected gambling/betting string: ${parts.join("; ")}; it does not belong to the surrounding sentence`,
  };
}

// ---------------------------------------------------------------------------------------------
// Character normalisation (one for one, offsets unchanged)

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * The characters normaliseSlice may change. Global: assemble searches the whole text from a
 * position (test() with lastIndex) rather than testing each kept slice.
 */
const NEEDS_NORMALISE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\u3000\u00a0\t\f\u2002-\u200a\u202f\u205f]/g;

/** Position of the first character at or after `from` that normaliseSlice may change, or text.length. */
function nextToNormalise(text: string, from: number): number {
  NEEDS_NORMALISE.lastIndex = from;
  return NEEDS_NORMALISE.test(text) ? NEEDS_NORMALISE.lastIndex - 1 : text.length;
}

/** text[start, end) with the one-for-one substitutions; the caller knows it contains one to make. */
function normaliseSlice(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0xff0e) {
      // A full-width point is a decimal point only between digits; elsewhere keep it.
      const prev = start + i > 0 ? text.charCodeAt(start + i - 1) : 0;
      const next = start + i + 1 < text.length ? text.charCodeAt(start + i + 1) : 0;
      out += isDigitCode(prev) && isDigitCode(next) ? "." : s[i];
    } else if (c === 0x3000 || c === 0xa0 || c === 9 || c === 12 || (c >= 0x2002 && c <= 0x200a) || c === 0x202f || c === 0x205f) {
      out += " ";
    } else out += s[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lines

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2002 && c <= 0x200b) || c === 0x202f || c === 0x205f;
}

interface Line {
  /** [start, end) of the line without its newline. */
  start: number;
  end: number;
  /** Trimmed content range. */
  ts: number;
  te: number;
  removed: { reason: Reason; detail: string } | null;
  /** Inline spans removed from a kept line. */
  inline: RemovedSpan[];
}

/**
 * Pre-filter: a short line can only be chrome if it contains one of these cues. Keep it in step
 * with web-chrome.json (a rule whose line lacks every cue here is never tried).
 */
const CHROME_HINT =
  /APP|App|app|客户端|小贴士|提示|打开|下载|右上角|浏览器|二维码|扫|上一|下一|上篇|下篇|首页|尾页|末页|返回|更多|位置|打印|关闭|收藏|保存|字号|字体|大\s*中\s*小|默认|分享|微信|微博|朋友圈|QQ|链接|点赞|在看|转发|评论|留言|表情|两句|说点|发表|提交|相关|阅读|推荐|回顾|编辑|责编|审|校对|签发|摄影|撰稿|统筹|监制|制作|作者|通讯员|记者|视觉|美编|来源|日期|时间|次数|点击|浏览|\d:\d\d|\d\s*[-/.]\s*\d|第\s*\d|template|[{}$<>]|undefined|null|NaN|object|var |let |const |function|document|window|jQuery|if\s*\(|else|return |try|@|版权|Copyright|©|\(c\)|ICP|公网安备|标识码|识别码|主办|承办|技术支持|运维|分辨率|联系我们|网站|隐私|帮助|关于我们|纠错|无障碍|长者|适老|English|繁|简体|TOP|top/i;

/** First lines of a document in which a bare date prefix is page furniture. */
const HEADER_ZONE_LINES = 8;
const DATE_PREFIX = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=[\u4e00-\u9fa5“"《（(])/;

/** The first rule matching the line, provided the line contains a cue (CHROME_HINT); else null. */
function classifyLine(content: string): { reason: Reason; detail: string } | null {
  if (content.length > MAX_RULE_LENGTH) return null;
  const bare = content.replace(BULLET_PREFIX, "");
  // Same verdict as testing the cue first: the first rule that matches, if the line has a cue.
  // Rules first is cheaper: most are anchored and fail at once on prose, while the cue test scans
  // the whole line for a hundred words.
  for (const rule of RULES_BY_LENGTH[bare.length]!) if (rule.re.test(bare)) return CHROME_HINT.test(content) ? rule : null;
  return null;
}

/** Han characters after a spam run up to punctuation, a space or the line end (at most 6). */
const SPAM_TAIL = /^[\u4e00-\u9fa5]{1,6}(?=$|[\s，。；：！？、,.;:!?）)】」』])/;
const STRONG_IN_TAIL = new RegExp(spamVocabulary.strong.filter((w) => /[\u4e00-\u9fa5]/.test(w)).map(escapeRe).join("|"));
/** Administrative suffixes a place's name stands before. */
const PLACE_SUFFIX = /^[市县区州旗](?!场|民|值|面|级|委|政府办)/;

/**
 * Start of the clause a run sits in when the run stands where a place's name should
 * (…，开元棋牌app下载市深入推进…: right before 市/县/区, at most 6 Han characters after a clause
 * start), else -1.
 */
function placeSlotStart(line: string, s: number, e: number): number {
  if (!PLACE_SUFFIX.test(line.slice(e, e + 4))) return -1;
  let p = s;
  while (p > 0 && s - p < 6 && /[\u4e00-\u9fa5]/.test(line[p - 1]!) && line[p - 1] !== "年") p--;
  const before = p > 0 ? line[p - 1]! : "";
  return p === 0 || /[，,。；;：:、\s年）)]/.test(before) ? p : -1;
}

/** Injected strings repeat across a page; judging each distinct run once keeps spam-heavy pages fast. */
const verdictCache = new Map<string, SpamVerdict>();

function findInlineSpam(text: string, ts: number, te: number, out: RemovedSpan[]): void {
  const raw = text.slice(ts, te);
  if (!SPAM_HINT.test(raw)) return;
  // Spam written in full-width letters (ｂｅｔ３６５) is judged as if half-width; the same one-for-one
  // substitution as the output's, so offsets hold.
  const line = nextToNormalise(text, ts) < te ? normaliseSlice(text, ts, te) : raw;
  if (!(SPAM_SHAPE.test(line) || STRONG_IN_TAIL.test(line))) return;
  SPAM_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPAM_RUN.exec(line)) !== null) {
    const run = m[0];
    if (run.length < 6) continue;
    let v = verdictCache.get(run);
    if (!v) {
      v = judgeSpamRun(run);
      if (verdictCache.size > 10_000) verdictCache.clear();
      verdictCache.set(run, v);
    }
    let s = m.index;
    let e = m.index + run.length;
    if (!v.spam) {
      const slotStart = placeSlotStart(line, s, e);
      if (slotStart < 0) continue;
      v = judgeSpamRun(run, { placeSlot: true });
      if (!v.spam) continue;
      // The injection replaced the whole name: from the clause start up to the suffix.
      s = slotStart;
    }
    // Trim separators and spaces at the edges: they are part of the sentence layout, not the run.
    while (s < e && /[\s_|｜\-~·./]/.test(line[s]!)) s++;
    while (e > s && /[\s_|｜\-~·./]/.test(line[e - 1]!)) e--;
    // 注册送彩金: a short tail up to the next punctuation that still speaks of gambling belongs to the run.
    const tail = SPAM_TAIL.exec(line.slice(e, e + 8));
    if (tail && STRONG_IN_TAIL.test(tail[0])) e += tail[0].length;
    out.push({ start: ts + s, end: ts + e, text: raw.slice(s, e), reason: "spam", detail: v.detail });
  }
}

// ---------------------------------------------------------------------------------------------

/** Removes page chrome and injected spam; see the file comment for the exact guarantees. */
export function cleanText(text: string): CleanedText {
  const lines: Line[] = [];
  {
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = n;
      let ts = start;
      let te = end;
      while (ts < te && isSpaceCode(text.charCodeAt(ts))) ts++;
      while (te > ts && isSpaceCode(text.charCodeAt(te - 1))) te--;
      lines.push({ start, end, ts, te, removed: null, inline: [] });
      if (end === n) break;
      start = end + 1;
    }
  }

  // Pass 1: whole-line chrome, header labels, inline spam and a date glued to the first paragraph.
  let nonEmptySeen = 0;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (ln.ts === ln.te) continue;
    nonEmptySeen++;
    const content = text.slice(ln.ts, ln.te);
    if (nonEmptySeen <= 3 && HEADER_LABELS.has(content) && hasTextAfter(lines, i)) {
      ln.removed = { reason: chrome.headerLabels.reason as Reason, detail: `${chrome.headerLabels.detail}: ${content}` };
      continue;
    }
    const cls = classifyLine(content);
    if (cls) {
      ln.removed = cls;
      continue;
    }
    findInlineSpam(text, ln.ts, ln.te, ln.inline);
    if (nonEmptySeen <= HEADER_ZONE_LINES) {
      const d = DATE_PREFIX.exec(content);
      if (d) {
        ln.inline.unshift({
          start: ln.ts,
          end: ln.ts + d[0].length,
          text: d[0],
          reason: "page-meta",
          detail: "publication date printed at the start of the first paragraph (page furniture)",
        });
      }
    }
    // A line that was nothing but spam is removed whole.
    if (ln.inline.length) {
      let covered = 0;
      for (const sp of ln.inline) covered += sp.end - sp.start;
      const rest = text.slice(ln.ts, ln.te);
      let restLen = 0;
      let k = 0;
      for (const sp of ln.inline) {
        restLen += rest.slice(k, sp.start - ln.ts).trim().length;
        k = sp.end - ln.ts;
      }
      restLen += rest.slice(k).trim().length;
      if (restLen === 0 && covered > 0) {
        ln.removed = { reason: ln.inline[0]!.reason, detail: ln.inline.map((s) => s.detail).join("; ") };
        ln.inline = [];
      }
    }
  }

  // Pass 2: tiny fragments (a comment count "0", a lone "|") wedged between chrome lines or
  // between chrome and the document edge belong to that chrome block.
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (ln.removed || ln.ts === ln.te || ln.te - ln.ts > 4 || ln.inline.length) continue;
    const prev = neighbour(lines, i, -1);
    const next = neighbour(lines, i, +1);
    const prevChrome = prev === null ? null : prev.removed;
    const nextChrome = next === null ? null : next.removed;
    if ((prevChrome || prev === null) && (nextChrome || next === null) && (prevChrome || nextChrome)) {
      const by = (nextChrome ?? prevChrome)!;
      ln.removed = { reason: by.reason, detail: `short fragment inside a block of page chrome (${by.detail.split(" (rule")[0]})` };
    }
  }

  return assemble(text, lines);
}

function hasTextAfter(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.ts !== lines[j]!.te) return true;
  return false;
}

function neighbour(lines: Line[], i: number, dir: 1 | -1): Line | null {
  for (let j = i + dir; j >= 0 && j < lines.length; j += dir) {
    const l = lines[j]!;
    if (l.ts !== l.te) return l;
  }
  return null;
}

/**
 * Builds the output from kept lines: content without inline spans, one "\n" between lines and
 * at most one blank line where the input had blank lines. Every deleted character is reported:
 * chrome and spam with their rule, everything else as whitespace.
 */
function assemble(text: string, lines: Line[]): CleanedText {
  const n = text.length;
  const kept: number[] = []; // flat [start, end, start, end, ...] copied ranges, ascending
  const labels: RemovedSpan[] = []; // chrome lines and inline spans, ascending, non-overlapping
  let prevKept: Line | null = null;
  let gapBlank: Line | null = null;
  for (const ln of lines) {
    if (ln.removed) {
      const end = Math.min(ln.end + 1, n);
      labels.push({ start: ln.start, end, text: "", reason: ln.removed.reason, detail: ln.removed.detail });
      continue;
    }
    if (ln.ts === ln.te) {
      if (prevKept && !gapBlank && ln.end < n) gapBlank = ln;
      continue;
    }
    if (prevKept) {
      kept.push(prevKept.end, prevKept.end + 1);
      if (gapBlank) kept.push(gapBlank.end, gapBlank.end + 1);
    }
    gapBlank = null;
    let k = ln.ts;
    for (const sp of ln.inline.sort((a, b) => a.start - b.start)) {
      if (sp.start < k) continue;
      if (sp.start > k) kept.push(k, sp.start);
      labels.push(sp);
      k = sp.end;
    }
    if (ln.te > k) kept.push(k, ln.te);
    prevKept = ln;
  }

  const parts: string[] = [];
  const removed: RemovedSpan[] = [];
  const push = (start: number, end: number, reason: Reason, detail: string): void => {
    if (start >= end) return;
    const last = removed[removed.length - 1];
    if (last && last.end === start && last.reason === reason && last.detail === detail) {
      last.end = end;
      return;
    }
    removed.push({ start, end, text: "", reason, detail });
  };
  let li = 0;
  const fillGap = (a: number, b: number): void => {
    let p = a;
    while (li < labels.length && labels[li]!.start < b) {
      const lab = labels[li]!;
      if (lab.start > p) push(p, lab.start, "whitespace", WS_DETAIL);
      push(Math.max(lab.start, p), lab.end, lab.reason, lab.detail);
      p = Math.max(p, lab.end);
      li++;
    }
    if (p < b) push(p, b, "whitespace", WS_DETAIL);
  };
  let cursor = 0;
  // Next character to normalise. Found by one search that runs on as long as the kept ranges it
  // passes need nothing, so a text without such characters is searched once in all, instead of
  // one regex call per kept range.
  let special = -1;
  for (let i = 0; i < kept.length; i += 2) {
    const s = kept[i]!;
    const e = kept[i + 1]!;
    if (s > cursor) fillGap(cursor, s);
    if (special < s) special = nextToNormalise(text, s);
    parts.push(special < e ? normaliseSlice(text, s, e) : text.slice(s, e));
    cursor = e;
  }
  if (cursor < n) fillGap(cursor, n);
  for (const sp of removed) sp.text = text.slice(sp.start, sp.end);
  return { text: parts.join(""), removed };
}

const WS_DETAIL = "whitespace normalisation (indentation, trailing spaces, extra blank lines)";

/**
 * Maps an offset in the cleaned text back to the input text (removed spans sorted by start, as
 * cleanText returns them). Useful to show a metric in the original page.
 */
export function mapCleanedOffset(removed: readonly RemovedSpan[], cleanedOffset: number): number {
  let shift = 0;
  for (const sp of removed) {
    if (sp.start <= cleanedOffset + shift) shift += sp.end - sp.start;
    else break;
  }
  return cleanedOffset + shift;
}
