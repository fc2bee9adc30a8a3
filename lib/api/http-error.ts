// Maps any error a route handler meets to a JSON response: bad input → 400 naming the parameter,
// unknown ids → 404, ingestion errors → their own status, anything else → 500 (logged, not exposed).
import { NotFoundError, InvalidParameterError } from "@/lib/data/errors";
import { IngestError } from "@/lib/ingest/ingest-error";
import { UploadFieldError } from "@/lib/db/ingest-upload";
import { StoreError } from "@/lib/db/store-report";
import type { ErrorSchema } from "@/lib/api/schemas";
import type { z } from "zod";

export type ApiErrorBody = z.output<typeof ErrorSchema>;

export function errorBody(error: unknown): ApiErrorBody {
  if (error instanceof InvalidParameterError) {
    return { error: { status: 400, code: "invalid-parameter", message: error.message, param: error.param } };
  }
  if (error instanceof NotFoundError) {
    return { error: { status: 404, code: "not-found", message: error.message } };
  }
  if (error instanceof UploadFieldError) {
    return { error: { status: 400, code: "invalid-parameter", message: error.message, param: error.param } };
  }
  if (error instanceof StoreError) {
    return { error: { status: 422, code: error.code, message: error.message, messageZh: error.messageZh } };
  }
  if (error instanceof IngestError) {
    return { error: { status: error.status, code: error.code, message: error.message, messageZh: error.messageZh } };
  }
  return { error: { status: 500, code: "internal", message: "Internal server error" } };
}

export function errorResponse(error: unknown): Response {
  const body = errorBody(error);
  // (An extraction failure is answered with a 422 but is our bug: the server's log keeps its stack.)
  if (body.error.status >= 500 || (error instanceof IngestError && error.code === "unprocessable")) console.error("[api]", error);
  return Response.json(body, { status: body.error.status, headers: { "cache-control": "no-store" } });
}

/** Wraps a route handler so that every thrown error becomes a proper JSON error response. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function json(data: unknown, init?: ResponseInit): Response {
  return Response.json(data, { ...init, headers: { "cache-control": "no-store", ...init?.headers } });
}
