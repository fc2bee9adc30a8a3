// Turns URL parameters into typed values with the zod schemas, or an InvalidParameterError that
// names the parameter at fault. Shared by route handlers and pages, so both reject the same input.
import type { z } from "zod";
import { InvalidParameterError } from "@/lib/data/errors";

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Flattens URL parameters to one string each; a repeated parameter (a=1&a=2) becomes "1,2". Empty values count as absent. */
export function flattenParams(raw: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: string, value: string) => {
    if (value === "") return;
    out[key] = key in out ? `${out[key]},${value}` : value;
  };
  if (raw instanceof URLSearchParams) {
    for (const [key, value] of raw) add(key, value);
  } else {
    for (const [key, value] of Object.entries(raw)) {
      if (Array.isArray(value)) value.forEach((v) => add(key, v));
      else if (value !== undefined) add(key, value);
    }
  }
  return out;
}

export function parseParams<S extends z.ZodType>(schema: S, raw: RawParams): z.output<S> {
  const result = schema.safeParse(flattenParams(raw));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const param = issue.path.length ? String(issue.path[0]) : "query";
  const message =
    issue.code === "invalid_type" && issue.input === undefined
      ? `Parameter "${param}" is required`
      : `Parameter "${param}" ${issue.message}`;
  throw new InvalidParameterError(param, message);
}

/** Like parseParams, but for a page: invalid input yields null so the page can show a message instead of failing. */
export function tryParseParams<S extends z.ZodType>(
  schema: S,
  raw: RawParams,
): { ok: true; value: z.output<S> } | { ok: false; error: InvalidParameterError } {
  try {
    return { ok: true, value: parseParams(schema, raw) };
  } catch (error) {
    if (error instanceof InvalidParameterError) return { ok: false, error };
    throw error;
  }
}
