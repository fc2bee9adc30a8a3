// Briefing deck as PPTX: a title slide, then one slide per chart holding NATIVE PowerPoint bar
// charts (editable, with their data in an embedded workbook), the source line on the slide and the
// quotes in the speaker notes. pptxgenjs writes chart text with Latin fonts only; the East Asian font
// (<a:ea>) is added afterwards so PowerPoint, WPS and LibreOffice pick a Chinese face instead of
// falling back to boxes or a Japanese face.
import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { formatScope, unitName } from "@/lib/i18n/format";
import { missingLabel, pillarColor, seriesKeys, sourceLine, valueLabel, type ExportDataset, type ExportLang, type ExportPanel } from "./export-dataset";
import { exportText } from "./export-text";

export const EA_FONT = "Microsoft YaHei";
export const LATIN_FONT = "Microsoft YaHei";
/**
 * Language tags of the deck's text runs: its own language, and the other one as the alternative, so
 * proofing and screen readers treat an English deck's words as English and its cited titles as Chinese.
 */
export const LANGUAGE_TAGS: Record<ExportLang, { lang: string; altLang: string }> = {
  zh: { lang: "zh-CN", altLang: "en-US" },
  en: { lang: "en-US", altLang: "zh-CN" },
};
const SERIES_COLORS = ["2563A8", "C2600C", "0F766E", "7C3AAD", "B91C1C", "52525B", "A16207", "BE185D"];
const PANELS_PER_SLIDE = 4;

export interface BriefingSlideInput {
  title: string;
  note: string;
  dataset: ExportDataset;
}

export interface BriefingDeckInput {
  /** The deck's own text (cover line, page numbers, notes); each slide's dataset should be in the same language. */
  lang: ExportLang;
  title: string;
  subtitle: string;
  generatedAt: string;
  slides: BriefingSlideInput[];
}

function hex(color: string): string {
  return color.replace("#", "").toUpperCase();
}

/** Category label for the chart axis: carries the report year and marks, since a native chart has no room for annotations. */
export function pptCategoryLabel(panel: ExportPanel, categoryIndex: number, singleSeries: boolean, lang: ExportLang): string {
  const text = exportText(lang);
  const category = panel.categories[categoryIndex]!;
  if (!singleSeries) return category.label;
  const bar = category.bars[0];
  if (!bar || bar.value === null) return text.categoryNote(category.label, bar ? missingLabel(bar, lang) : text.notDisclosed);
  const marks = [bar.year ? String(bar.year) : null, bar.scope ? formatScope(bar.scope, lang) : null, ...bar.flags.map((f) => text.flags[f].short)].filter(Boolean);
  return marks.length ? text.categoryNote(category.label, marks.join(text.markSeparator)) : category.label;
}

function speakerNotes(slide: BriefingSlideInput): string {
  const { lang } = slide.dataset;
  const text = exportText(lang);
  const lines: string[] = [];
  if (slide.note.trim()) lines.push(slide.note.trim(), "");
  const sources = new Map(slide.dataset.sources.map((s) => [s.reportId, s]));
  for (const panel of slide.dataset.panels) {
    lines.push(text.notesHeading(panel.indicator.name));
    for (const category of panel.categories) {
      for (const bar of category.bars) {
        const who = category.label + (bar.series ? ` ${text.year(bar.series)}` : "");
        if (bar.value === null) {
          lines.push(text.notesMissing(who, missingLabel(bar, lang)));
          continue;
        }
        const source = bar.reportId ? sources.get(bar.reportId) : undefined;
        lines.push(text.notesValue(who, valueLabel(bar, panel.indicator.unit, lang), bar.quote ?? "", source ?? null));
      }
    }
    for (const note of panel.notes) lines.push(text.notesNote(note));
    lines.push("");
  }
  return lines.join("\n").trim();
}

function addPanelChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, dataset: ExportDataset, panel: ExportPanel, box: { x: number; y: number; w: number; h: number }): void {
  const text = exportText(dataset.lang);
  const keys = seriesKeys(dataset);
  const single = keys.length <= 1;
  const labels = panel.categories.map((_, i) => pptCategoryLabel(panel, i, single, dataset.lang));
  const data = keys.map((key) => ({
    name: key ? text.year(key) : panel.indicator.name,
    labels,
    // null stays empty (a gap), never 0: post-processing removes the empty points entirely.
    values: panel.categories.map((c) => c.bars.find((b) => b.series === key)?.value ?? null) as number[],
  }));
  const fontSize = panel.categories.length > 20 ? 7 : panel.categories.length > 10 ? 9 : 11;
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: "bar",
    barGrouping: "clustered",
    // Keep the chosen order top to bottom, as on the dashboard.
    // pptxgenjs passes the value through; its typings only list "minMax".
    catAxisOrientation: "maxMin" as "minMax",
    valAxisMinVal: 0,
    ...(panel.indicator.unit === "%" && Math.max(0, ...panel.categories.flatMap((c) => c.bars.map((b) => b.value ?? 0))) <= 100 ? { valAxisMaxVal: 100 } : {}),
    chartColors: single ? [hex(pillarColor(panel.indicator.pillarId))] : SERIES_COLORS,
    showValue: true,
    dataLabelFontSize: fontSize,
    dataLabelFontFace: LATIN_FONT,
    dataLabelFormatCode: "#,##0.##",
    catAxisLabelFontFace: LATIN_FONT,
    catAxisLabelFontSize: fontSize,
    valAxisLabelFontFace: LATIN_FONT,
    valAxisLabelFontSize: 9,
    showLegend: !single,
    legendPos: "b",
    legendFontFace: LATIN_FONT,
    legendFontSize: 10,
    showTitle: true,
    title: text.panelTitle(panel.indicator.name, unitName(panel.indicator.unit, dataset.lang)),
    titleFontFace: LATIN_FONT,
    titleFontSize: 13,
    displayBlanksAs: "gap",
    lang: LANGUAGE_TAGS[dataset.lang].lang,
  });
}

function textOptions(lang: ExportLang, extra: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions {
  return { fontFace: LATIN_FONT, lang: LANGUAGE_TAGS[lang].lang, color: "18181B", ...extra };
}

export async function renderBriefingPptx(deck: BriefingDeckInput): Promise<Uint8Array> {
  const text = exportText(deck.lang);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9"; // 10 × 5.625 in
  pptx.author = text.site;
  pptx.company = text.site;
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.theme = { headFontFace: LATIN_FONT, bodyFontFace: LATIN_FONT };

  const cover = pptx.addSlide();
  cover.background = { color: "FFFFFF" };
  cover.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.18, h: 5.625, fill: { color: "2563A8" } });
  cover.addText(deck.title, textOptions(deck.lang, { x: 0.7, y: 1.6, w: 8.6, h: 1.1, fontSize: 32, bold: true }));
  if (deck.subtitle) cover.addText(deck.subtitle, textOptions(deck.lang, { x: 0.7, y: 2.7, w: 8.6, h: 0.6, fontSize: 16, color: "52525B" }));
  cover.addText(text.coverLine(deck.generatedAt.slice(0, 10), deck.slides.length), textOptions(deck.lang, { x: 0.7, y: 4.6, w: 8.6, h: 0.4, fontSize: 12, color: "71717A" }));

  for (const item of deck.slides) {
    const panels = item.dataset.panels.length ? item.dataset.panels : [];
    const pages = Math.max(1, Math.ceil(panels.length / PANELS_PER_SLIDE));
    for (let page = 0; page < pages; page++) {
      const slide = pptx.addSlide();
      slide.background = { color: "FFFFFF" };
      const heading = pages > 1 ? text.page(item.title, page + 1, pages) : item.title;
      slide.addText(heading, textOptions(deck.lang, { x: 0.4, y: 0.2, w: 9.2, h: 0.55, fontSize: 22, bold: true }));
      slide.addText(item.dataset.subtitle, textOptions(deck.lang, { x: 0.4, y: 0.72, w: 9.2, h: 0.3, fontSize: 11, color: "52525B" }));
      const onPage = panels.slice(page * PANELS_PER_SLIDE, (page + 1) * PANELS_PER_SLIDE);
      const cols = onPage.length > 1 ? 2 : 1;
      const rows = Math.max(1, Math.ceil(onPage.length / cols));
      const area = { x: 0.4, y: 1.05, w: 9.2, h: 3.75 };
      onPage.forEach((panel, i) => {
        const w = area.w / cols;
        const h = area.h / rows;
        addPanelChart(pptx, slide, item.dataset, panel, { x: area.x + (i % cols) * w, y: area.y + Math.floor(i / cols) * h, w: w - 0.1, h: h - 0.05 });
      });
      if (onPage.length === 0) slide.addText(text.noIndicators, textOptions(deck.lang, { x: 0.4, y: 2.5, w: 9.2, h: 0.5, fontSize: 16, color: "71717A", align: "center" }));
      const notes = [...new Set(onPage.flatMap((p) => p.notes))];
      const src = sourceLine(item.dataset, 4);
      const footer = [notes.length ? text.notes(notes) : null, src.sources, src.generated].filter(Boolean).join("\n");
      slide.addText(footer, textOptions(deck.lang, { x: 0.4, y: 4.85, w: 9.2, h: 0.7, fontSize: 8, color: "52525B", valign: "bottom", fit: "shrink" }));
      slide.addNotes(speakerNotes(item));
    }
  }

  const raw = (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
  return addEastAsianFonts(raw, deck.lang);
}

/**
 * pptxgenjs emits `<a:latin>` only in charts and an empty `<a:ea typeface=""/>` in the theme:
 * set the East Asian face everywhere text is styled, tag the runs with the deck's language (and the
 * other as the alternative), and drop empty chart points so a 未披露 value is a gap, not a zero.
 */
export async function addEastAsianFonts(pptx: Uint8Array, lang: ExportLang = "zh"): Promise<Uint8Array> {
  const tags = LANGUAGE_TAGS[lang];
  const run = `lang="${tags.lang}" altLang="${tags.altLang}"`;
  const zip = await JSZip.loadAsync(pptx);
  const files = Object.keys(zip.files);
  for (const name of files) {
    if (!/^ppt\/(charts\/chart\d+|theme\/theme\d+|slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/.test(name)) continue;
    let xml = await zip.file(name)!.async("string");
    if (name.includes("/theme/")) {
      xml = xml.replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${EA_FONT}"/>`);
    } else if (name.includes("/slides/")) {
      // pptxgenjs writes altLang="en-US" after any run language, which is wrong for an English run.
      xml = xml.replace(/lang="[^"]*" altLang="en-US"/g, run);
    } else if (name.includes("/charts/")) {
      xml = xml.replace(/(<a:latin typeface="[^"]*"\s*\/>)(?!\s*<a:ea)/g, `$1<a:ea typeface="${EA_FONT}"/>`);
      xml = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, "");
      xml = xml.replace(/<a:rPr lang="en-US"/g, `<a:rPr ${run}`);
      // Charts default to Latin-only text properties: give the chart-wide text an East Asian face too.
      // (CT_ChartSpace order: chart, spPr, txPr, externalData.)
      if (!/<\/c:spPr><c:txPr>/.test(xml)) {
        xml = xml.replace(
          /<\/c:spPr>(<c:externalData)/,
          `</c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr lang="${tags.lang}"><a:latin typeface="${LATIN_FONT}"/><a:ea typeface="${EA_FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="${tags.lang}"/></a:p></c:txPr>$1`,
        );
      }
    } else if (name.includes("/notesSlides/")) {
      xml = xml.replace(/<a:rPr lang="en-US" dirty="0"\/>/g, `<a:rPr ${run} dirty="0"><a:latin typeface="${LATIN_FONT}"/><a:ea typeface="${EA_FONT}"/></a:rPr>`);
    }
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
