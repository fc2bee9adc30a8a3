// Number formatting for figures as they appear in charts and tables.
import type { Lang } from "./lang";
import { DICTIONARIES } from "./dictionaries";

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  const key = lang;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "en" ? "en-US" : "zh-CN", { maximumFractionDigits: 2 });
    formatters.set(key, f);
  }
  return f.format(value);
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
