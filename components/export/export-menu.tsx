"use client";
// The download menu shown next to every chart and table: chart images in three slide sizes,
// data files, a citation and an embed snippet. Plain links, so a download is an ordinary
// browser download (works without JavaScript too, and Playwright sees a real download). Every link
// is in the page's language as the page resolved it (withPageLang): the page's search's lang read as
// the page reads it (lang=EN is Chinese), else the page's <html lang>.
import { CHART_SIZES, exportUrl, hasChart, withPageLang, type ChartSize, type ExportView } from "@/lib/export/export-urls";
import { useExportStrings } from "./use-export-lang";
import { CitationPanel } from "./citation-panel";

export interface ExportMenuProps {
  view: ExportView;
  /** The page's URL search params, serialised. */
  search: string;
  slug?: string;
  id?: string;
}

const linkClass =
  "block rounded px-2 py-1 text-sm text-zinc-800 hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none dark:text-zinc-100 dark:hover:bg-zinc-800";

export function ExportMenu(props: ExportMenuProps) {
  const { lang, t } = useExportStrings();
  const target = withPageLang(props, lang);
  const sizeLabel: Record<ChartSize, string> = { "16x9": t.size16x9, "4x3": t.size4x3, square: t.sizeSquare };
  const chart = hasChart(target.view);
  return (
    <details className="relative inline-block print:hidden" data-testid="export-menu">
      <summary className="cursor-pointer list-none rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900">
        {t.export} ▾
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-72 max-sm:fixed max-sm:inset-x-2 max-sm:top-20 max-sm:max-h-[75vh] max-sm:w-auto max-sm:overflow-y-auto rounded border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-950">
        {chart && (
          <section aria-label={t.chart}>
            <h3 className="px-2 pt-1 text-xs font-semibold text-zinc-500">{t.chart}</h3>
            <ul>
              {CHART_SIZES.map((size) => (
                <li key={size} className="flex gap-1">
                  <a className={linkClass} href={exportUrl(target, "png", { size, scale: 2 })} download data-format="png" data-size={size}>
                    PNG · {sizeLabel[size]}
                  </a>
                  <a className={linkClass} href={exportUrl(target, "svg", { size })} download data-format="svg" data-size={size}>
                    SVG
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-label={t.data}>
          <h3 className="px-2 pt-1 text-xs font-semibold text-zinc-500">{t.data}</h3>
          <ul>
            <li>
              <a className={linkClass} href={exportUrl(target, "csv")} download data-format="csv">
                {t.csv}
              </a>
            </li>
            <li>
              <a className={linkClass} href={exportUrl(target, "xlsx")} download data-format="xlsx">
                {t.xlsx}
              </a>
            </li>
          </ul>
        </section>
        <CitationPanel {...target} />
      </div>
    </details>
  );
}
