// One place that knows the export URL scheme, shared by the menu, the briefing page and the
// tests, so a link and its route handler cannot drift apart.
//
// Scheme (all GET; query parameters are the page's own URL parameters, lang=zh|en included):
//   /api/export/compare.{png|svg|csv|xlsx}?places=…&indicators=…&pillar=…&year=…[&sort=value|place][&lang=en][&size=…&scale=…]
//   /api/export/indicators/{slug}.{png|svg|csv|xlsx}?[year=…][&lang=en]
//   /api/export/places/{slug}.{png|svg|csv|xlsx}?[year=…][&pillar=…][&lang=en]
//   /api/export/reports/{id}.{csv|xlsx}[?lang=en]
//   /api/export/briefing.pptx  (POST JSON with lang, or GET ?items=<base64url JSON>[&lang=en]; a lang in the JSON wins)
//   /embed/compare?…, /embed/indicators/{slug}, /embed/places/{slug}  (chrome-less chart views)
// A bad lang (only zh and en; not EN) is a 400 everywhere; links always carry the page's resolved language.
// sort belongs to compare alone, where a bad value is a 400: the indicator and place views have no order
// to choose (their pages take none), so their exports ignore sort, whatever its value, and links to
// them leave it out. Other parameters a view does not read are ignored in the same way.
import { getLang, type Lang } from "@/lib/i18n/lang";

export type ExportView = "compare" | "indicator" | "place" | "report";
export type ChartFormat = "png" | "svg";
export type DataFormat = "csv" | "xlsx";
export type ExportFormat = ChartFormat | DataFormat;
export type ChartSize = "16x9" | "4x3" | "square";

export const CHART_SIZES: readonly ChartSize[] = ["16x9", "4x3", "square"];

export interface ExportTarget {
  view: ExportView;
  /** The page's URL search params, serialised (with or without the leading "?"). */
  search: string;
  slug?: string;
  id?: string;
}

/** Views that have a chart (a report page has metrics, not one chart). */
export function hasChart(view: ExportView): boolean {
  return view !== "report";
}

function searchParams(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
}

/**
 * A target's parameters that make its export what it is, less `drop`. The chart/table switch changes no
 * export, nor does sort outside compare (see the scheme above); the language and compare's order of
 * places do, as on the page.
 */
export function exportParams(target: ExportTarget, drop: readonly string[] = []): URLSearchParams {
  const params = searchParams(target.search);
  const ignored = target.view === "compare" ? ["view"] : ["view", "sort"];
  for (const key of [...ignored, ...drop]) params.delete(key);
  return params;
}

/** The target in a given language, whatever its search says (a briefing is in the briefing page's language). */
export function inLang(target: ExportTarget, lang: Lang): ExportTarget {
  const params = searchParams(target.search);
  // Chinese is the default and carries no parameter, as on the pages.
  if (lang === "en") params.set("lang", lang);
  else params.delete("lang");
  return { ...target, search: params.toString() };
}

/**
 * The language of the page a target comes from: its search's lang read as the pages read it (only "en"
 * is English: lang=EN or lang=fr shows the Chinese page), else `fallback` (the page's <html lang>).
 */
export function pageLang(target: ExportTarget, fallback: Lang): Lang {
  const params = searchParams(target.search);
  return params.has("lang") ? getLang(params) : fallback;
}

/**
 * The target in the page's resolved language, always written as the pages write it (lang=en, or none for
 * Chinese): a lang=EN kept as it is would make every export link a 400, since exports take only zh and en.
 */
export function withPageLang(target: ExportTarget, lang: Lang): ExportTarget {
  return inLang(target, pageLang(target, lang));
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function exportBasePath(target: ExportTarget): string {
  switch (target.view) {
    case "compare":
      return "/api/export/compare";
    case "indicator":
      return `/api/export/indicators/${encodeURIComponent(target.slug ?? "")}`;
    case "place":
      return `/api/export/places/${encodeURIComponent(target.slug ?? "")}`;
    case "report":
      return `/api/export/reports/${encodeURIComponent(target.id ?? "")}`;
  }
}

export function exportUrl(
  target: ExportTarget,
  format: ExportFormat,
  options: { size?: ChartSize; scale?: number } = {},
): string {
  const params = exportParams(target, ["size", "scale"]);
  if (format === "png" || format === "svg") {
    if (options.size) params.set("size", options.size);
    if (format === "png" && options.scale) params.set("scale", String(options.scale));
  }
  return withQuery(`${exportBasePath(target)}.${format}`, params);
}

export function embedPath(target: ExportTarget): string | null {
  const params = exportParams(target);
  switch (target.view) {
    case "compare":
      return withQuery("/embed/compare", params);
    case "indicator":
      return withQuery(`/embed/indicators/${encodeURIComponent(target.slug ?? "")}`, params);
    case "place":
      return withQuery(`/embed/places/${encodeURIComponent(target.slug ?? "")}`, params);
    case "report":
      return null;
  }
}

/** The page an export was made from, for citations. */
export function pagePath(target: ExportTarget): string {
  const params = exportParams(target);
  switch (target.view) {
    case "compare":
      return withQuery("/compare", params);
    case "indicator":
      return withQuery(`/indicators/${encodeURIComponent(target.slug ?? "")}`, params);
    case "place":
      return withQuery(`/places/${encodeURIComponent(target.slug ?? "")}`, params);
    case "report":
      return `/reports/${encodeURIComponent(target.id ?? "")}`;
  }
}
