// Metric extraction: cleaned report text → sections, sentences and metrics. Pure TypeScript.
export { parseChineseNumber, toHalfWidthDigits } from "./parse-chinese-number";
export { segmentText, type Segments } from "./segment-text";
export { extractMetrics, type ExtractOptions } from "./extract-metrics";
export { EXTRACTOR_VERSION } from "./version";
