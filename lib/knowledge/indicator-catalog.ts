// Facts about the indicator catalog that the data layer needs without loading the extractor's word
// matchers (lib/extract/knowledge builds those at import).
import indicators from "./indicators.json";

/** Slugs of the indicators the catalog defines as a sum of kinds (地方性法规 + 政府规章): a sentence's kinds add up. */
export const SUM_OF_PARTS_SLUGS: ReadonlySet<string> = new Set(indicators.filter((i) => i.sumOfParts).map((i) => i.slug));

/** The units each indicator accepts (预案: 部 and 个; 事项: 项 and 个): figures in any of them count the same thing. */
export const UNITS_BY_SLUG: ReadonlyMap<string, readonly string[]> = new Map(indicators.map((i) => [i.slug, i.units]));
