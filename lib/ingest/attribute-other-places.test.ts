import { describe, expect, it } from "vitest";
import { extractMetrics } from "../extract/extract-metrics";
import { attributeOtherPlaces, reportPlace } from "./attribute-other-places";

describe("attributeOtherPlaces", () => {
  const text = "2023年，南湖区共收到行政复议申请386件。2023年嘉兴市全市共收到行政复议申请2150件。新丰镇调解纠纷120件。";

  it("gives a figure of the parent city that city as its scope and no indicator; the report's own figures stay", () => {
    const metrics = extractMetrics(text, { reportYear: 2023, placeLevel: "district" });
    expect(metrics.map((m) => m.indicator)).toEqual(["admin-review-applications", "admin-review-applications", "mediation-cases"]);
    const own = reportPlace({ placeCode: "330402", parent: "嘉兴市", province: "浙江省", level: "district" });
    expect(own?.name).toBe("南湖区");
    expect(attributeOtherPlaces(text, metrics, own)).toBe(1);
    expect(metrics.map((m) => [m.value, m.scope, m.indicator])).toEqual([
      [386, null, "admin-review-applications"],
      [2150, "嘉兴市", null],
      [120, null, "mediation-cases"],
    ]);
  });

  it("leaves places within the report's place alone, and does nothing without a known place", () => {
    const city = "2023年，嘉兴市南湖区收到行政复议申请386件。";
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

  it("finds a street's district by name within its province", () => {
    expect(reportPlace({ placeCode: null, parent: "鼓楼区", province: "福建省", level: "street" })?.code).toBe("350102");
  });
});
