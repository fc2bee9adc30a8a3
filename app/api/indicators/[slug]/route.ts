import { getIndicatorDetail } from "@/lib/data/indicators";
import { json, withErrors } from "@/lib/api/http-error";
import { parseParams } from "@/lib/api/parse-params";
import { IndicatorSlugParamSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = parseParams(IndicatorSlugParamSchema, await context.params);
  return json(await getIndicatorDetail(slug));
});
