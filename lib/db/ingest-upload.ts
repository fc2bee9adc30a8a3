// Upload path (POST /api/reports): a report file from a person's browser or a script, stored
// through the same write path as the ingest CLI. Bad input is refused before anything is written.
import type { z } from "zod";
import type { PrismaClient } from "./generated/client";
import { ReportUploadFieldsSchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/api/parse-params";
import { InvalidParameterError } from "@/lib/data/errors";
import { IngestError, MAX_UPLOAD_BYTES } from "@/lib/ingest/ingest-error";
import { processReport } from "@/lib/pipeline/process-report";
import { storeReport, type StoreResult } from "./store-report";

export class UploadFieldError extends Error {
  readonly status = 400;
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "UploadFieldError";
  }
}

/** Reads the multipart form: `file` (required) and the optional fields of ReportUploadFieldsSchema. */
export async function ingestUpload(prisma: PrismaClient, request: Request): Promise<StoreResult> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Refuse oversized bodies before reading them into memory.
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw new IngestError("too-large");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new UploadFieldError("file", "Send the report as multipart/form-data with a `file` field.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new UploadFieldError("file", "The `file` field is missing or is not a file.");
  if (file.size > MAX_UPLOAD_BYTES) throw new IngestError("too-large");

  const raw: Record<string, string> = {};
  for (const name of Object.keys(ReportUploadFieldsSchema.shape)) {
    const value = form.get(name);
    if (typeof value === "string" && value.trim()) raw[name] = value.trim();
  }
  let fields: z.output<typeof ReportUploadFieldsSchema>;
  try {
    fields = parseParams(ReportUploadFieldsSchema, raw);
  } catch (error) {
    if (error instanceof InvalidParameterError) throw new UploadFieldError(error.param, error.message);
    throw error;
  }
  const sourceUrl = fields.sourceUrl ?? null;

  const processed = await processReport({
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name || "upload",
    contentType: file.type || null,
    sourceUrl,
  });
  return storeReport(prisma, processed, {
    source: file.name || "upload",
    sourceUrl,
    fallback: { place: fields.place ?? null, parent: fields.parent ?? null, year: fields.year ?? null },
  });
}
