import { listPlaces } from "@/lib/data/places";
import { json, withErrors } from "@/lib/api/http-error";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => json(await listPlaces()));
