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
// "98.04%" for the extractor while offsets stay valid; and, in a figure an OCR copy misread, the
// letters O and l for the digits 0 and 1 (2O4件 → 204件, see isOcrDigit).
//
// Speed: one pass over lines, and one scan of each line's characters through a lookup table that
// records whether the line has Latin letters or delimiters (else it cannot hold spam) and where its
// characters to normalise are (most lines have none). A line is chrome only if it is short, matches
// a rule and contains a cue: the rules for its length are tried as one alternation first, and the
// cue test, a scan for a hundred words, runs only once a rule has matched. Spam scanning only runs
// on lines with a spam shape (a delimiter, a letter next to a digit or a Latin betting word) or a
// strong gambling word, found by table lookups too.

import type { CleanedText, RemovedSpan } from "../pipeline/types";
import { UNIT_MATCHER } from "../extract/knowledge";
import { TEXT_CELL_ROW_RE, isNotedRow } from "../extract/table-rows";
import chrome from "../knowledge/web-chrome.json";
import { PAGE_NUMBER_MAX, continuesAcrossBreak, findPageFurniture, mayBePageNumber, pageBreaks } from "./page-furniture";
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
/**
 * For each line length, regexes of which one matches exactly when one of RULES_BY_LENGTH's rules
 * does: the alternation of the rules (same flags, no backreferences to renumber). Nearly every line
 * matches no rule, and two regex calls reject it in a fraction of the time twenty calls take; the
 * few lines they accept are then tried rule by rule for the first match. The rules anchored with ^
 * and the others go to separate regexes: in one alternation, the engine would try every anchored
 * rule at every position of the line too. (The split only affects speed: any split is exact.)
 */
const ANY_RULE_BY_LENGTH: RegExp[][] = (() => {
  const byKey = new Map<string, RegExp[]>();
  return RULES_BY_LENGTH.map((rules) => {
    // Lengths admitted by the same rules share their regexes.
    const key = rules.map((r) => LINE_RULES.indexOf(r)).join(",");
    let res = byKey.get(key);
    if (!res) {
      const anchored = rules.filter((r) => r.re.source.startsWith("^"));
      const others = rules.filter((r) => !r.re.source.startsWith("^"));
      res = [anchored, others].filter((g) => g.length > 0).map((g) => new RegExp(g.map((r) => `(?:${r.re.source})`).join("|"), "i"));
      byKey.set(key, res);
    }
    return res;
  });
})();
const BULLET_PREFIX = new RegExp(chrome.chromeBulletPrefix);
const HEADER_LABELS = new Set(chrome.headerLabels.labels);
const HEADER_MASTHEAD = new RegExp(chrome.headerLabels.mastheadPattern);
const MASTHEAD_OUTLETS = new Set(chrome.headerLabels.mastheadOutlets);
const RELATED_HEADERS = new Set(chrome.relatedLists.headers);
const RELATED_BULLET = new RegExp(chrome.relatedLists.bullet);
const RELATED_HEADLINE_MAX = chrome.relatedLists.headlineMax;
/** A link list's item ending in its date (… 2022-03-29, …［2022-03-29］). */
const DATED_HEADLINE_END = /\s[［\[(（]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[］\])）]?$/;

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
const VOCAB_ALT_WORDS = [...new Set([...spamVocabulary.strong, ...spamVocabulary.weak])].sort((a, b) => b.length - a.length);
const VOCAB_ALT = VOCAB_ALT_WORDS.map(escapeRe).join("|");
/** A run of spam units: Latin/digit tokens and vocabulary words, joined by at most a few separators. */
const UNIT = `(?:[A-Za-z0-9]+|${VOCAB_ALT})`;
/** Sticky: tried only at positions where a unit may start (RUN_START_CHAR), see findInlineSpam. */
const SPAM_RUN = new RegExp(`${UNIT}(?:[_|｜\\-~·. \\t/]{0,3}${UNIT})*`, "iy");
const SPAM_TOKEN = new RegExp(`[A-Za-z0-9]+|${VOCAB_ALT}|[_|｜]`, "gi");
/** Strong words with a Han character: gambling vocabulary that speaks for itself in Chinese text. */
const STRONG_IN_TAIL_WORDS = spamVocabulary.strong.filter((w) => /[\u4e00-\u9fa5]/.test(w));

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
  // findInlineSpam skips lines with neither a spam shape nor a strong Chinese gambling word
  // (STRONG_IN_TAIL, for the place-slot case), see hasSpamShapeOrStrongWord: keep it in step with
  // the conditions for `spam` below.
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
 * text[start, end) with the one-for-one substitutions. The callers only call it on ranges that may
 * hold a character to change (NORMALISE_CHAR); on others it would return the slice unchanged.
 */
const isWideDigit = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
function wideThousandsComma(text: string, i: number): boolean {
  let before = 0;
  while (before < 4 && i - before - 1 >= 0 && isWideDigit(text.charCodeAt(i - before - 1))) before++;
  // One to three digits open the number; a later group (１，２３４，５６７) follows an earlier comma.
  const groupOk = (before >= 1 && before <= 3 && !(i - before - 1 >= 0 && isDigitCode(text.charCodeAt(i - before - 1)))) || (before === 3 && text.charCodeAt(i - 4) === 0xff0c);
  if (!groupOk) return false;
  for (let k = 1; k <= 3; k++) if (!isWideDigit(text.charCodeAt(i + k))) return false;
  return !isDigitCode(text.charCodeAt(i + 4));
}
/** O o (0) and l I (1): letters an OCR copy reads for digits (2O4件, l8期, 1OO%). */
const OCR_DIGIT = new Map([..."OolI"].map((ch) => [ch.charCodeAt(0), ch === "O" || ch === "o" ? "0" : "1"]));
/** Longest run of digits and such letters one figure makes. */
const OCR_RUN_MAX = 12;
const isOcrRunCode = (c: number): boolean => isDigitCode(c) || OCR_DIGIT.has(c) || c === 46 || c === 44;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Whether the letter at `i` is an OCR copy's digit: it lies in a run of digits and such letters that holds a
 * digit, follows no other Latin letter (CO2, iOS, IPv6 are words), opens with no 0 (O3, ozone), and ends in a unit, 年 月 日 or %
 * (2O4件, 2月2O日, 8O%). A run that ends in anything else keeps its letters.
 */
function isOcrDigit(text: string, i: number): boolean {
  // (Most such letters stand in words: only one beside a digit or another such letter is looked at further.)
  const left = i > 0 ? text.charCodeAt(i - 1) : 0;
  const right = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  // (O.5个百分点, 为O.8%: a decimal point and a digit after it count as a neighbour too.)
  const pointThenDigit = (right === 46 || right === 0xff0e) && i + 2 < text.length && isDigitCode(text.charCodeAt(i + 2));
  if (!(isDigitCode(left) || isDigitCode(right) || OCR_DIGIT.has(left) || OCR_DIGIT.has(right) || pointThenDigit)) return false;
  let s = i;
  while (s > 0 && i - s < OCR_RUN_MAX && isOcrRunCode(text.charCodeAt(s - 1))) s--;
  let e = i + 1;
  while (e < text.length && e - i < OCR_RUN_MAX && isOcrRunCode(text.charCodeAt(e))) e++;
  // (A run longer than one figure, or one after a Latin letter (CO2, IPv6), is no figure.)
  if ((s > 0 && (isAsciiLetterCode(text.charCodeAt(s - 1)) || isOcrRunCode(text.charCodeAt(s - 1)))) || (e < text.length && isOcrRunCode(text.charCodeAt(e)))) return false;
  let digits = 0;
  for (let k = s; k < e; k++) if (isDigitCode(text.charCodeAt(k))) digits++;
  if (digits === 0) return false;
  // (O3年均浓度, ozone: a figure never opens with 0 but in 0.5.)
  const first = text.charCodeAt(s);
  if (OCR_DIGIT.get(first) === "0" && s + 1 < e && text.charCodeAt(s + 1) !== 46) return false;
  return e < text.length && unitAt(text, e, Math.min(text.length, e + 8));
}
function normaliseSlice(text: string, start: number, end: number): string {
  // Unchanged stretches are copied as slices, not character by character.
  let out = "";
  let copied = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let to: string;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05) {
      to = String.fromCharCode(c - 0xfee0);
    } else if (c === 0xff0e) {
      // A full-width point is a decimal point only between digits; elsewhere keep it.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (!(isDigitCode(prev) && isDigitCode(next))) continue;
      to = ".";
    } else if (c === 0xff0c) {
      // １８，６５４: between full-width digits (one to three before, exactly three after) a full-width
      // comma groups thousands; once the digits become ASCII it would read as a clause break.
      if (!wideThousandsComma(text, i)) continue;
      to = ",";
    } else if (OCR_DIGIT.has(c)) {
      if (!isOcrDigit(text, i)) continue;
      to = OCR_DIGIT.get(c)!;
    } else if (c === 0x3000 || c === 0xa0 || c === 9 || c === 12 || (c >= 0x2002 && c <= 0x200a) || c === 0x202f || c === 0x205f) {
      to = " ";
    } else if (c === 0x2015 || c === 0x2012 || c === 0xfe58) {
      // 1―6月, 2021―2024年: a PDF's text layer (CJK fonts) writes the dash as ― (or ‒, ﹘); ranges read —.
      to = "\u2014";
    } else continue;
    out += text.slice(copied, i) + to;
    copied = i + 1;
  }
  return copied === start ? text.slice(start, end) : out + text.slice(copied, end);
}

// ---------------------------------------------------------------------------------------------
// Character classes as lookup tables. A table lookup per character is several times cheaper than a
// regex search for the same class, and one scan can collect several classes at once.

/** LINE_FLAGS, recorded by the one scan of each line in cleanText (Line.chars). */
const LINE_FLAGS = new Uint8Array(0x10000);
/**
 * A Latin letter or an underscore/pipe delimiter. judgeSpamRun needs one (a Latin letter, or for
 * Chinese-only strings a delimiter), so a line without any is never scanned for spam.
 */
const SPAM_HINT_CHAR = 1;
/** A character normaliseSlice may change. */
const NORMALISE_CHAR = 2;
/** An ASCII space: findNumberSpacing only looks at lines that have one. */
const SPACE_CHAR = 4;

/** SPAM_FLAGS, looked up on the normalised text of a line that findInlineSpam scans. */
const SPAM_FLAGS = new Uint8Array(0x10000);
/** A SPAM_RUN match may start here. */
const RUN_START_CHAR = 1;
/** The first character of a STRONG_IN_TAIL word. */
const STRONG_FIRST_CHAR = 2;
/** "_", "|" or "｜": a delimiter, a spam shape on its own. */
const DELIMITER_CHAR = 4;
const ASCII_LETTER = 8;
const ASCII_DIGIT = 16;

function markChars(table: Uint8Array, flag: number, ...ranges: [number, number][]): void {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) table[c] = table[c]! | flag;
}
const LETTERS: [number, number][] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
];
const DELIMITERS: [number, number][] = [
  [0x5f, 0x5f],
  [0x7c, 0x7c],
  [0xff5c, 0xff5c],
];
// Letters A-Z a-z, full-width letters, and the delimiters "_", "|", "｜".
markChars(LINE_FLAGS, SPAM_HINT_CHAR, ...LETTERS, [0xff21, 0xff3a], [0xff41, 0xff5a], ...DELIMITERS);
markChars(LINE_FLAGS, SPACE_CHAR, [0x20, 0x20]);
// Exactly the characters normaliseSlice's branches change.
markChars(
  LINE_FLAGS,
  NORMALISE_CHAR,
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0xff05, 0xff05],
  [0xff0e, 0xff0e],
  [0x3000, 0x3000],
  [0xa0, 0xa0],
  [9, 9],
  [12, 12],
  [0x2002, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x2012, 0x2012],
  [0x2015, 0x2015],
  [0xfe58, 0xfe58],
  ...[...OCR_DIGIT.keys()].map((c): [number, number] => [c, c]),
);
/**
 * (SKIP_LO, SKIP_HI): the widest range around the CJK block whose characters have no LINE_FLAGS.
 * The line scan passes over them with a comparison, without touching the table: Chinese text is
 * mostly such characters, and the table lookups for them cost more than the comparisons.
 */
const [SKIP_LO, SKIP_HI] = ((): [number, number] => {
  // Constants, not variables, so that the compiled scan loop can hold them in registers.
  let lo = 0x4e00;
  let hi = 0x4e00;
  while (lo > 0 && LINE_FLAGS[lo - 1] === 0) lo--;
  while (hi < 0xffff && LINE_FLAGS[hi + 1] === 0) hi++;
  return [lo - 1, hi + 1];
})();

markChars(SPAM_FLAGS, DELIMITER_CHAR, ...DELIMITERS);
markChars(SPAM_FLAGS, ASCII_LETTER, ...LETTERS);
markChars(SPAM_FLAGS, ASCII_DIGIT, [0x30, 0x39]);
/** STRONG_IN_TAIL's words by their first character. */
const STRONG_WORDS_BY_FIRST = new Map<number, string[]>();
for (const w of STRONG_IN_TAIL_WORDS) {
  const c = w.charCodeAt(0);
  markChars(SPAM_FLAGS, STRONG_FIRST_CHAR, [c, c]);
  STRONG_WORDS_BY_FIRST.set(c, [...(STRONG_WORDS_BY_FIRST.get(c) ?? []), w]);
}
/**
 * The first two letters of each Latin betting word, case-folded (c | 0x20), as (first << 8) | second;
 * null when a word does not start with two ASCII letters, and then every line goes to LATIN_STRONG.
 */
const LATIN_STRONG_PAIRS: Set<number> | null = spamVocabulary.latinStrong.every((w) => /^[A-Za-z]{2}/.test(w))
  ? new Set(spamVocabulary.latinStrong.map((w) => ((w.charCodeAt(0) | 0x20) << 8) | (w.charCodeAt(1) | 0x20)))
  : null;

/**
 * Whether the (normalised) line has a spam shape or a strong Chinese gambling word, the two things
 * a spam verdict needs (see judgeSpamRun): an underscore/pipe delimiter, a letter next to a digit
 * (a token mixing both), a Latin betting word, or a STRONG_IN_TAIL word. Lines that merely contain
 * Latin words or amounts (APP, 12345 热线) have none, and skip the costly SPAM_RUN scan.
 *
 * Exactly the verdict of /[_|｜]|[A-Za-z][0-9]|[0-9][A-Za-z]|latinStrong…/i or STRONG_IN_TAIL, in
 * one pass of table lookups instead of two regex scans; the Latin words only go to their regex when
 * two letters that begin one of them stand side by side.
 */
function hasSpamShapeOrStrongWord(line: string): boolean {
  const n = line.length;
  let latinCandidate = LATIN_STRONG_PAIRS === null;
  for (let p = 0; p < n; p++) {
    const c = line.charCodeAt(p);
    const f = SPAM_FLAGS[c]!;
    if (f & DELIMITER_CHAR) return true;
    if (f & ASCII_LETTER) {
      const next = p + 1 < n ? line.charCodeAt(p + 1) : 0;
      if (SPAM_FLAGS[next]! & ASCII_DIGIT || (p > 0 && SPAM_FLAGS[line.charCodeAt(p - 1)]! & ASCII_DIGIT)) return true;
      if (!latinCandidate && SPAM_FLAGS[next]! & ASCII_LETTER && LATIN_STRONG_PAIRS!.has(((c | 0x20) << 8) | (next | 0x20))) latinCandidate = true;
    }
    if (f & STRONG_FIRST_CHAR) for (const w of STRONG_WORDS_BY_FIRST.get(c)!) if (line.startsWith(w, p)) return true;
  }
  return latinCandidate && LATIN_STRONG.test(line);
}

// SPAM_RUN's start characters (RUN_START_CHAR): [A-Za-z0-9] and the vocabulary words' first
// characters, as the case-insensitive SPAM_RUN compares them. Without the "u" flag, a character
// other than c matches c only if its upper case is c's (never a non-ASCII one to an ASCII one).
// ASCII letters come in both cases with [A-Za-z]; a character without case (all of Chinese) matches
// only itself, as no character upper-cases to a character without case. Should a word ever start
// with another cased letter, every non-ASCII character is marked: slower, still exact.
markChars(SPAM_FLAGS, RUN_START_CHAR, [0x30, 0x39], ...LETTERS);
/**
 * The vocabulary words by their first character, or null for a character that starts a word with
 * cased letters: at a character other than [A-Za-z0-9], a unit starts only where a word does, and
 * for words without case startsWith says so exactly; for the others the regex decides.
 */
const UNIT_WORDS_BY_FIRST = new Map<number, string[] | null>();
for (const w of VOCAB_ALT_WORDS) {
  const ch = w[0]!;
  const c = ch.charCodeAt(0);
  if (c < 0x80 || (ch.toUpperCase() === ch && ch.toLowerCase() === ch)) markChars(SPAM_FLAGS, RUN_START_CHAR, [c, c]);
  else markChars(SPAM_FLAGS, RUN_START_CHAR, [0x80, 0xffff]);
  const caseless = w.toUpperCase() === w && w.toLowerCase() === w;
  const words = UNIT_WORDS_BY_FIRST.get(c);
  UNIT_WORDS_BY_FIRST.set(c, caseless && words !== null ? [...(words ?? []), w] : null);
}

/** Whether a SPAM_RUN match may start at line[p] (a RUN_START_CHAR, here c). */
function mayStartRun(line: string, p: number, c: number): boolean {
  if (SPAM_FLAGS[c]! & (ASCII_LETTER | ASCII_DIGIT)) return true;
  const words = UNIT_WORDS_BY_FIRST.get(c);
  // undefined: marked only because some word starts with a cased letter, which c may match.
  if (!words) return true;
  for (const w of words) if (line.startsWith(w, p)) return true;
  return false;
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
  /** LINE_FLAGS of the trimmed content's characters, or-ed together. */
  chars: number;
  /** First and one past the last NORMALISE_CHAR in the trimmed content (-1 if none). */
  ns: number;
  ne: number;
  removed: { reason: Reason; detail: string } | null;
  /** Inline spans removed from a kept line. */
  inline: RemovedSpan[];
  /** A page break cut this line's sentence: the next kept line follows without a line break. */
  joinNext?: boolean;
}

/**
 * Pre-filter: a short line can only be chrome if it contains one of these cues. Keep it in step
 * with web-chrome.json (a rule whose line lacks every cue here is never tried).
 */
const CHROME_HINT =
  /APP|App|app|客户端|小贴士|提示|打开|下载|右上角|浏览器|二维码|扫|上一|下一|上篇|下篇|首页|尾页|末页|返回|更多|位置|打印|关闭|收藏|保存|字号|字体|大\s*中\s*小|默认|分享|微信|微博|朋友圈|QQ|链接|点赞|在看|转发|评论|留言|表情|两句|说点|发表|提交|相关|阅读|搜索|检索|请输入|推荐|回顾|编辑|责编|审|校对|签发|摄影|撰稿|统筹|监制|制作|作者|通讯员|记者|视觉|美编|来源|日期|时间|次数|点击|浏览|\d:\d\d|\d\s*[-/.]\s*\d|第\s*\d|^[-—–－]\s*\d{1,4}\s*[-—–－]$|template|[{}$<>]|undefined|null|NaN|object|var |let |const |function|document|window|jQuery|if\s*\(|else|return |try|@|版权|声明|关注|收录于|滑动看|预览时|公众号|原创内容|听全文|知道了|▲|△|图为|数字报|电子版|电子报|上一版|下一版|版面|第\s*[A-Z]\d|Copyright|©|\(c\)|ICP|公网安备|标识码|识别码|主办|承办|技术支持|运维|分辨率|联系我们|网站|隐私|帮助|关于我们|纠错|无障碍|长者|适老|English|繁|简体|TOP|top|END|^[-—–_=·•（(\s]*完[-—–_=·•）)\s]*$/i;

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
  for (const any of ANY_RULE_BY_LENGTH[bare.length]!) {
    if (!any.test(bare)) continue;
    for (const rule of RULES_BY_LENGTH[bare.length]!) if (rule.re.test(bare)) return CHROME_HINT.test(content) ? rule : null;
  }
  return null;
}

/** Han characters after a spam run up to punctuation, a space or the line end (at most 6). */
const SPAM_TAIL = /^[\u4e00-\u9fa5]{1,6}(?=$|[\s，。；：！？、,.;:!?）)】」』])/;
const STRONG_IN_TAIL = new RegExp(STRONG_IN_TAIL_WORDS.map(escapeRe).join("|"));
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

function findInlineSpam(text: string, ln: Line): void {
  if (!(ln.chars & SPAM_HINT_CHAR)) return;
  const { ts, te } = ln;
  const raw = text.slice(ts, te);
  // Spam written in full-width letters (ｂｅｔ３６５) is judged as if half-width; the same one-for-one
  // substitution as the output's, so offsets hold.
  const line = ln.chars & NORMALISE_CHAR ? normaliseSlice(text, ts, te) : raw;
  if (!hasSpamShapeOrStrongWord(line)) return;
  const out = ln.inline;
  // The runs a global search would find, left to right: a match starts with a unit, so only
  // positions where one may start are tried, instead of the regex trying every position itself.
  for (let from = 0; from < line.length; ) {
    const c = line.charCodeAt(from);
    if (!(SPAM_FLAGS[c]! & RUN_START_CHAR && mayStartRun(line, from, c))) {
      from++;
      continue;
    }
    SPAM_RUN.lastIndex = from;
    const m = SPAM_RUN.exec(line);
    if (m === null) {
      from++;
      continue;
    }
    from = SPAM_RUN.lastIndex;
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
      // The one scan of the line's characters: what later steps would otherwise search for.
      let chars = 0;
      let ns = -1;
      let ne = -1;
      for (let p = ts; p < te; p++) {
        const c = text.charCodeAt(p);
        if (c > SKIP_LO && c < SKIP_HI) continue;
        const f = LINE_FLAGS[c]!;
        if (f === 0) continue;
        chars |= f;
        if (f & NORMALISE_CHAR) {
          if (ns < 0) ns = p;
          ne = p + 1;
        }
      }
      lines.push({ start, end, ts, te, chars, ns, ne, removed: null, inline: [] });
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
    // (A site's name, 人民网, only above its navigation (a breadcrumb): 织密法治保障网 over its source line is a headline.)
    if (nonEmptySeen <= 3 && (HEADER_LABELS.has(content) || MASTHEAD_OUTLETS.has(content) || (HEADER_MASTHEAD.test(content) && chromeFollows(text, lines, i))) && hasTextAfter(lines, i)) {
      const detail = HEADER_LABELS.has(content) ? chrome.headerLabels.detail : chrome.headerLabels.mastheadDetail;
      ln.removed = { reason: chrome.headerLabels.reason as Reason, detail: `${detail}: ${content}` };
      continue;
    }
    const cls = classifyLine(content);
    if (cls) {
      ln.removed = cls;
      continue;
    }
    findInlineSpam(text, ln);
    findNumberSpacing(text, ln);
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

  removeRelatedLists(text, lines);
  removePageFurniture(text, lines);
  joinFiguresSplitFromUnits(text, lines);
  return assemble(text, lines);
}

/**
 * 负责人出庭应诉1952 / 件次，出庭应诉率98.7%: a short copy of a PDF that breaks a line between a number and its unit
 * (the long copies are unwrapped as a whole). The line ends in a digit inside prose and the next opens with a unit
 * and goes on with the sentence: they are one line.
 */
function joinFiguresSplitFromUnits(text: string, lines: Line[]): void {
  let prev: Line | null = null;
  for (const ln of lines) {
    if (ln.removed || ln.ts === ln.te) {
      if (!ln.removed) prev = null;
      continue;
    }
    let d = prev !== null ? prev.te : 0;
    while (prev !== null && d > prev.ts && (isDigitCode(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 46)) d--;
    if (prev !== null && d < prev.te && d > prev.ts && isHanCode(text.charCodeAt(d - 1))) {
      const unit = UNIT_MATCHER.prefixAt(text, ln.ts, ln.te);
      const after = unit !== null ? text.charCodeAt(ln.ts + unit.length) : 0;
      if (unit !== null && (CJK_PUNCTUATION.has(after) || isHanCode(after)) && SENTENCE_MARK_RE.test(text.slice(ln.ts, ln.te))) prev.joinNext = true;
    }
    prev = ln;
  }
}

const PAGE_NUMBER_DETAIL = "page number (a page's — 3 —, 第3页 共5页, or a bare number at a page break)";
const RUNNING_HEADER_DETAIL = "running page header or footer (the same line next to the page numbers of several pages)";

/** Pass 4: page numbers and running headers of a paged copy; a sentence a page break cut is joined across it. */
function removePageFurniture(text: string, lines: Line[]): void {
  // Most texts (web pages) have no page number: look at the short lines before copying every line.
  if (!lines.some((ln) => ln.te > ln.ts && ln.te - ln.ts <= PAGE_NUMBER_MAX && mayBePageNumber(text.slice(ln.ts, ln.te)))) return;
  const contents = lines.map((ln) => text.slice(ln.ts, ln.te));
  const furniture = findPageFurniture(contents);
  if (!furniture.pageNumber.some(Boolean)) return;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (furniture.pageNumber[i]) ln.removed = { reason: "boilerplate", detail: PAGE_NUMBER_DETAIL };
    else if (furniture.runningHeader[i]) ln.removed = { reason: "boilerplate", detail: RUNNING_HEADER_DETAIL };
    else continue;
    ln.inline = [];
  }
  for (const [from, to] of pageBreaks(contents, furniture)) {
    const before = lines[from - 1];
    const after = lines[to];
    if (before === undefined || after === undefined || before.removed || after.removed) continue;
    if (continuesAcrossBreak(contents[from - 1]!, text.slice(after.start, after.te))) before.joinNext = true;
  }
}

/** Whether a line's gaps are all of two spaces or more, at least `CELL_ROW_MIN_GAPS` of them, and no sentence ends in it: cell borders, not PDF spacing. */
function twoSpaceCellRow(line: string): boolean {
  // (A sentence's end inside the line makes it a stretched line of prose: 办理  法律援助案件  1200件。)
  if (SINGLE_SPACE_RE.test(line) || SENTENCE_END_RE.test(line)) return false;
  let gaps = 0;
  for (let k = line.indexOf("  "); k >= 0 && gaps < CELL_ROW_MIN_GAPS; k = line.indexOf("  ", k + 2)) {
    gaps++;
    while (line.charCodeAt(k + 2) === 32) k++;
  }
  return gaps >= CELL_ROW_MIN_GAPS;
}
const SINGLE_SPACE_RE = /[^ ] [^ ]/;
const SENTENCE_END_RE = /[。；;！？]/;
const CELL_ROW_MIN_GAPS = 3;
const SPACING_DETAIL = "space inside a sentence around a number or between single characters (PDF text-layer spacing: 办理案件 4318 件)";
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/** Characters after a number that make it a figure or a date: a measure word, 年/月/日, %. */
function unitAt(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 37 || c === 0xff05 || c === 0x4e07 || c === 0x4ebf) return true; // 年 月 日 % ％ 万 亿
  // 1200 余人次, 120 余万人次, 300 多场次: an approximation word before the unit.
  if ((c === 0x4f59 || c === 0x591a) && p + 1 < end && text.charCodeAt(p + 1) !== 0x4f59 && text.charCodeAt(p + 1) !== 0x591a) return unitAt(text, p + 1, end); // 余 多
  return UNIT_MATCHER.prefixAt(text, p, end) !== null;
}
/** End of the number starting at `p` (digits, point, comma), or p. */
function numberEnd(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && (isDigitCode(text.charCodeAt(q)) || ((text.charCodeAt(q) === 46 || text.charCodeAt(q) === 44 || text.charCodeAt(q) === 0xff0e) && q + 1 < end && isDigitCode(text.charCodeAt(q + 1))))) q++;
  return q;
}
/**
 * PDF text layers (Word, WPS and LibreOffice output) space Han text from digits (办理案件 4318 件，
 * 2024 年 2 月) and stretch justified lines (代 表 委 员). Such spaces inside a sentence are removed
 * as inline spans, so a number keeps its unit; a table row's cell gaps (行政复议收案数（件） 198 220,
 * 新登记市场主体 万户 3.5) are kept: a number there is followed by no unit.
 */
function findNumberSpacing(text: string, ln: Line): void {
  if ((ln.chars & SPACE_CHAR) === 0) return;
  // Bounded to the line: indexOf would run on through the rest of the text after its last space.
  const nextSpace = (from: number): number => {
    for (let k = from; k < ln.te; k++) if (text.charCodeAt(k) === 32) return k;
    return -1;
  };
  let p = nextSpace(ln.ts);
  if (p < 0) return;
  // A line without sentence punctuation may be a table row or header: its gaps are cell borders,
  // save those between a number and its unit (2022 年) or inside a date.
  // 收到行政复议申请  件  612  698  全市，含转送件: a row whose note cell holds a comma is a row all the same.
  const prose = SENTENCE_MARK_RE.test(text.slice(ln.ts, ln.te)) && !isNotedRow(text.slice(ln.ts, ln.te), true);
  // 规范性文件合法性审核  严格落实…。  48: a table row with a cell of prose (a page's table writes its cells
  // two spaces apart) keeps its two-space cell gaps.
  // （本列数据的勾稽关系为：第一项加第二项之和，…）  申请人情况  申请人情况: a page's table row whose cells, one of them
  // prose, are all set two spaces apart and never one is a row of cells too.
  const textCellRow = prose && (TEXT_CELL_ROW_RE.test(text.slice(ln.ts, ln.te)) || twoSpaceCellRow(text.slice(ln.ts, ln.te)));
  const spans: RemovedSpan[] = [];
  let lastDropped = false;
  while (p >= 0 && p < ln.te) {
    let q = p;
    while (q < ln.te && text.charCodeAt(q) === 32) q++;
    let drop = false;
    if (q - p <= 2 && p > ln.ts && q < ln.te) {
      const a = text.charCodeAt(p - 1);
      const b = text.charCodeAt(q);
      const isolated = (from: number, to: number) => (from <= ln.ts || text.charCodeAt(from - 1) === 32) && (to >= ln.te || text.charCodeAt(to) === 32);
      if (prose && isNumberPartCode(a) && isNumberPartCode(b)) {
        // 直接纠错率1 3 . 4%, 新登记市场主体8 ,645户: an OCR copy spaces the digits of one figure; the run is one
        // number when a unit closes it (not a date: 表1 2023年 is a caption's number and a year).
        drop = spacedFigureAround(text, p, ln.ts, ln.te);
      } else if (isDigitCode(a) && (prose ? unitAt(text, q, ln.te) : DATE_OR_PERCENT.has(b))) {
        // 4318 件, 12.7 %, 2024 年: a number and its unit or date word (in a table row only a date
        // word or %: 12 人民调解案件数 is an ordinal column and a label).
        drop = true;
      } else if (isDigitCode(b) && (a === 0x5e74 || a === 0x6708)) {
        // 2024年 2 月 28 日: inside a date.
        const ne = numberEnd(text, q, ln.te);
        const u = ne < ln.te && text.charCodeAt(ne) === 32 ? ne + 1 : ne;
        drop = u < ln.te && (text.charCodeAt(u) === 0x6708 || text.charCodeAt(u) === 0x65e5);
      } else if (prose && (isHanCode(a) || a === 0xff0c || a === 0x3001) && isDigitCode(b)) {
        // 案件 4318 件: Han text and a number that has a unit.
        const ne = numberEnd(text, q, ln.te);
        let u = ne;
        while (u < ln.te && u - ne < 2 && text.charCodeAt(u) === 32) u++;
        // (被纠错率为 0。: a number that ends its clause, with no unit, is spaced the same way.)
        drop = u < ln.te && (unitAt(text, u, ln.te) || (u === ne && CLAUSE_END_MARKS.has(text.charCodeAt(ne)) && isHanCode(a)));
      } else if (prose && (isHanCode(a) || CJK_PUNCTUATION.has(a)) && (isHanCode(b) || CJK_PUNCTUATION.has(b))) {
        // 代 表 委 员, 习 近平法治思想 ， 全面落实 《 法治…: Chinese prose puts no space between words
        // or around its punctuation; a stretched line does.
        drop = !(textCellRow && q - p === 2);
      } else if (!prose && q - p === 1 && isHanCode(a) && isHanCode(b) && isolated(p - 1, p)) {
        // 代 表 委 员 满 意 率 on a line of its own: single Han characters each set apart by one space.
        drop = isolated(q, q + 1) || lastDropped;
      }
    }
    if (drop) spans.push({ start: p, end: q, text: text.slice(p, q), reason: "whitespace", detail: SPACING_DETAIL });
    lastDropped = drop;
    p = nextSpace(q);
  }
  if (spans.length > 0) ln.inline.push(...spans);
}
/** A digit, a decimal point or a digit-group comma. */
function isNumberPartCode(c: number): boolean {
  return isDigitCode(c) || c === 46 || c === 44 || c === 0xff0e;
}
/** Words a number names something by (表1, 图2, 第3): the number after them is no part of the next. */
const NUMBERED_BEFORE = new Set([..."表图第附号"].map((c) => c.charCodeAt(0)));
/** Longest run of spaced digits an OCR copy makes of one figure. */
const SPACED_FIGURE_MAX = 16;
/**
 * Whether the space at `p` lies inside one spaced figure: the run of digits, points, commas and single
 * spaces around it opens after Han text or a mark, holds no group longer than four digits after a
 * space, and a unit other than a date word closes it (1 3 . 4%, 9 7件, 8 ,645户).
 */
function spacedFigureAround(text: string, p: number, from: number, to: number): boolean {
  let s0 = p;
  while (s0 > from && p - s0 < SPACED_FIGURE_MAX && (isNumberPartCode(text.charCodeAt(s0 - 1)) || (text.charCodeAt(s0 - 1) === 32 && text.charCodeAt(s0 - 2) !== 32))) s0--;
  let e0 = p;
  while (e0 < to && e0 - p < SPACED_FIGURE_MAX && (isNumberPartCode(text.charCodeAt(e0)) || (text.charCodeAt(e0) === 32 && text.charCodeAt(e0 + 1) !== 32))) e0++;
  while (e0 > p && text.charCodeAt(e0 - 1) === 32) e0--;
  // The run opens with a digit after Han text or a mark (perhaps a space between: 办理案件 4 318件), not after a
  // caption's or an ordinal's word (表1 12个, 第1 2批).
  while (s0 < p && text.charCodeAt(s0) === 32) s0++;
  const lead = s0 > from && text.charCodeAt(s0 - 1) === 32 ? s0 - 2 : s0 - 1;
  if (lead < from || !isDigitCode(text.charCodeAt(s0)) || !(isHanCode(text.charCodeAt(lead)) || CJK_PUNCTUATION.has(text.charCodeAt(lead)))) return false;
  if (NUMBERED_BEFORE.has(text.charCodeAt(lead))) return false;
  // OCR splits a figure into single characters (1 3 . 4%, 9 8. 9, 8 ,645): one side of the space is one character.
  // Two numbers of several digits each (分别为1520 1683件, 312, 247, 205件, 12.6 15.3%) are two figures.
  let l = p;
  while (l > s0 && text.charCodeAt(l - 1) !== 32) l--;
  let r = p;
  while (r < e0 && text.charCodeAt(r) === 32) r++;
  let re = r;
  while (re < e0 && text.charCodeAt(re) !== 32) re++;
  if (p - l !== 1 && re - r !== 1) return false;
  let u = e0;
  if (u < to && text.charCodeAt(u) === 32) u++;
  const c = text.charCodeAt(u);
  return u < to && c !== 0x5e74 && c !== 0x6708 && c !== 0x65e5 && unitAt(text, u, to);
}
/** Sentence punctuation; a comma between digit groups (4,711) is part of a number, as in a table row. */
const SENTENCE_MARK_RE = /[，。；！？;]|,(?![0-9]{3})/;
/** What ends a clause right after a number (为 0。, 为 0，). */
const CLAUSE_END_MARKS = new Set([..."。；，"].map((c) => c.charCodeAt(0)));
const DATE_OR_PERCENT = new Set([..."年月日%％"].map((c) => c.charCodeAt(0)));
const CJK_PUNCTUATION = new Set([..."，。；：！？、《》（）“”"].map((c) => c.charCodeAt(0)));

/** A related-articles header line, decoration included (▼▼ 往期推荐 ▼▼). */
const RELATED_HEADER_LINE_MAX = 16;
/** Symbols, emoji, spaces and a colon around a header's words. */
const HEADER_DECORATION_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Pass 3: a header of links to related articles (相关新闻：, 往期推荐) and the headlines under it, bulleted or headline-short. */
function removeRelatedLists(text: string, lines: Line[]): void {
  const removed = { reason: chrome.relatedLists.reason as Reason, detail: chrome.relatedLists.detail };
  // Unbulleted headlines only after the article's last sentence: a header at the top of a page
  // (a sidebar's 相关阅读) must not take the report's title and opening lines with it.
  let lastSentenceLine = -1;
  for (let i = lines.length - 1; i >= 0 && lastSentenceLine < 0; i--) if (text.slice(lines[i]!.ts, lines[i]!.te).includes("。")) lastSentenceLine = i;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (ln.ts === ln.te || ln.te - ln.ts > RELATED_HEADER_LINE_MAX) continue;
    // 👇 往期推荐, ▼ 相关阅读 ▼: arrows and emoji around the header are decoration (the regex only for a line that opens with no Han).
    const line = text.slice(ln.ts, ln.te);
    const decorated = !isHanCode(line.charCodeAt(0)) || !isHanCode(line.charCodeAt(line.length - 1));
    if (!RELATED_HEADERS.has(decorated ? line.replace(HEADER_DECORATION_RE, "") : line)) continue;
    ln.removed ??= removed;
    for (let j = i + 1; j < lines.length; j++) {
      const item = lines[j]!;
      if (item.ts === item.te) continue;
      const content = text.slice(item.ts, item.te);
      // (A headline with its date, 荆门市…的报告（复议申请581件） 2022-03-29, may run longer than a bare one.)
      const headline = content.length <= RELATED_HEADLINE_MAX || (content.length <= 2 * RELATED_HEADLINE_MAX && DATED_HEADLINE_END.test(content));
      if (!(RELATED_BULLET.test(content) || (j > lastSentenceLine && headline)) || content.includes("。")) break;
      item.removed ??= removed;
      item.inline = [];
      i = j;
    }
  }
}

/** Whether the next non-empty line after line `i` is the site's navigation (a breadcrumb, a menu bar). */
function chromeFollows(text: string, lines: Line[], i: number): boolean {
  const next = neighbour(lines, i, 1);
  return next !== null && classifyLine(text.slice(next.ts, next.te))?.reason === "navigation";
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
  // Copied ranges, ascending, flat: [start, end, normalise, ...]; normalise is 1 when the range may
  // hold a NORMALISE_CHAR (from the line's scan), else 0.
  const kept: number[] = [];
  const keep = (ln: Line, s: number, e: number): void => {
    kept.push(s, e, ln.ns >= 0 && s < ln.ne && e > ln.ns ? 1 : 0);
  };
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
    if (prevKept && !prevKept.joinNext) {
      // The newline characters themselves.
      kept.push(prevKept.end, prevKept.end + 1, 0);
      if (gapBlank) kept.push(gapBlank.end, gapBlank.end + 1, 0);
    }
    gapBlank = null;
    let k = ln.ts;
    for (const sp of ln.inline.sort((a, b) => a.start - b.start)) {
      if (sp.start < k) continue;
      if (sp.start > k) keep(ln, k, sp.start);
      labels.push(sp);
      k = sp.end;
    }
    if (ln.te > k) keep(ln, k, ln.te);
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
  for (let i = 0; i < kept.length; i += 3) {
    const s = kept[i]!;
    const e = kept[i + 1]!;
    if (s > cursor) fillGap(cursor, s);
    parts.push(kept[i + 2] ? normaliseSlice(text, s, e) : text.slice(s, e));
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
