// Parses export URLs: the same parameters as the pages (places, indicators, pillar, year, and the
// view's language and order: lang, sort), plus the image's size and scale. Every rejection names
// the parameter at fault.
import { z } from "zod";
import { PILLAR_IDS, type PillarId } from "@/lib/pipeline/types";
import { ExportParamError } from "./export-errors";
import { COMPARE_SORTS, type CompareSort } from "./export-dataset";
import { EXPORT_LANGS, type ExportLang } from "./export-text";
import { CHART_SIZES, type ChartSize, type ExportFormat } from "./export-urls";
import { MAX_SCALE, MIN_SCALE } from "./export-limits";

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
export const MAX_PLACES = 300;
export const MAX_INDICATORS = 200;

export interface CompareExportQuery {
  places: string[];
  indicators?: string[];
  pillar?: PillarId;
  year: "latest" | number;
}

function list(params: URLSearchParams, name: string, max: number): string[] | undefined {
  const raw = params.getAll(name).join(",");
  if (!params.has(name)) return undefined;
  const items = [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))];
  if (items.length === 0) throw new ExportParamError(name, `参数 ${name} 不能为空 (parameter "${name}" is empty)`);
  if (items.length > max) throw new ExportParamError(name, `参数 ${name} 最多 ${max} 项 (parameter "${name}" allows at most ${max} items)`);
  const bad = items.find((s) => !SLUG.test(s));
  if (bad) throw new ExportParamError(name, `参数 ${name} 含无效标识 "${bad}" (invalid slug in "${name}")`);
  return items;
}

export function parseYear(params: URLSearchParams, required: boolean): "latest" | number | undefined {
  const raw = params.get("year");
  if (raw === null || raw === "") return required ? "latest" : undefined;
  if (raw === "latest") return "latest";
  const year = z.coerce.number().int().min(1990).max(2100).safeParse(raw);
  if (!year.success || !/^\d{4}$/.test(raw)) throw new ExportParamError("year", `参数 year 应为 latest 或四位年份，收到 "${raw}" (parameter "year" must be "latest" or YYYY)`);
  return year.data;
}

/** An optional parameter that must be one of a few words; absent or empty is undefined. */
function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  if (!(allowed as readonly string[]).includes(raw))
    throw new ExportParamError(name, `参数 ${name} 无效："${raw}"，可选 ${allowed.join("/")} (parameter "${name}" must be one of ${allowed.join(", ")})`);
  return raw as T;
}

export function parsePillar(params: URLSearchParams): PillarId | undefined {
  return oneOf(params, "pillar", PILLAR_IDS);
}

/** The export's language, as the pages take it: zh (the default) or en. */
export function parseLang(params: URLSearchParams): ExportLang {
  return oneOf(params, "lang", EXPORT_LANGS) ?? "zh";
}

/** A comparison's order of places, as the compare page takes it: by value (the default) or as chosen. */
export function parseSort(params: URLSearchParams): CompareSort {
  return oneOf(params, "sort", COMPARE_SORTS) ?? "value";
}

export function parseCompareQuery(params: URLSearchParams): CompareExportQuery {
  const places = list(params, "places", MAX_PLACES);
  if (!places) throw new ExportParamError("places", `缺少参数 places (parameter "places" is required, e.g. places=qingdao,weihai)`);
  const indicators = list(params, "indicators", MAX_INDICATORS);
  const pillar = parsePillar(params);
  const year = parseYear(params, true)!;
  return { places, ...(indicators ? { indicators } : {}), ...(pillar ? { pillar } : {}), year };
}

export function parseSlug(raw: string, param: string): string {
  if (!SLUG.test(raw)) throw new ExportParamError(param, `无效的 ${param}："${raw}" (invalid ${param})`);
  return raw;
}

export function parseReportId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw new ExportParamError("id", `无效的报告编号："${raw}" (report id must be a positive integer)`);
  return Number(raw);
}

export function parseImageOptions(params: URLSearchParams, format: ExportFormat): { size: ChartSize; scale: number } {
  const size = params.get("size") ?? "16x9";
  if (!(CHART_SIZES as readonly string[]).includes(size)) throw new ExportParamError("size", `参数 size 应为 ${CHART_SIZES.join("、")}，收到 "${size}" (invalid size)`);
  const rawScale = params.get("scale");
  let scale = 2;
  if (rawScale !== null && format === "png") {
    scale = Number(rawScale);
    if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE)
      throw new ExportParamError("scale", `参数 scale 应在 ${MIN_SCALE} 到 ${MAX_SCALE} 之间，收到 "${rawScale}" (invalid scale)`);
  }
  return { size: size as ChartSize, scale };
}

/** Splits "qingdao.csv" into a name and a known format. */
export function splitFileName(file: string, allowed: readonly ExportFormat[]): { name: string; format: ExportFormat } {
  const dot = file.lastIndexOf(".");
  const format = (dot > 0 ? file.slice(dot + 1) : "") as ExportFormat;
  if (!allowed.includes(format)) throw new ExportParamError("format", `不支持的格式 "${file}"，可选 ${allowed.join("、")} (unsupported format)`);
  return { name: decodeURIComponent(file.slice(0, dot)), format };
}
