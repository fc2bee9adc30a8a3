import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { IngestError } from "../ingest/index";
import { EXTRACTOR_VERSION } from "../extract/version";
import { contentHashOf, processReport, processText } from "./process-report";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORT = [
  "某市2022年法治政府建设情况报告",
  "2022年，全市法治政府建设取得新进展。",
  "一、深化行政复议体制改革",
  "全市行政复议机关共收到行政复议申请1382件，市政府本级收到行政复议申请517件，同比增长6.2%。",
  "二、完善突发事件应对体系",
  "修订市级专项应急预案31部，组织各类应急演练1260余场。",
].join("\n");
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("processReport", () => {
  it("runs decode → clean → metadata → segments → metrics", async () => {
    const r = await processReport({ bytes: utf8(REPORT), fileName: "report.txt" });
    expect(r.format).toBe("txt");
    expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(r.meta.year.value).toBe(2022);
    expect(r.sections.map((s) => s.heading)).toEqual(["一、深化行政复议体制改革", "二、完善突发事件应对体系"]);
    expect(r.metrics.map((m) => [m.text, m.scope, m.pillar])).toEqual([
      ["1382件", "全市", "reconsideration"],
      ["517件", "市本级", "reconsideration"],
      ["31部", "市本级", "emergency"],
      ["1260余场", null, "emergency"],
    ]);
    expect(r.metrics[1]!.change?.value).toBe(6.2);
    for (const m of r.metrics) expect(r.cleaned.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("maps no figure of a report whose title says it covers part of a year (2024年上半年…工作总结)", () => {
    const body = "全区各执法部门共办理行政处罚案件2173件。";
    const year = processText(`武汉市江岸区2024年法治政府建设工作总结\n${body}`);
    const half = processText(`武汉市江岸区2024年上半年法治政府建设工作总结\n${body}`);
    expect(year.metrics.map((m) => m.indicator)).toEqual(["administrative-penalty-cases"]);
    expect(half.metrics.map((m) => [m.value, m.indicator])).toEqual([[2173, null]]);
  });

  it("drops a headline's figures however its spaces were written, and places a province paper's story by its dateline (本报赣州讯)", () => {
    const r = processText("前三季度赣州行政复议收案同比增长21.3%  “主渠道”作用持续凸显\n2025-10-24 08:36　来源：江西日报\n本报赣州讯 今年前三季度，赣州市各级行政复议机关共收到行政复议申请3126件，同比增长21.3%。\n");
    expect([r.meta.place.value, r.meta.place.method]).toEqual(["赣州市", "publisher-outlet+dateline"]);
    expect(r.metrics.map((m) => [m.text, m.scope, m.change?.value])).toEqual([["3126件", "全市", 21.3]]);
  });

  it("dates a news story's 去年 and 今年 from its publication year", () => {
    const r = processText("我市法治政府建设再上新台阶\n2023-02-08 来源：烟台日报\n记者从市司法局获悉，2022年，我市深入推进法治政府建设。去年，全市行政机关负责人出庭应诉率达到99.6%。据介绍，今年我市将开展普法活动200场。\n");
    expect(r.meta.year.value).toBe(2022);
    expect(r.metrics.map((m) => [m.text, m.period])).toEqual([
      ["99.6%", null],
      ["200场", 2023],
    ]);
  });

  it("reads 今年以来 in a public-account post of the year it reports on as that year's months so far, and files the post as news", () => {
    const r = processText("前三季度，绍兴检察行政检察“成绩单”来了！\n原创 绍兴检察 绍兴检察 2025年10月23日 17:36 浙江\n今年以来，全市检察机关共审查不起诉案件1372件。\n");
    expect([r.meta.title.value, r.meta.kind.value]).toEqual(["前三季度，绍兴检察行政检察“成绩单”来了！", "news"]);
    expect(r.metrics.map((m) => [m.value, m.coverage])).toEqual([[1372, { kind: "part-year", text: "今年以来" }]]);
  });

  it("reads 今年 and 今年前三季度 in a news item of the year it reports on as the months so far (the part the text names, when it names one)", () => {
    const r = processText("湖南省2025年法治政府建设工作新闻发布会\n发布时间：2025-12-18 15:42　来源：省政府新闻办\n今年，全省人民调解组织共调解矛盾纠纷41.3万件。今年前三季度，全省各级行政复议机关共收到行政复议申请3126件。\n");
    expect(r.meta.kind.value).toBe("news");
    expect(r.metrics.map((m) => [m.value, m.coverage?.text, m.indicator])).toEqual([
      [413000, "今年", null],
      [3126, "前三季度", null],
    ]);
  });

  it("files a city paper's roundup of its districts and counties under the city, whichever it names most", () => {
    const r = processText("我市各县市区2024年法治政府建设成绩单出炉\n来源：绵阳日报　发布时间：2025-03-18\n本报讯 记者从市司法局获悉，全市去年共收到行政复议申请1683件。涪城区以312件居全市首位，江油市、游仙区分别以247件、205件紧随其后。江油市全年办理行政处罚案件4120件，盐亭县为1380件。\n");
    expect(r.meta.place.value).toBe("绵阳市");
    expect(r.metrics.find((m) => m.value === 4120)!.scope).toBe("江油市");
  });

  it("gives 该区 the district named last even where it was no actor, and the later clauses of its sentence too", () => {
    const r = processText("绵阳市2024年法治政府建设情况报告\n“复议前置、调解优先”的做法在安州区效果明显。该区全年通过调解、和解方式化解行政争议64件，调解和解率达到41.6%。\n");
    expect(r.metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [64, "安州区", null],
      [41.6, "安州区", null],
    ]);
  });

  it("names the people's congress group that wrote a report on the government as its publisher, not the government", () => {
    const r = processText("九江市人大常委会调研组关于市人民政府2024年度法治政府建设情况的调研报告\n全市共收到行政复议申请2316件，同比增长38.2%。\n以上报告，请予审议。\n九江市人大常委会调研组\n2025年4月24日\n");
    expect(r.meta.publisher.value).toBe("九江市人大常委会调研组");
  });

  it("keeps the title's issuer as publisher when an OCR copy garbled the signature into no known place", () => {
    const r = processText("霍邱县人民政府关于2023年度法治政府建设情况的报告\n全县办理行政处罚案件1863件。\n特此报告。\n\n霍邨县人民政府\n  （印 章）\n      2024年2月20日\n");
    expect(r.meta.publisher.value).toBe("霍邱县人民政府");
  });

  it("gives the wider territory a later clause names itself (我区…，全市…1.2万件) to that territory, not to the report's place", () => {
    const r = processText("荆门市东宝区2024年法治政府建设情况报告\n我区收到行政复议申请1064件，全市收到行政复议申请1.2万件。\n");
    expect(r.metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [1064, null, "admin-review-applications"],
      [12000, "荆门市", null],
    ]);
  });

  it("files a city paper's story on one county that names its neighbours in passing under that county", () => {
    const r = processText("江油市法治政府建设再上新台阶\n来源：绵阳日报　发布时间：2025-03-18\n本报讯 江油市全市去年共收到行政复议申请683件。江油市办理行政处罚案件4120件。江油市与涪城区、游仙区、安州区开展联合执法12次。江油市出庭应诉率100%。\n");
    expect(r.meta.place.value).toBe("江油市");
  });

  it("reads 该区域 as no place, and looks for 该区's place within its paragraph only", () => {
    const r = processText("绵阳市2024年法治政府建设情况报告\n会议在涪城区召开。\n该区域共有企业56家，该区办理案件56件。\n");
    expect(r.metrics.map((m) => m.scope)).toEqual([null, null]);
  });

  it("files no place for a story on the nation's figures that cites places as examples (the user is asked for one)", () => {
    const r = processText("2024年全国行政复议案件数量创新高\n2025年01月22日08:15 | 来源：人民网－法治频道\n人民网北京1月22日电 2024年，全国各级行政复议机关共收到行政复议申请61.2万件。浙江省共收到行政复议申请5.9万件，深圳市推行“复议+调解”，深圳市调解结案1.1万件。\n");
    expect(r.meta.place.value).toBeNull();
  });

  it("reads 今年以来 in an annual report as the whole year", () => {
    const r = processText("某市2025年法治政府建设情况报告\n今年以来，全市共办理行政处罚案件1372件。\n");
    expect(r.metrics.map((m) => [m.value, m.coverage])).toEqual([[1372, null]]);
  });

  it("reads an office's 通报 whose title a PDF wrapped as the office's report (…工作 / 情况的通报)", () => {
    const r = processText("洛阳市司法局文件\n洛司〔2024〕17号\n洛阳市司法局\n关于2023年度全市行政复议和行政应诉工作\n情况的通报\n各县（市、区）人民政府：\n2023年，全市各级行政复议机关共收到行政复议申请1862件。\n");
    expect([r.meta.title.value, r.meta.kind.value]).toEqual(["洛阳市司法局关于2023年度全市行政复议和行政应诉工作情况的通报", "report"]);
  });

  it("reads …工作情况报告 as a report", () => {
    expect(processText("洛阳市2023年度行政复议工作情况报告\n全年共收到行政复议申请1862件。\n").meta.kind.value).toBe("report");
  });

  it("extracts a DOCX indicator table: each cell with its row's subject and unit, dated by its column", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, "../ingest/fixtures/keqiao-2023.docx")));
    const r = await processReport({ bytes, fileName: "keqiao.docx" });
    const table = r.metrics.filter((m) => m.subject === "行政复议收案数" || m.subject === "行政机关负责人出庭应诉率");
    expect(table.map((m) => [m.text, m.value, m.unit, m.period, m.indicator])).toEqual([
      ["186", 186, "件", 2022, "admin-review-applications"],
      ["214", 214, "件", null, "admin-review-applications"],
      ["96.5", 96.5, "%", 2022, "leader-court-appearance-rate"],
      ["100", 100, "%", null, "leader-court-appearance-rate"],
    ]);
    // The empty cell (—) is no figure.
    expect(r.metrics.filter((m) => m.subject === "规范性文件备案审查数").map((m) => m.value)).toEqual([38]);
  });

  it("gives the same content hash to the same report in GBK and UTF-8", async () => {
    const a = await processReport({ bytes: utf8(REPORT), fileName: "a.txt" });
    const b = await processReport({ bytes: new Uint8Array(iconv.encode(REPORT.replace(/\n/g, "\r\n"), "gbk")), fileName: "b.txt" });
    expect(b.contentHash).toBe(a.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHashOf("  a \n\t b ")).toBe(contentHashOf("a b"));
    expect(b.metrics.map((m) => m.value)).toEqual(a.metrics.map((m) => m.value));
  });

  it("returns an empty metric list for a text without figures", async () => {
    const r = await processReport({ bytes: utf8("关于加强法治建设的意见\n全市上下要深入学习贯彻习近平法治思想。"), fileName: "none.txt" });
    expect(r.metrics).toEqual([]);
  });

  it.each([
    ["empty", new Uint8Array(0)],
    ["binary", new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 1, 2, 3, 4, 5, 6, 0, 0])],
  ])("throws IngestError for %s input", async (code, bytes) => {
    const err = await processReport({ bytes, fileName: "bad.txt" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe(code);
  });

  it("processes every seed without error and every metric span reproduces its text", async () => {
    for (const f of fs.readdirSync(path.join(ROOT, "seeds")).filter((x) => x.endsWith(".txt"))) {
      const r = await processReport({ bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, "seeds", f))), fileName: f });
      expect(r.metrics.length, f).toBeGreaterThan(5);
      for (const m of r.metrics) {
        expect(r.cleaned.text.slice(m.start, m.end), f).toBe(m.text);
        expect(r.cleaned.text.slice(m.sentenceStart, m.sentenceEnd), f).toBe(m.sentence);
      }
    }
  });

  it("gives an office's own report the office's level, so its figures stand for no place", () => {
    const body = "2024年，组织执法人员培训2300人次，全市新登记经营主体8.62万户。\n";
    const office = processText(`泰州市市场监督管理局2024年法治政府建设工作情况报告\n${body}`, "bureau.txt");
    const gov = processText(`泰州市人民政府2024年法治政府建设情况报告\n${body}`, "gov.txt");
    expect(office.meta.office.value).toBe("泰州市市场监督管理局");
    expect(office.metrics.map((m) => [m.scope, m.indicator])).toEqual([
      ["局本级", null],
      ["全市", "new-market-entities"],
    ]);
    expect(gov.metrics.map((m) => m.indicator)).toEqual(["enforcement-staff-trained", "new-market-entities"]);
  });

  it("keeps the measures a justice bureau keeps for its whole place the place's in the bureau's own report, and its own level where stated", () => {
    const r = processText("攸县司法局2022年法治政府建设年度报告\n全年共受理法律援助案件1068件，同比增长9.3%。全年调解成功6302件，调解成功率97.6%。局机关持证执法人员12人。\n", "bureau.txt");
    expect(r.meta.office.value).toBe("攸县司法局");
    expect(r.metrics.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["1068件", null, "legal-aid-cases"],
      ["6302件", null, null],
      ["97.6%", null, "mediation-success-rate"],
      ["12人", "局本级", null],
    ]);
  });

  it("reads an office's press conference as the place's, not the office's own level", () => {
    const presser = processText("潍坊市司法局2024年法治政府建设新闻发布会实录\n记者：请问在优化法治化营商环境方面做了哪些工作？\n答：全年实行证明事项告知承诺制的事项达96项，取消证明事项38项。\n", "presser.txt");
    expect(presser.meta.kind.value).toBe("news");
    expect(presser.metrics.map((m) => [m.scope, m.indicator])).toEqual([
      [null, "notification-commitment-items"],
      [null, "certificate-requirements-cancelled"],
    ]);
  });

  it("reads a typeset PDF (文号 and masthead, a running header, spaces between Han text and digits) and a Word file pasted line by line from a PDF like their plain text", async () => {
    const fixtures = path.join(ROOT, "lib/ingest/fixtures");
    const key = (r: { metrics: Array<{ value: number; unit: string; indicator: string | null; period: number | null }> }) =>
      new Set(r.metrics.filter((m) => m.indicator !== null).map((m) => `${m.indicator}|${m.value}${m.unit}|${m.period ?? ""}`));
    const pairs: Array<[string, string]> = [
      ["anji-2023-spaced.pdf", "anji-2023.txt"],
      ["yantai-2023-pasted.docx", "yantai-2023.txt"],
    ];
    for (const [binary, source] of pairs) {
      const typeset = await processReport({ bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, binary))), fileName: binary });
      const plain = processText(fs.readFileSync(path.join(fixtures, source), "utf8"), source);
      expect([typeset.meta.title.value, typeset.meta.year.value, typeset.meta.kind.value], binary).toEqual([plain.meta.title.value, plain.meta.year.value, "report"]);
      expect(typeset.meta.title.value).toMatch(/^[\u4e00-\u9fa5]+人民政府关于2023年度?法治政府建设.*报告$/);
      // The indicator figures of the plain text, nearly all found in the typeset file too.
      const want = key(plain);
      const got = key(typeset);
      const found = [...want].filter((k) => got.has(k)).length;
      expect(found / want.size, `${binary}: ${[...want].filter((k) => !got.has(k)).join(", ")}`).toBeGreaterThanOrEqual(0.85);
      // No page header glued into a sentence.
      expect(typeset.metrics.some((m) => m.sentence.includes("人民政府文件"))).toBe(false);
    }
    // The PDF's page numbers and running header are in its cleaning report.
    const pdf = await processReport({ bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, "anji-2023-spaced.pdf"))), fileName: "anji.pdf" });
    const furniture = pdf.cleaned.removed.filter((r) => r.reason === "boilerplate").map((r) => r.text);
    expect(furniture).toContain("第 2 页 共 5 页");
    expect(furniture.filter((t) => t.includes("人民政府文件")).length).toBeGreaterThanOrEqual(2);
    // Sorted by position, as the cleaning report is.
    expect(pdf.cleaned.removed.every((r, i, a) => i === 0 || a[i - 1]!.start <= r.start)).toBe(true);
  });

  it("reads full-width digits grouped by full-width commas as one number through cleaning", () => {
    const r = processText("某区2023年法治政府建设情况报告\n全区排查整改安全隐患１８，６５４处，办理信访事项４，２３６件。受理案件１８，共计６５４件。\n");
    expect(r.metrics.map((m) => [m.value, m.indicator])).toEqual([
      [18654, "safety-hazards-rectified"],
      [4236, null],
      [654, null],
    ]);
  });

  it("processText handles in-memory text", () => {
    const r = processText(REPORT.replace(/\n/g, "\r\n"), "mem.txt");
    expect(r.metrics).toHaveLength(4);
  });
});

describe("processText: a government work report without its delivery line (review 45)", () => {
  it("covers the year before its title's, and dates 今年's targets to the title's year", () => {
    const r = processText("2025年芜湖市政府工作报告\n一、2024年工作回顾\n全年新登记经营主体9.6万户、增长11.2%。\n二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业6万人以上。\n");
    expect([r.meta.year.value, r.meta.year.method]).toEqual([2024, "work-report-title"]);
    expect(r.metrics.map((m) => [m.value, m.period, m.target])).toEqual([
      [96000, null, false],
      [6, 2025, true],
      [60000, 2025, true],
    ]);
  });
});

describe("processText: a government work report with no year in its title (review 45)", () => {
  it("dates 今年's targets a year after the year it reviews", () => {
    const r = processText("芜湖市政府工作报告\n一、2024年工作回顾\n2024年全年新登记经营主体9.6万户。2024年新增就业7万人。\n二、今年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n");
    expect(r.meta.year.value).toBe(2024);
    expect(r.metrics.find((m) => m.value === 6)).toMatchObject({ period: 2025, target: true });
  });
});

describe("processText: a look back at a five-year plan (review 45)", () => {
  it("gives its undated figures multi-year coverage and no indicator, and keeps a table's year columns dated", () => {
    const r = processText(
      "芜湖市“十四五”法治政府建设规划终期评估报告\n（二）行政执法更加严格规范公正文明。累计组织执法人员培训4.2万人次，开展行政执法案卷评查2870卷。\n表1 主要指标\n指标名称 单位 2020年 2024年\n行政复议直接纠错率 % 9.6 14.3\n",
    );
    // (The year a figure is of: its period, else the report's.)
    expect(r.metrics.map((m) => [m.value, m.coverage === null ? (m.period ?? r.meta.year.value) : null, m.coverage?.kind ?? null, m.indicator])).toEqual([
      [42000, null, "multi-year", null],
      [2870, null, "multi-year", null],
      [9.6, 2020, null, "admin-review-correction-rate"],
      [14.3, 2024, null, "admin-review-correction-rate"],
    ]);
  });
  it("leaves a title that names one year, in digits or numerals, that year's report", () => {
    for (const title of ["某市2024年法治政府建设情况暨“十四五”规划实施情况报告", "某市人民政府关于二〇二四年度法治政府建设暨“十四五”规划实施情况的报告"]) {
      const r = processText(`${title}\n开展行政执法案卷评查2870卷。\n`);
      expect(r.metrics.map((m) => [m.coverage, m.indicator])).toEqual([[null, "enforcement-case-file-reviews"]]);
    }
  });
});

describe("processText: a rate of none written as a bare 0 (review 52b)", () => {
  it("reads 败诉率为0 and 纠错率为 0 (a PDF's space) as 0%", () => {
    const ms = processText("某市2025年法治政府建设情况报告\n行政诉讼败诉率为 0。复议纠错率为0，调解率为0.5。\n").metrics;
    expect(ms.map((m) => [m.value, m.unit, m.indicator])).toEqual([
      [0, "%", "admin-litigation-loss-rate"],
      [0, "%", "admin-review-correction-rate"],
      [0.5, "", null],
    ]);
  });
});

describe("processText: a 政府信息公开 annual report however it is titled (review 57b)", () => {
  const body = "一、总体情况\n全年共收到政府信息公开申请376件；全年收到行政复议申请15件，其中被纠错2件。";
  it("maps none of its figures under …工作报告, …年度报告（区政府） or a title that does not say it, when the format's headings do", () => {
    for (const title of ["成都市武侯区人民政府2025年度政府信息公开工作报告", "成都市武侯区2025年政府信息公开工作年度报告（区政府）"]) {
      expect(processText(`${title}\n${body}`).metrics.map((m) => m.indicator)).toEqual([null, null, null]);
    }
    const untitled = `成都市武侯区人民政府2025年度报告\n${body}\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况`;
    expect(processText(untitled).metrics.map((m) => m.indicator)).toEqual([null, null, null]);
    // (A rule-of-law report keeps its indicators, also when a sentence quotes the format's headings or the title adds 依法行政: code review 58.)
    const quoting = "全面推进政务公开，如实公开主动公开政府信息情况、收到和处理政府信息公开申请情况。";
    expect(processText(`成都市武侯区2025年法治政府建设情况报告\n${body}\n${quoting}`).metrics[1]!.indicator).toBe("admin-review-applications");
    expect(processText(`成都市武侯区2025年依法行政和政府信息公开工作报告\n${body}`).metrics[1]!.indicator).toBe("admin-review-applications");
    expect(processText(`成都市武侯区2025年法治政府建设情况报告\n${body}`).metrics[1]!.indicator).toBe("admin-review-applications");
  });
});

describe("processText: a white paper's tables by kind of case and by respondent (review 59b)", () => {
  const text = [
    "佛山市2025年度行政复议工作白皮书",
    "一、行政复议案件基本情况",
    "2025年，全市各级行政复议机关共收到行政复议申请5386件。",
    "表1 2025年全市行政复议受理案件按行政行为类别分布",
    "行为类别  受理数（件）  占比  2024年（件）  同比",
    "行政处罚  1638  33.3%  1502  +9.1%",
    "表2 2025年市本级受理行政复议案件按被申请人分布",
    "被申请人类别  被申请人  受理数（件）  占比",
    "市公安局  688  24.9%",
    "禅城区人民政府  98  3.5%",
    "",
  ].join("\n");
  const metric = (text_: string) => processText(text).metrics.find((m) => m.text === text_)!;

  it("files a kind's count under the caption's level and domain, and a respondent's at the caption's level, not the respondent's", () => {
    expect([metric("1638").unit, metric("1638").subject, metric("1638").scope, metric("1638").pillar, metric("1638").change?.value]).toEqual(["件", "行政处罚受理数", "全市", "reconsideration", 9.1]);
    expect([metric("33.3%").unit, metric("33.3%").subject]).toEqual(["%", "行政处罚占比"]);
    expect([metric("1502").unit, metric("1502").period]).toEqual(["件", 2024]);
    expect([metric("98").subject, metric("98").scope, metric("98").indicator]).toEqual(["以禅城区人民政府为被申请人的受理数", "市本级", null]);
    expect([metric("688").subject, metric("688").scope]).toEqual(["以市公安局为被申请人的受理数", "市本级"]);
  });
});

describe("processText: an office's report breaking its system's total down (review 59a)", () => {
  it("keeps the clauses of a part that opens with 局本级 after a semicolon at the office's level, not the system's before it", () => {
    const text = "宜昌市市场监督管理局2025年法治政府建设年度报告\n一、执法情况\n全市市场监管系统制定抽查计划236项；局本级组织实施抽查任务31项，抽查经营主体1,205户次。\n";
    expect(processText(text).metrics.map((m) => [m.value, m.scope])).toEqual([
      [236, "全系统"],
      [31, "局本级"],
      [1205, "局本级"],
    ]);
    // (A later part of its own, after the part that opened with 局本级, does not reach back either: code review 59.)
    const later = "宜昌市市场监督管理局2025年法治政府建设年度报告\n一、执法情况\n全市市场监管系统制定抽查计划236项；局本级组织实施抽查任务31项；抽查经营主体1,205户次。\n";
    expect(processText(later).metrics.map((m) => m.scope)).toEqual(["全系统", "局本级", "局本级"]);
  });
  it("keeps a 从案件类型看 sentence at the level of the total it breaks down, not the office's own after a 其中 part", () => {
    const text = [
      "宜昌市市场监督管理局2025年法治政府建设年度报告",
      "一、执法情况",
      "全年全市市场监管系统共立案查处各类违法案件3826件。其中，局机关（本级）立案查处案件218件。从案件类型看，查处食品安全案件1,248件、产品质量案件463件。",
      "开展专项整治，查处案件56件。",
    ].join("\n");
    const ms = processText(text).metrics;
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [3826, "全系统"],
      [218, "局本级"],
      [1248, "全系统"],
      [463, "全系统"],
      // (A sentence that breaks nothing down keeps the office's own level.)
      [56, "局本级"],
    ]);
  });
});
