// HTTP side of the exports: parses a request, loads the view's data, renders the format and
// answers with the right type and a download file name. Route handlers in app/api/export/** are
// one-line calls into this, so the scheme lives in one place (see export-urls.ts).
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ExportNotFoundError, ExportParamError } from "./export-errors";
import { parseImageOptions, parseLang, parseReportId, parseSlug, parseYear, splitFileName } from "./export-query";
import { loadPlaceDataset, loadReportTable, loadViewDataset } from "./export-data";
import type { ExportDataset, ExportLang } from "./export-dataset";
import { EXPORT_LANGS, exportText } from "./export-text";
import { datasetTable, type DataTable } from "./data-table";
import { renderCsv } from "./csv";
import { renderXlsx } from "./xlsx";
import { renderSvgChart } from "./svg-chart";
import { renderPng } from "./png-chart";
import { FontUnavailableError } from "./font-subset";
import { renderBriefingPptx, type BriefingSlideInput } from "./pptx";
import { slideTitle } from "./briefing-store";
import type { ExportFormat } from "./export-urls";

const CONTENT_TYPES: Record<ExportFormat | "pptx", string> = {
  png: "image/png",
  svg: "image/svg+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

export function errorResponse(error: unknown): Response {
  if (error instanceof ExportParamError) return Response.json({ error: "bad_request", param: error.param, message: error.message }, { status: 400 });
  if (error instanceof ExportNotFoundError) return Response.json({ error: "not_found", what: error.what, message: error.message }, { status: 404 });
  if (error instanceof FontUnavailableError) return Response.json({ error: "font_unavailable", message: error.message }, { status: 503 });
  console.error("[export]", error);
  return Response.json({ error: "internal", message: "导出失败 (export failed)" }, { status: 500 });
}

function fileResponse(body: Uint8Array | string, format: ExportFormat | "pptx", stem: string, title: string): Response {
  const ascii = `${stem}.${format}`.replace(/[^\w.-]/g, "_");
  const utf8 = encodeURIComponent(`${title}.${format}`);
  return new Response(body as BodyInit, {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
      // Data changes when reports are re-ingested: let the browser revalidate.
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    },
  });
}

export async function renderDataset(dataset: ExportDataset, format: ExportFormat, params: URLSearchParams, stem: string): Promise<Response> {
  if (format === "png" || format === "svg") {
    const { size, scale } = parseImageOptions(params, format);
    const chart = await renderSvgChart(dataset, { size });
    if (format === "svg") return fileResponse(chart.svg, "svg", `${stem}-${size}`, `${dataset.title}-${size}`);
    return fileResponse(await renderPng(chart, scale), "png", `${stem}-${size}@${scale}x`, `${dataset.title}-${size}`);
  }
  return renderTable(datasetTable(dataset, stem), format, dataset.generatedAt);
}

async function renderTable(table: DataTable, format: ExportFormat, generatedAt: string): Promise<Response> {
  if (format === "csv") return fileResponse(renderCsv(table), "csv", table.fileStem, table.title);
  if (format === "xlsx") return fileResponse(await renderXlsx(table, generatedAt), "xlsx", table.fileStem, table.title);
  throw new ExportParamError("format", `报告只能导出 csv 或 xlsx (reports export as csv or xlsx)`);
}

const ALL_FORMATS: ExportFormat[] = ["png", "svg", "csv", "xlsx"];

type Params = Promise<{ file: string }>;

async function withErrors(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

/** A chart view's export: the view's own URL parameters (lang and, for compare, sort included), checked before loading. */
async function handleView(request: Request, format: ExportFormat, view: "compare" | "indicator" | "place", slug = ""): Promise<Response> {
  const params = new URL(request.url).searchParams;
  if (format === "png" || format === "svg") parseImageOptions(params, format); // reject bad size before loading
  const dataset = await loadViewDataset(await getPrisma(), view, params, slug);
  const stem = view === "compare" ? `fazhi-compare-${parseYear(params, true)}` : `fazhi-${view}-${slug}`;
  return renderDataset(dataset, format, params, stem);
}

export function handleCompare(request: Request, format: ExportFormat): Promise<Response> {
  return handleView(request, format, "compare");
}

/** GET /api/export/{compare.(png|svg|csv|xlsx) | briefing.pptx} */
export function handleExportFile(request: Request, { params }: { params: Params }): Promise<Response> {
  return withErrors(async () => {
    const { file } = await params;
    if (file === "briefing.pptx") return briefingResponse(briefingFromQuery(new URL(request.url).searchParams));
    const { name, format } = splitFileName(file, ALL_FORMATS);
    if (name !== "compare") throw new ExportNotFoundError("export", `未知的导出：${file} (unknown export)`);
    return handleCompare(request, format);
  });
}

/** POST /api/export/briefing.pptx with the briefing as JSON; POST /api/export/briefing.json for its titles only. */
export function handleExportPost(request: Request, { params }: { params: Params }): Promise<Response> {
  return withErrors(async () => {
    const { file } = await params;
    if (file !== "briefing.pptx" && file !== "briefing.json") throw new ExportNotFoundError("export", `未知的导出：${file} (unknown export)`);
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      throw new ExportParamError("body", "请求体应为 JSON (body must be JSON)");
    }
    if (file === "briefing.json") return Response.json(await buildBriefingOutline(await getPrisma(), body), { headers: { "cache-control": "no-store" } });
    return briefingResponse(body);
  });
}

export function handleIndicatorFile(request: Request, { params }: { params: Params }): Promise<Response> {
  return withErrors(async () => {
    const { name, format } = splitFileName((await params).file, ALL_FORMATS);
    return handleView(request, format, "indicator", parseSlug(name, "slug"));
  });
}

export function handlePlaceFile(request: Request, { params }: { params: Params }): Promise<Response> {
  return withErrors(async () => {
    const { name, format } = splitFileName((await params).file, ALL_FORMATS);
    return handleView(request, format, "place", parseSlug(name, "slug"));
  });
}

export function handleReportFile(request: Request, { params }: { params: Params }): Promise<Response> {
  return withErrors(async () => {
    const { name, format } = splitFileName((await params).file, ["csv", "xlsx"]);
    const id = parseReportId(name);
    const lang = parseLang(new URL(request.url).searchParams);
    const { table, generatedAt } = await loadReportTable(await getPrisma(), id, lang);
    return renderTable(table, format, generatedAt);
  });
}

// ---- Briefing ----

const BriefingItemSchema = z.object({
  view: z.enum(["compare", "indicator", "place", "report"]),
  search: z.string().max(4000).default(""),
  slug: z.string().max(100).optional(),
  id: z.string().max(20).optional(),
  /** The slide's title when the user typed it; the chart's own title (in the deck's language) otherwise. */
  title: z.string().max(200).default(""),
  /** false: `title` is only the label the chart was stored with, so the slide takes the chart's own title. Absent: a given title is meant. */
  titleEdited: z.boolean().optional(),
  note: z.string().max(4000).default(""),
});

export const BriefingRequestSchema = z.object({
  /** The deck's language (the briefing page's): its own text and every chart in it. Default: the language's default title. */
  lang: z.enum(EXPORT_LANGS).default("zh"),
  title: z.string().max(200).optional(),
  subtitle: z.string().max(400).default(""),
  items: z.array(BriefingItemSchema).min(1).max(40),
});
export type BriefingRequest = z.infer<typeof BriefingRequestSchema>;

/** `items=` on GET: base64url of the same JSON as the POST body (or of the item array alone). */
export function decodeBriefingParam(raw: string): unknown {
  try {
    const json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    return Array.isArray(json) ? { items: json } : json;
  } catch {
    throw new ExportParamError("items", "参数 items 应为 base64url 编码的 JSON (parameter \"items\" must be base64url-encoded JSON)");
  }
}

/**
 * A briefing asked for over GET: `items=` decoded, in the query's lang unless the JSON names its own (the
 * JSON is the deck, and wins). The lang is checked with the rest, so lang=fr is a 400 as on every export.
 */
export function briefingFromQuery(params: URLSearchParams): unknown {
  const raw = params.get("items");
  if (!raw) throw new ExportParamError("items", "缺少参数 items（base64url 编码的 JSON 简报） (parameter \"items\" is required)");
  const body = decodeBriefingParam(raw);
  const lang = params.get("lang");
  if (lang === null || body === null || typeof body !== "object" || "lang" in body) return body;
  return { ...body, lang };
}

/** One chart of a briefing, in the deck's language whatever language the page was in when it was added. */
export async function briefingItemDataset(prisma: PrismaClient, item: BriefingRequest["items"][number], lang: ExportLang = "zh"): Promise<ExportDataset> {
  const params = new URLSearchParams(item.search.replace(/^\?/, ""));
  params.set("lang", lang);
  if (item.view !== "report") return loadViewDataset(prisma, item.view, params, item.slug ?? "");
  // A report's chart is its place's indicators in the report's year.
  const id = parseReportId(item.id ?? "");
  const report = await prisma.report.findUnique({ where: { id }, select: { year: true, place: { select: { slug: true } } } });
  if (!report) throw new ExportNotFoundError("report", `未找到报告：${id} (unknown report)`);
  return loadPlaceDataset(prisma, report.place.slug, { year: report.year, lang });
}

/** A briefing request checked, its title resolved, and each chart loaded in the deck's language with its slide title. */
async function briefingSlides(prisma: PrismaClient, body: unknown): Promise<{ request: BriefingRequest; title: string; slides: BriefingSlideInput[] }> {
  const parsed = BriefingRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ExportParamError(issue.path.join(".") || "items", `简报参数无效：${issue.path.join(".")} ${issue.message}`);
  }
  const slides: BriefingSlideInput[] = [];
  for (const [i, item] of parsed.data.items.entries()) {
    try {
      const dataset = await briefingItemDataset(prisma, item, parsed.data.lang);
      slides.push({ title: slideTitle(item, dataset.title), note: item.note, dataset });
    } catch (error) {
      if (error instanceof ExportParamError) throw new ExportParamError(`items.${i}.${error.param}`, error.message);
      throw error;
    }
  }
  return { request: parsed.data, title: parsed.data.title || exportText(parsed.data.lang).deckTitle, slides };
}

/** The deck and its title (the one on its cover, in its language), which also names the download. */
export async function buildBriefingDeck(prisma: PrismaClient, body: unknown): Promise<{ bytes: Uint8Array; title: string }> {
  const { request, title, slides } = await briefingSlides(prisma, body);
  const { lang, subtitle } = request;
  return { bytes: await renderBriefingPptx({ lang, title, subtitle, generatedAt: new Date().toISOString(), slides }), title };
}

/**
 * The deck's titles without the deck (POST /api/export/briefing.json, same body): the briefing editor
 * shows each untouched chart under the title its slide will carry, in the deck's language.
 */
export async function buildBriefingOutline(prisma: PrismaClient, body: unknown): Promise<{ lang: ExportLang; title: string; items: Array<{ title: string }> }> {
  const { request, title, slides } = await briefingSlides(prisma, body);
  return { lang: request.lang, title, items: slides.map((slide) => ({ title: slide.title })) };
}

async function briefingResponse(body: unknown): Promise<Response> {
  const { bytes, title } = await buildBriefingDeck(await getPrisma(), body);
  return fileResponse(bytes, "pptx", "fazhi-briefing", title);
}
