// Renders an export dataset as a self-contained SVG chart: horizontal grouped bars (one panel per
// indicator, small multiples for a pillar), title, legend, units, each bar's report year, the
// comparability marks, notes and the source line, with a subset of the CJK font embedded so the
// file shows the same text anywhere (and resvg can rasterise it to PNG without system fonts). The
// subset holds exactly the characters drawn, Latin as well as Chinese, in either language.
import { unitName } from "@/lib/i18n/format";
import {
  barAnnotation,
  pillarColor,
  seriesKeys,
  sourceLine,
  valueLabel,
  type ComparabilityFlag,
  type ExportBar,
  type ExportDataset,
  type ExportPanel,
} from "./export-dataset";
import { exportText, type ExportText } from "./export-text";
import { subsetFont, type FontSubset } from "./font-subset";
import { textWidth, truncate, wrap } from "./text-measure";
import type { ChartSize } from "./export-urls";

export const CHART_DIMENSIONS: Record<ChartSize, { width: number; height: number }> = {
  "16x9": { width: 1280, height: 720 },
  "4x3": { width: 1024, height: 768 },
  square: { width: 1080, height: 1080 },
};

/** The font stack: the embedded subset first, then what PowerPoint/WPS/Windows/Linux machines have. */
export const EMBEDDED_FAMILY = "FazhiExportSans";
export const FONT_STACK = `${EMBEDDED_FAMILY}, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

const SERIES_PALETTE = ["#2563a8", "#c2600c", "#0f766e", "#7c3aad", "#b91c1c", "#52525b", "#a16207", "#be185d"];
const INK = "#18181b";
const MUTED = "#52525b";
const FAINT = "#a1a1aa";
const GRID = "#e4e4e7";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Collects drawing commands and the characters used per weight, for the font subset. */
class Canvas {
  readonly parts: string[] = [];
  regular = "";
  bold = "";
  text(x: number, y: number, content: string, size: number, options: { bold?: boolean; fill?: string; anchor?: "start" | "middle" | "end"; italic?: boolean } = {}): void {
    if (!content) return;
    if (options.bold) this.bold += content;
    else this.regular += content;
    const attrs = [
      `x="${r(x)}"`,
      `y="${r(y)}"`,
      `font-size="${r(size)}"`,
      options.bold ? `font-weight="700"` : "",
      options.italic ? `font-style="italic"` : "",
      options.fill && options.fill !== INK ? `fill="${options.fill}"` : "",
      options.anchor && options.anchor !== "start" ? `text-anchor="${options.anchor}"` : "",
    ]
      .filter(Boolean)
      .join(" ");
    this.parts.push(`<text ${attrs}>${escapeXml(content)}</text>`);
  }
  raw(markup: string): void {
    this.parts.push(markup);
  }
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A "nice" axis maximum and tick step for 0..max. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return { max: Math.ceil(max / step) * step, step };
}

/** An axis tick: from 10,000 up in the largest scale of the language it reaches (1.2万, 3亿; 12k, 1.2M, 3bn), to one decimal. */
export function formatTick(value: number, text: ExportText): string {
  const scale = Math.abs(value) >= 10000 ? text.tickScales.find((s) => Math.abs(value) >= s.factor) : undefined;
  if (scale) return `${Math.round((value / scale.factor) * 10) / 10}${scale.word}`;
  return String(Math.round(value * 100) / 100);
}

interface Layout {
  width: number;
  height: number;
  pad: number;
  k: number; // font scale relative to a 1280-wide canvas
}

export interface SvgChartOptions {
  size?: ChartSize;
  /** Embed the font subset (default true). Off only for measuring layout. */
  embedFont?: boolean;
}

export interface SvgChart {
  svg: string;
  width: number;
  height: number;
  fonts: FontSubset[];
}

function usedFlags(dataset: ExportDataset, text: ExportText): ComparabilityFlag[] {
  const flags = new Set<ComparabilityFlag>();
  for (const panel of dataset.panels) for (const c of panel.categories) for (const b of c.bars) b.flags.forEach((f) => flags.add(f));
  return (Object.keys(text.flags) as ComparabilityFlag[]).filter((f) => flags.has(f));
}

/** Whether a bar is missing because the report is silent (未披露) or because no report is loaded (无该年报告). */
function hasMissing(dataset: ExportDataset, noReport: boolean): boolean {
  return dataset.panels.some((p) => p.categories.some((c) => c.bars.some((b) => b.value === null && (b.noReport === true) === noReport)));
}

function barColor(dataset: ExportDataset, panel: ExportPanel, bar: ExportBar, keys: string[]): string {
  if (keys.length <= 1) return pillarColor(panel.indicator.pillarId);
  return SERIES_PALETTE[keys.indexOf(bar.series) % SERIES_PALETTE.length]!;
}

export async function renderSvgChart(dataset: ExportDataset, options: SvgChartOptions = {}): Promise<SvgChart> {
  const { width, height } = CHART_DIMENSIONS[options.size ?? "16x9"];
  const layout: Layout = { width, height, pad: Math.round(Math.min(width, height) * 0.04), k: Math.max(0.8, Math.min(width, 1280) / 1280) };
  const canvas = new Canvas();
  const text = exportText(dataset.lang);
  const keys = seriesKeys(dataset);
  const { pad, k } = layout;
  const innerW = width - 2 * pad;

  // Header: title (up to two lines), subtitle.
  let y = pad;
  const titleSize = 26 * k;
  for (const line of wrap(dataset.title, innerW, titleSize, 2, true)) {
    y += titleSize * 1.15;
    canvas.text(pad, y, line, titleSize, { bold: true });
  }
  const subSize = 15 * k;
  y += subSize * 1.6;
  canvas.text(pad, y, dataset.subtitle, subSize, { fill: MUTED });

  // Legend: series colours, the hatch for marked bars, the 未披露 placeholder, the marks' meanings.
  const legendSize = 13 * k;
  y += legendSize * 1.2;
  const legendItems: { swatch: "fill" | "hatch" | "missing"; color: string; label: string }[] = [];
  if (keys.length > 1) keys.forEach((key, i) => legendItems.push({ swatch: "fill", color: SERIES_PALETTE[i % SERIES_PALETTE.length]!, label: key ? text.year(key) : text.legendValue }));
  else if (dataset.panels.length > 0) {
    const pillarIds = [...new Set(dataset.panels.map((p) => p.indicator.pillarId))];
    pillarIds.forEach((id) => legendItems.push({ swatch: "fill", color: pillarColor(id), label: text.legendDisclosed }));
    if (pillarIds.length > 1) legendItems.splice(1);
  }
  const flags = usedFlags(dataset, text);
  if (flags.length) legendItems.push({ swatch: "hatch", color: MUTED, label: text.legendHatched(flags.map((f) => text.flagMeaning(text.flags[f].short, text.flags[f].long))) });
  if (hasMissing(dataset, false)) legendItems.push({ swatch: "missing", color: FAINT, label: text.legendNotDisclosed });
  if (hasMissing(dataset, true)) legendItems.push({ swatch: "missing", color: FAINT, label: text.legendNoReport });
  let x = pad;
  const sw = legendSize;
  for (const item of legendItems) {
    const label = truncate(item.label, innerW - sw * 1.5, legendSize);
    const itemW = sw * 1.5 + textWidth(label, legendSize) + legendSize * 1.5;
    if (x > pad && x + itemW > width - pad) {
      x = pad;
      y += legendSize * 1.6;
    }
    const top = y - sw * 0.85;
    if (item.swatch === "fill") canvas.raw(`<rect x="${r(x)}" y="${r(top)}" width="${r(sw)}" height="${r(sw)}" fill="${item.color}"/>`);
    if (item.swatch === "hatch") canvas.raw(`<rect x="${r(x)}" y="${r(top)}" width="${r(sw)}" height="${r(sw)}" fill="#d4d4d8"/><rect x="${r(x)}" y="${r(top)}" width="${r(sw)}" height="${r(sw)}" fill="url(#hatch)"/>`);
    if (item.swatch === "missing") canvas.raw(`<rect x="${r(x + 0.5)}" y="${r(top + 0.5)}" width="${r(sw - 1)}" height="${r(sw - 1)}" fill="none" stroke="${FAINT}" stroke-dasharray="2 2"/>`);
    canvas.text(x + sw * 1.5, y, label, legendSize, { fill: MUTED });
    x += itemW;
  }

  // Footer (measured first, drawn at the bottom): notes, then the source line.
  const footSize = 12 * k;
  const notes = [...new Set(dataset.panels.flatMap((p) => p.notes))];
  const noteLines = notes.length ? wrap(text.notes(notes), innerW, footSize, 2) : [];
  const src = sourceLine(dataset);
  const sourceLines = wrap(src.sources, innerW, footSize, 3);
  const footLines = [...noteLines.map((l) => ({ l, fill: MUTED })), ...sourceLines.map((l) => ({ l, fill: MUTED })), { l: src.generated, fill: FAINT }];
  const footTop = height - pad - footLines.length * footSize * 1.45;
  footLines.forEach((line, i) => canvas.text(pad, footTop + (i + 1) * footSize * 1.45 - footSize * 0.3, line.l, footSize, { fill: line.fill }));
  canvas.raw(`<line x1="${pad}" y1="${r(footTop - footSize * 0.2)}" x2="${width - pad}" y2="${r(footTop - footSize * 0.2)}" stroke="${GRID}"/>`);

  // Body: a grid of panels.
  const bodyTop = y + legendSize * 1.4;
  const bodyBottom = footTop - footSize * 1.2;
  drawPanels(canvas, dataset, text, keys, { x: pad, y: bodyTop, w: innerW, h: Math.max(40, bodyBottom - bodyTop) }, k);

  const fonts: FontSubset[] = [];
  if (options.embedFont !== false) {
    fonts.push(await subsetFont(canvas.regular + text.notDisclosed + text.noReport, "regular"));
    if (canvas.bold) fonts.push(await subsetFont(canvas.bold, "bold"));
  }
  const fontFaces = fonts
    .map(
      (f) =>
        `@font-face{font-family:${EMBEDDED_FAMILY};font-weight:${f.weight === "bold" ? 700 : 400};src:url(data:font/${f.format === "opentype" ? "otf" : "ttf"};base64,${Buffer.from(f.bytes).toString("base64")}) format("${f.format}");}`,
    )
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(dataset.title)}">` +
    `<title>${escapeXml(dataset.title)}</title>` +
    `<desc>${escapeXml(`${src.sources} ${src.generated}`)}</desc>` +
    `<defs><style>${fontFaces}</style>` +
    `<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2.2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern></defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<g font-family="${FONT_STACK}" fill="${INK}">${canvas.parts.join("")}</g></svg>`;
  return { svg, width, height, fonts };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function chooseColumns(n: number, box: Box, rowsPerPanel: number): number {
  let best = 1;
  let bestScore = -Infinity;
  for (let cols = 1; cols <= Math.min(n, 8); cols++) {
    const rows = Math.ceil(n / cols);
    const pw = box.w / cols;
    const ph = box.h / rows;
    // Wide enough for labels and bars, tall enough for each bar; the weaker side decides.
    const score = Math.min(pw / 380, ph / (34 + rowsPerPanel * 20));
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = cols;
    }
  }
  return best;
}

function drawPanels(canvas: Canvas, dataset: ExportDataset, text: ExportText, keys: string[], box: Box, k: number): void {
  const n = dataset.panels.length;
  if (n === 0) {
    canvas.text(box.x + box.w / 2, box.y + box.h / 2, text.noIndicators, 18 * k, { fill: MUTED, anchor: "middle" });
    return;
  }
  const rowsPerPanel = Math.max(...dataset.panels.map((p) => p.categories.reduce((sum, c) => sum + Math.max(1, c.bars.length), 0)));
  const cols = chooseColumns(n, box, rowsPerPanel);
  const rows = Math.ceil(n / cols);
  const gapX = 28 * k;
  const gapY = 14 * k;
  const pw = (box.w - gapX * (cols - 1)) / cols;
  const ph = (box.h - gapY * (rows - 1)) / rows;
  dataset.panels.forEach((panel, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    drawPanel(canvas, dataset, text, panel, keys, { x: box.x + col * (pw + gapX), y: box.y + row * (ph + gapY), w: pw, h: ph }, k);
  });
}

function drawPanel(canvas: Canvas, dataset: ExportDataset, text: ExportText, panel: ExportPanel, keys: string[], box: Box, k: number): void {
  const barRows = panel.categories.reduce((sum, c) => sum + Math.max(1, c.bars.length), 0);
  const titleSize = Math.max(7, Math.min(16 * k, box.h / 7, box.w / 16));
  const axisSize = Math.max(6, Math.min(11 * k, titleSize * 0.8));
  const titleH = titleSize * 1.5;
  const axisH = axisSize * 1.8;
  const plotH = Math.max(8, box.h - titleH - axisH);
  const categoryGap = panel.categories.length > 1 ? 0.3 : 0;
  const unitH = plotH / (barRows + categoryGap * panel.categories.length);
  const barH = unitH * 0.78;
  const labelSize = Math.max(6, Math.min(14 * k, unitH * 0.72, box.w / 18));
  const valueSize = Math.max(6, Math.min(13 * k, unitH * 0.68));

  const { lang } = dataset;
  const title = text.panelTitle(panel.indicator.name, unitName(panel.indicator.unit, lang));
  canvas.text(box.x, box.y + titleSize, truncate(title, box.w, titleSize, true), titleSize, { bold: true });

  const labelW = Math.min(box.w * 0.3, Math.max(...panel.categories.map((c) => textWidth(c.label, labelSize))) + labelSize * 0.6);
  const annotations = panel.categories.flatMap((c) => c.bars.map((b) => `${valueLabel(b, panel.indicator.unit, lang)} ${barAnnotation(b, lang)}`));
  const valueW = Math.min(box.w * 0.42, Math.max(...annotations.map((a) => textWidth(a, valueSize))) + valueSize);
  const plotX = box.x + labelW;
  const plotW = Math.max(10, box.w - labelW - valueW);
  const top = box.y + titleH;

  const values = panel.categories.flatMap((c) => c.bars.map((b) => b.value)).filter((v): v is number => v !== null);
  const minValue = Math.min(0, ...values);
  const maxValue = Math.max(0, ...values);
  const scale = niceScale(Math.max(maxValue, -minValue));
  const negative = minValue < 0;
  const domainMin = negative ? -scale.max : 0;
  const xOf = (v: number) => plotX + ((v - domainMin) / (scale.max - domainMin)) * plotW;

  // Grid and ticks.
  for (let t = domainMin; t <= scale.max + 1e-9; t += scale.step) {
    const gx = xOf(t);
    canvas.raw(`<line x1="${r(gx)}" y1="${r(top)}" x2="${r(gx)}" y2="${r(top + plotH)}" stroke="${t === 0 ? FAINT : GRID}" stroke-width="${t === 0 ? 1 : 0.8}"/>`);
    canvas.text(gx, top + plotH + axisSize * 1.3, formatTick(t, text), axisSize, { fill: FAINT, anchor: "middle" });
  }

  let cursor = top + unitH * categoryGap * 0.5;
  for (const category of panel.categories) {
    const bars = category.bars.length ? category.bars : [];
    const groupH = Math.max(1, bars.length) * unitH;
    canvas.text(plotX - labelSize * 0.4, cursor + groupH / 2 + labelSize * 0.35, truncate(category.label, labelW - labelSize * 0.4, labelSize), labelSize, { anchor: "end" });
    bars.forEach((bar, j) => {
      const by = cursor + j * unitH + (unitH - barH) / 2;
      const label = valueLabel(bar, panel.indicator.unit, lang);
      const note = barAnnotation(bar, lang);
      const textY = by + barH / 2 + valueSize * 0.35;
      if (bar.value === null) {
        // Not disclosed: an empty dashed slot and the words, never a zero-length bar that reads as 0.
        const slotW = Math.min(plotW * 0.25, textWidth(label, valueSize) + valueSize * 1.2);
        canvas.raw(`<rect x="${r(xOf(0) + 0.5)}" y="${r(by)}" width="${r(slotW)}" height="${r(barH)}" fill="none" stroke="${FAINT}" stroke-dasharray="3 2"/>`);
        canvas.text(xOf(0) + slotW / 2, textY, label, valueSize, { fill: MUTED, anchor: "middle" });
        if (keys.length > 1 && bar.series) canvas.text(xOf(0) + slotW + valueSize * 0.4, textY, text.year(bar.series), valueSize, { fill: FAINT });
        return;
      }
      const x0 = xOf(Math.min(0, bar.value));
      const x1 = xOf(Math.max(0, bar.value));
      const color = barColor(dataset, panel, bar, keys);
      canvas.raw(`<rect x="${r(x0)}" y="${r(by)}" width="${r(Math.max(1, x1 - x0))}" height="${r(barH)}" fill="${color}"/>`);
      if (bar.flags.length) canvas.raw(`<rect x="${r(x0)}" y="${r(by)}" width="${r(Math.max(1, x1 - x0))}" height="${r(barH)}" fill="url(#hatch)"/>`);
      const lx = x1 + valueSize * 0.4;
      canvas.text(lx, textY, label, valueSize, { bold: true });
      if (note) canvas.text(lx + textWidth(label, valueSize, true) + valueSize * 0.4, textY, truncate(note, Math.max(0, box.x + box.w - lx - textWidth(label, valueSize, true)), valueSize), valueSize, { fill: MUTED });
    });
    cursor += groupH + unitH * categoryGap;
  }
}
