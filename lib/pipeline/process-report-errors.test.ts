import { describe, expect, it, vi } from "vitest";
import { IngestError } from "../ingest/index";
import { processReport } from "./process-report";

// An extraction bug cannot be provoked by input once it is fixed, so the extractor is made to fail
// here: what is tested is how processReport reports a failure after the file was read.
vi.mock("../extract/extract-metrics", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../extract/extract-metrics")>()),
  extractMetrics: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'start')");
  },
}));

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("processReport's errors", () => {
  it("reports a failure after the text was read as our error (unprocessable), not as the file's encoding", async () => {
    const err = await processReport({ bytes: utf8("某市2024年法治政府建设情况报告\n全市收到行政复议申请120件。"), fileName: "report.txt" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    const e = err as IngestError;
    expect([e.code, e.status]).toEqual(["unprocessable", 422]);
    expect(e.message).toContain("report.txt");
    expect(e.message).toContain("not in the file");
    expect(e.messageZh).toContain("本系统的问题");
    expect(e.messageZh).not.toContain("编码");
    expect(e.cause).toBeInstanceOf(TypeError);
  });

});
