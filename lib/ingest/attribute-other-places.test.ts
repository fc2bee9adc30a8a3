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

  it("finds a street's district by name within its province", () => {
    expect(reportPlace({ placeCode: null, parent: "鼓楼区", province: "福建省", level: "street" })?.code).toBe("350102");
  });
});
