// Number formatting for figures as they appear in charts and tables.
import type { Lang } from "./lang";
import { DICTIONARIES } from "./dictionaries";

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

/** "2,945件", "98.04%", "1.2万元"… as Chinese writes them: the unit right after the number. */
export function formatValue(value: number, unit: string | null, lang: Lang): string {
  return `${formatNumber(value, lang)}${unit ?? ""}`;
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
