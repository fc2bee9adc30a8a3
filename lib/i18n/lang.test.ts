import { describe, expect, it } from "vitest";
import { getDictionary, kindLabel, levelLabel } from "./lang";

describe("labels", () => {
  it("calls a county-level city 县级市, not 县, in both languages", () => {
    expect(levelLabel(getDictionary("zh"), { level: "county", nameZh: "浏阳市" })).toBe("县级市");
    expect(levelLabel(getDictionary("zh"), { level: "county", nameZh: "攸县" })).toBe("县");
    expect(levelLabel(getDictionary("en"), { level: "county", nameZh: "浏阳市" })).toBe("County-level city");
  });

  it("calls a department's own report 部门报告", () => {
    const t = getDictionary("zh");
    expect([kindLabel(t, { kind: "report", office: "株洲市市场监督管理局" }), kindLabel(t, { kind: "report", office: null }), kindLabel(t, { kind: "news" })]).toEqual(["部门报告", "年度报告", "新闻报道"]);
  });
});
