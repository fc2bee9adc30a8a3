// Facts about the indicator catalog that the data layer needs without loading the extractor's word
// matchers (lib/extract/knowledge builds those at import).
import indicators from "./indicators.json";

/** Slugs of the indicators the catalog defines as a sum of kinds (地方性法规 + 政府规章): a sentence's kinds add up. */
export const SUM_OF_PARTS_SLUGS: ReadonlySet<string> = new Set(indicators.filter((i) => i.sumOfParts).map((i) => i.slug));
