// Shared loading for the /embed pages: the same parsing and loaders as the export endpoints.
import "server-only";
import { notFound } from "next/navigation";
import { getPrisma } from "@/lib/db/client";
import { ExportNotFoundError, ExportParamError } from "./export-errors";
import { parseImageOptions } from "./export-query";
import { loadViewDataset } from "./export-data";
import type { ExportDataset } from "./export-dataset";
import type { ChartSize, ExportView } from "./export-urls";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function toSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else if (value !== undefined) params.set(key, value);
  }
  return params;
}

export type EmbedResult = { ok: true; dataset: ExportDataset; size: ChartSize } | { ok: false; status: 400; message: string };

export async function loadEmbed(view: Exclude<ExportView, "report">, params: URLSearchParams, slug?: string): Promise<EmbedResult> {
  try {
    const { size } = parseImageOptions(params, "svg");
    // The same reading of the URL as the export endpoints: an embed follows lang and sort too.
    const dataset = await loadViewDataset(await getPrisma(), view, params, slug);
    return { ok: true, dataset, size };
  } catch (error) {
    if (error instanceof ExportNotFoundError) notFound();
    if (error instanceof ExportParamError) return { ok: false, status: 400, message: error.message };
    throw error;
  }
}
