// Numbers as Chinese government reports write them: Arabic digits (with thousands commas,
// decimals, full-width forms), Chinese numerals (三百四十五, 两万, 一千零五, 十二, 一万二),
// mixed forms (1.7万, 7.1亿, 2.3万亿), percentages (百分之三十, 百分之九十五点五, 98.04%) and
// tenths (八成).
//
// Decisions (documented because callers depend on them):
// - Percentages return percentage points: "百分之三十" → 30, "98.04%" → 98.04, like the unit "%".
// - 成 means tenths and is returned in percentage points too: "八成" → 80, "七点五成" → 75.
// - Strict: anything that is not a well-formed number returns null rather than a guess, so
//   words built from numeral characters (十四五, 八五, 七五, 十百千, 千人千面) are not numbers.
//   The one exception is digit-by-digit reading with 〇 (二〇二一 → 2021), which is how Chinese
//   text writes years; callers decide whether a year is a metric (it never is).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/**
 * Numerals written other ways, as the common ones they stand for: 廿 and 卅 (twenty, thirty) of older
 * prose, and the financial forms (壹佰贰拾) that amounts and some counts are written in.
 */
export const NUMERAL_VARIANTS: Readonly<Record<string, string>> = {
  廿: "二十", 卅: "三十", 壹: "一", 贰: "二", 貳: "二", 叁: "三", 參: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六",
  柒: "七", 捌: "八", 玖: "九", 拾: "十", 佰: "百", 仟: "千", 萬: "万", 億: "亿",
};
const VARIANT_RE = new RegExp(`[${Object.keys(NUMERAL_VARIANTS).join("")}]`, "g");
/** The same class, for a test with no state (a global regex's test moves its lastIndex). */
const HAS_VARIANT_RE = new RegExp(VARIANT_RE.source);
const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6, 十万: 1e5, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2,
};

const ARABIC = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万亿|千亿|百亿|千万|百万|十万|亿|万|千|百)?$/;

/** /^\d+(?:\.\d+)?$/ by character codes: the regex test cost more than the rest of parsing a figure. */
function isPlainDecimal(s: string): boolean {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === 0) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const f = ++i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i > f && i === s.length;
}
function isAnyDigit(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 48 && c <= 57);
}
/** Full-width digits, point, comma and percent sign → ASCII (one character for one). */
export function toHalfWidthDigits(text: string): string {
  if (!/[\uff05\uff0b\uff0c\uff0d\uff0e\uff10-\uff19]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff0e) out += ".";
    else if (c === 0xff05) out += "%";
    else if (c === 0xff0b) out += "+";
    else if (c === 0xff0d) out += "-";
    // １８，６５４, 1，352: a full-width comma between digits groups thousands.
    else if (c === 0xff0c && i > 0 && i + 1 < text.length && isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) out += ",";
    else out += text[i];
  }
  return out;
}

/** 百分之, 千分之 and 万分之 by their first character: the unit each names and the whole it counts out of. */
export const PER_WORDS: ReadonlyMap<string, { unit: string; whole: number }> = new Map([
  ["百", { unit: "%", whole: 100 }],
  ["千", { unit: "‰", whole: 1000 }],
  ["万", { unit: "‱", whole: 10000 }],
]);

/** What the words `s` opens with (百分之…, 千分之…, 万分之…) name, or null. */
export function perWordsOf(s: string): { unit: string; whole: number } | null {
  return s.length >= 3 && s.charCodeAt(1) === 0x5206 && s.charCodeAt(2) === 0x4e4b ? (PER_WORDS.get(s[0]!) ?? null) : null; // 分之
}

/**
 * Parses a number written in Arabic digits, Chinese numerals or a mix, optionally as a
 * percentage (百分之…, …%) or in tenths (…成, returned ×10 as percentage points).
 * Returns null for anything that is not a well-formed number.
 */
export function parseChineseNumber(text: string): number | null {
  if (typeof text !== "string") return null;
  // Fast path for the commonest case, plain ASCII digits with at most one point (the extractor
  // calls this for every figure).
  if (text.length > 0 && text.length <= 15 && isPlainDecimal(text)) return Number(text);
  let s = toHalfWidthDigits(text.trim());
  if (s.length === 0 || s.length > 64) return null;

  const per = perWordsOf(s);
  if (per !== null) {
    // Per cent, per mille (千分之三 → 3, like "3‰") or per myriad: the value in the words' own unit.
    const inner = s.slice(3);
    if (perWordsOf(inner) !== null) return null;
    if (inner === s[0]) return per.whole; // 百分之百, 千分之千
    return parsePlain(inner);
  }
  if (s.endsWith("%") || s.endsWith("‰")) {
    s = s.slice(0, -1);
    return parseArabic(s);
  }
  if (s.endsWith("成") && s.length >= 2) {
    const inner = parsePlain(s.slice(0, -1));
    if (inner === null || inner > 10) return null;
    return round(inner * 10);
  }
  return parsePlain(s);
}

function parsePlain(s: string): number | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45) return parseArabic(s);
  return parseChineseNumerals(s);
}

function parseArabic(s: string): number | null {
  const m = ARABIC.exec(s);
  if (!m) return null;
  const intPart = m[2]!.replace(/,/g, "");
  const value = Number(m[3] ? `${intPart}.${m[3]}` : intPart);
  const factor = m[4] ? MULTIPLIERS[m[4]]! : 1;
  const signed = (m[1] === "-" ? -1 : 1) * value * factor;
  return Number.isFinite(signed) ? round(signed) : null;
}

/** Rounds away binary noise from multiplying decimals (1.01 × 1e8). */
function round(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

/**
 * Chinese numerals, strictly: digits must be followed by a unit (十 百 千 万 亿) except for the
 * last one; small units must descend inside a 万-section; 零 only stands between positions.
 * Accepts the colloquial tail (一万二 = 12000, 三百五 = 350), a decimal part after 点, and a
 * trailing multiplier after a decimal (一点五万).
 */
function parseChineseNumerals(s: string): number | null {
  if (HAS_VARIANT_RE.test(s)) s = s.replace(VARIANT_RE, (ch) => NUMERAL_VARIANTS[ch]!);
  // Digit-by-digit reading (二〇二一): only with 〇, the character that marks this style.
  if (s.includes("〇") && [...s].every((ch) => ch in DIGITS)) {
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch]!;
    return v;
  }

  let total = 0; // completed 亿 part
  let wan = 0; // completed 万 part (below 亿)
  let section = 0; // below 万
  let digit = -1; // pending digit, -1 when none
  let lastSmall = Infinity; // last small unit in this section, to enforce descending order
  let lastBig = Infinity; // 万 (1e4) or 亿 (1e8), enforced descending
  let sawZero = false;
  let lastUnitValue = 0; // value of the last unit applied, for the colloquial tail
  let prevWasUnit = false;
  let any = false;

  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "点") {
      // Decimal part: digits only, then an optional multiplier.
      const intValue = total + wan + section + (digit > 0 ? digit : 0);
      if (!any && digit < 0) return null;
      let j = i + 1;
      let frac = "";
      while (j < s.length && s[j]! in DIGITS) {
        frac += String(DIGITS[s[j]!]);
        j++;
      }
      if (frac.length === 0) return null;
      let value = Number(`${intValue}.${frac}`);
      const rest = s.slice(j);
      if (rest.length > 0) {
        const f = MULTIPLIERS[rest];
        if (f === undefined) return null;
        value *= f;
      }
      return round(value);
    }
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      if (d === 0) {
        if (digit > 0) return null; // 五零 is not a number
        sawZero = true;
        digit = -1;
        prevWasUnit = false;
        any = true;
        continue;
      }
      if (digit > 0) return null; // two digits in a row: 七五, 八五
      digit = d;
      prevWasUnit = false;
      any = true;
      continue;
    }
    if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch]!;
      if (u >= lastSmall) return null; // 十百, 百百
      let d = digit;
      if (d < 0) {
        // A bare 十 at the start of a section means 一十 (十二, 二十万 handled by digit).
        if (u === 10 && section === 0 && !sawZero) d = 1;
        else return null;
      }
      section += d * u;
      lastSmall = u;
      digit = -1;
      sawZero = false;
      lastUnitValue = u;
      prevWasUnit = true;
      any = true;
      continue;
    }
    if (ch === "万" || ch === "亿") {
      const big = ch === "万" ? 1e4 : 1e8;
      const part = section + (digit > 0 ? digit : 0);
      if (ch === "万") {
        if (big >= lastBig && lastBig === 1e4) return null; // 万万
        if (part === 0) return null;
        wan = part * 1e4;
      } else {
        if (lastBig === 1e8) return null;
        const upper = wan + part;
        if (upper === 0) return null;
        total = upper * 1e8;
        wan = 0;
      }
      section = 0;
      digit = -1;
      lastSmall = Infinity;
      lastBig = big;
      sawZero = false;
      lastUnitValue = big;
      prevWasUnit = true;
      any = true;
      continue;
    }
    return null;
  }
  if (!any) return null;
  let tail = 0;
  if (digit > 0) {
    // The last digit: ones, unless it directly follows a unit without 零 (一万二 = 12000).
    if (prevWasUnit === false && lastUnitValue >= 100 && !sawZero && isColloquialTail(s)) {
      tail = digit * (lastUnitValue / 10);
    } else {
      tail = digit;
    }
  }
  const value = total + wan + section + tail;
  return Number.isFinite(value) ? value : null;
}

/** 一万二 / 三百五 / 两千三: the string ends with a unit (百 千 万 亿) followed by one digit. */
function isColloquialTail(s: string): boolean {
  if (s.length < 3) return false;
  const unit = s[s.length - 2]!;
  return unit === "百" || unit === "千" || unit === "万" || unit === "亿";
}

/** A four-digit year in digits or digit by digit in Chinese numerals (2021, 二〇二一), as regex source without a group. */
export const YEAR_DIGITS_SOURCE = "(?:19|20)[0-9]{2}|二[〇零][一二两三四五六七八九〇零][〇零一二两三四五六七八九]";
const YEAR_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
/** A four-digit year written in digits or digit by digit in Chinese numerals (2023, 二〇二三, 二零二三), or null. */
export function parseYearDigits(s: string): number | null {
  if (/^[0-9]{4}$/.test(s)) return Number(s);
  if (s.length !== 4) return null;
  let out = "";
  for (const ch of s) {
    const d = YEAR_DIGITS[ch];
    if (d === undefined) return null;
    out += d;
  }
  return Number(out);
}
