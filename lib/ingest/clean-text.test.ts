import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { CleanedText } from "../pipeline/types";
import { cleanText, judgeSpamRun, mapCleanedOffset } from "./index";

const seedsDir = path.join(import.meta.dirname, "../../seeds");
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();
const seed = (f: string): string => readFileSync(path.join(seedsDir, f), "utf8");

/** The one-for-one substitutions cleanText may make (full-width ASCII, exotic spaces). */
function sameAfterNormalising(src: string, out: string): boolean {
  if (src === out) return true;
  const c = src.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0) === out || src === out;
  // An OCR copy's letter for a digit inside a figure (2O4件, l8期).
  if (out === "0" || out === "1") return (out === "0" ? "Oo" : "lI").includes(src);
  // A PDF's dash (―, ‒, ﹘) as the dash ranges read.
  if (out === "\u2014") return /[\u2012\u2015\ufe58]/.test(src);
  return /[\u3000\u00a0\t\f\u2002-\u200a\u202f\u205f]/.test(src) && out === " ";
}

/** Checks the contract: removed spans are sorted, disjoint, quote the input, and the cleaned text is the rest. */
function checkInvariants(input: string, res: CleanedText): void {
  let prev = 0;
  let rebuilt = "";
  for (const sp of res.removed) {
    expect(sp.start).toBeGreaterThanOrEqual(prev);
    expect(sp.end).toBeGreaterThan(sp.start);
    expect(input.slice(sp.start, sp.end)).toBe(sp.text);
    expect(sp.detail.length).toBeGreaterThan(5);
    rebuilt += input.slice(prev, sp.start);
    prev = sp.end;
  }
  rebuilt += input.slice(prev);
  expect(rebuilt.length).toBe(res.text.length);
  for (let i = 0; i < rebuilt.length; i++) {
    if (rebuilt[i] !== res.text[i] && !sameAfterNormalising(rebuilt[i]!, res.text[i]!)) {
      throw new Error(`cleaned text differs from input at ${i}: ${JSON.stringify(rebuilt[i])} vs ${JSON.stringify(res.text[i])}`);
    }
  }
  // mapCleanedOffset points every cleaned character at its source character.
  for (let i = 0; i < res.text.length; i += Math.max(1, Math.floor(res.text.length / 200))) {
    const src = mapCleanedOffset(res.removed, i);
    expect(sameAfterNormalising(input[src]!, res.text[i]!)).toBe(true);
  }
}

const nonWhitespace = (r: CleanedText) => r.removed.filter((s) => s.reason !== "whitespace");

describe("cleanText on the seeds", () => {
  it.each(seedFiles)("%s: keeps the contract and removes no sentence", (f) => {
    const input = seed(f);
    const res = cleanText(input);
    checkInvariants(input, res);
    for (const sp of nonWhitespace(res)) {
      // Nothing removed ends a sentence of the report (chrome and spam have no 。).
      expect(sp.text).not.toMatch(/[\u4e00-\u9fa5]{4,}[。；]/);
    }
    expect(res.text).not.toMatch(/\n\n\n/);
    expect(res.text).toBe(res.text.trim());
  });

  it("removes app banner, editor credit, comment widget and template residue around a news feature", () => {
    const f = seedFiles.find((x) => /打开APP/.test(seed(x)))!;
    const res = cleanText(seed(f));
    const reasons = new Set(nonWhitespace(res).map((s) => s.reason));
    for (const r of ["app-banner", "editor-credit", "comment-widget", "template-residue"] as const) expect(reasons).toContain(r);
    expect(res.text).not.toMatch(/打开APP|小贴士|客户端|责任编辑|最热评论|来说两句|template '/);
    // The article starts with its title.
    expect(res.text.split("\n")[0]).toMatch(/法治政府建设/);
  });

  it("removes injected gambling strings wherever they stand, and nothing else with them", () => {
    const f = seedFiles.find((x) => /[A-Za-z]+\d+[\u4e00-\u9fa5]+_/.test(seed(x)))!;
    const input = seed(f);
    const res = cleanText(input);
    const spam = res.removed.filter((s) => s.reason === "spam");
    expect(spam.length).toBeGreaterThanOrEqual(10);
    for (const sp of spam) {
      expect(sp.text).toMatch(/^[A-Za-z0-9]/);
      expect(sp.detail).toMatch(/gambling/);
    }
    // No Latin-digit site code is left in the report.
    expect(res.text).not.toMatch(/[A-Za-z]+\d+|\d+[A-Za-z]+/);
    // The sentence around an injection keeps its own words.
    expect(res.text).toContain("委、市政府按照党中央、国务院和省委、省政府工作部署");
  });

  it("removes page meta, the column label and print links of a government notice page", () => {
    const f = seedFiles.find((x) => /打印本页/.test(seed(x)))!;
    const res = cleanText(seed(f));
    expect(res.text).not.toMatch(/访问次数|打印本页|关闭窗口|文章来源/);
    expect(res.text.split("\n")[0]).toMatch(/情况报告$/);
    const meta = res.removed.find((s) => s.reason === "page-meta")!;
    expect(meta.text).toMatch(/发布日期/);
  });
});

describe("cleanText on synthetic pages", () => {
  const page = [
    "当前位置：首页 > 政务公开 > 法治政府建设",
    "工作动态",
    "某区2022年法治政府建设情况报告",
    "发布时间：2023-03-01 10:20:00　来源：区司法局　浏览次数：356",
    "【字体：大 中 小】【打印】【关闭】",
    "",
    "",
    "　　2022年，我区坚持依法行政，全区共办理行政复议案件１２８件，纠错率为１２．５％。",
    "　　本报告来源于各部门报送的材料，编辑出版了《行政执法典型案例汇编》。",
    "分享到：微信 微博 QQ空间",
    "上一篇：区司法局召开年度工作会议",
    "下一篇：没有了",
    "编辑：张三　审核：李四",
    "版权所有：某区人民政府 网站标识码：1234567890 某ICP备12345678号",
    "",
  ].join("\n");

  it("keeps the report and removes every chrome line with a reason", () => {
    const res = cleanText(page);
    checkInvariants(page, res);
    expect(res.text).toBe(
      "某区2022年法治政府建设情况报告\n\n2022年，我区坚持依法行政，全区共办理行政复议案件128件，纠错率为12.5%。\n本报告来源于各部门报送的材料，编辑出版了《行政执法典型案例汇编》。",
    );
    const reasons = nonWhitespace(res).map((s) => s.reason);
    expect(reasons).toEqual(expect.arrayContaining(["navigation", "page-meta", "print-share", "editor-credit", "boilerplate"]));
  });

  it("keeps Chinese punctuation and maps only full-width digits, letters and percent", () => {
    const res = cleanText("全市办理案件１２３件，占比４５．６％；ＡＰＰ下载量（万次）：“一网通办”。");
    expect(res.text).toBe("全市办理案件123件，占比45.6%；APP下载量（万次）：“一网通办”。");
  });

  it("reads a PDF's horizontal bar (―) and figure dash (‒) as the dash of a range, offsets kept", () => {
    const res = cleanText("今年1―6月，抽检样品430批次；2021‒2024年累计查处1400余件，每起3﹘5件。");
    expect(res.text).toBe("今年1—6月，抽检样品430批次；2021—2024年累计查处1400余件，每起3—5件。");
    checkInvariants("今年1―6月，抽检样品430批次；2021‒2024年累计查处1400余件，每起3﹘5件。", res);
  });

  it("detects other injected gambling strings by their features", () => {
    const cases = [
      "市委、市政府高度重视xpj8888澳门新葡京娱乐场_官方网址法治建设工作。",
      "全年办理案件120件。365bet体育在线投注|手机版app下载",
      "加强 js333金沙娱乐官网 监督工作。",
      "组织开展am8亚洲城娱乐平台_备用网址登录专项检查。",
    ];
    for (const c of cases) {
      const res = cleanText(c);
      checkInvariants(c, res);
      const spam = res.removed.filter((s) => s.reason === "spam");
      expect(spam, c).toHaveLength(1);
      expect(res.text).not.toMatch(/[A-Za-z]/);
    }
  });

  it("leaves ordinary prose with Latin letters, digits and look-alike words alone", () => {
    const prose = [
      "上线“爱山东·青e办”APP3.0版本，在线办理事项1200项。",
      "通过网络在线问政、“行风在线”等平台回应诉求，12345热线接通率99%。",
      "设立了国际仲裁院，推进体育场馆免费开放，发放体育彩票公益金3000余万元。",
      "市民可登录www.example.gov.cn网站注册后在线申请电子证照。",
      "推行“721工作法”和“1+N”模式，办理5G基站审批236件，B2B平台入驻企业80家。",
      "全市政务服务APP下载量突破120万次，官方网站访问量同比增长12%。",
    ].join("\n");
    const res = cleanText(prose);
    expect(res.text).toBe(prose);
    expect(res.removed).toHaveLength(0);
  });

  it("removes spam written where the place's name stood, without a site code, and the short tail of a run", () => {
    const input = "2022年，开元棋牌app下载市深入推进法治政府建设。\n全市新登记市场主体3.2万户。威尼斯人娱乐场 www.vns8888.com 注册送彩金\n";
    const res = cleanText(input);
    expect(res.text.trimEnd()).toBe("2022年，市深入推进法治政府建设。\n全市新登记市场主体3.2万户。");
    expect(res.removed.filter((r) => r.reason === "spam").map((r) => [r.text, r.reason])).toEqual([
      ["开元棋牌app下载", "spam"],
      ["威尼斯人娱乐场 www.vns8888.com 注册送彩金", "spam"],
    ]);
    // The same words in their own right are prose: an app's download figures before 市场.
    const prose = "全市政务服务app下载量突破120万次，市场主体满意度提高。";
    expect(cleanText(prose).text).toBe(prose);
  });

  it("removes spam written in full-width letters or traditional characters, and reports it as written", () => {
    const input = "2022年，ｂｅｔ３６５体育官网入口市深入推进法治政府建设。\n全市出庭应诉率达到100%。澳門娛樂城ｗｗｗ８８８ｃｏｍ注册送彩金\n";
    const res = cleanText(input);
    expect(res.text.trimEnd()).toBe("2022年，市深入推进法治政府建设。\n全市出庭应诉率达到100%。");
    expect(res.removed.filter((r) => r.reason === "spam").map((r) => r.text)).toEqual(["ｂｅｔ３６５体育官网入口", "澳門娛樂城ｗｗｗ８８８ｃｏｍ注册送彩金"]);
    // Full-width figures in ordinary prose stay (and are read as half-width).
    expect(cleanText("全市办理案件１２３件，ＡＰＰ注册用户３万人。").text).toBe("全市办理案件123件，APP注册用户3万人。");
  });

  it("explains its spam verdicts", () => {
    const v = judgeSpamRun("bt777体育在线_777国际官网");
    expect(v.spam).toBe(true);
    expect(v.detail).toMatch(/bt777/);
    expect(judgeSpamRun("APP3.0版本").spam).toBe(false);
  });

  it("keeps its contract on arbitrary text (property test)", () => {
    const pieces = ["\n", "\n\n", " ", "\u3000", "\t", "。", "，", "全市", "案件", "１２", "３％", "．", "5", "bt", "365", "_", "体育", "在线", "官网", "亚洲城",
      "打印本页", "关闭窗口", "上一篇：", "责任编辑 ", "张三", "0", "最热评论", "通知公告", "来源：", "2024-01-18", "打开APP", "客户端", "{{x}}", "\r"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 }), (arr) => {
        const input = arr.join("");
        checkInvariants(input, cleanText(input));
      }),
      { numRuns: 300 },
    );
  });

  it("handles empty and whitespace-only text", () => {
    expect(cleanText("")).toEqual({ text: "", removed: [] });
    const res = cleanText(" \n\n\u3000\n");
    expect(res.text).toBe("");
    checkInvariants(" \n\n\u3000\n", res);
  });

  it("removes a PDF text layer's spaces around numbers and inside prose, keeps table cells apart, and reports each space", () => {
    const text = "全县办理行政处罚案件 4318 件，同比下降 12.7%，罚没款 4536.2 万元。\n学习贯彻习 近平法治思想 ， 全面落实 《 纲要 》。\n指标 单位 2022 年 2023 年\n12 人民调解案件数 件 4126 4398\n安吉县人民政府\n2024 年 2 月 28 日";
    const r = cleanText(text);
    expect(r.text).toBe("全县办理行政处罚案件4318件，同比下降12.7%，罚没款4536.2万元。\n学习贯彻习近平法治思想，全面落实《纲要》。\n指标 单位 2022年 2023年\n12 人民调解案件数 件 4126 4398\n安吉县人民政府\n2024年2月28日");
    expect(r.removed.filter((sp) => sp.reason === "whitespace" && sp.text === " ").length).toBeGreaterThanOrEqual(14);
  });

  it("closes up a number spaced from 余/多 before its unit (参训 1200 余人次, 300 多场次) (review 38)", () => {
    expect(cleanText("受众 120 余万人次，参训 1200 余人次，开展活动 300 多场次。").text).toBe("受众120余万人次，参训1200余人次，开展活动300多场次。");
  });
});

describe("cleanText: a table row with a cell of prose (review 32)", () => {
  it("keeps the two-space gaps of a row that ends in a figure cell, and still closes up a stretched line of prose", () => {
    const row = "规范性文件合法性审核  严格落实合法性审核机制，逐件审核。  48";
    expect(cleanText(`${row}\n`).text).toContain(row);
    expect(cleanText("全面落实  依法行政，持续推进。\n").text).toContain("全面落实依法行政，持续推进。");
  });

  it("keeps the cell gaps of a row whose note cell holds a comma (review 41b), and still closes up 4318 件，", () => {
    const row = "收到行政复议申请  件  612  698  全市，含转送件";
    expect(cleanText(`${row}\n`).text).toContain(row);
    expect(cleanText("全年办理案件 4318 件，同比增长12%。\n").text).toContain("全年办理案件4318件，同比增长12%。");
  });
});

describe("cleanText: a page's table row whose cells, one of them prose, are all two spaces apart (review 63b-1)", () => {
  it("keeps the cell gaps of a header row with a corner note of prose, and still closes up a line with single spaces too", () => {
    const row = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）  自然人  法人或其他组织  总计";
    expect(cleanText(`${row}\n`).text).toContain(row);
    expect(cleanText("全面落实  依法行政，持续推进  法治 政府  建设。\n").text).toContain("全面落实依法行政，持续推进法治政府建设。");
  });
});

describe("cleanText: a table's last row at a page's foot (review 48)", () => {
  it("keeps the row and the note after the page number apart", () => {
    const text = "一、行政应诉工作情况。全市行政机关负责人出庭应诉1952件次，出庭应诉率98.7%，同比提高1.2个百分点，\n其中主要负责人出庭应诉214件次。各县（市、区）情况如下：\n县（市、区） 一审收案 败诉数 败诉率 出庭应诉率\n涧西区 186 11 5.9% 100%\n嵩县 41 3 7.3% 97.6%\n— 3 —\n注：表中数据由市中级人民法院和各县（市、区）司法局提供，\n截至2023年12月31日。\n— 4 —\n";
    expect(cleanText(text).text).toContain("嵩县 41 3 7.3% 97.6%\n注：");
  });
});

describe("cleanText: an OCR copy's spaced figures (review 50)", () => {
  it.each([
    ["县政府审结行政复议案件97件，直接纠错率1 3 . 4%。", "直接纠错率13.4%"],
    ["全年新登记市场主体8 ,645户，全程网办率达到9 3.6%。", "8,645户"],
    ["全县一审行政诉讼案件4 5件，审结9 7件。", "一审行政诉讼案件45件"],
  ])("joins the digits of one figure: %s", (text, joined) => {
    expect(cleanText(text).text).toContain(joined);
  });
  it("keeps a caption's number apart from the year after it (表1 2023年…)", () => {
    expect(cleanText("如下表所示，表1 2023年主要指标。").text).toContain("表1 2023年");
  });
});

describe("cleanText: two figures are never one spaced figure (code review 51)", () => {
  it.each(["收到申请分别为1520 1683件。", "收案数分别为312, 247, 205件。", "纠错率分别为12.6 15.3%。", "详见表1 12个乡镇。", "分第1 2批公布。"])("keeps %s as written", (text) => {
    expect(cleanText(text).text.trimEnd()).toBe(text.trimEnd());
  });
});

describe("cleanText: a number a short PDF copy broke from its unit (review 48)", () => {
  it("joins 出庭应诉1952 / 件次，… into one line, and leaves a line that ends a sentence alone", () => {
    expect(cleanText("全市行政机关负责人出庭应诉1952\n件次，出庭应诉率98.7%。\n").text).toContain("出庭应诉1952件次，");
    expect(cleanText("全市共有律师事务所12\n家律所参与公益法律服务。\n").text).toContain("12家律所");
    expect(cleanText("表1 2023年\n件数统计如下：\n").text).toContain("2023年\n件数");
  });
});

describe("cleanText: letters an OCR copy read for digits (review 50a)", () => {
  it("reads O and l as 0 and 1 inside a figure that ends in a unit, %, or a date word, offsets unchanged", () => {
    const text = "全县办理行政复议案件2O4件，受理9l件，开展培训l8期，出庭应诉率1OO%，纠错率控制在1O%以内。\n2024年2月2O日\n";
    const cleaned = cleanText(text);
    expect(cleaned.text).toContain("办理行政复议案件204件，受理91件，开展培训18期，出庭应诉率100%，纠错率控制在10%以内");
    expect(cleaned.text).toContain("2024年2月20日");
    // (A decimal point after the letter: code review 54.)
    expect(cleanText("败诉率为O.8%，同比下降O.5个百分点。").text).toBe("败诉率为0.8%，同比下降0.5个百分点。");
    expect(cleaned.text.trimEnd().length).toBe(text.trimEnd().length);
  });
  it("keeps Latin words and codes that hold digits (O2O, CO2, iOS, Windows10, IPv6, No.1)", () => {
    const text = "推广O2O模式，CO2排放下降，iOS应用上线，Windows10系统，IPv6改造完成，No.1项目，O3年均浓度下降5%，ABCDEFG1234567890123O件。\n";
    expect(cleanText(text).text.trimEnd()).toBe(text.trimEnd());
  });
});
