import type { MetricView, SectionView } from "@/lib/api/schemas";
import type { SearchHit } from "@/lib/api/schemas";
import { nameOf, type Lang } from "@/lib/i18n/lang";
import { TEXT_CELL_ROW_RE } from "@/lib/extract/table-rows";

interface PillarColor {
  id: string;
  color: string;
  nameZh: string;
  nameEn: string;
}

interface Props {
  text: string;
  sections: SectionView[];
  metrics: MetricView[];
  pillars: PillarColor[];
  /** Only this pillar's figures are highlighted; the others keep their anchors but no colour. */
  pillarFilter: string | null;
  searchHits: SearchHit[];
  lang: Lang;
}

interface Decorations {
  metrics: MetricView[];
  hits: SearchHit[];
  bold: [number, number] | null;
}

/**
 * The cleaned text as paragraphs and headings, each block tagged with its character range
 * (data-start/data-end) so the client can map a metric's sentence range back to the DOM. The
 * rendered characters are exactly the cleaned text's, so offsets stay valid.
 */
export function ReportText({ text, sections, metrics, pillars, pillarFilter, searchHits, lang }: Props) {
  const colorOf = new Map(pillars.map((p) => [p.id, p]));
  // Figures must not overlap to be marked; keep the first of any overlapping pair.
  const marks: MetricView[] = [];
  for (const m of [...metrics].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = marks[marks.length - 1];
    if (!last || m.start >= last.end) marks.push(m);
  }
  const hits = searchHits.filter((h) => !marks.some((m) => h.start < m.end && m.start < h.end));
  const headingAt = new Map(sections.map((s) => [s.start, s]));

  const blocks: React.ReactNode[] = [];
  const lines = text.split("\n");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  /** A table row a section starts at (the segmenter may take a short header row for a heading) keeps its anchor. */
  const sectionOf = (start: number) => {
    const section = headingAt.get(start);
    return section ? `sec-${section.order}` : null;
  };
  /** Cell ranges of each line that is a table row, else null. */
  const rowCells = lines.map((line, i) => tableRowCells(line, starts[i]!));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const from = starts[i]!;
    const to = from + line.length;
    if (line.trim() === "") continue;
    // A run of two or more table rows (cells set apart by two spaces or |): a table, each cell its own block.
    if (rowCells[i] !== null && (rowCells[i + 1] ?? null) !== null && (i === 0 || rowCells[i - 1] === null)) {
      let j = i;
      while (j < lines.length && rowCells[j] !== null) j++;
      const tableRows = rowCells.slice(i, j) as Array<Array<[number, number]>>;
      blocks.push(
        <div key={`t${from}`} className="mb-4 overflow-x-auto">
          <table className="border-collapse font-sans text-[14px] leading-6">
            <tbody>
              {tableRows.map((cells, r) =>
                RULE_ROW_RE.test(text.slice(cells[0]![0], cells[cells.length - 1]![1])) ? null : (
                  <tr key={cells[0]![0]} id={sectionOf(cells[0]![0]) ?? undefined} className={r === 0 ? "font-semibold" : undefined}>
                    {cells.map(([s, e]) => {
                      const inCell = (a: number, b: number) => a < e && b > s;
                      const deco: Decorations = { metrics: marks.filter((m) => inCell(m.start, m.end)), hits: hits.filter((h) => inCell(h.start, h.end)), bold: null };
                      return (
                        <td key={s} data-start={s} data-end={e} className="min-w-[5em] border border-rule px-2 py-1 align-top">
                          {renderRange(text, s, e, deco, { colorOf, pillarFilter, lang })}
                        </td>
                      );
                    })}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>,
      );
      i = j - 1;
      continue;
    }
    // Leading whitespace does not start a section; find the first non-space character.
    const firstChar = from + (line.length - line.trimStart().length);
    const section = headingAt.get(firstChar) ?? headingAt.get(from);
    const inRange = (s: number, e: number) => s < to && e > from;
    const deco: Decorations = {
      metrics: marks.filter((m) => inRange(m.start, m.end)),
      hits: hits.filter((h) => inRange(h.start, h.end)),
      bold: null,
    };
    const content = (bold: [number, number] | null) =>
      renderRange(text, from, to, { ...deco, bold }, { colorOf, pillarFilter, lang });
    if (section && line.trim() === section.heading.trim()) {
      const Tag = section.level <= 1 ? "h2" : section.level === 2 ? "h3" : "h4";
      const size = section.level <= 1 ? "text-lg mt-8" : section.level === 2 ? "text-base mt-6" : "text-base mt-4";
      blocks.push(
        <Tag key={from} id={`sec-${section.order}`} data-start={from} data-end={to} className={`section-heading mb-2 font-semibold ${size}`}>
          {content(null)}
        </Tag>,
      );
    } else {
      const bold: [number, number] | null = section && text.startsWith(section.heading, firstChar) ? [firstChar, firstChar + section.heading.length] : null;
      blocks.push(
        <p key={from} id={section ? `sec-${section.order}` : undefined} data-start={from} data-end={to} className="section-heading mb-3 text-justify indent-8 leading-8">
          {content(bold)}
        </p>,
      );
    }
  }
  return (
    <div className="report-text font-serif text-[17px]" data-testid="report-text">
      {blocks}
    </div>
  );
}

/** A Markdown rule row (|---|:---:|). */
const RULE_ROW_RE = /^[\s|｜:\-—]+$/;
/** A table row with a cell of prose longer than this is read as prose. */
const TEXT_ROW_MAX = 1000;
/** Sentence punctuation: a line with it is prose, whatever its spaces. */
const PROSE_RE = /[。；！？]/;

/**
 * The cells of a line laid out as a table row, as ranges of the text: cells set apart by two or more
 * spaces (a web page's or a Word table's row) or by | (a ruled table); null for any other line.
 */
function tableRowCells(line: string, from: number): Array<[number, number]> | null {
  // A row whose cell describes the work in prose (… 。  48) is still a row.
  if ((line.length > 240 || PROSE_RE.test(line)) && !(line.length <= TEXT_ROW_MAX && TEXT_CELL_ROW_RE.test(line))) return null;
  const ruled = /[|｜]/.test(line);
  const gap = ruled ? /\s*[|｜]\s*/g : / {2,}|\t+/g;
  const cells: Array<[number, number]> = [];
  let at = 0;
  for (const m of line.matchAll(gap)) {
    if (m.index! > at) cells.push([from + at, from + m.index!]);
    at = m.index! + m[0].length;
  }
  if (at < line.length) cells.push([from + at, from + line.length]);
  // Leading spaces of an indented line are no cell.
  const trimmed = cells.filter(([s, e]) => line.slice(s - from, e - from).trim() !== "");
  return trimmed.length >= 2 ? trimmed : null;
}

function renderRange(
  text: string,
  from: number,
  to: number,
  deco: Decorations,
  ctx: { colorOf: Map<string, PillarColor>; pillarFilter: string | null; lang: Lang },
): React.ReactNode[] {
  const points = new Set([from, to]);
  for (const m of deco.metrics) [m.start, m.end].forEach((p) => p > from && p < to && points.add(p));
  for (const h of deco.hits) [h.start, h.end].forEach((p) => p > from && p < to && points.add(p));
  if (deco.bold) deco.bold.forEach((p) => p > from && p < to && points.add(p));
  const cuts = [...points].sort((a, b) => a - b);

  const out: React.ReactNode[] = [];
  let metricChildren: React.ReactNode[] = [];
  let openMetric: MetricView | null = null;
  const flushMetric = () => {
    if (!openMetric) return;
    const m = openMetric;
    const pillar = ctx.colorOf.get(m.pillarId);
    const label = [m.indicator ? nameOf(m.indicator, ctx.lang) : m.subject, pillar ? nameOf(pillar, ctx.lang) : m.pillarId].join(" · ");
    const dimmed = ctx.pillarFilter !== null && m.pillarId !== ctx.pillarFilter;
    out.push(
      dimmed ? (
        <span key={`m${m.id}`} id={`m-${m.id}`} data-metric-id={m.id} className="metric-dim">
          {metricChildren}
        </span>
      ) : (
        <a
          key={`m${m.id}`}
          id={`m-${m.id}`}
          href={`#p-${m.id}`}
          data-metric-id={m.id}
          data-pillar={m.pillarId}
          data-quote-start={m.quoteStart}
          data-quote-end={m.quoteEnd}
          title={label}
          className="metric-mark"
          style={{ "--pillar": pillar?.color ?? "#52525b" } as React.CSSProperties}
        >
          {metricChildren}
        </a>
      ),
    );
    metricChildren = [];
    openMetric = null;
  };

  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = text.slice(a, b);
    const metric = deco.metrics.find((m) => m.start <= a && a < m.end) ?? null;
    const hit = deco.hits.find((h) => h.start <= a && a < h.end) ?? null;
    const bold = deco.bold !== null && deco.bold[0] <= a && a < deco.bold[1];
    let node: React.ReactNode = piece;
    if (hit) node = (
      <mark key={`h${a}`} id={hit.start === a ? `c-${hit.start}` : undefined} className="search-mark">
        {node}
      </mark>
    );
    if (bold) node = <strong key={`b${a}`}>{node}</strong>;
    if (metric !== openMetric) flushMetric();
    if (metric) {
      openMetric = metric;
      metricChildren.push(node);
    } else out.push(node);
  }
  flushMetric();
  return out;
}
