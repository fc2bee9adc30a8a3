// Number tokens for the extractor: Arabic numbers (1,234.5, full-width ０-９), runs of Chinese
// numerals and 百分之… (千分之…, 万分之…). A hand-written scanner rather than one alternation regex: the regex engine
// tries its three alternatives at every position of the text, while this skips, with one table
// read, the characters that can start no number (almost every Han character), which is most of
// a report. The tokens are exactly those of
//   [百千万]分之(?:[0-9]+(?:\.[0-9]+)*|[零〇一二两三四五六七八九十百千点]+)
//   | [0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?   (and ０-９{1,3}(?:，０-９{3})+ in full-width, and 0-9{1,3}(?:，0-9{3})+
//     where no list opens just before it)
//   | (?:[零〇二两三四五六七八九十百千万亿廿卅]|一(?=[零〇一二两三四五六七八九十百千万亿点成倍])|(?<![第此])一(?=[件次场个名项部人家条例宗批期](?:[，,；;。、！？\n]|$)))[零〇一二两三四五六七八九十百千万亿廿卅]*
//     (?:点[零〇一二两三四五六七八九]+[万亿]?)?
//   | [壹贰貳叁參肆伍陆陸柒捌玖拾佰仟][壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億零]+
// searched leftmost first (number-tokens.test.ts checks the scanner against that regex). A lone
// 一 (一是, 统一, 一站式) is the commonest numeral character and never a figure, so it only
// starts a token before another numeral, 点, 成 or 倍, or as a count of one that ends its clause
// (一审败诉一件；, 召开推进会一次。: a measure word, then a break; not 一件事, 一次性, 第一次, 仅此一项).

import { NUMERAL_VARIANTS, PER_WORDS } from "./parse-chinese-number";

const enum Cls {
  None = 0,
  /** 0-9 and ０-９ */
  Digit = 1,
  /** Chinese numerals other than 一 that start a token */
  Numeral = 2,
  /** 一 */
  One = 3,
  /** Financial numerals (壹 贰 … 拾 佰 仟): a token only as a run of two or more of them (壹佰贰拾), so 伍 in 队伍 is not one */
  Financial = 4,
}

const CLASS = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = Cls.Digit;
for (let c = 0xff10; c <= 0xff19; c++) CLASS[c] = Cls.Digit;
for (const ch of "零〇二两三四五六七八九十百千万亿") CLASS[ch.charCodeAt(0)] = Cls.Numeral;
CLASS["一".charCodeAt(0)] = Cls.One;
// 廿三名: 廿 and 卅 read like the common numerals.
for (const ch of "廿卅") CLASS[ch.charCodeAt(0)] = Cls.Numeral;
const FINANCIAL_RUN = new Uint8Array(65536);
for (const ch of Object.keys(NUMERAL_VARIANTS)) if (ch !== "廿" && ch !== "卅") {
  FINANCIAL_RUN[ch.charCodeAt(0)] = 1;
  if (ch !== "萬" && ch !== "億") CLASS[ch.charCodeAt(0)] = Cls.Financial;
}
FINANCIAL_RUN["零".charCodeAt(0)] = 1;

/** Characters of a Chinese numeral run: [零〇一二两三四五六七八九十百千万亿]. */
const IN_RUN = new Uint8Array(65536);
for (const ch of "零〇一二两三四五六七八九十百千万亿廿卅") IN_RUN[ch.charCodeAt(0)] = 1;
/** What may follow 一 for it to start a token. */
const AFTER_ONE = new Uint8Array(65536);
for (const ch of "零〇一二两三四五六七八九十百千万亿点成倍") AFTER_ONE[ch.charCodeAt(0)] = 1;
/** Measure words after which a lone 一 that ends its clause is a count of one (败诉一件；). */
const ONE_COUNT_MEASURE = new Uint8Array(65536);
for (const ch of "件次场个名项部人家条例宗批期") ONE_COUNT_MEASURE[ch.charCodeAt(0)] = 1;
/** What ends a clause after that measure word. */
const CLAUSE_END = new Uint8Array(65536);
for (const ch of "，,；;。、！？\n") CLAUSE_END[ch.charCodeAt(0)] = 1;
/** 第一次, 仅此一项: an ordinal or a demonstrative, not a count. */
const NOT_COUNT_BEFORE_ONE = new Set([..."第此"].map((ch) => ch.charCodeAt(0)));

/** 败诉一件；: 一, a measure word, then the clause's end (or the text's), not after 第 or 此. */
function isCountOfOne(text: string, i: number): boolean {
  const n = text.length;
  // (制定州政府规章一部（《…办法》）: or before a bracket that names the one thing counted.)
  const next = text.charCodeAt(i + 2);
  return i + 1 < n && ONE_COUNT_MEASURE[text.charCodeAt(i + 1)] === 1 && (i + 2 === n || CLAUSE_END[next] === 1 || next === 0xff08 || next === 40) && !(i > 0 && NOT_COUNT_BEFORE_ONE.has(text.charCodeAt(i - 1)));
}

/** Chinese characters after 百分之 (千分之, 万分之): [零〇一二两三四五六七八九十百千点]. */
const IN_PERCENT_WORDS = new Uint8Array(65536);
for (const ch of "零〇一二两三四五六七八九十百千点") IN_PERCENT_WORDS[ch.charCodeAt(0)] = 1;

/** Digits after 点: [零〇一二两三四五六七八九]. */
const CN_DIGIT = new Uint8Array(65536);
for (const ch of "零〇一二两三四五六七八九") CN_DIGIT[ch.charCodeAt(0)] = 1;
const DIAN = "点".charCodeAt(0);
const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);
/** 百, 千 and 万 before 分之: per cent, per mille, per myriad. */
const PER_WORD_HEADS = new Set([...PER_WORDS.keys()].map((ch) => ch.charCodeAt(0)));
const FEN = "分".charCodeAt(0);
const ZHI = "之".charCodeAt(0);

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the character at `i` is the comma that groups thousands in a number (8,125), not a clause break: a digit before it, exactly three after. */
export function isThousandsComma(text: string, i: number): boolean {
  return (
    text.charCodeAt(i) === 44 &&
    i > 0 &&
    CLASS[text.charCodeAt(i - 1)] === Cls.Digit &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    isAsciiDigit(text.charCodeAt(i + 3)) &&
    CLASS[text.charCodeAt(i + 4)] !== Cls.Digit
  );
}

/** A number token's span; `nextNumberToken` fills it. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** Whether text[from, to) is all full-width digits (０-９). */
function isWideDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xff10 || c > 0xff19) return false;
  }
  return true;
}

const FEN_BIE = "分别";
const YI_CI = "依次";
/** Whether the number at `i` is an item of a list: after 、, after a number and ，, or within a few characters of 分别/依次. */
function listBefore(text: string, i: number): boolean {
  if (i > 0 && text.charCodeAt(i - 1) === 0x3001) return true;
  if (i > 1 && text.charCodeAt(i - 1) === 0xff0c && CLASS[text.charCodeAt(i - 2)] === Cls.Digit) return true;
  // A bounded look: indexOf would search on to the end of the text.
  for (let k = i > 5 ? i - 5 : 0; k + 2 <= i; k++) if (text.startsWith(FEN_BIE, k) || text.startsWith(YI_CI, k)) return true;
  return false;
}

/** Finds the first number token starting at or after `from`; fills `span` and returns true, or returns false. */
export function nextNumberToken(text: string, from: number, span: TokenSpan): boolean {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === Cls.None) continue;
    if (PER_WORD_HEADS.has(c) && i + 3 < n && text.charCodeAt(i + 1) === FEN && text.charCodeAt(i + 2) === ZHI) {
      // 百分之九十八点五 or 百分之98.5, not a mix: 百分之九十九点二.12345热线 ends before the ASCII stop.
      let p = i + 3;
      if (isAsciiDigit(text.charCodeAt(p))) {
        while (p < n && isAsciiDigit(text.charCodeAt(p))) p++;
        while (p + 1 < n && text.charCodeAt(p) === 46 && isAsciiDigit(text.charCodeAt(p + 1))) {
          p += 2;
          while (p < n && isAsciiDigit(text.charCodeAt(p))) p++;
        }
      } else while (p < n && IN_PERCENT_WORDS[text.charCodeAt(p)] === 1) p++;
      if (p > i + 3) {
        span.start = i;
        span.end = p;
        return true;
      }
    }
    if (cls === Cls.Digit) {
      let p = i + 1;
      while (p < n && CLASS[text.charCodeAt(p)] === Cls.Digit) p++;
      // Thousands groups: a comma and exactly three ASCII digits, as often as they follow.
      while (p + 3 < n && text.charCodeAt(p) === 44 && isAsciiDigit(text.charCodeAt(p + 1)) && isAsciiDigit(text.charCodeAt(p + 2)) && isAsciiDigit(text.charCodeAt(p + 3))) p += 4;
      // １８，６５４: a site that prints full-width digits prints the comma full-width too. Only
      // there, and only before exactly three digits, is ， a thousands separator and not a clause break.
      if (p - i <= 3 && isWideDigits(text, i, p)) {
        while (p + 3 < n && text.charCodeAt(p) === 0xff0c && isWideDigits(text, p + 1, p + 4) && !(p + 4 < n && CLASS[text.charCodeAt(p + 4)] === Cls.Digit)) p += 4;
      } else if (p - i <= 3 && p + 3 < n && text.charCodeAt(p) === 0xff0c && !listBefore(text, i)) {
        // 1，352件, 2，000余人次: an input method turns the thousands comma full-width. Three ASCII
        // digits and no fourth after it make a group, unless the number opens a list (分别为412，389，365件).
        while (p + 3 < n && text.charCodeAt(p) === 0xff0c && isAsciiDigit(text.charCodeAt(p + 1)) && isAsciiDigit(text.charCodeAt(p + 2)) && isAsciiDigit(text.charCodeAt(p + 3)) && !(p + 4 < n && CLASS[text.charCodeAt(p + 4)] === Cls.Digit)) p += 4;
      }
      const d = text.charCodeAt(p);
      if ((d === 46 || d === 0xff0e) && p + 1 < n && CLASS[text.charCodeAt(p + 1)] === Cls.Digit) {
        p += 2;
        while (p < n && CLASS[text.charCodeAt(p)] === Cls.Digit) p++;
      }
      span.start = i;
      span.end = p;
      return true;
    }
    if (cls === Cls.Financial) {
      let p = i + 1;
      while (p < n && FINANCIAL_RUN[text.charCodeAt(p)] === 1) p++;
      if (p - i < 2) continue;
      span.start = i;
      span.end = p;
      return true;
    }
    if (cls === Cls.One && !(i + 1 < n && AFTER_ONE[text.charCodeAt(i + 1)] === 1) && !isCountOfOne(text, i)) continue;
    let p = i + 1;
    while (p < n && IN_RUN[text.charCodeAt(p)] === 1) p++;
    // 一点二万, 三点五亿: a decimal point written 点 before a digit, then perhaps 万/亿.
    if (p + 1 < n && text.charCodeAt(p) === DIAN && CN_DIGIT[text.charCodeAt(p + 1)] === 1) {
      p += 2;
      while (p < n && CN_DIGIT[text.charCodeAt(p)] === 1) p++;
      if (p < n && (text.charCodeAt(p) === WAN || text.charCodeAt(p) === YI)) p++;
    }
    span.start = i;
    span.end = p;
    return true;
  }
  return false;
}
