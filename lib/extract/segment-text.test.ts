import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

const REPORT = [
  "某市2022年法治政府建设情况报告",
  "2022年，全市法治政府建设取得新进展。",
  "一、依法全面履行政府职能",
  "（一）深化“放管服”改革。全面推行证明事项告知承诺制；取消证明事项12项。",
  "（二）优化营商环境",
  "一是开展专项行动。新登记市场主体3.2万户。二是强化信用监管。发布红名单120人次！",
  "二、健全突发事件应对体系",
  "1.修订应急预案15部",
  "组织应急演练？共计30次",
].join("\n");

/** Asserts the sections' levels and headings, and the heading of the section holding the sentence that contains `probe[0]`. */
function expectHeadings(text: string, headings: Array<[number, string]>, probe: [string, string]): void {
  const seg = segmentText(text);
  expect(seg.sections.map((s) => [s.level, s.heading])).toEqual(headings);
  const s = seg.sentences.find((x) => text.slice(x.start, x.end).includes(probe[0]))!;
  expect(seg.sections[s.section!]!.heading).toBe(probe[1]);
}

describe("segmentText", () => {
  const { sections, sentences } = segmentText(REPORT);

  it("finds headings with their levels and skips the title", () => {
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [1, "一、依法全面履行政府职能"],
      [2, "（一）深化“放管服”改革"],
      [2, "（二）优化营商环境"],
      [3, "一是开展专项行动"],
      [3, "二是强化信用监管"],
      [1, "二、健全突发事件应对体系"],
      [3, "1.修订应急预案15部"],
    ]);
    for (const s of sections) {
      expect(REPORT.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
      expect(s.start).toBe(s.headingStart);
      expect(s.end).toBeGreaterThanOrEqual(s.headingEnd);
    }
  });

  it("ends a section at the next heading of the same or a higher level", () => {
    const l1 = sections[0]!;
    const l1b = sections[5]!;
    expect(l1.end).toBeLessThanOrEqual(l1b.start);
    expect(REPORT.slice(l1.start, l1.end)).toContain("发布红名单120人次");
    const first = sections[3]!;
    expect(REPORT.slice(first.start, first.end)).toContain("3.2万户");
    expect(REPORT.slice(first.start, first.end)).not.toContain("红名单");
  });

  it("splits sentences on 。；！？ and line breaks, with the innermost section", () => {
    const texts = sentences.map((s) => REPORT.slice(s.start, s.end));
    expect(texts).toContain("全面推行证明事项告知承诺制；");
    expect(texts).toContain("取消证明事项12项。");
    expect(texts).toContain("发布红名单120人次！");
    expect(texts).toContain("组织应急演练？");
    expect(texts).toContain("共计30次");
    const red = sentences.find((s) => REPORT.slice(s.start, s.end).includes("红名单"))!;
    expect(sections[red.section!]!.heading).toBe("二是强化信用监管");
    const title = sentences[0]!;
    expect(title.section).toBeNull();
  });

  it("ends a sentence at an ASCII point typed for 。, but not at a decimal point or inside a web address", () => {
    const text = "制定政府规章1件.市司法局审核文件23件,增长2.5%.访问www.gov.cn查询“浙里办”.全年办结。";
    const seg = segmentText(text);
    expect(seg.sentences.map((x) => text.slice(x.start, x.end))).toEqual(["制定政府规章1件.", "市司法局审核文件23件,增长2.5%.", "访问www.gov.cn查询“浙里办”.", "全年办结。"]);
  });

  it("starts a top-level section at an annex, closing the plans section before it", () => {
    const text = "某县报告\n一、主要成效\n收到申请320件。\n二、下一年度主要安排\n培训5000人次。\n附件：主要指标完成情况表\n培训4800人次。\n";
    expectHeadings(text, [
      [1, "一、主要成效"],
      [1, "二、下一年度主要安排"],
      [1, "附件：主要指标完成情况表"],
    ], ["4800", "附件：主要指标完成情况表"]);
  });

  it("uses short standalone lines as headings in texts without numbered headings", () => {
    const text = "某区法治建设综述\n导语一段话，说明情况。\n优化营商环境\n新设市场主体5000户。\n强化应急管理\n修订预案8部。";
    expectHeadings(text, [
      [1, "优化营商环境"],
      [1, "强化应急管理"],
    ], ["5000户", "优化营商环境"]);
  });

  it("keeps a closing quote with its sentence", () => {
    const seg = segmentText("他说：“我们完成了任务。”随后离开。");
    expect(seg.sentences.map((s) => "他说：“我们完成了任务。”随后离开。".slice(s.start, s.end))).toEqual(["他说：“我们完成了任务。”", "随后离开。"]);
  });

  it("never throws; spans are ordered, non-empty and inside the text", () => {
    const alphabet = fc.constantFrom("一", "、", "（", "）", "是", "。", "；", "\n", " ", "1", ".", "件", "市", "二", "十", "：", "！", "?", "a");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 80 }).map((a) => a.join(""))), (text) => {
        const seg = segmentText(text);
        let last = 0;
        for (const s of seg.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          if (s.section !== null) {
            const sec = seg.sections[s.section]!;
            expect(sec.start).toBeLessThanOrEqual(s.start);
          }
          last = s.end;
        }
        for (const sec of seg.sections) {
          expect(sec.headingStart).toBeGreaterThanOrEqual(0);
          expect(sec.headingEnd).toBeLessThanOrEqual(text.length);
          expect(sec.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(sec.headingStart, sec.headingEnd)).toBe(sec.heading);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("segmentText: an item inside a paragraph (review 29)", () => {
  it("ends a 二是 item that starts inside a paragraph with that paragraph", () => {
    const text = "记者：请问做了哪些工作？\n答：一是开展“法治体检”，全年开展1260家次。二是规范涉企检查，行政检查次数下降41%。\n记者：公共法律服务方面有哪些成效？\n答：全市办理法律援助案件1.18万件。";
    const { sections, sentences } = segmentText(text);
    const item = sections.find((s) => s.heading.startsWith("二是"))!;
    expect(text.slice(item.start, item.end)).toBe("二是规范涉企检查，行政检查次数下降41%。");
    const last = sentences.find((s) => text.slice(s.start, s.end).includes("1.18万件"))!;
    expect(last.section === null || !sections[last.section]!.heading.includes("涉企检查")).toBe(true);
  });
});

describe("segmentText: table rows are no headings (review 32)", () => {
  it("does not take a table's header row (cells set apart by two spaces or |) for a standalone heading", () => {
    const text = "某区2023年报告\n类别  指标名称  单位  完成情况\n行政复议  收到申请  件  312\n工作成效\n全年办理案件12件。";
    expect(segmentText(text).sections.map((s) => s.heading)).toEqual(["工作成效"]);
  });
});

describe("segmentText: a signature is no heading", () => {
  it("does not take the issuer's name above the closing date for a section, and keeps a short line before prose one", () => {
    const text = "某区2023年法治政府建设情况报告\n工作成效\n全年办理案件12件。\n济南市历下区人民政府\n2024年3月5日";
    expect(segmentText(text).sections.map((s) => s.heading)).toEqual(["工作成效"]);
    expect(segmentText(text.replace("2024年3月5日", "二〇二四年三月五日")).sections.map((s) => s.heading)).toEqual(["工作成效"]);
  });

  it("does not take the bracketed date under the title (（2025年1月20日）) for a heading", () => {
    const text = "某市市场监督管理局2024年度法治政府建设工作报告\n（2025年1月20日）\n一年来，全市新设立经营主体5.21万户。\n工作成效\n全年办理案件12件。";
    expect(segmentText(text).sections.map((s) => s.heading)).toEqual(["工作成效"]);
    expect(segmentText(text.replace("（2025年1月20日）", "(二〇二五年一月)")).sections.map((s) => s.heading)).toEqual(["工作成效"]);
  });

  it("takes a run-in 【…】 topic at a line's start for a heading of the text after it, and a sentence of its own (review 41)", () => {
    const text = "常熟年鉴（2024）·法治政府建设\n【行政复议】年内，收到行政复议申请1096件。直接纠错率8.9%。\n【行政应诉】一审行政诉讼案件652件。";
    const seg = segmentText(text);
    expect(seg.sections.map((s) => [s.heading, text.slice(s.start, s.end).includes("1096件"), text.slice(s.start, s.end).includes("652件")])).toEqual([
      ["【行政复议】", true, false],
      ["【行政应诉】", false, true],
    ]);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["常熟年鉴（2024）·法治政府建设", "【行政复议】", "年内，收到行政复议申请1096件。", "直接纠错率8.9%。", "【行政应诉】", "一审行政诉讼案件652件。"]);
  });
});

describe("segmentText: a transcript's speaker labels (review 55)", () => {
  it("opens a sentence after the speaker's label and name, so its year comes first", () => {
    const text = "新闻发布会实录\n记者：请介绍一下明年的打算。\n【答】（陈晓梅）2025年，我们将力争调解和解率保持在35%以上。";
    const seg = segmentText(text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["新闻发布会实录", "记者：请介绍一下明年的打算。", "2025年，我们将力争调解和解率保持在35%以上。"]);
  });
});


describe("segmentText: a PDF table's header cells on lines of their own (review 62a-1)", () => {
  it("takes no header cell whose unit wrapped onto the next line for a heading, but keeps a real short heading", () => {
    const text = "各区县执法情况见表3。\n表3 2025年各区县执法情况\n单位\n执法人员\n（人）\n行政处罚案件\n（件）\n张店区  58  1236\n加强执法队伍建设\n全年培训执法人员1120人次。";
    const headings = segmentText(text).sections.map((s) => s.heading);
    expect(headings).not.toContain("执法人员");
    expect(headings).not.toContain("行政处罚案件");
    expect(headings).toContain("加强执法队伍建设");
  });
});

describe("segmentText: a block of data cards (review 63b-6)", () => {
  it("takes no card's label for a heading, above or below its number, but keeps a heading after prose", () => {
    const text = "7月16日，记者从市司法局获悉。\n数说上半年\n1126件\n全市行政复议新收案件\n32.2%\n行政复议调解和解率\n1.27万户次\n全市涉企行政检查\n记者手记\n上半年工作稳步推进。";
    const headings = segmentText(text).sections.map((s) => s.heading);
    expect(headings).not.toContain("全市行政复议新收案件");
    expect(headings).not.toContain("行政复议调解和解率");
    expect(headings).not.toContain("全市涉企行政检查");
    expect(headings).toContain("记者手记");
  });
});
