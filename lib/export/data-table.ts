// Flattens an export dataset (or a report's metrics) into the rows of the CSV and of the XLSX
// data sheet, plus the sources sheet (each value's quote, report title, year and link). Headers
// and fixed cell texts (是/否, 未披露…) come from the dataset's language (export-text.ts).
import { formatScope, unitName } from "@/lib/i18n/format";
import { missingLabel, type ExportDataset, type ExportLang } from "./export-dataset";
import { exportText, type ExportText } from "./export-text";

export type Cell = string | number | boolean | null;

export interface DataTable {
  /** File stem without extension, e.g. "compare-2023". */
  fileStem: string;
  title: string;
  /** The language of the headers and fixed texts (and of the XLSX sheet names). */
  lang: ExportLang;
  headers: string[];
  rows: Cell[][];
  /** Column indexes holding numbers (formatted as numbers in XLSX). */
  numericColumns: number[];
  sourceHeaders: string[];
  sourceRows: Cell[][];
}

/**
 * Rows from records keyed like their header texts: the headers' key order is the column order, so
 * a row cannot slip a column whichever order its cells were written in.
 */
export function tableColumns<K extends string>(headers: Record<K, string>, records: Record<K, Cell>[], numeric: K[] = []): { headers: string[]; rows: Cell[][]; numericColumns: number[] } {
  const keys = Object.keys(headers) as K[];
  return {
    headers: keys.map((k) => headers[k]),
    rows: records.map((record) => keys.map((k) => record[k])),
    numericColumns: numeric.map((k) => keys.indexOf(k)),
  };
}

export type SourceRecord = Record<keyof ExportText["sourceHeaders"], Cell>;
type DataRecord = Record<keyof ExportText["tableHeaders"] | "category", Cell>;

export function datasetTable(dataset: ExportDataset, fileStem: string): DataTable {
  const text = exportText(dataset.lang);
  const sourceById = new Map(dataset.sources.map((s) => [s.reportId, s]));
  const records: DataRecord[] = [];
  const sources: SourceRecord[] = [];
  for (const panel of dataset.panels) {
    for (const category of panel.categories) {
      for (const bar of category.bars) {
        const source = bar.reportId ? sourceById.get(bar.reportId) : undefined;
        const link = source?.sourceUrl ?? source?.source ?? null;
        const unit = unitName(bar.value === null ? panel.indicator.unit : (bar.unit ?? panel.indicator.unit), dataset.lang);
        records.push({
          indicator: panel.indicator.name,
          indicatorCode: panel.indicator.slug,
          category: category.label,
          group: category.group,
          series: bar.series || null,
          value: bar.value,
          unit,
          asWritten: bar.value === null ? missingLabel(bar, dataset.lang) : bar.text,
          reportYear: bar.year,
          scope: bar.scope === null ? null : formatScope(bar.scope, dataset.lang),
          period: bar.period,
          approx: bar.value === null ? null : bar.approx ? text.yes : text.no,
          flags: bar.flags.map((f) => text.flags[f].short).join(text.list) || null,
          rank: bar.rank,
          reportTitle: source?.title ?? null,
          link,
        });
        if (bar.value !== null) {
          sources.push({
            indicator: panel.indicator.name,
            who: category.label + (bar.series ? ` ${bar.series}` : ""),
            value: bar.value,
            unit,
            asWritten: bar.text,
            quote: bar.quote,
            reportTitle: source?.title ?? null,
            reportYear: source?.year ?? bar.year,
            publisher: source?.publisher ?? null,
            published: source?.published ?? null,
            link,
          });
        }
      }
    }
  }
  // The category column (地区 or 年度: what this view's categories are) comes third, after the indicator and its code.
  const { indicator, indicatorCode, ...rest } = text.tableHeaders;
  const headers = { indicator, indicatorCode, category: dataset.categoryHeader, ...rest };
  const data = tableColumns(headers, records, ["value", "reportYear", "period", "rank"]);
  const sourceTable = tableColumns(text.sourceHeaders, sources);
  return { fileStem, title: dataset.title, lang: dataset.lang, ...data, sourceHeaders: sourceTable.headers, sourceRows: sourceTable.rows };
}
