// Page furniture in text copied out of a paged document (PDF, Word print layout): page numbers and
// the running header or footer repeated at every page break. Both the PDF-copy unwrapper (which
// joins the sentence a page break cut) and cleaning (which removes and reports them) find them here.

/** A line that ends a sentence or a heading-like phrase: no wrap after it. */
// (A closing quote ends a sentence only after the sentence's own end: …。” does, 开展“企业法治体检” does not.)
export const LINE_FINAL = /(?:[。！？；：!?;:…）)】]|[。！？!?…][”’」』])$/;
/** Starts of lines that begin a new paragraph or list item. */
export const LINE_START_MARKER = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分]|[一二三四五六七八九十]是|[•·●■◆▪\-—]\s)/;

/** — 3 —, - 3 -, ·3·, 第3页, 第3页 共5页, 3/5, 3 页, 共5页 第3页: a page number by its form alone. */
const MARKED_PAGE_NUMBER =
  /^(?:[-—–－_·.]+\s*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?\s*[-—–－_·.]+|(?:第\s*)?\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|第\s*\d{1,4}\s*页?\s*[/／]\s*共?\s*\d{1,4}\s*页?|\d{1,4}\s*[/／]\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)$/;
/** The longest line that can be a page number (第12页 共120页, with spaces). */
export const PAGE_NUMBER_MAX = 24;

/** A page number by its form alone (not a bare number). */
export function isMarkedPageNumber(line: string): boolean {
  const l = line.trim();
  return l.length > 0 && l.length <= PAGE_NUMBER_MAX && MARKED_PAGE_NUMBER.test(l);
}

/** A line that is a page number by its form or a bare number that may be one: findPageFurniture has work to do. */
export function mayBePageNumber(line: string): boolean {
  return isMarkedPageNumber(line) || BARE_NUMBER.test(line.trim());
}
/** A bare number: a page number only on a line set apart by blank lines or next to a marked page number; inside a flattened table it is a cell. */
const BARE_NUMBER = /^\d{1,4}$/;
/** The first number of a marked page number (3 in 第3页 共5页, — 3 —). */
const FIRST_NUMBER = /\d+/;
/** Whether line `j` is a marked page number whose number is `bare` or `bare` minus `step` (the bare line's own page or the neighbouring one on its side). */
function pageNumberNear(marked: readonly boolean[], lines: readonly string[], j: number, bare: number, step: 1 | -1): boolean {
  if (marked[j] !== true) return false;
  const n = Number(FIRST_NUMBER.exec(lines[j]!)?.[0] ?? NaN);
  return n === bare || n === bare - step;
}
/** A running header or footer: a short line of text, not a sentence. */
const HEADER_MIN = 4;
const HEADER_MAX = 80;

export interface PageFurniture {
  /** Per line: a page number. */
  pageNumber: boolean[];
  /** Per line: a running header or footer (a line repeated next to page numbers). */
  runningHeader: boolean[];
}

/**
 * Marks page numbers and running headers in `lines` (trimmed or not). A bare number counts only
 * between blank lines (or the text's edges) or next to a marked page number of the same page or the next (3 above 第3页 共5页). A running header is a
 * line whose text (digits aside) stands next to a page number at two page breaks or more; the same
 * line elsewhere (the title on the first page) is kept.
 */
export function findPageFurniture(lines: readonly string[]): PageFurniture {
  const n = lines.length;
  const t = lines.map((l) => l.trim());
  const marked = t.map(isMarkedPageNumber);
  const pageNumber = marked.slice();
  for (let i = 0; i < n; i++) {
    if (marked[i] || !BARE_NUMBER.test(t[i]!)) continue;
    const blankBefore = i === 0 || t[i - 1] === "";
    const blankAfter = i === n - 1 || t[i + 1] === "";
    // (3 above 第3页 共5页 repeats the page's number, 7 above 第8页 ends the page before, 4 below — 3 — opens the
    // next; 142 above — 3 — is a table's last cell.)
    const bare = Number(t[i]);
    if ((blankBefore && blankAfter) || pageNumberNear(marked, t, i + 1, bare, -1) || pageNumberNear(marked, t, i - 1, bare, 1)) pageNumber[i] = true;
  }
  const runningHeader = new Array<boolean>(n).fill(false);
  if (!pageNumber.some(Boolean)) return { pageNumber, runningHeader };
  const nonBlank = (i: number, dir: 1 | -1): number => {
    let j = i + dir;
    while (j >= 0 && j < n && t[j] === "") j += dir;
    return j;
  };
  const atBreak = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const l = t[i]!;
    if (pageNumber[i] || l.length < HEADER_MIN || l.length > HEADER_MAX || l.includes("。")) continue;
    const p = nonBlank(i, -1);
    const q = nonBlank(i, 1);
    if (!((p >= 0 && pageNumber[p]) || (q < n && pageNumber[q]))) continue;
    const key = l.replace(/[0-9０-９\s]/g, "");
    if (key.length < HEADER_MIN) continue;
    const at = atBreak.get(key);
    if (at) at.push(i);
    else atBreak.set(key, [i]);
  }
  for (const at of atBreak.values()) if (at.length >= 2) for (const i of at) runningHeader[i] = true;
  return { pageNumber, runningHeader };
}

/**
 * The blocks of page furniture (with the blank lines around and between them) as [from, to) line
 * ranges: each is a page break.
 */
export function pageBreaks(lines: readonly string[], furniture: PageFurniture): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const isFurniture = (i: number) => furniture.pageNumber[i]! || furniture.runningHeader[i]!;
  for (let i = 0; i < lines.length; i++) {
    if (!isFurniture(i)) continue;
    let from = i;
    while (from > 0 && lines[from - 1]!.trim() === "") from--;
    let to = i + 1;
    for (;;) {
      let j = to;
      while (j < lines.length && lines[j]!.trim() === "") j++;
      if (j < lines.length && isFurniture(j)) to = j + 1;
      else {
        to = j;
        break;
      }
    }
    out.push([from, to]);
    i = to - 1;
  }
  return out;
}

/** A page break cut a sentence: the line before it runs on, and the line after it opens no paragraph. */
/** A table row: three cells or more set apart by tabs or runs of spaces (a cell may hold one space: +2.9 个百分点), one of them a bare number. */
const TABLE_ROW = /^(?=.*(?:^|\s)[0-9][0-9,.%％]*(?:\s|$))\S+(?: \S+)*(?:(?:\t|\s{2,})\S+(?: \S+)*){2,}$/;
/** A row whose cells a copy set apart by single spaces: a short label, then two numbers or more (涧西区 186 11 5.9% 100%). */
export const SPACED_ROW = /^[^\s，。；]{1,20}(?: [-+]?[0-9][0-9,.]*[%％]?){2,}$/;
/** Its header: four short names or more, single spaces apart (县（市、区） 一审收案 败诉数 败诉率). */
export const SPACED_HEADER = /^[\u4e00-\u9fa5（）()、]{1,12}(?: [\u4e00-\u9fa5（）()、%％]{1,12}){3,}$/;

/** A line that is a table's row: it is never a wrapped line of a sentence. */
export function isTableRowLine(line: string): boolean {
  return TABLE_ROW.test(line) || SPACED_ROW.test(line);
}

export function continuesAcrossBreak(before: string, after: string): boolean {
  const a = before.trim();
  const b = after.trim();
  if (a.length === 0 || b.length === 0) return false;
  // 嵩县 41 3 7.3% 97.6% | — 3 — | 注：…: a table's last row at a page's foot ends there.
  if (isTableRowLine(a)) return false;
  // ，直接纠错率14.9%。: no line opens with a comma or a closing mark.
  if (/^[，、；。：）)%％]/.test(b)) return true;
  // A short numbered heading at a page's foot stands alone.
  if (LINE_START_MARKER.test(a) && a.length < 30) return false;
  return a.length >= 10 && !LINE_FINAL.test(a) && !LINE_START_MARKER.test(b) && !/^(?:\u3000|\s{2,})\S/.test(after);
}
