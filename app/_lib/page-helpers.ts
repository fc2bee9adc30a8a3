import { notFound } from "next/navigation";
import { InvalidParameterError, NotFoundError } from "@/lib/data/errors";
import type { SearchParamsRecord } from "@/lib/i18n/lang";

/** Runs a data-layer call for a page: an unknown or malformed id shows the not-found page instead of an error. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidParameterError) notFound();
    throw error;
  }
}

/** The page's search params as a query string (for export links and the briefing). */
export function serializeSearch(params: SearchParamsRecord): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  return search.toString().replaceAll("%2C", ",");
}

export function firstParam(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === "" ? null : v;
}
