// XLSX workbook: a data sheet (numbers as numbers, header frozen, filter on) and a sources sheet
// with each value's quote, report title, year and link, so a reader can check every figure.
import ExcelJS from "exceljs";
import type { DataTable } from "./data-table";
import { exportText } from "./export-text";

function columnWidth(values: unknown[], max = 60): number {
  let width = 6;
  for (const v of values.slice(0, 200)) {
    if (v === null || v === undefined) continue;
    let w = 0;
    for (const ch of String(v)) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
    width = Math.max(width, w + 2);
  }
  return Math.min(max, width);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: DataTable["rows"]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
  sheet.getRow(1).font = { bold: true, name: "Microsoft YaHei" };
  sheet.columns.forEach((column, i) => {
    column.width = columnWidth([headers[i], ...rows.map((r) => r[i])]);
  });
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

export async function renderXlsx(table: DataTable, generatedAt: string): Promise<Uint8Array> {
  const text = exportText(table.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text.site;
  workbook.title = table.title;
  workbook.created = new Date(generatedAt);
  workbook.modified = new Date(generatedAt);
  const data = addSheet(workbook, text.sheets.data, table.headers, table.rows);
  for (const col of table.numericColumns) data.getColumn(col + 1).alignment = { horizontal: "right" };
  const sources = addSheet(workbook, text.sheets.sources, table.sourceHeaders, table.sourceRows);
  // Quotes are long sentences: wrap rather than stretch the column across the screen.
  sources.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  sources.getColumn(6).width = 60;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
