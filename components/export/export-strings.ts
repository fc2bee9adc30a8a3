// UI text of the export components. Chinese first; English when the page is in English
// (<html lang="en">, set by the dashboard's language switch).
export type ExportLang = "zh" | "en";

export const EXPORT_STRINGS = {
  zh: {
    export: "导出",
    chart: "图表",
    data: "数据",
    size16x9: "16:9 幻灯片",
    size4x3: "4:3",
    sizeSquare: "方形",
    csv: "CSV（Excel 可直接打开）",
    xlsx: "Excel 工作簿（含来源）",
    cite: "引用",
    citeGb: "GB/T 7714",
    citePlain: "纯文本",
    copy: "复制",
    copied: "已复制",
    embed: "嵌入代码",
    addToBriefing: "加入简报",
    inBriefing: "已在简报中",
    openBriefing: "查看简报",
  },
  en: {
    export: "Export",
    chart: "Chart",
    data: "Data",
    size16x9: "16:9 slide",
    size4x3: "4:3",
    sizeSquare: "Square",
    csv: "CSV (opens in Excel)",
    xlsx: "Excel workbook (with sources)",
    cite: "Cite",
    citeGb: "GB/T 7714",
    citePlain: "Plain text",
    copy: "Copy",
    copied: "Copied",
    embed: "Embed code",
    addToBriefing: "Add to briefing",
    inBriefing: "In briefing",
    openBriefing: "Open briefing",
  },
} as const;

export type ExportStrings = (typeof EXPORT_STRINGS)[ExportLang];
