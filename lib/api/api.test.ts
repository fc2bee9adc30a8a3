import { describe, expect, it } from "vitest";
import { NotFoundError, InvalidParameterError } from "@/lib/data/errors";
import { IngestError } from "@/lib/ingest/ingest-error";
import { errorBody } from "./http-error";
import { StoreError } from "@/lib/db/store-report";
import { buildOpenApiDocument } from "./openapi";
import { flattenParams, parseParams } from "./parse-params";
import { CompareQuerySchema, MetricsQuerySchema, ReportIdParamSchema, ReportUploadFieldsSchema, SearchQuerySchema } from "./schemas";

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as InvalidParameterError;
  }
  throw new Error("expected a failure");
};

describe("request parameters", () => {
  it("parses comparison lists from commas or repeated parameters, with latest as the default year", () => {
    expect(parseParams(CompareQuerySchema, new URLSearchParams("places=qingdao,weihai&places=dandong&pillar=reconsideration"))).toEqual({
      places: ["qingdao", "weihai", "dandong"],
      pillar: "reconsideration",
      year: "latest",
    });
    expect(parseParams(CompareQuerySchema, { places: "weihai", year: "2023", indicators: "a-b, c" })).toMatchObject({ year: 2023, indicators: ["a-b", "c"] });
    expect(flattenParams({ a: ["1", "2"], b: "", c: undefined })).toEqual({ a: "1,2" });
  });

  it("names the parameter at fault", () => {
    expect(failure(() => parseParams(CompareQuerySchema, {})).param).toBe("places");
    expect(failure(() => parseParams(CompareQuerySchema, { places: "Qing Dao" })).param).toBe("places");
    expect(failure(() => parseParams(CompareQuerySchema, { places: "a", year: "23" })).message).toMatch(/"year"/);
    expect(failure(() => parseParams(CompareQuerySchema, { places: "a", pillar: "law" })).param).toBe("pillar");
    expect(failure(() => parseParams(ReportIdParamSchema, { id: "0" })).param).toBe("id");
    expect(failure(() => parseParams(MetricsQuerySchema, { limit: "99999" })).param).toBe("limit");
    expect(failure(() => parseParams(SearchQuerySchema, { q: "x".repeat(51) })).param).toBe("q");
  });
});

describe("errors and the OpenAPI document", () => {
  it("maps errors to statuses without leaking internals", () => {
    expect(errorBody(new InvalidParameterError("year", 'Parameter "year" bad')).error).toMatchObject({ status: 400, param: "year" });
    expect(errorBody(new NotFoundError("report", ["9"])).error.status).toBe(404);
    expect(errorBody(new IngestError("too-large")).error.status).toBe(413);
    // The upload page shows why a file was refused in the reader's language.
    expect(errorBody(new IngestError("binary")).error).toMatchObject({ status: 415, code: "binary", messageZh: expect.stringContaining("二进制") });
    expect(errorBody(new StoreError("year-unknown", "no year", "无法判断年份")).error).toEqual({ status: 422, code: "year-unknown", message: "no year", messageZh: "无法判断年份" });
    expect(errorBody(new Error("secret stack")).error).toEqual({ status: 500, code: "internal", message: "Internal server error" });
    // An extraction failure is a 422 that says the fault is ours, not the file's.
    expect(errorBody(new IngestError("unprocessable")).error).toMatchObject({ status: 422, code: "unprocessable", messageZh: expect.stringContaining("本系统的问题") });
  });

  it("documents every route with its parameters and response schema", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, { get: { parameters: Array<{ name: string; in: string; required: boolean }>; responses: Record<string, unknown> } }> };
    expect(Object.keys(doc.paths)).toHaveLength(11);
    const compare = doc.paths["/api/compare"]!.get;
    expect(compare.parameters.map((p) => p.name)).toEqual(["places", "indicators", "pillar", "year"]);
    expect(compare.parameters.find((p) => p.name === "places")!.required).toBe(true);
    expect(Object.keys(compare.responses)).toEqual(["200", "400", "404"]);
    expect(doc.paths["/api/reports/{id}"]!.get.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });

  it("documents the upload: multipart fields from the same schema the handler parses, and every error it answers", () => {
    const doc = buildOpenApiDocument() as {
      paths: Record<string, { get?: unknown; post?: { requestBody: { content: Record<string, { schema: { required: string[]; properties: Record<string, unknown> } }> }; responses: Record<string, unknown> } }>;
    };
    const reports = doc.paths["/api/reports"]!;
    expect(reports.get).toBeDefined();
    const form = reports.post!.requestBody.content["multipart/form-data"]!.schema;
    expect(form.required).toEqual(["file"]);
    expect(Object.keys(form.properties)).toEqual(["file", ...Object.keys(ReportUploadFieldsSchema.shape)]);
    expect(Object.keys(reports.post!.responses).sort()).toEqual(["201", "400", "413", "415", "422"]);
  });

  it("refuses upload fields with the parameter named", () => {
    expect(failure(() => parseParams(ReportUploadFieldsSchema, { year: "twenty" })).param).toBe("year");
    expect(failure(() => parseParams(ReportUploadFieldsSchema, { sourceUrl: "ftp://x" })).param).toBe("sourceUrl");
    expect(parseParams(ReportUploadFieldsSchema, { year: "2023", place: "青岛市" })).toEqual({ year: 2023, place: "青岛市" });
  });
});
