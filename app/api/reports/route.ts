import { getPrisma } from "@/lib/db/client";
import { ingestUpload } from "@/lib/db/ingest-upload";
import { listReports } from "@/lib/data/reports";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { ReportsQuerySchema, type ReportUploadResultSchema } from "@/lib/api/schemas";
import type { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const query = parseParams(ReportsQuerySchema, new URL(request.url).searchParams);
  return json(await listReports(query));
});

/** Upload a report (multipart/form-data: file, optional place, parent, year, sourceUrl). */
export const POST = withErrors(async (request: Request) => {
  const result: z.output<typeof ReportUploadResultSchema> = await ingestUpload(await getPrisma(), request);
  return json(result, { status: result.outcome === "created" ? 201 : 200 });
});
