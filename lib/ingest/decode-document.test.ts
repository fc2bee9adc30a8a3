import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { IngestError, MAX_UPLOAD_BYTES, cleanText, decodeDocument } from "./index";
import { joinWrappedLines, normaliseRadicals, unwrapHardWrappedText } from "./decode-document";
import { processReport } from "../pipeline/process-report";

const fixtures = path.join(import.meta.dirname, "fixtures");
const seeds = path.join(import.meta.dirname, "../../seeds");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(fixtures, name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function expectIngestError(p: Promise<unknown>, code: IngestError["code"], status: number): Promise<IngestError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    const e = err as IngestError;
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.messageZh).toMatch(/[\u4e00-\u9fa5]/);
    return e;
  }
  throw new Error(`expected IngestError ${code}`);
}

/** Deterministic pseudo-random bytes (xorshift), so the binary test never flakes. */
function randomBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const REPORT_TEXT = "关于2022年法治政府建设情况的报告\n2022年，我市全面推进法治政府建设，共办理行政复议案件312件。\n";

describe("decodeDocument: plain text encodings", () => {
  it("reads the UTF-8 seeds as text", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(seeds, "003_cdd31fdd8f412dcc.txt")));
    const d = await decodeDocument(bytes, { fileName: "003.txt" });
    expect(d.format).toBe("txt");
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("法治政府建设情况报告");
  });

  it("strips a UTF-8 BOM and normalises CRLF", async () => {
    const d = await decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(REPORT_TEXT.replace(/\n/g, "\r\n"))]), { fileName: "a.txt" });
    expect(d.encoding).toBe("utf-8");
    expect(d.text.startsWith("关于2022年")).toBe(true);
    expect(d.text).not.toContain("\r");
  });

  it("reads UTF-16 with a BOM (LE and BE)", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(REPORT_TEXT, "utf16le")]);
    const d1 = await decodeDocument(le, { fileName: "a.txt" });
    expect(d1.encoding).toBe("utf-16le");
    expect(d1.text).toContain("行政复议案件312件");
    const beBody = Buffer.from(REPORT_TEXT, "utf16le").swap16();
    const d2 = await decodeDocument(new Uint8Array([0xfe, 0xff, ...beBody]), { fileName: "a.txt" });
    expect(d2.encoding).toBe("utf-16be");
    expect(d2.text).toContain("行政复议案件312件");
  });

  it("detects GBK text (committed fixture) without any label", async () => {
    const d = await decodeDocument(fixture("luoyang-2022-gbk.txt"), { fileName: "report.txt" });
    expect(d.format).toBe("txt");
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("来源：洛阳市司法局");
    expect(d.text).toContain("同比增长15.2%");
  });

  it("ignores a wrong UTF-8 label on GBK bytes", async () => {
    const bytes = new Uint8Array(iconv.encode(REPORT_TEXT, "gbk"));
    const d = await decodeDocument(bytes, { fileName: "report.txt", contentType: "text/plain; charset=utf-8" });
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("行政复议案件312件");
  });

  it("unwraps a page set in two columns column by column, so no figure loses its unit (review 39; made from two-column-2023.html with Chromium)", async () => {
    const d = await decodeDocument(fixture("two-column-2023.pdf"), { fileName: "two-column.pdf" });
    // Each column's wrapped lines are one paragraph again, figures and units together.
    for (const figure of ["罚没款1.27亿元", "共收到行政复议申请512件", "审结445件", "其中市直部门2,104人"]) expect(d.text).toContain(figure);
    expect(d.text).toContain("全市持有效行政执法证件人员6,358人，其中市直部门2,104人。全年全市各级行政执法机关作出行政处罚决定1.83万件");
  });

  it("drops a running header printed before the page number, then the page number, and keeps the title's first line and the signature (review 39; made from header-first-2023.html with Chromium)", async () => {
    const d = await decodeDocument(fixture("header-first-2023.pdf"), { fileName: "header-first.pdf" });
    expect(d.text).toMatch(/^佳木斯市人民政府\n关于2023年度法治政府建设情况的报告/);
    expect(d.text).toMatch(/佳木斯市人民政府\n2024年2月28日/);
    expect(d.text).not.toContain("— 1 —");
  });

  it("reads GBK content mislabelled by extension (.pdf that is really text)", async () => {
    const bytes = new Uint8Array(iconv.encode(REPORT_TEXT, "gbk"));
    const d = await decodeDocument(bytes, { fileName: "report.pdf" });
    expect(d.format).toBe("txt");
    expect(d.text).toContain("法治政府建设");
  });

  it("keeps UTF-8 that was cut off mid-character (not misread as GBK)", async () => {
    const bytes = utf8(REPORT_TEXT + "全市办理案件");
    const d = await decodeDocument(bytes.subarray(0, bytes.length - 1), { fileName: "cut.txt" });
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("行政复议案件312件");
    expect(d.text.endsWith("全市办理案")).toBe(true);
  });

  it("reads Big5 text", async () => {
    const bytes = new Uint8Array(iconv.encode("關於2022年法治政府建設情況的報告\n本市辦理行政復議案件312件，行政機關負責人出庭應訴率達到百分之百。\n", "big5"));
    const d = await decodeDocument(bytes, { fileName: "tw.txt" });
    expect(d.text).toContain("行政復議案件312件");
  });

  it("maps radical code points from PDF fonts to ordinary characters", () => {
    expect(normaliseRadicals("\u2ed3兴县\u2f08\u2ea0政府\u2f3e")).toBe("长兴县人民政府户");
  });
});

describe("decodeDocument: HTML", () => {
  it("reads a GBK page with chrome: charset meta, title, date, publisher, no scripts", async () => {
    const d = await decodeDocument(fixture("gulou-2021-gbk.html"), { fileName: "page.html" });
    expect(d.format).toBe("html");
    expect(d.encoding).toBe("gb18030");
    expect(d.formatTitle).toBe("鼓楼区2021年法治政府建设年度报告");
    expect(d.formatDate).toBe("2022-03-25");
    expect(d.formatPublisher).toBe("鼓楼区司法局");
    expect(d.formatSourceUrl).toContain("gl.gov.cn");
    expect(d.text).toContain("全区收到行政复议申请312件");
    expect(d.text).not.toMatch(/function|var _hmt|document\.write|广告脚本|console\.log/);
    // Paragraph breaks survive: each numbered item is its own line.
    expect(d.text.split("\n").some((l) => l.trim().startsWith("二、严格规范公正文明执法"))).toBe(true);
  });

  it("falls back from a wrong UTF-8 meta charset to GBK detection", async () => {
    const html = `<html><head><meta charset="utf-8"><title>测试</title></head><body><p>${"全市行政复议案件数量持续下降，行政机关负责人出庭应诉率保持百分之百。".repeat(5)}</p></body></html>`;
    const d = await decodeDocument(new Uint8Array(iconv.encode(html, "gbk")), { fileName: "x.htm" });
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("出庭应诉率");
  });

  it("drops the site's name glued to the page title by a bare dash, and keeps an HTML table row on one line", async () => {
    const body = `<h2>莱西市2023年法治政府建设情况报告</h2><p>${"2023年，莱西市深入学习贯彻习近平法治思想，持续推进法治政府建设。".repeat(4)}</p><table><tr><td><p>行政复议收案数（件）</p></td><td>198</td><td>220</td></tr></table>`;
    const html = `<html><head><meta charset="utf-8"><title>莱西市2023年法治政府建设情况报告-莱西市人民政府</title></head><body>${body}</body></html>`;
    const d = await decodeDocument(utf8(html), { fileName: "p.html" });
    expect(d.formatTitle).toBe("莱西市2023年法治政府建设情况报告");
    expect(d.text.split("\n")).toContainEqual(expect.stringMatching(/^行政复议收案数（件） +198 +220$/));
  });

  it("keeps the lines of a page laid out in a table (the article in one <td>), and a data table's rows inside it", async () => {
    const para = "全县各级行政复议机关共收到行政复议申请126件，依法受理118件，审结112件，行政机关负责人出庭应诉率100%。";
    const html = `<html><head><meta charset="gb2312"><title>宿松县2023年法治政府建设工作情况报告</title></head><body>
      <table width="1000"><tr><td>首页</td><td>政务公开</td></tr><tr><td id="zoom">
      <p>宿松县2023年法治政府建设工作情况报告</p><p>一、主要成效</p><p>${para}</p>全县办理法律援助案件356件。<br>全县开展普法活动212场次。
      <table><tr><td>指标名称</td><td>2022年</td><td>2023年</td></tr><tr><td>行政复议收案数（件）</td><td>98</td><td>126</td></tr></table>
      <p>二、存在的问题</p></td></tr></table></body></html>`;
    const d = await decodeDocument(new Uint8Array(iconv.encode(html, "gbk")), { fileName: "page.html" });
    const lines = d.text.split("\n");
    expect(lines).toContain("一、主要成效");
    expect(lines).toContain(para);
    expect(lines).toContain("全县办理法律援助案件356件。");
    expect(lines).toContain("全县开展普法活动212场次。");
    expect(lines.some((l) => /^行政复议收案数（件）\s+98\s+126$/.test(l))).toBe(true);
    expect(lines).toContain("二、存在的问题");
  });

  it("gives clean text for a script-laden page (and sniffs HTML saved as .txt)", async () => {
    const scripts = Array.from({ length: 200 }, (_, i) => `<script>var a${i} = "中文字符串${i}"; function f${i}(){ document.write("<p>注入</p>"); }</script>`).join("\n");
    const html = `<!DOCTYPE html><html><head><title>报告</title><style>p{color:red}</style>${scripts}</head><body>${scripts}
      <div id="content"><h1>某市2022年法治政府建设情况报告</h1><p>2022年，我市深入推进法治政府建设。</p><p>全市办理行政处罚案件1200件。</p><noscript>请启用脚本</noscript></div>${scripts}</body></html>`;
    const d = await decodeDocument(utf8(html), { fileName: "saved.txt" });
    expect(d.format).toBe("html");
    expect(d.text).toContain("全市办理行政处罚案件1200件。");
    expect(d.text).not.toMatch(/var a\d|function|document\.write|中文字符串|注入|请启用脚本|color:red/);
  });
});

describe("decodeDocument: PDF and DOCX", () => {
  it("reads the PDF text layer and joins lines wrapped mid-sentence", async () => {
    const d = await decodeDocument(fixture("changxing-2022.pdf"), { fileName: "changxing.pdf" });
    expect(d.format).toBe("pdf");
    expect(d.formatTitle).toBe("长兴县2022年法治政府建设情况报告");
    const lines = d.text.split("\n");
    expect(lines[0]).toBe("长兴县2022年法治政府建设情况报告");
    // A sentence wrapped over several lines (and over a page break) comes back whole.
    expect(d.text).toContain("全县依申请政务服务事项可网办率达到98.5%，梳理证明事项126项，其中48项实行告知承诺制");
    expect(d.text).toContain("我县法治政府建设仍存在一些短板。");
    // Headings keep their own line; page numbers are gone.
    expect(lines).toContain("一、主要举措和成效");
    expect(d.text).not.toMatch(/^- \d+ -$/m);
    expect(d.text).toContain("长兴县人民政府");
    // What was dropped is kept for the cleaning report, as an empty span where the pages were joined.
    const numbers = (d.dropped ?? []).filter((x) => /^- \d+ -$/.test(x.text));
    expect(numbers.length).toBeGreaterThan(0);
    for (const x of d.dropped ?? []) {
      expect(x.start).toBe(x.end);
      expect(x.start).toBeGreaterThanOrEqual(0);
      expect(x.start).toBeLessThanOrEqual(d.text.length);
      expect(x.detail).toMatch(/dropped where the pages were joined/);
    }
  });

  it("reads DOCX paragraphs one per line", async () => {
    const d = await decodeDocument(fixture("keqiao-2023.docx"), { fileName: "keqiao.docx" });
    expect(d.format).toBe("docx");
    const lines = d.text.split("\n").filter((l) => l.trim());
    expect(lines[0]).toBe("绍兴市柯桥区人民政府");
    expect(lines[1]).toBe("关于2023年度法治政府建设情况的报告");
    expect(d.text).toContain("调解成功率99.3%");
    expect(d.text).not.toMatch(/\n\n\n/);
    // A Word table keeps each row on one line, its cells apart (raw text would put every cell on a line of its own).
    expect(lines).toContainEqual(expect.stringMatching(/^行政复议收案数（件） +186 +214$/));
    expect(lines).toContainEqual(expect.stringMatching(/^指标名称 +2022年 +2023年$/));
  });

  it("joins wrapped lines by length when there is no geometry", () => {
    const out = joinWrappedLines(["一、总体情况", "今年以来全市共办理各类行政复议案件一千二百余件，其中", "审结一千一百件。", "二、下一步打算"]);
    expect(out).toEqual(["一、总体情况", "今年以来全市共办理各类行政复议案件一千二百余件，其中审结一千一百件。", "二、下一步打算"]);
  });

  it("goes on with a share cut after 百分之, though the next line opens like a numbered heading (六十一、)", () => {
    const out = joinWrappedLines(["一、总体情况", "推行“高效办成一件事”重点事项二十三个，平均减少办理环节百分之", "六十一、压缩办理时限百分之七十三。", "二、下一步打算"]);
    expect(out).toEqual(["一、总体情况", "推行“高效办成一件事”重点事项二十三个，平均减少办理环节百分之六十一、压缩办理时限百分之七十三。", "二、下一步打算"]);
  });

  it("goes on after a closing bracket at the right margin before a figure, but not after a short line that ends in one (review 61b-5)", () => {
    const out = joinWrappedLines([
      { text: "2025年，全市累计新增减税降费及退税缓费478.6亿元，其中新增减税降费及退税（不含留抵退税）", full: true },
      { text: "201.4亿元，办理增值税留抵退税236.9亿元。", full: false },
      { text: "（二）优化执法方式（2025年）", full: false },
      { text: "2025年，全市税务系统作出处罚决定1.27万件。", full: false },
    ]);
    expect(out).toEqual(["2025年，全市累计新增减税降费及退税缓费478.6亿元，其中新增减税降费及退税（不含留抵退税）201.4亿元，办理增值税留抵退税236.9亿元。", "（二）优化执法方式（2025年）", "2025年，全市税务系统作出处罚决定1.27万件。"]);
  });

  it("keeps numbered lines apart that end in a whole share (百分之百, 百分之十三点五) (review 61)", () => {
    const lines = ["三、主要指标完成情况", "（一）全市行政机关负责人出庭应诉率由上年的百分之八十五提升至百分之百", "（二）行政复议案件直接纠错率较上年同期提高约百分之十三点五", "（三）全市各级行政执法机关重大执法决定法制审核率达到百分之百", "四、下一步工作打算"];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });
});

describe("decodeDocument: plain text copied from a PDF", () => {
  const wrapped = [
    "牡丹江市人民政府关于2023年法治政府建设情况的报告",
    "一、行政复议",
    "2023年，全市各级行政复议机关共收到行政复议申",
    "请748件，同比增长21.2%，依法受理673件，审结6",
    "51件，全市持证行政执法人员队伍持续壮大达到5,214",
    "人，较上年增加31人，行政处罚案件2.13万件，同比",
    "下降8.4%，公职律师发展到187人，较上年增加一",
    "定数量，法律顾问覆盖率保持在百分之百的水平。",
    "全年办理行政处罚案件2.13万件，同比",
    "下降8.4%；开展“双随机、一公开”抽查",
    "3,917次，审结案件651件（含上年结转23件）",
    "",
    "— 3 —",
    "",
    "，直接纠错率14.9%。",
    "二、依法决策",
    "全年审议重大行政决策事项12项，全部履行法定程",
    "序，未发生因决策引发的群体性事件和舆情事件。",
    "三、普法宣传",
    "全年开展“八五”普法宣传活动一千二百余场次，受",
    "众超过三十万人次，法治文化阵地建设持续推进。",
    "",
  ].join("\n");

  it("joins the wrapped lines, so figures meet their units, and sets the page numbers aside for cleaning to remove and report", async () => {
    const doc = await decodeDocument(utf8(wrapped), { fileName: "mdj.txt" });
    const cleaned = cleanText(doc.text);
    expect(cleaned.text).not.toContain("— 3 —");
    expect(cleaned.removed.map((r) => r.text.trim())).toContain("— 3 —");
    for (const text of [doc.text, cleaned.text]) {
      expect(text).toContain("共收到行政复议申请748件，同比增长21.2%");
      expect(text).toContain("5,214人，较上年增加31人");
      expect(text).toContain("\n二、依法决策\n");
      // Short lines that break a phrase, and a page break before a comma, are joined too.
      expect(text).toContain("2.13万件，同比下降8.4%；开展“双随机、一公开”抽查3,917次，审结案件651件（含上年结转23件），直接纠错率14.9%。");
    }
  });

  it("keeps a short numbered heading, a signature's date and a paragraph after an indent on lines of their own", () => {
    const body = Array.from({ length: 6 }, () => ["全年审核县政府规范性文件十一件，对县政府合同、协议、会议纪要等开展合", "法性审查一百三十八件，提出审查意见四百一十二条，均被采纳。"]).flat();
    const text = ["某县人民政府关于2024年度法治政府建设情况的报告", ...body, "三、2025年工作安排", "　　2025年，我县将力争依申请政务服务事项全程网办率达到98%", "以上，行政复议直接纠错率保持在10%以上。", "某县人民政府", "2025年1月20日"].join("\n");
    const out = unwrapHardWrappedText(text).split("\n");
    expect(out).toContain("三、2025年工作安排");
    expect(out).toContain("2025年，我县将力争依申请政务服务事项全程网办率达到98%以上，行政复议直接纠错率保持在10%以上。");
    expect(out.slice(-2)).toEqual(["某县人民政府", "2025年1月20日"]);
    expect(out).toContain("全年审核县政府规范性文件十一件，对县政府合同、协议、会议纪要等开展合法性审查一百三十八件，提出审查意见四百一十二条，均被采纳。");
  });

  it("rebuilds a table flattened to one cell per line, over a page break, and keeps its numbers", async () => {
    const prose = Array.from({ length: 12 }, (_, i) => (i % 2 ? "法性审查一百三十八件，提出审查意见四百一十二条，均被采纳。" : "全年审核县政府规范性文件十一件，对县政府合同、协议、会议纪要等开展合"));
    const header = "某县人民政府关于2024年度法治政府建设情况的报告";
    const cells = ["附件", "主要指标完成情况表", "序号", "指标名称", "单位", "2023年", "2024年", "增减", "1", "收到行政复议申请", "件", "139", "187", "+34.5%", "2", "行政复议直接纠错率", "%", "10.4", "12.7", "+2.3个百分点", "", "— 4 —", "第4页 共5页", "", header, "3", "行政处罚案件", "件", "1596", "2137", "+33.9%", "", "— 5 —"];
    const text = [header, ...prose, "", "— 3 —", "", header, ...cells].join("\n");
    const decoded = await decodeDocument(utf8(text), { fileName: "copy.txt" });
    const lines = cleanText(decoded.text).text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "主要指标完成情况表",
        "序号  指标名称  单位  2023年  2024年  增减",
        "1  收到行政复议申请  件  139  187  +34.5%",
        "2  行政复议直接纠错率  %  10.4  12.7  +2.3个百分点",
        "3  行政处罚案件  件  1596  2137  +33.9%",
      ]),
    );
    expect(lines.filter((l) => l === header)).toHaveLength(1);
  });

  it("joins a short copy's number cut after a decimal point or before a spaced unit (罚没款 1. / 07 亿元, 23 / 15 件) (review 38)", () => {
    const text = "全年全市共办理行政处罚案件 6384 件，罚没款 1.\n07 亿元，同比下降 8.2%。调解矛盾纠纷 8567 件，调解成功率 98.\n2%。全年办理法律援助案件 23\n15 件，提供法律咨询 1.8 万人次。";
    expect(unwrapHardWrappedText(text)).toBe("全年全市共办理行政处罚案件 6384 件，罚没款 1.07 亿元，同比下降 8.2%。调解矛盾纠纷 8567 件，调解成功率 98.2%。全年办理法律援助案件 2315 件，提供法律咨询 1.8 万人次。");
  });

  it("joins a line that ends in ； at the right margin to the next, and keeps a short list item's break (review 57b)", () => {
    const lines = [
      "新成效。全年全市农业综合行政执法机构共立案查处各类农业",
      "违法案件637件，同比下降1.5%，办结621件，结案率97.5%；",
      "罚没款合计412.6万元，同比增长15.8%；移送公安机关涉嫌犯",
      "罪案件31件、涉案人员47人。其中，市农业综合行政执法支队",
      "立案查处案件58件，罚没款67.3万元。现将有关情况总结如",
      "下：",
      "抽检种子样品120批次；",
      "抽检农药样品185批次。",
    ];
    expect(joinWrappedLines(lines)).toEqual([lines.slice(0, 6).join(""), lines[6], lines[7]]);
  });

  it("joins a number a short copy cut at a line end (审结1 / 65件) and, where paragraphs open indented, a sentence cut flush (出庭 / 应诉率), and nothing else", () => {
    const text = "　　县政府收到行政复议申请187件，同比增长34.5%，依法受理172件，审结1\n65件，直接纠错率12.7%。全县一审行政诉讼案件96件，行政机关负责人出庭\n应诉率100%。\n2024年\n12件";
    expect(unwrapHardWrappedText(text)).toBe("　　县政府收到行政复议申请187件，同比增长34.5%，依法受理172件，审结165件，直接纠错率12.7%。全县一审行政诉讼案件96件，行政机关负责人出庭应诉率100%。\n2024年\n12件");
    // (Not a flush title or heading, a caption, or before a speaker: code review 54.)
    const guarded = "绵阳市人民政府关于2024年度法治政府建设、依法行政工作情况的报告\n在市委坚强领导下，2024年全市共办理行政处罚案件400件。\n　　图为全市法治政府建设推进会现场，市委副书记、市长出席会议并讲话\n全市共收到行政复议申请2945件。\n　　记者：请问今年在复议工作方面，有哪些具体举措和成效\n市司法局局长张三：全市共收到申请1200件。";
    expect(unwrapHardWrappedText(guarded)).toBe(guarded);
    // (Paragraphs that open flush: a line that opens flush may be a paragraph of its own, so nothing is joined.)
    const flush = "县政府收到行政复议申请187件，同比增长34.5%，依法受理172件，全县一审行政诉讼案件96件，行政机关负责人出庭\n应诉率100%。";
    expect(unwrapHardWrappedText(flush)).toBe(flush);
  });

  it("joins a number a short copy cut in full-width digits, after a point however short the line (３． / ６万人次, 文件１ / ９件) (review 43)", () => {
    const text = "全年共办理行政处罚案件２，１３８件，罚没款１２５６．\n７万元。审核师市规范性文件１\n９件，参与职工群众３．\n６万人次。";
    expect(unwrapHardWrappedText(text)).toBe("全年共办理行政处罚案件２，１３８件，罚没款１２５６．７万元。审核师市规范性文件１９件，参与职工群众３．６万人次。");
  });

    it("joins a line that ends in a closing quote inside its sentence (开展“企业法治体检” / 服务1,260家次) (review 44)", () => {
    const body = Array.from({ length: 6 }, (_, i) => `全区第${i + 1}项工作稳步推进，全年办理各类事项共计${100 + i}件，群众满意度持续`).join("\n");
    const text = `${body}\n提升。全年为辖区民营企业和个体工商户开展“企业法治体检”\n服务1,260家次。\n${body}\n提升。`;
    expect(unwrapHardWrappedText(text)).toContain("开展“企业法治体检”服务1,260家次。");
  });

  it("keeps an addressee line apart from the title above it (…情况的报告 / 上海市人民政府：) (review 44)", () => {
    const body = Array.from({ length: 12 }, (_, i) => `全区第${i + 1}项工作稳步推进，全年办理各类事项共计${100 + i}件，群众满意度持续`).join("\n");
    const lines = unwrapHardWrappedText(`上海市浦东新区人民政府关于2023年法治政府建设情况的报告\n上海市人民政府：\n${body}\n提升。`).split("\n");
    expect(lines.slice(0, 2)).toEqual(["上海市浦东新区人民政府关于2023年法治政府建设情况的报告", "上海市人民政府："]);
  });

  it("leaves text whose lines are paragraphs alone", () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i + 1}段：全市共收到行政复议申请748件，同比增长21.2%，依法受理673件，审结651件，全年组织行政执法人员培训二十期，参训人员共计一千六百人次`).join("\n");
    expect(unwrapHardWrappedText(paragraphs)).toBe(paragraphs);
  });
});

describe("decodeDocument: bad input", () => {
  it("rejects 0 bytes and whitespace-only files as empty (422)", async () => {
    await expectIngestError(decodeDocument(new Uint8Array(0), { fileName: "a.txt" }), "empty", 422);
    await expectIngestError(decodeDocument(utf8(" \n\t\u3000\r\n  "), { fileName: "a.txt" }), "empty", 422);
    await expectIngestError(decodeDocument(utf8("<html><body><script>var x=1</script></body></html>"), { fileName: "a.html" }), "empty", 422);
  });

  it("rejects random binary data (415)", async () => {
    await expectIngestError(decodeDocument(randomBytes(64 * 1024), { fileName: "data.bin" }), "binary", 415);
    await expectIngestError(decodeDocument(randomBytes(4096, 7), { fileName: "report.txt" }), "binary", 415);
  });

  it("rejects a 50 MB upload as too large (413) without reading it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(big.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    const e = await expectIngestError(decodeDocument(big, { fileName: "big.txt" }), "too-large", 413);
    expect(e.message).toContain("MB");
  });

  it("rejects known non-report formats as unsupported (415)", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(200)]);
    await expectIngestError(decodeDocument(png, { fileName: "scan.png" }), "unsupported", 415);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(200)]);
    await expectIngestError(decodeDocument(doc, { fileName: "old.doc" }), "unsupported", 415);
  });

  it("rejects a truncated PDF (422)", async () => {
    const pdf = fixture("changxing-2022.pdf");
    await expectIngestError(decodeDocument(pdf.subarray(0, Math.floor(pdf.length / 2)), { fileName: "cut.pdf" }), "truncated", 422);
    await expectIngestError(decodeDocument(pdf.subarray(0, 600), { fileName: "cut.pdf" }), "truncated", 422);
  });

  it("rejects a truncated DOCX (422)", async () => {
    const docx = fixture("keqiao-2023.docx");
    await expectIngestError(decodeDocument(docx.subarray(0, Math.floor(docx.length * 0.7)), { fileName: "cut.docx" }), "truncated", 422);
    await expectIngestError(decodeDocument(docx.subarray(0, 100), { fileName: "cut.docx" }), "truncated", 422);
  });

  it("rejects bytes that are no valid encoding (422)", async () => {
    // 0x80 and 0xFF are not lead bytes in GBK, and these sequences are invalid UTF-8 and Big5.
    const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x80 : i % 3 === 1 ? 0xff : 0x41)));
    await expectIngestError(decodeDocument(bytes, { fileName: "weird.txt" }), "undecodable", 422);
  });

  it("joins a decimal a PDF wrapped after its point (调解成功率为99. | 1%)", () => {
    expect(joinWrappedLines([{ text: "全县人民调解组织调解纠纷3000件，调解成功率为99.", full: true }, { text: "1%，同比提高0.2个百分点。", full: false }])).toEqual([
      "全县人民调解组织调解纠纷3000件，调解成功率为99.1%，同比提高0.2个百分点。",
    ]);
  });
});

describe("decodeDocument: a PDF's table (review 34)", () => {
  it("sets cells a wide gap parts on one line two spaces apart, so the years over the columns stay apart", async () => {
    const d = await decodeDocument(fixture("yongchun-2024-glued.pdf"), { fileName: "yongchun.pdf" });
    expect(d.text).toMatch(/2024 ?年  增减/);
    expect(d.text).toContain("5671  6215  +9.6%");
  });

  it("reads a 附件 table whose year headers wrap inside their cells: every row, dated by its column, with its change", async () => {
    const r = await processReport({ bytes: fixture("yongchun-2024-table.pdf"), fileName: "yongchun-2024.pdf" });
    const table = r.metrics.filter((m) => m.sentence.length < 60 && /^[0-9.]+$/.test(m.text));
    expect(table).toHaveLength(20);
    expect(table.filter((m) => m.period === 2023)).toHaveLength(10);
    expect(table.filter((m) => m.period === null && m.change !== null)).toHaveLength(10);
    const rate = table.find((m) => m.value === 91.3)!;
    expect([rate.indicator, rate.change?.value, rate.change?.unit]).toEqual(["full-online-service-rate", 2.9, "个百分点"]);
  });
});

describe("joinWrappedLines: a table whose cells a copy set apart by single spaces (review 48)", () => {
  it("joins neither its header to its first row nor one row to the next", () => {
    const prose = ["全市行政机关负责人出庭应诉1952件次，出庭应", "诉率98.7%，其中主要负责人出庭应诉214件次", "。各县（市、区）行政应诉情况如下表所列："];
    const table = ["县（市、区） 一审收案 败诉数 败诉率 出庭应诉率", "涧西区 186 11 5.9% 100% 186 11", "西工区 142 9 6.3% 100% 142 9", "注：表中数据由市中级人民法院和各县司法局提供。"];
    expect(joinWrappedLines([...prose, ...table]).slice(-4)).toEqual(table);
  });
});

describe("decodeDocument: a DOCX from a minimal generator (review 50)", () => {
  it("reads a file whose table names a style but which has no styles part", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file(
      "word/document.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body><w:p><w:r><w:t>某县2024年法治政府建设情况报告</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>收到行政复议申请（件）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>58</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
    );
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const d = await decodeDocument(bytes, { fileName: "minimal.docx" });
    expect(d.text).toContain("收到行政复议申请（件）");
    expect(d.text).toContain("58");
  });
});
