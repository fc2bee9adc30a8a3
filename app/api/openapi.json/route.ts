import { buildOpenApiDocument } from "@/lib/api/openapi";

// The document depends only on the zod schemas: build it once per process.
let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return Response.json(cached);
}
