// Number formatting for figures as they appear in charts and tables.
import type { Lang } from "./lang";

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
