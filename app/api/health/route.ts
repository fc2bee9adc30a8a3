import { getHealth } from "@/lib/data/health";
import { json } from "@/lib/api/http-error";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await getHealth();
  return json(health, { status: health.ok ? 200 : 503 });
}
