import { getPlaceDetail } from "@/lib/data/places";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { PlaceSlugParamSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = parseParams(PlaceSlugParamSchema, await context.params);
  return json(await getPlaceDetail(slug));
});
