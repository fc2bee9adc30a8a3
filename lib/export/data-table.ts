// Flattens an export dataset (or a report's metrics) into the rows of the CSV and of the XLSX
// data sheet, plus the sources sheet (each value's quote, report title, year and link).
import { FLAG_LABELS, citedSources, missingLabel, type ExportDataset } from "./export-dataset";

export type Cell = string | number | boolean | null;

export interface DataTable {
  /** File stem without extension, e.g. "compare-2023". */
  fileStem: string;
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Column indexes holding numbers (formatted as numbers in XLSX). */
  numericColumns: number[];
  sourceHeaders: string[];
  sourceRows: Cell[][];
}

export const SOURCE_HEADERS = ["指标", "地区/年度", "数值", "单位", "原文表述", "原文句子", "报告标题", "报告年度", "发布机关", "发布日期", "链接"];

export function datasetTable(dataset: ExportDataset, fileStem: string): DataTable {
  const headers = [
    "指标",
    "指标代码",
    dataset.categoryHeader,
    "所属",
    "系列",
    "数值",
    "单位",
    "原文表述",
    "报告年度",
    "口径",
    "数据所属年份",
    "约数",
    "可比性标记",
    "排名",
    "报告标题",
    "链接",
  ];
  const sourceById = new Map(dataset.sources.map((s) => [s.reportId, s]));
  const rows: Cell[][] = [];
  const sourceRows: Cell[][] = [];
  for (const panel of dataset.panels) {
    for (const category of panel.categories) {
      for (const bar of category.bars) {
        const source = bar.reportId ? sourceById.get(bar.reportId) : undefined;
        rows.push([
          panel.indicator.nameZh,
          panel.indicator.slug,
          category.label,
          category.group,
          bar.series || null,
          bar.value,
          bar.value === null ? panel.indicator.unit : (bar.unit ?? panel.indicator.unit),
          bar.value === null ? missingLabel(bar) : bar.text,
          bar.year,
          bar.scope,
          bar.period,
          bar.value === null ? null : bar.approx ? "是" : "否",
          bar.flags.map((f) => FLAG_LABELS[f].short).join("、") || null,
          bar.rank,
          source?.title ?? null,
          source?.sourceUrl ?? source?.source ?? null,
        ]);
        if (bar.value !== null) {
          sourceRows.push([
            panel.indicator.nameZh,
            category.label + (bar.series ? ` ${bar.series}` : ""),
            bar.value,
            bar.unit ?? panel.indicator.unit,
            bar.text,
            bar.quote,
            source?.title ?? null,
            source?.year ?? bar.year,
            source?.publisher ?? null,
            source?.published ?? null,
            source?.sourceUrl ?? source?.source ?? null,
          ]);
        }
      }
    }
  }
  void citedSources;
  return { fileStem, title: dataset.title, headers, rows, numericColumns: [5, 8, 10, 13], sourceHeaders: SOURCE_HEADERS, sourceRows };
}
