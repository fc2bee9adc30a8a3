import { getReportDetail } from "@/lib/data/reports";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { ReportIdParamSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = parseParams(ReportIdParamSchema, await context.params);
  return json(await getReportDetail(id));
});
