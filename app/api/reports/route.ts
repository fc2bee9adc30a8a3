import { listReports } from "@/lib/data/reports";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { ReportsQuerySchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const query = parseParams(ReportsQuerySchema, new URL(request.url).searchParams);
  return json(await listReports(query));
});
