import { listIndicators } from "@/lib/data/indicators";
import { json, withErrors } from "@/lib/api/http-error";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => json(await listIndicators()));
