// A deliberately small, independent reader for the figures quoted in the gold files
// (tests/fixtures/gold/*.json). It is NOT the extractor's number parser: it only has to read the
// `text` of a gold metric ("2600余件", "近1.5万名", "约37.62亿元", "三条", "98%以上") so that the
// gold files can be checked for internal consistency (value/unit/approx agree with the text).

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numerals below 10^8 without 万/亿 handled here (万 and 亿 are read as multipliers by the caller). */
export function parseChineseInteger(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10_000 || 10_000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

export interface GoldFigure {
  value: number;
  unit: string;
  approx: boolean;
}

const PREFIX_APPROX = /^(将近|接近|不到|不足|超过|大约|近|约|超|逾|突破)/;
const SUFFIX_APPROX = /(以上|左右|余|多)$/;
const NUMBER = /^(\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)/;

function round(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Reads a figure as written in a report. Money written with 万元/亿元 keeps that unit and the
 * written value; any other 万/亿 multiplier is folded into the value ("7.1亿条" → 7.1e8 条).
 * Percent may be written 百分之三十 / 百分之九十八点五.
 */
export function parseGoldFigure(text: string): GoldFigure | null {
  let rest = text.trim();
  let approx = false;
  const pct = /^(近|约|超过|超)?百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?(以上|左右)?$/.exec(rest);
  if (pct) {
    const whole = parseChineseInteger(pct[2]!);
    if (whole === null) return null;
    const frac = pct[3] ? Number("0." + [...pct[3]].map((c) => DIGIT[c]).join("")) : 0;
    return { value: round(whole + frac), unit: "%", approx: Boolean(pct[1] || pct[4]) };
  }
  const pre = PREFIX_APPROX.exec(rest);
  if (pre) {
    approx = true;
    rest = rest.slice(pre[0].length);
  }
  let value: number;
  const num = NUMBER.exec(rest);
  if (num) {
    const raw = num[1]!;
    value = /\d/.test(raw) ? Number(raw.replace(/,/g, "")) : (parseChineseInteger(raw) as number);
    rest = rest.slice(raw.length);
  } else if (rest.startsWith("万") || rest.startsWith("亿")) {
    value = 1; // 近万件
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  const takeApproxWord = () => {
    const m = /^(余|多)/.exec(rest);
    if (m) {
      approx = true;
      rest = rest.slice(1);
    }
  };
  takeApproxWord();
  const mult = /^(万亿|亿|万)/.exec(rest);
  if (mult) {
    const after = rest.slice(mult[0].length);
    if (/^余?元/.test(after)) {
      // money: keep 万元 / 亿元 as the unit, the value as written
      rest = after.replace(/^余/, () => {
        approx = true;
        return "";
      });
      const unitTail = rest; // 元...
      rest = mult[0] + unitTail;
    } else {
      value = value * (mult[0] === "万" ? 1e4 : mult[0] === "亿" ? 1e8 : 1e12);
      rest = after;
      takeApproxWord();
    }
  }
  const suf = SUFFIX_APPROX.exec(rest);
  if (suf && rest.length > suf[0].length) {
    approx = true;
    rest = rest.slice(0, rest.length - suf[0].length);
  } else if (suf && /^(以上|左右)$/.test(rest)) {
    return null;
  }
  const unit = rest;
  if (!unit) return null;
  return { value: round(value), unit, approx };
}
