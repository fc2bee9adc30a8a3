// Ingestion: bytes → decoded text → cleaned text with a removal report → metadata.
// Pure TypeScript (no Next.js or Prisma); the pipeline (lib/pipeline/process-report.ts) calls these.

export { IngestError, MAX_UPLOAD_BYTES, type IngestErrorCode } from "./ingest-error";
export { decodeDocument, decodeTextBytes, type IngestDecodedDocument, type DecodeOptions } from "./decode-document";
export { cleanText, mapCleanedOffset, judgeSpamRun } from "./clean-text";
export { detectMetadata, isThirdPartyTitle, isWorkReportTitle, type DetectMetadataInput } from "./detect-metadata";
export { attributeOtherPlaces, reportPlace } from "./attribute-other-places";
