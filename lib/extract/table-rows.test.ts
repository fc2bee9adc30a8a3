import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract-metrics";
import { segmentText } from "./segment-text";
import { findTableRows } from "./table-rows";

const TABLE = [
  "三、主要指标完成情况",
  "指标名称 2021年 2022年",
  "行政复议收案数（件） 198 220",
  "行政机关负责人出庭应诉率（%） 95.2 100",
  "减免罚款金额（万元） 1,250 —",
  "全年还开展执法检查1200次。",
].join("\n");

describe("findTableRows", () => {
  it("reads label, unit (with multiplier) and each cell's column year", () => {
    const rows = findTableRows(TABLE);
    expect(rows.map((r) => [r.label, r.unit, r.cells.map((c) => [TABLE.slice(c.start, c.end), c.value, c.year])])).toEqual([
      ["行政复议收案数", "件", [["198", 198, 2021], ["220", 220, 2022]]],
      ["行政机关负责人出庭应诉率", "%", [["95.2", 95.2, 2021], ["100", 100, 2022]]],
      ["减免罚款金额", "元", [["1,250", 12_500_000, 2021]]],
    ]);
  });

  it("reads a row whose note (备注) holds a comma, and a row whose empty note a text table dropped", () => {
    const text = ["指标名称 单位 2019年 2020年 备注", "收到行政复议申请 件 612 698 全市，含转送件", "行政复议直接纠错率 % 12.3 10.8 全市", "应急演练 次 126 215"].join("\n");
    expect(findTableRows(text, 2020).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["收到行政复议申请", "件", [[612, 2019], [698, 2020]]],
      ["行政复议直接纠错率", "%", [[12.3, 2019], [10.8, 2020]]],
      ["应急演练", "次", [[126, 2019], [215, 2020]]],
    ]);
    // Prose with a number and a comma after it is no row.
    expect(findTableRows("指标名称 单位 2019年 2020年 备注\n全年办理案件 4318 件，同比增长12%", 2020)).toEqual([]);
  });

  it("reads a 增减幅度 column as changes, in per cent as written or, when it is the two years' difference, in the row's unit (review 42b)", () => {
    const text = ["指标 2021年 2022年 增减幅度", "收到行政复议申请（件） 1544 1826 18.3%", "行政复议直接纠错率（%） 14.1 12.4 -1.7", "人民调解案件（万件） 3.92 4.13 0.21"].join("\n");
    const rows = findTableRows(text, 2022);
    expect(rows.map((r) => [r.label, r.cells.map((c) => [c.value, c.year, c.change ? [c.change.value, c.change.unit, c.change.direction] : null])])).toEqual([
      ["收到行政复议申请", [[1544, 2021, null], [1826, 2022, [18.3, "%", "up"]]]],
      ["行政复议直接纠错率", [[14.1, 2021, null], [12.4, 2022, [1.7, "个百分点", "down"]]]],
      ["人民调解案件", [[39200, 2021, null], [41300, 2022, [2100, "件", "up"]]]],
    ]);
  });

  it("keeps a Markdown header's years over its rule row (|---|---|)", () => {
    const text = "| 指标 | 2022年 | 2023年 | 增减 |\n|---|---|---|---|\n| 收到行政复议申请（件） | 104 | 132 | +26.9% |";
    expect(findTableRows(text, 2023).map((r) => [r.label, r.cells.map((c) => [c.value, c.year])])).toEqual([["收到行政复议申请", [[104, 2022], [132, 2023]]]]);
  });

  it("takes a measure column's unit from the table's caption (单位：件)", () => {
    const text = "各镇街行政执法情况（单位：件）\n镇街 行政处罚案件 不罚轻罚案件\n河沥溪街道 312 48";
    expect(findTableRows(text).map((r) => [r.label, r.cells.map((c) => [c.column?.label, c.column?.unit, c.value])])).toEqual([
      ["河沥溪街道", [["行政处罚案件", "件", 312], ["不罚轻罚案件", "件", 48]]],
    ]);
    // Without a caption unit the columns name no unit, so nothing is read.
    expect(findTableRows(text.replace("（单位：件）", ""))).toEqual([]);
  });

  it("takes the unit from a unit column and skips an ordinal column", () => {
    const text = "序号 指标 单位 2023年\n1 新登记市场主体 万户 3.5\n2 应急演练 次 135";
    expect(findTableRows(text).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["新登记市场主体", "户", [[35_000, 2023]]],
      ["应急演练", "次", [[135, 2023]]],
    ]);
  });

  it("reads rows with a signed change column (增减) and leaves the changes out", () => {
    const text = "指标 2023年 2024年 增减\n政务数据累计归集量（亿条） 17.8 23.6 +5.8\n全程网办率（%） 89.5 92.6 +3.1个百分点";
    expect(findTableRows(text).map((r) => [r.label, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["政务数据累计归集量", [[1_780_000_000, 2023], [2_360_000_000, 2024]]],
      ["全程网办率", [[89.5, 2023], [92.6, 2024]]],
    ]);
  });

  it("dates columns headed 2022年完成值 or 上年完成/本年完成 and marks goal columns (目标值)", () => {
    const text = "指标名称 2022年完成值 2023年完成值\n行政复议收案数（件） 198 220\n指标 上年完成 本年完成\n法律援助案件数（件） 856 912\n指标 2023年目标值 2023年完成值\n全程网办率（%） 95 98.2";
    expect(findTableRows(text, 2023).map((r) => r.cells.map((c) => [c.value, c.year, c.target]))).toEqual([
      [[198, 2022, false], [220, 2023, false]],
      [[856, 2022, false], [912, 2023, false]],
      [[95, 2023, true], [98.2, 2023, false]],
    ]);
    const ms = extractMetrics(text, { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [198, 2022, "admin-review-applications"],
      [220, null, "admin-review-applications"],
      [856, 2022, "legal-aid-cases"],
      [912, null, "legal-aid-cases"],
      [95, null, null],
      [98.2, null, "full-online-service-rate"],
    ]);
  });

  it("keeps the header's years across a label a PDF wrapped above its row", () => {
    const text = "指标 单位 2022年 2023年\n新设立市场主体 户 7799 8563\n依申请政务服务事\n项全程网办率\n% 94.7 97.3\n行政处罚案件数 件 4946 4318";
    expect(findTableRows(text, 2023).map((r) => [r.label, r.cells.map((c) => c.year)])).toEqual([
      ["新设立市场主体", [2022, 2023]],
      ["依申请政务服务事项全程网办率", [2022, 2023]],
      ["行政处罚案件数", [2022, 2023]],
    ]);
    expect(extractMetrics(text, { reportYear: 2023 }).map((m) => [m.value, m.period, m.indicator])).toEqual([
      [7799, 2022, "new-market-entities"],
      [8563, null, "new-market-entities"],
      [94.7, 2022, "full-online-service-rate"],
      [97.3, null, "full-online-service-rate"],
      [4946, 2022, "administrative-penalty-cases"],
      [4318, null, "administrative-penalty-cases"],
    ]);
  });

  it("reads a table with one row per place and one column per measure, each header naming its unit", () => {
    const text = "区（市） 收到申请（件） 受理（件） 直接纠错率（%）\n崂山区 320 301 12.5\n黄岛区 280 — 10.2\n合计 600 567 11.4\n年份 罚没金额（万元） 处罚案件（件） 纠错率（%）\n2022年 1.5 198 9";
    expect(findTableRows(text).map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit, c.year])])).toEqual([
      ["崂山区", [[320, "收到申请", "件", null], [301, "受理", "件", null], [12.5, "直接纠错率", "%", null]]],
      ["黄岛区", [[280, "收到申请", "件", null], [10.2, "直接纠错率", "%", null]]],
      ["合计", [[600, "收到申请", "件", null], [567, "受理", "件", null], [11.4, "直接纠错率", "%", null]]],
      ["", [[15_000, "罚没金额", "元", 2022], [198, "处罚案件", "件", 2022], [9, "纠错率", "%", 2022]]],
    ]);
    // A header whose columns name no unit, or a row that does not fill them, is no such table.
    expect(findTableRows("区县 收到申请 受理\n崂山区 320 301")).toEqual([]);
    expect(findTableRows("区县 收到申请（件） 受理（件）\n崂山区 320")).toEqual([]);
  });

  it("leaves prose, rows without a unit and pipe-less lists alone", () => {
    expect(findTableRows("全市收到行政复议申请 220 件，同比增长。\n青岛市司法局 2023年3月\n行政复议 198 220\n发布时间 2023-03-01")).toEqual([]);
  });
});

describe("table rows in extraction", () => {
  it("extracts each cell with the row's subject and unit, dated by its column", () => {
    const ms = extractMetrics(TABLE, { reportYear: 2022 });
    expect(ms.map((m) => [m.text, m.value, m.unit, m.subject, m.period, m.indicator])).toEqual([
      ["198", 198, "件", "行政复议收案数", 2021, "admin-review-applications"],
      ["220", 220, "件", "行政复议收案数", null, "admin-review-applications"],
      ["95.2", 95.2, "%", "行政机关负责人出庭应诉率", 2021, "leader-court-appearance-rate"],
      ["100", 100, "%", "行政机关负责人出庭应诉率", null, "leader-court-appearance-rate"],
      ["1,250", 12_500_000, "元", "减免罚款金额", 2021, null],
      ["1200次", 1200, "次", "开展执法检查", null, "enforcement-inspections"],
    ]);
  });

  it("gives a place's row its place as scope and no indicator; a total row (合计, 全市合计) none either; a row per year is the report's own", () => {
    const text = [
      "某市2023年法治政府建设情况报告",
      "一、行政复议工作",
      "区县 收到行政复议申请（件） 行政复议直接纠错率（%）",
      "甲区 320 12.5",
      "合计 750 10.8",
      "全市合计 1520 11.9",
      "年份 收到行政复议申请（件） 行政复议直接纠错率（%）",
      "2022年 1210 10.4",
    ].join("\n");
    const ms = extractMetrics(text, { reportYear: 2023 });
    expect(ms.map((m) => [m.value, m.unit, m.subject, m.scope, m.period, m.indicator, m.pillar])).toEqual([
      [320, "件", "甲区收到行政复议申请", "甲区", null, null, "reconsideration"],
      [12.5, "%", "甲区行政复议直接纠错率", "甲区", null, null, "reconsideration"],
      [750, "件", "合计收到行政复议申请", null, null, null, "reconsideration"],
      [10.8, "%", "合计行政复议直接纠错率", null, null, null, "reconsideration"],
      [1520, "件", "收到行政复议申请", "全市", null, null, "reconsideration"],
      [11.9, "%", "行政复议直接纠错率", "全市", null, null, "reconsideration"],
      [1210, "件", "收到行政复议申请", null, 2022, "admin-review-applications", "reconsideration"],
      [10.4, "%", "行政复议直接纠错率", null, 2022, "admin-review-correction-rate", "reconsideration"],
    ]);
  });

  it("does not take table rows for headings (their cue words would mislabel the prose after them)", () => {
    const { sections } = segmentText(TABLE);
    expect(sections.map((s) => s.heading)).toEqual(["三、主要指标完成情况"]);
  });
});

describe("findTableRows: tables as web pages lay them out (review 31)", () => {
  const read = (text: string) => findTableRows(text, 2023).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year, c.change ? `${c.change.direction}${c.change.value}${c.change.unit}${c.change.basis}` : null])]);

  it("reads a row behind its group's name (a cell spanning the group's rows), and the change column as the latest year's change", () => {
    const text = "类别  指标名称  单位  2022年  2023年  同比\n行政复议  收到行政复议申请  件  312  356  +14.1%\n行政复议  直接纠错率  %  11.2  13.5  +2.3个百分点";
    expect(read(text)).toEqual([
      ["收到行政复议申请", "件", [[312, 2022, null], [356, 2023, "up14.1%同比"]]],
      ["直接纠错率", "%", [[11.2, 2022, null], [13.5, 2023, "up2.3个百分点同比"]]],
    ]);
  });

  it("puts a line of years under the header's group cell (完成情况), not against the row's end", () => {
    const text = "类别  指标名称  单位  完成情况  增减\n2022年  2023年\n行政复议  收到行政复议申请  件  312  356  -4.2%";
    expect(read(text)).toEqual([["收到行政复议申请", "件", [[312, 2022, null], [356, 2023, "down4.2%较2022年"]]]]);
  });

  it("takes the unit of a year column's header (2023年（件）), a caption's unit on a numbered caption line, and passes over a note", () => {
    expect(read("指标名称  2023年（件）  2022年（件）\n法律援助案件  1263  1180")).toEqual([["法律援助案件", "件", [[1263, 2023, null], [1180, 2022, null]]]]);
    const perStreet = findTableRows("表2 2023年各街道人民调解情况（单位：件）\n街道  调处纠纷  调解成功  成功率（%）\n三里庵街道  486  479  98.6", 2023);
    expect(perStreet.map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit])])).toEqual([
      ["三里庵街道", [[486, "调处纠纷", "件"], [479, "调解成功", "件"], [98.6, "成功率", "%"]]],
    ]);
    expect(read("序号  指标  单位  数值  备注\n1  收到行政复议申请  件  356  含区政府本级")).toEqual([["收到行政复议申请", "件", [[356, null, null]]]]);
  });
});

describe("extractMetrics: a table's change column", () => {
  it("gives the latest year's figure its row's change, as written in the cell", () => {
    const text = "主要指标\n类别  指标名称  单位  2022年  2023年  同比\n行政复议  收到行政复议申请  件  312  356  +14.1%";
    const ms = extractMetrics(text, { reportYear: 2023, segments: segmentText(text) });
    expect(ms.map((m) => [m.value, m.period, m.change && { ...m.change, start: undefined, end: undefined }])).toEqual([
      [312, 2022, null],
      [356, null, { value: 14.1, unit: "%", direction: "up", basis: "同比", text: "+14.1%", start: undefined, end: undefined }],
    ]);
  });
});

describe("findTableRows: units and changes in the cells (review 32)", () => {
  const read = (text: string) => findTableRows(text, 2023).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year, c.change ? `${c.change.direction}${c.change.value}${c.change.unit}` : null])]);

  it("reads numbers with their unit in the cell (286件, 10.2%), and a change column by its header, signed or not", () => {
    expect(read("序号  指标名称  2022年  2023年  同比\n1  收到行政复议申请  286件  312件  +9.1%")).toEqual([["收到行政复议申请", "件", [[286, 2022, null], [312, 2023, "up9.1%"]]]]);
    expect(read("指标  2022年  2023年  同比增长（%）\n收到行政复议申请（件）  312  356  14.1")).toEqual([["收到行政复议申请", "件", [[312, 2022, null], [356, 2023, "up14.1%"]]]]);
    expect(read("指标  2022年  2023年  增减\n持证执法人员（人）  1204  1268  +64")).toEqual([["持证执法人员", "人", [[1204, 2022, null], [1268, 2023, "up64人"]]]]);
  });
});

describe("extractMetrics: a table's group names and total rows (review 32)", () => {
  it("maps a row behind a group's name by its label alone, and gives a table of places' total row (which may sum only the places shown) no indicator", () => {
    const grouped = "类别  指标名称  单位  2022年  2023年\n行政复议与应诉  收到行政复议申请  件  312  356";
    expect(extractMetrics(grouped, { reportYear: 2023, segments: segmentText(grouped) }).map((m) => m.indicator)).toEqual(["admin-review-applications", "admin-review-applications"]);
    const table = "镇（街道）  法律援助（件）  行政处罚（件）\n郫筒街道  45  56\n全区合计  97  117\n区本级  60  80";
    const ms = extractMetrics(table, { reportYear: 2023, placeLevel: "district", segments: segmentText(table) });
    expect(ms.find((m) => m.value === 97)).toMatchObject({ scope: "全区", indicator: null });
    expect(ms.find((m) => m.value === 60)).toMatchObject({ scope: "区本级", indicator: "legal-aid-cases" });
  });
});

describe("findTableRows: a caption's year, bounds and notes in cells (review 32)", () => {
  const read = (text: string) => findTableRows(text, 2023).map((r) => [r.label, r.cells.map((c) => [c.value, c.year, c.target])]);

  it("dates a table whose header names no year by its caption's one year", () => {
    expect(read("表1 2022年行政复议主要数据\n指标  单位  数值\n收到行政复议申请  件  312")).toEqual([["收到行政复议申请", [[312, 2022, false]]]]);
  });

  it("reads a goal written as a bound (≥90, 98以上) as the goal, bounded, and passes over a bound outside a goal column", () => {
    const text = "指标  2023年目标值  2023年完成值\n出庭应诉率（%）  ≥90  98.6\n调解成功率（%）  98以上  99.2\n败诉率（%）  ≤5  3.9\n执法人员培训（万人次）  不少于1.5  1.86";
    expect(read(text)).toEqual([
      ["出庭应诉率", [[90, 2023, true], [98.6, 2023, false]]],
      ["调解成功率", [[98, 2023, true], [99.2, 2023, false]]],
      ["败诉率", [[5, 2023, true], [3.9, 2023, false]]],
      ["执法人员培训", [[15000, 2023, true], [18600, 2023, false]]],
    ]);
    const rows = findTableRows(text, 2023);
    expect(rows.map((r) => r.cells[0]!.approx)).toEqual(["lower", "lower", "upper", "lower"]);
    // The figure is the number after the sign, where the extractor's token starts.
    expect(text.slice(rows[0]!.cells[0]!.start, rows[0]!.cells[0]!.end)).toBe("90");
    expect(read("指标  2022年  2023年\n出庭应诉率（%）  ≥90  98.6")).toEqual([["出庭应诉率", [[98.6, 2023, false]]]]);
    // A bound with its multiplier is exact.
    expect(read("指标  2023年目标值  2023年完成值\n检查企业（家）  ≥0.57万家  6012")).toEqual([["检查企业", [[5700, 2023, true], [6012, 2023, false]]]]);
    expect(read("指标  2022年  2023年\n一审行政诉讼案件（件）  236  251（含区政府本级18）")).toEqual([["一审行政诉讼案件", [[236, 2022, false], [251, 2023, false]]]]);
  });
});

describe("findTableRows: a heading ends a table (review 32)", () => {
  it("does not carry a header's years past a numbered heading into the next table", () => {
    const rows = findTableRows("指标  2021年  2022年\n收到行政复议申请（件）  268  312\n二、执法情况\n行政处罚案件（件）  2856", 2023);
    expect(rows.map((r) => [r.label, r.cells.map((c) => c.year)])).toEqual([
      ["收到行政复议申请", [2021, 2022]],
      ["行政处罚案件", [null]],
    ]);
  });
});

describe("findTableRows: a table of places with its units in the cells (review 32)", () => {
  it("takes a header of measures without units from its first row's cells, and reads that row too", () => {
    const rows = findTableRows("街道  调解成功率  法律援助  培训\n泉城路街道  98.6%  45件  420人次\n大明湖街道  97.9%  52件  456人次", 2023);
    expect(rows.map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit])])).toEqual([
      ["泉城路街道", [[98.6, "调解成功率", "%"], [45, "法律援助", "件"], [420, "培训", "人次"]]],
      ["大明湖街道", [[97.9, "调解成功率", "%"], [52, "法律援助", "件"], [456, "培训", "人次"]]],
    ]);
  });
});

describe("findTableRows: more layouts (review 32)", () => {
  it("reads a year table under a caption's unit, rows per bare year, and a table of places with a group column", () => {
    const caption = findTableRows("表1 行政复议主要数据（单位：件）\n指标名称  2022年  2023年\n收到行政复议申请  312  356", 2023);
    expect(caption.map((r) => [r.label, r.unit, r.cells.map((c) => c.year)])).toEqual([["收到行政复议申请", "件", [2022, 2023]]]);
    const years = findTableRows("年份  收到复议申请（件）  直接纠错率（%）\n2022  312  11.2", 2023);
    expect(years.map((r) => [r.label, r.cells.map((c) => [c.value, c.year])])).toEqual([["", [[312, 2022], [11.2, 2022]]]]);
    const grouped = findTableRows("片区  镇（街道）  受理纠纷（件）  调解成功（件）\n城区  泉城路街道  486  479", 2023);
    expect(grouped.map((r) => [r.label, r.cells.map((c) => c.value)])).toEqual([["泉城路街道", [486, 479]]]);
  });
});

describe("findTableRows: a column that describes the work (review 32)", () => {
  it("reads each row under 重点任务 推进情况 2023年（件） by its task, past a long account of the work in prose", () => {
    const account = "严格落实行政规范性文件合法性审核机制，对各部门报送的规范性文件逐件审核，提出修改意见。".repeat(5);
    const text = `重点任务  推进情况  2023年（件）\n规范性文件合法性审核  ${account}  48\n重大行政决策合法性审查  完成重大行政决策合法性审查  12\n行政复议案件办理  依法办理行政复议案件  426`;
    expect(account.length).toBeGreaterThan(160);
    expect(findTableRows(text, 2023).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["规范性文件合法性审核", "件", [[48, 2023]]],
      ["重大行政决策合法性审查", "件", [[12, 2023]]],
      ["行政复议案件办理", "件", [[426, 2023]]],
    ]);
    const ms = extractMetrics(text, { reportYear: 2023, segments: segmentText(text) });
    expect(ms.find((m) => m.value === 426)?.indicator).toBe("admin-review-cases-handled");
  });

  it("does not read a line of prose with a figure as a row when the header has no description column", () => {
    expect(findTableRows("指标名称  2023年（件）\n全年共办理，其中规范性文件审核  48", 2023)).toEqual([]);
  });
});

describe("extractMetrics: a table's 其中 rows (review 32)", () => {
  it("reads 其中：市本级 under a row as that row's measure at the own level, a part of the row above in the same year", () => {
    const text = "指标名称  2022年  2023年\n收到行政复议申请（件）  812  905\n其中：市本级（件）  312  356";
    const ms = extractMetrics(text, { reportYear: 2023, segments: segmentText(text) });
    expect(ms.map((m) => [m.value, m.subject, m.scope, m.period, m.partOf, m.indicator])).toEqual([
      [812, "收到行政复议申请", null, 2022, null, "admin-review-applications"],
      [905, "收到行政复议申请", null, null, null, "admin-review-applications"],
      [312, "收到行政复议申请", "市本级", 2022, 0, "admin-review-applications"],
      [356, "收到行政复议申请", "市本级", null, 1, "admin-review-applications"],
    ]);
  });
});

describe("findTableRows: a PDF's table (review 34)", () => {
  it("completes a header whose year cells a PDF set on lines of their own (2023 / 年), and reads a change written with a space (+2.9 个百分点)", () => {
    const text = "序号  指标名称  单位\n2023\n年\n2024\n年\n增减\n1  依申请政务服务事项全程网办率 %  88.4  91.3  +2.9 个百分点\n2  收到行政复议申请  件  96  127  +31";
    const rows = findTableRows(text, 2024);
    expect(rows.map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year, c.change?.value ?? null])])).toEqual([
      ["依申请政务服务事项全程网办率", "%", [[88.4, 2023, null], [91.3, 2024, 2.9]]],
      ["收到行政复议申请", "件", [[96, 2023, null], [127, 2024, 31]]],
    ]);
  });

  it("maps no cell of a row whose columns' years are unknown: which one is this year's cannot be told", () => {
    const text = "序号  指标名称  单位\n1  收到行政复议申请  件  96  127";
    const ms = extractMetrics(text, { reportYear: 2024, segments: segmentText(text) });
    expect(ms.map((m) => [m.value, m.period, m.indicator])).toEqual([
      [96, null, null],
      [127, null, null],
    ]);
  });
});

describe("findTableRows: a unit line and a change column (review 36)", () => {
  it("reads rows under a header followed by a unit line (单位：件), and an unsigned change column's value as the change only", () => {
    const unitLine = "表1 全市行政复议应诉主要数据\n指标  2023年  2024年\n单位：件\n新收行政复议申请  2684  3105";
    expect(findTableRows(unitLine, 2024).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year])])).toEqual([["新收行政复议申请", "件", [[2684, 2023], [3105, 2024]]]]);
    const change = "指标  2023年  2024年  同比增减\n新收行政复议申请（件）  2684  3105  15.7%";
    const ms = extractMetrics(change, { reportYear: 2024, segments: segmentText(change) });
    expect(ms.map((m) => [m.text, m.change?.value ?? null])).toEqual([
      ["2684", null],
      ["3105", 15.7],
    ]);
  });
});

describe("findTableRows: a unit line that lists units (review 36)", () => {
  it("gives rows named as rates per cent and the others the count unit under 单位：件、%", () => {
    const text = "类别  指标  2023年  2024年  同比增减\n单位：件、%\n行政复议  新收申请  2684  3105  15.7%\n行政复议  直接纠错率  10.2  11.5  1.3个百分点";
    expect(findTableRows(text, 2024).map((r) => [r.label, r.unit, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["新收申请", "件", [[2684, 2023], [3105, 2024]]],
      ["直接纠错率", "%", [[10.2, 2023], [11.5, 2024]]],
    ]);
  });
});

describe("findTableRows: a change column in a table of one row per place (review 37)", () => {
  it("reads a signed or unsigned cell under 立案数同比（%） or 增减（件） as the change of the measure it names, and keeps every row", () => {
    const text = "单位  立案数（件）  罚没款（万元）  立案数同比（%）\n荷塘区  198  131.52  -5.7\n芦淞区  263  178.36  3.1\n合计  461  309.88  -1.8";
    const ms = extractMetrics(text, { reportYear: 2024, segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.unit, m.scope, m.change === null ? null : [m.change.direction, m.change.value, m.change.unit]])).toEqual([
      ["198", "件", "荷塘区", ["down", 5.7, "%"]],
      ["131.52", "元", "荷塘区", null],
      ["263", "件", "芦淞区", ["up", 3.1, "%"]],
      ["178.36", "元", "芦淞区", null],
      ["461", "件", null, ["down", 1.8, "%"]],
      ["309.88", "元", null, null],
    ]);
    // 增减（件） changes the column counted in 件, not the money column right before it.
    const counted = "单位  立案数（件）  罚没款（万元）  增减（件）\n荷塘区  198  131.52  +8";
    expect(extractMetrics(counted, { reportYear: 2024, segments: segmentText(counted) }).map((m) => [m.text, m.change?.value ?? null])).toEqual([
      ["198", 8],
      ["131.52", null],
    ]);
  });
});

describe("findTableRows: a goal column (review 38)", () => {
  it("marks the cells under 2021年目标 as goals with no indicator, and the 2021年完成 cells as results", () => {
    const text = "附表：主要指标完成情况\n序号  指标名称  单位  2021年目标  2021年完成  完成情况\n1  政务服务事项全程网办率  %  70  76.3  完成\n2  法律援助案件数  件  2000  2315  完成";
    const ms = extractMetrics(text, { reportYear: 2021, segments: segmentText(text) });
    expect(ms.map((m) => [m.text, m.target, m.indicator])).toEqual([
      ["70", true, null],
      ["76.3", false, "full-online-service-rate"],
      ["2000", true, null],
      ["2315", false, "legal-aid-cases"],
    ]);
  });
});

describe("findTableRows: a rate's difference (review 39)", () => {
  it("reads +1.5 under 增减 on a rate's row as 个百分点, and +41.8% on a count's row as per cent", () => {
    const text = "指标  2022年  2023年  增减\n收到复议申请（件）  361  512  +41.8%\n直接纠错率（%）  9.7  11.2  +1.5";
    const ms = extractMetrics(text, { reportYear: 2023, segments: segmentText(text) });
    expect(ms.filter((m) => m.change !== null).map((m) => [m.text, m.change!.value, m.change!.unit])).toEqual([
      ["512", 41.8, "%"],
      ["11.2", 1.5, "个百分点"],
    ]);
  });
});

describe("findTableRows: rate columns (review 40)", () => {
  it("gives a column named as a rate per cent under 单位：件、% and under 单位：件, and reads a table with no unit line from its labels", () => {
    const lines = (unitLine: string | null) =>
      ["表1  2023年各街道矛盾纠纷调处情况", ...(unitLine ? [unitLine] : []), "街道 调解纠纷件数 人民调解成功率 法律援助件数", "大智街道 641 99.2 63", "一元街道 976 95.7 90"].join("\n");
    for (const unitLine of ["单位：件、%", "单位：件", null]) {
      const text = lines(unitLine);
      const ms = extractMetrics(text, { reportYear: 2023, segments: segmentText(text) });
      expect(ms.map((m) => [m.text, m.unit]), String(unitLine)).toEqual([
        ["641", "件"],
        ["99.2", "%"],
        ["63", "件"],
        ["976", "件"],
        ["95.7", "%"],
        ["90", "件"],
      ]);
    }
  });
});

describe("findTableRows: a table a PDF copy set one cell per line (review 45)", () => {
  const table = ["县市", "收到申请（件）", "直接纠错率（%）", "州本级", "412", "14.6", "延吉市", "386", "", "12.4", "合计", "798", "——"].join("\n");
  it("rebuilds each row from its name and one line per measure, across a blank line", () => {
    const rows = findTableRows(`${table}\n`);
    expect(rows.map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.unit])])).toEqual([
      ["州本级", [[412, "件"], [14.6, "%"]]],
      ["延吉市", [[386, "件"], [12.4, "%"]]],
      ["合计", [[798, "件"]]],
    ]);
  });
  it("takes the name cell from the end of a caption the copy glued to it", () => {
    const rows = findTableRows(`表1　2024年各县市行政复议情况县市\n${table.slice(table.indexOf("\n") + 1)}\n`);
    expect(rows.map((r) => r.label)).toEqual(["州本级", "延吉市", "合计"]);
  });
  it("reads nothing when a measure line stands where the name should be, rather than shift the columns", () => {
    const shifted = ["收到申请（件）", "直接纠错率（%）", "负责人出庭应诉率（%）", "州本级", "412", "14.6", "100"].join("\n");
    expect(findTableRows(`${shifted}\n`)).toEqual([]);
  });
});

describe("findTableRows: a pipe table from a web page (review 46)", () => {
  const head = "| 项目 | 2023年 | 2024年 | 增减 |\n| --- | --- | --- | --- |\n";
  it("reads change cells written with arrows or words as the latest year's change", () => {
    const rows = findTableRows(`${head}| 法律援助案件（件） | 1,024 | 1,187 | ↑15.9% |\n| 在册社区矫正对象（人） | 356 | 331 | ▼25 |\n| 收到行政复议申请（件） | 412 | 586 | 增长42.2% |\n`);
    expect(rows.map((r) => r.cells.map((c) => [c.value, c.year, c.change === undefined ? null : `${c.change.direction} ${c.change.value}${c.change.unit}`]))).toEqual([
      [[1024, 2023, null], [1187, 2024, "up 15.9%"]],
      [[356, 2023, null], [331, 2024, "down 25人"]],
      [[412, 2023, null], [586, 2024, "up 42.2%"]],
    ]);
  });
  it("reads cells with 万 or 余 and keeps the header's years for the rows after them", () => {
    const rows = findTableRows(`${head}| 法律咨询（人次） | 2.1万 | 2.6万 | +23.8% |\n| 法律援助案件（件） | 1024 | 1187余 | +15.9% |\n`);
    expect(rows.map((r) => r.cells.map((c) => [c.value, c.year, c.approx ?? null]))).toEqual([
      [[21000, 2023, null], [26000, 2024, null]],
      [[1024, 2023, null], [1187, 2024, "lower"]],
    ]);
  });
  it("keeps the years across a group's heading row and names the rows under it by the group", () => {
    const rows = findTableRows(`${head}| 行政复议 | — | — | — |\n| 收到行政复议申请（件） | 412 | 586 | +42.2% |\n| 法律援助 | | | |\n| 办结案件（件） | 1024 | 1187 | +15.9% |\n`);
    expect(rows.map((r) => [r.label, r.cells.map((c) => c.year)])).toEqual([
      ["收到行政复议申请", [2023, 2024]],
      ["法律援助办结案件", [2023, 2024]],
    ]);
  });
});

describe("findTableRows: rows that are no data (review of review 46)", () => {
  const head = "| 项目 | 2023年 | 2024年 |\n| --- | --- | --- |\n";
  it("passes over an empty pipe row without failing", () => {
    expect(findTableRows(`${head}|  |  |  |\n| 收到行政复议申请（件） | 412 | 586 |\n`).map((r) => r.label)).toEqual(["收到行政复议申请"]);
  });
  it("keeps the header across a row with no data, and names no group by it", () => {
    const rows = findTableRows(`${head}| 行政赔偿案件 | 无 | 无 |\n| 收到行政复议申请（件） | 412 | 586 |\n`);
    expect(rows.map((r) => [r.label, r.cells.map((c) => c.year)])).toEqual([["收到行政复议申请", [2023, 2024]]]);
  });
  it("reads no cell with its own 亿 in a row of 万元", () => {
    const rows = findTableRows(`${head}| 罚没款（万元） | 1.2亿 | 3000 |\n`);
    expect(rows.flatMap((r) => r.cells.map((c) => c.value))).not.toContain(1.2e12);
  });
  it("drops a flattened row that a stray number shifts, rather than read shifted values", () => {
    const lines = ["县市", "收到申请（件）", "办结（件）", "州本级", "412", "400", "图们市", "3", "120", "118", "合计", "918", "898"].join("\n");
    const rows = findTableRows(`${lines}\n`);
    expect(rows.map((r) => r.label)).toEqual(["州本级"]);
  });
});

describe("findTableRows: counts side by side under names without units (review 48)", () => {
  const cells = (text: string) => findTableRows(text, 2023).map((r) => r.cells.map((c) => [c.value, c.column?.unit ?? r.unit]));
  it("gives 收案数 审结数 纠错数 their count unit and 纠错率 per cent, never the rate's % to the counts", () => {
    const text = "排名前三位的单位及直接纠错情况如下：\n单位 收案数 审结数 纠错数 纠错率\n市公安局 198 187 21 11.2%\n市人社局 142 136 19 14.0%\n二、行政应诉工作情况";
    expect(cells(text)).toEqual([
      [[198, "件"], [187, "件"], [21, "件"], [11.2, "%"]],
      [[142, "件"], [136, "件"], [19, "件"], [14, "%"]],
    ]);
  });
  it("reads no row whose bare numbers sit before a per-cent cell with no header to name them", () => {
    expect(cells("市公安局 198 187 21 11.2%\n")).toEqual([]);
  });
});

describe("findTableRows: a case count named without 数 (review 48)", () => {
  it("reads 一审收案 as a count of cases (件) and 败诉数 beside it in the same unit", () => {
    const text = "县（市、区） 一审收案 败诉数 败诉率 出庭应诉率\n涧西区 186 11 5.9% 100%\n";
    expect(findTableRows(text, 2023).map((r) => r.cells.map((c) => [c.value, c.column?.unit]))).toEqual([[[186, "件"], [11, "件"], [5.9, "%"], [100, "%"]]]);
  });
});

describe("findTableRows: a label a PDF wrapped down to its last character (review 49)", () => {
  it("keeps the header over 一审行政诉讼案 / 件 / 件 27 23 and reads the rows after it", () => {
    const text = "2024年法治政府建设主要指标完成情况表\n指标  单位  2023年  2024年  同比\n一审行政诉讼案\n件\n件  27  23  -14.8%\n行政处罚案件  件  481  436  -9.4%\n";
    expect(findTableRows(text, 2024).map((r) => [r.label, r.cells.map((c) => [c.value, c.year])])).toEqual([
      ["一审行政诉讼案件", [[27, 2023], [23, 2024]]],
      ["行政处罚案件", [[481, 2023], [436, 2024]]],
    ]);
  });
});

describe("findTableRows: which unit-less columns count (code review 49)", () => {
  it.each([
    "各单位办理情况如下：\n单位 收案数 办结数 平均办理天数\n市公安局 198 187 35\n二、其他",
    "各单位办理情况如下：\n单位 罚没金额（万元） 处罚数 纠错数\n市公安局 120 198 21\n二、其他",
    "各地情况如下：\n地区 案件数 满意度指数\n东湖区 120 92.5\n二、其他",
  ])("reads no row where a column is no count or its counts could only borrow money's unit: %s", (text) => {
    expect(findTableRows(text, 2023)).toEqual([]);
  });
});

describe("findTableRows: counts that look like years (review 61a-3)", () => {
  it("reads a row of counts between 1900 and 2099 far from the report's year as a row, not a header of years", () => {
    const rows = findTableRows("单位  受理数（件）  审结数（件）\n市本级  962  901\n全市合计  2079  1957\n", 2025);
    expect(rows.map((r) => [r.label, r.cells.map((c) => c.value)])).toEqual([
      ["市本级", [962, 901]],
      ["全市合计", [2079, 1957]],
    ]);
    // (Years near the report's still make a header.)
    expect(findTableRows("指标  2024  2025\n收到复议申请（件）  812  905\n", 2025).map((r) => r.cells.map((c) => c.year))).toEqual([[2024, 2025]]);
  });
});

describe("findTableRows: a header of levels (code review 49)", () => {
  it("gives each cell under 指标 全市 市本级 its column's level", () => {
    const text = "表1 2023年行政复议数据\n指标 全市 市本级\n收到复议申请（件） 512 120\n";
    expect(findTableRows(text, 2023).map((r) => r.cells.map((c) => [c.value, c.level]))).toEqual([[[512, "全市"], [120, "市本级"]]]);
  });

  it("hangs a change column after the levels on the level its header names, or on the one level column (review 60b-7)", () => {
    const cells = (text: string) => findTableRows(text, 2024).map((r) => r.cells.map((c) => [c.value, c.level, c.change ? `${c.change.direction}${c.change.value}${c.change.unit}${c.change.basis}` : null]));
    expect(cells("表1 2024年行政复议和行政应诉主要数据\n指标  全省  省政府本级  全省同比\n收到行政复议申请（件）  23765  1126  +61.3%\n直接纠错率  15.8%  9.4%  -2.1个百分点\n")).toEqual([
      [[23765, "全省", "up61.3%同比"], [1126, "省政府本级", null]],
      [[15.8, "全省", "down2.1个百分点同比"], [9.4, "省政府本级", null]],
    ]);
    expect(cells("指标  全市  市本级  市本级增减\n收到复议申请（件）  512  120  -8\n")).toEqual([[[512, "全市", null], [120, "市本级", "down8件"]]]);
    // (An office's line and the office itself, the latter a part after 其中: the change is the line's, review 61b-2.)
    expect(cells("项目  全市税务系统  其中：市局机关  同比（%）\n“首违不罚”适用（户次）  21,600  1,247  8.5\n行政诉讼案件（件）  23  6  -8.0\n")).toEqual([
      [[21600, "全系统", "up8.5%同比"], [1247, "局本级", null]],
      [[23, "全系统", "down8%同比"], [6, "局本级", null]],
    ]);
    // (A change column that names no level, after two levels: whose change it is cannot be told.)
    expect(cells("指标  全市  市本级  同比\n收到复议申请（件）  512  120  +8.1%\n")).toEqual([[[512, "全市", null], [120, "市本级", null]]]);
  });
});

describe("findTableRows: columns of shares, of an earlier year, of grades and of ranks (review 59b)", () => {
  const read = (text: string) =>
    findTableRows(text, 2025).map((r) => [
      r.label,
      r.cells.map((c) => [c.value, c.column?.label ?? null, c.column?.unit ?? null, c.year, c.change ? `${c.change.direction}${c.change.value}${c.change.unit}` : null]),
      r.kind ?? null,
      r.role ?? null,
    ]);

  it("gives a count, its share and last year's count each their own unit, and hangs 同比 on this year's count", () => {
    expect(read("行为类别  受理数（件）  占比  2024年（件）  同比\n行政处罚  1638  33.3%  1502  +9.1%\n")).toEqual([
      ["行政处罚", [[1638, "受理数", "件", null, "up9.1%"], [33.3, "占比", "%", null, null], [1502, "受理数", "件", 2024, null]], true, null],
    ]);
    // (No share column, or no change column: the same counts.)
    expect(read("行为类别  受理数（件）  2024年（件）  同比\n行政强制  214  231  -7.4%\n")).toEqual([
      ["行政强制", [[214, "受理数", "件", null, "down7.4%"], [231, "受理数", "件", 2024, null]], true, null],
    ]);
    // (Two year columns: the change is the latest year's, not the share's.)
    expect(read("行为类别  2025年（件）  占比  2024年（件）  同比\n行政许可  197  4.0%  210  -6.2%\n")).toEqual([
      ["行政许可", [[197, "", "件", 2025, "down6.2%"], [4, "占比", "%", null, null], [210, "", "件", 2024, null]], true, null],
    ]);
  });

  it("reads a count beside its share (占审结总数比例), and a respondent's row under 被申请人", () => {
    expect(read("审结方式  件数  占审结总数比例\n维持  2006  42.37%\n合计  4735  100%\n")).toEqual([
      ["维持", [[2006, "件数", "件", null, null], [42.37, "占审结总数比例", "%", null, null]], true, null],
      ["合计", [[4735, "件数", "件", null, null], [100, "占审结总数比例", "%", null, null]], true, null],
    ]);
    expect(read("被申请人类别  被申请人  受理数（件）  占比\n市公安局  688  24.9%\n")).toEqual([["市公安局", [[688, "受理数", "件", null, null], [24.9, "占比", "%", null, null]], null, "被申请人"]]);
  });

  it("dates 上年（件） the year before, and gives each earlier year's column the measure right before it (code review 59)", () => {
    expect(read("行为类别  受理数（件）  上年（件）  同比\n行政处罚  1638  1502  +9.1%\n")).toEqual([
      ["行政处罚", [[1638, "受理数", "件", null, "up9.1%"], [1502, "受理数", "件", 2024, null]], true, null],
    ]);
    expect(read("地区  受理数（件）  2024年（件）  审结数（件）  2024年（件）\n禅城区  120  110  95  90\n")[0]![1]).toEqual([
      [120, "受理数", "件", null, null],
      [110, "受理数", "件", 2024, null],
      [95, "审结数", "件", null, null],
      [90, "审结数", "件", 2024, null],
    ]);
    // (处分数 counts sanctions, no score in 分.)
    expect(read("单位  立案数（件）  处分数\n市公安局  120  30\n").flatMap((r) => (r[1] as unknown[][]).map((c) => c[2]))).not.toContain("分");
  });

  it("reads a ranking's scores past its rank and grade columns", () => {
    expect(read("排名  市州  得分  等次\n1  长沙市  94.26  优秀\n11  湘西土家族苗族自治州  88.20  良好\n")).toEqual([
      ["长沙市", [[94.26, "得分", "分", null, null]], null, null],
      ["湘西土家族苗族自治州", [[88.2, "得分", "分", null, null]], null, null],
    ]);
  });
});

describe("findTableRows: a header whose unit a line break put apart (review 62b-1)", () => {
  it("drops a note pointer from a row's name under a header of years too", () => {
    expect(findTableRows("指标  2023年  2024年\n行政许可（件）（注2）  312  356\n", 2024).map((r) => r.label)).toEqual(["行政许可"]);
  });

  it("reads 行政许可 （件） as one header cell, so the table is read, and drops a note pointer from a row's name", () => {
    const text = "序号  执法部门  行政许可 （件）  罚没金额 （万元）  行政检查 （次）\n1  市公安局（注2）  41862  3126.47  15230\n合计  78763  12733.25  76765\n";
    const rows = findTableRows(text, 2024);
    expect(rows.map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit])])).toEqual([
      ["市公安局", [[41862, "行政许可", "件"], [31264700, "罚没金额", "元"], [15230, "行政检查", "次"]]],
      ["合计", [[78763, "行政许可", "件"], [127332500, "罚没金额", "元"], [76765, "行政检查", "次"]]],
    ]);
  });
});

describe("findTableRows: a header cell that opens with a hotline's number (review 63a-1)", () => {
  it("joins 12345工单 （件） into one header cell, so the table is read", () => {
    const text = "社区  综合网格 （个）  12345工单 （件）  满意率 （%）\n玉林东路社区  16  1182  96.5\n合计  104  7436  96.2\n";
    expect(findTableRows(text, 2025).map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit])])).toEqual([
      ["玉林东路社区", [[16, "综合网格", "个"], [1182, "12345工单", "件"], [96.5, "满意率", "%"]]],
      ["合计", [[104, "综合网格", "个"], [7436, "12345工单", "件"], [96.2, "满意率", "%"]]],
    ]);
  });
});

describe("findTableRows: a PDF table whose header cells and row names wrapped inside their cells (review 62a-1)", () => {
  it("joins a header's unit line to its words and a row's name lines, and reads the numbers on the line after them", () => {
    const text = [
      "表3 2025年各区县交通运输执法人员和案件办理情况",
      "单位",
      "执法人员",
      "（人）",
      "行政处罚案件",
      "（件）",
      "市支",
      "队",
      "186  2315",
      "张店",
      "区",
      "58  1236",
      "合计  612  9847",
      "注：数据计入市支队。",
    ].join("\n");
    expect(findTableRows(text, 2025).map((r) => [r.label, r.cells.map((c) => [c.value, c.column?.label, c.column?.unit])])).toEqual([
      ["市支队", [[186, "执法人员", "人"], [2315, "行政处罚案件", "件"]]],
      ["张店区", [[58, "执法人员", "人"], [1236, "行政处罚案件", "件"]]],
      ["合计", [[612, "执法人员", "人"], [9847, "行政处罚案件", "件"]]],
    ]);
  });
});
