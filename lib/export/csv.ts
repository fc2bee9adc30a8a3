// CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Chinese Windows reads GBK and
// shows mojibake), CRLF line ends, RFC 4180 quoting.
import type { Cell, DataTable } from "./data-table";

export const BOM = "\uFEFF";

/** Text that a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
function neutralise(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-[^\d.]/.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutralise(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(table: Pick<DataTable, "headers" | "rows">): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** Parses CSV produced by renderCsv (and any RFC 4180 CSV), for tests and round trips. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
