// Generates the OpenAPI 3.1 document served at /api/openapi.json from the zod schemas, so the
// documentation cannot drift from what the handlers validate and return.
import { z } from "zod";
import {
  CompareQuerySchema,
  ComparisonSchema,
  ErrorSchema,
  HealthSchema,
  IndicatorDetailSchema,
  IndicatorSlugParamSchema,
  IndicatorSummarySchema,
  MetricListSchema,
  MetricsQuerySchema,
  PillarSchema,
  PlaceDetailSchema,
  PlaceSlugParamSchema,
  PlaceSummarySchema,
  ReportDetailSchema,
  ReportIdParamSchema,
  ReportsQuerySchema,
  ReportSummarySchema,
  ReportUploadFieldsSchema,
  ReportUploadResultSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from "./schemas";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  // The document declares its dialect once (OpenAPI 3.1); nested $schema keys are noise.
  delete out.$schema;
  return out;
}

function parameters(schema: z.ZodObject, where: "query" | "path"): JsonSchema[] {
  const full = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(full.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || (full.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

interface Operation {
  path: string;
  method?: "get" | "post";
  /** multipart/form-data fields besides the uploaded `file`. */
  uploadFields?: z.ZodObject;
  /** Success status (200 unless stated). */
  status?: number;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
  errors: number[];
}

const OPERATIONS: Operation[] = [
  { path: "/api/health", summary: "Database reachable, with counts of places, reports and metrics", response: HealthSchema, errors: [503] },
  { path: "/api/places", summary: "All places with parent, province and reports", response: z.array(PlaceSummarySchema), errors: [] },
  { path: "/api/places/{slug}", summary: "One place: reports, districts, disclosure per pillar, indicators by year", pathParams: PlaceSlugParamSchema, response: PlaceDetailSchema, errors: [400, 404] },
  { path: "/api/reports", summary: "Reports, newest first", query: ReportsQuerySchema, response: z.array(ReportSummarySchema), errors: [400, 404] },
  { path: "/api/reports/{id}", summary: "One report with cleaned text, sections, metrics, cleaning report and quality assessment", pathParams: ReportIdParamSchema, response: ReportDetailSchema, errors: [400, 404] },
  { path: "/api/indicators", summary: "The canonical indicator catalog", response: z.array(IndicatorSummarySchema), errors: [] },
  { path: "/api/indicators/{slug}", summary: "One indicator with every place and year disclosing it", pathParams: IndicatorSlugParamSchema, response: IndicatorDetailSchema, errors: [400, 404] },
  { path: "/api/pillars", summary: "The six pillars", response: z.array(PillarSchema), errors: [] },
  {
    path: "/api/compare",
    summary: "Compare indicators across places",
    description: "One series per indicator, one cell per place. A missing value is null (未披露), never zero; flags mark figures that are not like for like.",
    query: CompareQuerySchema,
    response: ComparisonSchema,
    errors: [400, 404],
  },
  { path: "/api/metrics", summary: "Metrics filtered by place, report, pillar, indicator and year", query: MetricsQuerySchema, response: MetricListSchema, errors: [400, 404] },
  { path: "/api/search", summary: "Full-text search across the reports' cleaned text", query: SearchQuerySchema, response: SearchResultSchema, errors: [400] },
  {
    path: "/api/reports",
    method: "post",
    summary: "Upload a report (text, web page, PDF or Word) and store its metrics",
    description:
      "201 when the report is new, 200 when the same text was stored before (outcome unchanged or re-extracted). On any error nothing is written.",
    uploadFields: ReportUploadFieldsSchema,
    status: 201,
    response: ReportUploadResultSchema,
    errors: [400, 413, 415, 422],
  },
];

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid parameter; the message and `param` name it",
  404: "Unknown place, report or indicator",
  413: "The file is larger than 20 MB",
  415: "Not a text, HTML, PDF or DOCX document (binary or unsupported format)",
  422: "Empty, undecodable or truncated document, a report whose place or year cannot be determined, or a file our extraction failed on (code unprocessable: nothing stored)",
  503: "Database unreachable",
};

export function buildOpenApiDocument(): Record<string, unknown> {
  const errorSchema = jsonSchema(ErrorSchema, "output");
  const paths: Record<string, unknown> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {
      [op.status ?? 200]: { description: op.status === 201 ? "Created" : "OK", content: { "application/json": { schema: jsonSchema(op.response, "output") } } },
    };
    for (const status of op.errors) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { "application/json": { schema: status === 503 ? jsonSchema(HealthSchema, "output") : { $ref: "#/components/schemas/Error" } } },
      };
    }
    const fields = op.uploadFields ? (jsonSchema(op.uploadFields, "input") as { properties?: Record<string, JsonSchema> }) : null;
    paths[op.path] = {
      ...(paths[op.path] as Record<string, unknown> | undefined),
      [op.method ?? "get"]: {
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        parameters: [...(op.pathParams ? parameters(op.pathParams, "path") : []), ...(op.query ? parameters(op.query, "query") : [])],
        ...(fields
          ? {
              requestBody: {
                required: true,
                content: {
                  "multipart/form-data": {
                    schema: {
                      type: "object",
                      required: ["file"],
                      properties: { file: { type: "string", format: "binary", description: "The report file, at most 20 MB" }, ...fields.properties },
                    },
                  },
                },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "法治对标 Rule-of-Law Benchmark API",
      version: "1.0.0",
      description: "Metrics extracted from Chinese local governments' annual reports on building a rule-of-law government, each with the sentence it came from.",
    },
    paths,
    components: { schemas: { Error: errorSchema } },
  };
}
