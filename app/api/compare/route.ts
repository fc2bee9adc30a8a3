import { comparePlaces } from "@/lib/data/compare";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { CompareQuerySchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const query = parseParams(CompareQuerySchema, new URL(request.url).searchParams);
  return json(await comparePlaces(query));
});
