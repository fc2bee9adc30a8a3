import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMetrics } from "../extract/extract-metrics";
import { attributeOtherPlaces, reportPlace, type OtherPlaceOptions } from "./attribute-other-places";

/** The text's figures after attribution to `own`. */
function attributedMetrics(text: string, own: ReturnType<typeof reportPlace>, reportYear: number, options: OtherPlaceOptions = {}) {
  const metrics = extractMetrics(text, { reportYear, placeLevel: (options.level as "province" | "city" | "district" | "county" | "street" | undefined) ?? undefined });
  attributeOtherPlaces(text, metrics, own, options);
  return metrics;
}

/** The text's figures after attribution to `own`, as [value, scope, indicator]. */
function attributed(text: string, own: ReturnType<typeof reportPlace>, reportYear: number, options: OtherPlaceOptions = {}) {
  return attributedMetrics(text, own, reportYear, options).map((m) => [m.value, m.scope, m.indicator]);
}

describe("attributeOtherPlaces", () => {
  const text = "2023年，南湖区共收到行政复议申请386件。2023年嘉兴市全市共收到行政复议申请2150件。新丰镇调解纠纷120件。";

  it("gives a figure of the parent city that city as its scope and no indicator; the report's own figures stay", () => {
    const metrics = extractMetrics(text, { reportYear: 2023, placeLevel: "district" });
    // (新丰镇调解纠纷120件: one town's figure, at its level, since review 43.)
    expect(metrics.map((m) => m.indicator)).toEqual(["admin-review-applications", "admin-review-applications", null]);
    const own = reportPlace({ placeCode: "330402", parent: "嘉兴市", province: "浙江省", level: "district" });
    expect(own?.name).toBe("南湖区");
    expect(attributeOtherPlaces(text, metrics, own)).toBe(1);
    expect(metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [386, "全区", "admin-review-applications"],
      [2150, "嘉兴市", null],
      [120, "镇街", null],
    ]);
  });

  it("keeps a bracketed benchmark at its whole territory though the clause speaks for the report's place (我区…低于全市（10.9%）) (review 42a)", () => {
    const own = reportPlace({ placeCode: "330402", parent: "嘉兴市", province: "浙江省", level: "district" });
    expect(attributed("我区行政复议直接纠错率低于全市（10.9%）。全市开展专项行动，我区依此办理案件23件。", own, 2024, { level: "district" })).toEqual([
      [10.9, "全市", null],
      [23, null, null],
    ]);
  });

  it("reads the report's own place named as the actor (宜昌市新收…) as its whole territory, and drops the name from what is counted", () => {
    const own = reportPlace({ placeCode: "420500", parent: "湖北省", province: "湖北省", level: "city" });
    const text = "2023年，宜昌市新收行政复议案件2186件；宜昌市行政机关负责人出庭应诉率为98.7%。为宜昌市企业提供法律服务320次。市本级办理案件58件。";
    expect(attributedMetrics(text, own, 2023).map((m) => [m.value, m.subject, m.scope])).toEqual([
      [2186, "新收行政复议案件", "全市"],
      [98.7, "行政机关负责人出庭应诉率", "全市"],
      [320, "宜昌市企业提供法律服务", null],
      [58, "办理案件", "市本级"],
    ]);
  });

  it("leaves places within the report's place alone, and does nothing without a known place", () => {
    const city = "2023年，嘉兴市收到行政复议申请386件，在南湖区设立复议服务点12个。";
    const metrics = extractMetrics(city, { reportYear: 2023 });
    expect(attributeOtherPlaces(city, metrics, reportPlace({ placeCode: "330400", parent: "浙江省", province: "浙江省", level: "city" }))).toBe(0);
    expect(attributeOtherPlaces(text, extractMetrics(text, { reportYear: 2023 }), null)).toBe(0);
  });

  it("reads 全市 in a district's report as the parent city, and a sentence's opening place as the topic of its later clauses", () => {
    const own = reportPlace({ placeCode: "320506", parent: "苏州市", province: "江苏省", level: "district" });
    expect(own?.name).toBe("吴中区");
    const report =
      "2023年，苏州全市各级行政复议机关共收到行政复议申请6512件，我区占全市总量的6.2%。" +
      "苏州市全年共办理法律援助案件2.9万件，开展普法活动2.6万场次。" +
      "全区共收到行政复议申请402件。配合苏州市开展立法调研5次。认真落实《苏州市优化营商环境条例》，新增市场主体3.2万户。";
    const metrics = extractMetrics(report, { reportYear: 2023, placeLevel: "district" });
    attributeOtherPlaces(report, metrics, own);
    const byText = new Map(metrics.map((m) => [m.text, m]));
    expect(byText.get("6512件")).toMatchObject({ scope: "苏州市", indicator: null });
    expect(byText.get("6.2%")?.scope).not.toBe("苏州市"); // 我区: the district's own share
    expect(byText.get("2.9万件")?.scope).toBe("苏州市");
    expect(byText.get("2.6万场次")).toMatchObject({ scope: "苏州市", indicator: null });
    expect(byText.get("402件")).toMatchObject({ scope: "全区", indicator: "admin-review-applications" });
    expect(byText.get("5次")?.scope).toBeNull(); // the city is the object of 配合
    expect(byText.get("3.2万户")?.scope).toBeNull(); // the city names the regulation
  });

  it("keeps 全市 as the report's own in a county-level city's report", () => {
    const own = reportPlace({ placeCode: "320583", parent: "苏州市", province: "江苏省", level: "county" });
    expect(own?.name).toBe("昆山市");
    const report = "2023年，全市共收到行政复议申请612件。";
    const metrics = extractMetrics(report, { reportYear: 2023, placeLevel: "county" });
    expect(attributeOtherPlaces(report, metrics, own)).toBe(0);
    expect(metrics[0]).toMatchObject({ scope: "全市", indicator: "admin-review-applications" });
  });

  it("reads other cities in a news comparison by their short names, their sections' headings and 该市", () => {
    const own = reportPlace({ placeCode: "360700", parent: "江西省", province: "江西省", level: "city" });
    expect(own?.name).toBe("赣州市");
    const text =
      "赣州全市共收到行政复议申请3862件。\n九江：长江保护中彰显法治力量\n九江全市共收到行政复议申请2104件。该市一审行政诉讼败诉率为3.6%。开展联合执法行动326次。\n" +
      "上饶：信用与法治双轮驱动\n上饶全年新设立经营主体6.9万户。上饶市办理信用修复1.56万件；全市公布免罚轻罚事项清单512项。\n2023年，全省各级行政复议机关共收到行政复议申请2.31万件。\n" +
      "珠海路街道提出法律建议三条。\n";
    const sections = [
      { heading: "九江：长江保护中彰显法治力量", level: 3, order: 1, start: text.indexOf("九江："), end: text.indexOf("上饶："), headingStart: text.indexOf("九江："), headingEnd: text.indexOf("九江：") + 14 },
      { heading: "上饶：信用与法治双轮驱动", level: 3, order: 2, start: text.indexOf("上饶："), end: text.indexOf("2023年"), headingStart: text.indexOf("上饶："), headingEnd: text.indexOf("上饶：") + 12 },
    ];
    const metrics = extractMetrics(text, { reportYear: 2023 });
    attributeOtherPlaces(text, metrics, own, { level: "city", sections });
    const scopeOf = (t: string) => metrics.find((m) => m.text === t)?.scope;
    expect(metrics.find((m) => m.text === "3862件")).toMatchObject({ scope: "全市", indicator: "admin-review-applications" });
    expect(scopeOf("2104件")).toBe("九江市");
    expect(scopeOf("3.6%")).toBe("九江市"); // 该市
    expect(scopeOf("326次")).toBe("九江市"); // the section's heading
    expect(scopeOf("6.9万户")).toBe("上饶市");
    expect(scopeOf("512项")).toBe("上饶市"); // 全市 in 上饶's section and after 上饶市's semicolon is 上饶's
    expect(metrics.find((m) => m.text === "2.31万件")).toMatchObject({ scope: "江西省", indicator: null });
    expect(scopeOf("三条")).toBe("镇街"); // 珠海路街道 is a street here, not 珠海市
  });

  it("gives a place within the report's its own figure when it acts, and keeps a place that hands work down as the source", () => {
    const city = reportPlace({ placeCode: "340200", parent: "安徽省", province: "安徽省", level: "city" });
    const text = "全市全程网办率达到92.6%，无为市全程网办率达到94.1%。在无为市开展试点，全程网办率达到93%。";
    const metrics = extractMetrics(text, { reportYear: 2024 });
    attributeOtherPlaces(text, metrics, city);
    expect(metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [92.6, "全市", "full-online-service-rate"],
      [94.1, "无为市", null],
      [93, null, "full-online-service-rate"],
    ]);
    const county = reportPlace({ placeCode: "330382", parent: "温州市", province: "浙江省", level: "county" });
    const handed = "温州市下达我市的38项重点任务全部完成。承接省、温州市下放的行政许可事项27项。";
    const ms = extractMetrics(handed, { reportYear: 2023, placeLevel: "county" });
    expect(attributeOtherPlaces(handed, ms, county)).toBe(0);
  });

  it("keeps figures the district reports in the first person, and a list named after the province, as the district's", () => {
    const own = reportPlace({ placeCode: "610302", parent: "宝鸡市", province: "陕西省", level: "district" });
    expect(own?.name).toBe("渭滨区");
    const text =
      "配合市司法局开展全市行政执法案卷评查，我区报送案卷180卷，优秀率72.2%。宝鸡市人民政府共收到涉及我区的行政复议申请87件。" +
      "落实陕西省轻微违法行为不予处罚清单，全年对1137件轻微违法案件不予处罚。全市行政复议直接纠错率为12.6%。";
    const metrics = extractMetrics(text, { reportYear: 2023, placeLevel: "district" });
    attributeOtherPlaces(text, metrics, own, { level: "district" });
    const scopeOf = (t: string) => metrics.find((m) => m.text === t)?.scope;
    expect(scopeOf("72.2%")).toBeNull();
    expect(scopeOf("87件")).toBeNull();
    expect(metrics.find((m) => m.text === "1137件")).toMatchObject({ scope: null, indicator: "no-penalty-lenient-cases" });
    expect(scopeOf("12.6%")).toBe("宝鸡市");
  });

  it("reads a place picked out after 其中 as the actor", () => {
    const own = reportPlace({ placeCode: "422800", parent: "湖北省", province: "湖北省", level: "city" });
    expect(own?.name).toBe("恩施土家族苗族自治州");
    expect(attributed("全州共收到行政复议申请1134件，恩施市、利川市案件数量居全州前列，其中利川市收到行政复议申请197件。", own, 2022).map((r) => r.slice(0, 2))).toEqual([
      [1134, "全州"],
      [197, "利川市"],
    ]);
  });

  const wuhou = reportPlace({ placeCode: null, parent: "武侯区", province: "四川省", level: "street" });

  it("reads 全区 in a street's report as its district's", () => {
    expect(attributed("全区共推行轻微违法行为免罚事项96项，本街道依此办理首违不罚案件23件。", wuhou, 2022, { level: "street" })).toEqual([
      [96, "武侯区", null],
      [23, null, "no-penalty-lenient-cases"],
    ]);
  });

  it("reads the district named as the actor in a street's report as the district's, not the street's", () => {
    const text = "武侯区全年新设市场主体1.32万户，其中本街道新设1562户。武侯区浆洗街街道新设个体工商户866户。";
    const rows = attributed(text, wuhou, 2022, { level: "street", streetName: "浆洗街街道" });
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      [13200, "武侯区"],
      [1562, null],
      [866, null],
    ]);
    expect(rows[0]![2]).toBeNull();
  });

  it("reads every place of a list that acts (枝江市、远安县收到…) as another place, not only the first", () => {
    const own = reportPlace({ placeCode: "420500", parent: "湖北省", province: "湖北省", level: "city" });
    expect(own?.name).toBe("宜昌市");
    expect(attributed("全市共收到行政复议申请1856件。枝江市、远安县收到复议申请均不足40件。其中，夷陵区、当阳市实现负责人出庭应诉率100%。", own, 2023)).toEqual([
      [1856, "全市", "admin-review-applications"],
      [40, "枝江市、远安县", null],
      [100, "夷陵区、当阳市", null],
    ]);
  });

  it("in a province's news, gives each city the figures of its own part of a sentence, after a year or a speaker", () => {
    const henan = reportPlace({ placeCode: "410000", parent: null, province: "河南省", level: "province" });
    expect(henan?.name).toBe("河南省");
    const text =
      "全省共收到行政复议申请3.41万件。其中，郑州市收到行政复议申请8120件；洛阳市受理行政复议案件3260件，审结3105件；南阳市通过调解和解方式结案1180件，调解和解率达到34.2%。" +
      "该市司法局负责人介绍，2023年许昌市制定出台重大行政决策事项目录，纳入决策事项9项，对市政府合同协议开展合法性审查426件。";
    expect(attributed(text, henan, 2023, { level: "province" }).map((r) => r.slice(0, 2))).toEqual([
      [34100, "全省"],
      [8120, "郑州市"],
      [3260, "洛阳市"],
      [3105, "洛阳市"],
      [1180, "南阳市"],
      [34.2, "南阳市"],
      [9, "许昌市"],
      [426, "许昌市"],
    ]);
  });

  it("finds a street's district by name within its province", () => {
    expect(reportPlace({ placeCode: null, parent: "鼓楼区", province: "福建省", level: "street" })?.code).toBe("350102");
  });

  it("reads 全州/全盟 in a county's or banner's report as the prefecture or league above, and 全区 below an autonomous region as the region", () => {
    const banner = reportPlace({ placeCode: "152526", parent: "锡林郭勒盟", province: "内蒙古自治区", level: "county" });
    expect(attributed("全盟行政复议机关收到行政复议申请632件。全旗收到行政复议申请56件。", banner, 2024, { level: "county" })).toEqual([
      [632, "锡林郭勒盟", null],
      [56, "全旗", "admin-review-applications"],
    ]);
    const county = reportPlace({ placeCode: "222424", parent: "延边朝鲜族自治州", province: "吉林省", level: "county" });
    expect(attributed("全州行政复议机关收到行政复议申请986件。", county, 2024, { level: "county" })).toEqual([[986, "延边朝鲜族自治州", null]]);
    const city = reportPlace({ placeCode: "150200", parent: "内蒙古自治区", province: "内蒙古自治区", level: "city" });
    expect(attributed("据自治区司法厅通报，全区各级行政复议机关共收到行政复议申请1.46万件。全市收到行政复议申请1200件。", city, 2024)).toEqual([
      [14600, "内蒙古自治区", null],
      [1200, "全市", "admin-review-applications"],
    ]);
    // A league's own report: 全盟 is its own.
    const league = reportPlace({ placeCode: "152500", parent: "内蒙古自治区", province: "内蒙古自治区", level: "city" });
    expect(attributed("全盟行政复议机关收到行政复议申请632件。", league, 2024)).toEqual([[632, "全盟", "admin-review-applications"]]);
  });

  it("reads the government of the place above acting (市政府 in a district's report, 省政府 in a city's) as that place", () => {
    const district = reportPlace({ placeCode: "310104", parent: "上海市", province: "上海市", level: "district" });
    const text = "市政府共收到行政复议申请2000件。区政府共收到行政复议申请1083件。";
    const metrics = extractMetrics(text, { reportYear: 2024, placeLevel: "district" });
    attributeOtherPlaces(text, metrics, district, { level: "district" });
    expect(metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [2000, "上海市", null],
      [1083, "区本级", "admin-review-applications"],
    ]);
    const city = reportPlace({ placeCode: "330600", parent: "浙江省", province: "浙江省", level: "city" });
    expect(attributed("省政府作为行政复议机关全年收到行政复议申请1127件。市政府收到行政复议申请300件。", city, 2024)).toEqual([
      [1127, "浙江省", null],
      [300, "市本级", "admin-review-applications"],
    ]);
  });

  it("takes a place named right after the actor (成都市武侯区, 嘉兴市南湖区) for the actor, in the province's text and in the city's own report", () => {
    const province = reportPlace({ placeCode: "510000", parent: null, province: "四川省", level: "province" });
    expect(attributed("成都市武侯区办理法律援助案件2146件。绵阳市江油市全年开展普法活动1620场次。", province, 2023)).toEqual([
      [2146, "武侯区", null],
      [1620, "江油市", null],
    ]);
    const city = reportPlace({ placeCode: "330400", parent: "浙江省", province: "浙江省", level: "city" });
    expect(attributed("2023年，嘉兴市南湖区收到行政复议申请386件。嘉兴市全年收到行政复议申请2150件。", city, 2023)).toEqual([
      [386, "南湖区", null],
      [2150, "全市", "admin-review-applications"],
    ]);
    // The report's own place named after its parent (青岛市市南区 in 市南区's report) is still its own.
    const district = reportPlace({ placeCode: "370202", parent: "青岛市", province: "山东省", level: "district" });
    expect(attributed("青岛市市南区全年收到行政复议申请386件。", district, 2023, { level: "district" })).toEqual([[386, null, "admin-review-applications"]]);
  });

  it("reads 该市 as the place that opened an earlier sentence, with or without a section heading", () => {
    const province = reportPlace({ placeCode: "510000", parent: null, province: "四川省", level: "province" });
    expect(attributed("宜宾市建成全市统一的行政执法监督平台。该市共办理行政处罚案件3.92万件。全省办理行政处罚案件41.6万件。", province, 2023)).toEqual([
      [39_200, "宜宾市", null],
      [416_000, "全省", "administrative-penalty-cases"],
    ]);
    const city = reportPlace({ placeCode: "360100", parent: "江西省", province: "江西省", level: "city" });
    expect(attributed("九江市建成行政执法监督平台。该市共办理行政处罚案件3.92万件。", city, 2023)).toEqual([[39_200, "九江市", null]]);
  });

  it("gives a figure of places listed together all of them, and with 分别 each figure its place in turn", () => {
    const city = reportPlace({ placeCode: "330600", parent: "浙江省", province: "浙江省", level: "city" });
    expect(attributed("诸暨市、嵊州市、新昌县行政复议直接纠错率均超过15%。", city, 2023)).toEqual([[15, "诸暨市、嵊州市、新昌县", null]]);
    expect(attributed("诸暨市、嵊州市分别收到行政复议申请412件和389件。", city, 2023)).toEqual([
      [412, "诸暨市", null],
      [389, "嵊州市", null],
    ]);
  });

  it("reads 各级 in a city's sentence of a province's text as that city, and the 地区 or a bureau above acting as that place", () => {
    const province = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
    expect(attributed("九江市构建大调解格局，全年各级人民调解组织调解矛盾纠纷4.3万件。全省各级人民调解组织调解矛盾纠纷38.6万件。", province, 2023, { level: "province" })).toEqual([
      [43_000, "九江市", null],
      [386_000, "全省", "mediation-cases"],
    ]);
    const county = reportPlace({ placeCode: "652922", parent: "阿克苏地区", province: "新疆维吾尔自治区", level: "county" });
    expect(county?.name).toBe("温宿县");
    expect(attributed("地区行署收到行政复议申请312件。县政府收到行政复议申请41件。", county, 2023, { level: "county" })).toEqual([
      [312, "阿克苏地区", null],
      [41, "县本级", "admin-review-applications"],
    ]);
    const district = reportPlace({ placeCode: "440703", parent: "江门市", province: "广东省", level: "district" });
    expect(attributed("市司法局审核市政府规范性文件26件。", district, 2023, { level: "district" })).toEqual([[26, "江门市", null]]);
  });

  it("does not take a province named in a platform's name (江苏政务服务网…) for the actor", () => {
    const city = reportPlace({ placeCode: "320700", parent: "江苏省", province: "江苏省", level: "city" });
    expect(attributed("江苏政务服务网连云港旗舰店全面升级，全市办理行政处罚案件2.38万件。江苏省全年办理行政处罚案件10万件。", city, 2019)).toEqual([
      [23_800, "全市", "administrative-penalty-cases"],
      [100_000, "江苏省", null],
    ]);
  });
});

describe("attributeOtherPlaces: the report's own whole territory after another place's clause (review 29)", () => {
  it("keeps 全市 after a semicolon the city's own in a city's report, and still gives 全市 to the city a province's report names", () => {
    const city = reportPlace({ placeCode: "320900", parent: "江苏省", province: "江苏省", level: "city" });
    expect(attributed("东台市地区生产总值突破1000亿元；全市律师事务所超过120家，行政复议机关新收案件1863件。", city, 2023)).toEqual([
      [1e11, "东台市", null],
      [120, "全市", null],
      [1863, "全市", "admin-review-applications"],
    ]);
    const province = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
    expect(attributed("上饶市2023年办理行政复议案件1200件；全市公布免罚清单事项512项。", province, 2023, { level: "province" })).toEqual([
      [1200, "上饶市", null],
      [512, "上饶市", null],
    ]);
  });
});

describe("attributeOtherPlaces: another city's own level (review 30)", () => {
  it("scopes 南昌市本级 in a province's news as that city's own level, not its whole territory", () => {
    const province = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
    expect(attributed("南昌市本级受理行政复议案件1472件。赣州市全年收到行政复议申请3862件。", province, 2023, { level: "province" })).toEqual([
      [1472, "南昌市本级", null],
      [3862, "赣州市", null],
    ]);
  });
});

describe("attributeOtherPlaces: a list of figures with thousands commas (review 43)", () => {
  it("hands out 8,125件、4,036件、3,987件 to the listed places in turn, as without the commas", () => {
    const province = reportPlace({ placeCode: "340000", parent: null, province: "安徽省", level: "province" });
    for (const text of ["合肥市、芜湖市、阜阳市分别收到行政复议申请8,125件、4,036件、3,987件。", "合肥市、芜湖市、阜阳市分别收到行政复议申请8125件、4036件、3987件。"]) {
      expect(attributed(text, province, 2024).map(([, scope]) => scope)).toEqual(["合肥市", "芜湖市", "阜阳市"]);
    }
  });
});

describe("attributeOtherPlaces: a speaker's place and the parts of another place's figure (review 43)", () => {
  const province = reportPlace({ placeCode: "340000", parent: null, province: "安徽省", level: "province" });

  it("reads a city speaker's 我市 in a province's press conference as that city, through the paragraph", () => {
    const text = "【合肥市司法局局长 陈立伟】\n感谢您的关注。2024年，我市市、县两级共受理行政复议案件7264件，其中市政府本级受理2918件。全年市、县两级直接纠错率15.6%。\n【主持人】\n全省共收到行政复议申请2.1万件。";
    expect(attributed(text, province, 2024).map(([value, scope, indicator]) => [value, scope, indicator])).toEqual([
      [7264, "合肥市", null],
      [2918, "合肥市本级", null],
      [15.6, "合肥市", null],
      [21000, "全省", "admin-review-applications"],
    ]);
  });

  it("reads 全市 in a province's report as the city its sentence named, also in a quoted speaker's 我市", () => {
    const jiangxi = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
    expect(attributed("“开办企业”平均办理时间压缩至0.8个工作日，南昌市实现企业开办“一日办结”，全市新设经营主体14.2万户。", jiangxi, 2024).at(-1)).toEqual([142000, "南昌市", null]);
    expect(attributed("得分后列为萍乡市。\n赣州市营商环境办负责人说：“去年我市推出主题服务42项，全市政务服务事项网上可办率达到99.6%。”", jiangxi, 2024).map(([, scope]) => scope)).toEqual(["赣州市", "赣州市"]);
  });

  it("takes places listed as examples of a counted set (…等30个县（市、区）) for no scope of the count", () => {
    const jiangxi = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
    expect(attributed("县（市、区）层面，南昌县、瑞金市、玉山县等30个县（市、区）被评为“营商环境标杆县”。", jiangxi, 2024)).toEqual([[30, "区县", null]]);
  });

  it("gives the part of a named place's figure that place's own level", () => {
    expect(attributed("合肥市司法局局长陈立伟介绍，2024年，合肥市市、县两级共受理行政复议案件7264件，其中市政府本级受理2918件。", province, 2024)).toEqual([
      [7264, "合肥市", null],
      [2918, "合肥市本级", null],
    ]);
  });
});

describe("attributeOtherPlaces: places counted but not named (review 30)", () => {
  it("gives a sum or a spread over 三市 no indicator, and the places a list named before with the same count", () => {
    const city = reportPlace({ placeCode: "360100", parent: "江西省", province: "江西省", level: "city" });
    expect(attributed("三市合计收到行政复议申请8049件。", city, 2023)).toEqual([[8049, "三市", null]]);
    // (The names listed before 三市 hand out its figures in turn, the first sentence's too: review 59b.)
    expect(attributed("南昌、赣州、九江三市分别收到行政复议申请3215件、2870件和1964件。三市通过监管平台分别开展抽查1.2万次、9800次和7460次。", null, 2023)).toEqual([
      [3215, "南昌市", null],
      [2870, "赣州市", null],
      [1964, "九江市", null],
      [12_000, "南昌市", null],
      [9800, "赣州市", null],
      [7460, "九江市", null],
    ]);
  });

  it("reads the count after the short names its clause lists (禅城、南海、顺德、高明、三水五区人民政府共收到…) as the counted places' sum (review 59b)", () => {
    const city = reportPlace({ placeCode: "440600", parent: "广东省", province: "广东省", level: "city" });
    const text = "全市共收到行政复议申请5386件。其中，市人民政府收到3021件；禅城、南海、顺德、高明、三水五区人民政府共收到2365件。";
    expect(attributed(text, city, 2025)[2]).toEqual([2365, "五区", null]);
  });

  it("leaves counted places that are objects, or not at a clause's opening, alone", () => {
    const city = reportPlace({ placeCode: "360100", parent: "江西省", province: "江西省", level: "city" });
    expect(attributed("全市在两区设立复议服务点12个，收到行政复议申请3215件。", city, 2023)).toEqual([
      [12, "全市", null],
      [3215, "全市", "admin-review-applications"],
    ]);
  });
});

describe("attributeOtherPlaces: properties", () => {
  const pieces = ["三市", "两区", "南昌、赣州、九江", "合计", "分别", "收到申请", "其中，", "全市", "该市", "九江市", "本级", "，", "。", "；", "件", "、", "\n"];
  const genre = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 9999 }).map(String)), { maxLength: 40 }).map((a) => a.join(""));
  // Counted places at the very start of the text are the edge a backwards search must stop at.
  const opening = fc.tuple(fc.constantFrom("三市合计收到申请12件，", "两区分别收到申请3件和5件。", "三市", ""), genre).map(([a, b]) => a + b);
  const city = reportPlace({ placeCode: "360100", parent: "江西省", province: "江西省", level: "city" });

  it("never throws or loops, and only ever drops an indicator, never adds one", () => {
    fc.assert(
      fc.property(opening, fc.boolean(), (text, known) => {
        const metrics = extractMetrics(text, { reportYear: 2023 });
        const before = metrics.map((m) => m.indicator);
        attributeOtherPlaces(text, metrics, known ? city : null);
        metrics.forEach((m, i) => expect(m.indicator === null || m.indicator === before[i]).toBe(true));
      }),
    );
  });
});

describe("attributeOtherPlaces: district names that are ordinary words (review 32)", () => {
  it("does not take 城区 (the urban area) for the district of that name unless its city stands before it", () => {
    const jinan = reportPlace({ placeCode: "370102", parent: "济南市", province: "山东省", level: "district" });
    expect(attributed("城区调解纠纷486件。", jinan, 2023, { level: "district" })).toEqual([[486, null, "mediation-cases"]]);
    expect(attributed("阳泉市城区调解纠纷486件。", jinan, 2023, { level: "district" })[0]![1]).not.toBeNull();
  });
});

describe("attributeOtherPlaces: ranking news (review 34)", () => {
  const yangzhou = () => reportPlace({ placeCode: "321000", parent: "江苏省", province: "江苏省", level: "city" });

  it("hands the places listed before a 分别 clause its figures in turn, and those of a later clause that lists as many", () => {
    const text = "从各地情况看，收案量位居前三的是邗江区、广陵区和江都区，分别收到行政复议申请612件、574件、489件，占全市总量的15.8%、14.9%和12.7%。";
    expect(attributed(text, yangzhou(), 2025).map((r) => r[1])).toEqual(["邗江区", "广陵区", "江都区", "邗江区", "广陵区", "江都区"]);
  });

  it("hands out figures in turn to places listed as the subject of 分列 (高邮市、广陵区分列第二、三名，分别为…)", () => {
    const text = "邗江区调解和解率达到52.4%，位列全市第一；高邮市、广陵区分列第二、三名，分别为48.1%、45.6%。";
    expect(attributed(text, yangzhou(), 2025).map((r) => [r[0], r[1]])).toEqual([
      [52.4, "邗江区"],
      [48.1, "高邮市"],
      [45.6, "广陵区"],
    ]);
  });

  it("gives a figure whose clause only states it (为17.2%, 增长43.1%) the place the clause before names", () => {
    const text = "各县（市、区）中，江都区直接纠错率最高，为17.2%，排名第一。与上年相比，高邮市增幅最大，增长43.1%。";
    expect(attributed(text, yangzhou(), 2025).map((r) => [r[0], r[1]])).toEqual([
      [17.2, "江都区"],
      [43.1, "高邮市"],
    ]);
  });
});

describe("attributeOtherPlaces: an example place (review 35)", () => {
  it("reads 该市 after 以海宁市为例 as that city", () => {
    const own = reportPlace({ placeCode: "330400", parent: "浙江省", province: "浙江省", level: "city" });
    expect(attributed("以海宁市为例，2024年该市收到行政复议申请612件。全市收到行政复议申请3105件。", own, 2024).map((r) => [r[0], r[1], r[2]])).toEqual([
      [612, "海宁市", null],
      [3105, "全市", "admin-review-applications"],
    ]);
  });
});

describe("attributeOtherPlaces: a lead-in that says how figures are broken down (review 37)", () => {
  it("passes over 分县区看， so the county that follows is the actor of its sentence's later clauses", () => {
    const own = reportPlace({ placeCode: "360700", parent: "江西省", province: "江西省", level: "city" });
    expect(attributed("分县区看，于都县收到行政复议申请286件，同比增长34.9%，调解和解率达45.1%，居全市首位。", own, 2025).map((r) => [r[0], r[1]])).toEqual([
      [286, "于都县"],
      [45.1, "于都县"],
    ]);
  });
});

describe("attributeOtherPlaces: a frame clause and a town named after its county (review 38)", () => {
  const yichang = () => reportPlace({ placeCode: "420500", parent: "湖北省", province: "湖北省", level: "city" });
  it("reads 在夷陵区小溪塔街道， as the sentence's actor, and a town after its county as the place that acts", () => {
    const text = "在夷陵区小溪塔街道，“老兵调解室”全年调处纠纷427件。在远安县，县公共法律服务中心全年办理公证事项2847件。枝江市董市镇推行“屋场夜话”，化解邻里纠纷210余件。全市调解纠纷1.63万件。";
    expect(attributed(text, yichang(), 2024).map((r) => [r[0], r[1]])).toEqual([
      [427, "夷陵区小溪塔街道"],
      [2847, "远安县"],
      [210, "枝江市董市镇"],
      [16300, "全市"],
    ]);
  });
});

describe("attributeOtherPlaces: partners listed after 与 (review 39)", () => {
  it("reads every place listed with a partner after 与 as an object, not as the actor", () => {
    const own = reportPlace({ placeCode: "220200", parent: "吉林省", province: "吉林省", level: "city" });
    expect(attributed("与天津市、浙江省宁波市等12个城市签订合作协议，全年办理跨省通办业务2.37万件。", own, 2024).map((r) => [r[0], r[1]])).toEqual([
      [12, null],
      [23700, null],
    ]);
  });
});

describe("attributeOtherPlaces: a province's news naming its cities (review 40)", () => {
  const henan = reportPlace({ placeCode: "410000", parent: null, province: null, level: "province" });

  it("gives each place of 其中郑州市8127件、洛阳市4213件 its own figure", () => {
    expect(attributed("2024年，全省行政复议案件审结3.65万件，其中郑州市8127件、洛阳市4213件。", henan, 2024)).toEqual([
      [36500, "全省", "admin-review-cases-concluded"],
      [8127, "郑州市", null],
      [4213, "洛阳市", null],
    ]);
  });

  it("gives a place listed after the city's own level (其中市本级700件、平江县300件) its own figure, not the level before it", () => {
    const yueyang = reportPlace({ placeCode: "430600", parent: "湖南省", province: "湖南省", level: "city" });
    expect(attributed("全市共收到行政复议申请1200件，其中市本级700件、平江县300件、华容县200件。", yueyang, 2025, { level: "city" })).toEqual([
      [1200, "全市", "admin-review-applications"],
      [700, "市本级", "admin-review-applications"],
      [300, "平江县", null],
      [200, "华容县", null],
    ]);
    // (南昌市本级受理…: a level word right after the place is still that place's own level.)
    expect(attributed("2024年，南昌市本级受理行政复议案件1320件。", reportPlace({ placeCode: "360000", parent: null, province: null, level: "province" }), 2024)).toEqual([[1320, "南昌市本级", null]]);
  });

  it("keeps the place named after a lead-in (2024年，, 在…方面，, 县级层面，) as the actor of the sentence's later clauses and bases", () => {
    expect(attributed("2024年，许昌市受理行政复议案件2108件，2023年为1652件。", henan, 2024)).toEqual([
      [2108, "许昌市", null],
      [1652, "许昌市", null],
    ]);
    expect(attributed("在营商环境方面，新乡市推行“首违不罚”清单，全年对1326家经营主体依法不予处罚。", henan, 2024)).toEqual([[1326, "新乡市", null]]);
    expect(attributed("县级层面，长垣市建成公共法律服务实体平台412个，2024年办理法律援助案件1106件。", henan, 2024)).toEqual([
      [412, "长垣市", null],
      [1106, "长垣市", null],
    ]);
  });
});

describe("attributeOtherPlaces: an autonomous county by its short name in a list of places (review 44)", () => {
  it("scopes 北川县、平武县…1至2名 to both counties, not the city", () => {
    const own = reportPlace({ placeCode: "510700", parent: "四川省", province: "四川省", level: "city" });
    const text = "全市行政复议工作人员人均办案量达29.8件，涪城区人均办案量超过50件；北川县、平武县行政复议机构仅有1至2名工作人员。";
    expect(attributed(text, own, 2023).map((r) => r[1])).toEqual(["全市", "涪城区", "北川羌族自治县、平武县"]);
  });
});

describe("attributeOtherPlaces: places after a word of time, and quotations (review 46)", () => {
  it("gives 全年合肥市…, 同期芜湖市…, 今年以来阜阳市… to those cities in a province's report", () => {
    const own = reportPlace({ placeCode: "340000", parent: null, province: "安徽省", level: "province" });
    const text = "全年合肥市收到行政复议申请6120件。同期芜湖市行政复议直接纠错率为10.4%。今年以来阜阳市共办理法律援助案件4120件。";
    expect(attributed(text, own, 2023)).toEqual([
      [6120, "合肥市", null],
      [10.4, "芜湖市", null],
      [4120, "阜阳市", null],
    ]);
  });
  it("gives a quotation's figures to the speaker named after it", () => {
    const own = reportPlace({ placeCode: "370000", parent: null, province: "山东省", level: "province" });
    const text = "“去年我们一共收到复议申请1200多件，纠错率在15%左右。”烟台市司法局副局长王强说。";
    expect(attributed(text, own, 2024).map((r) => [r[1], r[2]])).toEqual([
      ["烟台市", null],
      ["烟台市", null],
    ]);
  });
});

describe("attributeOtherPlaces: a place picked out among its peers (review 46)", () => {
  it("gives 全省各市中合肥市最多，达6120件 to 合肥市", () => {
    const own = reportPlace({ placeCode: "340000", parent: null, province: "安徽省", level: "province" });
    expect(attributed("全年受理行政复议申请2.35万件，全省各市中合肥市最多，达6120件。", own, 2023)[1]).toEqual([6120, "合肥市", null]);
  });
});

describe("attributeOtherPlaces: a quotation whose speaker is named before it (review of review 46)", () => {
  it("leaves the province's own figures to the province when the next sentence names another speaker", () => {
    const own = reportPlace({ placeCode: "370000", parent: null, province: "山东省", level: "province" });
    const text = "省司法厅厅长李明说：“去年全省共收到行政复议申请3.2万件，直接纠错率13.5%。”青岛市司法局局长王强也表示，该市将进一步推进改革。";
    expect(attributed(text, own, 2024)).toEqual([
      [32000, "全省", "admin-review-applications"],
      [13.5, "全省", "admin-review-correction-rate"],
    ]);
  });
});

describe("attributeOtherPlaces: a town's report quoting its county (review 52a)", () => {
  const feixi = reportPlace({ placeCode: null, parent: "肥西县", province: "安徽省", level: "street" });
  it("gives 我县's figures and a county bureau's statistics the county, and keeps 我镇's the town's", () => {
    const options = { level: "street", streetName: "三河镇" } as const;
    expect(attributed("我县全年新收一审行政诉讼案件142件，我镇以镇政府为被告的行政诉讼案件1件。", feixi, 2024, options)).toEqual([
      [142, "肥西县", null],
      [1, null, null],
    ]);
    expect(attributed("据县司法局统计，2024年共收到行政复议申请386件，行政机关负责人出庭应诉率100%。", feixi, 2024, options)).toEqual([
      [386, "肥西县", null],
      [100, "肥西县", null],
    ]);
    expect(attributed("我镇办理行政处罚案件87件。", feixi, 2024, options)).toEqual([[87, null, "administrative-penalty-cases"]]);
    // (The county as an object or a frame is no actor (code review 53): 落实我县…规划, 按照我县统一部署, 在我县名列前茅.)
    expect(attributed("我镇认真落实我县“八五”普法规划，全年开展普法宣传活动32场。", feixi, 2024, options)[0]![1]).toBeNull();
    expect(attributed("按照我县统一部署，镇司法所全年调解矛盾纠纷126件。", feixi, 2024, options)[0]![1]).toBeNull();
    // (A year or a time before 我县 still opens the county's clause: code review 54.)
    expect(attributed("2024年我县共收到行政复议申请386件。全年我县共调解矛盾纠纷8600件。", feixi, 2024, options).map((r) => r[1])).toEqual(["肥西县", "肥西县"]);
    expect(attributed("调解成功率在我县名列前茅，全年调解纠纷126件。", feixi, 2024, options)[0]![1]).toBeNull();
  });
});

describe("attributeOtherPlaces: places visited or sampled are objects (review 52b)", () => {
  const linyi = reportPlace({ placeCode: "371300", parent: null, province: "山东省", level: "city" });
  it("gives the figures after 走访兰山区、罗庄区、河东区等 none of those places", () => {
    expect(attributed("评估组实地走访兰山区、罗庄区、河东区等12个县区和38个市直部门，召开座谈会15场。", linyi, 2024).map((r) => r[1])).toEqual(["区县", null, null]);
  });
});

describe("attributeOtherPlaces: lists of places and their figures after a colon (review 55b)", () => {
  const jiangxi = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
  it("gives the first item after the colon its place, as the later items get theirs", () => {
    const ms = attributedMetrics("各设区市办理行政复议案件情况：赣州市4376件，吉安市2210件，上饶市1980件。", jiangxi, 2024);
    expect(ms.map((m) => [m.subject, m.scope, m.indicator])).toEqual([
      ["赣州市办理行政复议案件", "赣州市", null],
      ["吉安市办理行政复议案件", "吉安市", null],
      ["上饶市办理行政复议案件", "上饶市", null],
    ]);
  });
  it("keeps one place after a colon the topic of its sentence's later clauses (code review 58)", () => {
    const ms = attributedMetrics("典型经验：赣州市推行“非诉挂号”机制，全年收到行政复议申请4376件，直接纠错率15.2%。", jiangxi, 2024);
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["赣州市", null],
      ["赣州市", null],
    ]);
  });
  it("keeps the list's last place out of the clause after the list", () => {
    const ms = attributedMetrics("2024年度设区市营商环境评价得分依次为：南昌市88.72、赣州市86.15、萍乡市79.37，最高分与最低分相差9.35分。", jiangxi, 2024);
    expect(ms.map((m) => [m.subject, m.scope])).toEqual([
      ["南昌市营商环境评价得分", "南昌市"],
      ["赣州市营商环境评价得分", "赣州市"],
      ["萍乡市营商环境评价得分", "萍乡市"],
      ["最高分与最低分相差", null],
    ]);
  });
});

describe("attributeOtherPlaces: a threshold some counted places pass (review 55b)", () => {
  const jiangxi = reportPlace({ placeCode: "360000", parent: null, province: "江西省", level: "province" });
  it("gives the figure after 有8个设区市的… those places, not the province", () => {
    const ms = attributedMetrics("全省有8个设区市的调解和解率超过30%，全省仍有7个县（市、区）行政复议直接纠错率高于20%。", jiangxi, 2024);
    expect(ms.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [8, "全省", null],
      [30, "8个设区市", null],
      [7, "区县", null],
      [20, "7个县（市、区）", null],
    ]);
    // (4个县区 is not 4个县: the longest level word counts.)
    expect(attributedMetrics("全省共有4个县区出庭应诉率达到100%。", jiangxi, 2024).map((m) => m.scope)).toEqual(["区县", "4个县区"]);
  });
});

describe("attributeOtherPlaces: a place within the city named before, and a breakdown of another place's figure (review 57b)", () => {
  const hunan = reportPlace({ placeCode: "430000", parent: null, province: "湖南省", level: "province" });
  it("gives the figure after 该市醴陵市… the county-level city, not the province", () => {
    const ms = attributedMetrics("株洲市全年报备规范性文件186件，报备及时率达到100%；该市醴陵市推行“复议+调解”模式，复议案件调解和解率达41.5%。", hunan, 2025);
    expect(ms.map((m) => [m.scope, m.indicator])).toEqual([
      ["株洲市", null],
      ["株洲市", null],
      ["醴陵市", null],
    ]);
  });
  it("gives a breakdown after 其中 of another place's figure that place, at the level it names", () => {
    const ms = attributedMetrics("通报指出，邵阳市行政机关负责人出庭应诉率仅为89.4%，其中县级政府负责人出庭应诉率只有76.5%。", hunan, 2025, { level: "province" });
    expect(ms.map((m) => [m.subject, m.scope, m.indicator])).toEqual([
      ["邵阳市行政机关负责人出庭应诉率", "邵阳市", null],
      ["政府负责人出庭应诉率", "邵阳市县级", null],
    ]);
  });
  it("reads no figure in a gap to the province's average (高出全省平均7.7个百分点)", () => {
    expect(attributedMetrics("娄底市一审行政诉讼败诉率高达15.6%，高出全省平均7.7个百分点。", hunan, 2025).map((m) => m.text)).toEqual(["15.6%"]);
  });
});
