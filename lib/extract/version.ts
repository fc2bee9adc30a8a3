// Version of the extraction rules (code and lib/knowledge data, cleaning included). Stored with every machine
// metric, so re-extraction can tell which metrics an older extractor produced. Bump the minor
// version when rules or knowledge change what is extracted, the major one when the output shape changes.
export const EXTRACTOR_VERSION = "3.354.0";
