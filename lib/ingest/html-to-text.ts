// HTML page → main-content text with one block per line, plus the facts the page's markup states
// (title, publication date, publishing body, canonical URL). Uses linkedom for the DOM and Mozilla
// Readability for main-content detection; falls back to the whole body when Readability keeps too
// little (many government pages are a single content div with no article markup).

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { SPACED_DIGITS_CELL } from "../extract/table-rows";

export interface HtmlDocument {
  text: string;
  /** Blocks of the page main-content detection left out (menus, sidebars, footers), each with where in `text` it stood. */
  dropped: Array<{ at: number; text: string }>;
  title: string | null;
  date: string | null;
  publisher: string | null;
  siteName: string | null;
  sourceUrl: string | null;
}

/** Elements whose content is never reading text. */
const SKIP = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "head", "select", "option",
  "textarea", "input", "button", "object", "embed", "audio", "video", "map", "frameset", "frame",
]);

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
  "tr", "ul", "caption",
]);

/** Cells are separated by a space on their row's line, so a table row stays one readable line. */
const CELL = new Set(["td", "th"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/**
 * A cell longer than this holds a page's layout (older government sites put the whole article in one
 * <td>), not a datum: its paragraphs and <br> stay lines.
 */
const LAYOUT_CELL_CHARS = 200;

/** Whether a cell holds a page's layout rather than a datum: long text, or a table inside it. */
function isLayoutCell(node: DomNode): boolean {
  return isLongCell(node) || holdsTable(node);
}

function isLongCell(node: DomNode): boolean {
  return (node.textContent ?? "").replace(/\s+/g, "").length > LAYOUT_CELL_CHARS;
}

function holdsTable(node: DomNode): boolean {
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.nodeType === 1 && (k.nodeName.toLowerCase() === "table" || holdsTable(k))) return true;
  }
  return false;
}

/**
 * A text cell longer than this is a page's layout even in a row of figures: no description of a
 * task (推进情况) in a data table runs this long.
 */
const TEXT_CELL_MAX_CHARS = 2000;

/**
 * Walks the DOM and writes text with a line break around every block element. `layoutCells`: a web
 * page may be laid out in a table, so a long cell keeps its lines (a Word document's cells are data).
 */
export function nodeToText(root: DomNode, layoutCells = false): string {
  const parts: string[] = [];
  // Inside a cell, blocks (Word puts a <p> in every cell) separate words, not lines; a layout cell is a block.
  const walk = (node: DomNode, inPre: boolean, inCell = false): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      parts.push(inPre ? t : t.replace(/[ \t\n\r\f\u00a0]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === "br") {
      // Resolved after the walk: a <br> inside a sentence is layout, one between lines a line break.
      parts.push(inCell ? " " : inPre ? "\n" : BR);
      return;
    }
    if (layoutCells && CELL.has(name) && !inCell && isLayoutCell(node)) {
      parts.push("\n");
      const kids = node.childNodes;
      for (let i = 0; i < kids.length; i++) walk(kids[i]!, inPre, false);
      parts.push("\n");
      return;
    }
    if (name === "table" && !inCell && !inPre) {
      const lines = dataTableLines(node);
      if (lines !== null) {
        parts.push("\n", lines.join("\n"), "\n");
        return;
      }
    }
    const cell = CELL.has(name);
    const blockBreak = BLOCK.has(name) ? (inCell ? " " : "\n") : "";
    parts.push(blockBreak);
    if (cell) parts.push(" ");
    const pre = inPre || name === "pre";
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, pre, inCell || cell);
    parts.push(blockBreak);
    if (cell) parts.push(" ");
  };
  walk(root, false);
  return resolveBreaks(parts.join(""))
    .split("\n")
    .map((l) => l.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ""))
    .filter((l) => l !== "")
    .join("\n");
}

/** A <br> before it is resolved (U+2028, which no page text holds once whitespace is collapsed). */
const BR = "\u2028";
/** Text before a <br> that leaves its clause open: 、，： or an opening bracket or quote. */
const OPEN_BEFORE_BR_RE = /[、，,：:（(“‘《]\s*$/;
/** Text after a <br> that goes on with the clause: punctuation, a closing bracket, or a figure. */
// (Not a year: 2024年3月5日 under a signature, 2023年，… opening a paragraph.)
const GOES_ON_AFTER_BR_RE = /^\s*(?:[、，,。；;：:）)”’》%％]|(?![0-9]{4}年)[0-9０-９])/;
/** A line that is a heading (一、…, （二）…, 3. …): the <br> after it ends it whatever follows. */
const HEADING_LINE_RE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[.．、])[^。；]{0,30}$/;

/**
 * 组织执法人员培训2期<br>、培训960人次 / 开展普法活动<br>580余场次: a <br> that falls inside a clause
 * (the text before it left open, or the text after it going on with punctuation or a figure) is an
 * editor's layout and joins; any other <br> is a line break.
 */
function resolveBreaks(text: string): string {
  if (!text.includes(BR)) return text;
  const pieces = text.split(BR);
  let out = pieces[0]!;
  for (let i = 1; i < pieces.length; i++) {
    const lineStart = out.lastIndexOf("\n") + 1;
    const before = out.slice(lineStart);
    const after = pieces[i]!;
    const joins = before.trim() !== "" && !HEADING_LINE_RE.test(before) && (OPEN_BEFORE_BR_RE.test(before) || GOES_ON_AFTER_BR_RE.test(after));
    out += (joins ? "" : "\n") + (joins ? after.replace(/^\s+/, "") : after);
  }
  return out;
}

function elementChildren(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let i = 0; i < node.childNodes.length; i++) if (node.childNodes[i]!.nodeType === 1) out.push(node.childNodes[i]!);
  return out;
}

/** The table's rows in order (through thead, tbody, tfoot), not those of a table nested in a cell. */
function tableRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const k of elementChildren(table)) {
    const name = k.nodeName.toLowerCase();
    if (name === "tr") rows.push(k);
    else if (name === "thead" || name === "tbody" || name === "tfoot") for (const r of elementChildren(k)) if (r.nodeName.toLowerCase() === "tr") rows.push(r);
  }
  return rows;
}

function span(cell: DomNode, attr: string): number {
  const n = Number.parseInt(cell.getAttribute?.(attr) ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** A space between two Han characters, or after a digit before a Han character or a bracket (356 件, 251 （含…）): no gap between words. */
const INNER_SPACE = /(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff0-9])|(?<=[0-9]) +(?=[\u4e00-\u9fff%％（(])/g;

/** A cell's text on one line, with no space inside a word or a number, so the cell never splits in two on its row's line. */
function cellText(cell: DomNode): string {
  const t = nodeToText(cell).replace(/\s+/g, " ").trim();
  // 2 315, 4 7: digits a typesetter spaced out are one number inside one cell.
  return SPACED_DIGITS_CELL.test(t) ? t.replace(/ /g, "") : t.replace(INNER_SPACE, "");
}

/** Spans past these are clamped as browsers do; a grid past this many cells is no data table (read as plain cells). */
const MAX_COLSPAN = 64;
const MAX_GRID_CELLS = 100_000;

/** A cell holding a figure (356, 98.5%, +14.1%, 2,356人), not a year over a column (2023年). */
function isFigureCell(t: string): boolean {
  return /^[+\-−＋－]?[0-9][0-9,.]*[^0-9\s]{0,4}$/.test(t) && !/^(?:19|20)[0-9]{2}年/.test(t);
}

/** One cell placed on the grid: its text, and which cell it is (a spanning cell stands in several places). */
interface GridCell {
  id: number;
  text: string;
}

/**
 * A data table (no table inside it, no cell holding a page's layout) as one line per row, its
 * cells separated by two spaces, on the table's grid: a cell spanning rows stands in every row it
 * covers, so each row has its group's name and every column its header above it (完成情况 over
 * 2022年 2023年). A cell spanning columns is written once, and within a row of figures, after the
 * row's label, its other columns are dashes, so the cells after it keep their columns; a row that is
 * one cell (a title, a note) is one line. A missing or empty cell inside a row is a dash. Null for a
 * layout table or a grid too large: the walk reads it.
 */
function dataTableLines(table: DomNode): string[] | null {
  const rows = tableRows(table);
  if (rows.length === 0) return null;
  // The table's real width: its widest row, counting a span past MAX_COLSPAN (colspan="100000") as one column.
  let width = 0;
  for (const row of rows) {
    let w = 0;
    for (const cell of elementChildren(row)) {
      if (!CELL.has(cell.nodeName.toLowerCase())) continue;
      const n = span(cell, "colspan");
      w += n > MAX_COLSPAN ? 1 : n;
    }
    width = Math.max(width, w);
  }
  if (width === 0 || rows.length * width > MAX_GRID_CELLS) return null;
  const grid: Array<Array<GridCell | undefined>> = rows.map(() => []);
  let id = 0;
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r]!;
    let c = 0;
    const rowCells = elementChildren(rows[r]!).filter((cell) => CELL.has(cell.nodeName.toLowerCase()));
    const texts = rowCells.map(cellText);
    const long = rowCells.map(isLongCell);
    // 规范性文件合法性审核 | 严格落实…（a long account of the work） | 48: a long text cell in a row with a
    // figure describes that row's work; one in a row without (a whole article in a <td>) is the page's layout.
    const rowHasFigure = texts.some((t, k) => !long[k] && isFigureCell(t));
    for (let k = 0; k < rowCells.length; k++) {
      const cell = rowCells[k]!;
      if (holdsTable(cell)) return null;
      if (long[k] && (!rowHasFigure || (cell.textContent ?? "").length > TEXT_CELL_MAX_CHARS)) return null;
      while (c < width && line[c] !== undefined) c++;
      // No room left in the row (rowspans that push cells past the table's width): no grid a reader can trust.
      if (c >= width) return null;
      const placed: GridCell = { id: id++, text: texts[k]! };
      const colspan = Math.min(span(cell, "colspan"), width - c);
      // A title across the table's width (colspan="100000" rowspan="99999") covers its own row only.
      const rowspan = colspan === width ? 1 : Math.min(span(cell, "rowspan"), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = placed;
      c += colspan;
    }
  }
  const lines: string[] = [];
  // 表2 2023年各街道人民调解情况（单位：件）: the caption names the table and often its unit.
  for (const k of elementChildren(table)) if (k.nodeName.toLowerCase() === "caption") lines.push(nodeToText(k).replace(/\s+/g, " ").trim());
  for (const cells of grid) {
    // (A row shorter than the table has no cells past its end: read as undefined, written as dashes.)
    const distinct = new Set(cells.filter((g) => g !== undefined).map((g) => g!.id));
    if (distinct.size === 0) continue;
    const only = cells.find((g) => g !== undefined)!;
    if (distinct.size === 1) {
      if (only.text !== "") lines.push(only.text);
      continue;
    }
    const figures = cells.some((g) => g !== undefined && isFigureCell(g.text));
    const out: string[] = [];
    let label = true;
    for (let k = 0; k < width; k++) {
      const g = cells[k];
      const copy = g !== undefined && k > 0 && cells[k - 1]?.id === g.id;
      if (g !== undefined && isFigureCell(g.text)) label = false;
      if (copy && (label || !figures)) {
        // A header's group cell (完成情况 over two years) stands over each column it spans; a row label written once.
        if (!figures) out.push(g.text === "" ? "—" : g.text);
        continue;
      }
      out.push(g === undefined || g.text === "" || copy ? "—" : g.text);
    }
    // A blank corner of a header row (over a column of labels) is no column.
    while (out.length > 0 && out[0] === "—" && !figures) out.shift();
    lines.push(out.join("  "));
  }
  return lines;
}

type Doc = ReturnType<typeof parseHTML>["document"];

/** Whether a fragment's text lies inside one data table of the page (and is not all of it). */
function withinDataTable(document: Doc, fragment: DomNode): boolean {
  const plain = (fragment.textContent ?? "").replace(/\s+/g, "");
  if (plain === "") return false;
  for (const table of Array.from(document.querySelectorAll("table")) as unknown as DomNode[]) {
    const tableText = (table.textContent ?? "").replace(/\s+/g, "");
    if (tableText.length > plain.length && tableText.includes(plain) && dataTableLines(table) !== null) return true;
  }
  return false;
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const lower = n.toLowerCase();
    for (const el of Array.from(doc.querySelectorAll("meta"))) {
      const key = (el.getAttribute("name") ?? el.getAttribute("property") ?? el.getAttribute("itemprop") ?? el.getAttribute("http-equiv") ?? "").toLowerCase();
      if (key === lower) {
        const v = (el.getAttribute("content") ?? "").trim();
        if (v) return v;
      }
    }
  }
  return null;
}

/** Parses the date formats pages use (2024-01-18 14:51, 2024/1/18, 2024年1月18日, 20240118, ISO). */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s) ?? /\b((?:19|20)\d{2})(\d{2})(\d{2})\b/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Splits a <title> like "文章标题_威海市人民政府" or "标题 - 站点" and keeps the article part. */
/** A site's name after a bare dash (…报告-莱西市人民政府): a government body or a web site. */
const SITE_TAIL_AFTER_DASH = /[-–—]+([\u4e00-\u9fa5]{2,20}(?:人民政府|政府|门户网站|政府网|网站|网|司法局|局|厅|委员会|办公室))$/;

/** A <title>'s parts: the article's title and the site's name(s), split at | _ " - " -- and a bare dash before a site name. */
function titleParts(title: string): string[] {
  const tail = SITE_TAIL_AFTER_DASH.exec(title);
  const t = tail ? `${title.slice(0, tail.index)} - ${tail[1]}` : title;
  return t.split(/\s*(?:[|｜]|_{1,2}|\s[-–—]\s|--)\s*/).filter((p) => p.trim() !== "");
}

function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = titleParts(title);
  if (parts.length <= 1) return (parts[0] ?? title).trim();
  const kept = parts.filter((p) => !siteName || !siteName.includes(p.trim()));
  const best = (kept.length ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
  return best.trim();
}

/** Info lines pages place between the title and the body: kept so metadata can read them. */
const INFO_LINE = /(?:发布日期|发布时间|发文日期|成文日期|时间|日期|来源|文章来源|信息来源|发布机构|发布单位|作者|浏览次数|访问次数)\s*[:：]/;

/** The site's own name in a <title> (文章标题_鼓楼区人民政府门户网站): a part other than the first that names a site or a body. */
const SITE_NAME_PART = /(?:人民政府|政府|门户网站|政府网|政务网|网站|司法局)$/;
function siteNameFromTitle(title: string | null): string | null {
  if (!title) return null;
  return titleParts(title).slice(1).find((p) => SITE_NAME_PART.test(p.trim()))?.trim() ?? null;
}

export function htmlToDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const titleTag = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const siteName = meta(document, "og:site_name", "SiteName", "application-name") ?? siteNameFromTitle(titleTag);
  const ogTitle = meta(document, "ArticleTitle", "og:title", "twitter:title", "title");
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const date =
    toIsoDate(meta(document, "article:published_time", "PubDate", "pubdate", "publishdate", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "date", "firstpublishedtime", "og:published_time", "datePublished")) ??
    toIsoDate(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null) ??
    // A WeChat public-account article prints its publish time in #publish_time.
    toIsoDate(document.querySelector("#publish_time")?.textContent?.trim() || null);
  const publisher = meta(document, "ContentSource", "article:publisher", "dc.publisher", "publisher", "source", "author");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const sourceUrl =
    (canonical && /^https?:\/\//i.test(canonical) ? canonical : null) ??
    meta(document, "og:url", "Url") ??
    (meta(document, "SiteDomain") ? `http://${meta(document, "SiteDomain")!.replace(/^https?:\/\//i, "")}` : null);

  // Scripts and styles first, so neither the fallback text nor Readability can pick them up.
  for (const el of Array.from(document.querySelectorAll("script,style,noscript,template,iframe"))) el.remove();
  const body = document.body ?? document.documentElement;
  const bodyText = body ? nodeToText(body as unknown as DomNode, true) : "";

  let mainText = "";
  let readabilityTitle: string | null = null;
  try {
    const clone = parseHTML(document.toString()).document;
    const article = new Readability(clone as unknown as Document, {
      charThreshold: 100,
      serializer: (node: Node) => node,
    }).parse();
    // Readability scores a long text cell like a paragraph, and may keep only that cell's row of a
    // data table (规范性文件合法性审核 | 严格落实…（300 characters） | 48): a part of a data table is
    // no article, and the page's body is read instead.
    if (article?.content && !withinDataTable(document, article.content as unknown as DomNode)) mainText = nodeToText(article.content as unknown as DomNode, true);
    readabilityTitle = article?.title?.trim() || null;
  } catch {
    mainText = "";
  }
  // Readability sometimes keeps only a fragment of a government page; the body (cleaned later) is
  // then the better source.
  const useMain = mainText.length >= 200 || (bodyText.length > 0 && mainText.length >= bodyText.length * 0.5);
  let text = useMain ? mainText : bodyText;

  // <h1>宿州市数据资源管理局</h1> in the page's header: the site's name, not the article's title.
  const h1IsSite = h1 !== null && ((siteName !== null && h1 === siteName.trim()) || (titleTag !== null && titleParts(titleTag).slice(1).some((p) => p.trim() === h1)));
  let title = h1 && h1.length <= 100 && !h1IsSite ? h1 : null;
  if (!title && ogTitle) title = stripSiteSuffix(ogTitle, siteName);
  if (!title && titleTag) title = stripSiteSuffix(titleTag, siteName);
  if (!title && readabilityTitle) title = readabilityTitle;

  if (useMain) {
    // Readability drops the heading and the date/source line; put them back at the top so the
    // text reads like the page and metadata detection can see them (cleaning removes the info line).
    const head: string[] = [];
    const first = text.slice(0, 300);
    if (title && !first.includes(title)) head.push(title);
    const bodyLines = bodyText.split("\n");
    const titleIdx = title ? bodyLines.findIndex((l) => l.includes(title!)) : -1;
    const window = titleIdx >= 0 ? bodyLines.slice(titleIdx + 1, titleIdx + 6) : bodyLines.slice(0, 40);
    for (const l of window) {
      if (l.length <= 120 && INFO_LINE.test(l) && !text.includes(l)) head.push(l);
    }
    if (head.length) text = head.join("\n") + "\n" + text;
  }
  return { text, dropped: useMain ? droppedBlocks(bodyText, text) : [], title, date, publisher, siteName, sourceUrl };
}

/** The shortest page line found inside an article's line that counts as kept (a menu item of 4 characters may occur anywhere). */
const KEPT_INSIDE_MIN = 8;
/** How far ahead a page's line is looked for among the article's lines (a sidebar or a related list in between). */
const DROPPED_LOOKAHEAD = 80;

/**
 * The page's lines that main-content detection left out of the article, runs of them joined, each at the
 * place in the article's text where it stood (so the cleaning report can show that nothing real was lost).
 */
function droppedBlocks(bodyText: string, article: string): Array<{ at: number; text: string }> {
  const lines = article.split("\n");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const out: Array<{ at: number; text: string }> = [];
  let run: string[] = [];
  let j = 0;
  /** The article without its line breaks and spaces, made when first needed. */
  let flat: string | undefined;
  for (const raw of bodyText.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    let k = j;
    while (k < lines.length && k - j < DROPPED_LOOKAHEAD && lines[k]!.trim() !== line) k++;
    if (k < lines.length && k - j < DROPPED_LOOKAHEAD) {
      if (run.length > 0) out.push({ at: starts[k]!, text: run.join("\n") });
      run = [];
      j = k + 1;
    } else if (line.length >= KEPT_INSIDE_MIN && (flat ??= article.replace(/\s+/g, "")).includes(line.replace(/\s+/g, ""))) {
      // A table-layout page's line the article split or joined otherwise (at a <br>, a cell apart): kept, not dropped.
      continue;
    } else run.push(line);
  }
  if (run.length > 0) out.push({ at: article.length, text: run.join("\n") });
  return out;
}

/** A Word document's body as HTML (mammoth) → text, one paragraph or table row per line. No main-content detection: all of it is the document. */
export function wordHtmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeToText((document.body ?? document.documentElement) as unknown as DomNode);
}
