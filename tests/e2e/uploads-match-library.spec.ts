// The production build extracts what the library does. The server runs the extractor as the build's
// minifier rewrote it; the unit tests run the source. A minifier slip once left an import's name
// unrenamed inside one rule (every office report that reached it was refused with a 422), and no
// other test saw it. So this uploads reports of several kinds and formats and compares the stored
// figures with the library's own run on the same bytes. Runs last (files run in name order): it adds reports.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/reports");

/** A bureau's own report: the office paths (its line, 全系统, 局本级, another office named) all run. */
const BUREAU_REPORT = `九江市农业农村局2024年农业综合行政执法工作总结
一、执法办案
全年全市农业综合行政执法机构共立案查处各类农业违法案件637件，同比下降1.5%，办结621件，结案率97.5%；罚没款合计412.6万元；移送公安机关涉嫌犯罪案件31件。
全市农业农村系统组织执法人员培训12期，培训1200人次。局本级持证执法人员43人。
二、2025年工作打算
力争全年查处农业违法案件不少于600件。
九江市农业农村局
2025年1月10日
`;

const MIME: Record<string, string> = {
  ".txt": "text/plain",
  ".html": "text/html",
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const bureauFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "uploads-match-")), "jiujiang-nync-2024.txt");
fs.writeFileSync(bureauFile, BUREAU_REPORT);
const files = [
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => MIME[path.extname(f)] !== undefined)
    .sort()
    .map((f) => path.join(FIXTURES, f)),
  bureauFile,
];

type Row = { text: string; value: number; unit: string; subject: string; scope: string | null; period: number | null; indicator: string | null; start: number };
const row = (m: Row, pillar: string) => [m.start, m.text, m.value, m.unit, m.subject, m.scope, m.period, pillar, m.indicator].join("|");

/** The library's own run on the same files: the CLI, from the source, in a process of its own. */
let library: Map<string, string[]>;
test.beforeAll(() => {
  const out = execFileSync("npx", ["tsx", "scripts/extract.ts", "--json", ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const parsed = JSON.parse(out) as Array<{ file: string; metrics: Array<Row & { pillar: string }> }>;
  library = new Map(parsed.map((r) => [path.basename(r.file), r.metrics.map((m) => row(m, m.pillar)).sort()]));
});

for (const file of files) {
  const name = path.basename(file);
  test(`an upload of ${name} stores the figures the library extracts from it`, async ({ request }) => {
    const answer = await request.post("/api/reports", { multipart: { file: { name, mimeType: MIME[path.extname(name)]!, buffer: fs.readFileSync(file) } } });
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    const { reportId } = (await answer.json()) as { reportId: number };
    // (The API gives a figure's indicator as its catalog entry; the CLI as its slug.)
    type Stored = Omit<Row, "indicator"> & { pillarId: string; indicator: { slug: string } | null };
    const stored = (await (await request.get(`/api/reports/${reportId}`)).json()) as { metrics: Stored[] };
    const expected = library.get(name)!;
    expect(expected.length).toBeGreaterThan(5);
    expect(stored.metrics.map((m) => row({ ...m, indicator: m.indicator?.slug ?? null }, m.pillarId)).sort()).toEqual(expected);
  });
}
