// Every fixed string an export draws or writes (chart legends, placeholders, table headers, source
// lines, the briefing deck's own text), one table per language. Datasets are built in one language
// (ExportDataset.lang) and every renderer looks its words up here, so a chart, its CSV and its slide
// cannot disagree and adding a string means adding it to both tables (the type requires it).
// Data stays as it is: report titles and quotes are citations and remain in Chinese.
import type { ComparabilityFlag } from "@/lib/compare/types";
import type { Lang } from "@/lib/i18n/lang";

export type ExportLang = Lang;
export const EXPORT_LANGS = ["zh", "en"] as const satisfies readonly ExportLang[];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const zh = {
  site: "法治对标",
  /** Chinese shows a figure as the report writes it (2600余件 keeps 余); English formats the number. */
  writtenFigures: true,
  list: "、",
  colon: "：",
  notStated: "未注明",
  notDisclosed: "未披露",
  noReport: "无该年报告",
  yes: "是",
  no: "否",
  flags: {
    scope: { short: "口径", long: "统计口径不同（如全市与市本级）" },
    period: { short: "期间", long: "数据所属年份与报告年度不同" },
    approx: { short: "约数", long: "原文为约数（余、多、近、约等）" },
    unit: { short: "单位", long: "计量单位与指标单位不同" },
  } satisfies Record<ComparabilityFlag, { short: string; long: string }>,

  // Titles and subtitles.
  somePlaces: (first: string[], total: number) => `${first.join("、")}等${total}地`,
  compareIndicator: (who: string, indicator: string) => `${who}${indicator}对比`,
  comparePillar: (who: string, pillar: string) => `${who}${pillar}指标对比`,
  compareAll: (who: string) => `${who}法治政府建设指标对比`,
  latestReports: "各地最新年度报告",
  reportYear: (year: number) => `${year}年度`,
  allYears: "全部年度",
  yearRange: (first: number, last: number) => `${first}–${last}年度`,
  noReports: "暂无报告",
  places: (n: number) => `${n}个地区`,
  indicators: (n: number) => `${n}项指标`,
  unitLine: (unit: string) => `单位：${unit}`,
  subtitle: (parts: string[]) => parts.join(" · "),
  indicatorTitle: (indicator: string) => `${indicator}：各地披露情况`,
  placeTitle: (place: string) => `${place}法治政府建设主要指标`,
  categoryHeader: { place: "地区", year: "年度" },
  /** A year as a category or series label. */
  year: (year: number | string) => `${year}年`,
  /** A note is a sentence, with its full stop, as the comparison's notes are. */
  scopesDiffer: (scopes: string[]) => `各地统计口径不同（${scopes.join("、")}）。`,

  // Chart.
  legendValue: "数值",
  legendDisclosed: "已披露数值",
  legendHatched: (meanings: string[]) => `斜线：不可直接比较（${meanings.join("；")}）`,
  flagMeaning: (short: string, long: string) => `[${short}]${long}`,
  legendNotDisclosed: "未披露：报告未披露该数据，不按零计",
  legendNoReport: "无该年报告：本站未收录该地该年度的报告",
  panelTitle: (indicator: string, unit: string) => `${indicator}（单位：${unit}）`,
  /** Notes are sentences with their own full stops (注：统计口径不同：…。约数：…。). */
  notes: (notes: string[]) => `注：${notes.join("")}`,
  noIndicators: "没有可显示的指标",
  /** Axis ticks from 10,000 up are written in the largest of these scales they reach, largest first. */
  tickScales: [
    { factor: 1e8, word: "亿" },
    { factor: 1e4, word: "万" },
  ],

  // Source line.
  source: (publisher: string | null, title: string, year: number) => `${publisher ?? ""}《${title}》（${year}）`,
  sources: (items: string[], total: number) => `来源：${items.join("；")}${total > items.length ? `等${total}份报告` : ""}`,
  noSources: "来源：无已披露数据",
  generated: (date: string) => `生成：法治对标，${date}`,
  /** Under an embedded chart: a link back to the page with the data and quotes. */
  embedLink: "法治对标 · 查看数据与原文",
  /** How the export menu cites a page (GB/T 7714 for an online resource, and plain text) and titles an embed. */
  citation: {
    gb: (url: string, date: string) => `法治对标. 法治政府建设情况对比[EB/OL]. (${date})[${date}]. ${url}.`,
    plain: (url: string, date: string) => `法治对标，法治政府建设情况对比，${url}（访问于 ${date}）`,
    embedTitle: "法治对标图表",
  },

  // Tables (CSV and the XLSX data sheet).
  tableHeaders: {
    indicator: "指标",
    indicatorCode: "指标代码",
    group: "所属",
    series: "系列",
    value: "数值",
    unit: "单位",
    asWritten: "原文表述",
    reportYear: "报告年度",
    scope: "口径",
    period: "数据所属年份",
    approx: "约数",
    flags: "可比性标记",
    rank: "排名",
    reportTitle: "报告标题",
    link: "链接",
  },
  /** The sources sheet: each value with its quote, report and link, so a reader can check it. */
  sourceHeaders: {
    indicator: "指标",
    who: "地区/年度",
    value: "数值",
    unit: "单位",
    asWritten: "原文表述",
    quote: "原文句子",
    reportTitle: "报告标题",
    reportYear: "报告年度",
    publisher: "发布机关",
    published: "发布日期",
    link: "链接",
  },
  sheets: { data: "数据", sources: "来源" },

  // A report's figures (/api/export/reports/{id}).
  reportHeaders: {
    pillar: "支柱",
    indicator: "指标",
    indicatorCode: "指标代码",
    subject: "主体",
    value: "数值",
    unit: "单位",
    asWritten: "原文表述",
    approx: "约数",
    kind: "性质",
    scope: "口径",
    period: "数据所属年份",
    coverage: "时段",
    change: "变化",
    quote: "原文句子",
    position: "位置",
    confidence: "置信度",
    review: "审核状态",
    place: "地区",
    reportTitle: "报告标题",
    reportYear: "报告年度",
    link: "来源",
  },
  reportTableTitle: (place: string, title: string) => `${place}《${title}》指标`,
  target: "目标",
  actual: "实绩",
  review: { MACHINE: "机器提取", CONFIRMED: "已确认", EDITED: "已修改", REJECTED: "已驳回" } as Record<string, string>,

  // Briefing deck.
  deckTitle: "法治政府建设情况对标简报",
  coverLine: (date: string, charts: number) => `法治对标 · ${date} · 共${charts}张图表`,
  page: (title: string, page: number, pages: number) => `${title}（${page}/${pages}）`,
  /** A chart axis label with what a native chart has no room for (year, scope, marks). */
  categoryNote: (label: string, note: string) => `${label}（${note}）`,
  markSeparator: "·",
  notesHeading: (indicator: string) => `【${indicator}】`,
  notesMissing: (who: string, missing: string) => `${who}：${missing}`,
  notesValue: (who: string, value: string, quote: string, source: { title: string; year: number } | null) =>
    `${who}：${value}。原文：“${quote}”${source ? `（《${source.title}》，${source.year}）` : ""}`,
  notesNote: (note: string) => `注：${note}`,
};

export type ExportText = typeof zh;

const en: ExportText = {
  site: "Rule-of-Law Benchmark",
  writtenFigures: false,
  list: ", ",
  colon: ": ",
  notStated: "not stated",
  notDisclosed: "Not disclosed",
  noReport: "No report for that year",
  yes: "Yes",
  no: "No",
  flags: {
    scope: { short: "scope", long: "different scope (e.g. whole city vs. city government itself)" },
    period: { short: "period", long: "the figure refers to another year than the report's" },
    approx: { short: "approx.", long: "approximate figure in the report (more than, nearly, about…)" },
    unit: { short: "unit", long: "a different unit from the indicator's" },
  },

  somePlaces: (first, total) => `${first.join(", ")} and ${total - first.length} more`,
  compareIndicator: (who, indicator) => `${indicator}: ${who}`,
  comparePillar: (who, pillar) => `${pillar} indicators: ${who}`,
  compareAll: (who) => `Rule-of-law government indicators: ${who}`,
  latestReports: "Latest report of each place",
  reportYear: (year) => `${year} reports`,
  allYears: "All years",
  yearRange: (first, last) => `${first}–${last}`,
  noReports: "No reports yet",
  places: (n) => plural(n, "place", "places"),
  indicators: (n) => plural(n, "indicator", "indicators"),
  unitLine: (unit) => `Unit: ${unit}`,
  subtitle: (parts) => parts.join(" · "),
  indicatorTitle: (indicator) => `${indicator}: disclosures by place`,
  placeTitle: (place) => `${place}: key rule-of-law indicators`,
  categoryHeader: { place: "Place", year: "Year" },
  year: (year) => String(year),
  scopesDiffer: (scopes) => `Scopes differ between places (${scopes.join(", ")}).`,

  legendValue: "Value",
  legendDisclosed: "Disclosed value",
  legendHatched: (meanings) => `Hatched: not directly comparable (${meanings.join("; ")})`,
  flagMeaning: (short, long) => `[${short}] ${long}`,
  legendNotDisclosed: "Not disclosed: the report does not give this figure (not counted as zero)",
  legendNoReport: "No report for that year: no report of that place and year is in the database",
  panelTitle: (indicator, unit) => `${indicator} (${unit})`,
  notes: (notes) => `Note: ${notes.join(" ")}`,
  noIndicators: "No indicators to show",
  tickScales: [
    { factor: 1e9, word: "bn" },
    { factor: 1e6, word: "M" },
    { factor: 1e3, word: "k" },
  ],

  source: (publisher, title, year) => `${publisher ? `${publisher}, ` : ""}《${title}》 (${year})`,
  sources: (items, total) => `Sources: ${items.join("; ")}${total > items.length ? ` and ${plural(total - items.length, "more report", "more reports")}` : ""}`,
  noSources: "Sources: no disclosed figures",
  generated: (date) => `Made with Rule-of-Law Benchmark, ${date}`,
  embedLink: "Rule-of-Law Benchmark · see the data and sources",
  citation: {
    gb: (url, date) => `Rule-of-Law Benchmark. Comparison of rule-of-law government[EB/OL]. (${date})[${date}]. ${url}.`,
    plain: (url, date) => `Rule-of-Law Benchmark, Comparison of rule-of-law government, ${url} (accessed ${date})`,
    embedTitle: "Rule-of-Law Benchmark chart",
  },

  tableHeaders: {
    indicator: "Indicator",
    indicatorCode: "Indicator code",
    group: "Province",
    series: "Series",
    value: "Value",
    unit: "Unit",
    asWritten: "As written (Chinese)",
    reportYear: "Report year",
    scope: "Scope",
    period: "Year the figure refers to",
    approx: "Approximate",
    flags: "Comparability marks",
    rank: "Rank",
    reportTitle: "Report title",
    link: "Link",
  },
  sourceHeaders: {
    indicator: "Indicator",
    who: "Place/year",
    value: "Value",
    unit: "Unit",
    asWritten: "As written (Chinese)",
    quote: "Quote (Chinese)",
    reportTitle: "Report title",
    reportYear: "Report year",
    publisher: "Publisher",
    published: "Published",
    link: "Link",
  },
  sheets: { data: "Data", sources: "Sources" },

  reportHeaders: {
    pillar: "Pillar",
    indicator: "Indicator",
    indicatorCode: "Indicator code",
    subject: "Subject (Chinese)",
    value: "Value",
    unit: "Unit",
    asWritten: "As written (Chinese)",
    approx: "Approximate",
    kind: "Kind",
    scope: "Scope",
    period: "Year the figure refers to",
    coverage: "Period covered",
    change: "Change",
    quote: "Quote (Chinese)",
    position: "Position",
    confidence: "Confidence",
    review: "Review status",
    place: "Place",
    reportTitle: "Report title",
    reportYear: "Report year",
    link: "Source",
  },
  reportTableTitle: (place, title) => `${place}: figures in 《${title}》`,
  target: "Target",
  actual: "Actual",
  review: { MACHINE: "Machine-extracted", CONFIRMED: "Confirmed", EDITED: "Edited", REJECTED: "Rejected" },

  deckTitle: "Rule-of-law government benchmark briefing",
  coverLine: (date, charts) => `Rule-of-Law Benchmark · ${date} · ${plural(charts, "chart", "charts")}`,
  page: (title, page, pages) => `${title} (${page}/${pages})`,
  categoryNote: (label, note) => `${label} (${note})`,
  markSeparator: " · ",
  notesHeading: (indicator) => `[${indicator}]`,
  notesMissing: (who, missing) => `${who}: ${missing}`,
  notesValue: (who, value, quote, source) => `${who}: ${value}. Quote: “${quote}”${source ? ` (《${source.title}》, ${source.year})` : ""}`,
  notesNote: (note) => `Note: ${note}`,
};

export const EXPORT_TEXT: Record<ExportLang, ExportText> = { zh, en };

export function exportText(lang: ExportLang): ExportText {
  return EXPORT_TEXT[lang];
}
