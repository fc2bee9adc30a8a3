// The UI language comes from the URL (?lang=en), like every other piece of a view's state, so a
// link or a bookmark always reopens the same view. Chinese is the default and carries no parameter.
import { DICTIONARIES, type Dictionary } from "./dictionaries";

export type Lang = "zh" | "en";
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function getLang(params: SearchParamsRecord | URLSearchParams | undefined): Lang {
  const raw = params instanceof URLSearchParams ? params.get("lang") : params?.lang;
  return (Array.isArray(raw) ? raw[0] : raw) === "en" ? "en" : "zh";
}

export function getDictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** A link inside the site that keeps the language; `params` values that are empty are left out. */
export function localHref(path: string, lang: Lang, params: Record<string, string | number | undefined | null> = {}, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  if (lang === "en") search.set("lang", "en");
  // Commas stay readable in lists such as places=qingdao,weihai.
  const qs = search.toString().replaceAll("%2C", ",");
  return `${path}${qs ? `?${qs}` : ""}${hash ? `#${hash}` : ""}`;
}

/** The same view in the other language. */
export function switchLangHref(path: string, params: SearchParamsRecord, lang: Lang): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "lang" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  if (lang === "zh") search.set("lang", "en");
  const qs = search.toString().replaceAll("%2C", ",");
  return `${path}${qs ? `?${qs}` : ""}`;
}

export function nameOf(item: { nameZh: string; nameEn: string }, lang: Lang): string {
  return lang === "en" ? item.nameEn : item.nameZh;
}

/** 年度报告, 新闻报道, or 部门报告 for a department's own report (it does not speak for its place's government). */
export function kindLabel(t: Dictionary, report: { kind: "report" | "news"; office?: string | null }): string {
  return report.kind === "report" && report.office ? t.kind.office : t.kind[report.kind];
}

/** 省, 市, 区, 县, or 县级市 for a county-level city (浏阳市), which the gazetteer files as a county. */
export function levelLabel(t: Dictionary, place: { level: string; nameZh: string }): string {
  if (place.level === "county" && place.nameZh.endsWith("市")) return t.countyCity;
  return t.levels[place.level as keyof Dictionary["levels"]] ?? place.level;
}
