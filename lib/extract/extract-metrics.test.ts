import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract-metrics";
import { segmentText } from "./segment-text";

const figures = (text: string, reportYear: number | null = 2022) =>
  extractMetrics(text, { reportYear }).map((m) => m.text);
const one = (text: string, reportYear: number | null = 2022) => {
  const ms = extractMetrics(text, { reportYear });
  expect(ms, JSON.stringify(ms.map((m) => m.text))).toHaveLength(1);
  return ms[0]!;
};

describe("extractMetrics: what is a figure", () => {
  it.each([
    ["全年共办理法律援助案件1286件。", 1286, "件"],
    ["新增市场主体2.46万户。", 24600, "户"],
    ["累计归集政务数据12.7亿条。", 1270000000, "条"],
    ["帮助企业挽回损失3.2亿元。", 320000000, "元"],
    ["投入专项经费860万元。", 8600000, "元"],
    ["行政复议直接纠错率为9.8%。", 9.8, "%"],
    ["调解成功率达到百分之九十七点五。", 97.5, "%"],
    ["受理各类纠纷三百四十五件。", 345, "件"],
    ["组织培训二十期。", 20, "期"],
    ["排查化解矛盾纠纷两万件。", 20000, "件"],
    ["平均办理时限压缩至4.5个工作日。", 4.5, "个工作日"],
    ["组织参训人员5600人次。", 5600, "人次"],
    ["检查企业１２３家。", 123, "家"],
    ["满意度测评得分96.8分。", 96.8, "分"],
    ["清理文件1,024件。", 1024, "件"],
    ["八成以上的事项实现网上办理。", 80, "%"],
    ["较上年提高2.5个百分点以外的其他指标保持稳定，全市评估得分提高3.1个百分点。", 3.1, "个百分点"],
    ["街道辖区面积5.2平方公里，服务约12.6万常住人口。", 126000, "人"],
  ])("%s", (text, value, unit) => {
    const ms = extractMetrics(text, { reportYear: 2022 });
    const m = ms[ms.length - 1]!;
    expect(m.value).toBe(value);
    expect(m.unit).toBe(unit);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    "高邮市、广陵区分列第二、三名。",
    "对排名后三位的地区进行约谈提醒，对位列前五名的地区予以通报表扬。",
    "公布第一、二、三批清单。",
    "2021年是“十四五”开局之年。",
    "6月27日，市政府召开新闻发布会。",
    "发布日期：2024-01-18 14:51。",
    "公布第三批示范单位名单。",
    "位列全省第13位。",
    "深入实施“八五”普法规划，总结七五普法经验。",
    "构建“1+N”基层执法体系，推广721工作法。",
    "将“6+1”类事项纳入清单管理，6+1类事项全部纳入。",
    "畅通12345热线，开通12348法律服务专线。",
    "设立24小时自助服务区。",
    "印发《关于推进三年行动计划（2021-2025年）的通知》（某政发〔2021〕12号）。",
    "联系电话：0531-86012345。",
    "上线APP3.0版本，支持5G网络。",
    "一是加强组织领导。",
    "统一规范执法文书，实现一网通办。",
    "发挥“一库两平台”作用，打造“十百千”工程。",
    "党的二十大胜利召开。",
    "围绕三个方面开展工作，锚定四个主攻方向。",
    "连续三年位居全国前列，连续8年零故障运行。",
    "开展为期3个月的专项整治。",
    "千人千面，万企示承诺。",
    "未发生一起行政诉讼案件。",
    "全市法治建设水平再上新台阶。",
    "上午10时30分召开会议，设立3分局，每次用时15分钟。",
  ])("no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("keeps approximation words in the span and marks the bound", () => {
    const ms = extractMetrics("累计清理文件2600余件，调解纠纷近万件，化解率达98%以上，涉及金额约3.5亿元，惠及超过1200家企业，培训不足300人，受众1.06万余人次。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx, m.bound])).toEqual([
      ["2600余件", 2600, "件", true, "lower"],
      ["近万件", 10000, "件", true, "upper"],
      ["98%以上", 98, "%", true, "lower"],
      ["约3.5亿元", 350000000, "元", true, null],
      ["超过1200家", 1200, "家", true, "lower"],
      ["不足300人", 300, "人", true, "upper"],
      ["1.06万余人次", 10600, "人次", true, "lower"],
    ]);
  });

  it("reads 余/多 between a number and 万元", () => {
    const m = one("涉案金额1261余万元。");
    expect([m.value, m.unit, m.approx]).toEqual([12610000, "元", true]);
  });

  it("ignores figures inside quotation marks and book titles", () => {
    expect(figures("入选“2021全国智慧司法创新案例”，出台《某市优化营商环境30条》，推出服务措施46条。")).toEqual(["46条"]);
  });

  it("does not take 零成本, 成本 or 完成 as tenths", () => {
    expect(figures("实现企业开办零成本，完成任务。")).toEqual([]);
  });
});

describe("extractMetrics: changes and parts", () => {
  it("gives a clause that is only a change to the last figure of the clause before it, wherever that figure stands (review 37)", () => {
    const ms = extractMetrics("全年受理群众信访事项312件（批次），同比下降17.9%。帮助1862户经营主体完成信用修复，较上年增加517户。对389件轻微违法行为依法不予处罚，同比增长21.6%。审结案件90件，调解成功率提升明显，同比增长10%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`])).toEqual([
      ["312件", "down 17.9%"],
      ["1862户", "up 517户"],
      ["389件", "up 21.6%"],
      ["90件", null],
      // A clause between that names another measure: the change is no change of the count before it.
      ["10%", "up 10%"],
    ]);
  });

  it("attaches a change to the figure it qualifies", () => {
    const m = one("2023年，市本级共办理行政复议案件186件，同比增长了21.5%。", 2023);
    expect(m.text).toBe("186件");
    expect(m.change).toMatchObject({ value: 21.5, unit: "%", direction: "up", basis: "同比", text: "同比增长了21.5%" });
  });

  it("attaches 比上一年 / 较上年 changes, including 个百分点 and counts", () => {
    const ms = extractMetrics("一审败诉率为4.2%，较上年下降1.3个百分点；新登记企业8600户，比上年增加520户。", { reportYear: 2022 });
    expect(ms.map((m) => m.text)).toEqual(["4.2%", "8600户"]);
    expect(ms[0]!.change).toMatchObject({ value: 1.3, unit: "个百分点", direction: "down", basis: "较上年" });
    expect(ms[1]!.change).toMatchObject({ value: 520, unit: "户", direction: "up", basis: "比上年" });
  });

  it("makes a change with nothing to attach to a metric of its own", () => {
    const ms = extractMetrics("全市涉企检查次数同比下降了18.6%，被检查企业数量压减了21.4%。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.value, m.change?.direction])).toEqual([
      ["18.6%", 18.6, "down"],
      ["21.4%", 21.4, "down"],
    ]);
  });

  it("does not read a new level (压缩至) or a count of new things (新增) as a change", () => {
    const ms = extractMetrics("承诺时限压缩至3个工作日，新增立法联系点12个。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.change])).toEqual([
      ["3个工作日", null],
      ["12个", null],
    ]);
  });

  it("links 其中 figures to the total", () => {
    const ms = extractMetrics("全区共梳理证明事项156项，其中48项实行告知承诺制，12项直接取消。", { reportYear: 2022 });
    expect(ms.map((m) => m.text)).toEqual(["156项", "48项", "12项"]);
    expect(ms[1]!.partOf).toBe(0);
    expect(ms[0]!.partOf).toBeNull();
  });
});

describe("extractMetrics: subject, scope, period", () => {
  it("canonicalises scopes by the report's level", () => {
    const text = "全区各级行政机关新收一审案件86件，以区政府为被告的案件9件；区级专项预案12部，镇(街道)级预案40部。";
    const ms = extractMetrics(text, { reportYear: 2022, placeLevel: "district" });
    expect(ms.map((m) => m.scope)).toEqual(["全区", "区本级", "区本级", "镇街"]);
    expect(extractMetrics("县级专项预案12部。", { placeLevel: "city" })[0]!.scope).toBe("区县");
  });

  it("keeps scopes apart: 全市 and 市政府本级", () => {
    const ms = extractMetrics("全市各级行政复议机关共收到行政复议申请1650件，市政府本级收到行政复议申请702件。", { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [1650, "全市"],
      [702, "市本级"],
    ]);
    expect(ms[1]!.subject).toContain("行政复议申请");
  });

  it("does not take a ranking (在全省率先) for a scope", () => {
    const m = one("在全省率先建成智慧调解平台，接入调解组织36个。");
    expect(m.scope).toBeNull();
  });

  it("shares the subject's noun with an elided figure", () => {
    const ms = extractMetrics("全年行政复议案件立案318件，审结296件。", { reportYear: 2022 });
    expect(ms[0]!.subject).toBe("行政复议案件立案");
    expect(ms[1]!.subject).toBe("行政复议案件审结");
    expect(ms[1]!.indicator).toBe("admin-review-cases-concluded");
  });

  it("takes the noun after the measure word when there is one", () => {
    expect(one("累计建成83个智慧社区。").subject).toBe("建成智慧社区");
  });

  it("dates figures to an earlier year stated at the start of the sentence", () => {
    const ms = extractMetrics("2021年全市政务服务满意度达到99.3%，办件量增长12%。截至2022年底，累计归集数据5亿条。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.period])).toEqual([
      ["99.3%", 2021],
      ["12%", 2021],
      ["5亿条", null],
    ]);
  });

  it("does not date figures after an ongoing span or an attributive year", () => {
    expect(one("2020年以来，全区发布信息5200条。", 2022).period).toBeNull();
    expect(one("对2021年出台的4件规章进行翻译。", 2022).period).toBeNull();
    expect(one("去年共受理申请300件。", 2022).period).toBe(2021);
  });
});

describe("extractMetrics: pillar and indicator", () => {
  const filed = (text: string) => {
    const m = one(text);
    return [m.pillar, m.indicator];
  };
  it.each([
    ["全市行政机关负责人出庭应诉率达到100%。", "reconsideration", "leader-court-appearance-rate"],
    ["修订市级专项应急预案24部。", "emergency", "emergency-special-plans"],
    ["组织开展各类应急演练860场次。", "emergency", "emergency-drills"],
    ["公布告知承诺制证明事项220项。", "business", "notification-commitment-items"],
    ["办理不予处罚、减轻处罚案件2300件。", "enforcement", "no-penalty-lenient-cases"],
    ["市大数据平台累计汇聚政务数据30亿条。", "digital", "government-data-collected"],
    ["全年各级人民调解组织调解纠纷1.2万件。", "other", "mediation-cases"],
    ["新进执法人员资格考试通过率为92%。", "enforcement", "enforcement-exam-pass-rate"],
  ])("%s", (text, pillar, indicator) => {
    expect(filed(text)).toEqual([pillar, indicator]);
  });

  it("uses the section heading when the sentence has no cue", () => {
    const text = "一、健全突发事件应对体系\n全年开展宣教活动120场，受众3万人次。";
    const ms = extractMetrics(text, { reportYear: 2022 });
    expect(ms.map((m) => m.pillar)).toEqual(["emergency", "emergency"]);
    expect(ms[0]!.pillarCues.some((c) => c.startsWith("heading:"))).toBe(true);
  });

  it("records the sentence cues that decided", () => {
    const m = one("行政复议案件审结率为95%。");
    expect(m.pillar).toBe("reconsideration");
    expect(m.pillarCues).toContain("sentence:行政复议");
  });

  it("files a figure with no cue at all under other", () => {
    const m = one("共有58人参加。");
    expect(m.pillar).toBe("other");
    expect(m.pillarCues).toEqual([]);
  });
});

describe("extractMetrics: phrasings the seeds do not use", () => {
  const extract = (text: string) => extractMetrics(text, { reportYear: 2022 });

  it("keeps a noun that ends in a copula-like character (违法行为, not 违法行)", () => {
    const m = one("全年立案查处各类违法行为2156宗。");
    expect(m.subject.endsWith("违法行为")).toBe(true);
  });

  it("does not strip 自 from a noun that starts with it (自然资源)", () => {
    const ms = extract("收到行政复议申请分别为市场监管类45件、公安类32件和自然资源类18件。");
    expect(ms.map((m) => m.value)).toEqual([45, 32, 18]);
    expect(ms[2]!.subject).toBe("自然资源类");
  });

  it("never files one category of a total as the catalog indicator", () => {
    const ms = extract("全年收到行政复议申请分别为市场监管类45件、公安类32件和交通运输领域18件。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null]);
    // Control: the total itself is the indicator's figure.
    expect(one("全年收到行政复议申请156件。").indicator).toBe("admin-review-applications");
  });

  it("links every item of a 其中 list to the total, and maps only first-instance cases", () => {
    const ms = extract("全区新收行政诉讼案件97件，其中一审76件、二审21件。");
    expect(ms.map((m) => [m.value, m.partOf, m.indicator])).toEqual([
      [97, null, null],
      [76, 0, "admin-litigation-first-instance-cases"],
      [21, 0, null],
    ]);
  });

  it("keeps a sum over several years out of the annual indicator and out of the subject", () => {
    for (const text of ["2020—2022年累计清理规范性文件312件。", "2020年至2022年，累计清理规范性文件312件。"]) {
      const m = one(text);
      expect(m.subject, text).toBe("清理规范性文件");
      expect(m.indicator, text).toBeNull();
    }
    expect(one("2022年清理规范性文件312件。").indicator).toBe("normative-documents-cleaned");
  });

  it("hands the values of 分别 changes to the figures before them in order", () => {
    const ms = extract("全年共发生生产安全事故23起、死亡19人，同比分别下降8%和13.6%。");
    expect(ms.map((m) => [m.value, m.change?.value, m.change?.direction])).toEqual([
      [23, 8, "down"],
      [19, 13.6, "down"],
    ]);
  });

  it("gives each value of a 分别 change its own direction when it says one (增长6.3%和下降4.7%)", () => {
    const ms = extract("全年立案查处各类违法案件1,086件，罚没款426.8万元，同比分别增长6.3%和下降4.7%。");
    expect(ms.map((m) => [m.value, m.change?.value, m.change?.direction, m.change?.text])).toEqual([
      [1086, 6.3, "up", "同比分别增长6.3%"],
      [4268000, 4.7, "down", "下降4.7%"],
    ]);
  });

  it("gives a change every figure before it shares by 均 to each of them (同比均下降25%)", () => {
    for (const text of ["全年发生生产安全事故3起、死亡3人，同比均下降25%。", "检查企业420家，发现隐患1200项，均比上年增加10%。"]) {
      const ms = extract(text);
      expect(ms.length, text).toBe(2);
      expect(new Set(ms.map((m) => `${m.change?.direction} ${m.change?.value}`)).size, text).toBe(1);
      expect(ms[0]!.change, text).not.toBeNull();
    }
    // Without 均 the change is the last figure's alone.
    const ms = extract("受理复议案件120件，办结110件，同比增长5%。");
    expect(ms.map((m) => m.change?.value ?? null)).toEqual([null, 5]);
    // The run ends where a clause names a topic of its own; 平均 and 年均 share nothing.
    const longer = extract("全市受理行政复议案件320件，办结300件，发生生产安全事故3起、死亡3人，同比均下降25%。");
    expect(longer.map((m) => m.change?.value ?? null)).toEqual([null, null, 25, 25]);
    const average = extract("全市受理案件1200件，办结1100件，平均增长8%。");
    expect(average.slice(0, 2).map((m) => m.change)).toEqual([null, null]);
    expect(average[2]!.change!.text).toBe("增长8%");
    const yearly = extract("全市GDP达到500亿元，一般公共预算收入50亿元，年均增长8%。");
    expect(yearly.map((m) => m.change?.value ?? null)).toEqual([null, 8]);
  });

  it("reads 由386项精简至312项 as one count at two levels, both with the counted noun", () => {
    const ms = extract("市级行政许可事项由386项精简至312项。");
    expect(ms.map((m) => [m.value, m.subject])).toEqual([
      [386, "行政许可事项"],
      [312, "行政许可事项"],
    ]);
  });

  it("dates a bracketed prior-year base and gives it the figure's subject, without dating what follows", () => {
    const ms = extract("共受理行政复议案件1102件（上年为968件），增幅13.8%。");
    // (增幅13.8% is the count's change, not a figure of its own.)
    expect(ms.map((m) => [m.value, m.period, m.indicator, m.change?.value ?? null])).toEqual([
      [1102, null, "admin-review-cases-accepted", 13.8],
      [968, 2021, "admin-review-cases-accepted", null],
    ]);
    expect(ms[1]!.subject).toBe(ms[0]!.subject);
  });

  it("gives a change after a comparison base to the figure, not to the base", () => {
    const ms = extract("市政府共办理行政复议案件386件，比2020年的312件增长23.7%。");
    expect(ms.map((m) => [m.value, m.period, m.change?.value ?? null])).toEqual([
      [386, null, 23.7],
      [312, 2020, null],
    ]);
  });

  it("keeps a 其中 list going across commas, under the figure rather than its comparison base", () => {
    const ms = extract("共办理行政复议案件386件，比2020年的312件增长23.7%，其中维持247件，撤销31件，驳回45件，终止51件。");
    expect(ms.slice(2).map((m) => [m.value, m.partOf, m.indicator])).toEqual([
      [247, 0, null],
      [31, 0, null],
      [45, 0, null],
      [51, 0, null],
    ]);
    expect(ms[0]!.indicator).toBe("admin-review-cases-handled");
  });

  it("keeps the indicator on a part stated at another level (全市 total, 市本级 part)", () => {
    const ms = extract("全市共收到行政复议申请1867件，其中市政府本级收到742件。");
    expect(ms.map((m) => [m.value, m.scope, m.partOf, m.indicator])).toEqual([
      [1867, "全市", null, "admin-review-applications"],
      [742, "市本级", 0, "admin-review-applications"],
    ]);
  });

  it("reads bare 十 and 百余/千余/万余 as figures, but not 数十 or 近十年", () => {
    const ms = extract("开展普法活动百余场，培训千余人，惠及万余人，检查十次，组织十余次演练。数十家企业参与，近十年来持续推进。");
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx])).toEqual([
      ["百余场", 100, "场", true],
      ["千余人", 1000, "人", true],
      ["万余人", 10000, "人", true],
      ["十次", 10, "次", false],
      ["十余次", 10, "次", true],
    ]);
    expect(figures("建立健全十项制度，出台十条措施，落实三项制度。")).toEqual([]);
  });

  it("does not lend a count's noun to a figure counting something else (people after activities)", () => {
    const ms = extract("全年开展普法活动120场，培训1500人，惠及2万余人。");
    expect(ms.map((m) => m.subject)).toEqual(["开展普法活动", "培训", "惠及"]);
  });

  it("treats a year span with an ASCII hyphen like one with a dash", () => {
    const m = one("2021-2023年累计清理规范性文件312件。");
    expect(m.subject).toBe("清理规范性文件");
    expect(m.indicator).toBeNull();
  });

  it("names the object of 对/为/向 with the verb after it", () => {
    expect(extract("对126家企业实施首违不罚。")[0]!.subject).toBe("企业实施首违不罚");
    expect(extract("为3200余家民营企业提供法律服务。")[0]!.subject).toBe("民营企业提供法律服务");
  });

  it("reads 其中作出维持决定的112件 as a part of the total and lends the total's noun down the list", () => {
    const ms = extract("全年共办理行政复议案件234件，其中作出维持决定的112件，撤销的15件，驳回申请26件，调解和解59件。");
    expect(ms.slice(1).map((m) => [m.value, m.partOf, m.subject, m.indicator])).toEqual([
      [112, 0, "行政复议案件作出维持决定", null],
      [15, 0, "行政复议案件撤销", null],
      [26, 0, "驳回申请", null],
      [59, 0, "行政复议案件调解和解", null],
    ]);
  });

  it("does not keep 从 in the subject of a change between two levels", () => {
    expect(extract("行政诉讼败诉率从8.5%下降至3.5%。").map((m) => [m.value, m.subject])).toEqual([
      [8.5, "行政诉讼败诉率"],
      [3.5, "行政诉讼败诉率"],
    ]);
  });

  it("maps 经营主体 (the term that replaced 市场主体 in 2023) to new market entities", () => {
    const m = extract("全市新登记经营主体2.3万户，同比增长11.2%。")[0]!;
    expect([m.value, m.pillar, m.indicator]).toEqual([23000, "business", "new-market-entities"]);
  });

  it("gives a figure that borrows another's noun that figure's level, and reads 镇街为98.2% as the same rate at another level", () => {
    const ms = extractMetrics("区政府本级共收到行政复议申请412件，受理387件。区级行政机关负责人出庭应诉率为100%，镇街为98.2%。", { reportYear: 2022, placeLevel: "district" });
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.indicator])).toEqual([
      [412, "收到行政复议申请", "区本级", "admin-review-applications"],
      [387, "受理行政复议申请", "区本级", "admin-review-cases-accepted"],
      [100, "行政机关负责人出庭应诉率", "区本级", "leader-court-appearance-rate"],
      [98.2, "行政机关负责人出庭应诉率", "镇街", "leader-court-appearance-rate"],
    ]);
  });

  it("keeps a bracketed alternative in the counted noun, and a count of places out of the catalog", () => {
    const ms = extract("全区1035个村（社区）实现法律顾问全覆盖。向7个镇（街道）下放区级行政职权583项。");
    expect([ms[0]!.subject, ms[0]!.scope]).toEqual(["村（社区）", "村社区"]); // the scope word opening the clause is the scope, not the noun
    expect(ms.slice(1).map((m) => [m.value, m.indicator])).toEqual([
      [7, null],
      [583, "powers-devolved"],
    ]);
  });

  it("links a change stated before the level it reached to that level", () => {
    const ms = extract("全省行政执法人员持证率较上年提高3.5个百分点，达到97.8%。行政许可事项比上年减少42项，为658项。");
    expect(ms.map((m) => [m.text, m.subject, m.change?.text ?? null])).toEqual([
      ["97.8%", "行政执法人员持证率", "较上年提高3.5个百分点"],
      ["658项", "行政许可事项", "比上年减少42项"],
    ]);
    // A change with nothing after it stays a metric of its own.
    expect(one("全年行政处罚案件数同比下降了16.2%。").change?.value).toBe(16.2);
  });

  it("reads a count in 万/亿 whose measure word goes unsaid, with an empty unit", () => {
    const ms = extract("累计注册用户超过4000万，日均访问量达300万人次。");
    expect(ms.map((m) => [m.value, m.unit, m.approx, m.bound, m.subject])).toEqual([
      [40_000_000, "", true, "lower", "注册用户"],
      [3_000_000, "人次", false, null, "日均访问量"],
    ]);
    // A bare number stays no figure.
    expect(figures("全市共有4000，各类主体。")).toEqual([]);
  });

  it("files tax and fee relief under the business environment", () => {
    expect(one("新增减税降费及退税缓税缓费超1200亿元。").pillar).toBe("business");
  });

  it("hands the items before 分别 to the figures after it: subjects, levels or years", () => {
    const ms = extract("全市行政复议申请、受理、审结分别为1200件、1100件和1050件。市本级、区县分别收到申请520件、680件。2021年和2022年分别办理案件300件、350件。");
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.period, m.indicator])).toEqual([
      [1200, "行政复议申请", "全市", null, "admin-review-applications"],
      [1100, "行政复议受理", "全市", null, "admin-review-cases-accepted"],
      [1050, "行政复议审结", "全市", null, "admin-review-cases-concluded"],
      [520, "收到申请", "市本级", null, null],
      [680, "收到申请", "区县", null, null],
      [300, "办理案件", null, 2021, null],
      [350, "办理案件", null, null, null],
    ]);
  });

  it("never makes a share part of another rate", () => {
    const ms = extract("共办理行政复议案件220件，调解和解率32.5%，其中涉及征地拆迁的案件占比41%。");
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [220, null],
      [32.5, null],
      [41, 0],
    ]);
  });

  it("does not give a verb-only item the indicator its borrowed noun names (调解和解 is not 收到申请)", () => {
    const ms = extract("全年收到行政复议申请1053件，受理978件，其中调解和解303件；市政府本级收到412件。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [1053, "admin-review-applications"],
      [978, "admin-review-cases-accepted"],
      [303, null],
      [412, "admin-review-applications"],
    ]);
  });

  it("keeps targets out of the catalog: a later year, 力争 before the figure, or a section of plans", () => {
    const ms = extract("2023年，力争行政复议纠错率保持在10%左右。");
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([[10, 2023, null]]);
    expect(extract("一是力争2023年全程网办率达到95%以上。").map((m) => [m.value, m.period, m.indicator])).toEqual([[95, 2023, null]]);
    expect(extract("下一步，力争全市行政复议调解和解率达到30%以上。")[0]!.indicator).toBeNull();
    const plan = extract("一、主要成效\n全年行政复议调解和解率为26%。\n二、2023年工作计划\n行政复议调解和解率提升至30%。");
    expect(plan.map((m) => [m.value, m.indicator])).toEqual([
      [26, "admin-review-mediation-rate"],
      [30, null],
    ]);
    expect(one("全年行政复议纠错率为9.7%。").indicator).toBe("admin-review-correction-rate");
  });

  it("reads 一倍多 as a change (较上年增长一倍多, written with its 多) but not the 一 of 统一倍增", () => {
    const ms = extract("全年新收行政复议案件189件，较上年增长一倍多。实施统一倍增计划。");
    expect(ms.map((m) => [m.value, m.change?.text ?? null])).toEqual([[189, "较上年增长一倍多"]]);
  });

  it("lets a figure after 共计 in the same clause borrow the first figure's noun (清单4批次共计156项)", () => {
    const ms = extract("制定轻微违法行为免罚清单4批次共计156项。");
    expect(ms.map((m) => [m.value, m.subject, m.indicator])).toEqual([
      [4, "制定轻微违法行为免罚清单", null],
      [156, "轻微违法行为免罚清单", "no-penalty-lenient-items"],
    ]);
  });

  it("drops 该市 / 该区 (news speaking of the place) from a subject", () => {
    expect(extract("该市梳理免罚清单事项212项。")[0]!.subject).toBe("梳理免罚清单事项");
  });

  it("reads bracketed asides: a 其中 inside brackets ends there, a bracketed change goes to the figure before it", () => {
    const ms = extract("全年收到行政复议申请220件（其中不予受理15件），审结198件（同比增长12%）。行政应诉案件86件，一审败诉5件，败诉率5.8%（较上年下降1.2个百分点）。");
    expect(ms.map((m) => [m.value, m.partOf, m.change?.value ?? null, m.indicator])).toEqual([
      [220, null, null, "admin-review-applications"],
      [15, 0, null, null],
      [198, null, 12, "admin-review-cases-concluded"],
      [86, null, null, null],
      [5, null, null, null],
      [5.8, null, 1.2, "admin-litigation-loss-rate"],
    ]);
  });

  it("multiplies Chinese numerals by 万/亿 after 余 (两千余万元, 十余万元)", () => {
    expect(extract("投入两千余万元，补助十余万元。").map((m) => [m.text, m.value, m.unit, m.approx])).toEqual([
      ["两千余万元", 20000000, "元", true],
      ["十余万元", 100000, "元", true],
    ]);
  });

  it("reads Chinese decimals before 万/亿 (一点二万户) and lets a figure followed by its verb keep its own subject", () => {
    const ms = extract("新增经营主体一点二万户，投入三点五亿元。培训执法人员一千二百余人次，约两千人参加考试。");
    expect(ms.map((m) => [m.text, m.value, m.subject])).toEqual([
      ["一点二万户", 12000, "新增经营主体"],
      ["三点五亿元", 350000000, "投入"],
      ["一千二百余人次", 1200, "培训执法人员"],
      ["约两千人", 2000, "参加考试"],
    ]);
  });

  it("gives a figure the unit written after the next one (分别提升2.1和1.8个百分点) and hands both changes out", () => {
    const ms = extract("解决率94.3%，满意率95.1%，较上年分别提升2.1和1.8个百分点。");
    expect(ms.map((m) => [m.value, m.unit, m.change?.value ?? null, m.change?.unit ?? null])).toEqual([
      [94.3, "%", 2.1, "个百分点"],
      [95.1, "%", 1.8, "个百分点"],
    ]);
    expect(extract("投入1.2和1.5万元。").map((m) => [m.text, m.value, m.unit])).toEqual([
      ["1.2", 12000, "元"],
      ["1.5万元", 15000, "元"],
    ]);
  });

  it("treats a closed bracket as an aside: a part of the figure it follows (含…, review 35), but no noun to lend; 由上年的 dates only the base", () => {
    const ms = extract("审结1146件（含上年结转87件），其中维持853件、撤销72件。全程网办率由上年的85.2%提高到93.4%。");
    expect(ms.map((m) => [m.value, m.partOf, m.subject, m.period])).toEqual([
      [1146, null, "审结", null],
      [87, 0, "含上年结转", null],
      [853, 0, "维持", null],
      [72, 0, "撤销", null],
      [85.2, null, "全程网办率", 2021],
      [93.4, null, "全程网办率", null],
    ]);
  });

  it("reads signed changes after a basis (同比-12.6%), 较年初, 约为, and judges list items after 、 by their own words first", () => {
    const ms = extract("作出行政处罚决定4687件（同比-12.6%），受理案件860件，环比+5%。直接纠错率约为百分之八点四。归集数据4.6亿条，较年初增长约1.2倍。修订总体应急预案1部、专项应急预案12部。");
    expect(ms.map((m) => [m.value, m.change ? `${m.change.direction} ${m.change.basis} ${m.change.value}` : null, m.approx, m.indicator])).toEqual([
      [4687, "down 同比 12.6", false, "administrative-penalty-cases"],
      [860, "up 环比 5", false, null],
      [8.4, null, true, null],
      [460000000, "up 较年初 1.2", false, "government-data-collected"],
      [1, null, false, null],
      [12, null, false, "emergency-special-plans"],
    ]);
  });

  it("lets a sentence that opens with a bare verb and its figure go on counting what the sentence before counted", () => {
    const ms = extract("全市共收到行政复议申请6210件，同比增长18%。受理5977件，审结5534件，直接纠错率12.7%。");
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [6210, "全市", "admin-review-applications"],
      [5977, "全市", "admin-review-cases-accepted"],
      [5534, "全市", "admin-review-cases-concluded"],
      [12.7, "全市", "admin-review-correction-rate"],
    ]);
    // A new topic opens with its own noun: nothing is carried.
    expect(extract("全市共收到行政复议申请6210件。办理法律援助案件1200件。")[1]!.indicator).toBe("legal-aid-cases");
  });

  it("lends the object after the actor's verb (行政复议机构共收到行政复议申请 → 行政复议申请), and carries the whole, not its last part, into the next sentence", () => {
    const ms = extract("全市行政复议机构共收到行政复议申请6821件，其中市本级收到3105件。受理5977件，审结5534件。");
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.partOf, m.indicator])).toEqual([
      [6821, "行政复议机构共收到行政复议申请", "全市", null, "admin-review-applications"],
      [3105, "收到行政复议申请", "市本级", 0, "admin-review-applications"],
      [5977, "受理行政复议申请", "全市", null, "admin-review-cases-accepted"],
      [5534, "审结行政复议申请", "全市", null, "admin-review-cases-concluded"],
    ]);
  });

  it("judges a bare verb after another figure of its sentence by that figure's topic (执法人员培训班9期，培训1850人次)", () => {
    expect(extract("组织执法人员培训班9期，培训1850人次。").map((m) => m.indicator)).toEqual([null, "enforcement-staff-trained"]);
    expect(extract("开展普法活动120场，培训1500人。")[1]!.indicator).toBeNull();
  });

  it("reads 三是2020年 as a clause's year, 三年来 as a multi-year sum, 比2020年底 as a change basis, and drops list markers from subjects", () => {
    const ms = extract("三是2020年全县收到行政复议申请232件。三年来累计办理行政复议案件610件。持证执法人员共计1080人，比2020年底增加96人。3.全年新设立经营主体1.2万户。（二）全年办理法律援助案件300件。");
    expect(ms.map((m) => [m.value, m.subject, m.period, m.indicator, m.change?.value ?? null])).toEqual([
      [232, "收到行政复议申请", 2020, "admin-review-applications", null],
      [610, "办理行政复议案件", null, null, null],
      [1080, "持证执法人员", null, "enforcement-certified-staff", 96],
      [12000, "新设立经营主体", null, "new-market-entities", null],
      [300, "办理法律援助案件", null, "legal-aid-cases", null],
    ]);
  });

  it("lets a rate that names its indicator by its own words file it under that indicator's pillar (全程网办率)", () => {
    const m = one("依托一体化平台，全程网办率达到96.5%。");
    expect([m.pillar, m.indicator]).toEqual(["business", "full-online-service-rate"]);
    expect(m.pillarCues[0]).toBe("indicator:full-online-service-rate");
  });

  it("gives a bare second measure of one activity its subject (培训二十八期、一千六百人次)", () => {
    const ms = extract("三是全年组织行政执法人员培训二十八期、一千六百人次。");
    expect(ms.map((m) => [m.value, m.subject, m.indicator])).toEqual([
      [28, "组织行政执法人员培训", null],
      [1600, "组织行政执法人员培训", "enforcement-staff-trained"],
    ]);
  });

  it("keeps a filler or a scope word that opens the clause out of the noun after the figure (将12项重大行政决策事项, 全市1.6万名执法人员)", () => {
    const ms = extract("将12项重大行政决策事项纳入目录管理。全市1.6万名执法人员参加培训。");
    expect(ms.map((m) => [m.subject, m.scope, m.indicator])).toEqual([
      ["重大行政决策事项纳入目录管理", null, "major-administrative-decisions"],
      ["执法人员", "全市", null],
    ]);
  });

  it("does not read the rank in an honour's name as a scope (省级民主法治社区, 市级文明单位)", () => {
    expect(extract("建成省级民主法治社区2个，市级文明单位5家。").map((m) => m.scope)).toEqual([null, null]);
  });

  it("hands out items written after 分别 too (分别宣布废止、修改41件和23件)", () => {
    expect(extract("清理规范性文件312件，分别宣布废止、修改41件和23件。").map((m) => [m.value, m.subject])).toEqual([
      [312, "清理规范性文件"],
      [41, "宣布废止"],
      [23, "修改"],
    ]);
  });

  it("reads a range as one figure at its lower end, approximate, and leaves dates and year spans alone", () => {
    const ms = extract("审批时限压缩至3—5个工作日。满意度保持在95%-98%之间。每户补助3-5万元。发布日期：2023-01-20。2021-2023年累计办理案件300件。");
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx, m.bound, m.subject])).toEqual([
      ["3—5个工作日", 3, "个工作日", true, "lower", "审批时限"],
      ["95%-98%", 95, "%", true, "lower", "满意度"],
      ["3-5万元", 30000, "元", true, "lower", "每户补助"],
      ["300件", 300, "件", false, null, "办理案件"],
    ]);
  });

  it("judges list items by the list the sentence names (公布不予处罚清单，新增事项64项), not by other words of the sentence", () => {
    expect(extract("公布轻微违法行为不予处罚清单，涵盖事项64项。")[0]!.indicator).toBe("no-penalty-lenient-items");
    // (A batch's additions, 新增事项64项, are not the lists' items: review 35.)
    expect(extract("公布第二批轻微违法行为不予处罚清单，新增事项64项。")[0]!.indicator).toBeNull();
    expect(extract("公布包容审慎监管事项清单，涵盖事项328项。")[0]!.indicator).toBe("inclusive-regulation-items");
    // 调整 and 权力 name devolved powers, but no list names them: a list of powers and duties is not that.
    expect(extract("认真落实《权责清单管理办法》，及时调整权责事项，公布权力事项4820项。")[0]!.indicator).toBeNull();
    expect(extract("清单事项64项。")[0]!.indicator).toBeNull();
  });

  it("continues a 其中 list whose items are short nouns (其中企业15.2万户，个体工商户33.1万户)", () => {
    const ms = extract("全市市场主体总数达到48.6万户，其中企业15.2万户，个体工商户33.1万户。");
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [486000, null],
      [152000, 0],
      [331000, 0],
    ]);
  });

  it("reads every figure after a change verb as a change (起数和死亡人数分别下降15.4%和20%)", () => {
    const ms = extract("生产安全事故起数和死亡人数分别下降15.4%和20%。");
    expect(ms.map((m) => [m.value, m.change?.direction, m.change?.value])).toEqual([
      [15.4, "down", 15.4],
      [20, "down", 20],
    ]);
  });

  it("ends the noun after a figure at an adverb before a verb (1146个人民调解组织共调解…)", () => {
    const ms = extract("全市1146个人民调解组织共调解矛盾纠纷2.43万件。");
    expect([ms[0]!.subject, ms[0]!.scope]).toEqual(["人民调解组织", "全市"]);
    expect(ms[1]!.indicator).toBe("mediation-cases");
  });

  it("lets a count after a semicolon borrow the last count's noun, not a rate's", () => {
    const ms = extract("共受理行政复议案件1102件，增幅13.8%；审结1057件。");
    const concluded = ms.find((m) => m.value === 1057)!;
    expect(concluded.subject).toContain("行政复议案件");
    expect(concluded.indicator).toBe("admin-review-cases-concluded");
    expect(ms[0]!.change?.value).toBe(13.8);
  });
});

describe("extractMetrics: objects, bounds and exclusions (second review)", () => {
  it("reads the verb phrase after an object introduced by 对 or 将 as part of the metric", () => {
    const commitment = one("对79项涉企和群众办事的证明事项实行告知承诺制。");
    expect(commitment.subject).toBe("涉企和群众办事的证明事项实行告知承诺制");
    expect(commitment.indicator).toBe("notification-commitment-items");
    expect(one("将12项事项纳入重大行政决策事项目录。").indicator).toBe("major-administrative-decisions");
  });

  it("reads 不少于, 不低于 and 不超过 as bounds, not as part of the subject", () => {
    expect(one("开展应急演练不少于700次。")).toMatchObject({ value: 700, approx: true, bound: "lower", subject: "开展应急演练" });
    expect(one("办理时限不超过3个工作日。")).toMatchObject({ value: 3, approx: true, bound: "upper" });
  });

  it("does not take the level that devolved powers came from as the scope, and maps powers received to no devolution indicator", () => {
    expect(one("承接省级下放行政许可事项19项。")).toMatchObject({ scope: null, indicator: null });
  });

  it("keeps cases closed by reconciliation, pre-litigation mediation and department plans out of other indicators", () => {
    expect(one("通过调解、和解方式结案213件。").indicator).toBeNull();
    expect(one("诉前调解案件4100余件。").indicator).toBeNull();
    const plans = extractMetrics("修订专项应急预案38部、部门应急预案122部。", { reportYear: 2022 });
    expect(plans.map((m) => m.indicator)).toEqual(["emergency-special-plans", null]);
    expect(one("开展行政执法监督检查32次。").indicator).toBeNull();
  });

  it("keeps look-alike counts and rates out of the catalog (third review)", () => {
    const rates = extractMetrics("“一网通办”率达到99.2%，全程网办率达到91.7%。", { reportYear: 2022 });
    expect(rates.map((m) => m.indicator)).toEqual([null, "full-online-service-rate"]);
    expect(extractMetrics("建成人口、法人、电子证照等基础库5个、主题库28个。", { reportYear: 2022 }).map((m) => m.indicator)).toEqual([null, null]);
    expect(one("设立行政复议受理点126个。").indicator).toBeNull();
    expect(one("通过受理点转交复议申请632件。").indicator).toBeNull();
    expect(one("街道作为被申请人的行政复议案件1件。").indicator).toBeNull();
    expect(one("协助转交法律援助申请38件。").indicator).toBeNull();
    expect(one("修订街道突发事件综合应急预案1部。").indicator).toBeNull();
    expect(one("年度学法考试合格率100%。").indicator).toBeNull();
    expect(one("行政执法人员资格考试合格率96.5%。").indicator).toBe("enforcement-exam-pass-rate");
    const staff = extractMetrics("现有持证执法人员23名、协管员46名。", { reportYear: 2022 });
    expect(staff.map((m) => m.indicator)).toEqual(["enforcement-certified-staff", null]);
    expect(one("抵押登记1个工作日内办结。")).toMatchObject({ value: 1, approx: true, bound: "upper" });
  });

  it("does not read a list's upkeep (动态调整…清单) as devolved powers", () => {
    const ms = extractMetrics("动态调整“首违不罚”“轻微免罚”清单，覆盖21个执法领域312项事项。", { reportYear: 2022 });
    expect(ms.map((m) => m.indicator)).toEqual([null, "no-penalty-lenient-items"]);
  });
});

describe("extractMetrics: annual totals only", () => {
  it("maps no indicator to a figure for part of a year or an average", () => {
    expect(one("今年一季度，全市已收到行政复议申请629件。").indicator).toBeNull();
    expect(one("1—9月，全市收到行政复议申请1629件。").indicator).toBeNull();
    expect(one("截至11月底，全市收到行政复议申请1629件。").indicator).toBeNull();
    expect(one("市本级复议案件人均办理量已超过50件。").indicator).toBeNull();
    expect(one("减少重复检查1.2万户次。").indicator).toBeNull();
    // The whole year still maps.
    expect(one("截至12月底，全市收到行政复议申请1629件。").indicator).toBe("admin-review-applications");
    expect(one("全年全市收到行政复议申请1629件。").indicator).toBe("admin-review-applications");
  });
});

describe("extractMetrics: changes and parts that belong elsewhere", () => {
  const extract = (text: string) => extractMetrics(text, { reportYear: 2022 });

  it("gives a 分别 change clause with a subject of its own to that subject, not to the figures before it", () => {
    const ms = extract("全年检查生产经营单位4.7万家次，排查整改安全隐患8.6万处，全市生产安全事故起数和死亡人数同比分别下降21.4%和15.8%。");
    expect(ms.slice(0, 2).map((m) => m.change)).toEqual([null, null]);
    expect(ms.slice(2).map((m) => [m.value, m.change?.direction])).toEqual([
      [21.4, "down"],
      [15.8, "down"],
    ]);
    // A change clause that names the figures' nouns again still hands its values to them.
    const again = extract("全年共发生各类生产安全事故425起，死亡412人，事故起数和死亡人数分别比上年下降21.3%、17.6%。");
    expect(again.map((m) => [m.value, m.change?.value])).toEqual([
      [425, 21.3],
      [412, 17.6],
    ]);
  });

  it("makes a part of the whole its verb names when no whole is in its unit", () => {
    const ms = extract("审查合同、协议及其他文件共计63件，提出修改意见141条，其中审查重大合同27份。");
    expect(ms.map((m) => m.partOf)).toEqual([null, null, 0]);
  });

  it("does not make a larger figure a part, nor give a part its whole's indicator at the whole's scope", () => {
    const ms = extract("全年新增市场主体1.92万户，其中新增企业6100余户，市场主体总量突破11万户。");
    expect(ms.map((m) => [m.value, m.partOf, m.indicator])).toEqual([
      [19200, null, "new-market-entities"],
      [6100, 0, null],
      [110000, null, null],
    ]);
  });
});

describe("extractMetrics: the noun a part after a semicolon goes on counting", () => {
  it("is the exact figure's, not a rounded restatement's or a comparison base's", () => {
    const ms = extractMetrics("全市共收到行政复议申请2186件，比2022年的1531件增长42.8%，案件量首次突破两千件；依法受理1947件，审结1862件。", { reportYear: 2023 });
    expect(ms.slice(3).map((m) => [m.value, m.subject])).toEqual([
      [1947, "受理行政复议申请"],
      [1862, "审结行政复议申请"],
    ]);
  });
});

describe("extractMetrics: an office that opens a part", () => {
  it("keeps the sentence's opening scope from the part it opens and the parts after it", () => {
    const ms = extractMetrics("全市各级政府共聘请法律顾问612名；市司法局对市政府文件开展合法性审查1043件；审查规范性文件88件。", { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [612, "全市"],
      [1043, null],
      [88, null],
    ]);
    expect(extractMetrics("全市收到申请612件；受理600件。", { reportYear: 2022 }).map((m) => m.scope)).toEqual(["全市", "全市"]);
  });
});

describe("extractMetrics: a rate under its heading", () => {
  it("takes the domain a rate's sentence leaves unsaid from its section heading", () => {
    const ms = extractMetrics("（二）发挥行政复议主渠道作用\n对违法或不当行政行为依法予以撤销、变更，直接纠错率12.3%；调解和解率19.4%。\n", { reportYear: 2022 });
    expect(ms.map((m) => m.indicator)).toEqual(["admin-review-correction-rate", "admin-review-mediation-rate"]);
    // Without the heading the rates stay unmapped: the own words alone do not say which correction rate.
    expect(extractMetrics("对违法或不当行政行为依法予以撤销、变更，直接纠错率12.3%。", { reportYear: 2022 })[0]!.indicator).toBeNull();
  });
});

describe("extractMetrics: a year that opens a sentence", () => {
  it("dates the parts after its semicolons too, unless they name their own year", () => {
    const ms = extractMetrics("2022年我市主要数据：全市收到行政复议申请1531件；新登记经营主体9.8万户；2021年办理法律援助案件1.1万件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.period])).toEqual([
      [1531, 2022],
      [98000, 2022],
      [11000, 2021],
    ]);
  });
});

describe("extractMetrics: fourth review", () => {
  const extract = (text: string) => extractMetrics(text, { reportYear: 2022 });

  it("maps no indicator to what was not reached, to a count of fields, nor to what a problems section says", () => {
    expect(one("行政机关负责人出庭应诉率尚未达到百分之百。").indicator).toBeNull();
    expect(one("直接纠错率仍未低于10%。").indicator).toBeNull();
    expect(extract("14个领域制定不予处罚、减轻处罚事项清单，涉及事项213项。").map((m) => m.indicator)).toEqual([null, "no-penalty-lenient-items"]);
    const problems = extract("四、存在的问题和不足\n行政机关负责人出庭应诉率为95.1%，与要求仍有差距。\n");
    expect(problems.map((m) => m.indicator)).toEqual([null]);
  });

  it("reads cases handled under a list as cases, and a list's first item's noun does not veto the next item", () => {
    expect(one("适用清单办理不罚轻罚案件4218件。").indicator).toBe("no-penalty-lenient-cases");
    expect(extract("审查区政府合同286份、规范性文件19件。").map((m) => m.indicator)).toEqual([null, "normative-documents-reviewed"]);
    expect(one("新增公职律师78名。").indicator).toBeNull();
    expect(one("开通电子证照应用场景27类。").indicator).toBeNull();
    expect(one("接种疫苗七十二万余剂次。")).toMatchObject({ value: 720000, unit: "剂次" });
  });

  it("carries the whole's noun, not a part's actor, past a semicolon, and links a part after 其中 to the whole its verb names", () => {
    const ms = extract("全市各级行政复议机关共收到行政复议申请1086件，其中市政府收到486件；受理951件，审结902件。");
    expect(ms.slice(2).map((m) => [m.subject, m.indicator])).toEqual([
      ["受理行政复议申请", "admin-review-cases-accepted"],
      ["审结行政复议申请", "admin-review-cases-concluded"],
    ]);
    const parts = extract("排查问题线索436条，整改到位429条；其中三地排查问题线索共计182条。");
    expect(parts[2]!.partOf).toBe(0);
  });

  it("does not file a figure by the words of a law's name (学习《安全生产法》)", () => {
    expect(one("组织领导干部集中学习《中华人民共和国安全生产法》等法律法规二十一部。").pillar).toBe("other");
  });

  it("does not take a scope word inside a closed aside as the figure's scope, nor the aside as its subject", () => {
    expect(one("全区（含镇街便民服务中心）受理办件31.2万件。")).toMatchObject({ scope: "全区", subject: "受理办件" });
  });
});

describe("extractMetrics: fifth review", () => {
  const extract = (text: string) => extractMetrics(text, { reportYear: 2022 });

  it("keeps an office's own figures (局本级) out of the place's indicators", () => {
    expect(extract("局本级持有行政执法证件人员43人，全市持证执法人员13468人。").map((m) => [m.scope, m.indicator])).toEqual([
      ["局本级", null],
      ["全市", "enforcement-certified-staff"],
    ]);
  });

  it("goes on counting the whole, not a breakdown at another level, after a semicolon", () => {
    const ms = extract("全州共收到行政复议申请1134件，州政府本级收到326件、各县市政府收到808件；依法受理1,012件，审结968件。");
    expect(ms.slice(3).map((m) => [m.subject, m.indicator])).toEqual([
      ["受理行政复议申请", "admin-review-cases-accepted"],
      ["审结行政复议申请", "admin-review-cases-concluded"],
    ]);
  });

  it("reads a bracketed prior-year figure after a change as the comparison base", () => {
    const ms = extractMetrics("全市各级行政复议机关共收到行政复议申请748件，同比增长21.2%（2022年为617件），其中市政府本级收到412件；依法受理673件，审结651件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [748, null, "admin-review-applications"],
      [617, 2022, "admin-review-applications"],
      [412, null, "admin-review-applications"],
      [673, null, "admin-review-cases-accepted"],
      [651, null, "admin-review-cases-concluded"],
    ]);
    expect(ms[1]!.subject).toBe(ms[0]!.subject);
  });

  it("keeps look-alike rates and counts out of the catalog (fifth review)", () => {
    expect(extract("“网上可办”率达到98.5%，其中“全程网办”率达到86.3%。").map((m) => m.indicator)).toEqual([null, "full-online-service-rate"]);
    expect(one("行政调解纠纷3560件。").indicator).toBeNull();
    expect(one("审查后纠正问题文件5件。").indicator).toBeNull();
    expect(one("出庭应诉负责人中正职出庭占比达到38%。").indicator).toBeNull();
    expect(one("为市政府审查各类规范性文件、政策文件、行政协议等1063件。").indicator).toBe("legality-reviews");
    expect(one("审核市政府规范性文件28件。").indicator).toBe("normative-documents-reviewed");
  });

  it("makes every level of a 其中 list across commas a part of the whole, each at its own level", () => {
    const [whole, city, towns] = extract("全市行政执法机关共办理行政处罚案件二千四百一十七件，其中市本级一千八百九十件，乡镇综合执法办理五百二十七件。");
    expect([whole!.value, city!.value, towns!.value]).toEqual([2417, 1890, 527]);
    expect([city!.partOf, towns!.partOf]).toEqual([0, 0]);
    expect([city!.scope, towns!.scope]).toEqual(["市本级", "镇街"]);
    expect(towns!.indicator).toBe(whole!.indicator);
    const leaders = extract("全市共有1426名党政主要负责人开展年终述法，其中市直部门主要负责人62名，县（市、区）党政主要负责人20名，乡镇（街道）党政主要负责人1344名。");
    expect(leaders.map((m) => m.partOf)).toEqual([null, 0, 0, 0]);
    expect(leaders.map((m) => m.scope)).toEqual(["全市", "市本级", "区县", "镇街"]);
  });

  it("makes a bracketed carry-over with its year a part (含2023年结转案件73件), and a count of decisions on concluded cases no count of concluded cases (review 41a)", () => {
    const [concluded, carried] = extract("全年审结行政复议案件1957件（含2023年结转案件73件），审结率93.0%。");
    expect([concluded!.indicator, carried!.partOf, carried!.indicator, carried!.period]).toEqual(["admin-review-cases-concluded", 0, null, null]);
    const [decisions] = extract("全市行政复议机关对审结案件作出撤销、变更、确认违法、责令履行等纠错决定280件，直接纠错率14.3%。");
    expect([decisions!.value, decisions!.indicator]).toEqual([280, null]);
  });

  it("reads no figure from the top of a score's scale (满分) or from a bound that defines a requirement or a counted set (review 41)", () => {
    const texts = (t: string) => extract(t).map((m) => m.text);
    expect(texts("自评总分为954分（满分1000分）。（四）行政执法工作体系（满分170分，自评得分158分）")).toEqual(["954分", "158分"]);
    expect(texts("“一件事一次办”事项仅推出58个，未达到省定不少于60个的要求。")).toEqual(["58个"]);
    const [share] = extract("行政执法人员年度培训时长不足60学时的比例为4.6%。");
    expect([share!.text, share!.subject]).toEqual(["4.6%", "行政执法人员年度培训时长不足60学时的比例"]);
    // A bound that is the measurement stays: 超过90%的案件 is a share of the cases.
    expect(texts("全市超过90%的案件实现网上办理，培训不少于60学时。")).toEqual(["超过90%", "不少于60学时"]);
  });

  it("takes 全年 in a figure's sentence over a part of the year stated before it (review 41a)", () => {
    const [ninths, year] = extract("1—9月，全州组织开展各类应急演练960余场次，全年累计组织开展各类应急演练1280余场次。");
    expect([ninths!.coverage?.kind, year!.coverage]).toEqual(["part-year", null]);
    expect(year!.indicator).toBe("emergency-drills");
    const [, whole] = extract("前三季度，全州各级行政复议机关共收到行政复议申请826件。全年共收到行政复议申请1126件。");
    expect([whole!.value, whole!.coverage, whole!.indicator]).toEqual([1126, null, "admin-review-applications"]);
    // A part of the year named after 全年 still dates the figure.
    expect(extract("全年共受理案件1200件，其中1—6月受理案件500件。")[1]!.coverage?.kind).toBe("part-year");
  });

  it("gives a change after a closed aside of parts to the figure before the aside (review 41)", () => {
    const ms = extract("全区全年共作出行政处罚决定3,472件（其中简易程序1,128件，普通程序2,344件），同比增长12.6%。");
    expect(ms.map((m) => [m.value, m.change?.value ?? null, m.partOf])).toEqual([
      [3472, 12.6, null],
      [1128, null, 0],
      [2344, null, 0],
    ]);
  });

  it("reads a from–to pair whose new level cuts its unit short, or says 精简为, and the 精简 change after it (reviews 41, 41b)", () => {
    const ms = extract("企业开办时间由15个工作日压缩至3个，区级行政执法主体由43个精简为27个。");
    expect(ms.map((m) => [m.value, m.unit, m.subject])).toEqual([
      [15, "个工作日", "企业开办时间"],
      [3, "个工作日", "企业开办时间"],
      [43, "个", "行政执法主体"],
      [27, "个", "行政执法主体"],
    ]);
    const [from, to] = extract("市级部门权力事项由2020年的4862项精简至2023年的3519项，精简27.6%。");
    expect([from!.period, to!.value, to!.change?.value, to!.change?.direction]).toEqual([2020, 3519, 27.6, "down"]);
    // A noun before 为 that follows no verb of change stays the noun: 队伍整合为1支.
    expect(extract("原来分散在各部门的7支执法队伍整合为1支。")[0]!.subject).toContain("执法队伍");
  });

  it("gives a figure in brackets after a place's or a body's name to that place or body, none of the place's indicators (review 41a)", () => {
    const counties = extract("全市行政机关一审败诉率7.1%。败诉率排名前三的区县分别是长宁县（14.3%）、高县（12.1%）、兴文县（10.5%）。");
    expect(counties.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [7.1, "全市", "admin-litigation-loss-rate"],
      [14.3, "长宁县", null],
      [12.1, "高县", null],
      [10.5, "兴文县", null],
    ]);
    expect(counties[2]!.subject).toBe("败诉率排名前三的区县");
    const offices = extract("被纠错率较高的部门为市公安局（18.2%）、市人社局（15.6%）。");
    expect(offices.map((m) => [m.scope, m.indicator])).toEqual([
      ["市公安局", null],
      ["市人社局", null],
    ]);
    // A bracketed figure after a kind of case is no owner's: 简易程序（1,128件）.
    expect(extract("作出行政处罚决定3472件，其中简易程序（1,128件）。")[1]!.scope).not.toBe("简易程序");
  });

  it("keeps the criterion of counted places, narrower rates, one kind of a total and counts of places out of the catalog (reviews 41a, 41b)", () => {
    expect(extract("行政机关负责人出庭应诉率达到100%的区县有8个。").map((m) => m.text)).toEqual(["8个"]);
    expect(one("经复议后被诉案件中，复议后败诉率0.97%。").indicator).toBeNull();
    expect(one("二审败诉率3.2%。").indicator).toBeNull();
    expect(one("推行“首违不罚”，对312件轻微违法行为依法不予行政处罚。").indicator).toBe("no-penalty-lenient-cases");
    expect(extract("区政府全年研究议题156个，其中提交会前合法性审查的议题43个。")[1]!.indicator).toBeNull();
    expect(extract("向全区4个镇、5个街道赋权下放行政执法事项128项。").map((m) => m.indicator)).toEqual([null, null, "powers-devolved"]);
  });

  it("keeps a count whose share of the own total follows out of the total's indicator, but not a share of a higher level's total (review 41)", () => {
    expect(extract("全年通过基层联系点接收复议申请312件，占申请总数的28.5%。")[0]!.indicator).toBeNull();
    expect(extract("全市收到行政复议申请2000件，占全省总数的15%。")[0]!.indicator).toBe("admin-review-applications");
  });

  it("does not take the province an assessment ranks in, or a benchmark compared with, for the actor; a benchmark's bracketed value stays the province's (review 41)", () => {
    const ms = extractMetrics("2023年在全省法治政府建设考核中位列优秀等次第2名，加4分。全市一审败诉率为4.3%，低于全省平均水平（6.8%）2.5个百分点。", { reportYear: 2023, placeName: "日照市" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["4分", null],
      ["4.3%", "全市"],
      ["6.8%", "全省"],
    ]);
  });

  it("goes on counting after 经审查， and carries a place's own 本级 (赣州市本级) to the sentence's later figures (reviews 41a, 41b)", () => {
    const [, accepted] = extract("全市共收到行政复议申请2386件。经审查，受理2104件，不予受理118件。");
    expect([accepted!.subject, accepted!.scope, accepted!.indicator]).toEqual(["受理行政复议申请", "全市", "admin-review-cases-accepted"]);
    const ms = extractMetrics("赣州市本级共收到行政复议申请327件，通过调解、和解方式结案112件，调解和解率34.3%。", { reportYear: 2024, placeName: "赣州市" });
    expect(ms.map((m) => m.scope)).toEqual(["市本级", "市本级", "市本级"]);
  });

  it("reads a run-in 【…】 heading as the heading of its text: no part of a subject, a cue for the rate after (review 41)", () => {
    const ms = extract("【行政复议】年内，市行政复议局收到行政复议申请1096件；受理1008件，审结983件。经审理，撤销、变更、确认违法和责令履行共计87件，直接纠错率8.9%。\n【行政应诉】全市各级行政机关共发生一审行政诉讼案件652件。");
    expect(ms.find((m) => m.value === 87)!.pillar).toBe("reconsideration");
    expect(ms.find((m) => m.value === 8.9)!.indicator).toBe("admin-review-correction-rate");
    expect(ms.find((m) => m.value === 652)!.subject).not.toContain("】");
  });

  it("keeps the datasets opened and the records opened in two indicators (review 42a)", () => {
    expect(extract("全市向社会开放公共数据集1160个、数据量超过2300万条。").map((m) => [m.value, m.indicator])).toEqual([
      [1160, "public-datasets-opened"],
      [23000000, "public-data-opened"],
    ]);
  });

  it("keeps the kinds of electronic licence and the licences issued in two indicators (review 41a)", () => {
    expect(extract("全州汇聚电子证照183类、615万张。").map((m) => [m.value, m.indicator])).toEqual([
      [183, "electronic-licences"],
      [6150000, "electronic-licences-issued"],
    ]);
  });

  it("makes a 其中 part after a semicolon a part of the figure that counts its noun, not of the nearest outcome (review 41)", () => {
    const ms = extract("全市全年调处各类矛盾纠纷2.13万件，调解成功2.11万件，调解成功率99.1%；其中医患纠纷187件。");
    expect(ms.find((m) => m.value === 187)!.partOf).toBe(0);
  });

  it("counts disputes 调处 (handled by mediation) as mediation cases, but not petitions (review 41)", () => {
    expect(extract("四、人民调解\n全市建成各类人民调解组织612个，全年调处各类矛盾纠纷2.13万件，调解成功率99.1%。")[1]!.indicator).toBe("mediation-cases");
    expect(one("全年调处信访事项312件。").indicator).toBeNull();
  });

  it("links no count of what came in to a count of what was closed, and a verbless part to the sentence's first measure (review 41a)", () => {
    const ms = extract("全年审结行政复议案件1957件。其中，市政府收到行政复议申请1012件，受理903件。");
    expect(ms.map((m) => m.partOf)).toEqual([null, null, null]);
    const suits = extract("全市法院新收以行政机关为被告的一审行政诉讼案件1348件，审结1226件，行政机关败诉87件，败诉率7.1%。其中，以市政府为被告的一审行政诉讼案件58件，审结52件。");
    expect(suits.map((m) => [m.value, m.partOf])).toEqual([
      [1348, null],
      [1226, null],
      [87, null],
      [7.1, null],
      [58, 0],
      [52, 1],
    ]);
  });

  it("reads 州直各部门 like 州直部门, so joined with 各县（市） it makes the whole place, not the prefecture's own level (review 41a)", () => {
    const ms = extractMetrics("州直各部门和各县（市）共审核行政规范性文件265件。州直各部门审核行政规范性文件86件。", { reportYear: 2023, placeName: "红河哈尼族彝族自治州", placeLevel: "city" });
    expect(ms.map((m) => m.scope)).toEqual([null, "州本级"]);
  });

  it("reads no figure from a place's name (三台县, 九台区) or from the peers of a ranking (全市16个区前五位) (review 42a)", () => {
    const texts = (t: string) => extract(t).map((m) => m.text);
    expect(texts("安州区、三台县分别建成示范点12个、9个。九台区、双阳区分别完成驿站改造8个、6个。")).toEqual(["12个", "9个", "8个", "6个"]);
    expect(texts("规范性文件备案审查及时率位列全市16个区前五位。“一网通办”能力在全省21个市（州）评估中位列第3位。")).toEqual([]);
    // A count of all the places is no ranking's field: 全市16个区均实现…
    expect(texts("全市16个区均建成公共法律服务中心。")).toEqual(["16个"]);
  });

  it("gives a bracketed benchmark (低于全市（10.9%）, 高于全市平均（97.5%）) the benchmark's level and its clause's measure, no indicator and no owner (review 42a)", () => {
    const ms = extractMetrics("与全市平均水平相比，我区行政复议直接纠错率低于全市（10.9%）2.3个百分点，行政机关负责人出庭应诉率高于全市平均（97.5%）。", { reportYear: 2024, placeLevel: "district", placeName: "西青区" });
    expect(ms.map((m) => [m.text, m.subject, m.scope, m.indicator])).toEqual([
      ["10.9%", "行政复议直接纠错率", "全市", null],
      ["97.5%", "全市平均行政机关负责人出庭应诉率", "全市", null],
    ]);
  });

  it("names a figure after 涵盖/共计 alone by the clause before it (…事项清单，涵盖212项) (review 42b)", () => {
    const [items] = extract("制定涉企轻微违法行为不予处罚、减轻处罚事项清单，涵盖212项。");
    expect([items!.subject, items!.indicator]).toEqual(["制定涉企轻微违法行为不予处罚、减轻处罚事项清单", "no-penalty-lenient-items"]);
  });

  it("gives each department of a 分别 list its own figure, none of the place's indicators (review 42a)", () => {
    const ms = extract("区市场监管、生态环境、交通运输、城市管理等部门分别对117件、36件、58件、203件案件不予处罚或减轻处罚。");
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [117, "区市场监管", null],
      [36, "生态环境", null],
      [58, "交通运输", null],
      [203, "城市管理", null],
    ]);
  });

  it("gives a change its clause's figure by name, and the unit said once at the end of a 分别 list to every value (review 42a)", () => {
    const ms = extract("开展行政执法案卷评查，优秀率、合格率分别为41.3%、96.9%，合格率较上年提升2.5个百分点。");
    expect(ms.map((m) => [m.value, m.change ? [m.change.value, m.change.unit] : null])).toEqual([
      [41.3, null],
      [96.9, [2.5, "个百分点"]],
    ]);
    const spread = extract("全市12345热线一次办结率91.3%，满意率96.5%，分别较上年提升2.1个和1.4个百分点。");
    expect(spread.map((m) => [m.change?.value, m.change?.unit])).toEqual([
      [2.1, "个百分点"],
      [1.4, "个百分点"],
    ]);
  });

  it("lends no pillar from one 一是/二是 item's figure to the next item's (review 42b)", () => {
    const ms = extract("七、2025年工作思路\n一是加强执法队伍建设，力争2025年执法人员培训覆盖率达100%；二是深化“网格+法治”融合，力争12345工单满意率保持在95%以上。");
    expect(ms.map((m) => m.pillar)).toEqual(["enforcement", "other"]);
  });

  it("scopes a bare level's share of the whole (街道占比约2.2%) to that level, or in a street's own report to the street (review 42b)", () => {
    const text = "全区共办理行政处罚案件1.84万件，街道占比约2.2%。";
    expect(extractMetrics(text, { reportYear: 2024, placeLevel: "district" }).map((m) => m.scope)).toEqual(["全区", "镇街"]);
    expect(extractMetrics(text, { reportYear: 2024, placeLevel: "street" }).map((m) => m.scope)).toEqual(["全区", null]);
  });

  it("reads no figure from a citizen's quoted story, but keeps an official's quoted statistic (review 42a)", () => {
    expect(extract("“以前办个餐饮许可要跑三四趟，现在手机上点一点，两天就拿到证了。”个体户张女士告诉记者。").map((m) => m.text)).toEqual([]);
    expect(extract("“去年全市行政复议纠错率达到14.3%。”市司法局负责人说。").map((m) => m.text)).toEqual(["14.3%"]);
  });

  it("makes a share a part only of a whole that counts what it is a share of (review 42a)", () => {
    const ms = extract("全市共有8个县（市、区）建成“一窗综办”专区，综合窗口占比由2023年的55%提升至78%。其中，涪城区、游仙区综合窗口占比分别达到92%、88%。");
    expect(ms.map((m) => m.partOf)).toEqual([null, null, null, null, null]);
    const disputes = extract("全年调处矛盾纠纷1.2万件。其中，婚姻家庭纠纷占比达41.2%。");
    expect(disputes[1]!.partOf).toBe(0);
  });

  it("files a province's 通办 app's business (天府通办, 跨省通办) under digital government, not 其他 (review 42a)", () => {
    expect(extract("全年通过“天府通办”绵阳分站点办理业务412.6万件。")[0]!.pillar).toBe("digital");
  });

  it("names the items of a list counted as 事项 by where they were put (…等5项事项列入年度重大行政决策目录) (review 42b)", () => {
    const [decisions] = extract("将老旧小区改造、城区集中供热扩面等5项事项列入年度重大行政决策目录。");
    expect([decisions!.subject, decisions!.indicator]).toEqual(["事项列入年度重大行政决策目录", "major-administrative-decisions"]);
  });

  it("counts the persons of a training named in the list item before (专题培训十二期、培训人员1200余人次) (review 42b)", () => {
    expect(extract("组织执法人员专题培训十二期、培训人员1200余人次。")[1]!.indicator).toBe("enforcement-staff-trained");
  });

  it("gives two bodies' counts of one measure at one level, clause by clause, no indicator: neither is the total (review 42b)", () => {
    const ms = extractMetrics("县政府聘请常年法律顾问3名，县直部门聘请法律顾问共计四十一名。", { reportYear: 2019, placeLevel: "county" });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [3, null],
      [41, null],
    ]);
    // One body's count stays the measure.
    expect(extractMetrics("县政府聘请常年法律顾问3名。", { reportYear: 2019, placeLevel: "county" })[0]!.indicator).toBe("government-legal-advisers");
  });

  it("gives a 经…审核 clause with no object the noun of the clause before, not the all-kinds review count", () => {
    const [issued, reviewed] = extract("全年市政府出台行政规范性文件七件，经合法性审核七件，审核率百分之百。");
    expect([issued!.value, reviewed!.value]).toEqual([7, 7]);
    expect(reviewed!.subject).toContain("规范性文件");
    expect(reviewed!.indicator).toBe("normative-documents-reviewed");
    // A 经 phrase that names its own object keeps it.
    expect(one("经合法性审核重大行政决策事项6件。").subject).toBe("经合法性审核重大行政决策事项");
  });
});

describe("extractMetrics: properties", () => {
  const pieces = [
    "全市", "市本级", "共", "办理", "行政复议", "案件", "2023年", "同比增长", "下降", "其中", "余", "多", "近", "约", "以上",
    "件", "项", "个", "万", "亿", "元", "%", "％", "人次", "。", "，", "；", "\n", "“", "”", "《", "》", "第", "十四五", "1+N",
    "12345", "0.5", "1,024", "３", "三百", "两万", "百分之", "成", "一是", "（一）", "一、", "a", "+", "-", "/", " ",
  ];
  const genre = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 60 }).map((a) => a.join(""));

  it("never throws; spans reproduce the figure, lie inside their sentence, values are finite", () => {
    fc.assert(
      fc.property(fc.oneof(genre, fc.string({ maxLength: 200 })), fc.option(fc.integer({ min: 1990, max: 2030 })), (text, year) => {
        const ms = extractMetrics(text, { reportYear: year });
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text).toMatch(/[0-9０-９零〇一二两三四五六七八九十百千万亿]/);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
          expect(m.sentenceEnd).toBeGreaterThanOrEqual(m.end);
          expect(text.slice(m.sentenceStart, m.sentenceEnd)).toBe(m.sentence);
          expect(m.confidence).toBeGreaterThanOrEqual(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          if (m.partOf !== null) expect(m.partOf).toBeLessThan(ms.indexOf(m));
          if (m.change) expect(text.slice(m.change.start, m.change.end)).toBe(m.change.text);
        }
        for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps figures apart when an approximation word of one could open the next (0%以上万个, found by the property above)", () => {
    const ms = extractMetrics("0%以上万个", { reportYear: null });
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    expect(ms[0]!.text).toBe("0%以上");
  });

  it("finds an inserted Arabic figure with its unit in any sentence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom("件", "项", "人次", "家", "%", "万元"), (n, unit) => {
        const text = `全年共办理相关事项${n}${unit}。`;
        const ms = extractMetrics(text, { reportYear: 2022 });
        expect(ms).toHaveLength(1);
        expect(ms[0]!.value).toBe(unit === "万元" ? n * 10000 : n);
      }),
    );
  });
});

describe("extractMetrics: levels, spans of years and changes of shares", () => {
  const run = (text: string, reportYear = 2023, placeLevel: "province" | "city" | "district" = "city") => extractMetrics(text, { reportYear, placeLevel });
  /** Each figure's value and level. */
  const levels = (text: string) => run(text).map((m) => [m.value, m.scope]);

  it("reads 全国 as the nation's level, which maps to no place's indicator", () => {
    const [m] = run("全国各级行政复议机构共审结行政复议案件27.3万件。");
    expect(m!.scope).toBe("全国");
    expect(m!.indicator).toBeNull();
  });

  it("reads a level in brackets after the actor (省政府（省本级）) and 省直部门 as 省本级", () => {
    const ms = run("其中，省政府（省本级）收到行政复议申请1209件，直接纠错率为11.6%。省直部门负责人出庭应诉率为100%。", 2023, "province");
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [1209, "省本级", "admin-review-applications"],
      [11.6, "省本级", "admin-review-correction-rate"],
      [100, "省本级", "leader-court-appearance-rate"],
    ]);
  });

  it("reads 县直部门 and 区直单位 as the county's and the district's own level", () => {
    expect(run("县直部门负责人出庭应诉率100%。", 2023, "district")[0]!.scope).toBe("县本级");
    expect(run("区直单位共有持证执法人员826人。", 2023, "district")[0]!.scope).toBe("区本级");
    // Right after a figure it names the kind of office counted, not a level.
    expect(run("对9个区直执法单位开展行政执法监督检查。", 2023, "district")[0]!.scope).toBeNull();
  });

  it("reads levels joined by 和 or 、 as the whole place, not the last level named", () => {
    const ms = run("抽查县直部门和乡镇（街道）行政执法案卷420卷。备案审查县区政府和市直部门规范性文件73件。乡镇（街道）办理行政处罚案件684件。", 2024, "district");
    expect(ms.map((m) => m.scope)).toEqual([null, null, "镇街"]);
  });

  it("puts the report's own government acting in its own name (其中市政府收到…) at its own level", () => {
    const text = "全市共收到行政复议申请2876件，其中，市政府收到行政复议申请912件。市司法局审核市政府及其办公室规范性文件32件。各县区政府收到复议申请1964件。";
    expect(levels(text)).toEqual([
      [2876, "全市"],
      [912, "市本级"],
      [32, "市本级"],
      [1964, "区县"],
    ]);
    expect(run(text)[1]!.indicator).toBe("admin-review-applications");
  });

  it("gives a rate the level of the count of its sentence it rates", () => {
    expect(levels("全市共审结行政复议案件5968件，直接纠错率9.1%；市政府本级审结案件2704件，直接纠错率7.8%。")).toEqual([
      [5968, "全市"],
      [9.1, "全市"],
      [2704, "市本级"],
      [7.8, "市本级"],
    ]);
  });

  it("attaches a change in per cent after a share to the count, not to the share", () => {
    const ms = run("受理行政复议案件6117件，其中行政处罚类2487件，占受理总数的40.7%，同比增长22.1%。");
    const count = ms.find((m) => m.value === 2487)!;
    const share = ms.find((m) => m.value === 40.7)!;
    expect(count.change?.value).toBe(22.1);
    expect(share.change).toBeNull();
    expect(ms.some((m) => m.value === 22.1)).toBe(false);
  });

  it("keeps a share's own change in 个百分点 on the share", () => {
    const ms = run("受理行政复议案件6117件，其中行政处罚类2487件，占受理总数的40.7%，同比提高2.1个百分点。");
    expect(ms.find((m) => m.value === 40.7)!.change?.value).toBe(2.1);
    expect(ms.find((m) => m.value === 2487)!.change).toBeNull();
  });

  it("maps no indicator to a change that stands alone (纠错率同比下降19%)", () => {
    const [m] = run("行政复议纠错率同比下降19%。");
    expect(m!.change?.direction).toBe("down");
    expect(m!.indicator).toBeNull();
  });

  it("maps no indicator to one category of reconsideration cases (行政处罚类案件)", () => {
    const ms = run("全市受理行政复议案件1033件，其中涉及行政处罚类案件486件。");
    expect(ms[1]!.partOf).toBe(0);
    expect(ms[1]!.indicator).toBeNull();
  });

  it("never makes a count a part of a rate", () => {
    const ms = run("调解成功率96.7%，其中疑难复杂纠纷调解成功7件。");
    expect(ms[1]!.partOf).toBeNull();
  });

  it("reads counts since an earlier year (2020年以来) as several years, and a rate held since then as this year's", () => {
    const ms = run("2020年以来，累计制定政府规章12件。自2021年8月至今，行政机关负责人出庭应诉率始终保持100%。2023年以来，制定政府规章3件。");
    expect(ms.map((m) => m.indicator)).toEqual([null, "leader-court-appearance-rate", "local-legislation"]);
  });

  it("covers the parts after a semicolon by the span of years that opened the sentence", () => {
    const ms = run("“十三五”期间，累计承接下放事项286项；法律援助案件累计受理870件。", 2021);
    expect(ms[1]!.subject).toContain("法律援助");
    expect(ms[1]!.indicator).toBeNull();
    expect(run("2021年，法律援助案件受理870件。", 2021)[0]!.indicator).toBe("legal-aid-cases");
    // A figure its own year dates (提高到2020年的78.2%) is that year's, within the span or not.
    const dated = run("“十三五”期间，累计新登记市场主体1.82万户；全程网办率由2016年的不足30%提高到2020年的78.2%。", 2021);
    expect(dated.slice(1).map((m) => [m.period, m.indicator])).toEqual([
      [2016, "full-online-service-rate"],
      [2020, "full-online-service-rate"],
    ]);
  });

  it("dates each end of 由…提高到… by its own year and gives both the subject", () => {
    const ms = run("依申请政务服务事项全程网办率由2016年的不足30%提高到2020年的78.2%。", 2021);
    expect(ms.map((m) => [m.value, m.period, m.subject])).toEqual([
      [30, 2016, "依申请政务服务事项全程网办率"],
      [78.2, 2020, "依申请政务服务事项全程网办率"],
    ]);
  });
});

describe("extractMetrics: what a sentence goes on counting", () => {
  const run = (text: string, reportYear = 2023) => extractMetrics(text, { reportYear });

  it("breaks down the sentence before item by item when the next one opens with 其中 in a clause of its own", () => {
    const ms = run("全省共收到行政复议申请5423件，受理4876件，审结4512件，综合纠错率14.2%。其中，省政府（省本级）收到行政复议申请1209件，受理1044件，审结987件。");
    expect(ms.slice(4).map((m) => [m.value, m.partOf, m.scope, m.indicator])).toEqual([
      [1209, 0, "省本级", "admin-review-applications"],
      [1044, 1, "省本级", "admin-review-cases-accepted"],
      [987, 2, "省本级", "admin-review-cases-concluded"],
    ]);
  });

  it("maps no indicator to availability rates, guidance documents, supervision checks, case-type breakdowns or a rate of suits after review", () => {
    const ms = run("全市依申请政务服务事项可网办率达到99.2%，全程网办率达到82.6%。编制行政复议案件办理指引、听证规则等制度文件9件。组织开展行政执法监督专项检查15次。从案件类型看，涉及行政处罚的案件326件。行政复议后起诉率为9.7%。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [99.2, null],
      [82.6, "full-online-service-rate"],
      [9, null],
      [15, null],
      [326, null],
      [9.7, null],
    ]);
  });

  it("files a goal its own words name (力争全程网办率达到95%) under its indicator's pillar, like the result", () => {
    const ms = extractMetrics("全程网办率达到89.5%。力争全程网办率达到95%以上。", { reportYear: 2022 });
    expect(ms.map((m) => [m.pillar, m.indicator])).toEqual([
      ["business", "full-online-service-rate"],
      ["business", null],
    ]);
  });

  it("dates a goal under a later year's heading (三、2023年工作打算) to that year", () => {
    const ms = extractMetrics("二、主要成效\n新增市场主体2.1万户。\n三、2023年工作打算\n力争新增市场主体2.5万户以上。\n", { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [21000, null, "new-market-entities"],
      [25000, 2023, null],
    ]);
  });

  it("puts a part that names no level of its own at its whole's level", () => {
    const ms = run("全市行政执法机关共办理各类行政执法案件1616.85万宗。其中，行政处罚137.07万宗，行政许可80.96万宗。");
    expect(ms.map((m) => [m.scope, m.partOf])).toEqual([
      ["全市", null],
      ["全市", 0],
      ["全市", 0],
    ]);
  });

  it("reads no session of a congress (六届二次、三次、四次全会) as a count, and tells reviews of decisions and administrative-dispute mediation apart", () => {
    const ms = run("深入学习市委六届二次、三次、四次全会精神。对市政府重大行政决策、行政协议开展合法性审查412件。市行政争议调解中心实质性化解行政争议341件。组织培训2次、3次。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [412, "legality-reviews"],
      [341, null],
      [2, null],
      [3, null],
    ]);
  });

  it("lets a bare verb after another figure borrow that figure's topic only when the verb is one of the rule's words", () => {
    const ms = run("共取消15项（其中2项为子项），新增17项、扩大权限37项、部门间移交1项行政权力事项。组织执法人员培训班9期，培训1850人次。");
    expect(ms.find((m) => m.value === 17)!.indicator).toBeNull();
    expect(ms.find((m) => m.value === 1850)!.indicator).toBe("enforcement-staff-trained");
  });

  it("reads 其中： in a clause of its own as opening a list of parts", () => {
    const ms = run("全年评查行政执法案卷1860卷，其中：市场监管领域420卷、交通运输领域380卷。");
    expect(ms.map((m) => m.partOf)).toEqual([null, 0, 0]);
  });

  it("reads a bare total that closes a sentence (…清单，涵盖31个领域，共612项) as a count of the list named in it", () => {
    const ms = run("公布不予处罚、减轻处罚事项清单，涵盖市场监管、交通运输等31个领域，共612项。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [31, null],
      [612, "no-penalty-lenient-items"],
    ]);
    expect(ms[1]!.subject).toContain("不予处罚");
  });

  it("maps no data-collection figure to e-licence records, and no caseload to cases where the body is the respondent", () => {
    const ms = run("全市电子证照共汇聚证照类型156类、1.2亿条数据。全省累计归集政务数据380亿条。以街道办事处为被申请人的行政复议案件7件，已审结6件。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [156, "electronic-licences"],
      [120000000, null],
      [38000000000, "government-data-collected"],
      [7, null],
      [6, null],
    ]);
  });

  it("reads a range written with 至/到 (二至三件, 3至5个工作日) as its lower end, and a range of ordinals (第一至三批) as no figure", () => {
    const ms = run("新制定政府规章二至三件。审批时限压缩至3至5个工作日。组织第一至三批培训。由386项精简至312项。");
    expect(ms.map((m) => [m.text, m.value, m.approx, m.bound])).toEqual([
      ["二至三件", 2, true, "lower"],
      ["3至5个工作日", 3, true, "lower"],
      ["386项", 386, false, null],
      ["312项", 312, false, null],
    ]);
  });

  it("reads 中 after a figure as picking out a part of it (977件中直接纠错236件), not as a noun (3个中心)", () => {
    const ms = run("区政府审结的复议案件977件中直接纠错236件。建成3个中心。");
    expect(ms.map((m) => [m.value, m.subject, m.partOf, m.indicator])).toEqual([
      [977, "区政府审结的复议案件", null, "admin-review-cases-concluded"],
      [236, "直接纠错", 0, null],
      [3, "建成中心", null, null],
    ]);
  });

  it("gives a part named only by its level (其中省本级287项) the whole's noun and indicator at that level", () => {
    const ms = run("全省实行告知承诺制的证明事项达到1052项，其中省本级287项。");
    expect(ms[1]!.subject).toBe("实行告知承诺制的证明事项");
    expect([ms[1]!.scope, ms[1]!.partOf, ms[1]!.indicator]).toEqual(["省本级", 0, "notification-commitment-items"]);
  });

  it("reads a bound held for a streak of years (连续四年保持在99%以上) as a threshold, and keeps a streak out of the subject", () => {
    const ms = run("政务服务满意度达99.7%，连续四年保持在99%以上。行政机关负责人出庭应诉率连续三年保持100%。");
    expect(ms.map((m) => [m.subject, m.indicator])).toEqual([
      ["政务服务满意度", "government-service-satisfaction"],
      ["满意度", null],
      ["行政机关负责人出庭应诉率", "leader-court-appearance-rate"],
    ]);
  });

  it("does not take a scope from the object of 落实/依据 (落实全市…清单)", () => {
    const ms = run("落实全市不予处罚、减轻处罚事项清单，对首次轻微违法行为不予处罚案件87件。");
    expect(ms[0]!.scope).toBeNull();
    expect(ms[0]!.indicator).toBe("no-penalty-lenient-cases");
  });

  it("lets a sentence that opens with an adverb and a bare verb (依法受理) go on counting what the sentence before counted", () => {
    const ms = run("全市共收到行政复议申请1462件，其中市政府收到587件。依法受理1318件，审结1275件（含上年结转67件），直接纠错率为11.8%。");
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [1462, "全市", "admin-review-applications"],
      // The city government's own applications: the whole's indicator at the government's level.
      [587, "市本级", "admin-review-applications"],
      [1318, "全市", "admin-review-cases-accepted"],
      [1275, "全市", "admin-review-cases-concluded"],
      [67, "全市", null],
      [11.8, "全市", "admin-review-correction-rate"],
    ]);
  });

  it("reads 较2022年558件 as a comparison base and gives the change after it to the figure", () => {
    const ms = run("区政府共收到行政复议申请1113件，较2022年558件增加了555件，同比增长99.5%。受理1033件。");
    expect(ms[0]!.change?.value).toBe(555);
    expect(ms[1]!.value).toBe(558);
    expect(ms[1]!.period).toBe(2022);
    expect(ms[1]!.change).toBeNull();
    expect(ms.find((m) => m.value === 1033)!.indicator).toBe("admin-review-cases-accepted");
  });

  it("maps no indicator to the objects an action served (为1260家企业) nor to one topic's share (涉疫, 涉农)", () => {
    const ms = run("为1260家企业提供法律服务3100余次。调解涉疫纠纷3418件。受理涉农行政复议案件96件。开展涉法事务合法性审查412件。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [1260, null],
      [3100, "enterprise-legal-services"],
      [3418, null],
      [96, null],
      [412, "legality-reviews"],
    ]);
  });

  it("maps no indicator of the year's acts to a running total (截至…累计), but keeps a standing level", () => {
    const ms = run("截至2023年底，省人大常委会累计制定地方性法规46件。截至2023年底，全省累计归集政务数据192亿条。全年累计办理法律援助案件2100件。");
    expect(ms.map((m) => m.indicator)).toEqual([null, "government-data-collected", "legal-aid-cases"]);
  });

  it("lets a sentence's opening clause without a figure decide between rules the figure's own words name (安全生产检查)", () => {
    const ms = run("开展安全生产大检查，检查企业2.37万家次，排查整改隐患6.1万处。开展“双随机、一公开”监管，检查企业1860户次。");
    expect(ms.map((m) => m.indicator)).toEqual(["work-safety-inspections", "safety-hazards-rectified", "enforcement-inspections"]);
  });

  it("does not read a hotline's satisfaction as the satisfaction with government services", () => {
    const ms = run("办理12345热线工单2.14万件，按时办结率99.5%，群众满意度97.8%。政务服务中心群众满意度99.8%。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null, "government-service-satisfaction"]);
  });

  it("keeps totals that 涉 names in full: 涉企行政检查, a district's own cases (涉及我区的, 涉区)", () => {
    const ms = run("全市涉企行政检查总量1.86万户次。宝鸡市人民政府共收到涉及我区的行政复议申请87件，涉区案件直接纠错率9.2%。");
    expect(ms.map((m) => m.indicator)).toEqual(["enforcement-inspections", "admin-review-applications", "admin-review-correction-rate"]);
  });

  it("keeps a rate whose own clause names the indicator's domain though the sentence names a hotline", () => {
    const ms = run("12345政务服务便民热线受理诉求168.4万件，按时办结率99.6%，政务服务好评率99.8%。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, "government-service-satisfaction"]);
  });

  it("reads 州级/州本级 as an autonomous prefecture's own level", () => {
    const ms = run("全州制修订专项应急预案39部，其中州级专项应急预案18部。");
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["全州", "emergency-special-plans"],
      ["州本级", "emergency-special-plans"],
    ]);
  });

  it("takes a rate's domain from the parts before its semicolons or from the sentence before it", () => {
    const parts = run("受理行政复议案件943件，审结917件，办结率97.2%；其中驳回维持627件，纠错132件，直接纠错率14.4%，以调解和解方式结案158件，调解和解率17.2%。");
    expect(parts.filter((m) => m.unit === "%").map((m) => m.indicator)).toEqual([null, "admin-review-correction-rate", "admin-review-mediation-rate"]);
    // Only the domain comes from there: a rate whose own words name another measure stays unmapped.
    const other = run("一、行政复议\n受理行政复议案件943件，直接纠错率9.1%。行政复议后起诉率为9.7%；复议决定履行率100%。\n");
    expect(other.filter((m) => m.unit === "%").map((m) => m.indicator)).toEqual(["admin-review-correction-rate", null, null]);
    const next = run("全市各级行政复议机构共收到行政复议申请2876件。在审结案件中，调解和解结案596件，调解和解率百分之二十五左右。");
    expect(next[2]!.indicator).toBe("admin-review-mediation-rate");
    expect(next[2]!.pillar).toBe("reconsideration");
  });

  it("maps no indicator to categories listed side by side (重大隐患186项、一般隐患…), none of which is the total", () => {
    const ms = run("排查整改重大隐患186项、一般隐患五万二千余项。依法不予处罚682宗、减轻处罚215宗。排查整改安全隐患4562处。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null, null, "safety-hazards-rectified"]);
  });

  it("reads 电子证照种类 as the kinds counted, a level after 向 as the recipient, 市级…平台 as a platform's tier, X政府作为被告 as the own level", () => {
    const ms = run("电子证照种类达到268类。向镇街调整下放行政职权事项312项。市级数据共享交换平台累计汇聚数据38.6亿条。区政府作为被告的一审行政诉讼案件193件。");
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      [null, "electronic-licences"],
      [null, "powers-devolved"],
      [null, "government-data-collected"],
      ["区本级", "admin-litigation-first-instance-cases"],
    ]);
  });

  it("takes a rate's domain from an enclosing heading when its own section heading names none", () => {
    const text = "一、行政复议案件情况\n（一）基本情况\n直接纠错236件，纠错率24.2%，以调解方式结案170件，调解率17.4%。\n";
    const ms = run(text);
    expect(ms.filter((m) => m.unit === "%").map((m) => m.indicator)).toEqual(["admin-review-correction-rate", "admin-review-mediation-rate"]);
  });

  it("reads a bare verb that opens a clause after the sentence's topic as counting that topic, and 市政府作为复议机关 as the own level", () => {
    const ms = run("开展行政执法人员全员轮训，累计培训2.3万人次。开展法治宣传活动，累计培训2.3万人次。市政府作为复议机关共办结行政复议案件876件。");
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      [null, "enforcement-staff-trained"],
      [null, null],
      ["市本级", "admin-review-cases-concluded"],
    ]);
  });

  it("gives a part named by another level alone, or by that level and the whole's own verb, the whole's indicator at that level", () => {
    const byLevel = run("全市受理行政复议案件2876件，其中市本级1012件，区（市）1864件。");
    expect(byLevel.map((m) => [m.scope, m.indicator, m.partOf])).toEqual([
      ["全市", "admin-review-cases-accepted", null],
      ["市本级", "admin-review-cases-accepted", 0],
      ["区县", "admin-review-cases-accepted", 0],
    ]);
    const byVerb = run("全市各级行政复议机构受理案件2876件，其中市本级受理1012件，区县受理1864件。");
    expect(byVerb.map((m) => [m.scope, m.indicator])).toEqual([
      ["全市", "admin-review-cases-accepted"],
      ["市本级", "admin-review-cases-accepted"],
      ["区县", "admin-review-cases-accepted"],
    ]);
    // Another verb is another measure; a part settled by mediation is no 人民调解 case.
    const other = run("全市报送备案审查的规范性文件共计247件，审查纠错9件。受理行政复议案件2876件，其中1012件经调解结案。");
    expect(other.map((m) => m.indicator)).toEqual(["normative-documents-reviewed", null, "admin-review-cases-accepted", null]);
  });

  it("reads offices joined to a level (各部门和县（市、区）) as the whole place, unless a level before them in the clause acts on them", () => {
    const ms = run("备案审查各部门和县（市、区）规范性文件87件。全市备案审查规范性文件286件，其中市本级备案审查各部门和各县（市、区）报送的文件74件。抽查县直部门和乡镇（街道）案卷420卷。");
    expect(ms.map((m) => m.scope)).toEqual([null, "全市", "市本级", null]);
  });

  it("hands out the figures after 分别/依次 to verbs that share one object, to levels and to years", () => {
    const verbs = run("市政府本级收到、受理、审结行政复议案件分别为412件、389件、365件。");
    expect(verbs.map((m) => [m.subject, m.scope, m.indicator])).toEqual([
      ["收到行政复议案件", "市本级", "admin-review-applications"],
      ["受理行政复议案件", "市本级", "admin-review-cases-accepted"],
      ["审结行政复议案件", "市本级", "admin-review-cases-concluded"],
    ]);
    const levels = run("各县（市、区）、乡镇（街道）分别修订预案186部、1340部。");
    expect(levels.map((m) => [m.scope, m.indicator])).toEqual([
      ["区县", "emergency-special-plans"],
      ["镇街", "emergency-special-plans"],
    ]);
    const years = run("全市行政复议案件数量2021年、2022年依次为356件、330件。2021年、2022年全市分别收到行政复议申请356件、330件。");
    expect(years.map((m) => [m.subject, m.period, m.indicator])).toEqual([
      ["行政复议案件数量", 2021, null],
      ["行政复议案件数量", 2022, null],
      ["收到行政复议申请", 2021, "admin-review-applications"],
      ["收到行政复议申请", 2022, "admin-review-applications"],
    ]);
    const quoted = run("培训、案卷评查、“双随机、一公开”抽查数量依次为1.8万人次、3260卷、4.5万次。");
    expect(quoted.map((m) => m.subject)).toEqual(["培训", "案卷评查", "双随机、一公开抽查数量"]);
  });

  it("maps no item of a list of categories to their indicator, after 和 as after 、", () => {
    const ms = run("取消、下放和调整行政许可事项分别为12项、26项和8项。排查整改重大隐患186项、一般隐患5.2万项、较大隐患30项和其他隐患4项。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null, null, null, null, null]);
  });

  it("dates a year restated in a clause of its own (2022年为…, ２０２２年同期为…) as that year's base, and carries only a year that opens a part past its semicolon", () => {
    const ms = run("收到行政复议申请1200件，2022年为1080件；受理1100件。受理行政复议案件１４６件，２０２２年同期为１３７件。2022年，全市收到申请1080件；受理1000件。");
    expect(ms.map((m) => [m.subject, m.period])).toEqual([
      ["收到行政复议申请", null],
      ["收到行政复议申请", 2022],
      ["受理行政复议申请", null],
      ["受理行政复议案件", null],
      ["受理行政复议案件", 2022],
      ["收到申请", 2022],
      ["受理申请", 2022],
    ]);
  });

  it("reads a full-width comma between full-width digits as a thousands separator", () => {
    const ms = run("排查整改安全隐患１８，６５４处。受理案件１８，共计６５４件。");
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [18654, "safety-hazards-rectified"],
      [654, null],
    ]);
  });

  it("maps nothing under the official headings of shortcomings and of next year's plans", () => {
    const text = "一、主要成效\n组织执法人员培训4800人次。\n二、存在的不足和原因\n评查发现不合格案卷96卷。\n三、下一年度推进法治政府建设的主要安排\n组织执法人员培训5000人次。\n附件：主要指标完成情况表\n组织执法人员培训4800人次。\n";
    expect(run(text).map((m) => m.indicator)).toEqual(["enforcement-staff-trained", null, null, "enforcement-staff-trained"]);
  });

  it("reads an office's own report: unstated levels are the office's, its line across the place (全市…系统) is no place's, the government's work it does is the government's", () => {
    const text =
      "组织执法人员培训2300人次。全市市场监管系统持证执法人员1186名。全市新登记经营主体8.62万户。协助市政府提请市人大常委会审议地方性法规草案3件，制定政府规章2件。我局办理行政复议案件21件。";
    const office = extractMetrics(text, { reportYear: 2024, ownOffice: true });
    expect(office.map((m) => [m.scope, m.indicator])).toEqual([
      ["局本级", null],
      ["全系统", null],
      ["全市", "new-market-entities"],
      ["市本级", "local-legislation"],
      ["市本级", "local-legislation"],
      ["局本级", null],
    ]);
    // In the government's report the same words are the place's figures, except one line's (全市市场监管系统,
    // review 43); 我局 is still one office.
    const gov = extractMetrics(text, { reportYear: 2024 });
    expect(gov.map((m) => m.indicator)).toEqual(["enforcement-staff-trained", null, "new-market-entities", "local-legislation", "local-legislation", null]);
  });

  it("reads the own government of a league, prefecture or banner (盟行政公署, 州政府, 旗政府) and its 直 departments at its own level", () => {
    const league = extractMetrics("全盟各级行政复议机关收到行政复议申请632件，其中，盟行政公署收到行政复议申请186件。盟直部门办理行政处罚案件2156件。苏木镇办理行政处罚案件86件。", {
      reportYear: 2024,
      placeName: "锡林郭勒盟",
    });
    expect(league.map((m) => [m.scope, m.indicator])).toEqual([
      ["全盟", "admin-review-applications"],
      ["盟本级", "admin-review-applications"],
      ["盟本级", "administrative-penalty-cases"],
      ["镇街", "administrative-penalty-cases"],
    ]);
    const banner = extractMetrics("旗政府收到行政复议申请46件。", { reportYear: 2024, placeLevel: "county", placeName: "西乌珠穆沁旗" });
    expect(banner[0]!.scope).toBe("旗本级");
    // A city's report reads 州政府 as nothing of its own.
    expect(extractMetrics("州政府收到行政复议申请46件。", { reportYear: 2024, placeName: "青岛市" })[0]!.scope).toBeNull();
  });

  it("maps no consultations, enterprise-only reconsideration cases, licence-reform commitments or the year's increment of a stock to the catalog; full-width ＋ names 互联网＋监管", () => {
    const ms = run(
      "接收行政复议咨询1.6万件。涉企行政复议案件审结236件，涉企纠错率8.5%。深化“证照分离”改革，实行告知承诺事项46项。全年新增归集公共数据42亿条，累计归集386亿条。通过“互联网＋监管”系统录入监管行为１．５６万条。",
    );
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null, null, null, "government-data-collected", "internet-regulation-actions"]);
    expect(ms[5]!.subject).toBe("归集公共数据");
    expect(run("对证明事项实行告知承诺制87项。")[0]!.indicator).toBe("notification-commitment-items");
  });

  it("takes the list a count's items or cases come from from the clause that names it, after a bare total too (领域、共412项, 适用清单办理案件)", () => {
    const ms = run(
      "公布不予处罚清单，涵盖18个领域、共412项。动态调整不予处罚清单，清单涵盖27个领域，事项达到486项。制定不予处罚事项清单，适用清单办理案件1268件。动态调整县级行政许可事项清单，保留行政许可事项231项。",
    );
    expect(ms.filter((m) => m.unit !== "个").map((m) => [m.value, m.indicator])).toEqual([
      [412, "no-penalty-lenient-items"],
      [486, "no-penalty-lenient-items"],
      [1268, "no-penalty-lenient-cases"],
      [231, null],
    ]);
  });

  it("reads the share a count makes of a total (占审结案件的30.5%) as the rate of that count's measure, but not a share of a place's total", () => {
    const ms = run(
      "全年审结行政复议案件11200件，以调解、和解方式结案3416件，占审结案件总数的30.5%。行政机关负责人出庭应诉523件，占应诉案件的98.6%。其中调解和解结案215件，占全省的30%。",
    );
    expect(ms.filter((m) => m.unit === "%").map((m) => m.indicator)).toEqual(["admin-review-mediation-rate", "leader-court-appearance-rate", null]);
  });

  it("names a bare share (占53.4%, 占比约12%) after the count right before it, and leaves a share that names its total alone", () => {
    const ms = run("全市办理法律援助案件5800件，其中刑事案件3100件，占53.4%。办理案件100件，占比约12%。以调解、和解方式结案3416件，占审结案件的30.5%。全市受理案件420件，行政复议纠错率占比12%。");
    expect(ms.filter((m) => m.unit === "%").map((m) => m.subject)).toEqual(["刑事案件占比", "办理案件占比", "占审结案件", "行政复议纠错率占比"]);
  });

  it("reads street levels written 街道层面/街道（镇）, counts of streets as no catalog quantity, goals for the end of a five-year plan, and the two mediation rates apart", () => {
    const ms = run(
      "街道层面共办理城市管理类行政处罚案件4216件。13个街道（镇）均明确合法性审核机构和人员。到“十四五”末，全市政务数据归集量突破5亿条。区行政争议调解中心诉前调解案件386件，调解成功率36.8%。全省以调解、和解方式结案1.64万件，调解和解率达到35.0%。",
    );
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      // (城市管理类 penalty cases are one sector's share of all: code review 53 added 城市管理 to the sectors.)
      [4216, "镇街", null],
      [13, "镇街", null],
      [500_000_000, "全市", null],
      [386, null, null],
      [36.8, null, null],
      [16_400, "全省", null],
      [35, "全省", "admin-review-mediation-rate"],
    ]);
    // A county-level city names its own government 市政府.
    const city = extractMetrics("市政府共收到行政复议申请186件。", { reportYear: 2022, placeLevel: "county", placeName: "诸暨市" });
    expect(city[0]!.scope).toBe("市本级");
  });

  it("keeps 平均 whole in a subject (平均达286项 is an average, not 事项平)", () => {
    const [m] = run("全市各部门权责清单事项平均达286项。");
    expect(m!.subject).toBe("各部门权责清单事项平均达");
  });

  it("reads 区级层面/街道（镇）层面 as levels and does not repeat a whole's noun already in a part's subject", () => {
    const ms = extractMetrics("区级层面组织主题普法活动246场次。全区各级行政机关作为被告的一审行政诉讼案件共计518件，其中区政府作为被告的138件。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.subject, m.scope])).toEqual([
      ["组织主题普法活动", "区本级"],
      ["行政机关作为被告的一审行政诉讼案件", "全区"],
      ["行政机关作为被告的一审行政诉讼案件", "区本级"],
    ]);
  });

  it("puts each item of a 其中 list after semicolons under the figure its verb names, at the level of the item before it, with that figure's indicator", () => {
    const ms = run("全市各级行政复议机关共收到行政复议申请2684件，同比增长31.2%；受理2417件，审结2238件，其中市政府收到1032件，受理957件，审结904件。调整行政职权事项43项，其中下放至县（市）区29项。");
    expect(ms.map((m) => [m.value, m.scope, m.indicator, m.partOf])).toEqual([
      [2684, "全市", "admin-review-applications", null],
      [2417, "全市", "admin-review-cases-accepted", null],
      [2238, "全市", "admin-review-cases-concluded", null],
      [1032, "市本级", "admin-review-applications", 0],
      [957, "市本级", "admin-review-cases-accepted", 1],
      [904, "市本级", "admin-review-cases-concluded", 2],
      [43, null, "powers-devolved", null],
      [29, null, null, 6],
    ]);
    const prefecture = extractMetrics("全州收到行政复议申请1134件，其中州政府本级收到326件。", { reportYear: 2022, placeName: "恩施土家族苗族自治州" });
    expect(prefecture.map((m) => m.scope)).toEqual(["全州", "州本级"]);
  });

  it("maps no 公职律师 count as legal advisers, reads 商事主体 as market entities, puts the own government's contracts and advisers at its level, and keeps since-launch sums, causes (因…被申请) and case-based online shares out of the catalog", () => {
    const ms = run(
      "聘请政府法律顾问32名，全区公职律师218名。全区新登记商事主体5.86万户，其中新登记企业4.12万户。对市政府合同、协议及重大决策开展合法性审查486件。“浙里复议”应用上线以来，网上申请行政复议2.31万件。因政府信息公开被申请行政复议的57件。全县政务服务办件量86.4万件，网办率95.1%。",
    );
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [32, null, "government-legal-advisers"],
      [218, "全区", null],
      [58_600, "全区", "new-market-entities"],
      [41_200, "全区", null],
      [486, "市本级", "legality-reviews"],
      [23_100, null, null],
      [57, null, null],
      [864_000, "全县", null],
      [95.1, "全县", null],
    ]);
  });

  it("reads figures whose sentence states this year under a plans heading (主要数据：2022年…) as results, across its semicolons", () => {
    const text = "三、2023年工作打算\n力争全程网办率达到98%。\n主要数据：2022年，全县收到行政复议申请41件；办理法律援助案件356件；组织执法人员培训1200人次。\n";
    const ms = extractMetrics(text, { reportYear: 2022, placeLevel: "county" });
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [98, 2023, null],
      [41, null, "admin-review-applications"],
      [356, null, "legal-aid-cases"],
      [1200, null, "enforcement-staff-trained"],
    ]);
  });

  it("keeps the kinds an indicator is the sum of (法规、规章) mapped side by side, for the comparison to add up", () => {
    const ms = run("提请市人大常委会审议地方性法规草案2件、制定政府规章1件。");
    expect(ms.map((m) => m.indicator)).toEqual(["local-legislation", "local-legislation"]);
  });

  it("carries a level to a bare verb's figure after another, and reads a named channel after the total in its sentence as a share of it", () => {
    const district = (t: string) => extractMetrics(t, { reportYear: 2023, placeLevel: "district" });
    expect(district("组织区级行政执法人员培训12期，培训3860人次。").map((m) => [m.scope, m.indicator])).toEqual([
      ["区本级", null],
      ["区本级", "enforcement-staff-trained"],
    ]);
    const channel = district("全区行政执法部门对企业开展行政检查2.84万户次，全年通过“亮码检查”开展涉企检查19852户次。通过“双随机、一公开”监管平台开展抽查6300余次。通过“互联网+监管”系统开展监管行为3.7万次。");
    expect(channel.map((m) => m.indicator)).toEqual(["enforcement-inspections", null, "enforcement-inspections", "internet-regulation-actions"]);
  });

  it("puts each 其中 item under the whole whose subject holds its verb in the same sentence too, and lends an item's level only to items that name no more than a verb", () => {
    const ms = run("全市各级行政复议机关共收到行政复议申请2684件，受理2417件，审结2238件，其中市政府收到1032件，受理957件，审结904件。全区办理行政处罚案件2.04万件，其中区本级1.58万件，街道4620件。");
    expect(ms.map((m) => [m.value, m.scope, m.partOf])).toEqual([
      [2684, "全市", null],
      [2417, "全市", null],
      [2238, "全市", null],
      [1032, "市本级", 0],
      [957, "市本级", 1],
      [904, "市本级", 2],
      [20_400, "全区", null],
      [15_800, "区本级", 6],
      [4620, "镇街", 6],
    ]);
  });

  it("takes a level noun that is all that stands before a part's figure (其中街道862人) for the part's level, with the whole's indicator", () => {
    const district = (t: string) => extractMetrics(t, { reportYear: 2023, placeLevel: "district" });
    const ms = district("全区持证执法人员1320人，其中区本级458人，街道862人。全区调解纠纷2030件，其中社区1650件。");
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.partOf, m.indicator])).toEqual([
      [1320, "持证执法人员", "全区", null, "enforcement-certified-staff"],
      [458, "持证执法人员", "区本级", 0, "enforcement-certified-staff"],
      [862, "持证执法人员", "镇街", 0, "enforcement-certified-staff"],
      [2030, "调解纠纷", "全区", null, "mediation-cases"],
      [1650, "纠纷", "村社区", 3, "mediation-cases"],
    ]);
    // The bodies of the street level act at that level (街道综合行政执法队办理案件, review 27); counted places after
    // another figure of their clause are no level (其余4个社区共计216件).
    expect(district("街道综合行政执法队办理案件4620件。其余4个社区共计216件。").map((m) => m.scope)).toEqual(["镇街", null, null]);
  });

  it("counts a service figure after a clause that names who was served for them (为…企业开展法治体检，提供法律服务1.36万件次)", () => {
    const ms = run("为全市2870家民营企业开展法治体检，提供法律服务1.36万件次。组织律师为312家企业开展法治体检，提供法律咨询860余次。");
    expect(ms.map((m) => m.indicator)).toEqual([null, "enterprise-legal-services", null, null]);
    // The firms served named in an earlier clause, not at the sentence's opening (review 59); the count of firms
    // visited counts the firms, no service.
    const later = run("组织律师、公证员等法律服务人员深入企业开展“法治体检”，全年走访企业412家，提供法律服务1,068次，出具法律意见书57份。联合律师事务所为186家企业开展“法治体检”，提供合规指导312次。");
    expect(later.map((m) => [m.text, m.indicator])).toEqual([
      ["412家", null],
      ["1,068次", "enterprise-legal-services"],
      ["57份", null],
      ["186家", null],
      ["312次", "enterprise-legal-services"],
    ]);
  });

  it("keeps a year that opens a name (市政府2019年度重大行政决策事项目录) in the words after a figure, but not a year that dates a figure", () => {
    const ms = run("将6个事项纳入市政府2019年度重大行政决策事项目录。依申请政务服务事项全程网办率由2016年的不足30%提高到2020年的78.2%。");
    expect(ms.map((m) => [m.value, m.subject, m.indicator])).toEqual([
      [6, "事项纳入市政府2019年度重大行政决策事项目录", "major-administrative-decisions"],
      [30, "依申请政务服务事项全程网办率", "full-online-service-rate"],
      [78.2, "依申请政务服务事项全程网办率", "full-online-service-rate"],
    ]);
  });
});

describe("extractMetrics: lists and separators as editors type them (review 22)", () => {
  const run = (t: string) => extractMetrics(t, { reportYear: 2023 });

  it("reads a thousands comma an input method made full-width (1，352件), but not a list's comma", () => {
    const ms = run("全市收到行政复议申请1，352件，受理1，208件。全市培训行政执法人员2，000余人次。罚没金额1，234，567元。收到、受理分别为412，389件。");
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ["1，352件", 1352],
      ["1，208件", 1208],
      ["2，000余人次", 2000],
      ["1，234，567元", 1_234_567],
      ["389件", 389],
    ]);
  });

  it("gives every bare number of a list the unit after its last one, so 分别 hands each its item (分别为412、389、365件)", () => {
    const ms = run("全市收到、受理、审结行政复议案件分别为412、389、365件。纠错率、调解和解率分别为11.8、23.5和26.1%。");
    expect(ms.map((m) => [m.value, m.unit, m.indicator])).toEqual([
      [412, "件", "admin-review-applications"],
      [389, "件", "admin-review-cases-accepted"],
      [365, "件", "admin-review-cases-concluded"],
      [11.8, "%", "admin-review-correction-rate"],
      [23.5, "%", "admin-review-mediation-rate"],
      [26.1, "%", null],
    ]);
  });

  it("ends a sentence at an ASCII point after a Han character, and a 百分之 figure before it or before digits (百分之九十九点二.12345)", () => {
    const ms = run("提请审议地方性法规草案2件,制定政府规章1件.市司法局审核市政府规范性文件23件.政务服务好评率百分之九十九点二.全市办理法律援助案件2345件.");
    expect(ms.map((m) => [m.text, m.subject, m.indicator])).toEqual([
      ["2件", "提请审议地方性法规草案", "local-legislation"],
      ["1件", "制定政府规章", "local-legislation"],
      ["23件", "市司法局审核市政府规范性文件", "normative-documents-reviewed"],
      ["百分之九十九点二", "政务服务好评率", "government-service-satisfaction"],
      ["2345件", "办理法律援助案件", "legal-aid-cases"],
    ]);
  });

  it("reads a range written with a full-width hyphen (3－5个工作日) as its lower end", () => {
    expect(run("审批时限压缩至3－5个工作日。").map((m) => [m.text, m.value, m.approx, m.bound])).toEqual([["3－5个工作日", 3, true, "lower"]]);
  });

  it("dates each figure by its year when the noun follows the last year of the list (2021年、2022年、2023年全市行政复议申请分别为…)", () => {
    const ms = run("2021年、2022年、2023年全市行政复议申请分别为286件、312件、362件。");
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.period, m.indicator])).toEqual([
      [286, "行政复议申请", "全市", 2021, "admin-review-applications"],
      [312, "行政复议申请", "全市", 2022, "admin-review-applications"],
      [362, "行政复议申请", "全市", null, "admin-review-applications"],
    ]);
  });
});

describe("extractMetrics: part of a year beyond the figure's sentence (review 21)", () => {
  const district = (t: string, partOfYear = false) => extractMetrics(t, { reportYear: 2024, placeLevel: "district", partOfYear });

  it("maps no figure of a report that covers part of a year, under a heading that opens with one, or in a paragraph that opens with one", () => {
    const sentence = "全区共办理行政处罚案件2173件。";
    expect(district(sentence).map((m) => m.indicator)).toEqual(["administrative-penalty-cases"]);
    expect(district(sentence, true).map((m) => m.indicator)).toEqual([null]);
    expect(district(`一、上半年主要工作成效\n${sentence}`).map((m) => m.indicator)).toEqual([null]);
    expect(district(`1—6月，区政府共收到行政复议申请168件。区本级一审行政诉讼案件新收97件。\n${sentence}`).map((m) => m.indicator)).toEqual([null, null, "administrative-penalty-cases"]);
  });

  it("does not take a word of the quarter inside a heading or an opening clause (坚持季度通报制度) for a part of the year", () => {
    expect(district("一、坚持季度研判\n坚持季度通报制度，全区共办理行政处罚案件2173件。").map((m) => m.indicator)).toEqual(["administrative-penalty-cases"]);
  });
});

describe("extractMetrics: words from reviews 20 and 21", () => {
  const city = (t: string) => extractMetrics(t, { reportYear: 2023 });
  const district = (t: string) => extractMetrics(t, { reportYear: 2023, placeLevel: "district" });

  it("reads the measure words of stockpiles (412万只, 12.6万公斤, 3.2万瓶)", () => {
    expect(city("全市储备医用口罩412万只，储备消毒液12.6万公斤、84消毒片3.2万瓶。").map((m) => [m.value, m.unit])).toEqual([
      [4_120_000, "只"],
      [126_000, "公斤"],
      [32_000, "瓶"],
    ]);
  });

  it("takes 街道（乡镇） for the street level, and a whole territory's exam (全省统一资格考试) for no scope of the pass rate", () => {
    expect(district("街道（乡镇）人民调解委员会调处纠纷2146件。抽查区级部门和街道（乡镇）行政执法案卷560卷。").map((m) => m.scope)).toEqual(["镇街", null]);
    expect(city("组织新上岗执法人员参加全省统一资格考试，参考856人，通过率91.4%。").map((m) => [m.scope, m.indicator])).toEqual([
      [null, null],
      [null, "enforcement-exam-pass-rate"],
    ]);
  });

  it("keeps subsets off the whole count's indicator: village legal advisers, online applications, departments as defendants, decisions reviewed", () => {
    const ms = city(
      "全市村（居）法律顾问1860名。全年通过平台网上提交行政复议申请1386件。以市政府部门为被告的一审行政诉讼案件412件。审查重大行政决策事项3项。全市聘请政府法律顾问652名。",
    );
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [1860, null],
      [1386, null],
      [412, null],
      [3, null],
      [652, "government-legal-advisers"],
    ]);
  });

  it("keeps a count for one group of people (为农民工…), for the epidemic months (疫情期间) or of epidemic work (防疫用品专项检查) off the year's total", () => {
    const ms = city(
      "为农民工提供法律援助案件512件。全市办理法律援助案件3680件。疫情期间对物资采购合同开展合法性审查243份。市场监管部门开展防疫用品专项检查4120家次。",
    );
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [512, null],
      [3680, "legal-aid-cases"],
      [243, null],
      [4120, null],
    ]);
  });

  it("does not date a running total by its launch (自2022年9月上线以来) and reads 较去年底 as a change's base", () => {
    const ms = extractMetrics("“企业服务码”自2022年9月上线以来，累计为企业解决诉求1.47万件。全程网办率达到92.6%，较去年底提高3.1个百分点。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.change?.text ?? null])).toEqual([
      [14_700, null, null],
      [92.6, null, "较去年底提高3.1个百分点"],
    ]);
  });

  it("puts a 其中 part under the whole its verb names, not under a figure whose verb only sits in a body's name (人民调解委员会)", () => {
    const ms = extractMetrics("全镇各级人民调解组织共调处矛盾纠纷1286件，调解成功1271件。其中，镇人民调解委员会调处重大疑难纠纷148件。", { reportYear: 2023, placeLevel: "street" });
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [1286, null],
      [1271, null],
      [148, 0],
    ]);
  });

  it("reads 经审查受理 as 受理 of the count before it", () => {
    const ms = city("全市共收到行政复议申请3126件，经审查受理2874件。");
    expect(ms.map((m) => [m.subject, m.indicator])).toEqual([
      ["收到行政复议申请", "admin-review-applications"],
      ["受理行政复议申请", "admin-review-cases-accepted"],
    ]);
  });
});

describe("extractMetrics: years in Chinese numerals (review 22)", () => {
  it("dates a goal under a plans heading whose year is written in Chinese numerals (三、二〇二三年工作打算)", () => {
    const text = "一、主要成效\n全市依申请政务服务事项全程网办率85.3%。\n三、二〇二三年工作打算\n培训行政执法人员不少于15000人次。";
    expect(extractMetrics(text, { reportYear: 2022 }).map((m) => [m.value, m.period, m.indicator])).toEqual([
      [85.3, null, "full-online-service-rate"],
      [15000, 2023, null],
    ]);
  });
});

describe("extractMetrics: sums and shares (review 20)", () => {
  it("keeps 不予处罚 and 减轻/从轻处罚 cases each mapped, as kinds of one sum, and data shared with another platform off the data collected", () => {
    const ms = extractMetrics("依清单不予处罚案件1182件，减轻、从轻处罚案件356件。累计归集政务数据4.3亿条，向省级平台共享数据1.1亿条。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [1182, "no-penalty-lenient-cases"],
      [356, "no-penalty-lenient-cases"],
      [430_000_000, "government-data-collected"],
      [110_000_000, null],
    ]);
  });
});

describe("extractMetrics: bodies of a level acting (review 20)", () => {
  const district = (t: string) => extractMetrics(t, { reportYear: 2023, placeLevel: "district" });

  it("gives the figures after a count of a level's bodies (全区10个街镇综合执法大队…) that level, unless the bodies are listed with others", () => {
    expect(district("全区10个街镇综合执法大队共有执法人员612名，全年办理行政处罚案件4386件。全区办理行政处罚案件12648件。").map((m) => [m.value, m.scope])).toEqual([
      [10, "镇街"],
      [612, "镇街"],
      [4386, "镇街"],
      [12_648, "全区"],
    ]);
    expect(district("全区27个执法部门、15个镇街综合行政执法队全部纳入平台，共录入执法数据3.2万条。").map((m) => [m.value, m.scope])).toEqual([
      [27, "全区"],
      [15, "镇街"],
      [32_000, "全区"],
    ]);
  });
});

describe("extractMetrics: the government's own level opening a sentence (review 21)", () => {
  it("covers the sentence's later clauses that name no level, so the kinds of a sum share it", () => {
    const ms = extractMetrics("省本级提请省人大常委会审议地方性法规草案9件，制定省政府规章5件。全省各级行政机关办理行政处罚案件41.6万件。", { reportYear: 2023, placeLevel: "province" });
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [9, "省本级", "local-legislation"],
      [5, "省本级", "local-legislation"],
      [416_000, "全省", "administrative-penalty-cases"],
    ]);
  });
});

describe("extractMetrics: a level reached after a clause that names what reached it (review 22)", () => {
  it("reads 电子证照种类较上年翻一番，达到112类 as the count of 电子证照种类, without the trend", () => {
    const ms = extractMetrics("电子证照种类较上年翻一番，达到112类。全市行政处罚案件继续下降，共计4300件。全市收到申请100件，受理90件，达到120件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.indicator])).toEqual([
      [112, "电子证照种类", null, "electronic-licences"],
      [4300, "行政处罚案件", "全市", "administrative-penalty-cases"],
      [100, "收到申请", "全市", null],
      [90, "受理申请", "全市", null],
      [120, "达到", "全市", null],
    ]);
  });

  it("does not read 区直 in 点军区直接纠错率 as the district's departments", () => {
    expect(extractMetrics("点军区直接纠错率为29.5%。", { reportYear: 2023 }).map((m) => m.scope)).toEqual([null]);
  });
});

describe("extractMetrics: a part that names only its whole's noun (review 20)", () => {
  it("carries the whole's indicator at the part's level (其中以市政府为被告的案件107件, 其中市直部门案卷860卷)", () => {
    const ms = extractMetrics("全市行政机关共办理一审行政诉讼案件812件，其中以市政府为被告的案件107件。共评查行政执法案卷2460卷，其中市直部门案卷860卷、县市区案卷1600卷。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.scope, m.partOf, m.indicator])).toEqual([
      [812, "全市", null, "admin-litigation-first-instance-cases"],
      [107, "市本级", 0, "admin-litigation-first-instance-cases"],
      [2460, null, null, "enforcement-case-file-reviews"],
      [860, "市本级", 2, "enforcement-case-file-reviews"],
      [1600, "区县", 2, "enforcement-case-file-reviews"],
    ]);
  });
});

describe("extractMetrics: catalog words from reviews 23 and 24", () => {
  const city = (t: string) => extractMetrics(t, { reportYear: 2023 });

  it("keeps one department's counts, a procedure's share, licensing items, panels, other mediators, others' contracts, app zones and hotline satisfaction off the indicators", () => {
    const ms = city(
      [
        "市场监管部门办理行政处罚案件3126件。",
        "全市适用简易程序办理行政处罚案件36818件。",
        "实行告知承诺制的行政许可事项96项。",
        "考评组由高校专家和法律顾问共42人组成。",
        "全年法律顾问参与调解纠纷96件。",
        "社区法律顾问审核社区协议38份。",
        "上线主题服务专区24个。",
        "全年接诉即办群众满意度95.31%。",
        "全市办理行政处罚案件2.87万件。",
      ].join(""),
    );
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [3126, null],
      [36_818, null],
      [96, null],
      [42, null],
      [96, null],
      [38, null],
      [24, null],
      [95.31, null],
      [28_700, "administrative-penalty-cases"],
    ]);
  });

  it("reads 镇（街）, 村（居）, 乡镇（场） as levels, joined levels below the place as the higher of them, and township enforcement bodies as their level", () => {
    const ms = city("各镇（街）办理行政处罚案件6820件。各镇（街道）、村（居）修订预案1563个。全市63个乡镇（街道）综合行政执法机构实施行政检查15862次。");
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [6820, "镇街"],
      [1563, "镇街"],
      [63, "镇街"],
      [15_862, "镇街"],
    ]);
  });
});

describe("extractMetrics: thresholds that places met (review 24)", () => {
  it("maps no rate after a count of places (100个县（市、区）中有72个…5%以内, 部分县（市、区）…高于20%), but the place's own rate", () => {
    const ms = extractMetrics("全省行政诉讼一审败诉率5.1%，100个县（市、区）中有72个败诉率控制在5%以内。部分县（市、区）行政复议直接纠错率高于20%。", { reportYear: 2023, placeLevel: "province" });
    expect(ms.filter((m) => m.unit === "%").map((m) => [m.value, m.indicator])).toEqual([
      [5.1, "admin-litigation-loss-rate"],
      [5, null],
      [20, null],
    ]);
    expect(extractMetrics("组织236名执法人员参加全市行政执法资格考试，考试通过率98.3%。", { reportYear: 2023, placeLevel: "district" }).map((m) => [m.scope, m.indicator])).toEqual([
      [null, null],
      [null, "enforcement-exam-pass-rate"],
    ]);
  });
});

describe("extractMetrics: levels opening a part, offices with levels, honours (review 24)", () => {
  it("gives a level that opens a sentence or its part after a semicolon to the part's clauses that name none", () => {
    const ms = extractMetrics("市直部门作出行政处罚决定18462件，罚没金额2.09亿元；县市区作出行政处罚决定33472件，罚没金额1.51亿元。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [18_462, "市本级"],
      [209_000_000, "市本级"],
      [33_472, "区县"],
      [151_000_000, "区县"],
    ]);
  });

  it("reads offices joined with a level (全县各部门、各镇（街道）) as the whole place, and a level in an honour's name (获评全国…示范地区) as no scope", () => {
    const county = (t: string) => extractMetrics(t, { reportYear: 2023, placeLevel: "county" });
    expect(county("全县各部门、各镇（街道）聘请法律顾问68名。").map((m) => [m.scope, m.indicator])).toEqual([["全县", "government-legal-advisers"]]);
    expect(extractMetrics("我省获评全国法治政府建设示范市2个。", { reportYear: 2023, placeLevel: "province" }).map((m) => m.scope)).toEqual([null]);
  });
});

describe("extractMetrics: own government and rank changes (review 23)", () => {
  it("reads 县人民政府 like 县政府 as the government's own level, and a rank moved (提升5位) as no figure", () => {
    const ms = extractMetrics("2023年县人民政府收到行政复议申请18件。评估排名较上年提升5位，新增5位专家。", { reportYear: 2023, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["18件", "县本级"],
      ["5位", null],
    ]);
    expect(ms[1]!.subject).toBe("新增专家");
  });
});

describe("extractMetrics: one topic's figures through a sentence (review 24)", () => {
  it("keeps the later figures of a sentence whose first counts one topic's share (因行政执法行为被申请…) off the indicators", () => {
    const ms = extractMetrics("全年因行政执法行为被申请行政复议1246件，审结1046件，直接纠错率11.3%。全市行政复议直接纠错率10.2%。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [1246, null],
      [1046, null],
      [11.3, null],
      [10.2, "admin-review-correction-rate"],
    ]);
  });
});

describe("extractMetrics: rates per mille and per myriad (review 29)", () => {
  it("reads 千分之N and 万分之N like 百分之N, in their own units, with the bound a following 以内/以下 gives", () => {
    const ms = extractMetrics("全市行政复议纠错率控制在千分之三以内，投诉率降至千分之一点二，再犯罪率控制在万分之八以下。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx])).toEqual([
      ["千分之三以内", 3, "‰", true],
      ["千分之一点二", 1.2, "‰", false],
      ["万分之八以下", 8, "‱", true],
    ]);
    // Never a per-cent indicator: 3‰ is not 3%.
    expect(ms.every((m) => m.indicator === null)).toBe(true);
  });
});

describe("extractMetrics: foreign currencies, 斤 and data volumes (reviews 26, 29)", () => {
  it("reads 美元, 斤 and TB/PB as units, and still no figure in 5G, IPv6 or GB 2760", () => {
    const ms = extractMetrics("实际使用外资12.1亿美元，粮食总产量142.3亿斤。政务云存储容量达到1.2PB，支撑5G应用30个，执行GB 2760标准。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.unit])).toEqual([
      ["12.1亿美元", 1210000000, "美元"],
      ["142.3亿斤", 14230000000, "斤"],
      ["1.2PB", 1.2, "PB"],
      ["30个", 30, "个"],
    ]);
  });

  it("reads the measure words of relief supplies (顶 床 双 把 立方米), and not 双随机, 一把手, 床位 or 顶格", () => {
    const ms = extractMetrics("储备帐篷1200顶、棉被8000床，发放雨靴3000双、铁锹500把、饮用水200立方米。开展2项双随机检查，落实一把手责任，配备床位300张，实行顶格推进。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.unit])).toEqual([
      ["1200顶", 1200, "顶"],
      ["8000床", 8000, "床"],
      ["3000双", 3000, "双"],
      ["500把", 500, "把"],
      ["200立方米", 200, "立方米"],
      ["2项", 2, "项"],
      ["300张", 300, "张"],
    ]);
  });
});

describe("extractMetrics: 千 after digits, bounds by comparison, 全 inside words, narrower kinds (reviews 25–29)", () => {
  it("reads 千 after Arabic digits as a multiplier and a lower group (2万5千, 1千2百) as part of the number, but keeps 千米 a unit", () => {
    const ms = extractMetrics("办理法律援助案件4千余件，培训执法人员2万5千人次，审核合同1千2百件，建成绿道5千米。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx])).toEqual([
      ["4千余件", 4000, "件", true],
      ["2万5千人次", 25000, "人次", false],
      ["1千2百件", 1200, "件", false],
      ["5千米", 5, "千米", false],
    ]);
  });

  it("reads 低于/高于 before a figure as its bound", () => {
    const ms = extractMetrics("全市行政诉讼一审败诉率低于5%，行政机关负责人出庭应诉率高于95%。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.approx, m.bound])).toEqual([
      [5, true, "upper"],
      [95, true, "lower"],
    ]);
  });

  it("finds no 全市/全区 inside 健全市场, 完全市场化 or 健全区域", () => {
    const district = (t: string) => extractMetrics(t, { reportYear: 2024, placeLevel: "district" });
    expect(district("健全市场主体信用修复机制，新设经营主体2.47万户。").map((m) => [m.scope, m.indicator])).toEqual([[null, "new-market-entities"]]);
    expect(district("推进完全市场化改革，健全区域协同机制，办理行政处罚案件2100件。").map((m) => m.scope)).toEqual([null]);
    expect(district("全区新设经营主体2.47万户。").map((m) => m.scope)).toEqual(["全区"]);
  });

  it("keeps all kinds of plans, firms of a certified kind and one business line's online rate off the catalog's narrower indicators", () => {
    const ind = (t: string) => extractMetrics(t, { reportYear: 2023 }).map((m) => m.indicator);
    expect(ind("修订完善各类应急预案360部。")).toEqual([null]);
    expect(ind("修订专项应急预案21部。")).toEqual(["emergency-special-plans"]);
    expect(ind("新增规上工业企业462家，新增国家高新技术企业618家，新增上市企业3家。")).toEqual([null, null, null]);
    expect(ind("新登记经营主体13.6万户。")).toEqual(["new-market-entities"]);
    expect(ind("住房公积金业务网上办理率98.5%，不动产登记业务网上办理率91%。")).toEqual([null, null]);
  });
});

describe("extractMetrics: the level a change started from (reviews 25, 29)", () => {
  it("keeps an undated starting level (从18.2%提高到31.5%) off the indicator, gives the level reached after a reduction its indicator, and keeps 从2020年末 out of the subject", () => {
    const ms = extractMetrics("行政复议调解和解率从18.2%提高到31.5%。全市规范性文件审核数量由320件减少至286件。全市政务服务事项全程网办率从2020年末的78%提高到96.5%。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [18.2, null],
      [31.5, "admin-review-mediation-rate"],
      [320, null],
      [286, "normative-documents-reviewed"],
      // 2020年末的78%: a dated starting level (a year's end is that year's level) keeps its indicator under its period.
      [78, "full-online-service-rate"],
      [96.5, "full-online-service-rate"],
    ]);
    expect(ms[4]!.period).toBe(2020);
    expect(ms[5]!.subject).toBe("政务服务事项全程网办率");
    // A dated starting level keeps its indicator under its own period.
    const dated = extractMetrics("行政诉讼一审败诉率由2022年的9.6%降至6.1%。", { reportYear: 2023 });
    expect(dated.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [9.6, 2022, "admin-litigation-loss-rate"],
      [6.1, null, "admin-litigation-loss-rate"],
    ]);
  });
});

describe("extractMetrics: digits split by a space (review 28)", () => {
  it("reads no figure from digits a space splits with no unit right after (4 318 件, 8 6 5 件) rather than a wrong one, and still reads a figure after a year", () => {
    // (2 156.7万元, 2, 987件, 99. 2%: split by a space, a unit right after: read whole.)
    expect(figures("共办理行政处罚案件 4 318 件，罚没款 2 156.7万元。办理法律援助案件 8 6 5 件。调解纠纷2, 987件，调解成功率 99. 2%。", 2023)).toEqual(["2 156.7万元", "2, 987件", "99. 2%"]);
    expect(figures("2023年 共办理行政处罚案件 4318件。", 2023)).toEqual(["4318件"]);
  });
});

describe("extractMetrics: a multiple of an earlier year's figure (reviews 26, 29)", () => {
  it("attaches 是上年的1.5倍 to the figure before it as the per-cent change it means, and makes no figure of it", () => {
    const ms = extractMetrics("全市受理行政复议申请1200件，是上年的1.5倍。新收案件3512件，是2022年的两倍多。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.change && [m.change.direction, m.change.value, m.change.unit, m.change.basis, m.change.text]])).toEqual([
      ["1200件", ["up", 50, "%", "上年", "是上年的1.5倍"]],
      ["3512件", ["up", 100, "%", "2022年", "是2022年的两倍多"]],
    ]);
  });
});

describe("extractMetrics: the base a rate is stated per (review 26)", () => {
  it("reads no count from 十万人 before a death rate or from 每十万人口, and keeps a count before an ordinary rate", () => {
    expect(figures("十万人生产安全事故死亡率为0.85，同比下降18.2%。每十万人口拥有律师3.4名。", 2023)).toEqual(["0.85", "3.4名"]);
    expect(figures("抽检食品1000批次合格率98%。", 2023)).toEqual(["1000批次", "98%"]);
  });
});

describe("extractMetrics: thresholds and stages that name, not count (review 29)", () => {
  it("reads no figure from a threshold that names the class the next figure counts, and keeps a threshold that is the figure", () => {
    expect(figures("新开工亿元以上产业项目612个，其中10亿元以上项目158个；查处案值5万元以上的案件86件。", 2023)).toEqual(["612个", "158个", "86件"]);
    expect(figures("群众满意度98%以上为历年最高。罚没款5万元以上，全市新增企业3000户以上。", 2023)).toEqual(["98%以上", "5万元以上", "3000户以上"]);
  });

  it("reads no figure from a threshold written before its figure (超过100万元的案件12件) or one that all of a class undergo, nor from a time limit (review 62b-12)", () => {
    expect(figures("其中案值超过100万元的案件12件。对罚款金额在5万元以上的案件全部进行法制审核。累计为企业减免超过3亿元的税费。", 2025)).toEqual(["12件", "超过3亿元"]);
    // (What all of an amount underwent is no class of it; nor is 的 before a hotline's number a noun.)
    expect(figures("减免超过3亿元的税费全部直达快享。接听超过2万个的12348热线来电。", 2025)).toEqual(["超过3亿元", "超过2万个"]);
    expect(figures("行政处罚决定均在作出决定之日起7个工作日内公开。请于公示之日起15个工作日内反馈。审批时限压缩至3个工作日内。", 2025)).toEqual(["3个工作日内"]);
    // (A limit cut to is the reform's result; a duration not ending in 内 is no time limit.)
    expect(figures("审批时限压缩至受理之日起3个工作日内。自受理之日起平均用时2.5个工作日。", 2025)).toEqual(["3个工作日内", "2.5个工作日"]);
  });

  it("reads no count from the staging of an action (分四批, 分三步)", () => {
    expect(figures("先后分四批公布“首违不罚”清单，累计涵盖事项289项；分三步推进改革，评查案卷4批。", 2024)).toEqual(["289项", "4批"]);
  });
});

describe("extractMetrics: shares written as fractions and tenths (reviews 27, 29)", () => {
  it("reads 三分之二 and 六分之一 as rough per-cent shares, bounded by the words around them, and gives them no catalog rate", () => {
    const ms = extractMetrics("全市行政复议调解和解率为31.5%，超过三分之二的案件实现案结事了，近五分之一的申请人撤回申请，新增经营主体占全省的三分之一以上。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.approx, m.bound])).toEqual([
      ["31.5%", 31.5, "%", false, null],
      ["超过三分之二", 66.7, "%", true, "lower"],
      ["近五分之一", 20, "%", true, "upper"],
      ["三分之一以上", 33.3, "%", true, "lower"],
    ]);
    expect(ms.slice(1).map((m) => m.indicator)).toEqual([null, null, null]);
  });

  it("reads tenths before any word but one 成 starts (三成涉及…), and an approximation word before 占 makes the share approximate", () => {
    const ms = extractMetrics("涉企行政执法案件中约三成涉及安全生产领域。涉企案件约占四成。全市七成立案。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value, m.approx])).toEqual([
      ["约三成", 30, true],
      ["四成", 40, true],
    ]);
  });
});

describe("extractMetrics: changes said in words (review 29)", () => {
  it("attaches 翻了一番, 翻两番 and 减少一半 to the figure before them, with their basis", () => {
    const ms = extractMetrics("全市公布不予处罚事项416项，比2021年翻了一番。持证人员1.26万人，较2020年底翻两番。行政执法检查2.4万户次，较上年减少一半。培训一半以上的执法人员120人。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.change && [m.change.direction, m.change.value, m.change.unit, m.change.basis, m.change.text]])).toEqual([
      ["416项", ["up", 100, "%", "比2021年", "比2021年翻了一番"]],
      ["1.26万人", ["up", 300, "%", "较2020年底", "较2020年底翻两番"]],
      ["2.4万户次", ["down", 50, "%", "较上年", "较上年减少一半"]],
      ["120人", null],
    ]);
  });
});

describe("extractMetrics: goals under a work report's targets heading (review 29)", () => {
  it("maps no figure under 目标任务 or 预期目标 to an indicator, and keeps the review section's figures", () => {
    const ms = extractMetrics("一、工作回顾\n全市行政复议机关新收案件1863件。\n二、今年工作总体要求和目标任务\n新增经营主体12万户以上；政务服务事项全程网办率达到95%。\n三、主要预期目标\n组织应急演练200场以上。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["1863件", "admin-review-applications"],
      ["12万户以上", null],
      ["95%", null],
      ["200场以上", null],
    ]);
  });
});

describe("extractMetrics: catalog rules for advisers and exams (review 27)", () => {
  it("maps no combined count of legal advisers and public lawyers to legal advisers, and maps the advisers counted alone", () => {
    const ms = extractMetrics("全市各级政府聘请法律顾问、公职律师共计317名，其中市政府法律顾问12名。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["317名", null],
      ["12名", "government-legal-advisers"],
    ]);
  });

  it("maps an annual training test's pass rate to no qualification-exam indicator, and the qualification exam's (资格培训考试) to it", () => {
    const ms = extractMetrics("执法人员年度法治培训考试合格率达100%。组织1630人开展了行政执法资格培训考试，合格率达到98.04%。", { reportYear: 2024 });
    expect(ms.filter((m) => m.unit === "%").map((m) => [m.text, m.indicator])).toEqual([
      ["100%", null],
      ["98.04%", "enforcement-exam-pass-rate"],
    ]);
  });
});

describe("extractMetrics: a clause that only totals (review 27)", () => {
  it("gives 累计612人次 after 培训7期 the training it totals, and counts 参训 staff as trained", () => {
    const ms = extractMetrics("组织执法人员培训7期，累计612人次。开展执法培训12场，参训执法人员共计1200人次。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.subject, m.indicator])).toEqual([
      ["7期", "组织执法人员培训", null],
      ["612人次", "组织执法人员培训", "enforcement-staff-trained"],
      ["12场", "开展执法培训", null],
      ["1200人次", "参训执法人员", "enforcement-staff-trained"],
    ]);
  });
});

describe("extractMetrics: totals over a plan period (reviews 25, 29)", () => {
  it("maps no figure under a heading or a paragraph opening that names a span of years, nor one since a 普法 plan began; a figure with its own year stays annual", () => {
    const heading = extractMetrics("二、“十四五”时期法治政府建设总体情况\n全市共作出重大行政决策87项，办理法律援助案件2.7万件。\n三、2025年主要工作\n全市收到行政复议申请2860件。", { reportYear: 2025 });
    expect(heading.map((m) => [m.text, m.indicator])).toEqual([
      ["87项", null],
      ["2.7万件", null],
      ["2860件", "admin-review-applications"],
    ]);
    const paragraph = extractMetrics("“十四五”以来，我市法治政府建设取得显著成效。全市共收到行政复议申请1.38万件。2025年，全市收到行政复议申请2860件。", { reportYear: 2025 });
    expect(paragraph.map((m) => [m.text, m.indicator])).toEqual([
      ["1.38万件", null],
      ["2860件", "admin-review-applications"],
    ]);
    const plan = extractMetrics("“八五”普法以来，全市累计开展各类普法活动4.8万场次。", { reportYear: 2024 });
    expect(plan.map((m) => m.indicator)).toEqual([null]);
  });
});

describe("extractMetrics: a figure's coverage when it is not one whole year (reviews 25, 28, 30, 31)", () => {
  const covers = (text: string, options: Parameters<typeof extractMetrics>[1] = { reportYear: 2025 }) =>
    extractMetrics(text, options).map((m) => [m.text, m.coverage?.kind ?? null, m.coverage?.text ?? null, m.indicator]);

  it("says which words make a figure a total over several years: in its sentence, its paragraph's opening, a heading above it", () => {
    expect(covers("2021—2025年，全市累计开展执法人员轮训6.2万人次。五年来，全市累计收到行政复议申请1.38万件。2021年以来，全县累计办理行政复议案件215件。")).toEqual([
      ["6.2万人次", "multi-year", "2021—2025年", null],
      ["1.38万件", "multi-year", "五年来", null],
      ["215件", "multi-year", "2021年以来", null],
    ]);
    expect(covers("“十四五”以来，我市法治政府建设取得显著成效。全市共收到行政复议申请1.38万件。2025年，全市收到行政复议申请2860件。")).toEqual([
      ["1.38万件", "multi-year", "“十四五”以来", null],
      ["2860件", null, null, "admin-review-applications"],
    ]);
    expect(covers("二、“十四五”时期法治政府建设总体情况\n全市共作出重大行政决策87项。\n三、2025年主要工作\n全市收到行政复议申请2860件。")).toEqual([
      ["87项", "multi-year", "“十四五”时期", null],
      ["2860件", null, null, "admin-review-applications"],
    ]);
  });

  it("keeps a year's own part of a running total (其中2024年) annual, and a rate held since a year (自2019年以来保持100%) too", () => {
    expect(covers("“八五”普法以来，全市累计开展各类普法活动4.8万场次，其中2024年1.2万场次。", { reportYear: 2024 })).toEqual([
      ["4.8万场次", "multi-year", "“八五”普法以来", null],
      ["1.2万场次", null, null, "law-popularisation-activities"],
    ]);
    expect(covers("2019年以来，全市行政机关负责人出庭应诉率保持100%。", { reportYear: 2024 }).map((r) => r[1])).toEqual([null]);
  });

  it("says which words make a figure part of a year: a month range with its year, a quarter, a heading, the report's own title", () => {
    expect(covers("今年1至11月，全市收到行政复议申请3215件。截至11月底，全市行政机关负责人出庭应诉率达98.7%。", { reportYear: 2024 })).toEqual([
      ["3215件", "part-year", "今年1至11月", null],
      ["98.7%", "part-year", "截至11月", null],
    ]);
    expect(covers("2024年1—11月，全县行政机关负责人出庭应诉率99.3%。前三季度，全市行政诉讼案件调解撤诉率为18.3%。", { reportYear: 2024 }).map((r) => r.slice(1, 3))).toEqual([
      ["part-year", "2024年1—11月"],
      ["part-year", "前三季度"],
    ]);
    expect(covers("一、上半年主要工作成效\n全区共办理行政处罚案件2173件。", { reportYear: 2024 })).toEqual([["2173件", "part-year", "上半年", null]]);
    expect(covers("全区共办理行政处罚案件2173件。", { reportYear: 2024, partOfYear: true })).toEqual([["2173件", "part-year", null, null]]);
    expect(covers("全区共办理行政处罚案件2173件。", { reportYear: 2024 })).toEqual([["2173件", null, null, "administrative-penalty-cases"]]);
  });

  it("reads a whole-year goal (力争全年…) in a report on part of a year as no part of the year", () => {
    const text = "一、上半年工作成效\n办理法律援助案件2100件。\n二、下半年工作打算\n下半年计划评查行政执法案卷400卷，全年办理法律援助案件力争达到4500件。";
    expect(covers(text, { reportYear: 2024, partOfYear: true }).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["2100件", "part-year", null],
      ["400卷", "part-year", null],
      ["4500件", null, null],
    ]);
  });

  it("reads 五年间, 过去五年 and 自2021年起 as spans of years, and 截至…累计 as a running total (review 34)", () => {
    expect(covers("五年间，全市累计修订专项应急预案86部。过去五年，全市组织应急演练8200余场次。自2021年起，全市共办理行政处罚案件5.2万件。截至2025年底，全市累计培训行政执法人员5.6万人次。")).toEqual([
      ["86部", "multi-year", "五年间", null],
      ["8200余场次", "multi-year", "过去五年", null],
      ["5.2万件", "multi-year", "2021年起", null],
      ["5.6万人次", "multi-year", "截至2025年底累计", null],
    ]);
    // A stock's indicator keeps its year-end count: 截至年底共聘请… is no sum of years.
    expect(covers("截至2025年底，全市累计归集政务数据21.6亿条。").map((r) => [r[1], r[3]])).toEqual([[null, "government-data-collected"]]);
  });

  it("never gives a figure both a coverage and an indicator", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("“十四五”以来，", "1—6月，", "全市", "收到行政复议申请", "1200件", "，", "。", "办理行政处罚案件", "其中2024年", "300件", "出庭应诉率", "100%", "\n一、上半年工作\n", "（含上年结转", "）", "\n指标名称  2023年（件）\n收到行政复议申请  "), { maxLength: 14 }), (parts) => {
        for (const partOfYear of [false, true]) for (const m of extractMetrics(parts.join(""), { reportYear: 2024, partOfYear })) expect(m.coverage !== null && m.indicator !== null).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe("extractMetrics: the government's own level after 其中 and a semicolon (review 34)", () => {
  it("keeps 受理/审结 after 其中，市政府本级收到…； at 市本级, links the part to the whole its verb names, and files cue-less rates with their counts", () => {
    const text = "2025年全市各级行政复议机关共收到行政复议申请3862件，同比增长21.4%；依法受理3415件，受理率88.4%；审结3297件，审结率96.5%。其中，市政府本级收到行政复议申请1108件，占全市总量的28.7%，同比增长15.2%；受理962件，审结931件。";
    const ms = extractMetrics(text, { reportYear: 2025 });
    const at = (t: string) => ms.find((m) => m.text === t)!;
    expect(["962件", "931件"].map((t) => at(t).scope)).toEqual(["市本级", "市本级"]);
    expect(ms[at("1108件").partOf!]!.text).toBe("3862件");
    expect(["88.4%", "96.5%"].map((t) => at(t).pillar)).toEqual(["reconsideration", "reconsideration"]);
  });
});

describe("extractMetrics: bases, stocks and respondents (review 34)", () => {
  it("dates the level a from→to pair starts at by the year the sentence compares with", () => {
    const ms = extractMetrics("与2020年相比，全市行政执法人员持证率由87%提高到99%，行政复议直接纠错率由6.2%提高到11.4%。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.period])).toEqual([
      ["87%", 2020],
      ["99%", null],
      ["6.2%", 2020],
      ["11.4%", null],
    ]);
  });

  it("keeps a stock under a span of years its own sentence does not state at the year's end, with its indicator", () => {
    const ms = extractMetrics("“十四五”以来，全市累计审核规范性文件152件。法律顾问实现全覆盖，市县两级政府及部门共聘请法律顾问426名。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.coverage?.kind ?? null, m.indicator])).toEqual([
      ["152件", "multi-year", null],
      ["426名", null, "government-legal-advisers"],
    ]);
  });

  it("gives a department's cases as the respondent that department, not the place's indicator", () => {
    const ms = extractMetrics("在13个市级部门中，市市场监管局被申请行政复议案件最多，达126件。全市共收到行政复议申请1108件。", { reportYear: 2025 });
    expect(ms.filter((m) => m.unit === "件").map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["126件", "市市场监管局", null],
      ["1108件", "全市", "admin-review-applications"],
    ]);
  });
});

describe("extractMetrics: changes and parts in ranking news (review 34)", () => {
  it("links 年均增长, a change after a rank clause and one against “十三五”末 to their figures", () => {
    const ms = extractMetrics("2021—2025年，全市累计办理案件5400余件，年均增长14.2%。仪征市收案386件，居全市第四位，同比下降3.2%。全市持证执法人员6213名，较“十三五”末增加820名。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.change?.value ?? null, m.change?.basis ?? null])).toEqual([
      ["5400余件", 14.2, "年均"],
      ["386件", 3.2, "同比"],
      ["6213名", 820, "较“十三五”末"],
    ]);
  });

  it("names what a figure stated only by 为 measures from the clause before, and files it with the part before its semicolon", () => {
    const ms = extractMetrics("各县（市、区）中，江都区直接纠错率最高，为17.2%；广陵区最低，为6.4%。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.subject, m.pillar])).toEqual([
      ["17.2%", "江都区直接纠错率", "reconsideration"],
      ["6.4%", "广陵区", "reconsideration"],
    ]);
  });

  it("files cases closed by 调解、和解 under reconsideration, people's mediation (调解纠纷) under other", () => {
    const ms = extractMetrics("全市以调解、和解方式结案1346件，调解和解率达40.8%。全市人民调解组织调解纠纷2.1万件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.pillar])).toEqual([
      ["1346件", "reconsideration"],
      ["40.8%", "reconsideration"],
      ["2.1万件", "other"],
    ]);
  });

  it("makes neither a count of places nor a rate they reach after 其中 a part of a count of cases", () => {
    const ms = extractMetrics("全市法院新收一审行政诉讼案件1527件，行政机关负责人出庭应诉率99.6%，其中8个县（市、区）实现100%出庭。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.partOf])).toEqual([
      ["1527件", null],
      ["99.6%", null],
      ["8个", null],
      ["100%", null],
    ]);
  });
});

describe("extractMetrics: time series in prose (review 35)", () => {
  it("dates a figure by a year written after what it measures, and a series of years by each point's year, each with the measure", () => {
    const ms = extractMetrics("全市行政复议案件调解和解率2021年仅为12%，2024年升至33.5%。2021年，全市行政复议机关收到复议申请1436件；2022年为1872件，2023年增至2518件，2024年达到3105件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.period, m.indicator])).toEqual([
      ["12%", 2021, "admin-review-mediation-rate"],
      ["33.5%", null, "admin-review-mediation-rate"],
      ["1436件", 2021, "admin-review-applications"],
      ["1872件", 2022, "admin-review-applications"],
      ["2518件", 2023, "admin-review-applications"],
      ["3105件", null, "admin-review-applications"],
    ]);
    expect(ms[0]!.subject).toBe("行政复议案件调解和解率");
  });
});

describe("extractMetrics: 今年以来 in news on the year before (review 35)", () => {
  it("dates figures since the start of the article's year to that year, as part of it, neither a goal nor the reported year's", () => {
    const ms = extractMetrics("2024年，全市收到行政复议申请3105件。今年以来，全市收到行政复议申请320件。", { reportYear: 2024, relativeYearBase: 2025 });
    expect(ms.map((m) => [m.text, m.period, m.coverage?.text ?? null, m.target, m.indicator])).toEqual([
      ["3105件", null, null, false, "admin-review-applications"],
      ["320件", 2025, "今年以来", false, null],
    ]);
  });
});

describe("extractMetrics: indicators that do not fit (review 35)", () => {
  it("maps no pre-acceptance mediation to cases accepted, no 法治督察 to enforcement inspections, no list's additions to its items, no mixed methods to notification-commitment", () => {
    const ms = extractMetrics("行政复议受理前调解成功化解争议57件。围绕涉企行政检查开展法治督察3次。发布第三批“首违不罚”清单，新增事项24项，全区不罚轻罚清单事项累计达到187项。通过数据共享、告知承诺等方式替代证明312项。", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["57件", null],
      ["3次", null],
      ["24项", null],
      ["187项", "no-penalty-lenient-items"],
      ["312项", null],
    ]);
  });

  it("marks goals written with 将达到 and 要达到", () => {
    expect(extractMetrics("下一步，行政复议决定书公开率将达到100%。年内公开率要达到100%。", { reportYear: 2024 }).map((m) => [m.subject, m.target])).toEqual([
      ["行政复议决定书公开率", true],
      ["公开率", true],
    ]);
  });
});

describe("extractMetrics: included parts and bounds (review 35)", () => {
  it("links what a figure includes in brackets (审结412件（含上年结转27件）) as its part, at its level, with no indicator", () => {
    const ms = extractMetrics("区政府受理行政复议申请438件，审结412件（含上年结转27件）。", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.scope, m.partOf, m.indicator])).toEqual([
      ["438件", "区本级", null, "admin-review-cases-accepted"],
      ["412件", "区本级", null, "admin-review-cases-concluded"],
      ["27件", "区本级", 1, null],
    ]);
  });

  it("reads 十几次 as an approximate count, more than ten, that maps to no indicator", () => {
    const m = extractMetrics("往年企业一年接受检查最多时有十几次。", { reportYear: 2025 })[0]!;
    expect([m.text, m.value, m.approx, m.bound, m.indicator]).toEqual(["十几次", 10, true, "lower", null]);
  });

  it("reads a ratio written as a bound (2.5:1以上) and a change of more than a doubling (翻了一番多) as approximate", () => {
    const ms = extractMetrics("全市复议与诉讼之比保持在2.5:1以上。2024年全市收到行政复议申请3105件，较2021年翻了一番多。", { reportYear: 2024 });
    expect([ms[0]!.text, ms[0]!.approx, ms[0]!.bound]).toEqual(["2.5:1以上", true, "lower"]);
    expect(ms[1]!.change).toMatchObject({ value: 100, approx: true, bound: "lower", text: "较2021年翻了一番多" });
  });
});

describe("extractMetrics: notes, annexes, calls and the government as the organ (review 36)", () => {
  it("reads no figure in a formula (×100%) or in an annex title's count (统计表（共12项指标）), and counts calls (万通)", () => {
    expect(extractMetrics("注：行政复议直接纠错率=直接纠错案件数/审结案件数×100%。", { reportYear: 2024 })).toEqual([]);
    expect(extractMetrics("附件：2.岳阳市2024年行政执法数据统计表（共12项指标）", { reportYear: 2024 })).toEqual([]);
    const calls = extractMetrics("12348公共法律服务热线全年接听来电62.3万通，满意率99.1%。通过考试的有3人。", { reportYear: 2024 });
    expect(calls.map((m) => [m.text, m.value, m.unit])).toEqual([
      ["62.3万通", 623000, "通"],
      ["99.1%", 99.1, "%"],
      ["3人", 3, "人"],
    ]);
  });

  it("keeps figures after 市政府作为行政复议机关， at the government's own level", () => {
    const ms = extractMetrics("市政府作为行政复议机关，全年新收行政复议申请1427件，直接纠错率11.8%。", { reportYear: 2024 });
    expect(ms.map((m) => m.scope)).toEqual(["市本级", "市本级"]);
  });
});

describe("extractMetrics: a province's department report (review 36)", () => {
  it("maps no indicator to a count of departments, links 较上年末新增 as a change, and keeps a look back under the plans heading a result of the span", () => {
    const a = extractMetrics("全省21个省级部门公布不予处罚和减轻处罚事项累计682项。全省持有效行政执法证件人员约8.7万人，较上年末新增3200余人。归集执法数据380万条。", { reportYear: 2025, placeLevel: "province" });
    expect(a.map((m) => [m.text, m.indicator, m.change?.value ?? null])).toEqual([
      ["21个", null, null],
      ["682项", "no-penalty-lenient-items", null],
      ["约8.7万人", "enforcement-certified-staff", 3200],
      ["380万条", null, null],
    ]);
    const b = extractMetrics("三、2026年工作安排\n2026年，力争全省行政复议案件直接纠错率保持在10%以上。“十四五”以来，全省累计办理行政复议案件11.6万件。", { reportYear: 2025, placeLevel: "province" });
    expect(b.map((m) => [m.text, m.period, m.target, m.coverage?.kind ?? null])).toEqual([
      ["10%以上", 2026, true, null],
      ["11.6万件", null, false, "multi-year"],
    ]);
  });
});

describe("extractMetrics: quoted speech (review 35)", () => {
  it("reads figures in a short quote that is speech, and still none in a quoted name", () => {
    const ms = extractMetrics("“去年全市行政复议直接纠错率达到14.3%。”嘉兴市司法局局长王立群说。“全年办理案件312件，群众满意”，他表示。开通“12345”热线。", { reportYear: 2025 });
    expect(ms.map((m) => m.text)).toEqual(["14.3%", "312件"]);
  });
});

describe("extractMetrics: a goal is marked as one (review 31)", () => {
  const targets = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.text, m.target]);

  it("marks figures after 力争/预计, under a heading of plans, or dated after the report's year; results and shortcomings are not goals", () => {
    expect(targets("全年办理法律援助案件4210件。力争明年办理法律援助案件4500件。2025年，行政复议纠错率保持在10%左右。")).toEqual([
      ["4210件", false],
      ["4500件", true],
      ["10%左右", true],
    ]);
    expect(targets("一、2024年工作成效\n收到行政复议申请1236件。\n二、下一步工作打算\n组织应急演练200场以上。")).toEqual([
      ["1236件", false],
      ["200场以上", true],
    ]);
    expect(targets("三、存在的问题和下一步打算\n全县仍有12个乡镇未配备专职法制审核人员。力争全部配齐，新增法律顾问30名。")).toEqual([
      ["12个", false],
      ["30名", true],
    ]);
  });

  it("marks goals a results section states with 下一步, 明年将 or 计划全年 (review 37), and maps them to no indicator", () => {
    const text = "一、2025年主要举措和成效\n审结行政复议案件352件，调解和解率33.5%。下一步，我区将推动行政复议调解和解率提升至35%以上。评查行政执法案卷480卷，明年将评查案卷不少于500卷。我区计划全年开展普法活动900场次。";
    expect(extractMetrics(text, { reportYear: 2025 }).map((m) => [m.text, m.target, m.indicator !== null])).toEqual([
      ["352件", false, true],
      ["33.5%", false, true],
      ["35%以上", true, false],
      ["480卷", false, true],
      ["不少于500卷", true, false],
      ["900场次", true, false],
    ]);
  });
});

describe("extractMetrics: measures only a place has, in an office's report (review 26)", () => {
  it("keeps the place's online-service rate, data and market entities the place's in a bureau's report, and the bureau's own level where it is stated", () => {
    const text = "依申请政务服务事项全程网办率达91.6%。累计归集政务数据48.3亿条。全年新设立市场主体10.6万户，新设企业2.87万户。局本级依申请政务服务事项全程网办率达100%。局本级持证执法人员43人。";
    expect(extractMetrics(text, { reportYear: 2023, ownOffice: true }).map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["91.6%", null, "full-online-service-rate"],
      ["48.3亿条", null, "government-data-collected"],
      ["10.6万户", null, "new-market-entities"],
      ["2.87万户", "局本级", null],
      ["100%", "局本级", null],
      ["43人", "局本级", null],
    ]);
  });
});

describe("extractMetrics: publicity that is not legal education (review 26)", () => {
  it("maps safety and fire publicity events to no 普法 indicator, and 普法 and constitution-week events to it", () => {
    const ms = extractMetrics("全市开展安全宣传“五进”活动1200余场。开展消防宣传活动300场。开展普法宣传活动1500场次。开展宪法宣传周活动200场。", { reportYear: 2023 });
    expect(ms.map((m) => m.indicator)).toEqual([null, null, "law-popularisation-activities", "law-popularisation-activities"]);
  });
});

describe("extractMetrics: one category of hazards (review 26)", () => {
  it("maps a count of major hazards alone to no all-hazards indicator", () => {
    const ms = extractMetrics("全市共排查重大事故隐患37项，全部挂牌督办并完成整改。全市排查整改安全隐患2.1万处。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["37项", null],
      ["2.1万处", "safety-hazards-rectified"],
    ]);
  });
});

describe("extractMetrics: an office's line across the place (review 26)", () => {
  it("keeps 全系统 past a semicolon and for a line named after 全市, and reads 各部门 and 部门联合 as the whole place", () => {
    const text = "全市市场监管系统共检查市场主体1.27万户次；作出行政处罚案件4726件。举办全市市场监管执法人员业务培训班5期，培训1100余人次。全市各级各部门共组织开展各类应急演练2416场次。";
    expect(extractMetrics(text, { reportYear: 2023, ownOffice: true }).map((m) => [m.text, m.scope])).toEqual([
      ["1.27万户次", "全系统"],
      ["4726件", "全系统"],
      ["5期", "全系统"],
      ["1100余人次", "全系统"],
      ["2416场次", "全市"],
    ]);
  });
});

describe("extractMetrics: levels below the place and later clauses' whole place (review 25)", () => {
  it("reads 市县两级 and 各市（州） in a province's report as the levels below it, and 县市 in a prefecture's as its counties", () => {
    // (市县两级 is the two tiers together and 各市（州） the prefectures, not the counties: reviews 49a, 50a.)
    const province = extractMetrics("全省各级行政复议机关共收到行政复议申请8934件。市县两级行政复议机关收到申请7669件。各市（州）政府共受理行政复议案件3980件。", { reportYear: 2024, placeLevel: "province" });
    expect(province.map((m) => m.scope)).toEqual(["全省", "市县两级", "市级"]);
    // 县市 in 该县市场 is no scope word.
    const city = extractMetrics("市县两级行政复议机关收到申请7669件。该县市场主体达到12万户。", { reportYear: 2024 });
    expect(city.map((m) => m.scope)).toEqual(["全市", null]);
    const prefecture = extractMetrics("州本级各行政执法部门办理行政处罚案件3419件，县市办理行政处罚案件1.1万件。", { reportYear: 2024, placeName: "湘西土家族苗族自治州" });
    expect(prefecture.map((m) => m.scope)).toEqual(["州本级", "区县"]);
  });

  it("gives the figures after counted places that act (9个县（市、区）办理…) their level, but not places acted in (在108个乡镇设立…)", () => {
    const ms = extractMetrics("市本级办理行政处罚案件3419件，9个县（市、区）办理行政处罚案件1.1万件。在108个乡镇设立基层受理点121个。", { reportYear: 2024 });
    expect(ms.filter((m) => m.unit !== "个" || m.value === 121).map((m) => [m.text, m.scope])).toEqual([
      ["3419件", "市本级"],
      ["1.1万件", "区县"],
      ["121个", null],
    ]);
  });

  it("covers a clause after a whole-place clause by that whole place, not by the level that opened the sentence", () => {
    const ms = extractMetrics("省级修订专项应急预案23部，全省开展各类应急演练1.5万余场次，参与群众180余万人次。", { reportYear: 2024, placeLevel: "province" });
    expect(ms.map((m) => m.scope)).toEqual(["省本级", "全省", "全省"]);
  });
});

describe("extractMetrics: shortcomings and outcomes (review 28)", () => {
  it("maps no figure under a problems heading, even one that states its year, and no count of one outcome (被评为不合格)", () => {
    const problems = extractMetrics("一、主要成效\n全县评查行政执法案卷320卷。\n二、存在的问题\n一是执法能力有待提升，2024年市级案卷评查中我县有7卷被评为不合格。", { reportYear: 2024 });
    expect(problems.map((m) => [m.text, m.indicator])).toEqual([
      ["320卷", "enforcement-case-file-reviews"],
      ["7卷", null],
    ]);
    const outcome = extractMetrics("2024年全县案卷评查中有7卷被评为不合格。", { reportYear: 2024 });
    expect(outcome.map((m) => m.indicator)).toEqual([null]);
  });
});

describe("extractMetrics: a share of concluded cases after the reconsideration sentence (reviews 25, 28)", () => {
  it("maps 以调解、和解方式结案41件，占审结案件的24.8% to the mediation rate, in the reconsideration pillar, when the sentence before counted reconsideration cases", () => {
    const ms = extractMetrics("（六）依法化解矛盾纠纷\n县政府收到行政复议申请187件，审结165件，直接纠错率12.7%。以调解、和解方式结案41件，占审结案件的24.8%。", { reportYear: 2024 });
    const share = ms.find((m) => m.text === "24.8%")!;
    expect([share.indicator, share.pillar]).toEqual(["admin-review-mediation-rate", "reconsideration"]);
    // Without a reconsideration count before it, the share is no reconsideration rate.
    const alone = extractMetrics("（六）依法化解矛盾纠纷\n以调解、和解方式结案41件，占审结案件的24.8%。", { reportYear: 2024 });
    expect(alone.find((m) => m.text === "24.8%")!.indicator).toBeNull();
  });
});

describe("extractMetrics: a list of years in the clause before 分别 (review 25)", () => {
  it("dates each figure after 分别 by its year in a list that ends the clause before", () => {
    const ms = extractMetrics("2023年、2024年、2025年，全市收到行政复议申请分别为2870件、2995件、3261件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.period])).toEqual([
      ["2870件", 2023],
      ["2995件", 2024],
      ["3261件", null],
    ]);
  });
});

describe("extractMetrics: an autonomous prefecture's regulations (review 25)", () => {
  it("maps single regulations (单行条例) submitted for review to local legislation", () => {
    const ms = extractMetrics("州人民政府提请州人大常委会审议单行条例草案2件，制定州政府规章1件。", { reportYear: 2024, placeName: "湘西土家族苗族自治州" });
    expect(ms.map((m) => m.indicator)).toEqual(["local-legislation", "local-legislation"]);
  });
});

describe("extractMetrics: streets inside a district's report (review 27)", () => {
  it("scopes figures of named streets and of 街道 bodies at the street level, but not a list of places visited", () => {
    const ms = extractMetrics("全区持证行政执法人员326人，其中街道综合执法队118人。杏林街道、侨英街道分别办理行政处罚案件418件、376件。深入80余个乡镇、街道、社区及9家企业开展宣传活动200余场次。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.filter((m) => m.unit !== "个").map((m) => [m.text, m.scope])).toEqual([
      ["326人", "全区"],
      ["118人", "镇街"],
      ["418件", "镇街"],
      ["376件", "镇街"],
      ["9家", null],
      ["200余场次", null],
    ]);
  });
});

describe("extractMetrics: a gap to an average (review 27)", () => {
  it("reads no figure from a difference to another place's average", () => {
    expect(figures("全市行政机关一审行政应诉案件278件，败诉率3.6%，低于泉州市平均水平1.9个百分点。新增经营主体增幅高于全省平均5.1个百分点。", 2024)).toEqual(["278件", "3.6%"]);
  });
});

describe("extractMetrics: the own government acting, in a zone and over the year (review 27)", () => {
  it("puts 以管委会为被告 and a zone's 管委会 at the zone's own level, and 市政府全年… at the city's", () => {
    const zone = extractMetrics("以管委会为被告的一审行政诉讼案件14件，败诉率7.1%。管委会收到行政复议申请12件。", { reportYear: 2024, placeLevel: "district", placeName: "芜湖经济技术开发区" });
    expect(zone.map((m) => m.scope)).toEqual(["区本级", "区本级", "区本级"]);
    const city = extractMetrics("市政府全年制定行政规范性文件7件。县政府全年新收行政复议申请156件。", { reportYear: 2024 });
    expect(city.map((m) => m.scope)).toEqual(["市本级", null]);
  });
});

describe("extractMetrics: the whole a part belongs to (review 26)", () => {
  it("puts a count under a count, never under persons or money", () => {
    const ms = extractMetrics("全市共组织开展各类应急演练2416场次，参演人员18.7万人次；其中我局牵头组织市级综合应急演练3次。立案87起，罚款428.5万元，其中对3家企业实施“一案双罚”。", { reportYear: 2023 });
    const at = (t: string) => ms.findIndex((m) => m.text === t);
    expect(ms[at("3次")]!.partOf).toBe(at("2416场次"));
    expect(ms[at("3家")]!.partOf).toBe(at("87起"));
  });
});

describe("extractMetrics: parts handed out by 分别 (review 27)", () => {
  it("makes every figure after 其中…分别 a part of the whole, not only the first", () => {
    const ms = extractMetrics("全区人民调解组织调解纠纷6,083件，调解成功率98.6%。其中灌口镇、后溪镇分别调解1,204件、1,087件。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.slice(2).map((m) => [m.text, m.partOf, m.indicator])).toEqual([
      ["1,204件", 0, null],
      ["1,087件", 0, null],
    ]);
  });
});

describe("extractMetrics: an office's report, its whole line and the place's own counts (review 63a-2)", () => {
  it("carries 全系统 that opens a later clause to the clauses after it, and gives a part of the place's count the place's level", () => {
    const ms = extractMetrics(
      "围绕知识产权宣传周等节点，全系统开展普法活动186场次，发放宣传资料4.6万份。全年新设经营主体12.65万户，同比增长4.3%，其中新设企业3.41万户，同比增长7.6%。",
      { reportYear: 2025, ownOffice: true, officeName: "台州市市场监督管理局", placeName: "台州市" },
    );
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["186场次", "全系统"],
      ["4.6万份", "全系统"],
      ["12.65万户", null],
      ["3.41万户", null],
    ]);
  });
});

describe("extractMetrics: a clause that opens with 分别 hands its values to the list the clause before names (review 62b-7, 62a-10)", () => {
  it("gives each office, town or street its own value and the first item's level, less what the clause says of them all", () => {
    const offices = extractMetrics("市直部门行政许可量增加4,738件，其中市交通运输局道路运输许可、市农业农村局农药经营许可增幅较大，分别增长12.6%和9.8%。", { reportYear: 2024 });
    expect(offices.slice(1).map((m) => [m.subject, m.scope])).toEqual([
      ["市交通运输局道路运输许可增长", "市本级"],
      ["市农业农村局农药经营许可增长", "市本级"],
    ]);
    const towns = extractMetrics("梨园镇、永顺镇、宋庄镇人均处罚量居全区前三位，分别为48.2件、45.6件和41.9件。", { reportYear: 2024, placeLevel: "district" });
    expect(towns.map((m) => [m.subject, m.scope])).toEqual([
      ["梨园镇人均处罚量", "镇街"],
      ["永顺镇人均处罚量", "镇街"],
      ["宋庄镇人均处罚量", "镇街"],
    ]);
    // (After figures of their own, the values are their changes: the clause before names no list.)
    const counted = extractMetrics("全市受理申请1200件、审结1100件，分别增长12.6%和9.8%。", { reportYear: 2024 });
    expect(counted.map((m) => [m.text, m.change?.value])).toEqual([
      ["1200件", 12.6],
      ["1100件", 9.8],
    ]);
  });
});

describe("extractMetrics: named units handed figures by 分别 (review 61b-7)", () => {
  it("gives each unit its own figures, through a body named after the last unit and into a later clause that lists as many values", () => {
    const ms = extractMetrics("辛店街道、丰李镇综合行政执法大队全年分别办理简易程序案件312件、286件，开展执法检查2,860次、2,145次。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.scope, m.subject.startsWith("辛店街道") ? "辛店街道" : m.subject.startsWith("丰李镇") ? "丰李镇" : m.subject])).toEqual([
      ["312件", "镇街", "辛店街道"],
      ["286件", "镇街", "丰李镇"],
      ["2,860次", "镇街", "辛店街道"],
      ["2,145次", "镇街", "丰李镇"],
    ]);
    expect(ms[1]!.subject).toContain("综合行政执法大队");
    expect(ms[3]!.subject).toContain("综合行政执法大队");
    expect(ms[0]!.subject).not.toContain("全年");
    // A later clause with a level of its own is no part of the hand-out; one that lists another number of values neither.
    const own = extractMetrics("辛店街道、丰李镇分别办理简易程序案件312件、286件，全区开展执法检查2,860次、2,145次。", { reportYear: 2024, placeLevel: "district" });
    expect(own.slice(2).map((m) => m.scope)).toEqual(["全区", "全区"]);
    const three = extractMetrics("辛店街道、丰李镇分别办理简易程序案件312件、286件，开展执法检查2,860次、2,145次、1,200次。", { reportYear: 2024, placeLevel: "district" });
    expect(three.slice(2).some((m) => m.subject.includes("辛店街道") || m.subject.includes("丰李镇"))).toBe(false);
  });
});

describe("extractMetrics: per-person figures, bracketed bases and an office's own units (review 62a)", () => {
  it("keeps a per-person figure off the count's indicator when its measure stands in the clause before (人均检查量最低，为97.3次)", () => {
    const ms = extractMetrics("于家务回族乡人均检查量最低，为97.3次。全区执法人员人均检查量最高，为118.8次。全区开展行政执法检查35.21万次。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["97.3次", null],
      ["118.8次", null],
      ["35.21万次", "enforcement-inspections"],
    ]);
  });

  it("hands the bases of a bracket after 分别较2023年 to the figures before it in order, dated, and their changes to the current figures", () => {
    for (const bracket of ["（111.3次、21.6件）", "(111.3次、21.6件)"]) {
      const ms = extractMetrics(`全区执法人员人均检查量118.8次，人均处罚量23.2件，分别较2023年${bracket}增长6.7%和7.4%。`, { reportYear: 2024, placeLevel: "district" });
      expect(ms.map((m) => [m.text, m.subject, m.period, m.change?.value ?? null]), bracket).toEqual([
        ["118.8次", "执法人员人均检查量", null, 6.7],
        ["23.2件", "人均处罚量", null, 7.4],
        ["111.3次", "执法人员人均检查量", 2023, null],
        ["21.6件", "人均处罚量", 2023, null],
      ]);
    }
  });

  it("reads an office's own detachment (市支队) and its full name before 本级 in a column header as the office itself", () => {
    const ms = extractMetrics("全市交通运输系统共办理行政处罚案件9847件，罚没款3126.48万元；其中，市支队办理2315件，罚没款986.20万元。", { reportYear: 2025, ownOffice: true, officeName: "市交通运输局" });
    expect(ms.map((m) => m.scope)).toEqual(["全系统", "全系统", "局本级", "局本级"]);
    const table = "表2 2025年行政复议、行政诉讼情况统计表\n项目  市交通运输局本级  全市交通运输系统\n被申请行政复议案件（件）  5  21\n一审行政诉讼案件（件）  3  11\n";
    const rows = extractMetrics(table, { reportYear: 2025, ownOffice: true, officeName: "市交通运输局" });
    expect(rows.map((m) => [m.value, m.scope])).toEqual([
      [5, "局本级"],
      [21, "全系统"],
      [3, "局本级"],
      [11, "全系统"],
    ]);
  });

  it("reads the office's own enforcement arm by its full name at the office's level, and a larger count of its work as the line's (review 62b-4)", () => {
    const ms = extractMetrics(
      "全市卫生健康系统全年立案查处各类违法案件1286件。其中，市卫生健康执法支队立案查处138件。全市持有行政执法证件的卫生监督员486人，其中市卫生健康执法支队72人。开展医疗乱象专项整治，立案查处医疗机构违法违规案件378件。",
      { reportYear: 2025, ownOffice: true, officeName: "泉州市卫生健康委员会", placeName: "泉州市" },
    );
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["1286件", "全系统"],
      ["138件", "局本级"],
      ["486人", "全市"],
      ["72人", "局本级"],
      ["378件", "全系统"],
    ]);
    // Another line's arm, or a lower level's, named after the place, is no part of the office's own level.
    const others = extractMetrics(
      "全市卫生健康系统全年立案查处各类违法案件1286件。其中，泉州市市场监管综合执法支队查处120件。全市卫生健康系统共出动监督员4860人次。其中，泉州市鲤城区卫生健康执法大队出动300人次。全市卫生健康系统检查单位3120户次。其中，泉州市卫生健康执法支队检查860户次。",
      { reportYear: 2025, ownOffice: true, officeName: "泉州市卫生健康委员会", placeName: "泉州市" },
    );
    expect(others.map((m) => m.scope)).toEqual(["全系统", "全系统", "全系统", "全系统", "全系统", "局本级"]);
  });
});

describe("extractMetrics: a level that opens a sentence covers its parts after semicolons (review 62b-2)", () => {
  it("carries 省本级 or 市直部门 past a semicolon, but not an adjective level (县级…事项) nor an office's own level", () => {
    const provincial = extractMetrics("省本级方面，省人民政府共收到行政复议申请2416件，直接纠错率8.6%；以调解、和解方式结案336件，调解和解率18.6%。", { reportYear: 2025, placeLevel: "province" });
    expect(provincial.map((m) => m.scope)).toEqual(["省本级", "省本级", "省本级", "省本级"]);
    const city = extractMetrics("市直部门共实施行政许可78,763件，同比增长6.4%；作出行政处罚决定36,240件，同比下降8.5%。", { reportYear: 2024 });
    expect(city.map((m) => m.scope)).toEqual(["市本级", "市本级"]);
    const county = extractMetrics("县级依申请政务服务事项1,386项，全程网办率91.5%；“一件事一次办”集成服务事项增至24个。", { reportYear: 2025, placeLevel: "county" });
    expect(county[county.length - 1]!.scope).toBeNull();
  });
});

describe("extractMetrics: one bureau's figures in a place's report (review 62b-3)", () => {
  it("keeps a named bureau's counts off the place's indicator when its clause lists objects or places, not other bureaus", () => {
    const ms = extractMetrics("市公安局办理治安、消防等行政许可41,862件，作出行政处罚决定28,415件。市综合行政执法局在翠屏区、叙州区城区范围内集中行使城市管理领域行政处罚权，全年办理行政处罚案件3,216件。全市作出行政处罚决定8.92万件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["41,862件", null],
      ["28,415件", null],
      ["3,216件", null],
      ["8.92万件", "administrative-penalty-cases"],
    ]);
  });
});

describe("extractMetrics: reviews of decisions and contracts (review 27)", () => {
  it("maps a count of decisions and contracts reviewed together to legality reviews, not to the decisions catalogue", () => {
    const ms = extractMetrics("全市各镇（街道）审查镇级重大决策事项和合同协议共1,632件。区政府5项重大行政决策事项均经合法性审查和集体讨论决定。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual(["legality-reviews", "major-administrative-decisions"]);
  });
});

describe("extractMetrics: a part that repeats the whole's action in another word (review 29)", () => {
  it("maps 其中市本级收到612件 under 全市新收2186件 to applications at the city's own level", () => {
    const ms = extractMetrics("2023年，全市新收行政复议案件2186件，其中市本级收到612件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["2186件", "全市", "admin-review-applications"],
      ["612件", "市本级", "admin-review-applications"],
    ]);
  });
});

describe("extractMetrics: approximations over a list and after 倍 (review 29)", () => {
  it("bounds every item after 分别突破/超过, and reads 两倍多 as more than twice", () => {
    const ms = extractMetrics("全市律师事务所、公证机构分别超过120家、15家。全市行政复议申请数量增长两倍多。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.approx, m.bound])).toEqual([
      ["超过120家", true, "lower"],
      ["15家", true, "lower"],
      ["两倍多", true, "lower"],
    ]);
  });
});

describe("extractMetrics: 在 that starts a word (review 29)", () => {
  it("keeps 在册 in a subject and strips the 在 of a place phrase", () => {
    const ms = extractMetrics("在册社区矫正对象4162人。在全市开展执法检查1200次。", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["在册社区矫正对象", "开展执法检查"]);
  });
});

describe("extractMetrics: economic aggregates in a work report (review 29)", () => {
  it("files employment, budget, trade and output figures under 其他, whatever heading they stand under", () => {
    const ms = extractMetrics("（四）聚力安全发展，社会大局和谐稳定。城镇新增就业7.8万人，民生支出占一般公共预算支出比重达78.4%。据海关数据，全市外贸进出口总额1286亿元。", { reportYear: 2023 });
    expect(ms.map((m) => m.pillar)).toEqual(["other", "other", "other"]);
  });
});

describe("extractMetrics: a ratio to one (review 29)", () => {
  it("reads 0.8:1 and 2.6:1 after the name of a ratio, with the from-value's year, and no ratio from a time or a score", () => {
    const ms = extractMetrics("全市行政复议与一审行政诉讼案件收案比由2020年的0.8:1提升至2.6:1。会议于9:30召开，比分为3:1。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.period])).toEqual([
      ["0.8:1", 0.8, ":1", 2020],
      ["2.6:1", 2.6, ":1", null],
    ]);
  });
});

describe("extractMetrics: rates without a unit (review 26)", () => {
  it("reads a rate per a base its name states (死亡率为0.012) with no unit, its change attached, and no count from the base", () => {
    const ms = extractMetrics("全市亿元地区生产总值生产安全事故死亡率为0.012，同比下降18.2%；工矿商贸就业人员十万人生产安全事故死亡率为0.85。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.unit, m.change?.value ?? null])).toEqual([
      ["0.012", "", 18.2],
      ["0.85", "", null],
    ]);
    // A bare number after other words is still no figure.
    expect(figures("会议编号为0.012，版本为2.1。", 2023)).toEqual([]);
  });
});

describe("extractMetrics: objects listed after 对 (review 28)", () => {
  it("reads 对268份政府合同、协议开展合法性审查 as legality reviews", () => {
    const ms = extractMetrics("县司法局审核县政府规范性文件9件，对268份政府合同、协议开展合法性审查，提出修改意见六百余条。", { reportYear: 2024 });
    expect(ms.slice(1).map((m) => [m.text, m.subject, m.indicator])).toEqual([
      ["268份", "政府合同、协议开展合法性审查", "legality-reviews"],
      ["六百余条", "提出修改意见", null],
    ]);
  });
});

describe("extractMetrics: the 好差评 rating (review 28)", () => {
  it("maps “好差评”满意率 to government-service satisfaction, but not a petition office's 群众满意率", () => {
    const ms = extractMetrics("政务服务平台全程网办率98.2%；“好差评”满意率99.9%。信访事项按期办结率达到100%，群众满意率达到98.5%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["98.2%", "full-online-service-rate"],
      ["99.9%", "government-service-satisfaction"],
      ["100%", null],
      ["98.5%", null],
    ]);
  });
});

describe("extractMetrics: a share's field (review 28)", () => {
  it("files a share of the count before it (我市占比16.5%) in that count's field, not under the heading's", () => {
    const ms = extractMetrics("（四）应急管理与矛盾化解\n宣城市全年办理法律援助案件5230件，我市占比16.5%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.pillar])).toEqual([
      ["5230件", "other"],
      ["16.5%", "other"],
    ]);
  });
});

describe("extractMetrics: a paragraph that opens by announcing plans (review 63b-2)", () => {
  it("reads every item of an answer that opens 下半年，我们将… as a goal, with no indicator, and not a paragraph of results", () => {
    const text = "记者：下半年有哪些重点工作？\n陈立群：下半年，我们将对标年度目标全力冲刺。一是全年力争办理法律援助案件6,000件以上；四是全年组织行政执法案卷评查不少于2,000卷。\n全年，全市组织行政执法案卷评查1,020卷。\n2025年，我市将法治政府建设纳入考核，评查案卷980卷。";
    const ms = extractMetrics(text, { reportYear: 2025, segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.target, m.indicator])).toEqual([
      ["6,000件以上", true, null],
      ["不少于2,000卷", true, null],
      ["1,020卷", false, "enforcement-case-file-reviews"],
      ["980卷", false, "enforcement-case-file-reviews"],
    ]);
  });
});

describe("extractMetrics: goals under a plans heading without a year (review 27)", () => {
  it("dates a goal under 下一步工作打算 to the year after the report's, and keeps a figure that states its year", () => {
    const ms = extractMetrics("一、主要成效\n全程网办率达到96%。\n三、下一步工作打算\n推动政务服务事项全程网办率达到100%。2024年全区已建成服务站12个。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.period, m.indicator])).toEqual([
      ["96%", null, "full-online-service-rate"],
      ["100%", 2025, null],
      ["12个", null, null],
    ]);
  });
});

describe("extractMetrics: the year's own part of a running total (review 29)", () => {
  it("maps 其中2024年1.2万场次 under a total since a 普法 plan began to the year's indicator, and not the total", () => {
    const ms = extractMetrics("“八五”普法以来，全市累计开展各类普法活动4.8万场次，其中2024年1.2万场次。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.subject, m.period, m.indicator])).toEqual([
      ["4.8万场次", "开展各类普法活动", null, null],
      ["1.2万场次", "开展各类普法活动", null, "law-popularisation-activities"],
    ]);
  });
});

describe("extractMetrics: a running total after a count, and a bracketed level (reviews 26, 27)", () => {
  it("gives 累计达41个 the subject of the count before it, and keeps 各区县（市） whole as a level", () => {
    const ms = extractMetrics("创建省级民主法治村（社区）6个，累计达41个。各区县（市）共受理行政复议案件320件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.subject, m.scope])).toEqual([
      ["6个", "创建省级民主法治村（社区）", null],
      ["41个", "创建省级民主法治村（社区）", null],
      ["320件", "受理行政复议案件", "区县"],
    ]);
  });
});

describe("extractMetrics: a rate of zero in words (review 30)", () => {
  it("reads 再犯罪率为零 as 0%, and no 零 elsewhere", () => {
    const ms = extractMetrics("全区在册社区矫正对象386人，社区矫正对象再犯罪率为零。实现零事故目标，零投诉。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.value, m.unit])).toEqual([
      ["386人", 386, "人"],
      ["零", 0, "%"],
    ]);
  });
});

describe("extractMetrics: a part one named community did (review 30)", () => {
  it("scopes a part that names a community at the community level, with no place's indicator", () => {
    const ms = extractMetrics("全年共排查矛盾纠纷1137件，调解成功1109件，调解成功率97.5%。其中，玉林东路社区“老王调解室”调处邻里纠纷162件。", { reportYear: 2023, placeLevel: "street" });
    expect(ms.slice(3).map((m) => [m.text, m.scope, m.partOf, m.indicator])).toEqual([["162件", "村社区", 1, null]]);
    // A part that names no unit is still the whole's kind of figure (其中调解和解…) — and 社区矫正 is no community.
    const other = extractMetrics("全年调解纠纷1200件，其中社区矫正对象纠纷12件。", { reportYear: 2023 });
    expect(other[1]!.scope).not.toBe("村社区");
  });
});

describe("extractMetrics: one audience's share (review 30)", () => {
  it("maps no indicator to the events or cases of one audience (青少年, 农民工), and keeps the total's", () => {
    const ms = extractMetrics("全年开展法治宣传活动156场次。组织辖区青少年参与法治讲座18场。为农民工讨薪办理法律援助案件236件。", { reportYear: 2023 });
    expect(ms.map((m) => m.indicator)).toEqual(["law-popularisation-activities", null, null]);
  });
});

describe("extractMetrics: all the place's units (review 30)", () => {
  it("keeps a figure after 全区19个乡镇（街道） at the whole place, and one after counted places that act at their level", () => {
    const ms = extractMetrics("在全区19个乡镇（街道）培育“法律明白人”5874名。9个县（市、区）办理行政处罚案件1.1万件。", { reportYear: 2022, placeLevel: "district" });
    expect(ms.filter((m) => m.unit !== "个").map((m) => [m.text, m.scope])).toEqual([
      ["5874名", "全区"],
      ["1.1万件", "区县"],
    ]);
  });
});

describe("extractMetrics: levels inside an honour's name (reviews 27, 30)", () => {
  it("reads no scope from 民主法治示范村（社区） or 省级以上 in the name of what was created", () => {
    const ms = extractMetrics("创建省级民主法治示范村（社区）6个。全县累计建成省级以上民主法治示范村（社区）31个。", { reportYear: 2024, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["6个", null],
      ["31个", "全县"],
    ]);
  });
});

describe("extractMetrics: changes after a basis with fillers, and a second change (review 30)", () => {
  it("attaches 比去年全年还多出300余件 and 比去年多300余件 to the figure before, but not 较多", () => {
    for (const text of ["受理案件1472件，比去年全年还多出300余件。", "受理案件1472件，比去年多300余件。"]) {
      const ms = extractMetrics(text, { reportYear: 2023 });
      expect(ms).toHaveLength(1);
      expect(ms[0]!.change).toMatchObject({ value: 300, unit: "件", direction: "up" });
    }
    expect(extractMetrics("受理案件较多，达1472件。", { reportYear: 2023 }).map((m) => [m.subject, m.change])).toEqual([["受理案件较多", null]]);
  });

  it("reads a second change of a figure that has one as the same change in per cent, no figure of its own (reviews 41a, 42b)", () => {
    const ms = extractMetrics("收到申请96件，较上年增加21件，同比增长28%。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.subject, m.change?.value, m.change?.unit, m.change?.text])).toEqual([["96件", "收到申请", 28, "%", "较上年增加21件，同比增长28%"]]);
    const cn = extractMetrics("全年共收到行政复议申请一百零八件，较上年增加二十三件，增长百分之二十七，受理九十七件。", { reportYear: 2021 });
    expect(cn.map((m) => [m.value, m.change?.value ?? null, m.change?.basis ?? null])).toEqual([
      [108, 27, "较上年"],
      [97, null, null],
    ]);
  });
});

describe("extractMetrics: a small count that refers back (review 30)", () => {
  it("takes no figure from 两张清单 after the two lists were named, or from 上述三个平台, but keeps a count of new things", () => {
    const texts = (t: string) => extractMetrics(t, { reportYear: 2023 }).map((m) => m.text);
    expect(texts("推行涉企“免罚清单”“轻罚清单”，两张清单已覆盖18个执法领域。")).toEqual(["18个"]);
    expect(texts("上述三个平台已实现数据共享。")).toEqual([]);
    expect(texts("新建两个调解室。两个案例入选全国典型案例。")).toEqual(["两个", "两个"]);
  });
});

describe("extractMetrics: an office's work for its whole place (review 30)", () => {
  it("keeps a justice bureau's mediation and an emergency bureau's drills the place's, and the bureau's own staff at 局本级", () => {
    const scopes = (text: string, officeName: string) =>
      extractMetrics(text, { reportYear: 2022, placeLevel: "county", ownOffice: true, officeName }).map((m) => [m.text, m.scope]);
    expect(scopes("全年共排查调处矛盾纠纷6457件，调解成功6302件。局机关干部参加培训120人次。", "攸县司法局")).toEqual([
      ["6457件", null],
      ["6302件", null],
      ["120人次", "局本级"],
    ]);
    expect(scopes("全年组织各类应急演练2500场次。全年共排查调处矛盾纠纷45件。", "攸县应急管理局")).toEqual([
      ["2500场次", null],
      ["45件", "局本级"],
    ]);
    // A data bureau runs the place's online services, 12345 hotline and data platform (review 39).
    expect(scopes("12345政务服务便民热线全年受理群众诉求工单64.8万件。提供数据共享调用1.84亿次。局机关干部参加培训86人次。", "吉林市政务服务和数字化建设管理局")).toEqual([
      ["64.8万件", null],
      ["1.84亿次", null],
      ["86人次", "局本级"],
    ]);
  });
});

describe("extractMetrics: an office's unstated figure above its own stated count (review 59)", () => {
  const officeScopes = (text: string, officeName = "宜昌市市场监督管理局") =>
    extractMetrics(text, { reportYear: 2025, ownOffice: true, officeName }).map((m) => [m.text, m.scope]);

  it("does not file a campaign's cases under 局本级 when the office's own cases are fewer", () => {
    const text =
      "全市市场监管系统共立案查处各类违法案件3,826件。其中，局机关（本级）立案查处案件218件，罚没款1,326.8万元。" +
      "聚焦民生领域开展“铁拳”行动，查办案件612件，罚没款820.6万元。强化药品监管，检查药品经营使用单位5,126家次，查处药械化违法案件236件，另查处案件35件。";
    expect(officeScopes(text)).toEqual([
      ["3,826件", "全系统"],
      ["218件", "局本级"],
      ["1,326.8万元", "局本级"],
      ["612件", "全系统"],
      ["820.6万元", "局本级"],
      ["5,126家次", "局本级"],
      ["236件", "全系统"],
      ["35件", "局本级"],
    ]);
    // No count of the line across the place: the level stays unstated.
    expect(officeScopes("局机关立案查处案件218件。开展“铁拳”执法行动，查办违法案件612件。")).toEqual([
      ["218件", "局本级"],
      ["612件", null],
    ]);
  });

  it("keeps the office's level in the later clauses of a part that opens with 其中 and that level", () => {
    // …；其中局本级…416件，平均办理时限…2个工作日.
    expect(officeScopes("全年全市市场监管系统共办理信用修复2,873件；其中局本级办理信用修复416件，平均办理时限压缩至2个工作日。")).toEqual([
      ["2,873件", "全系统"],
      ["416件", "局本级"],
      ["2个工作日", "局本级"],
    ]);
    // …；其中市应急管理局本级…38件，罚款216.8万元: the office's own name before its level (review 60).
    expect(officeScopes("全市应急管理系统立案查处安全生产违法行为612起，罚款1,386.5万元；其中市应急管理局本级立案38件，罚款216.8万元。", "岳阳市应急管理局")).toEqual([
      ["612起", "全系统"],
      ["1,386.5万元", "全系统"],
      ["38件", "局本级"],
      ["216.8万元", "局本级"],
    ]);
  });
});

describe("extractMetrics: deputies as guests (review 30)", () => {
  it("files guests who are 人大代表/政协委员 under the sentence's topic, and their proposals under 其他", () => {
    const pillars = (t: string) => extractMetrics(t, { reportYear: 2023 }).map((m) => m.pillar);
    expect(pillars("推行行政复议“阳光审理”，全年举行听证会46场，邀请人大代表、政协委员等旁听260多人次。")).toEqual(["reconsideration", "reconsideration"]);
    expect(pillars("办理人大代表建议、政协委员提案120件。")).toEqual(["other"]);
  });
});

describe("extractMetrics: an official's own acts, a body's members, a half-year report's plans (review 31)", () => {
  it("scopes what 本人 did to 本人 with no indicator, but not what the place did after it, nor 当事人本人", () => {
    const ms = extractMetrics("本人亲自审查重大合同12份。本人带头参加普法宣传活动6场，全县开展普法宣传活动1200场。任职以来，本人累计带头出庭应诉7次。当事人本人申请行政复议12件。", { reportYear: 2023, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["12份", "本人", null],
      ["6场", "本人", null],
      ["1200场", "全县", "law-popularisation-activities"],
      ["7次", "本人", null],
      ["12件", null, ms[4]!.indicator],
    ]);
    expect(ms[4]!.scope).toBeNull();
  });

  it("maps no indicator to the members of a body by kind (由7名律师和2名法学专家组成)", () => {
    const ms = extractMetrics("县政府法律顾问团由7名律师和2名法学专家组成。", { reportYear: 2023, placeLevel: "county" });
    expect(ms.map((m) => m.indicator)).toEqual([null, null]);
  });

  it("dates the plans of a report on part of a year (下半年工作打算) to the same year", () => {
    const text = "2024年上半年工作总结\n一、上半年工作成效\n收到行政复议申请1236件。\n二、下半年工作打算\n计划评查行政执法案卷400卷。";
    const periods = (partOfYear: boolean) => extractMetrics(text, { reportYear: 2024, partOfYear }).map((m) => m.period);
    expect(periods(true)).toEqual([null, null]);
    expect(periods(false)).toEqual([null, 2025]);
  });
});

describe("extractMetrics: a justice bureau's report speaks for its place (review 31)", () => {
  it("keeps every unstated figure of a 司法局 report the place's, and 局本级 only where the text says so", () => {
    const ms = extractMetrics("审结案件中，调解和解结案307件，直接纠错率12.7%。局机关共有在编干部职工41人。", { reportYear: 2024, ownOffice: true, officeName: "泰州市司法局" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["307件", null],
      ["12.7%", null],
      ["41人", "局本级"],
    ]);
  });
});

describe("extractMetrics: gaps to an average or a plan (review 31)", () => {
  it("takes no figure from a gap written with 约 (低于全省平均水平约1.5个百分点) nor from a shortfall against the plan", () => {
    expect(extractMetrics("一审败诉率为4.1%，低于全省平均水平约1.5个百分点。专题学法次数比计划少1次。", { reportYear: 2024 }).map((m) => m.text)).toEqual(["4.1%"]);
  });
});

describe("extractMetrics: a part's pillar (review 31)", () => {
  it("files a part where its whole is when it has no indicator of its own", () => {
    const ms = extractMetrics("办结行政复议案件341件，其中以调解、和解方式结案112件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.pillar, m.partOf])).toEqual([
      ["341件", "reconsideration", null],
      ["112件", "reconsideration", 0],
    ]);
  });
});

describe("extractMetrics: two measures of one thing side by side (review 31)", () => {
  it("gives the second measure (56人次 after 21批次) the first one's subject", () => {
    expect(extractMetrics("接待来访群众21批次56人次。", { reportYear: 2023 }).map((m) => m.subject)).toEqual(["接待来访群众", "接待来访群众"]);
  });
});

describe("extractMetrics: thousands set apart by a space (review 28)", () => {
  it("reads 4 318件, 2 156.7万元, 8 6 5件, 2, 987件 and 99. 2% whole when a unit follows at once, and nothing from spaced digits without one", () => {
    const ms = extractMetrics("共办理行政处罚案件 4 318件，罚没款 2 156.7万元。办理法律援助案件 8 6 5件，调解纠纷2, 987件，成功率 99. 2%。另有 8 6 5 件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ["4 318件", 4318],
      ["2 156.7万元", 21_567_000],
      ["8 6 5件", 865],
      ["2, 987件", 2987],
      ["99. 2%", 99.2],
    ]);
  });

  it("reads a ruled table's cell whole, spaces and all (| 4 7 |)", () => {
    const text = "| 指标 | 2022年 | 2023年 |\n| 一审行政诉讼案件（件） | 58 | 4 7 |";
    expect(extractMetrics(text, { reportYear: 2023 }).map((m) => [m.text, m.value, m.period])).toEqual([
      ["58", 58, 2022],
      ["4 7", 47, null],
    ]);
  });
});

describe("extractMetrics: counts after 电话/热线 (review 28)", () => {
  it("reads a count with its unit after 电话 or 热线, but no code or phone number", () => {
    expect(extractMetrics("热线接听电话约8千个。拨打热线12345。咨询电话0563-4022222。", { reportYear: 2023 }).map((m) => [m.text, m.value])).toEqual([["约8千个", 8000]]);
  });
});

describe("extractMetrics: a range with 至…之间 (review 31)", () => {
  it("reads 10%至15%之间 as one figure, its lower end, approximate, as 10%-15% is; 由10%提高到15% stays two", () => {
    expect(extractMetrics("直接纠错率保持在10%至15%之间。", { reportYear: 2024 }).map((m) => [m.text, m.value, m.approx, m.bound])).toEqual([["10%至15%", 10, true, "lower"]]);
    expect(extractMetrics("直接纠错率由10%提高到15%。", { reportYear: 2024 }).map((m) => m.text)).toEqual(["10%", "15%"]);
  });
});

describe("extractMetrics: a part of a sub-unit level's count (review 25)", () => {
  it("keeps a part of the villages' advisers at the villages' level with no indicator, not at the 全州 that opens the sentence", () => {
    const ms = extractMetrics("全州共有村（社区）法律顾问1062名，其中少数民族双语法律顾问203名。", { reportYear: 2024, placeLevel: "city" });
    expect(ms.map((m) => [m.value, m.scope, m.partOf, m.indicator])).toEqual([
      [1062, "村社区", null, null],
      [203, "村社区", 0, null],
    ]);
  });
});

describe("extractMetrics: hazards found and hazards rectified (review 28)", () => {
  it("gives the rectified count, not the count found, the indicator that counts rectified hazards", () => {
    expect(extractMetrics("排查安全生产隐患3,291条，已整改3,260条。", { reportYear: 2024 }).map((m) => [m.value, m.indicator])).toEqual([
      [3291, null],
      [3260, "safety-hazards-rectified"],
    ]);
    expect(extractMetrics("排查整改安全隐患3210处。", { reportYear: 2024 }).map((m) => m.indicator)).toEqual(["safety-hazards-rectified"]);
  });
});

describe("extractMetrics: densities (review 30)", () => {
  it("gives a count per so many residents a unit that says per what (户/千人), its change too", () => {
    const [density] = extractMetrics("每千人拥有市场主体数量较年初增加6.8户。", { reportYear: 2024 });
    expect([density!.value, density!.unit, density!.change?.unit]).toEqual([6.8, "户/千人", "户/千人"]);
    expect(extractMetrics("每万人拥有律师数达到3.2名。", { reportYear: 2024 }).map((m) => m.unit)).toEqual(["名/万人"]);
    // 万人成讼率89.6件: a rate named by its base is per that base.
    expect(extractMetrics("民商事案件万人成讼率89.6件。", { reportYear: 2024 }).map((m) => m.unit)).toEqual(["件/万人"]);
  });
});

describe("extractMetrics: approximate changes (reviews 29, 31)", () => {
  it("marks a change written approximately (近两成, 20%以上) as approximate, with its bound", () => {
    const change = (t: string) => extractMetrics(t, { reportYear: 2024 })[0]!.change;
    expect(change("受理案件120件，同比增长近两成。")).toMatchObject({ value: 20, approx: true, bound: "upper" });
    expect(change("受理案件120件，同比增长20%以上。")).toMatchObject({ value: 20, approx: true, bound: "lower" });
    expect(change("受理案件120件，同比增长20%。")).not.toHaveProperty("approx");
  });
});

describe("extractMetrics: 市本级 in an office's report (review 26)", () => {
  it("reads 市本级 written in a market regulator's report as the office's own level, and in a justice bureau's as the government's", () => {
    const run = (officeName: string) =>
      extractMetrics("市本级查办行政处罚案件296件，作出不予处罚案件57件。市级共享交换平台发布数据接口2614个。", { reportYear: 2023, ownOffice: true, officeName }).map((m) => [m.value, m.scope]);
    expect(run("绍兴市市场监督管理局")).toEqual([
      [296, "局本级"],
      [57, "局本级"],
      [2614, "市本级"],
    ]);
    expect(run("绍兴市司法局").slice(0, 2)).toEqual([
      [296, "市本级"],
      [57, "市本级"],
    ]);
  });
});

describe("extractMetrics: a penalty rule's multiple (review 26)", () => {
  it("takes no figure from 三倍罚款 or 一倍以上五倍以下的罚款, but keeps a result's multiple", () => {
    expect(extractMetrics("依法处以货值金额三倍罚款，全年共查处此类案件26件。处一倍以上五倍以下的罚款。罚款金额是上年的1.5倍。", { reportYear: 2023 }).map((m) => m.text)).toEqual(["26件", "1.5倍"]);
  });
});

describe("extractMetrics: one kind in a list of kinds (review 27)", () => {
  it("gives no item of a list of kinds (合同协议217份、…) the total over kinds (合法性审查件数)", () => {
    const ms = extractMetrics("全年合法性审查规范性文件4件、合同协议217份、其他涉法事务63件。全年合法性审查各类文件和合同284件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [4, "normative-documents-reviewed"],
      [217, null],
      [63, null],
      [284, "legality-reviews"],
    ]);
  });
});

describe("extractMetrics: the government at a sentence's head in an office's report (review 30)", () => {
  it("keeps the parts after a semicolon at the government's own level when the government acts at the sentence's head", () => {
    const ms = extractMetrics("2022年，县人民政府共收到行政复议申请96件，较上年增加21件，同比增长28%；依法受理85件；审结79件，直接纠错率11.4%。", { reportYear: 2022, placeLevel: "county", ownOffice: true, officeName: "攸县司法局" });
    expect(ms.map((m) => m.scope)).toEqual(["县本级", "县本级", "县本级", "县本级"]);
  });
});

describe("extractMetrics: a change of none (review 29)", () => {
  it("reads 与上年持平 / 同比基本持平 after a figure as its change, direction flat", () => {
    for (const text of ["受理案件120件，与上年持平。", "受理案件120件，同比基本持平。"]) {
      expect(extractMetrics(text, { reportYear: 2024 })[0]!.change).toMatchObject({ value: 0, direction: "flat" });
    }
  });
});

describe("extractMetrics: levels listed with 、 before N级 (review 25)", () => {
  it("reads 州、县、乡三级 and 州、县两级 as the whole prefecture, like 州县乡三级", () => {
    const ms = extractMetrics("州、县、乡三级政府共聘请法律顾问187名。州、县两级政府审核规范性文件320件。州县两级政府清理文件12件。", { reportYear: 2024 });
    expect(ms.map((m) => m.scope)).toEqual(["全州", "全州", "全州"]);
  });
});

describe("extractMetrics: review 37", () => {
  it("reads a level the work went into (深入嘎查村, 走进社区) as no scope of the figure", () => {
    const ms = extractMetrics("深入嘎查村、牧户开展普法宣传活动380余场次。走进社区开展法律咨询120场。", { reportYear: 2022 });
    expect(ms.map((m) => m.scope)).toEqual([null, null]);
  });

  it("reads 全国 inside the name of a channel used (通过全国12315平台) as no scope", () => {
    const ms = extractMetrics("全年通过全国12315平台受理消费者投诉举报4.73万件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([["4.73万件", null]]);
  });

  it("reads the base of a comparison with a year's end (较2023年底的61.8万户) as that year's figure, and gives the change to the figure", () => {
    const ms = extractMetrics("全市经营主体总量达到67.4万户，较2023年底的61.8万户增长9.1%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.period, m.change?.value ?? null])).toEqual([
      ["67.4万户", null, 9.1],
      ["61.8万户", 2023, null],
    ]);
  });

  it("drops a footnote's marker from the subject (直接纠错率[1]14.6%)", () => {
    expect(extractMetrics("审结151件，直接纠错率[1]14.6%。", { reportYear: 2022 }).map((m) => m.subject)).toEqual(["审结", "直接纠错率"]);
  });

  it("puts a rate after 其中市本级… in a part after a semicolon at 市本级, not at the sentence's 全市", () => {
    const ms = extractMetrics("全市可网办事项11628项，全程网办率达到91.4%；其中市本级依申请政务服务事项1843项，全程网办率96.2%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["11628项", "全市"],
      ["91.4%", "全市"],
      ["1843项", "市本级"],
      ["96.2%", "市本级"],
    ]);
  });

  it("reads 市政府部门 as the city's own level", () => {
    const ms = extractMetrics("全市行政机关负责人出庭应诉率达99.2%，其中市政府部门负责人出庭应诉率保持100%。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["99.2%", "全市"],
      ["100%", "市本级"],
    ]);
  });

  it("gives certified auxiliary staff no certified-officers indicator", () => {
    const ms = extractMetrics("综合行政执法队现有持证执法人员21名、持证执法辅助人员15名。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["21名", "enforcement-certified-staff"],
      ["15名", null],
    ]);
  });

  it("drops gaps to an average in every word order (比全省平均高出, 低于全省平均水平（6.8%）), and names the bracketed average's measure", () => {
    const ms = extractMetrics("全市直接纠错率为12.6%，高于全省平均水平1.9个百分点；调解和解率达31.4%，比全省平均高出4.2个百分点。全市一审败诉率为4.3%，低于全省平均水平（6.8%）2.5个百分点。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.subject])).toEqual([
      ["12.6%", "直接纠错率"],
      ["31.4%", "调解和解率"],
      ["4.3%", "一审败诉率"],
      ["6.8%", "全省平均一审败诉率"],
    ]);
  });

  it("reads a count of divisions that frames a comparison (11个设区市中, 12个乡镇（街道）中仅有) as no figure, and one that did something as a figure", () => {
    const ms = extractMetrics("赣州有3个案例入选全省典型案例，数量在全省11个设区市中排名第二。全县12个乡镇（街道）中仅有4个配备了专职法治员。全区27个镇（街道）全部组建综合行政执法局。", { reportYear: 2025 });
    expect(ms.map((m) => m.text)).toEqual(["3个", "4个", "27个"]);
  });
});

describe("extractMetrics: subjects of lists (review 37)", () => {
  it("keeps 及时 in a rate's name (及时受理率、按期办结率均达100%) and strips it before a count", () => {
    const ms = extractMetrics("全年受理群众信访事项312件，及时受理率、按期办结率均达100%。及时受理行政复议申请120件。", { reportYear: 2025 });
    expect(ms.map((m) => m.subject)).toEqual(["受理群众信访事项", "及时受理率、按期办结率", "受理行政复议申请"]);
  });

  it("hands out 分别 to outcomes after 审结案件中 and keeps 调解和解 one item; a long subject is cut after a list mark, never inside a name", () => {
    const ms = extractMetrics("区政府全年审结行政复议案件352件，审结案件中维持、驳回、撤销和调解和解分别为162件、41件、18件、118件。在阿尔山市、扎赉特旗等地质灾害易发区组织避险转移演练二十八次。从轻减轻处罚事项18项。", { reportYear: 2025 });
    expect(ms.map((m) => m.subject)).toEqual([
      "区政府全年审结行政复议案件",
      "审结案件中维持",
      "审结案件中驳回",
      "审结案件中撤销",
      "审结案件中调解和解",
      "扎赉特旗等地质灾害易发区组织避险转移演练",
      "从轻减轻处罚事项",
    ]);
  });
});

describe("extractMetrics: pillars of judicial administration (review 38)", () => {
  it("files community correction, 12348 and 民商事 rates under 其他, not under enforcement by 监管 or business by 商事", () => {
    const text = "三、社区矫正：监管教育刚柔相济\n全年接收社区矫正对象2190人。12348法律服务热线接听来电4.2万个。民商事案件万人成讼率89.6件，刑事案件发案率1.92‰。";
    expect(extractMetrics(text, { reportYear: 2024 }).map((m) => m.pillar)).toEqual(["other", "other", "other", "other"]);
  });
});

describe("extractMetrics: a body of the report's own level acting (review 38)", () => {
  it("counts the figures of 市政务服务中心 at 市本级 too", () => {
    const ms = extractMetrics("全市依申请政务服务事项34736项。市政务服务中心进驻部门41个、事项1876项。", { reportYear: 2024 });
    expect(ms.map((m) => m.scope)).toEqual(["全市", "市本级", "市本级"]);
  });

  it("links a change against the time before a reform (较改革前提高了20多个百分点) to the rate before it", () => {
    const ms = extractMetrics("全市乡镇执法人员持证率为91.3%，较改革前提高了20多个百分点。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.change?.basis ?? null, m.change?.value ?? null])).toEqual([["91.3%", "较改革前", 20]]);
  });

  it("gives one batch of a whole (其中第一批赋权事项152项) no indicator", () => {
    const ms = extractMetrics("市里向乡镇（街道）划转行政执法事项386项，其中第一批赋权事项152项。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.partOf, m.indicator])).toEqual([
      ["386项", null, null],
      ["152项", 0, null],
    ]);
  });

  it("counts 市法律援助中心's cases at 市本级, but not a figure its spokesman gives", () => {
    const ms = extractMetrics("全市办理法律援助案件6271件。市法律援助中心全年受理法律援助案件1342件。市司法局相关负责人介绍，办案周期平均缩短12天。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["6271件", "全市"],
      ["1342件", "市本级"],
      ["12天", null],
    ]);
  });
});

describe("extractMetrics: parts after 其中 in the next sentence (review 38)", () => {
  it("links a share to the count before, never to a rate, and every named street of a 其中 list to the whole at its level", () => {
    const share = extractMetrics("全市调解各类矛盾纠纷18642件，调解成功率达98.6%。其中，婚姻家庭、邻里纠纷占比达41.2%。", { reportYear: 2024 });
    expect(share[2]!.partOf).toBe(0);
    const streets = extractMetrics("全区各级调委会共调解矛盾纠纷1.63万件，调解成功率99.1%。其中，柳新镇调解纠纷1128件，张集街道调解纠纷846件。", { reportYear: 2023 });
    expect(streets.map((m) => [m.text, m.partOf, m.scope, m.indicator])).toEqual([
      ["1.63万件", null, "全区", "mediation-cases"],
      ["99.1%", null, "全区", "mediation-success-rate"],
      ["1128件", 0, "镇街", null],
      ["846件", 0, "镇街", null],
    ]);
  });
});

describe("extractMetrics: powers received are not powers devolved (reviews 27 and 38)", () => {
  it("maps 向镇（街道）下放…112项 to the devolution indicator and 承接市级下放…46项 to none", () => {
    const ms = extractMetrics("区政府承接市级下放行政权力事项46项，向乡镇（街道）下放区级事项112项。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["46项", null],
      ["112项", "powers-devolved"],
    ]);
  });
});

describe("extractMetrics: from a month to the year's end (review ui38)", () => {
  it("reads 2021年8月至年底 as part of the year, with no annual indicator", () => {
    const ms = extractMetrics("2021年8月至年底，开展行政决策合法性审查89件。全年开展行政决策合法性审查120件。", { reportYear: 2021 });
    expect(ms.map((m) => [m.text, m.coverage?.kind ?? null, m.indicator])).toEqual([
      ["89件", "part-year", null],
      ["120件", null, "legality-reviews"],
    ]);
  });
});

describe("extractMetrics: outcomes of an action after its total (review 37)", () => {
  it("links 废止31件、修改17件 to 清理文件412件 and 维持/驳回 to 审结352件, without 其中, but no rate", () => {
    const ms = extractMetrics("清理文件412件，废止31件、修改17件。全年审结行政复议案件352件，维持162件，驳回41件。力争审结率达到95%以上，调解和解率不低于35%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.partOf])).toEqual([
      ["412件", null],
      ["31件", 0],
      ["17件", 0],
      ["352件", null],
      ["162件", 3],
      ["41件", 3],
      ["95%以上", null],
      ["不低于35%", null],
    ]);
  });

  it("links the drafts passed to the drafts submitted (提请审议…11件，已审议通过9件), so a sum of kinds does not count them twice (review 60b-3)", () => {
    const ms = extractMetrics("全年提请省人大常委会审议地方性法规草案11件，已审议通过9件，包括《江西省优化营商环境条例》（修订）等。", { reportYear: 2024, placeLevel: "province" });
    expect(ms.map((m) => [m.text, m.partOf, m.indicator])).toEqual([
      ["11件", null, "local-legislation"],
      ["9件", 0, null],
    ]);
  });
});

describe("extractMetrics: a chart caption above its figure (review 38)", () => {
  it("names a figure alone on its line by the short label on the line above", () => {
    const text = "数说2024\n法律援助案件\n3562件\n人民调解成功率\n98.6%\n12348热线接听来电\n4.2万个";
    const ms = extractMetrics(text, { reportYear: 2024, segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.subject])).toEqual([
      ["3562件", "法律援助案件"],
      ["98.6%", "人民调解成功率"],
      ["4.2万个", "12348热线接听来电"],
    ]);
  });

  it("names each card's number by the label below it when the run of cards ends in a label, a lone number after prose too (review 62b-5)", () => {
    const text = "1月21日，省司法厅介绍全省行政复议工作情况。\n38652件\n全省收到行政复议申请\n12.4%\n直接纠错率\n24.4%\n调解和解率\n刘建华表示，案件办理质量实现提升。\n3562件\n法律援助案件";
    const ms = extractMetrics(text, { reportYear: 2025, segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.subject])).toEqual([
      ["38652件", "全省收到行政复议申请"],
      ["12.4%", "直接纠错率"],
      ["24.4%", "调解和解率"],
      ["3562件", "法律援助案件"],
    ]);
  });

  it("keeps labels above their numbers when a heading follows the run (法律援助案件 / 3562件 / 人民调解案件 / 98.6% / 主要做法), and reads them below under a block title", () => {
    const text = "数说2024\n法律援助案件\n3562件\n人民调解成功率\n98.6%\n主要做法\n全年工作。";
    expect(extractMetrics(text, { reportYear: 2024, segments: segmentText(text) }).map((m) => m.subject)).toEqual(["法律援助案件", "人民调解成功率"]);
    const titled = "数说上半年\n1126件\n全市行政复议新收案件\n32.2%\n行政复议调解和解率\n上半年工作。";
    expect(extractMetrics(titled, { reportYear: 2025, segments: segmentText(titled) }).map((m) => m.subject)).toEqual(["全市行政复议新收案件", "行政复议调解和解率"]);
  });
});

describe("extractMetrics: months that open a paragraph after a lead-in (review 39)", () => {
  it("dates every figure of the paragraph to 2023年1至7月 after 记者了解到，, past semicolons and sentences", () => {
    const ms = extractMetrics("记者了解到，2023年1至7月，全市共办理行政执法案件1126件；其中适用简易程序的874件，罚款金额合计58.6万元。全市下沉执法人员213名。", { reportYear: 2023 });
    expect(ms.map((m) => m.coverage?.text ?? null)).toEqual(["2023年1至7月", "2023年1至7月", "2023年1至7月", "2023年1至7月"]);
  });
});

describe("extractMetrics: one person's story in a feature (review 39)", () => {
  it("reads no statistic in an anecdote (他…上门3次, 我就跑了3趟), but keeps what a speaker reports and what a place did", () => {
    const ms = extractMetrics("今年3月，他店门口的灯箱超出规定尺寸，执法队员上门3次，最后给了他15天整改期。“光是油烟的事，我就跑了3趟，打了2次电话。”他介绍，今年共受理行政复议申请2000余件。他说，全市共下沉执法人员213名。", { reportYear: 2023 });
    expect(ms.map((m) => m.text)).toEqual(["2000余件", "213名"]);
  });
});

describe("extractMetrics: levels handed out by 分别 (review 39)", () => {
  it("gives each value of 市、县、乡三级…分别为 its level in order, and the 共计 total the whole city", () => {
    const ms = extractMetrics("全市市、县、乡三级持有行政执法证件人员分别为2865人、7412人、3309人，共计13586人。市、县两级政府聘请法律顾问分别为23名和117名。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["2865人", "市本级"],
      ["7412人", "区县"],
      ["3309人", "镇街"],
      ["13586人", "全市"],
      ["23名", "市本级"],
      ["117名", "区县"],
    ]);
    expect(ms[5]!.subject).toBe("政府聘请法律顾问");
  });
});

describe("extractMetrics: a level's indicator takes the level, not the year's intake (review ui38)", () => {
  it("maps 累计汇聚 and 截至年底…累计归集 to 政务数据归集量, not 全年汇聚, 新归集 or 今年以来归集", () => {
    const ms = extractMetrics(
      "全年汇聚市、县政务数据27亿条，累计汇聚127亿条。新归集328类7.1亿条数据。截至年底，市大数据平台累计归集数据86亿条。今年以来归集政务数据3.2亿条。",
      { reportYear: 2023 },
    );
    expect(ms.filter((m) => m.unit === "条").map((m) => [m.text, m.indicator])).toEqual([
      ["27亿条", null],
      ["127亿条", "government-data-collected"],
      ["7.1亿条", null],
      ["86亿条", "government-data-collected"],
      ["3.2亿条", null],
    ]);
  });
  it("leaves one kind of data (移动监管数据, 行政处罚数据) out of the platform's total", () => {
    const ms = extractMetrics("汇聚移动监管数据27.6万条。应用信息协同系统汇聚1644条行政处罚数据。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["27.6万条", null],
      ["1644条", null],
    ]);
  });
  it("reads plans drilled (对…11个预案进行全面演练) as no count of special plans, but keeps plans revised before 并组织演练", () => {
    const ms = extractMetrics("对特种设备、地铁运营、海洋渔业等11个预案进行全面演练。修订专项应急预案12部，并组织开展演练30次。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["11个", null],
      ["12部", "emergency-special-plans"],
      ["30次", "emergency-drills"],
    ]);
  });
});

describe("extractMetrics: a count of one in Chinese numerals, and a schedule's frequency (review 40)", () => {
  it("reads 败诉一件 and 推进会一次 as 1, but not 一件事, 一次性, 第一次 or 仅此一项", () => {
    const ms = extractMetrics("全市一审行政诉讼案件四十七件，一审败诉一件；行政复议直接纠错一件。召开全市法治政府建设推进会一次。推行“一件事一次办”，一次性告知，第一次，仅此一项，企业受益。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ["四十七件", 47],
      ["一件", 1],
      ["一件", 1],
      ["一次", 1],
    ]);
  });
  it("skips how often something is done (每3年复核一次, 每季度召开1次) but keeps a year's total stated per year", () => {
    const ms = extractMetrics("对示范地区每3年复核一次。每季度召开1次联席会议。每年开展执法检查3000余次。", { reportYear: 2024 });
    expect(ms.map((m) => m.text)).toEqual(["3000余次"]);
  });
});

describe("extractMetrics: an annual training's test is no qualification exam (review 40)", () => {
  it("maps 执法资格考试通过率 but not the pass rate of the year's training test", () => {
    const ms = extractMetrics("组织全区1,084名执法人员参加年度公共法律知识培训，考试合格率98.9%。新进执法人员资格考试通过率为91.5%。", { reportYear: 2023 });
    expect(ms.filter((m) => m.unit === "%").map((m) => [m.text, m.indicator])).toEqual([
      ["98.9%", null],
      ["91.5%", "enforcement-exam-pass-rate"],
    ]);
  });
});

describe("extractMetrics: one department's count under a short name (review 40)", () => {
  it("keeps 区综合执法局…438件 and 综合执法大队…112次 off the place's indicators, but not a reconsideration office's or emergency bureau's own measures", () => {
    const ms = extractMetrics(
      "区综合执法局全年办理行政处罚案件438件。区市场监管分局全年办理行政处罚案件126件。区综合执法大队开展“双随机、一公开”抽查112次。区行政复议局全年办结行政复议案件341件。市应急局组织开展应急演练56次。",
      { reportYear: 2024 },
    );
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["438件", null],
      ["126件", null],
      ["112次", null],
      ["341件", "admin-review-cases-concluded"],
      ["56次", "emergency-drills"],
    ]);
  });
});

describe("extractMetrics: a data bureau's report (review 40)", () => {
  const bureau = (text: string) => extractMetrics(text, { reportYear: 2024, ownOffice: true, officeName: "株洲市政务服务和数据管理局", placeLevel: "city" });
  it("reads 市本级 in a line it runs for the whole city as the government's own level, and keeps the indicator", () => {
    expect(bureau("市县两级1472项依申请政务服务事项全部纳入“一网通办”平台，其中市本级事项906项。市本级实行告知承诺制的证明事项41项。").map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["1472项", "全市", null],
      ["906项", "市本级", null],
      ["41项", "市本级", "notification-commitment-items"],
    ]);
  });
  it("gives its city-wide systems (一件事, 12345热线) to the city, not to the bureau's own level", () => {
    expect(bureau("上线“一件事”套餐38个，办件12.6万件。全年12345热线受理各类诉求157.4万件。").map((m) => [m.text, m.scope])).toEqual([
      ["38个", null],
      ["12.6万件", null],
      ["157.4万件", null],
    ]);
  });
});

describe("extractMetrics: a superlative aside between a figure and its change (review 40)", () => {
  it("gives 比上年下降2.7个百分点 to 3.9% across 为全省最低", () => {
    const ms = extractMetrics("一审行政诉讼案件败诉率降至3.9%，为全省最低，比上年下降2.7个百分点。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.change?.value ?? null, m.change?.direction ?? null])).toEqual([["3.9%", 2.7, "down"]]);
  });
});

describe("extractMetrics: the kinds a list-size indicator sums (review 40)", () => {
  it("maps each of 不予处罚事项…、从轻减轻处罚事项… to 不罚轻罚事项数, as parts the comparison adds up", () => {
    const ms = extractMetrics("制定不予处罚事项清单四十二项、从轻减轻处罚事项清单三十六项。", { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [42, "no-penalty-lenient-items"],
      [36, "no-penalty-lenient-items"],
    ]);
  });
});

describe("extractMetrics: an emergency bureau's system line of a measure it keeps for its place (review 40)", () => {
  it("gives 全市应急管理系统…应急演练 the city and its indicator, and leaves another of the line's figures to the line", () => {
    // (检查生产经营单位 is a work-safety inspection count, which the bureau keeps for its place too: review 60a-3.)
    const ms = extractMetrics("全市应急管理系统组织开展各类应急演练1,826场次。全市应急管理系统共检查生产经营单位4,862家次。全市应急管理系统共受理群众信访件86件。", { reportYear: 2023, ownOffice: true, officeName: "六安市应急管理局", placeLevel: "city" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["1,826场次", "全市", "emergency-drills"],
      ["4,862家次", "全市", "work-safety-inspections"],
      ["86件", "全系统", null],
    ]);
  });
});

describe("extractMetrics: towns named as parts of the whole place's figure (review 40)", () => {
  it("gives 其中赤金镇、花海镇分别调处… the town level, not the 全市 that opens the sentence", () => {
    const ms = extractMetrics("全市人民调解委员会共调处纠纷2068件，其中赤金镇、花海镇分别调处312件、286件。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.scope, m.partOf])).toEqual([
      ["2068件", "全市", null],
      ["312件", "镇街", 0],
      ["286件", "镇街", 0],
    ]);
  });
});

describe("extractMetrics: an aside lends no noun to the next sentence (review 40)", () => {
  it("goes on from 收到行政复议申请, not from 另有上年结转, after a full stop", () => {
    const ms = extractMetrics("全年共收到行政复议申请268件，同比增长23.5%，另有上年结转17件。依法受理241件；审结229件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["268件", "admin-review-applications"],
      ["17件", null],
      ["241件", "admin-review-cases-accepted"],
      ["229件", "admin-review-cases-concluded"],
    ]);
  });
});

describe("extractMetrics: decisions reviewed are no count of major decisions (review 40)", () => {
  it("leaves 重大行政决策事项5项 in a list of what was reviewed (审查…、…) off 重大行政决策事项数", () => {
    const ms = extractMetrics("全年审查管委会规范性文件4件、合同协议127份、重大行政决策事项5项。全年作出重大行政决策事项12项。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["4件", "normative-documents-reviewed"],
      ["127份", null],
      ["5项", null],
      ["12项", "major-administrative-decisions"],
    ]);
  });
});

describe("extractMetrics: a subject a little over the limit keeps its first word (review 40)", () => {
  it("does not cut 组织 to 织 nor 12345 to 2345", () => {
    const ms = extractMetrics("组织“八五”普法宣讲团深入乡镇、村（社区）开展送法活动180余场次。12345热线涉及占道经营、噪声扰民等问题的投诉量2,317件。", { reportYear: 2022 });
    expect(ms.map((m) => m.subject)).toEqual(["组织八五普法宣讲团深入乡镇、村（社区）开展送法活动", "12345热线涉及占道经营、噪声扰民等问题的投诉量"]);
  });
});

describe("extractMetrics: levels an activity goes to are not who did it (review 40)", () => {
  it("gives 深入乡镇、村（社区）开展送法活动 no level, and keeps the place's indicator", () => {
    const ms = extractMetrics("组织普法宣讲团深入乡镇、村（社区）开展送法活动180余场次。面向街道开展培训12期。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["180余场次", null, "law-popularisation-activities"],
      ["12期", null, null],
    ]);
  });
});

describe("extractMetrics: the exact level after a bound (review 40)", () => {
  it("names 达到614家 after 国家级高新技术企业突破600家 by what the bound counts", () => {
    const ms = extractMetrics("截至2024年底，国家级高新技术企业突破600家，达到614家。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.subject])).toEqual([
      ["突破600家", "国家级高新技术企业"],
      ["614家", "国家级高新技术企业"],
    ]);
  });
});

describe("extractMetrics: numbers written and cut as older or copied texts have them (review 43)", () => {
  it("reads 九成五 as 95% and 八成五以上 as at least 85%, but not 三成五家 as one figure", () => {
    const ms = extractMetrics("调解成功率达九成五，行政机关负责人出庭应诉率达八成五以上。全县企业三成五家获评。", { reportYear: 2018 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.bound])).toEqual([
      ["九成五", 95, "%", null],
      ["八成五以上", 85, "%", "lower"],
      ["三成", 30, "%", null],
      ["五家", 5, "家", null],
    ]);
  });

  it("reads 廿三名 and 壹佰贰拾件, and no count in 队伍", () => {
    const ms = extractMetrics("全县共有政府法律顾问廿三名，全年办理法律援助案件壹佰贰拾件，执法队伍人员齐整。", { reportYear: 2018 });
    expect(ms.map((m) => [m.text, m.value, m.subject])).toEqual([
      ["廿三名", 23, "政府法律顾问"],
      ["壹佰贰拾件", 120, "办理法律援助案件"],
    ]);
  });

  it("reads a space-grouped number before 余 (2 600余人次)", () => {
    const m = one("全年培训执法人员2 600余人次。");
    expect([m.value, m.unit, m.approx, m.bound]).toEqual([2600, "人次", true, "lower"]);
  });

  it("does not read 内 that starts a word (12个内设机构) as an upper bound", () => {
    const m = one("市司法局12个内设机构全部建立普法责任清单。");
    expect([m.text, m.approx, m.subject]).toEqual(["12个", false, "市司法局内设机构"]);
  });

  it("takes no phase of a system or a project (二期项目, 金税四期系统) for a count, but keeps 完成三期培训", () => {
    expect(figures("依托金税四期系统推送数据。政务服务平台二期项目建成投用。完成三期培训。")).toEqual(["三期"]);
  });
});

describe("extractMetrics: the comma of a number ends no clause (review 43)", () => {
  it("keeps the sentence's 全市 for every year of a list written with thousands commas", () => {
    const ms = extractMetrics("2022年、2023年、2024年全市收到行政复议申请分别为5,125件、6,036件、8,125件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.scope, m.period])).toEqual([
      [5125, "全市", 2022],
      [6036, "全市", 2023],
      [8125, "全市", null],
    ]);
  });
});

describe("extractMetrics: one line of offices' figures in a place's report are not the place's (review 43)", () => {
  const indicators = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.text, m.indicator]);

  it("gives the police's and the tax offices' figures no indicator, wherever the line opens the sentence or the subject", () => {
    expect(indicators("全市公安机关组织民警参加基本级执法资格考试，通过率97.3%。全市公安机关作为被告的一审行政诉讼案件213件，败诉率4.5%。")).toEqual([
      ["97.3%", null],
      ["213件", null],
      ["4.5%", null],
    ]);
    expect(indicators("公安政务服务好评率99.6%。全市税务部门收到税务行政复议申请21件，直接纠错率11.1%。")).toEqual([
      ["99.6%", null],
      ["21件", null],
      ["11.1%", null],
    ]);
  });

  it("keeps the place's indicator for a list of the place's offices, and for a line that keeps the measure for its place", () => {
    expect(indicators("省市场监管局、省生态环境厅等11个省直部门制定清单，全省公布不予处罚、减轻处罚事项1087项。")).toEqual([
      ["11个", null],
      ["1087项", "no-penalty-lenient-items"],
    ]);
    expect(indicators("全市应急管理部门组织开展应急演练2500场次。")).toEqual([["2500场次", "emergency-drills"]]);
  });
});

describe("extractMetrics: rates and lists that name their own measure or bodies (review 43)", () => {
  const rows = (text: string) => extractMetrics(text, { reportYear: 2018 }).map((m) => [m.text, m.indicator]);

  it("gives 履行率 beside 纠错率 no correction-rate indicator, and keeps 出庭应诉率 after its count", () => {
    expect(rows("全年行政复议直接纠错率15.6%，行政复议决定履行率100%。")).toEqual([
      ["15.6%", "admin-review-correction-rate"],
      ["100%", null],
    ]);
    expect(rows("全市行政机关负责人出庭应诉612人次，出庭应诉率91.2%。")).toEqual([
      ["612人次", null],
      ["91.2%", "leader-court-appearance-rate"],
    ]);
  });

  it("maps none of the figures 分别 hands out over a level's unnamed bodies (各行政执法部门分别)", () => {
    expect(rows("全县各行政执法部门分别开展执法检查23次、18次和9次。").map(([, ind]) => ind)).toEqual([null, null, null]);
  });

  it("gives the actor before a list of verbs to every verb (县政府收到、受理、审结…分别为)", () => {
    const ms = extractMetrics("全年县政府收到、受理、审结行政复议案件分别为一百二十三件、一百一十六件、一百零九件。", { reportYear: 2018 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [123, "admin-review-applications"],
      [116, "admin-review-cases-accepted"],
      [109, "admin-review-cases-concluded"],
    ]);
  });
});

describe("extractMetrics: who acts at which level (review 43)", () => {
  const rows = (text: string) => extractMetrics(text, { reportYear: 2025, placeLevel: "district" }).map((m) => [m.text, m.scope, m.indicator]);

  it("gives figures of a count of sub-units that act in the figure's clause their level, not the whole place", () => {
    expect(rows("全区15个镇街共办理行政处罚案件812件。")).toEqual([
      ["15个", "镇街", null],
      ["812件", "镇街", "administrative-penalty-cases"],
    ]);
    // Sub-units that receive, or that a clause before names, leave the figure the whole place's.
    expect(rows("全区向12个镇街下放行政执法事项82项。")[1]).toEqual(["82项", "全区", "powers-devolved"]);
    expect(rows("全区279个村（社区）实现法律顾问全覆盖，人民调解组织调处矛盾纠纷9812件。")[1]).toEqual(["9812件", "全区", "mediation-cases"]);
  });

  it("gives a named town that opens its clause as the actor the town level and none of the place's indicators", () => {
    expect(rows("全年汤峪镇办理行政处罚案件312件。")).toEqual([["312件", "镇街", null]]);
  });

  it("reads 区属部门 as the district's own level, 全渝/全疆 as a province's whole, 团场 and 连队 as sub-units", () => {
    expect(rows("区属部门共办理行政处罚案件3216件。")).toEqual([["3216件", "区本级", "administrative-penalty-cases"]]);
    expect(rows("全渝共收到行政复议申请18600件。")[0]![1]).toBe("全省");
    expect(rows("各团场共办理行政处罚案件1520件。各连队共调解矛盾纠纷1240件。").map(([, scope]) => scope)).toEqual(["镇街", "村社区"]);
  });
});

describe("extractMetrics: years and grades that are not the figure's (review 43)", () => {
  it("reads figures under 存在问题和2025年工作打算 without target words as the report year's shortcomings", () => {
    const ms = extractMetrics("六、存在问题和2025年工作打算\n一是行政机关负责人出庭应诉率为87.5%，仍有5个部门未达标。2025年，力争出庭应诉率达到100%。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.period, m.target ?? false])).toEqual([
      ["87.5%", null, false],
      ["5个", null, false],
      ["100%", 2025, true],
    ]);
  });

  it("hands out the years of a range (2022年至2024年) to the figures 分别 lists, one each", () => {
    const ms = extractMetrics("2022年至2024年，全市收到行政复议申请分别为5125件、6036件、8125件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.coverage?.kind ?? null])).toEqual([
      [5125, 2022, null],
      [6036, 2023, null],
      [8125, null, null],
    ]);
  });

  it("takes a level that grades honours (省级二个、市级九个) for no scope", () => {
    const ms = extractMetrics("全县一百八十六个行政村全部配备法律顾问，建成“民主法治示范村”省级二个、市级九个。", { reportYear: 2018 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [186, "全县"],
      [2, "全县"],
      [9, "全县"],
    ]);
  });
});

describe("extractMetrics: no-penalty lists and cases as reports write them (review 43)", () => {
  const rows = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.text, m.unit, m.indicator]);

  it("maps a 不予行政处罚 list's items, and cases counted in 家次 or 家（次） without the word 案件", () => {
    expect(rows("制定轻微违法行为不予行政处罚事项清单，涵盖市场监管、生态环境等11个领域共124项。").at(-1)).toEqual(["124项", "项", "no-penalty-lenient-items"]);
    expect(rows("全年对312家（次）经营主体依法作出不予处罚决定。")).toEqual([["312家（次）", "家次", "no-penalty-lenient-cases"]]);
    expect(rows("依法对1532起轻微违法行为不予处罚。")).toEqual([["1532起", "起", "no-penalty-lenient-cases"]]);
  });
});

describe("extractMetrics: durations measured in minutes and hours (review 43)", () => {
  it("reads a duration that was measured or cut, and still no service slogan", () => {
    const ms = extractMetrics("到达现场平均用时缩短至5分钟以内，户籍业务平均办理时间压缩至18分钟，企业开办时间压缩至2小时以内。提供24小时自助服务，打造15分钟服务圈。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.bound])).toEqual([
      ["5分钟以内", 5, "分钟", "upper"],
      ["18分钟", 18, "分钟", null],
      ["2小时以内", 2, "小时", "upper"],
    ]);
  });
});

describe("extractMetrics: police reports' categories and tiers (review 43)", () => {
  it("takes 八类 fused to the cases it names for no count, and keeps the change of those cases", () => {
    expect(figures("八类严重暴力犯罪案件同比下降21.5%。涉及违法行为八类，共120件。")).toEqual(["21.5%", "八类", "120件"]);
  });

  it("keeps 中 that opens a word (中级执法资格民警) in the subject", () => {
    expect(one("中级执法资格民警1487名。").subject).toBe("中级执法资格民警");
  });

  it("maps a tier of the police's own qualification (中级执法资格民警) to no count of certified enforcement officers", () => {
    const ms = extractMetrics("全市共有民警3412名，其中具有基本级执法资格的民警3205名；中级执法资格民警1487名，高级执法资格民警96名。全市持有行政执法证件人员1.2万名。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null, null, "enforcement-certified-staff"]);
  });
});

describe("extractMetrics: a level goes on through its sentence's clauses (review 43)", () => {
  const scopes = (text: string) => extractMetrics(text, { reportYear: 2024, placeLevel: "district" }).map((m) => [m.text, m.scope]);

  it("gives every rate listed after a count that count's level", () => {
    expect(scopes("区政府收到行政复议申请412件，审结371件，调解和解率31.8%，直接纠错率9.8%。").map(([, s]) => s)).toEqual(["区本级", "区本级", "区本级", "区本级"]);
  });

  it("gives a clause that only names what it counts the level of the figure before it, not a level of things", () => {
    expect(scopes("全年区级部门共作出行政处罚决定4,086件，罚款2,314.6万元。")).toEqual([
      ["4,086件", "区本级"],
      ["2,314.6万元", "区本级"],
    ]);
    expect(scopes("建成县级储备库14个，储备帐篷1200顶。")[1]).toEqual(["1200顶", null]);
  });
});

describe("extractMetrics: pillars of reconsideration's terms and of tax services (review 43)", () => {
  it("files 审理期限 and 直接纠正违法或不当行政行为 under 复议, and 非接触式办税率 under 营商环境 beside a 复议 clause", () => {
    const pillars = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.text, m.pillar]);
    expect(pillars("实现行政复议“掌上办”，平均审理期限压缩至42天。全年通过撤销、变更、确认违法等方式直接纠正违法或不当行政行为4152件。")).toEqual([
      ["42天", "reconsideration"],
      ["4152件", "reconsideration"],
    ]);
    expect(pillars("力争非接触式办税率稳定在97%以上，税务行政复议案件调解和解率提高到30%。")).toEqual([
      ["97%以上", "business"],
      ["30%", "reconsideration"],
    ]);
  });
});

describe("extractMetrics: the Production and Construction Corps' levels (review 43)", () => {
  it("reads a farm named by its number as a sub-unit, and the Corps itself as a body above the division-city", () => {
    const ms = extractMetrics("全年１２３团办理行政处罚案件３１２件，一二五团调解矛盾纠纷９８件。兵团共收到行政复议申请1386件。新疆生产建设兵团第七师胡杨河市共办理行政处罚案件2138件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [312, "镇街", null],
      [98, "镇街", null],
      [1386, "兵团", null],
      [2138, null, "administrative-penalty-cases"],
    ]);
  });
});

describe("extractMetrics: an office's line across the place, past a lead-in and a semicolon (review 43)", () => {
  it("keeps 全系统 for the parts after a semicolon when a clause with no figure opens the sentence, and reads the tax line's own words", () => {
    const office = (text: string) => extractMetrics(text, { reportYear: 2024, ownOffice: true }).map((m) => [m.text, m.scope, m.indicator]);
    expect(office("全面落实受案立案制度改革要求，全市公安机关受理刑事案件18426起，立案14357起；受理行政案件56213起。").map(([, scope]) => scope)).toEqual(["全系统", "全系统", "全系统"]);
    expect(office("全市办税服务厅“好差评”好评率达99.9%。全市开展线上线下税法宣传活动1,200余场次。")).toEqual([
      ["99.9%", "全系统", null],
      ["1,200余场次", "全系统", null],
    ]);
  });
});

describe("extractMetrics: a text's title names the domain of its bare rates (review 43)", () => {
  it("maps 直接纠错率 under numbered points of a press conference on reconsideration, and not without that title", () => {
    const body = "\n一是案件数量大幅增长。全省共收到行政复议申请4.26万件。\n\n二是纠错力度持续加大。直接纠正违法或不当行政行为4152件，直接纠错率12.4%。\n";
    const rate = (text: string) => extractMetrics(text, { reportYear: 2024 }).find((m) => m.text === "12.4%")!.indicator;
    expect(rate(`安徽省2024年行政复议工作新闻发布会实录\n${body}`)).toBe("admin-review-correction-rate");
    expect(rate(`安徽省2024年新闻发布会实录\n${body}`)).toBeNull();
  });
});

describe("extractMetrics: a part in an office's report is at its whole's level (review 43)", () => {
  it("gives 其中新增减税降费23.6亿元 its whole's 全市, and keeps a part that names 市本级 at the office's level", () => {
    const office = (text: string) => extractMetrics(text, { reportYear: 2023, ownOffice: true }).map((m) => [m.text, m.scope]);
    expect(office("落实结构性减税降费政策，2023年全市累计新增减税降费及退税缓费48.27亿元，其中新增减税降费23.6亿元。")).toEqual([
      ["48.27亿元", "全市"],
      ["23.6亿元", "全市"],
    ]);
    expect(office("全市应急管理系统持有行政执法证件人员386人，其中市本级58人。")).toEqual([
      ["386人", "全系统"],
      ["58人", "局本级"],
    ]);
  });
});

describe("extractMetrics: a bracket that breaks down a level's places (review 43)", () => {
  it("gives each count in 15个镇街（6个街道、9个镇） the level it breaks down", () => {
    const ms = extractMetrics("全区42个区级部门和15个镇街（6个街道、9个镇）党政主要负责人全部完成年度述法。", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["42个", "区本级"],
      ["15个", "镇街"],
      ["6个", "镇街"],
      ["9个", "镇街"],
    ]);
  });
});

describe("extractMetrics: an event's own guests (review 43)", () => {
  it("takes the guests a press conference's host introduces for no figure, and keeps experts invited to the work", () => {
    expect(figures("今天，我们邀请到省司法厅和合肥市司法局的3位负责同志，介绍有关情况。")).toEqual([]);
    expect(figures("邀请5位专家参与论证。")).toEqual(["5位"]);
  });
});

describe("extractMetrics: a paragraph's time frame reaches its later clauses and sentences (review 44)", () => {
  it("covers the parts after a run-in heading and a semicolon with 2024年1至8月, and the 其中 part too", () => {
    const ms = extractMetrics("（二）主渠道作用日益凸显。2024年1至8月，全市各级行政复议机关共收到行政复议申请1,726件，同比增长63.4%；受理1,538件，审结1,205件。其中，市政府收到行政复议申请682件。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.coverage?.kind ?? null, m.indicator])).toEqual([
      [1726, "part-year", null],
      [1538, "part-year", null],
      [1205, "part-year", null],
      [682, "part-year", null],
    ]);
  });

  it("dates 全年 in a later sentence of a paragraph that opens with an earlier year", () => {
    const ms = extractMetrics("2023年，全市行政复议机关审结案件1,356件。全年制发行政复议意见书23份，行政机关负责人出庭应诉率92.6%。\n2024年，全市共收到行政复议申请1,600件。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period])).toEqual([
      [1356, 2023],
      [23, 2023],
      [92.6, 2023],
      [1600, null],
    ]);
  });
});

describe("extractMetrics: programme labels, problem headings and recommendations (review 44)", () => {
  it("takes 两张网 and 三张清单 for names, not counts", () => {
    expect(figures("统筹推进“一网通办”“一网统管”两张网建设，推动三张清单动态调整。全市梳理清单5张。")).toEqual(["5张"]);
  });

  it("maps nothing under 存在的主要问题, and reads 要稳定在 under 意见和建议 as a goal", () => {
    const ms = extractMetrics("二、存在的主要问题\n全市评查行政执法案卷1,560卷。\n三、意见和建议\n全市行政复议直接纠错率要稳定在15%以上。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator, m.target ?? false])).toEqual([
      ["1,560卷", null, false],
      ["15%以上", null, true],
    ]);
  });
});

describe("extractMetrics: spans since an event, and the basis of a change after its base (review 44)", () => {
  it("reads 自2020年行政复议体制改革以来 as a span of years, not 2020", () => {
    const m = one("自2020年行政复议体制改革以来，全市共收到行政复议申请5,200余件。", 2024);
    expect([m.period, m.coverage?.kind]).toEqual([null, "multi-year"]);
  });

  it("gives a change after its comparison base the base's words as its basis (较2021年的37.2%下降15.8个百分点)", () => {
    const ms = extractMetrics("全市经行政复议后起诉率为21.4%，较2021年的37.2%下降15.8个百分点。", { reportYear: 2024 });
    expect(ms[0]!.change).toMatchObject({ value: 15.8, unit: "个百分点", direction: "down", basis: "较2021年" });
    expect(ms[1]!.period).toBe(2021);
  });
});

describe("extractMetrics: 已制定 up to a date is a running total (review 44)", () => {
  it("gives 截至2023年底…已制定…法规18部 multi-year coverage and no indicator", () => {
    const m = one("截至2023年底，市人大常委会已制定浦东新区法规18部。", 2023);
    expect([m.coverage?.kind, m.indicator]).toEqual(["multi-year", null]);
  });
});

describe("extractMetrics: ranks, units' later clauses and one round of inspections (review 44)", () => {
  it("takes 后三位 and 前三位 for ranks, not counts of persons", () => {
    expect(figures("得分后三位依次为景德镇市、鹰潭市、萍乡市。南昌市连续两年排名前三位。邀请5位专家参与论证。")).toEqual(["5位"]);
  });

  it("keeps a named town's later clauses and its bodies at the town's level, none of the county's indicators", () => {
    const ms = extractMetrics("沙坪镇人民调解委员会调解成功率99.0%。大堡镇办理行政处罚案件46件，聘请法律顾问3名。", { reportYear: 2022, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["99.0%", "镇街", null],
      ["46件", "镇街", null],
      ["3名", "镇街", null],
    ]);
  });

  it("maps the count of inspections, not the firms the same round visited", () => {
    const ms = extractMetrics("全市开展“双随机、一公开”抽查5,418次，抽查市场主体2.31万户次。检查企业1200家次。", { reportYear: 2023 });
    expect(ms.map((m) => m.indicator)).toEqual(["enforcement-inspections", null, "enforcement-inspections"]);
  });
});

describe("extractMetrics: tables with a change column or a unit line of several units (review 44)", () => {
  const cells = (text: string) => extractMetrics(text, { reportYear: 2023 }).map((m) => [m.value, m.unit, m.scope, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`]);

  it("reads a change column named after part of its measure (处罚同比), signed or not, as each row's change", () => {
    const expected = [
      [9842, "件", "沭阳县", "down 3.2%"],
      [5317, "件", "泗阳县", "up 4.5%"],
    ];
    expect(cells("县区  行政处罚（件）  处罚同比\n沭阳县  9,842  -3.2%\n泗阳县  5,317  +4.5%\n")).toEqual(expected);
    expect(cells("县区  行政处罚（件）  同比增长\n沭阳县  9,842  3.2%\n泗阳县  5,317  4.5%\n").map((r) => r[3])).toEqual(["up 3.2%", "up 4.5%"]);
  });

  it("gives each column the listed unit its name counts in (单位：件、次 over 行政处罚 and 行政检查)", () => {
    expect(cells("单位：件、次\n县区  行政处罚  行政检查\n沭阳县  9,842  41,206\n").map((r) => r[1])).toEqual(["件", "次"]);
  });
});

describe("extractMetrics: a list of bare scores (review 44)", () => {
  it("reads each number after a name in 得分依次为：… as a score in 分", () => {
    const ms = extractMetrics("2024年度设区市营商环境评价得分依次为：南昌市88.72、赣州市86.15、上饶市85.09。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.unit, m.subject])).toEqual([
      [88.72, "分", "南昌市营商环境评价得分"],
      [86.15, "分", "赣州市营商环境评价得分"],
      [85.09, "分", "上饶市营商环境评价得分"],
    ]);
    expect(figures("全市共有法律顾问团队12、律师事务所8。")).toEqual([]);
  });
});

describe("extractMetrics: measures that look alike (review 44)", () => {
  const ind = (text: string) => extractMetrics(text, { reportYear: 2023 }).map((m) => [m.text, m.indicator]);

  it("keeps firms' satisfaction with the business environment and the reconsideration rate of enforcement acts out of the service and correction indicators", () => {
    expect(ind("全省企业对营商环境的总体满意度为92.6%。")).toEqual([["92.6%", null]]);
    expect(ind("全市行政复议机关纠正违法或不当行政执法行为74件，行政执法行为被复议纠错率为5.2%。").at(-1)).toEqual(["5.2%", null]);
  });

  it("maps 实施行政处罚 as penalty cases, and takes 提升4个位次 for no figure", () => {
    expect(ind("2023年，全市共实施行政处罚31,527件。")).toEqual([["31,527件", "administrative-penalty-cases"]]);
    expect(figures("新余市较上年提升4个位次。")).toEqual([]);
  });

  it("does not take a line that ends in a figure for a heading (开展应急演练86次)", () => {
    const ms = extractMetrics("开展应急演练86次\n全县仍有3个乡镇综合执法队在编人员不足5人。\n", { reportYear: 2023 });
    expect(ms.map((m) => m.pillar)).toEqual(["emergency", "enforcement", "enforcement"]);
  });
});

describe("extractMetrics: a share of a count after another rate of the sentence (review 44)", () => {
  it("maps 占审结案件的17.6% after 以调解、和解方式结案238件 as the mediation rate, past the 纠错率 before a semicolon", () => {
    const ms = extractMetrics("全市行政复议机关审结案件1,356件，直接纠错率15.9%，较2022年提高3.7个百分点；以调解、和解方式结案238件，占审结案件的17.6%。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["1,356件", "admin-review-cases-concluded"],
      ["15.9%", "admin-review-correction-rate"],
      ["238件", null],
      ["17.6%", "admin-review-mediation-rate"],
    ]);
  });
});

describe("extractMetrics: an inspection team's sample and offices joined with a level (review 44)", () => {
  it("maps no case-file reviews to what an inspection team sampled, and reads 委办局和街镇 as the whole place", () => {
    expect(extractMetrics("检查组抽查的210件案卷中，存在程序瑕疵的37件。", { reportYear: 2024 })[0]!.indicator).toBeNull();
    const m = extractMetrics("全区委办局和街镇共聘请法律顾问256名。", { reportYear: 2023, placeLevel: "district" })[0]!;
    expect([m.scope, m.indicator]).toEqual(["全区", "government-legal-advisers"]);
  });
});

describe("extractMetrics: changes said by 缩小, and past a gap to an average (review 44)", () => {
  it("links 较上年缩小3.2分 to the gap before it, and 比上年提高1.2分 to the score past its gap to the average", () => {
    const ms = extractMetrics("最高分与最低分相差9.35分，较上年缩小3.2分。南昌市营商环境评价得分88.72分，比全省平均高6.35分，比上年提高1.2分。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`])).toEqual([
      ["9.35分", "down 3.2分"],
      ["88.72分", "up 1.2分"],
    ]);
  });
});

describe("extractMetrics: a 其中 list set apart by semicolons (review 44)", () => {
  it("makes every item a part of the whole, at its level", () => {
    const ms = extractMetrics("全市各级行政执法机关共实施行政执法行为412,386件次。其中，行政许可186,041件；行政处罚31,527件；行政强制2,914件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.scope, m.partOf])).toEqual([
      ["412,386件次", "全市", null],
      ["186,041件", "全市", 0],
      ["31,527件", "全市", 0],
      ["2,914件", "全市", 0],
    ]);
  });
});

describe("extractMetrics: a list named by its own document's title (review 44)", () => {
  it("maps 清单涵盖…312项事项 after 严格执行《…不予行政处罚…事项清单（第三版）》", () => {
    const ms = extractMetrics("全市严格执行《宿迁市轻微违法行为不予行政处罚和减轻行政处罚事项清单（第三版）》，清单涵盖21个领域312项事项。", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["21个", null],
      ["312项", "no-penalty-lenient-items"],
    ]);
  });
});

describe("extractMetrics: a table's headers take their domain from the paragraph that leads into it (review 44)", () => {
  it("maps the own row's 收到申请 and 直接纠错率 under …行政复议…收案情况见下表", () => {
    const text = "2022年，全市各级行政复议机关共收到行政复议申请2,136件。各县（市、区）收案情况见下表。\n县（市、区）  收到申请（件）  直接纠错率（%）\n端州区  212  13.2\n市本级  863  12.1\n";
    const ms = extractMetrics(text, { reportYear: 2022 });
    expect(ms.filter((m) => m.scope === "市本级").map((m) => [m.value, m.indicator])).toEqual([
      [863, "admin-review-applications"],
      [12.1, "admin-review-correction-rate"],
    ]);
  });
});

describe("extractMetrics: a body's verb whose object the clause before it named (review 44)", () => {
  it("gives 各县（市、区）政府共收到1,273件 the object 行政复议申请 of 市政府收到行政复议申请863件", () => {
    const ms = extractMetrics("全市各级行政复议机关共收到行政复议申请2,136件。其中，市政府收到行政复议申请863件，占全市总量的40.4%；各县（市、区）政府共收到1,273件。", { reportYear: 2022 });
    const m = ms.find((x) => x.value === 1273)!;
    expect([m.subject, m.scope, m.indicator]).toEqual(["政府共收到行政复议申请", "区县", "admin-review-applications"]);
  });
  it("leaves a verb with another object alone (审结 after 收到)", () => {
    const ms = extractMetrics("市政府收到行政复议申请863件；各县（市、区）政府共审结1,273件。", { reportYear: 2022 });
    const m = ms.find((x) => x.value === 1273)!;
    expect([m.subject, m.indicator]).toEqual(["政府共审结", null]);
  });
});

describe("extractMetrics: verbs listed with 、 after an object (review 43)", () => {
  it("does not run past 、 into the next item's noun (对5起案件立案查处、罚没款12万元)", () => {
    expect(extractMetrics("对5起案件立案查处、罚没款12万元。", { reportYear: 2024 })[0]!.subject).toBe("案件立案查处");
  });
  it("maps 对3618起违法行为依法从轻、减轻处罚 as lenient-penalty cases", () => {
    const ms = extractMetrics("全县各行政执法部门依法对1532起轻微违法行为不予处罚，对3618起违法行为依法从轻、减轻处罚。", { reportYear: 2018 });
    expect(ms.map((m) => [m.value, m.subject, m.indicator])).toEqual([
      [1532, "轻微违法行为不予处罚", "no-penalty-lenient-cases"],
      [3618, "违法行为依法从轻、减轻处罚", "no-penalty-lenient-cases"],
    ]);
  });
});

describe("extractMetrics: a level that qualifies only the first clause's noun (review 44)", () => {
  it("does not give 市本级 to a later clause with its own actor", () => {
    const ms = extractMetrics("市本级政务服务事项全程网办率达98.2%，12345政务服务便民热线受理群众诉求86.3万件，按时办结率99.6%。", { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["98.2%", "市本级"],
      ["86.3万件", null],
      ["99.6%", null],
    ]);
  });
  it("still covers later clauses that open with a verb (市本级行政复议机关收到…，受理…)", () => {
    const ms = extractMetrics("市本级行政复议机关收到行政复议申请412件，受理387件。", { reportYear: 2022 });
    expect(ms.map((m) => m.scope)).toEqual(["市本级", "市本级"]);
  });
});

describe("extractMetrics: look-alikes of catalog measures in other domains (review 45)", () => {
  const indicators = (text: string, options: Parameters<typeof extractMetrics>[1] = { reportYear: 2023 }) => extractMetrics(text, options).map((m) => [m.value, m.indicator]);
  it("keeps labour arbitration and civil cases out of administrative litigation and rulings", () => {
    expect(indicators("全市各级仲裁机构作出终局裁决1268件。全市法院审结劳动争议一审案件2130件，劳动争议诉讼案件中用人单位败诉率为38.5%。")).toEqual([
      [1268, null],
      [2130, null],
      [38.5, null],
    ]);
  });
  it("keeps food and network safety checks out of work-safety inspections", () => {
    expect(indicators("开展食品安全检查3.2万家次。开展网络安全检查86次。开展安全生产检查1200次。")).toEqual([
      [32000, null],
      [86, null],
      [1200, "work-safety-inspections"],
    ]);
  });
  it("keeps officials' law lectures out of public legal education", () => {
    expect(indicators("举办领导干部法治讲座两期。全年开展“法律进乡村”等普法宣传活动五十八场次。")).toEqual([
      [2, null],
      [58, "law-popularisation-activities"],
    ]);
  });
  it("keeps one line's online-handling rate and satisfaction out of the place's", () => {
    const office = { reportYear: 2023, ownOffice: true, officeName: "九江市人力资源和社会保障局" };
    expect(indicators("137项人社政务服务事项全部接入“赣服通”，全程网办率达91.4%。全市社保经办服务满意度98.7%。", office)).toEqual([
      [137, null],
      [91.4, null],
      [98.7, null],
    ]);
    expect(indicators("办理排污许可证核发、变更、延续等事项2317件，网上办理率100%。")).toEqual([
      [2317, null],
      [100, null],
    ]);
  });
});

describe("extractMetrics: figures of a government work report and an environment bureau (review 45)", () => {
  const read = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.text, m.unit, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`]);
  it("reads concentrations and per-case averages in compound units, with their change", () => {
    expect(read("全年全市PM2.5平均浓度31.8微克/立方米，同比下降4.2%；化学需氧量平均浓度15.2毫克/升。平均罚款金额8.66万元/件。")).toEqual([
      ["31.8微克/立方米", "微克/立方米", "down 4.2%"],
      ["15.2毫克/升", "毫克/升", null],
      ["8.66万元/件", "元/件", null],
    ]);
  });
  it("reads a ratio written with ∶ and a time limit cut in days, not a three-part ratio", () => {
    expect(read("城乡居民收入比缩小至1.71∶1。工伤认定办结时限由60日压缩至30日。三次产业结构调整为3.6∶48.2∶48.2。")).toEqual([
      ["1.71∶1", ":1", null],
      ["60日", "日", null],
      // (The cut, from the two levels the text states: review 52b.)
      ["30日", "日", "down 30日"],
    ]);
  });
  it("reads no figure in 三次产业, in gaps to the nation and the province, or in milestones passed", () => {
    expect(read("全年地区生产总值增长6.1%，高于全国1.1个百分点、全省0.3个百分点。地区生产总值先后跨越4000亿元、5000亿元台阶。").map((r) => r[0])).toEqual(["6.1%"]);
    // (A pass counted is a count: 查验3个关口.)
    expect(read("查验3个关口。").map((r) => r[0])).toEqual(["3个"]);
  });
});

describe("extractMetrics: a year between the actor and its verb (review 45)", () => {
  it("dates 全市2024年收到…，受理… in a 2025 report, both clauses", () => {
    const ms = extractMetrics("全市2024年收到行政复议申请2413件，受理2207件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.period])).toEqual([
      [2413, 2024],
      [2207, 2024],
    ]);
  });
  it("leaves an attributive year after a verb alone (出台2024年度…)", () => {
    const ms = extractMetrics("全市出台2024年度重大行政决策事项目录，收录事项12项。", { reportYear: 2025 });
    expect(ms.map((m) => m.period)).toEqual([null]);
  });
});

describe("extractMetrics: rural residents and running totals in a work report (review 45)", () => {
  it("gives 农村居民 no village scope", () => {
    expect(extractMetrics("农村居民人均可支配收入33580元，增长6.9%。", { reportYear: 2024 }).map((m) => m.scope)).toEqual([null]);
  });
  it("takes 累计达到55个 after the year's 新推出28个 as a running total, not the year's count", () => {
    const ms = extractMetrics("“高效办成一件事”新推出28个，累计达到55个。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.indicator, m.coverage?.kind ?? null])).toEqual([
      [28, "approval-items-streamlined", null],
      [55, null, "multi-year"],
    ]);
  });
});

describe("extractMetrics: a breakdown in brackets right after a count (review 45)", () => {
  it("makes each item a part of the count, but not a bracketed base", () => {
    const ms = extractMetrics("全年办理行政处罚案件27件（简易程序19件、普通程序8件），罚没款2.35万元。收到申请748件（上年为617件）。受理申请748件（前三年617件）。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [27, null],
      [19, 0],
      [8, 0],
      [23500, null],
      [748, null],
      [617, null],
      [748, null],
      [617, null],
    ]);
  });
});

describe("extractMetrics: a table whose last column is 年均增长 (review 45)", () => {
  it("reads every year's cell and gives the latest the average yearly growth, so labelled", () => {
    const text = "表2 2021—2024年行政复议主要数据\n项目 2021年 2022年 2023年 2024年 年均增长\n收到行政复议申请（件） 1126 1309 1758 2413 28.9%\n";
    const ms = extractMetrics(text, { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.change === null ? null : `${m.change.value}${m.change.unit} ${m.change.basis}`])).toEqual([
      [1126, 2021, null],
      [1309, 2022, null],
      [1758, 2023, null],
      [2413, null, "28.9% 年均"],
    ]);
  });
});

describe("extractMetrics: a table's baseline column (review 45)", () => {
  it("dates the 2020年基数 column to 2020", () => {
    const text = "表1 主要指标完成情况\n序号 指标名称 单位 2020年基数 2025年目标值 2024年完成值 完成情况\n2 持证行政执法人员 人 5127 6500 6842 已完成\n";
    expect(extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.period, m.target])).toEqual([
      [5127, 2020, false],
      [6500, 2025, true],
      [6842, null, false],
    ]);
  });
});

describe("extractMetrics: a reference value after a comparison (review 45)", () => {
  it("reads 高于5%的规划目标 as the target's exact value, not as 'above 5%'", () => {
    const m = extractMetrics("行政诉讼一审败诉率（6.2%）仍高于5%的规划目标。", { reportYear: 2024 }).find((x) => x.value === 5)!;
    expect([m.text, m.approx, m.bound, m.target, m.indicator]).toEqual(["5%", false, null, true, null]);
  });
  it("reads no figure in a benchmark's value (优于35微克/立方米的国家标准)", () => {
    const ms = extractMetrics("PM2.5平均浓度31.8微克/立方米，优于35微克/立方米的国家标准。", { reportYear: 2024 });
    expect(ms.map((m) => m.value)).toEqual([31.8]);
  });
});

describe("extractMetrics: changes handed out in order to the figures before them (review 45)", () => {
  const changes = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`]);
  it("pairs 案件数和罚没金额同比分别下降6.4%和11.2% with the count and the amount", () => {
    expect(changes("立案查处环境违法案件583件，罚没款4817.35万元，案件数和罚没金额同比分别下降6.4%和11.2%。")).toEqual([
      [583, "down 6.4%"],
      [48173500, "down 11.2%"],
    ]);
  });
  it("pairs each item with the figure it names, not with the last figures of the sentence", () => {
    expect(changes("立案查处环境违法案件583件，作出行政处罚决定556件，罚没款4817.35万元，案件数和罚没金额同比分别下降6.4%和11.2%。")).toEqual([
      [583, "down 6.4%"],
      [556, null],
      [48173500, "down 11.2%"],
    ]);
  });
  it("pairs 增长4.8%、6.9% with the two amounts 分别 listed before", () => {
    expect(changes("城乡居民人均可支配收入分别达到57206元、33580元，增长4.8%、6.9%。")).toEqual([
      [57206, "up 4.8%"],
      [33580, "up 6.9%"],
    ]);
  });
});

describe("extractMetrics: a change measured on a stated basis (review 45)", () => {
  it("links 同口径增长 and 按不变价格计算，比上年增长 to the figure before", () => {
    const ms = extractMetrics("一般公共预算收入365.8亿元、同口径增长3.2%。地区生产总值5103.2亿元，按不变价格计算，比上年增长6.1%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.change?.value ?? null])).toEqual([
      ["365.8亿元", 3.2],
      ["5103.2亿元", 6.1],
    ]);
  });
});

describe("extractMetrics: a domain named only by the actor (review 45)", () => {
  const mapped = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.period, m.indicator]);
  it("maps every figure that borrows 申请 from 行政复议机关收到申请, down the chain", () => {
    expect(mapped("全市行政复议机关收到申请2413件；受理2207件，审结2130件。")).toEqual([
      [2413, null, "admin-review-applications"],
      [2207, null, "admin-review-cases-accepted"],
      [2130, null, "admin-review-cases-concluded"],
    ]);
  });
  it("maps every year of a 依次 series", () => {
    expect(mapped("2022年、2023年、2024年，全市行政复议机关依次收到申请1309件、1758件、2413件。")).toEqual([
      [1309, 2022, "admin-review-applications"],
      [1758, 2023, "admin-review-applications"],
      [2413, null, "admin-review-applications"],
    ]);
  });
});

describe("extractMetrics: a body's same verb after a list of parts (review 45)", () => {
  it("gives 各县市政府共收到1,074件 the object and the whole of 收到, past the parts of 受理 and 审结", () => {
    const ms = extractMetrics("全州共收到行政复议申请1,486件；受理1,362件，审结1,297件。其中，州政府收到行政复议申请412件，受理386件，审结371件；各县市政府共收到1,074件。", { reportYear: 2024 });
    const m = ms.find((x) => x.value === 1074)!;
    expect([m.subject, m.partOf, m.scope, m.indicator]).toEqual(["政府共收到行政复议申请", 0, "区县", "admin-review-applications"]);
  });
});

describe("extractMetrics: levels that sent the objects counted (review 45)", () => {
  it("gives 备案审查各县市报送的规范性文件 and …市州政府和省直部门报备的 no level of the sender", () => {
    const scopes = (text: string) => extractMetrics(text, { reportYear: 2024, placeName: "延边朝鲜族自治州" }).map((m) => [m.value, m.scope]);
    expect(scopes("审核州政府规范性文件26件，备案审查各县市报送的规范性文件143件。")).toEqual([
      [26, "州本级"],
      [143, null],
    ]);
    expect(scopes("省司法厅备案审查市州政府和省直部门报备的规范性文件412件。")).toEqual([[412, null]]);
    expect(scopes("全年州本级审核行政规范性文件38件，备案审查各县（市）报备规范性文件96件。")).toEqual([
      [38, "州本级"],
      [96, null],
    ]);
  });
  it("keeps the level that acts as the sender (全市报送备案规范性文件35件)", () => {
    expect(extractMetrics("全市报送备案规范性文件35件。", { reportYear: 2024 }).map((m) => m.scope)).toEqual(["全市"]);
  });
});

describe("extractMetrics: levels in a township's report (review 45)", () => {
  it("reads 镇级 as the town's own level and 各村 as the villages", () => {
    const ms = extractMetrics("组织应急演练9场次，其中镇级演练3场次、各村演练6场次。", { reportYear: 2024, placeLevel: "street", placeName: "株良镇" });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [9, null],
      [3, "镇本级"],
      [6, "村社区"],
    ]);
  });
  it("reads 全乡各村 in a township (乡) report as the villages too", () => {
    const ms = extractMetrics("全乡各村开展普法宣传活动36场次。", { reportYear: 2024, placeLevel: "street", placeName: "某某乡" });
    expect(ms.map((m) => m.scope)).toEqual(["村社区"]);
  });
  it("names a subdistrict's or township's own whole 全街道 or 全乡, not 全镇 (review 59)", () => {
    const scopes = (placeName: string) => extractMetrics("2025年，辖区新登记经营主体1432户，同比增长6.8%。", { reportYear: 2025, placeLevel: "street", placeName }).map((m) => m.scope);
    expect(scopes("孟追湾街道")).toEqual(["全街道"]);
    expect(scopes("某某乡")).toEqual(["全乡"]);
    expect(scopes("株良镇")).toEqual(["全镇"]);
  });
});

describe("extractMetrics: the own level's body picked out of a whole (review 45)", () => {
  it("scopes 其中（，）市劳动人事争议仲裁院受理案件1024件 to 市本级, a part of the whole", () => {
    for (const lead of ["其中，", "其中"]) {
      const ms = extractMetrics(`全市各级劳动人事争议仲裁院共受理案件5826件，${lead}市劳动人事争议仲裁院受理案件1024件。`, { reportYear: 2023 });
      expect(ms.map((m) => [m.value, m.scope, m.partOf])).toEqual([
        [5826, "全市", null],
        [1024, "市本级", 0],
      ]);
    }
  });
  it("leaves it to an office's own report to say whose level a body is", () => {
    const ms = extractMetrics("全市各级劳动人事争议仲裁院共受理案件5826件，其中，市劳动人事争议仲裁院受理案件1024件。", { reportYear: 2023, ownOffice: true, officeName: "九江市人力资源和社会保障局" });
    expect(ms[1]!.scope).not.toBe("市本级");
  });
  it("reads a justice bureau's city-level body as the city's own level: the bureau speaks for its place (review 60)", () => {
    const ms = extractMetrics("全市办理法律援助案件1.12万件，同比增长6.4%，其中市法律援助中心办理1,530件。", { reportYear: 2025, ownOffice: true, officeName: "赣州市司法局" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["1.12万件", "全市"],
      ["1,530件", "市本级"],
    ]);
  });
});

describe("extractMetrics: lists named by a short quoted label (review 45)", () => {
  it("maps the total of 不予处罚、减轻处罚、从轻处罚“三张清单” and makes one kind its part", () => {
    const ms = extractMetrics("出台不予处罚、减轻处罚、从轻处罚“三张清单”，涵盖事项412项，其中不予处罚事项178项。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.partOf, m.indicator])).toEqual([
      [412, null, "no-penalty-lenient-items"],
      [178, 0, null],
    ]);
  });
});

describe("extractMetrics: a number inside a table row's label (review 45)", () => {
  it("reads 其他9个村 as the row's name, not a count", () => {
    const text = "表1  2024年各村（社区）法治工作主要数据\n村（社区）  调解纠纷（件）  普法活动（场次）\n株良村  18  6\n其他9个村  54  33\n";
    expect(extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.scope])).toEqual([
      [18, "株良村"],
      [6, "株良村"],
      [54, "其他9个村"],
      [33, "其他9个村"],
    ]);
  });
});

describe("extractMetrics: regulations made and amended together (review 45)", () => {
  it("maps 制定修改政府规章2件 with the laws made, but not 修改1件 alone", () => {
    const mapped = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.indicator]);
    expect(mapped("提请市人大常委会审议地方性法规草案4件，制定修改政府规章2件。")).toEqual([
      [4, "local-legislation"],
      [2, "local-legislation"],
    ]);
    expect(mapped("制定地方性法规2件、修改1件。")).toEqual([
      [2, "local-legislation"],
      [1, null],
    ]);
  });
});

describe("extractMetrics: pillars of complaints and labour arbitration (review 45)", () => {
  const pillars = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.pillar]);
  it("files reports handled (举报) under enforcement even under a heading on disputes", () => {
    expect(pillars("（五）依法化解行政争议。受理12369环保举报件4328件。")).toEqual([[4328, "enforcement"]]);
  });
  it("files arbitration's 终局裁决率 with the other arbitration rates, not under reconsideration", () => {
    expect(pillars("全市仲裁结案率96.3%，调解率68.2%，终局裁决率42.7%。")).toEqual([
      [96.3, "other"],
      [68.2, "other"],
      [42.7, "other"],
    ]);
  });
});

describe("extractMetrics: a bracketed part lends no noun past a semicolon (review 45)", () => {
  it("gives 审结5613件 the noun of 受理案件, not of （含上年结转213件）", () => {
    const ms = extractMetrics("全市各级劳动人事争议仲裁院共受理案件5826件（含上年结转213件），同比下降4.7%，涉案金额2.36亿元；审结5613件，仲裁结案率96.3%。", { reportYear: 2023 });
    expect(ms.find((m) => m.value === 5613)!.subject).toBe("审结案件");
  });
});

describe("extractMetrics: a rate that names no field rates the count before it (review 45)", () => {
  it("files 办结率 and 满意率 with the complaints they rate, not under the heading's field", () => {
    const ms = extractMetrics("（五）依法化解行政争议。受理12369环保举报件4328件，办结率100%，群众满意率98.6%。", { reportYear: 2024 });
    expect(ms.map((m) => m.pillar)).toEqual(["enforcement", "enforcement", "enforcement"]);
  });
});

describe("extractMetrics: bases, terms, growth and the epidemic (review 46)", () => {
  const read = (text: string) => extractMetrics(text, { reportYear: 2024 });
  it("reads 较上年（138件）增长17.4% as the figure's base and change", () => {
    expect(read("全年共受理安全生产举报162件，较上年（138件）增长17.4%。").map((m) => [m.value, m.period, m.change?.value ?? null])).toEqual([
      [162, null, 17.4],
      [138, 2023, null],
    ]);
  });
  it("reads no figure in the term of a measure (减免3个月租金, 延期3个月, 监测7天)", () => {
    expect(read("为312户承租户减免3个月租金共计486万元；对纳税人延期3个月缴纳税款；实行居家健康监测7天。").map((m) => m.text)).toEqual(["312户", "486万元"]);
  });
  it("reads 增幅21.3% as the change of the figure before", () => {
    expect(read("县政府收到行政复议申请97件，增幅21.3%。").map((m) => [m.value, m.change?.value ?? null])).toEqual([[97, 21.3]]);
  });
  it("maps no epidemic-control checks or cases to the year's indicators", () => {
    expect(read("全年开展疫情防控执法检查1.16万次。全县查处违反疫情防控规定的行政处罚案件56件。").map((m) => m.indicator)).toEqual([null, null]);
  });
});

describe("extractMetrics: named streets, platforms, later months and safety publicity (review 46)", () => {
  it("gives a named street's figure after 全年 its level and no place's indicator", () => {
    const ms = extractMetrics("全区调解各类矛盾纠纷9315件。洪家楼街道全年调解纠纷1126件。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["全区", "mediation-cases"],
      ["镇街", null],
    ]);
  });
  it("reads a platform called a 系统 as no office's line", () => {
    const ms = extractMetrics("全市政务服务“好差评”系统共收到评价486万条，好评率99.98%。", { reportYear: 2024, ownOffice: true, officeName: "某市政务服务和数据管理局" });
    expect(ms.map((m) => m.scope)).toEqual(["全市", "全市"]);
  });
  it("reads a later year's months so far in a news item as results, not goals", () => {
    const ms = extractMetrics("今年1至2月，该市又新收行政复议申请512件。", { reportYear: 2024, relativeYearBase: 2025 });
    expect([ms[0]!.period, ms[0]!.target]).toEqual([2025, false]);
  });
  it("maps no safety publicity to legal publicity", () => {
    expect(extractMetrics("开展“安全宣传五进”活动，全市开展宣传活动1200余场。", { reportYear: 2024 })[0]!.indicator).toBeNull();
  });
});

describe("extractMetrics: 市场 after a level word, and an office's hotline rates after a semicolon (review 46)", () => {
  it("keeps 市场 in 县市场监管局 whole", () => {
    const ms = extractMetrics("全县行政执法机关共办理行政处罚案件2867件，其中县市场监管局办理710件。", { reportYear: 2024, placeLevel: "county" });
    expect(ms[1]!.subject).toBe("市场监管局办理");
  });
  it("gives the rates after a semicolon the line the part before names, not the office's own level", () => {
    const ms = extractMetrics("全年12345政务服务便民热线受理群众来电、网络诉求共计182.6万件，同比上升9.5%；按时办结率99.2%，群众满意率93.8%。", {
      reportYear: 2024,
      ownOffice: true,
      officeName: "某市政务服务和数据管理局",
    });
    expect(ms.map((m) => m.scope)).toEqual([null, null, null]);
  });
});

describe("extractMetrics: list items whose domain the actor names (review 46)", () => {
  const mapped = (text: string) => extractMetrics(text, { reportYear: 2024 }).map((m) => [m.value, m.indicator]);
  it("maps 证照数据2,430万张 after 电子证照库累计汇聚电子证照种类386类", () => {
    expect(mapped("全市电子证照库累计汇聚电子证照种类386类、证照数据2,430万张。")).toEqual([
      [386, "electronic-licences"],
      [24300000, "electronic-licences-issued"],
    ]);
  });
  it("maps the datasets opened and not the data items beside them", () => {
    expect(mapped("市公共数据资源开放平台累计开放数据集1,312个、数据项2.6万个、数据量1.05亿条。")).toEqual([
      [1312, "public-datasets-opened"],
      [26000, null],
      [105000000, "public-data-opened"],
    ]);
  });
});

describe("extractMetrics: an office's report speaking for its place (review 46)", () => {
  const office = { reportYear: 2024, ownOffice: true, officeName: "某市政务服务和数据管理局" };
  it("gives 我市… and the place's online-handling figures no office level", () => {
    expect(extractMetrics("在第三批“全国综合减灾示范社区”创建中，我市4个社区获命名。", office).map((m) => m.scope)).toEqual([null]);
    expect(extractMetrics("全年网上办件量386.2万件，占总办件量的81.4%。", office).map((m) => m.scope)).toEqual([null, null]);
  });
  it("reads a year's addition in brackets after a running total as that year's, no running total", () => {
    const ms = extractMetrics("截至2024年底，市政务大数据中心累计归集数据21.6亿余条（其中2024年新增4.8亿条）。", { reportYear: 2024 });
    expect(ms[1]!.coverage).toBeNull();
  });
});

describe("extractMetrics: major hazard sources are emergency management (review 46)", () => {
  it("files 重大危险源企业 under emergency", () => {
    expect(extractMetrics("全市共有危险化学品企业326家，重大危险源企业43家。", { reportYear: 2024 }).map((m) => m.pillar)).toEqual(["emergency", "emergency"]);
  });
});

describe("extractMetrics: the sentence's own cues under a heading on the epidemic (review 46)", () => {
  it("files 行政拘留 under enforcement and legal services under other", () => {
    const ms = extractMetrics("一、依法统筹疫情防控和经济社会发展\n（三）保障疫情期间群众合法权益。县公安局依法查处违法犯罪案件43起，行政拘留19人。县司法局组建法律服务团5个，编印法律知识问答1.5万册。", { reportYear: 2022 });
    expect(ms.map((m) => m.pillar)).toEqual(["enforcement", "enforcement", "other", "other"]);
  });
});

describe("extractMetrics: levels listed one character each before 分别 (review 46)", () => {
  it("reads 其中省、市、县三级分别为… as levels that count what the whole counts", () => {
    const ms = extractMetrics("全省各级行政复议机关收到申请23471件，其中省、市、县三级分别为1536件、8120件、13815件。", { reportYear: 2023, placeLevel: "province" });
    expect(ms.slice(1).map((m) => [m.subject, m.scope, m.partOf])).toEqual([
      ["行政复议机关收到申请", "省本级", 0],
      ["行政复议机关收到申请", "市级", 0],
      ["行政复议机关收到申请", "县级", 0],
    ]);
  });
});

describe("extractMetrics: limits of the review-46 rules (review of review 46)", () => {
  const read = (text: string, options = {}) => extractMetrics(text, { reportYear: 2024, ...options });
  it("keeps a later year's part-year plan in an annual report a goal", () => {
    expect(read("2025年上半年新建行政复议基层服务点50个。")[0]!.target).toBe(true);
  });
  it("reads level words joined together as levels, not as a named unit", () => {
    expect(read("乡镇街道调解纠纷1126件。", { placeLevel: "district" })[0]!.indicator).toBe("mediation-cases");
  });
  it("keeps the indicator of a figure whose sentence is only framed by the epidemic", () => {
    expect(read("在统筹疫情防控和经济社会发展中全市共收到行政复议申请2186件。")[0]!.indicator).toBe("admin-review-applications");
  });
  it("reads an average extension as a figure", () => {
    expect(read("全年办理延期审理案件12件，平均延期30天。").map((m) => m.text)).toEqual(["12件", "30天"]);
  });
});

describe("extractMetrics: a quoted label of lists an earlier sentence named (review 45)", () => {
  it("maps 适用“三张清单”办理案件3167件 as lenient-penalty cases", () => {
    const ms = extractMetrics("出台不予处罚、减轻处罚、从轻处罚“三张清单”，涵盖事项412项。2024年全市适用“三张清单”办理案件3167件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [412, "no-penalty-lenient-items"],
      [3167, "no-penalty-lenient-cases"],
    ]);
  });
});

describe("extractMetrics: a count added beside earlier counts of its kind (review 46)", () => {
  it("maps no one-thing count that 另推出 adds to the batches before it", () => {
    const ms = extractMetrics("推进“高效办成一件事”改革，国家部署的第一批13个、第二批8个重点事项全部落地，另推出特色“一件事”15个。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null]);
  });
});

describe("extractMetrics: a figure alone in brackets after its measure's name (review 45)", () => {
  it("names 败诉率（6.2%）仍高于… by the measure, not by the words after the bracket", () => {
    const ms = extractMetrics("行政诉讼一审败诉率（6.2%）较高。", { reportYear: 2024 });
    expect(ms[0]!.subject).toBe("行政诉讼一审败诉率");
  });
});

describe("extractMetrics: a court's report (review 47)", () => {
  it("keeps 出庭并出声的比例 out of the leaders' court-appearance rate", () => {
    const ms = extractMetrics("全市行政机关负责人出庭应诉率达98.6%。开庭审理案件中行政机关负责人出庭并出声的比例为100%。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual(["leader-court-appearance-rate", null]);
  });
  it("reads 其中，市中院… as the city's own level", () => {
    const ms = extractMetrics("全市法院共审查非诉行政执行申请案件328件，其中，市中院审查的涉及自然资源类的非诉案件52件。", { reportYear: 2024 });
    expect(ms.map((m) => m.scope)).toEqual(["全市", "市本级"]);
  });
});

describe("extractMetrics: 由原来的… in a from-to pair (review 47)", () => {
  it("keeps 由原来 out of the subject", () => {
    const ms = extractMetrics("网约车驾驶员证办理时限由原来的10个工作日压缩至3个工作日。", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["网约车驾驶员证办理时限", "网约车驾驶员证办理时限"]);
  });
});

describe("extractMetrics: a part whose noun ends in an intake word (review 47)", () => {
  it("puts 其中，一审行政案件收案1342件 under the cases accepted, not the cases closed", () => {
    const ms = extractMetrics("全市法院共受理各类行政案件2156件，审结2089件，结案率96.9%。其中，一审行政案件收案1342件。", { reportYear: 2024 });
    expect(ms.find((m) => m.value === 1342)!.partOf).toBe(0);
  });
});

describe("extractMetrics: a land bureau's report (review 48)", () => {
  it("reads no figure in a benchmark the comparison names before the figure (低于省定15%的问责红线)", () => {
    const ms = extractMetrics("全县违法占用耕地面积比例为3.1%，低于省定15%的问责红线。", { reportYear: 2022 });
    expect(ms.map((m) => m.value)).toEqual([3.1]);
  });
  it("reads 52.36公顷（合785.4亩） as one area, not two", () => {
    const ms = extractMetrics("确认违法图斑147个，涉及面积52.36公顷（合785.4亩），其中占用耕地21.7公顷（325.5亩）。", { reportYear: 2022 });
    expect(ms.map((m) => m.text)).toEqual(["147个", "52.36公顷", "21.7公顷"]);
  });
  it("keeps a bracketed figure that is no restatement (220件（上年190件）)", () => {
    const ms = extractMetrics("收到行政复议申请220件（上年190件）。", { reportYear: 2022 });
    expect(ms.map((m) => m.value)).toEqual([220, 190]);
  });
  it("files 违法图斑 under enforcement and 办理时限 under business", () => {
    const ms = extractMetrics("经内外业核查，确认违法图斑147个。一般登记办理时限压缩至2个工作日。", { reportYear: 2022 });
    expect(ms.map((m) => m.pillar)).toEqual(["enforcement", "business"]);
  });
});

describe("extractMetrics: a sector's share of a place-wide measure (review 48)", () => {
  const health = { reportYear: 2024, ownOffice: true, officeName: "泰州市卫生健康委员会" };
  it("keeps a health commission's 全市 mediation and certified staff out of the place's indicators", () => {
    const ms = extractMetrics("全市医疗纠纷人民调解委员会全年共受理医疗纠纷437件。全市持有行政执法证件的卫生监督员共计315名。", health);
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [437, "全市", null],
      [315, "全市", null],
    ]);
  });
  it("keeps the place's mediation in a justice bureau's report", () => {
    const ms = extractMetrics("全市各级人民调解组织共受理矛盾纠纷1.2万件。", { reportYear: 2024, ownOffice: true, officeName: "泰州市司法局" });
    expect(ms[0]!.indicator).toBe("mediation-cases");
  });
  it("keeps a data bureau's 全市 notification-commitment items the place's, and a market regulator's not", () => {
    const text = "全市实施证明事项告知承诺制事项214项。";
    const of = (officeName: string) => extractMetrics(text, { reportYear: 2023, ownOffice: true, officeName })[0]!.indicator;
    expect([of("淄博市大数据局"), of("贵阳市大数据发展管理局"), of("株洲市市场监督管理局")]).toEqual(["notification-commitment-items", "notification-commitment-items", null]);
  });
  it("keeps a medical-dispute committee's cases and rate out of the city's mediation figures", () => {
    const ms = extractMetrics("全市医疗纠纷人民调解委员会受理医疗纠纷437件，调解成功率94.3%。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, null]);
  });
  it("reads 卫生健康类政务服务事项全程网办率 as one sector's rate", () => {
    const ms = extractMetrics("卫生健康类政务服务事项全程网办率达93.5%。全市政务服务事项全程网办率达95.1%。", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, "full-online-service-rate"]);
  });
});

describe("extractMetrics: 该镇, 该局 after a speaker (review 48)", () => {
  it("reads 该镇…386起 in a county's news as a town's figure and 该局…217件 as one bureau's", () => {
    const ms = extractMetrics("安定镇党委书记吴晓东介绍，该镇全年排查调处各类矛盾纠纷386起。县市场监督管理局局长刘卫平表示，该局全年查处各类违法案件217件。", { reportYear: 2023, placeLevel: "county" });
    expect(ms.map((m) => m.scope)).toEqual(["镇街", "局本级"]);
  });
});

describe("extractMetrics: a comparison base dated with 年度 (review 48)", () => {
  it("links 较2021年度的86.2%提高8.4个百分点 to the figure before, not to the base", () => {
    const ms = extractMetrics("已整改到位违法图斑139个，整改率94.6%，较2021年度的86.2%提高8.4个百分点。", { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.period, m.change === null ? null : m.change.value])).toEqual([
      [139, null, null],
      [94.6, null, 8.4],
      [86.2, 2021, null],
    ]);
  });
});

describe("extractMetrics: an office's 全市 figures and a table's caption (review 48)", () => {
  const market = { reportYear: 2024, ownOffice: true, officeName: "株洲市市场监督管理局" };
  it("reads a market regulator's 全市 inspections as its line's work, not the place's indicator", () => {
    const ms = extractMetrics("全市共有持证执法人员612人，全年开展“双随机、一公开”抽查检查412次。", market);
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["全市", null],
      ["全市", null],
    ]);
  });
  it("keeps the place's indicator when the sentence names all the place's offices", () => {
    const ms = extractMetrics("全市各行政执法部门全年开展“双随机、一公开”抽查检查4120次。", market);
    expect(ms[0]!.indicator).toBe("enforcement-inspections");
  });
  it("gives rows that state no level the scope their caption states", () => {
    const text = "佳木斯市人民政府关于2023年度法治政府建设情况的报告\n表1 2022—2023年全市行政复议、应诉主要指标\n指标  2022年  2023年  增减\n收到复议申请（件）  361  512  +41.8%\n直接纠错率（%）  9.7  11.2  +1.5\n";
    const ms = extractMetrics(text, { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [361, "全市"],
      [512, "全市"],
      [9.7, "全市"],
      [11.2, "全市"],
    ]);
  });
});

describe("extractMetrics: a total restated as the frame of its parts (review 48)", () => {
  it("reads 审结的1498件案件中，维持812件 as parts of the 1498 before, with no second 1498", () => {
    const ms = extractMetrics("全年共审结行政复议案件1498件。审结的1498件案件中，维持812件，撤销96件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [1498, null],
      [812, 0],
      [96, 0],
    ]);
  });
  it("reads 上述1574件案件中 in the same sentence the same way", () => {
    const ms = extractMetrics("全市受理行政复议案件1574件，上述1574件案件中，涉企案件312件。", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.partOf])).toEqual([
      [1574, null],
      [312, 0],
    ]);
  });
  it("keeps a first mention written the same way (办理的5件提案中)", () => {
    expect(extractMetrics("办理的5件提案中，3件已办结。", { reportYear: 2023 }).map((m) => m.value)).toEqual([5, 3]);
  });
});

describe("extractMetrics: what others did as the outcome of the actor's work (review 48)", () => {
  it("keeps 行政机关据此作出行政处罚298件 out of the place's penalty cases", () => {
    const ms = extractMetrics("全市检察机关向行政主管机关提出检察意见423件，行政机关据此作出行政处罚298件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [423, null],
      [298, null],
    ]);
  });
});

describe("extractMetrics: a development zone's report (review 49)", () => {
  const zone = { reportYear: 2024, placeLevel: "district" as const };
  it("keeps 法治政府建设群众满意度 out of government-service satisfaction", () => {
    expect(extractMetrics("全区法治政府建设群众满意度达96.2%。", zone)[0]!.indicator).toBeNull();
  });
  it("reads 其中金山桥街道调解520件 as one named street's part, no place's indicator", () => {
    const ms = extractMetrics("全区调解矛盾纠纷1368件，其中金山桥街道调解520件。", zone);
    expect(ms.map((m) => [m.scope, m.indicator, m.partOf])).toEqual([
      ["全区", "mediation-cases", null],
      ["镇街", null, 0],
    ]);
  });
  it("reads 比2024年全年的31.2%提高7.4个百分点 as the base of the figure before it", () => {
    const ms = extractMetrics("1至11月，全省行政复议调解和解率38.6%，比2024年全年的31.2%提高7.4个百分点。", { reportYear: 2025, placeLevel: "province" });
    expect(ms.map((m) => [m.value, m.period, m.change === null ? null : m.change.value])).toEqual([
      [38.6, null, 7.4],
      [31.2, 2024, null],
    ]);
  });
  it("reads 辖区新设立市场主体 as the whole place's, not the level of the clause before", () => {
    const ms = extractMetrics("管委会本级共有持证执法人员147人，辖区新设立市场主体5832户。", zone);
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["区本级", "enforcement-certified-staff"],
      ["全区", "new-market-entities"],
    ]);
  });
});

describe("extractMetrics: a clause that is only a year, a part of it and a copula (review 49)", () => {
  it("gives 去年全年为11.1% and 今年1至11月为24.1万次 the measure before them", () => {
    const ms = extractMetrics("今年全省行政复议直接纠错率为12.4%，去年全年为11.1%。2024年全省涉企行政检查为38.5万次，今年1至11月为24.1万次。", { reportYear: 2025, placeLevel: "province" });
    expect(ms.map((m) => m.subject)).toEqual(["行政复议直接纠错率", "行政复议直接纠错率", "涉企行政检查", "涉企行政检查"]);
  });
});

describe("extractMetrics: the review of the review-48 rules (code review 49)", () => {
  const market = { reportYear: 2023, ownOffice: true, officeName: "株洲市市场监督管理局" };
  it("reads the place's offices named as the actor (全市行政执法机关) as the place's, and offices named as partners (会同各有关部门) not", () => {
    const indicator = (text: string) => extractMetrics(text, market)[0]!.indicator;
    expect(indicator("全市各级行政执法机关共办理行政处罚案件3.5万件。")).toBe("administrative-penalty-cases");
    expect(indicator("会同各有关部门开展联合抽查，全市共开展双随机抽查检查412次。")).toBeNull();
  });
  it.each([
    ["立案查处违法用地案件26件（52.36公顷）。", [26, 52.36]],
    ["全年查办市场监管案件326件（1280万元）。", [326, 12800000]],
    ["法治建设经费投入同比增长12%（360万元）。", [12, 3600000]],
    ["涉及面积52.36公顷(合785.4亩)。", [52.36]],
    ["投入资金1.2亿元（12000万元）。", [120000000]],
  ])("drops a bracketed figure only when it restates the amount before it in another unit of its kind: %s", (text, values) => {
    expect(extractMetrics(text, { reportYear: 2023 }).map((m) => m.value)).toEqual(values);
  });
  it("keeps 宣传教育类 activities and a list of dispute kinds (医疗纠纷、婚姻家庭纠纷等) in the place's indicators", () => {
    expect(extractMetrics("全年开展法治宣传教育类活动1200场次。", { reportYear: 2023 })[0]!.indicator).toBe("law-popularisation-activities");
    expect(extractMetrics("全市人民调解组织共受理医疗纠纷、婚姻家庭纠纷等各类矛盾纠纷1.2万件。", { reportYear: 2023 })[0]!.indicator).toBe("mediation-cases");
  });
  it("reads a year header's row with its unit on the last cell as two years, never as one run-together number", () => {
    const ms = extractMetrics("表1 2022—2023年主要指标\n指标 2022年 2023年\n收到行政复议申请 361 512件\n行政机关负责人出庭应诉率 96 100%\n", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.unit, m.period])).toEqual([
      [361, "件", 2022],
      [512, "件", null],
      [96, "%", 2022],
      [100, "%", null],
    ]);
  });
  it("gives no caption's level to rows under a header of levels, a caption naming two levels, or a higher place's caption", () => {
    const scopes = (text: string) => extractMetrics(text, { reportYear: 2023 }).map((m) => m.scope);
    expect(scopes("表3 2023年市本级与全市行政复议情况对比\n指标 2022年 2023年\n收到复议申请（件） 361 512\n")).toEqual([null, null]);
    expect(scopes("附件：全省各地行政复议数据\n指标 2022年 2023年\n收到复议申请（件） 361 512\n")).toEqual([null, null]);
  });
});

describe("extractMetrics: a province's tiers (reviews 46a, 49a)", () => {
  it("keeps 市级 and 县级 apart in a province's report, and 市县两级 as its own scope", () => {
    const ms = extractMetrics("全省共办理行政处罚案件48.6万件，其中省级2.3万件、市级9.8万件、县级36.5万件。市县两级政府共聘请法律顾问3260名。", { reportYear: 2025, placeLevel: "province" });
    expect(ms.map((m) => m.scope)).toEqual(["全省", "省本级", "市级", "县级", "市县两级"]);
  });
  it("still reads 县级 in a city's report as its counties", () => {
    expect(extractMetrics("县级共办理行政处罚案件3.6万件。", { reportYear: 2025, placeLevel: "city" })[0]!.scope).toBe("区县");
  });
});

describe("extractMetrics: subjects cut at a number or around a title (review 48)", () => {
  it("starts a long subject after a hotline's number, not inside it, and drops 围绕《…》等", () => {
    const ms = extractMetrics("全年办理12319城管服务热线和12345政务服务便民热线转办件3.8万件。围绕《湖北省城市市容和环境卫生管理条例》等开展城管进社区普法活动86场。", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["城管服务热线和12345政务服务便民热线转办件", "开展城管进社区普法活动"]);
  });
});

describe("extractMetrics: a table of levels side by side (code review 49)", () => {
  it("scopes 全市 and 市本级 columns apart, so the two figures never compare as one", () => {
    const ms = extractMetrics("某市2023年法治政府建设情况报告\n表1 2023年行政复议数据\n指标 全市 市本级\n收到复议申请（件） 512 120\n", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [512, "全市"],
      [120, "市本级"],
    ]);
  });
});

describe("extractMetrics: a plan item that names the problem it tackles (review 50)", () => {
  it("reads 二、2024年工作打算 / 一是…突出问题，…400场次 as a goal for 2024, not a shortcoming of 2023", () => {
    const text = "一、主要举措和成效\n全县组织行政执法人员培训2960人次。\n二、2024年工作打算\n一是聚焦群众反映强烈的突出问题，全年组织普法活动400场次；二是开展执法突出问题专项整治，完成执法人员轮训3000人次。\n";
    const ms = extractMetrics(text, { reportYear: 2023, placeLevel: "county" });
    expect(ms.map((m) => [m.value, m.period, m.target])).toEqual([
      [2960, null, false],
      [400, 2024, true],
      [3000, 2024, true],
    ]);
  });
});

describe("extractMetrics: the own government with an aside on what it includes (review 50)", () => {
  it("reads 审核县政府（含县政府办）规范性文件9件 as the county government's own level, but not an aside that takes in lower governments", () => {
    expect(extractMetrics("全年审核县政府（含县政府办）规范性文件9件。", { reportYear: 2023, placeLevel: "county" })[0]!.scope).toBe("县本级");
    expect(extractMetrics("全年审核市政府（含各县区政府）规范性文件9件。", { reportYear: 2023, placeLevel: "city" })[0]!.scope).toBeNull();
  });
});

describe("extractMetrics: a bound that picks out the places counted (review 50)", () => {
  it("reads no figure in 唯一超过4000件的县（市、区）", () => {
    expect(extractMetrics("江油市全年办理行政处罚案件4120件，是全市唯一超过4000件的县（市、区）。", { reportYear: 2024 }).map((m) => m.value)).toEqual([4120]);
  });
});

describe("extractMetrics: development zones in a city's report (review 50)", () => {
  it("reads 高新区 and 经开区 figures as a zone's, no city indicator, and as the zone's whole in its own report", () => {
    const city = extractMetrics("游仙区依申请政务服务事项全程网办率99.2%；高新区新登记经营主体8900余户。经开区新登记经营主体3100户。", { reportYear: 2024, placeLevel: "city" });
    expect(city.slice(1).map((m) => [m.scope, m.indicator])).toEqual([
      ["功能区", null],
      ["功能区", null],
    ]);
    const zone = extractMetrics("经开区新登记经营主体3100户。", { reportYear: 2024, placeLevel: "district", placeName: "芜湖经济技术开发区" });
    expect([zone[0]!.scope, zone[0]!.indicator]).toEqual(["全区", "new-market-entities"]);
    // (In an ordinary district's report, 高新区 is a zone's all the same; so is a part after 其中.)
    const district = extractMetrics("全区新登记经营主体1.2万户，其中高新区8900户。", { reportYear: 2024, placeLevel: "district", placeName: "涪城区" });
    expect(district.map((m) => [m.scope, m.indicator])).toEqual([
      ["全区", "new-market-entities"],
      ["功能区", null],
    ]);
  });
});

describe("extractMetrics: a change in persons after a count in persons (review 50)", () => {
  it("links 较2023年增加约600人 to 1.3万余名 before it", () => {
    const ms = extractMetrics("全市共有1.3万余名行政执法人员持证上岗，较2023年增加约600人。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.change === null ? null : `${m.change.direction} ${m.change.value}${m.change.unit}`])).toEqual([[13000, "up 600人"]]);
  });
});

describe("extractMetrics: compliance guidance to firms (review 49)", () => {
  it("maps 为企业提供法律咨询和合规指导860余家次 to legal services for enterprises", () => {
    expect(extractMetrics("开展“法治体检进企业”活动，为企业提供法律咨询和合规指导860余家次。", { reportYear: 2024 })[0]!.indicator).toBe("enterprise-legal-services");
  });
});

describe("extractMetrics: the goal a gap is measured to (review 50)", () => {
  it("reads 距45天的目标仍有差距 as the goal's value", () => {
    const ms = extractMetrics("行政复议案件审理期限平均52天，距45天的目标仍有差距。", { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.target])).toEqual([
      [52, false],
      [45, true],
    ]);
  });
});

describe("extractMetrics: 辖区 inside 基层辖区 (review of review 50)", () => {
  it("reads 基层辖区 as no scope, and 辖区 alone as the whole place", () => {
    const scopes = (text: string) => extractMetrics(text, { reportYear: 2024, placeLevel: "city" }).map((m) => m.scope);
    expect(scopes("推动基层辖区与消防救援站共建，开展各类宣教活动320余次。")).toEqual([null]);
    expect(scopes("辖区新设立市场主体5832户。")).toEqual(["全市"]);
  });
});

describe("extractMetrics: a national news item and a norm (review 51)", () => {
  it("carries 全国 over a sentence that a speaker's lead-in opens", () => {
    const ms = extractMetrics("司法部有关负责人介绍，2024年全国行政复议案件直接纠错率为11.6%，通过调解、和解方式结案的案件约14.3万件，占审结案件总数的29.9%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["全国", null],
      ["全国", null],
      ["全国", null],
    ]);
  });
  it("reads 出庭应诉率应达到100% as a standard, no result", () => {
    const m = extractMetrics("根据考核办法，行政机关负责人出庭应诉率应达到100%。", { reportYear: 2024 })[0]!;
    expect([m.target, m.indicator]).toEqual([true, null]);
  });
});

describe("extractMetrics: limits of the review-50 rules (code review 51)", () => {
  it("keeps shortcomings under 存在的问题和下一步工作打算 / （一）存在的问题 this year's, no targets", () => {
    const ms = extractMetrics("二、存在的问题和下一步工作打算\n（一）存在的问题\n全市行政复议直接纠错率为15.3%。\n", { reportYear: 2023 });
    expect([ms[0]!.period, ms[0]!.target]).toEqual([null, false]);
  });
  it("gives a wider place's column in a header of levels (指标 全省 全市) no indicator", () => {
    const ms = extractMetrics("表1 2023年数据对比\n指标 全省 全市\n收到复议申请（件） 9120 512\n", { reportYear: 2023 });
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["全省", null],
      ["全市", "admin-review-applications"],
    ]);
  });
  it("keeps a figure before 的市直部门… (no criterion of places)", () => {
    expect(extractMetrics("全年培训超过3000人次的市直部门执法人员。", { reportYear: 2023 }).map((m) => m.value)).toEqual([3000]);
  });
});

describe("extractMetrics: a section's bracketed recap line (review 51)", () => {
  it("reads no second copy of the figures a recap line repeats, and keeps one it adds", () => {
    const text = "全市各级行政复议机关共收到行政复议申请682件，审结587件，综合纠错率为11.3%。\n（本部分主要数据：复议申请682件；审结587件；纠错率11.3%；一审行政诉讼案件746件）\n";
    const ms = extractMetrics(text, { reportYear: 2022 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [682, "admin-review-applications"],
      [587, "admin-review-cases-concluded"],
      [11.3, null],
      [746, "admin-litigation-first-instance-cases"],
    ]);
  });
});

describe("extractMetrics: a news lede before the first clause (review 51)", () => {
  it("keeps the outlet's dispatch line (人民网北京1月22日电, 临江新闻网讯) out of the subject", () => {
    const ms = extractMetrics("人民网北京1月22日电 2024年全国行政复议案件直接纠错率为11.6%。\n临江新闻网讯 全市共收到行政复议申请1200件。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["行政复议案件直接纠错率", "收到行政复议申请"]);
  });
  it("keeps words that only begin with 电 or 讯 (电子证照, 通讯)", () => {
    const ms = extractMetrics("全市电子证照共计签发3200张，应急通讯保障率达到99%。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["电子证照共计签发", "应急通讯保障率"]);
  });
});

describe("extractMetrics: a comparison base with a word on how it was taken (review 52b)", () => {
  it("reads 较上年评估时的6.5% as last year's base: the change goes to the figure before it", () => {
    const ms = extractMetrics("全市行政复议直接纠错率为8.7%，较上年评估时的6.5%提高2.2个百分点。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.change?.value ?? null, m.indicator])).toEqual([
      [8.7, null, 2.2, "admin-review-correction-rate"],
      [6.5, 2023, null, null],
    ]);
  });
  it("takes no word of change for such a word (比上年增加的200件 is no base)", () => {
    const ms = extractMetrics("全市受理复议案件1200件，比上年增加的200件主要为征收类。\n", { reportYear: 2024 });
    expect(ms[1]!.period).toBeNull();
  });
});

describe("extractMetrics: 政府信息公开 cases and the respondent's side (reviews 52a, 52b)", () => {
  it("maps no 复议 or 诉讼 indicator to cases about 信息公开 only, in the sentence or under such a heading", () => {
    const inSentence = extractMetrics("市政府共收到政府信息公开类行政复议申请6件，行政复议机关受理5件，办结5件。\n", { reportYear: 2024 });
    expect(inSentence.map((m) => m.indicator)).toEqual([null, null, null]);
    const headed = extractMetrics("四、政府信息公开行政复议、行政诉讼情况\n本机关共收到行政复议申请6件，被提起一审行政诉讼4件，复议纠错率16.7%。\n五、其他\n全市收到行政复议申请2945件。\n", { reportYear: 2024 });
    expect(headed.map((m) => m.indicator)).toEqual([null, null, null, "admin-review-applications"]);
    const report = extractMetrics("全市收到行政复议申请2945件。\n", { reportYear: 2024, topicOnly: true });
    expect(report[0]!.indicator).toBeNull();
  });
  it("maps cases in which the place's agencies were respondents (被申请, 被纠错) to no reviewing-side indicator", () => {
    const ms = extractMetrics("全市行政机关被申请行政复议案件386件，行政执法行为被纠错率为3.1%。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [386, null],
      [3.1, null],
    ]);
  });
});

describe("extractMetrics: one sector's share of a place-wide measure (review 52a)", () => {
  it("maps no place-wide indicator to a sector's services, data or staff (教育领域, 教育数据, 教育类, 教育系统)", () => {
    const text =
      "梳理教育领域政务服务事项43项，全部实现“一网通办”，全程网办率达95.3%。归集学籍、资助、招生等教育数据1200余万条，向社会开放教育类公共数据集18个。教育系统持证执法人员183人。\n全市依申请政务服务事项全程网办率达92.1%，归集政务数据3.2亿条。\n";
    const ms = extractMetrics(text, { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [43, null],
      [95.3, null],
      [12000000, null],
      [18, null],
      [183, null],
      [92.1, "full-online-service-rate"],
      [320000000, "government-data-collected"],
    ]);
  });
});

describe("extractMetrics: a table's rows of kinds, not of places (reviews 52a, 52b)", () => {
  it("takes a row of a kind (道路运输, 行政规范性文件) into the subject only; a row of a place stays its scope", () => {
    const kinds = extractMetrics("案件类别  立案数（件）  罚没款（万元）\n道路运输  2981  1326.8\n城市客运  647  291.6\n", { reportYear: 2025 });
    expect(kinds.map((m) => [m.subject, m.scope])).toEqual([
      ["道路运输立案数", null],
      ["道路运输罚没款", null],
      ["城市客运立案数", null],
      ["城市客运罚没款", null],
    ]);
    const places = extractMetrics("单位  立案数（件）  罚没款（万元）\n襄城区  2186  265.30\n樊城区  3024  388.62\n", { reportYear: 2024 });
    expect(places.map((m) => m.scope)).toEqual(["襄城区", "襄城区", "樊城区", "樊城区"]);
  });
});

describe("extractMetrics: a third-party evaluation's own sample and survey (review 52b)", () => {
  it("maps no indicator to the evaluators' sample or a survey's respondents, and keeps the government's figures they quote", () => {
    const text = "评估组评查的300卷案卷中，优秀案卷96卷。问卷结果显示，受访企业对政务服务的满意度为88.9%。\n据统计，全市组织评查行政执法案卷1260卷，政务服务满意度达99.6%。\n";
    const ms = extractMetrics(text, { reportYear: 2024, thirdParty: true });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [300, null],
      [96, null],
      [88.9, null],
      [1260, "enforcement-case-file-reviews"],
      [99.6, "government-service-satisfaction"],
    ]);
  });
  it("keeps a government's own survey of respondents (受访群众…满意度) in its own report (code review 54)", () => {
    const ms = extractMetrics("全市组织开展法治政府建设满意度调查，受访群众对政务服务的满意度为96.5%。\n", { reportYear: 2024 });
    expect(ms[0]!.indicator).toBe("government-service-satisfaction");
  });
});

describe("extractMetrics: a list's total and an honour's grade (review 52a)", () => {
  it("names a total after a list by the list's lead-in, not by its last item", () => {
    const ms = extractMetrics("因政府信息公开工作被申请行政复议情况：结果维持3件，结果纠正1件，尚未审结1件，总计5件。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["结果维持", "结果纠正", "尚未审结", "因政府信息公开工作被申请行政复议总计"]);
  });
  it("still reads 累计 after one figure as a total of that figure's activity", () => {
    const ms = extractMetrics("组织执法人员培训7期，累计612人次。\n", { reportYear: 2024 });
    expect(ms[1]!.subject).toBe("组织执法人员培训");
  });
  it("reads a level before an honour (自治区级依法治校示范校, 市级先进单位) as the honour's grade, no scope", () => {
    const ms = extractMetrics("新创建自治区级依法治校示范校5所、市级示范校23所，获评市级先进单位3个。\n", { reportYear: 2025 });
    expect(ms.map((m) => m.scope)).toEqual([null, null, null]);
    // (A whole place before the honour is still the figure's scope: code review 53.)
    expect(extractMetrics("全市依法治校示范校达标率100%。\n", { reportYear: 2025 })[0]!.scope).toBe("全市");
  });
});

describe("extractMetrics: a total after a 分别 list of levels (review 52b)", () => {
  it("gives the list's total (累计培训4,360人次) none of the last item's level", () => {
    const ms = extractMetrics("全年组织执法人员培训分别为区级12期、镇级30期，累计培训4,360人次。\n", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => [m.value, m.scope])).toEqual([
      [12, null],
      [30, "镇街"],
      [4360, null],
    ]);
  });
});

describe("extractMetrics: kinds of a total in clauses of their own (review 52b)", () => {
  it("maps no kind to the total over kinds when its sentence names two (documents and contracts)", () => {
    const ms = extractMetrics("全年对区政府拟制发的文件开展合法性审核89件，审核区政府合同128份，提出法律意见建议317条。\n", { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.indicator])).toEqual([
      [89, null],
      [128, null],
      [317, null],
    ]);
  });
  it("keeps the total of one kind whose earlier level the sentence gives (由…的1340件增至3125件)", () => {
    const ms = extractMetrics("全市政府法律顾问审查合同协议由2021年的1340件增至3125件。\n", { reportYear: 2022 });
    expect(ms.map((m) => [m.period, m.indicator])).toEqual([
      [2021, "legality-reviews"],
      [null, "legality-reviews"],
    ]);
  });
});

describe("extractMetrics: the field of a superlative (review 52b)", () => {
  it("reads neither the field's size (8个…中) nor the one picked out (最大的一项), and gives the change to the score", () => {
    const ms = extractMetrics("“行政执法严格规范公正文明”得分15.9分（满分18分），为8个一级指标中提升幅度最大的一项，较上年提高3.1分。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.unit, m.change?.value ?? null])).toEqual([[15.9, "分", 3.1]]);
  });
  it("keeps a count before a batch of it (28项改革任务中第一批12项) (code review 54)", () => {
    expect(extractMetrics("全市确定28项改革任务中第一批12项已完成。\n", { reportYear: 2024 }).map((m) => m.value)).toEqual([28, 12]);
  });
  it("keeps a count that ranks nothing (8个指标全部达标)", () => {
    expect(extractMetrics("全市8个重点领域全部实现综合执法。\n", { reportYear: 2024 }).map((m) => m.value)).toEqual([8]);
  });
});

describe("extractMetrics: a level reached from another (由…的X提升至Y) (review 52b)", () => {
  it("gives the new level its change from the old, in 个百分点 for a rate, with the phrase as its text", () => {
    const ms = extractMetrics("全区依申请政务服务事项全程网办率由2024年的85%提升至92%。网约车车辆合规率由年初的61.5%提升至年底的78.3%。\n", { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.subject, m.period, m.change && [m.change.value, m.change.unit, m.change.direction, m.change.basis, m.change.text]])).toEqual([
      [85, "依申请政务服务事项全程网办率", 2024, null],
      [92, "依申请政务服务事项全程网办率", null, [7, "个百分点", "up", "较2024年", "由2024年的85%提升至92%"]],
      [61.5, "网约车车辆合规率", null, null],
      [78.3, "网约车车辆合规率", null, [16.8, "个百分点", "up", "较年初", "由年初的61.5%提升至年底的78.3%"]],
    ]);
  });
  it("gives no change to a range, to pairs it cannot line up, or from a norm; a ‰ change stays in ‰; a goal's change has no base year (code review 54)", () => {
    const none = extractMetrics("对无证经营行为处1万元至5万元罚款。按违法所得的10%至30%计算。行政复议和行政诉讼案件分别由1200件和800件下降到1000件和900件。承诺办理时限由法定的20个工作日压缩至3个工作日。\n", { reportYear: 2024 });
    expect(none.filter((m) => m.change !== null).map((m) => m.text)).toEqual([]);
    const permille = extractMetrics("行政诉讼败诉率由上年的8.2‰降至5.1‰。\n", { reportYear: 2024 });
    expect([permille[1]!.change?.value, permille[1]!.change?.unit]).toEqual([3.1, "‰"]);
    const goal = extractMetrics("力争2025年全程网办率由92%提升至95%。\n", { reportYear: 2024 });
    expect(goal[1]!.change?.basis).toBe("");
  });
  it("reads a base at last year's end (较上年年底的58.2万户) as the base, not a figure with the change", () => {
    const ms = extractMetrics("全市市场主体达到61.8万户，较上年年底的58.2万户增长6.2%。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.change?.value ?? null])).toEqual([
      [618000, null, 6.2],
      [582000, 2023, null],
    ]);
  });
  it("keeps a change the text states, and gives none between approximate levels", () => {
    const stated = extractMetrics("办理时限由20个工作日压缩至3个工作日，压缩了17个工作日。\n", { reportYear: 2024 });
    expect(stated[1]!.change?.text).not.toMatch(/^由/);
    const approx = extractMetrics("参训人数由3000余人次增加到5000余人次。\n", { reportYear: 2024 });
    expect(approx[1]!.change).toBeNull();
  });
});

describe("extractMetrics: levels with their kinds in brackets before 两级/三级 (review 52b)", () => {
  it("hands 区、镇（街道）、村（社区）三级…分别为 out one level per figure", () => {
    const ms = extractMetrics("区、镇（街道）、村（社区）三级公共法律服务平台分别为1个、8个、329个。\n", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => m.scope)).toEqual(["区本级", "镇街", "村社区"]);
  });
});

describe("extractMetrics: a class named by its number (review 52a)", () => {
  it("reads no count in 属于三类内部事务信息, and keeps a count of classes (梳理证明事项3类)", () => {
    const ms = extractMetrics("不予公开的申请中，属于三类内部事务信息的2件，属于四类过程性信息的5件。新增数据资源3类。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.unit])).toEqual([
      [2, "件"],
      [5, "件"],
      [3, "类"],
    ]);
  });
});

describe("extractMetrics: a transport detachment's enforcement (review 52b)", () => {
  it("files overload control (治超, 超限, 劝返) and off-site enforcement under enforcement, not business or digital", () => {
    const ms = extractMetrics("会同公安交警开展联合治超行动36次，倒查源头企业58家。非现场执法系统推送超限案件1,562件。高速公路入口称重检测劝返超限车辆1.1万余辆次。\n", { reportYear: 2025 });
    expect(ms.map((m) => m.pillar)).toEqual(["enforcement", "enforcement", "enforcement", "enforcement"]);
  });
});

describe("extractMetrics: limits of the review-52 rules (code review 53)", () => {
  it("keeps a survey-measured satisfaction and counts beside survey words; drops only respondents' shares and the evaluators' sample", () => {
    const ms = extractMetrics("通过问卷调查，群众对政务服务的满意度达98.6%。全市发放普法宣传资料和调查问卷12万份，开展普法活动320场。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual(["government-service-satisfaction", null, "law-popularisation-activities"]);
  });
  it("keeps the total over kinds and last year's total beside one kind", () => {
    const ms = extractMetrics("全市共开展合法性审查1520件，审查市政府合同协议326件。全年开展合法性审查326件，上年同期合法性审查298件。\n", { reportYear: 2024 });
    expect([ms[0]!.indicator, ms[2]!.indicator, ms[3]!.indicator]).toEqual(["legality-reviews", "legality-reviews", "legality-reviews"]);
  });
  it("dates no figure by a start (由2021年启动的) or a 持平 (与上年持平的98.5%)", () => {
    const ms = extractMetrics("由2021年启动的“减证便民”行动累计取消证明事项126项。全市政务服务满意度保持在与上年持平的98.5%。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.period)).toEqual([null, null]);
  });
  it("gives a list's total the year its list opens with, not its last item's (上年结转)", () => {
    const ms = extractMetrics("一、行政复议案件办理情况：新收案件320件，上年结转15件，合计335件。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period])).toEqual([
      [320, null],
      [15, 2023],
      [335, null],
    ]);
    expect(ms[2]!.subject).toBe("行政复议案件办理合计");
  });
  it("keeps subjects that open with a date and 电 (3月15日电诈防范…): no outlet, no lede", () => {
    expect(extractMetrics("3月15日电诈防范宣传活动覆盖群众1.2万人次。\n", { reportYear: 2024 })[0]!.subject).toBe("电诈防范宣传活动覆盖群众");
  });
  it("keeps a sector's count from taking the indicators of the other counts in its sentence", () => {
    const ms = extractMetrics("全市教育系统执法人员培训320人次，开展普法活动400场。全市生态环境领域行政处罚案件326件。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, "law-popularisation-activities", null]);
  });
  it("keeps a later rate that names its own whole out of a sector's sentence (code review 54)", () => {
    const ms = extractMetrics("全市梳理公安领域政务服务事项43项，全市依申请政务服务事项全程网办率达98.5%。\n", { reportYear: 2024 });
    expect(ms[1]!.indicator).toBe("full-online-service-rate");
  });
  it("keeps 全镇 figures out of a county's indicators", () => {
    const ms = extractMetrics("在城关镇开展试点，全镇调解矛盾纠纷1260件。全年共调解矛盾纠纷8600件。\n", { reportYear: 2024, placeLevel: "county" });
    expect(ms.map((m) => m.indicator)).toEqual([null, "mediation-cases"]);
  });
});

describe("extractMetrics: review 55", () => {
  it("reads a 十二五 or 十一五 total as a multi-year one, no year's indicator", () => {
    const ms = extractMetrics("“十二五”期间，我县共办理行政复议案件一百六十三件。十一五时期，全县办理行政复议案件98件。\n", { reportYear: 2016 });
    expect(ms.map((m) => [m.value, m.coverage?.kind ?? null, m.indicator])).toEqual([
      [163, "multi-year", null],
      [98, "multi-year", null],
    ]);
  });
  it("gives a bracketed aside's figure its own words, so the clause after the bracket keeps its subject and indicator", () => {
    const ms = extractMetrics("全年共收到行政复议申请四十一件，受理三十八件，同比增长百分之十七点一（二〇一五年受理三十二件）；审结三十六件，其中维持二十四件。\n", { reportYear: 2016 });
    const by = (v: number) => ms.find((m) => m.value === v)!;
    expect([by(32).subject, by(32).period]).toEqual(["受理行政复议申请", 2015]);
    expect([by(36).subject, by(36).indicator]).toEqual(["审结行政复议申请", "admin-review-cases-concluded"]);
    expect(by(24).subject).toBe("维持行政复议申请");
  });
  it("keeps the clause's words for a bracket of a year and a copula only, or a figure alone in brackets", () => {
    const ms = extractMetrics("区政府共收到行政复议申请十九件（二〇一八年为十二件），败诉率（6.2%）仍高于全市平均。\n", { reportYear: 2019 });
    expect(ms.map((m) => m.subject)).toEqual(["区政府共收到行政复议申请", "区政府共收到行政复议申请", "败诉率"]);
  });
  it("reads no 路 of a street's name (经三路街道, 纬二路社区) as a count", () => {
    const ms = extractMetrics("经三路街道办事处办理行政许可事项126件。市司法局联合建设二路社区开展普法活动12场，开通3路公交。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.text)).toEqual(["126件", "12场"]);
  });
  it("keeps data interfaces out of open datasets, channel mediation out of people's mediation, attack-and-defence exercises out of drills", () => {
    const ms = extractMetrics("全市累计开放数据集1583个，开放数据接口367个。全年受理法院委派委托调解案件8954件，调解成功5217件，成功率58.3%。全市开展网络安全攻防演练2次，整改安全漏洞176个。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator, m.pillar])).toEqual([
      ["1583个", "public-datasets-opened", "digital"],
      ["367个", null, "digital"],
      ["8954件", null, "other"],
      ["5217件", null, "other"],
      ["58.3%", null, "other"],
      ["2次", null, "digital"],
      ["176个", null, "digital"],
    ]);
  });
  it("keeps decisions that were reviewed (进行了合法性审查) out of the decisions catalogue, but not decisions that all passed review", () => {
    const ms = extractMetrics("全年对十一项重大行政决策事项进行了合法性审查。区政府5项重大行政决策事项均经合法性审查和集体讨论决定。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.indicator)).toEqual([null, "major-administrative-decisions"]);
  });
  it("files fire statistics under emergency management", () => {
    const ms = extractMetrics("全市共发生火灾2147起，死亡3人，直接财产损失2863.5万元；全年接警出动1.86万起。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.pillar)).toEqual(["emergency", "emergency", "emergency", "emergency"]);
  });
  it("ends a goal where the result begins (目标值为90%，实际完成98.6%), and names the result by the goal's measure", () => {
    const ms = extractMetrics("行政机关负责人出庭应诉率目标值为90%，实际完成98.6%。行政复议调解和解率目标为30%以上，实际完成27.4%。\n", { reportYear: 2023 });
    expect(ms.map((m) => [m.text, m.target, m.subject, m.indicator])).toEqual([
      ["90%", true, "行政机关负责人出庭应诉率目标值", null],
      ["98.6%", false, "行政机关负责人出庭应诉率", "leader-court-appearance-rate"],
      ["30%以上", true, "行政复议调解和解率目标", null],
      ["27.4%", false, "行政复议调解和解率", "admin-review-mediation-rate"],
    ]);
  });
  it("reads 争取 with what was secured after it (争取上级资金) as a result, and 争取 before a level as a goal", () => {
    const ms = extractMetrics("全年争取消防业务经费2.36亿元，较上年增长8.1%。争取全程网办率达到95%。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.target)).toEqual([false, true]);
  });
  it("reads a goal-and-result table: a per-person unit (学时/人) names the row 人均, a bound goal cell is no label, a remark's number no indicator", () => {
    const table = [
      "序号  指标名称  目标值  完成值  完成情况",
      "1  行政机关负责人出庭应诉率  ≥90%  98.6%  已完成",
      "2  执法人员年度培训学时  ≥60学时/人  64学时/人  已完成",
      "3  重大行政决策事项目录完成率  100%  77.8%  部分完成（2项转入2024年）",
    ].join("\n");
    const ms = extractMetrics(`${table}\n`, { reportYear: 2023 });
    // (The bound goals are the goals, bounded: review 61b-9.)
    expect(ms.map((m) => [m.value, m.unit, m.subject, m.target, m.indicator, m.bound])).toEqual([
      [90, "%", "行政机关负责人出庭应诉率", true, null, "lower"],
      [98.6, "%", "行政机关负责人出庭应诉率", false, "leader-court-appearance-rate", null],
      [60, "学时", "人均执法人员年度培训学时", true, null, "lower"],
      [64, "学时", "人均执法人员年度培训学时", false, null, null],
      [100, "%", "重大行政决策事项目录完成率", true, null, null],
      [77.8, "%", "重大行政决策事项目录完成率", false, null, null],
      [2, "项", expect.any(String), false, null, null],
    ]);
  });
  it("keeps the level of the actor that opens the clause before for a clause that goes on with a verb (村（社区）法律顾问…，开展法治讲座…)", () => {
    const ms = extractMetrics("全市1527个村（社区）法律顾问覆盖率100%，村（社区）法律顾问全年提供法律咨询2.3万人次，开展法治讲座1860场次。全县出庭应诉率100%，乡镇合法性审查覆盖率达到100%，开展普法活动320场。\n", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["1527个", "村社区"],
      ["100%", "全市"],
      ["2.3万人次", "村社区"],
      ["1860场次", "村社区"],
      ["100%", "全县"],
      ["100%", "镇街"],
      ["320场", "全县"],
    ]);
  });
  it("gives parts set apart by semicolons the whole they add up to, not a nearer figure they exceed", () => {
    const ms = extractMetrics("全市各级人民调解组织调解矛盾纠纷3.42万件，调解成功3.38万件，调解成功率98.8%。其中，村（社区）调委会调解2.31万件；乡镇（街道）调委会调解6840件；行业性专业性调委会调解4270件。\n", { reportYear: 2025 });
    expect(ms.slice(3).map((m) => [m.value, m.partOf])).toEqual([
      [23100, 0],
      [6840, 0],
      [4270, 0],
    ]);
  });
  it("keeps a partial breakdown's whole, and an aside's (含上年结转), though the parts add up to another figure", () => {
    const partial = extractMetrics("审核规范性文件十一件。共清理规范性文件三十六件，其中废止七件、修改四件。\n", { reportYear: 2019 });
    expect(partial.slice(2).map((m) => m.partOf)).toEqual([1, 1]);
    const aside = extractMetrics("受理52件，审结49件（含上年结转3件），其中维持、驳回的分别为30件、19件。\n", { reportYear: 2024 });
    expect(aside.filter((m) => m.value === 30 || m.value === 19).map((m) => m.partOf)).toEqual([1, 1]);
  });
  it("gives a list item that puts its own qualifier where the item before put a level none of that level", () => {
    const ms = extractMetrics("全市共有人民调解委员会1863个，其中村（社区）人民调解委员会1527个、乡镇（街道）人民调解委员会103个、行业性专业性人民调解委员会156个、企事业单位人民调解委员会77个。乡镇（街道）执法人员120人、辅助人员80人。\n", { reportYear: 2025 });
    expect(ms.map((m) => m.scope)).toEqual(["全市", "村社区", "镇街", "全市", "全市", "镇街", "镇街"]);
  });
  it("reads no news lede in 接报电动自行车火灾 (接报 is no paper), but still in 本报讯 and 法治日报…电", () => {
    const ms = extractMetrics("二是电动自行车火灾多发，全年接报电动自行车火灾186起。法治日报北京3月15日电 全市办理行政复议案件120件。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.subject)).toEqual(["接报电动自行车火灾", "办理行政复议案件"]);
  });
  it("gives a bracketed benchmark the rate unit of the figure it is compared with (起/万人)", () => {
    const ms = extractMetrics("我市万人火灾发生率为4.3起，低于全省平均水平（4.9起）。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.unit)).toEqual(["起/万人", "起/万人"]);
  });
  it("dates a transcript answer's figures by the year after the speaker's label", () => {
    const ms = extractMetrics("【答】（陈晓梅）2025年，我们将力争全省行政复议调解和解率保持在35%以上，经复议后起诉率降至15%以内。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.period, m.target])).toEqual([
      [2025, true],
      [2025, true],
    ]);
  });
  it("reads 约占…的78.5% as approximate, the word before 占 bounding the share", () => {
    const ms = extractMetrics("实名注册用户达412万人，约占全市常住人口的78.5%；女性占全部用户的51.2%。\n", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.approx])).toEqual([
      ["412万人", false],
      ["78.5%", true],
      ["51.2%", false],
    ]);
  });
  it("reads no count in a set named by the size of the list before it (…合法性审查和集体讨论决定五项法定程序), but counts a list's total in digits", () => {
    const ms = extractMetrics("严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定五项法定程序。问卷面向企业、群众和公职人员三类群体。清理行政许可、行政处罚、行政强制事项3项。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.text)).toEqual(["3项"]);
  });
  it("gives an office's share of the whole place's total no office level (农村火灾占全市火灾总数的46.7%)", () => {
    const ms = extractMetrics("全年接警出动1.86万起。农村火灾占全市火灾总数的46.7%。\n", { reportYear: 2024, ownOffice: true });
    expect(ms.map((m) => m.scope)).toEqual(["局本级", null]);
  });
  it("reads 市级 before a data platform as the platform's rank, no 市本级 figure; 市级 before a service hall stays its level", () => {
    const ms = extractMetrics("市级政务数据共享交换平台累计归集数据48.6亿条，较2023年底的40.1亿条增长21.2%。市级政务服务中心全年办件120万件。\n", { reportYear: 2024 });
    expect(ms.map((m) => m.scope)).toEqual([null, null, "市本级"]);
  });
  it("names a running total after the year's new ones by what it counts, without 新建 (累计达到91个)", () => {
    const ms = extractMetrics("新建个人品牌调解工作室23个，累计达到91个。组织执法人员培训7期，累计612人次。\n", { reportYear: 2025 });
    expect(ms.map((m) => m.subject)).toEqual(["新建个人品牌调解工作室", "个人品牌调解工作室", "组织执法人员培训", "组织执法人员培训"]);
  });
});


describe("extractMetrics: limits of the review-55 rules (code review 56)", () => {
  const run = (text: string, extra: Parameters<typeof extractMetrics>[1] = {}) => extractMetrics(`${text}\n`, { reportYear: 2024, ...extra });
  it("keeps results after 达到目标值 or 较目标值 results, with their indicators", () => {
    const ms = run("考核指标均达到或超过年度目标值，其中行政机关负责人出庭应诉率100%，行政复议纠错率15.2%。全程网办率达98.6%，较目标值高出3.6个百分点，群众满意率99.8%。");
    expect(ms.filter((m) => m.unit === "%").map((m) => [m.value, m.target])).toEqual([
      [100, false],
      [15.2, false],
      [98.6, false],
      [99.8, false],
    ]);
  });
  it("keeps 争取 a goal word before a level or a rate (争取项目审批全流程网办率达到100%), and reads longer fund names as secured", () => {
    const ms = run("争取项目审批全流程网办率达到100%。全年争取群众支持率达到96%。全年争取中央和省级法治建设专项资金1200万元。");
    expect(ms.map((m) => m.target)).toEqual([true, true, false]);
  });
  it("names a result written 实际为 by the goal's measure", () => {
    const ms = run("全市行政复议案件办结率目标值为95%，实际为97.3%。");
    expect(ms[1]!.subject).toBe("行政复议案件办结率");
  });
  it("carries a level to a verb clause only from a clause where the level's people acted with a figure", () => {
    const ms = run("全县建成工作站21个，村（社区）法律顾问实现全覆盖，办理法律援助案件1260件。全县推进依法行政，乡镇（街道）合法性审查人员配备到位，审查行政规范性文件32件。", { placeLevel: "county" });
    expect(ms.map((m) => m.scope)).toEqual(["全县", "全县", "全县"]);
  });
  it("keeps the level of a list item that narrows the item before (持证执法人员 after 执法人员)", () => {
    const ms = run("全县乡镇（街道）执法人员860人、持证执法人员812人、辅助执法人员320人。");
    expect(ms.map((m) => m.scope)).toEqual(["镇街", "镇街", "镇街"]);
  });
  it("keeps the clause's words for a bracketed breakdown by a qualifier (（其中持证3150人）)", () => {
    const ms = run("全市共有行政执法人员3200人（其中持证3150人），比上年增加120人。");
    expect(ms[1]!.indicator).toBe("enforcement-certified-staff");
  });
  it("keeps decisions all of which underwent review (均进行了合法性审查) in the decisions catalogue", () => {
    expect(run("区政府5项重大行政决策事项均进行了合法性审查和集体讨论决定。")[0]!.indicator).toBe("major-administrative-decisions");
  });
  it("keeps a measure of its own in a table's remarks column, drops a progress remark's number", () => {
    const ms = run("指标  2023年  2024年  备注\n收到行政复议申请（件）  356  412  纠错率12.1%\n重大行政决策事项（项）  9  12  部分完成（2项转入2025年）");
    expect(ms.find((m) => m.value === 12.1)!.indicator).toBe("admin-review-correction-rate");
    expect(ms.find((m) => m.value === 2)!.indicator).toBeNull();
  });
  it("keeps the success rate of court-linked mediation (诉调) out of people's mediation", () => {
    expect(run("诉调对接调解案件2100件，调解成功率85.2%。").map((m) => m.indicator)).toEqual([null, null]);
  });
  it("moves parts to a whole they add up to only in the whole's sentence and only when its words hold the parts' verb", () => {
    const ms = run("全市收到行政复议申请1200件，受理1100件，其中市本级受理650件、县区受理550件。全市检查企业330家。全年抽查企业300家，其中食品企业180家、药品企业150家。");
    expect(ms.filter((m) => m.partOf !== null).map((m) => [m.value, m.partOf])).toEqual([
      [650, 1],
      [550, 1],
      [180, 5],
      [150, 5],
    ]);
  });
  it("keeps a per-person unit units.json lists (件/人) in a table", () => {
    const ms = run("指标  2023年  2024年\n一线执法人员人均办案量（件/人）  10  12");
    expect(ms.map((m) => m.unit)).toEqual(["件/人", "件/人"]);
  });
  it("reads 十二五规划期间 and 十二五规划实施以来 as multi-year", () => {
    const ms = run("在“十二五”规划期间，全县共办理法律援助案件3200件。十二五规划实施以来，累计培训执法人员4600人次。", { reportYear: 2016 });
    expect(ms.map((m) => m.coverage?.kind ?? null)).toEqual(["multi-year", "multi-year"]);
  });
  it("files no audit, fraud or police figure under a pillar by bare 漏洞, 财产损失 or 出警", () => {
    const ms = run("审计机关查找制度漏洞35个。公安机关为群众挽回财产损失3200万元。110接警出警12.3万起。");
    expect(ms.map((m) => m.pillar).filter((p) => p === "digital" || p === "emergency")).toEqual([]);
  });
  it("files a meeting that heard a work report under other, not under the next clause's pillar (出庭应诉)", () => {
    const ms = run("市政府主要负责同志主持召开常务会议专题学法4次，听取法治政府建设工作汇报2次，带头出庭应诉1次。");
    expect(ms.map((m) => m.pillar)).toEqual(["other", "other", "reconsideration"]);
  });
  it("names an item that gives only a place and a figure by the item before it, in that item's field", () => {
    const ms = run("全省各级行政复议机关共收到行政复议申请2.15万件。分地区看，南昌市收到申请5218件，居全省首位；赣州市4376件，同比增长81.5%。");
    expect(ms.map((m) => [m.subject, m.pillar])).toEqual([
      ["行政复议机关共收到行政复议申请", "reconsideration"],
      ["南昌市收到申请", "reconsideration"],
      ["赣州市收到申请", "reconsideration"],
    ]);
    // 全市…1200件，其中市本级700件、平江县300件: a place picked out of a whole counts what the whole counts.
    expect(run("全市共收到行政复议申请1200件，其中市本级700件、平江县300件，华容县200件。").map((m) => m.subject)).toEqual([
      "收到行政复议申请",
      "行政复议申请",
      "平江县行政复议申请",
      "华容县行政复议申请",
    ]);
    // (A place that is no item of a list keeps its own words: 全市 and 本区 are scope words, 园区 no name.)
    expect(run("园区1200家。").map((m) => m.subject)).toEqual(["园区"]);
  });
  it("keeps an office's own service rates out of the place's service indicators unless it is a service or data office (review 57a)", () => {
    const text = "政务服务事项46项，全程网办率92%，办件好评率99.8%。";
    const rates = (officeName: string) => extractMetrics(text, { reportYear: 2024, ownOffice: true, officeName }).map((m) => m.indicator).slice(1);
    expect(rates("赣州市医疗保障局")).toEqual([null, null]);
    expect(rates("赣州市政务服务数据管理局")).toEqual(["full-online-service-rate", "government-service-satisfaction"]);
    expect(rates("某市政务服务管理办公室")).toEqual(["full-online-service-rate", "government-service-satisfaction"]);
    // (One line's items in a place's report: 医保…好评率.)
    expect(run("医保服务事项46项，好评率99.8%。").map((m) => m.indicator)).toEqual([null, null]);
  });
  it("reads no office line in another office a figure went to (移送公安机关) in a bureau's report (review 57b)", () => {
    const ms = extractMetrics("全年全市农业综合行政执法机构共立案查处各类农业违法案件637件；罚没款合计412.6万元；移送公安机关涉嫌犯罪案件31件。", {
      reportYear: 2024,
      ownOffice: true,
      officeName: "九江市农业农村局",
    });
    expect(ms.map((m) => m.scope)).toEqual(["全市", "全市", "全市"]);
  });
  it("keeps the negation of the verb after a figure in its subject (未将…2346.8万元编入年初预算) and 有关 whole (review 57a)", () => {
    expect(run("7个部门未将上年结转资金2346.8万元编入年初预算。").map((m) => m.subject)[1]).toBe("未编入年初预算");
    expect(run("有关部门没有把结转资金2346.8万元编入年初预算。").map((m) => m.subject)).toEqual(["没有编入年初预算"]);
    expect(run("有关部门收到申请12件。").map((m) => m.subject)).toEqual(["有关部门收到申请"]);
  });
  it("gives a change in per cent after the part of a budget done (完成预算的87.2%，同比下降18.4%) to the amount (review 57a)", () => {
    const ms = run("政府性基金预算收入54.6亿元，完成预算的87.2%，同比下降18.4%。");
    expect(ms.map((m) => m.change?.value ?? null)).toEqual([18.4, null]);
  });
  it("reads what was already done by a later date (截至2025年6月底已整改到位118个) as a result at that date, not a goal (review 57a)", () => {
    const ms = extractMetrics("对督察反馈的126个问题，截至2025年6月底已整改到位118个，整改率93.7%。2025年力争整改率达到100%。", { reportYear: 2024 });
    expect(ms.map((m) => [m.value, m.period, m.target])).toEqual([
      [126, null, false],
      [118, 2025, false],
      [93.7, 2025, false],
      [100, 2025, true],
    ]);
    // (Limits, code review 58: the date must name the later year, and a plan after it stays a plan.)
    const goals = extractMetrics("截至12月底，我市已建成公共法律服务站点1260个，2025年全市行政机关负责人出庭应诉率保持100%。截至2025年3月底，全市已有行政执法人员5600人，计划2025年培训覆盖率达到100%。", { reportYear: 2024 });
    expect(goals.map((m) => m.target)).toEqual([false, true, false, true]);
  });
  it("takes a field from the paragraph's last figure only in a sentence that breaks it down (code review 58)", () => {
    expect(run("全年共收到行政复议申请1203件。推进户籍制度改革，全年办理户口迁移申请2.6万件。全年新增发明专利申请8600件。").map((m) => m.pillar)).toEqual([
      "reconsideration",
      "other",
      "other",
    ]);
  });
  it("reads a bracketed list of alternatives as part of the noun after a count (5个县（市、区）)", () => {
    expect(run("全省有8个设区市建成中心，5个县（市、区）建成站点。").map((m) => m.subject)[1]).toBe("县（市、区）建成站点");
  });
});

describe("extractMetrics: running totals and nouns (stop 28)", () => {
  const run = (text: string) => extractMetrics(text, { reportYear: 2025 });
  it("dates the running totals of the parts after a semicolon by the 截至 that opens the chain, unless a part names its own year", () => {
    const ms = run("截至2025年底，全市累计建成公共法律服务站点326个；累计投入资金1.2亿元。截至2024年底，全市已建成调解组织1200个；2025年累计培训调解员3000人次。");
    expect(ms.map((m) => m.coverage?.text ?? null)).toEqual(["截至2025年底累计", "截至2025年底累计", "截至2024年底累计", null]);
  });
  it("reads 组织 that ends a run of verbs as the noun (建成调解组织), which a later count borrows (新增86个)", () => {
    expect(run("全市已建成调解组织1200个，新增86个。").map((m) => m.subject)).toEqual(["建成调解组织", "新增调解组织"]);
    // (组织 before its object is still the verb: 组织开展演练 counts drills.)
    expect(run("组织开展应急演练120场，参与2.1万人次。").map((m) => m.subject)[0]).toBe("组织开展应急演练");
  });
});

describe("extractMetrics: review 59 (a county's towns, a reconsideration white paper, a province's ranking)", () => {
  const run = (text: string, placeLevel: "city" | "county" | "province" = "city") => extractMetrics(text, { reportYear: 2025, placeLevel });
  it("reads a count of towns a verb follows (指导28个镇修订应急预案) as places, with no plan indicator", () => {
    expect(run("修订专项应急预案23部，指导28个镇修订应急预案。", "county").map((m) => m.indicator)).toEqual(["emergency-special-plans", null]);
  });
  it("reads 各镇 as the town level, in a county with only towns", () => {
    const ms = run("2025年各镇作出行政处罚决定612件。全县调解矛盾纠纷5486件；其中各镇人民调解委员会调解纠纷3921件，东平镇调解纠纷326件。", "county");
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [612, "镇街", "administrative-penalty-cases"],
      [5486, "全县", "mediation-cases"],
      [3921, "镇街", "mediation-cases"],
      [326, "镇街", null],
    ]);
  });
  it("keeps the sum over several cities' own levels (各市州本级) off the province's own level", () => {
    expect(run("2025年全省各市州本级共将186项事项纳入重大行政决策事项目录。", "province").map((m) => m.scope)).toEqual(["各市州本级"]);
  });
  it("keeps reconsideration outcomes off the penalty and people's mediation indicators", () => {
    const ms = run("行政处罚类案件中因程序违法被撤销或确认违法的有87件。经调解结案146件、当事人和解后撤回申请终止897件。");
    expect(ms.map((m) => m.indicator)).toEqual([null, null, null]);
  });
  it("names a figure in brackets after the measure compared with by that measure (一审行政诉讼收案量（2104件）)", () => {
    const ms = run("全市行政复议受理量是同期一审行政诉讼收案量（2104件）的2.33倍。被申请数量居前三位的依次为市公安局（688件）、市人社局（402件）。");
    expect(ms.map((m) => [m.subject, m.indicator]).slice(0, 1)).toEqual([["一审行政诉讼收案量", "admin-litigation-first-instance-cases"]]);
    // (Owners named in turn keep their own rule: 依次为市公安局（688件）.)
    expect(ms.filter((m) => m.value === 688 || m.value === 402).every((m) => m.subject.startsWith("被申请数量"))).toBe(true);
  });
});

describe("extractMetrics: review 59b (numerals after 数, an evaluation's own sample)", () => {
  const run = (text: string) => extractMetrics(text, { reportYear: 2025 });
  it("reads a numeral after 数 (参与人数一千二百余人次), but not an order of magnitude (数十家)", () => {
    expect(run("组织领导干部旁听庭审，参与人数一千二百余人次。吸引数十家企业参与。").map((m) => [m.text, m.value])).toEqual([["一千二百余人次", 1200]]);
  });
  it("keeps the files an evaluation sampled (考评采取…方式进行，共抽查…案卷1820卷) off the place's case-file review indicator", () => {
    expect(run("考评采取日常监测、实地核查相结合的方式进行，共抽查行政执法案卷1820卷。全市共评查行政执法案卷1820卷。").map((m) => m.indicator)).toEqual([
      null,
      "enforcement-case-file-reviews",
    ]);
  });
  it("lends the object of a total to the verbs of a sentence that breaks it down after 其中, and to the sentence after", () => {
    const ms = run("全市共收到行政复议申请5386件。其中，市人民政府收到3021件；五区人民政府共收到2365件。经审查，依法受理4912件。");
    // (The five districts' sum loses the indicator once their count is read as the scope: attribute-other-places.)
    expect(ms.slice(2).map((m) => m.subject)).toEqual(["五区人民政府共收到行政复议申请", "受理行政复议申请"]);
    expect(ms[3]!.indicator).toBe("admin-review-cases-accepted");
  });
  it("dates the start of 由上年的9.8%降至6.2% the year before the level's, in a news item written the year after", () => {
    const ms = extractMetrics("该市行政诉讼败诉率由上年的9.8%降至6.2%。", { reportYear: 2025, relativeYearBase: 2026 });
    expect(ms.map((m) => [m.text, m.period])).toEqual([
      ["9.8%", 2024],
      ["6.2%", null],
    ]);
    expect(ms[1]!.change?.basis).toBe("较2024年");
  });
  it("gives a bare rate after a category's counts (审结工伤认定类案件703件，纠错151件，纠错率21.5%) that category, not the place's rate", () => {
    const ms = run("全年审结工伤认定类案件703件，纠错151件，纠错率21.5%。全年审结行政复议案件4735件，纠错704件，纠错率14.87%。");
    expect(ms.filter((m) => m.unit === "%").map((m) => [m.subject, m.indicator])).toEqual([
      ["工伤认定类案件纠错率", null],
      ["纠错率", "admin-review-correction-rate"],
    ]);
    // (After a 其中 part of the total, the rate is still the total's: code review 59.)
    expect(run("全年审结行政复议案件4735件，其中涉企类案件320件，纠错率14.8%。").map((m) => m.subject)[2]).toBe("纠错率");
  });
});

describe("extractMetrics: kinds under a total of kinds (review 59a)", () => {
  it("reads a clause after a 其中 item that does again what the item did (在重要节点开展…23场) as the list's next part", () => {
    const ms = extractMetrics("全年开展各类普法活动152场次。其中，开展“法律进社区”讲座96场，在重要节点开展主题宣传活动23场。", { reportYear: 2025 });
    expect(ms.map((m) => [m.value, m.partOf, m.indicator])).toEqual([
      [152, null, "law-popularisation-activities"],
      [96, 0, null],
      [23, 0, null],
    ]);
    // (督促各部门开展自查: another actor's doing, no item of the list: code review 59.)
    const other = extractMetrics("全年开展执法检查1200次。其中，开展联合检查96次，督促各部门开展自查230次。", { reportYear: 2025 });
    expect(other.map((m) => m.partOf)).toEqual([null, 0, null]);
  });
  it("maps no kind reviewed under a legality-review total (其中…重大行政决策事项3项) to a catalog of its own", () => {
    const ms = extractMetrics("全年开展合法性审查47件，其中合同协议39份、重大行政决策事项3项、其他文件5件。将3项事项纳入年度重大行政决策事项目录。", { reportYear: 2025 });
    expect(ms.map((m) => m.indicator)).toEqual(["legality-reviews", null, null, null, "major-administrative-decisions"]);
  });
});

describe("extractMetrics: a named town that opens its sentence with an initiative (review 60)", () => {
  it("puts the figures of the clauses after it at the town level, none of the district's indicators", () => {
    const text =
      "各镇（街道、区）认真落实基层法治建设责任。黎里镇（汾湖高新区）建成涉外法律服务站，全年为外贸企业提供合规咨询526次；" +
      "同里镇深化“枫桥式”司法所创建，调解纠纷1,093件，调解成功率99.6%。全区调解纠纷2.15万件，调解成功率99.2%。";
    const ms = extractMetrics(text, { reportYear: 2024, placeLevel: "district", placeName: "吴江区" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["526次", "镇街", null],
      ["1,093件", "镇街", null],
      ["99.6%", "镇街", null],
      ["2.15万件", "全区", "mediation-cases"],
      ["99.2%", "全区", "mediation-success-rate"],
    ]);
    // Not a word that only ends in 镇 (新型城镇化), nor a town named where the work went.
    const other = extractMetrics("新型城镇化建设稳步推进，调解纠纷1,093件。", { reportYear: 2024, placeLevel: "district", placeName: "吴江区" });
    expect(other.map((m) => [m.text, m.scope, m.indicator])).toEqual([["1,093件", null, "mediation-cases"]]);
  });
});

describe("extractMetrics: plans firms file are no government special plans (review 60)", () => {
  it("maps 市级专项应急预案 but not the plans firms filed or drew up", () => {
    const ms = extractMetrics("牵头修订市级专项应急预案14部，全市生产经营单位备案应急预案1,874部。全市企业编制安全生产应急预案1,102部。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["14部", "emergency-special-plans"],
      ["1,874部", null],
      ["1,102部", null],
    ]);
  });
});

describe("extractMetrics: a table's caption names the kind of work its columns count (review 60)", () => {
  it("maps 执法检查企业（家次） under a caption of 安全生产执法检查 to work-safety inspections, not enforcement inspections", () => {
    const table = (caption: string) =>
      extractMetrics(`${caption}\n地区  执法检查企业（家次）  立案（件）\n市本级  412  38\n`, { reportYear: 2025, placeLevel: "city" }).map((m) => [m.text, m.indicator]);
    expect(table("表1　2025年全市应急管理系统安全生产执法检查情况统计表")).toEqual([
      ["412", "work-safety-inspections"],
      ["38", null],
    ]);
    expect(table("表1　2025年全市行政执法检查情况统计表")).toEqual([
      ["412", "enforcement-inspections"],
      ["38", null],
    ]);
  });
});

describe("extractMetrics: a table's rows by period (review 60)", () => {
  it("keeps a quarter's or the year's row at the caption's level, its period in the coverage, not in the scope", () => {
    const text = "表2　2025年全市执法检查分季度情况\n季度  执法检查（家次）  立案（件）\n第一季度  86  7\n1-6月  188  16\n全年  412  38\n";
    const ms = extractMetrics(text, { reportYear: 2025, placeLevel: "city" });
    expect(ms.map((m) => [m.text, m.scope, m.coverage?.text ?? null])).toEqual([
      ["86", "全市", "第一季度"],
      ["7", "全市", "第一季度"],
      ["188", "全市", "1-6月"],
      ["16", "全市", "1-6月"],
      ["412", "全市", null],
      ["38", "全市", null],
    ]);
  });
});

describe("extractMetrics: 镇（街道、区） as the town level (review 60)", () => {
  it("reads the towns' enforcement bureaus and staff as 镇街", () => {
    const ms = extractMetrics("10个镇（街道、区）综合行政执法局全年办理各类行政处罚案件5,870件。全区持证行政执法人员2,648人，其中镇（街道、区）综合执法人员873人。", { reportYear: 2024, placeLevel: "district", placeName: "吴江区" });
    expect(ms.map((m) => [m.text, m.scope, m.subject])).toEqual([
      ["10个", "镇街", "镇（街道、区）综合行政执法局"],
      ["5,870件", "镇街", "综合行政执法局全年办理各类行政处罚案件"],
      ["2,648人", "全区", "持证行政执法人员"],
      ["873人", "镇街", "综合执法人员"],
    ]);
  });
});

describe("extractMetrics: a survey or an inspection as the arena (review 60)", () => {
  it("does not give a score in 全省…调查中 or a count in 全市…检查中 the arena's level", () => {
    const scopes = (t: string) => extractMetrics(t, { reportYear: 2024, placeLevel: "district" }).map((m) => [m.text, m.scope]);
    expect(scopes("在全省法治政府建设满意度调查中得分93.6分。")).toEqual([["93.6分", null]]);
    expect(scopes("在全市执法案卷抽查中被评为优秀的案卷12卷。")).toEqual([["12卷", null]]);
  });
});

describe("extractMetrics: the review of stop 30's rules (review 61)", () => {
  it("keeps the place's own campaign (在全区安全生产大检查中) at its whole; only a wider level's survey is an arena", () => {
    const scopes = (t: string) => extractMetrics(t, { reportYear: 2025, placeLevel: "district" }).map((m) => [m.text, m.scope]);
    expect(scopes("在全区安全生产大检查中，共检查生产经营单位1860家次，排查整改隐患3260处。")).toEqual([
      ["1860家次", "全区"],
      ["3260处", "全区"],
    ]);
  });
  it("keeps the office's own whole count when the office states only one kind of it or part of the year", () => {
    const scopes = (t: string) => extractMetrics(`（三）严格规范公正文明执法\n${t}`, { reportYear: 2025, ownOffice: true, officeName: "宜昌市市场监督管理局" }).map((m) => [m.text, m.scope]);
    expect(scopes("全年立案查处案件260件，罚没款1326万元。局机关本级听证案件3件。")[0]).toEqual(["260件", "局本级"]);
    expect(scopes("局本级依法移送案件12件。全年办结案件260件。")[1]).toEqual(["260件", "局本级"]);
    expect(scopes("上半年，局机关本级立案查处案件118件。全年立案查处案件260件。")[1]).toEqual(["260件", "局本级"]);
  });
  it("keeps a column's own indicator under a caption that names two lines of work", () => {
    const text = "表2　2025年全市法律援助和人民调解工作情况\n地区  法律援助案件（件）  调解案件（件）\n全市  1260  11980\n";
    expect(extractMetrics(text, { reportYear: 2025, placeLevel: "city" }).map((m) => [m.text, m.indicator])).toEqual([
      ["1260", "legal-aid-cases"],
      ["11980", "mediation-cases"],
    ]);
  });
  it("names a street's own whole and level one way, whichever words the report uses", () => {
    const ms = extractMetrics("2024年，该街道共调解矛盾纠纷126件。辖区新登记经营主体1432户。街道级调委会调解纠纷45件。本级共办理行政执法案件23件。", { reportYear: 2024, placeLevel: "street", placeName: "珠海路街道" });
    expect(ms.map((m) => m.scope)).toEqual(["全街道", "全街道", "街道本级", "街道本级"]);
  });
  it("keeps a government's special plan that names firms' accidents, and a review of filed plans", () => {
    const ms = extractMetrics("修订完善工贸企业生产安全事故、森林火灾等市级专项应急预案12部。完成专项应急预案备案审查28部。", { reportYear: 2025, placeLevel: "city" });
    expect(ms.map((m) => m.indicator)).toEqual(["emergency-special-plans", "emergency-special-plans"]);
  });
  it("takes no kind of place (特色小镇, 基层社区) for a named unit", () => {
    const ms = extractMetrics("特色小镇持续完善企业服务机制，为企业提供法律服务860次。基层社区积极开展矛盾排查，调解纠纷1260件。", { reportYear: 2025, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["860次", null, "enterprise-legal-services"],
      ["1260件", null, "mediation-cases"],
    ]);
  });
});

describe("extractMetrics: an enforcement body's online case rate is no online service rate (review 60)", () => {
  it("maps 全程网办率 but not 执法部门网上办案率", () => {
    const ms = extractMetrics("全县执法部门网上办案率99.6%。全县依申请政务服务事项全程网办率96.8%。", { reportYear: 2025, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["99.6%", null],
      ["96.8%", "full-online-service-rate"],
    ]);
  });
});

describe("extractMetrics: lists and problems that only look like catalog measures (review 60)", () => {
  it("maps no data-security problem as a work-safety hazard, and no published list of service items as powers devolved", () => {
    const ms = extractMetrics(
      "在数据安全方面，全市开展数据安全检查46次，发现并整改问题隐患128个。全市排查整改安全隐患2.41万处。动态调整后市县两级共公布依申请政务服务事项2317项。取消和下放行政许可事项23项。",
      { reportYear: 2025, placeLevel: "city" },
    );
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["46次", null],
      ["128个", null],
      ["2.41万处", "safety-hazards-rectified"],
      ["2317项", null],
      ["23项", "powers-devolved"],
    ]);
  });
});

describe("extractMetrics: a place's average rate and the places listed after it (review 60b-5)", () => {
  it("maps 全市平均全程网办率 to the indicator and names the listed places' rates by the measure before them", () => {
    const ms = extractMetrics("市本级依申请政务服务事项全程网办率达到94.3%；全市平均全程网办率为91.7%，枝江市、当阳市分别达到93.5%和92.8%。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.subject, m.pillar, m.scope === "全市" || m.scope === "市本级" ? m.indicator : "-"])).toEqual([
      ["94.3%", "依申请政务服务事项全程网办率", "business", "full-online-service-rate"],
      ["91.7%", "全程网办率", "business", "full-online-service-rate"],
      ["93.5%", "枝江市全程网办率", "business", expect.anything()],
      ["92.8%", "当阳市全程网办率", "business", expect.anything()],
    ]);
  });

  it("keeps an average count per person or per case out of the catalog's totals", () => {
    const ms = extractMetrics("全市行政执法人员人均办理行政处罚案件12件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([["12件", null]]);
  });
});

describe("extractMetrics: named townships' figures listed after a county's (review 60b-8)", () => {
  it("puts a rate listed after a named township's count at the township's level, with no county indicator", () => {
    const ms = extractMetrics("全县各级人民调解组织共调处矛盾纠纷5872件，调解成功率98.9%，其中递铺街道调处一千二百余件，天荒坪镇调处二百一十七件、调处成功率百分之百。", { reportYear: 2025, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["5872件", "全县", "mediation-cases"],
      ["98.9%", "全县", "mediation-success-rate"],
      ["一千二百余件", "镇街", null],
      ["二百一十七件", "镇街", null],
      ["百分之百", "镇街", null],
    ]);
  });

  it("reads each named township of a list before 分别 as its own figure's unit, without the count of the list", () => {
    const ms = extractMetrics("上墅乡、山川乡两个乡分别调处矛盾纠纷一百零三件和八十九件。全县调处矛盾纠纷5000件，其中梅溪镇、孝丰镇分别调处312件和286件。", { reportYear: 2025, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.subject, m.scope, m.indicator])).toEqual([
      ["一百零三件", "上墅乡调处矛盾纠纷", "镇街", null],
      ["八十九件", "山川乡调处矛盾纠纷", "镇街", null],
      ["5000件", "调处矛盾纠纷", "全县", "mediation-cases"],
      ["312件", "梅溪镇调处", "镇街", null],
      ["286件", "孝丰镇调处", "镇街", null],
    ]);
  });
});

describe("extractMetrics: industry data and a township picked out of a whole with no figure (review 60b-9, 60b-12)", () => {
  it("does not count industry data gathered for a data space as government data collected", () => {
    const ms = extractMetrics("特色产业数据空间建设同步启动，已汇聚行业数据3200万条。全市公共数据平台累计归集数据31.8亿条。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["3200万条", null],
      ["31.8亿条", "government-data-collected"],
    ]);
  });

  it("puts a township picked out by 其中 at its level when the whole it is picked from states no figure", () => {
    const ms = extractMetrics("向孝丰镇、天荒坪镇等乡镇（街道）赋予行政执法事项，其中天荒坪镇承接赋权事项六十八项。", { reportYear: 2025, placeLevel: "county" });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([["六十八项", "镇街", null]]);
  });
});

describe("extractMetrics: a province's table of 全省 and 省政府本级 columns with a 全省同比 column (review 60b-7)", () => {
  it("gives each cell its column's level and the province's cell its change", () => {
    const text = "表1 2024年行政复议和行政应诉主要数据\n指标  全省  省政府本级  全省同比\n调解和解率  36.2%  28.5%  +6.7个百分点\n一审行政诉讼案件（件）  9684  47  +12.4%\n";
    const ms = extractMetrics(text, { reportYear: 2024, placeLevel: "province", segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.scope, m.indicator, m.change?.text ?? null])).toEqual([
      ["36.2%", "全省", "admin-review-mediation-rate", "+6.7个百分点"],
      ["28.5%", "省本级", "admin-review-mediation-rate", null],
      ["9684", "全省", "admin-litigation-first-instance-cases", "+12.4%"],
      ["47", "省本级", "admin-litigation-first-instance-cases", null],
    ]);
  });
});

describe("extractMetrics: a comparison base between a level's figures (review 60a-9)", () => {
  it("keeps the base and the clauses after it at the level of the figure it is the base of", () => {
    const ms = extractMetrics("2024年，区政府收到行政复议申请586件，较2023年的431件增长36.0%，受理523件，审结497件，直接纠错率12.5%。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.scope, m.period])).toEqual([
      ["586件", "区本级", null],
      ["431件", "区本级", 2023],
      ["523件", "区本级", null],
      ["497件", "区本级", null],
      ["12.5%", "区本级", null],
    ]);
  });
});

describe("extractMetrics: a part at another level that its own words rule out of the whole's indicator (review 60a-10)", () => {
  it("does not give 行业性专业性 mediation at 市本级 the mediation indicator, but gives it to a part that only changes the level", () => {
    const ms = extractMetrics("全市人民调解组织共调解矛盾纠纷5.63万件，其中市本级行业性专业性调解组织调解纠纷2,847件。全市人民调解组织共调解矛盾纠纷4.1万件，其中市本级调解纠纷3,120件。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.scope, m.indicator])).toEqual([
      ["5.63万件", "全市", "mediation-cases"],
      ["2,847件", "市本级", null],
      ["4.1万件", "全市", "mediation-cases"],
      ["3,120件", "市本级", "mediation-cases"],
    ]);
  });
});

describe("extractMetrics: quoted names after a figure, batches and additions (review 60b-10)", () => {
  it("takes a short quoted name after a figure as its noun", () => {
    const ms = extractMetrics("公安部门建成4个“智能化”执法办案管理中心。全年推出“一件事”集成服务33个。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.subject, m.indicator])).toEqual([
      ["4个", "公安部门建成智能化执法办案管理中心", null],
      ["33个", "推出一件事集成服务", "approval-items-streamlined"],
    ]);
  });

  it("gives no indicator to one batch of several, nor to what a later clause adds beside them", () => {
    const ms = extractMetrics("国家部署的第一批13个、第二批8个“一件事”全部上线运行，我市还结合实际推出“船舶登记一件事”等12个特色“一件事”。首批公布告知承诺制证明事项98项。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["13个", null],
      ["8个", null],
      ["12个", null],
      ["98项", "notification-commitment-items"],
    ]);
  });
});

describe("extractMetrics: work-safety inspections named by the firms inspected (review 60a-3)", () => {
  it("maps 检查生产经营单位…家次 to the work-safety indicator, but not food or drug firms' checks", () => {
    const ms = extractMetrics("全市应急管理系统共检查生产经营单位8,640家次。全市市场监管部门检查食品生产经营单位1.2万家次。", { reportYear: 2025 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["8,640家次", "work-safety-inspections"],
      ["1.2万家次", null],
    ]);
  });
});

describe("extractMetrics: bare verbs that open a section count what its heading names (review 59b-14)", () => {
  const run = (text: string) => extractMetrics(text, { reportYear: 2025, segments: segmentText(text) }).map((m) => [m.text, m.indicator]);

  it("maps 市本级收到…、受理…、审结… under a 行政复议 heading", () => {
    expect(run("（五）各区行政复议工作情况\n市本级收到3021件、受理2762件、审结2665件，直接纠错率14.82%。")).toEqual([
      ["3021件", "admin-review-applications"],
      ["2762件", "admin-review-cases-accepted"],
      ["2665件", "admin-review-cases-concluded"],
      ["14.82%", "admin-review-correction-rate"],
    ]);
  });

  it("leaves a bare verb after a sentence of its section that named another domain", () => {
    expect(run("（三）行政复议和行政应诉\n全县共办理一审行政应诉案件102件。已审结82件，败诉4件。")).toEqual([
      ["102件", "admin-litigation-first-instance-cases"],
      ["82件", null],
      ["4件", null],
    ]);
  });
});

describe("extractMetrics: a table of an office's line and the office itself (review 61b-2)", () => {
  it("keeps the office's column at 局本级 under a caption that names the whole place, and reads 同比 as the line's change", () => {
    const text = "表1 2025年全市税务系统法治税务主要数据\n项目  全市税务系统  其中：市局机关  同比（%）\n不予处罚金额（万元）  1,083.2  96.4  5.1\n";
    const ms = extractMetrics(text, { reportYear: 2025, ownOffice: true, officeName: "苏州市税务局", segments: segmentText(text) });
    expect(ms.map((m) => [m.value, m.scope, m.change?.text ?? null])).toEqual([
      [10_832_000, "全系统", "5.1"],
      [964_000, "局本级", null],
    ]);
  });
});

describe("extractMetrics: words that only look like a catalog measure (review 61b-1, 3, 4)", () => {
  it("keeps enterprise data, requests resolved by 协调解决 and a rectification rate of bad reviews out of the catalog", () => {
    const ms = extractMetrics("依托园区数据共享平台归集企业数据426万条。全年收集并协调解决企业诉求842件。政务服务“好差评”差评整改率100%。全区调解各类矛盾纠纷2,146件，政务服务满意度99.96%。", { reportYear: 2025, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["426万条", null],
      ["842件", null],
      ["100%", null],
      ["2,146件", "mediation-cases"],
      ["99.96%", "government-service-satisfaction"],
    ]);
  });
});

describe("extractMetrics: the arena a first is claimed in (review 61b-6)", () => {
  it("reads 在全市开发区中率先 as no level of the figures after it", () => {
    const ms = extractMetrics("在全市开发区中率先推行“信用+综合监管”，全年开展联合抽查64次。全市开发区中共有企业1200家。", { reportYear: 2024, placeLevel: "district" });
    expect(ms.map((m) => [m.text, m.scope])).toEqual([
      ["64次", null],
      ["1200家", "全市"],
    ]);
  });
});

describe("extractMetrics: local legislation counted one by one and amended (review 61a-1, 61a-2)", () => {
  it("reads a count of one before a bracket that names it, and counts rules amended", () => {
    const ms = extractMetrics("制定州政府规章一部（《凉山州城市绿化管理办法》）。提请市人大常委会审议地方性法规草案4件，制定政府规章2件，修改政府规章1件。", { reportYear: 2024 });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ["一部", "local-legislation"],
      ["4件", "local-legislation"],
      ["2件", "local-legislation"],
      ["1件", "local-legislation"],
    ]);
  });
});

describe("extractMetrics: a table's 全市合计 row under the own level and its parts (review 61a-3)", () => {
  const run = (text: string, placeLevel: "city" | "district") => extractMetrics(text, { reportYear: 2025, placeLevel, segments: segmentText(text) }).map((m) => [m.text, m.scope, m.indicator]);

  it("gives the total of a table that lists 市本级 beside the counties the whole place's indicators", () => {
    expect(run("附表 2025年各县市区行政复议情况统计表\n单位  受理数（件）  审结数（件）\n市本级  962  901\n镜湖区  210  198\n全市合计  2079  1957\n", "city")).toEqual([
      ["962", "市本级", "admin-review-cases-accepted"],
      ["901", "市本级", "admin-review-cases-concluded"],
      ["210", "镜湖区", null],
      ["198", "镜湖区", null],
      ["2079", "全市", "admin-review-cases-accepted"],
      ["1957", "全市", "admin-review-cases-concluded"],
    ]);
  });

  it("gives none to the total of a table of some streets only", () => {
    expect(run("附表 各街道行政复议情况\n单位  受理数（件）  审结数（件）\n东街街道  21  19\n西街街道  12  11\n全区合计  33  30\n", "district").filter((r) => r[1] === "全区")).toEqual([
      ["33", "全区", null],
      ["30", "全区", null],
    ]);
  });
});
