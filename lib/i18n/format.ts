// Number formatting for figures as they appear in charts and tables.
import type { Lang } from "./lang";
import { DICTIONARIES } from "./dictionaries";
import unitsData from "../knowledge/units.json";
import scopeNames from "../knowledge/scope-names.json";

/** English for each unit: "" drops a bare measure word (件, 项), absent keeps the Chinese unit. */
const UNIT_EN = new Map<string, string>();
for (const u of [...unitsData.units, ...unitsData.measuredDurations.units] as Array<{ text: string; en?: string }>) if (u.en !== undefined) UNIT_EN.set(u.text, u.en);
const TIGHT_UNITS = new Set(["%", "％", "‰", "‱"]);

const formatters = new Map<string, Intl.NumberFormat>();

function grouped(value: number, lang: Lang): string {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === "en" ? "en-US" : "zh-CN", { maximumFractionDigits: 2 });
    formatters.set(lang, f);
  }
  return f.format(value);
}

/** Scales a large figure is written in: 亿 and 万 in Chinese, billion and million in English. */
const SCALES: Record<Lang, Array<{ factor: number; min: number; word: string }>> = {
  zh: [
    { factor: 1e8, min: 1e8, word: "亿" },
    // 10万 and up: below that, 12,000 reads as easily as 1.2万.
    { factor: 1e4, min: 1e5, word: "万" },
  ],
  en: [
    { factor: 1e9, min: 1e9, word: " billion" },
    { factor: 1e6, min: 1e6, word: " million" },
  ],
};

/**
 * A figure as the reports write it: 2,945 · 98.04 · 127亿 · 350万 (12.7 billion, 3.5 million in
 * English). A large figure takes the largest scale that shows it exactly with at most two decimals,
 * so 7.1亿 stays 7.1亿 and 123,456,789 keeps every digit: a cited figure must not be rounded.
 */
export function formatNumber(value: number, lang: Lang): string {
  const size = Math.abs(value);
  for (const scale of SCALES[lang]) {
    if (size < scale.min) continue;
    const scaled = value / scale.factor;
    if (Math.abs(Math.round(scaled * 100) - scaled * 100) < 1e-6) return `${grouped(scaled, lang)}${scale.word}`;
  }
  return grouped(value, lang);
}

/**
 * "2,945件", "98.04%", "1.2万元"… as Chinese writes them: the unit right after the number. In English a
 * bare measure word is left out (2,945), a unit with an English name takes it (15 working days,
 * 1.2 million yuan, 300 firm-times for 家次); a unit without one would keep the Chinese.
 */
export function formatValue(value: number, unit: string | null, lang: Lang): string {
  const number = formatNumber(value, lang);
  if (lang === "zh" || unit === null) return `${number}${unit ?? ""}`;
  const en = UNIT_EN.get(unit);
  if (en === undefined) return `${number}${unit}`;
  if (en === "") return number;
  if (TIGHT_UNITS.has(unit)) return `${number}${en}`;
  // 1 time, 1 working day, 1 case per person: one of a plural English unit (the part before "per"), as the
  // number reads (0.999 shows as 1); a multiple (1倍, "times") is no plural noun.
  return `${number} ${(number === "1" || number === "-1") && unit !== "倍" ? en.replace(/s(?= per |$)/, "") : en}`;
}

/** Which way an approximate figure may be off: 余, 以上, 超 are lower bounds; 近, 不足 upper bounds; 约 either way. */
export type ApproxBound = "lower" | "upper" | null;

/**
 * An approximate figure, formatted, with the way it may be off: "over 2,600" for 2600余件, "under 3,000"
 * for 近3000件, "≈2,600" for 约2600件 (超过, 不足, 约 in Chinese). One form for the pages and the exports.
 */
export function formatApprox(figure: string, bound: ApproxBound, lang: Lang): string {
  if (lang === "zh") return bound === "lower" ? `超过${figure}` : bound === "upper" ? `不足${figure}` : `约${figure}`;
  return bound === "lower" ? `over ${figure}` : bound === "upper" ? `under ${figure}` : `≈${figure}`;
}

/**
 * A figure as a reader sees it: Chinese shows an approximate figure as the report writes it (2600余件,
 * when the text is given); otherwise the value is formatted, an approximation marked by formatApprox.
 */
export function formatFigure(figure: { value: number; unit: string | null; approx: boolean; bound: ApproxBound; text?: string | null }, lang: Lang): string {
  if (figure.approx && figure.text && lang === "zh") return figure.text;
  const formatted = formatValue(figure.value, figure.unit, lang);
  return figure.approx ? formatApprox(formatted, figure.bound, lang) : formatted;
}

/**
 * A unit's name alone: 件 in Chinese; "count", "working days" in English. Exports, which must not repeat
 * the Chinese, use this rather than formatUnit (every unit in units.json has an English name).
 */
export function unitName(unit: string, lang: Lang): string {
  if (lang === "zh") return unit;
  const en = UNIT_EN.get(unit);
  if (en === undefined) return unit;
  return en === "" ? DICTIONARIES.en.common.countUnit : en;
}

/** An indicator's or series' unit as a label: 件 in Chinese; "count (件)", "working days (个工作日)" in English. */
export function formatUnit(unit: string, lang: Lang): string {
  const name = unitName(unit, lang);
  return name === unit ? unit : `${name} (${unit})`;
}

/**
 * A figure's scope as a label: as extracted in Chinese (全市, 市本级, 镇街); in English "whole city",
 * "city government itself", "towns and subdistricts". A named place (章贡区) stays as written.
 */
export function formatScope(scope: string, lang: Lang): string {
  if (lang === "zh") return scope;
  const fixed = (scopeNames.fixed as Record<string, string>)[scope];
  if (fixed !== undefined) return fixed;
  if (scope.startsWith("全")) {
    const whole = (scopeNames.whole as Record<string, string>)[scope.slice(1)];
    if (whole !== undefined) return `whole ${whole}`;
  }
  if (scope.endsWith("本级")) {
    const body = scope.slice(0, -2);
    const itself = (scopeNames.itself as Record<string, string>)[body];
    if (itself !== undefined) return itself;
    if (body.length > 1) return `${body} ${scopeNames.itselfOfNamed}`;
  }
  return scope;
}

/** What a change is compared with, in English: 同比 → y/y, 较上年 → vs. prior year, 比2022年 → vs. 2022. */
function basisInEnglish(basis: string): string {
  if (basis === "") return "";
  if (basis.includes("同比") || basis.includes("同期")) return "y/y";
  if (basis.includes("环比")) return "period on period";
  if (basis.includes("年初")) return "vs. start of year";
  const year = /\d{4}/.exec(basis);
  if (year) return `vs. ${year[0]}`;
  if (/上年|去年|上一年/.test(basis)) return "vs. prior year";
  return basis;
}

/** A figure's period when it is not one whole year, as a short label: "跨年度：“十四五”以来", "Part of year: 1至11月". */
export function formatCoverage(coverage: { kind: "multi-year" | "part-year"; text: string | null }, lang: Lang): string {
  const common = DICTIONARIES[lang].common;
  return `${common.coverage[coverage.kind]}${common.colon}${coverage.text ?? common.coverageWholeReport}`;
}

/** A figure's stated change as a short label: "同比↑34.4%" in Chinese, "↑34.4% y/y" in English. */
export function formatChange(change: { value: number; unit: string; direction: "up" | "down" | "flat"; basis: string; approx?: boolean }, lang: Lang): string {
  const amount =
    change.direction === "flat" ? (lang === "en" ? "→ flat" : "持平") : `${change.direction === "up" ? "↑" : "↓"}${change.approx ? "≈" : ""}${formatValue(change.value, change.unit, lang)}`;
  if (lang === "en") {
    const basis = basisInEnglish(change.basis);
    return basis === "" ? amount : `${amount} ${basis}`;
  }
  return `${change.basis}${amount}`;
}
