// Uploads: a good report is stored once; bad input gets its status and writes nothing.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestUpload, UploadFieldError } from "@/lib/db/ingest-upload";
import { applyMigrations } from "@/lib/db/schema-engine";
import { upsertReferenceData } from "@/lib/db/seed";
import { StoreError } from "@/lib/db/store-report";
import { IngestError, MAX_UPLOAD_BYTES } from "@/lib/ingest/ingest-error";
import { openTestDatabase } from "../support/test-database";

let db: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  db = await openTestDatabase();
  await applyMigrations(db.adapter);
  await db.prisma.$transaction((tx) => upsertReferenceData(tx));
});
afterAll(async () => {
  await db?.close();
});

function upload(bytes: Uint8Array<ArrayBuffer> | string, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([bytes], name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return new Request("http://localhost/api/reports", { method: "POST", body: form });
}

async function counts() {
  return { reports: await db.prisma.report.count(), metrics: await db.prisma.metric.count() };
}

describe("report upload", () => {
  it("stores a GBK-encoded report once, with its metrics", async () => {
    const file = path.resolve("tests/fixtures/reports/changzhou-2022-gbk.txt");
    const bytes = new Uint8Array(fs.readFileSync(file));
    const first = await ingestUpload(db.prisma, upload(bytes, "changzhou-2022-gbk.txt"));
    expect(first.outcome).toBe("created");
    expect(first.place).toBe("常州市");
    expect(first.metrics).toBeGreaterThan(20);
    const again = await ingestUpload(db.prisma, upload(bytes, "copy.txt"));
    expect(again.outcome).toBe("unchanged");
    expect(again.reportId).toBe(first.reportId);
  });

  it("stores a department's own report with its office, and the government's report with none", async () => {
    const text = "株洲市市场监督管理局\n2024年度法治政府建设工作报告\n一、主要举措和成效\n全年立案查处各类违法案件186件，作出行政处罚决定180件。\n";
    const stored = await ingestUpload(db.prisma, upload(text, "zhuzhou-scjgj-2024.txt"));
    const row = await db.prisma.report.findUniqueOrThrow({ where: { id: stored.reportId }, select: { office: true, title: true } });
    expect(row).toEqual({ office: "株洲市市场监督管理局", title: "株洲市市场监督管理局2024年度法治政府建设工作报告" });
    const government = await db.prisma.report.findFirstOrThrow({ where: { title: { contains: "常州" } }, select: { office: true } });
    expect(government.office).toBeNull();
  });

  it.each([
    { label: "empty", bytes: new Uint8Array(0), name: "empty.txt", status: 422 },
    { label: "binary", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), name: "data.bin", status: 415 },
    { label: "truncated PDF", bytes: new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog"), name: "cut.pdf", status: 422 },
  ])("refuses $label input with $status and writes nothing", async ({ bytes, name, status }) => {
    const before = await counts();
    const attempt = ingestUpload(db.prisma, upload(bytes, name));
    await expect(attempt).rejects.toBeInstanceOf(IngestError);
    await expect(attempt).rejects.toMatchObject({ status });
    expect(await counts()).toEqual(before);
  });

  it("refuses an oversized upload with 413", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
    await expect(ingestUpload(db.prisma, upload(big, "big.txt"))).rejects.toMatchObject({ status: 413 });
  });

  it("names the bad field", async () => {
    const bytes = "2022年某市法治政府建设情况报告\n受理行政复议案件120件。";
    await expect(ingestUpload(db.prisma, upload(bytes, "x.txt", { year: "twenty" }))).rejects.toBeInstanceOf(UploadFieldError);
    await expect(
      ingestUpload(db.prisma, new Request("http://localhost/api/reports", { method: "POST", body: "not a form" })),
    ).rejects.toMatchObject({ param: "file" });
  });

  it("refuses a report whose place cannot be told, without writing", async () => {
    const before = await counts();
    const bytes = "工作报告\n今年共受理行政复议案件120件，审结115件。";
    await expect(ingestUpload(db.prisma, upload(bytes, "unknown.txt"))).rejects.toBeInstanceOf(StoreError);
    expect(await counts()).toEqual(before);
  });
});
