import { searchReports } from "@/lib/data/search";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { SearchQuerySchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const query = parseParams(SearchQuerySchema, new URL(request.url).searchParams);
  return json(await searchReports(query));
});
