import { listMetrics } from "@/lib/data/metrics";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { MetricsQuerySchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const query = parseParams(MetricsQuerySchema, new URL(request.url).searchParams);
  return json(await listMetrics(query));
});
