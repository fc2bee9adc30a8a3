import Link from "next/link";
import { AddToBriefing } from "@/components/export/add-to-briefing";
import { ExportMenu } from "@/components/export/export-menu";
import { PlaceBarChart, type PlaceBarRow } from "@/components/charts/lazy-charts";
import { sortCells } from "@/lib/compare/build-comparison";
import type { CompareCell, ComparePlace, CompareSeries } from "@/lib/compare/types";
import { formatFigure, formatScope, formatUnit } from "@/lib/i18n/format";
import { getDictionary, localHref, nameOf, type Lang } from "@/lib/i18n/lang";

export type CompareView = "chart" | "table" | "grid";

function cellDisplay(cell: CompareCell, lang: Lang, marks: Record<string, string>): string {
  if (cell.value === null) return "";
  const shown = formatFigure({ ...cell, value: cell.value }, lang);
  const flagMarks = cell.flags.map((f) => marks[f]).join("");
  return flagMarks ? `${shown} ${flagMarks}` : shown;
}

/** One indicator across the chosen places: a bar chart (or table) with value labels, years, ranks and comparability marks. */
export function CompareSeriesCard({
  series,
  places,
  color,
  view,
  sort,
  lang,
  exportSearch,
}: {
  series: CompareSeries;
  places: ComparePlace[];
  color: string;
  view: CompareView;
  sort: "value" | "place";
  lang: Lang;
  /** This chart's own URL state, for the export menu and the briefing. */
  exportSearch: string;
}) {
  const t = getDictionary(lang);
  const placeBySlug = new Map(places.map((p) => [p.slug, p]));
  const cells = sortCells(series.cells, sort, series.indicator.higherIsBetter);
  const title = nameOf(series.indicator, lang);
  const compact = view === "grid";
  const rows: PlaceBarRow[] = cells.map((c) => {
    const place = placeBySlug.get(c.placeSlug);
    return {
      key: c.placeSlug,
      label: place ? nameOf(place, lang) : c.placeSlug,
      sublabel: c.value === null ? "" : c.rank === null ? t.compare.reportYear(c.year!) : `${t.compare.reportYear(c.year!)} · ${t.compare.rank(c.rank)}`,
      value: c.value,
      display: cellDisplay(c, lang, t.flagMarks),
      flagged: c.flags.length > 0,
      ...(c.noReport ? { missingLabel: t.compare.noReport } : {}),
    };
  });
  const direction =
    series.indicator.higherIsBetter === true ? t.compare.higherIsBetter : series.indicator.higherIsBetter === false ? t.compare.lowerIsBetter : null;
  const notes = lang === "en" ? series.notesEn : series.notesZh;
  const headingId = `series-${series.indicator.slug}`;

  return (
    <section aria-labelledby={headingId} className="rounded border border-rule bg-white p-4" data-testid="compare-series" data-indicator={series.indicator.slug}>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className={`${compact ? "text-sm" : "text-base"} font-semibold`}>
            <Link href={localHref(`/indicators/${series.indicator.slug}`, lang)} className="hover:text-accent hover:underline">
              {title}
            </Link>
          </h3>
          <p className="text-xs text-muted">
            {t.common.unit}{t.common.colon}{formatUnit(series.indicator.unit, lang)}
            {direction ? ` · ${direction}` : ""}
          </p>
        </div>
        <div className="no-print flex items-center gap-1">
          <ExportMenu view="compare" search={exportSearch} />
          {!compact && <AddToBriefing view="compare" search={exportSearch} title={title} />}
        </div>
      </div>
      {view !== "table" && (
        <PlaceBarChart rows={rows} color={color} label={t.compare.chartLabel(title)} compact={compact} missingLabel={t.compare.notDisclosed} />
      )}
      {notes.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-xs text-amber-900" data-testid="series-notes">
          {notes.map((n) => (
            <li key={n}>
              <span aria-hidden>⚠ </span>
              {n}
            </li>
          ))}
        </ul>
      )}
      {view === "table" ? (
        <SeriesTable cells={cells} placeBySlug={placeBySlug} lang={lang} />
      ) : (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-xs text-accent">{t.common.table}</summary>
          <SeriesTable cells={cells} placeBySlug={placeBySlug} lang={lang} />
        </details>
      )}
    </section>
  );
}

function SeriesTable({ cells, placeBySlug, lang }: { cells: CompareCell[]; placeBySlug: Map<string, ComparePlace>; lang: Lang }) {
  const t = getDictionary(lang);
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[640px] border-collapse text-sm" data-testid="series-table">
        <thead>
          <tr className="border-b border-rule text-left text-xs text-muted">
            <th scope="col" className="whitespace-nowrap py-1 pr-2">{t.compare.rankLabel}</th>
            <th scope="col" className="py-1 pr-2">{t.common.place}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t.common.value}</th>
            <th scope="col" className="py-1 pr-2">{t.common.yearLabel}</th>
            <th scope="col" className="py-1 pr-2">{t.common.scope}</th>
            <th scope="col" className="py-1">{t.common.quote}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => {
            const place = placeBySlug.get(c.placeSlug);
            return (
              <tr key={c.placeSlug} className="border-b border-rule/60 align-top" data-place={c.placeSlug}>
                <td className="py-1.5 pr-2 tabular-nums">{c.rank ?? "–"}</td>
                <th scope="row" className="whitespace-nowrap py-1.5 pr-2 text-left font-medium">
                  {place ? nameOf(place, lang) : c.placeSlug}
                </th>
                <td className="whitespace-nowrap py-1.5 pr-2 text-right font-semibold tabular-nums">
                  {c.value === null ? (
                    <span className="font-normal italic text-orange-800">{c.noReport ? t.compare.noReport : t.compare.notDisclosed}</span>
                  ) : (
                    <>
                      {formatFigure({ ...c, value: c.value }, lang)}
                      {c.flags.map((f) => (
                        <abbr key={f} title={t.flags[f]} className="ml-1 cursor-help text-xs font-normal text-amber-900 no-underline" data-flag={f}>
                          {t.flagMarks[f]}
                          <span className="sr-only">{t.flags[f]}</span>
                        </abbr>
                      ))}
                    </>
                  )}
                </td>
                <td className="whitespace-nowrap py-1.5 pr-2">
                  {c.year ?? "–"}
                  {c.period !== null && c.period !== c.year && <span className="text-xs text-muted">（{t.common.period} {c.period}）</span>}
                </td>
                <td className="whitespace-nowrap py-1.5 pr-2">{c.value === null ? "–" : (c.scope === null ? t.common.notStated : formatScope(c.scope, lang))}</td>
                <td className="py-1.5 text-xs leading-5 text-zinc-700">
                  {c.quote && c.reportId && c.metricId ? (
                    <Link href={localHref(`/reports/${c.reportId}`, lang, {}, `m-${c.metricId}`)} className="hover:text-accent hover:underline" data-testid="quote-link">
                      {c.quote}
                    </Link>
                  ) : (
                    "–"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
