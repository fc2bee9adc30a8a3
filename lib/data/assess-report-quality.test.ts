import { describe, expect, it } from "vitest";
import { assessReportQuality } from "./assess-report-quality";

const base = { year: 2023, kind: "report" as const, published: "2024-12-20", cleanedText: "", sections: [] };

describe("assessReportQuality: the publication deadline", () => {
  it("holds the annual rule-of-law report to 1 April of the next year", () => {
    expect(assessReportQuality({ ...base, title: "常熟市2023年法治政府建设情况报告" }).timeliness).toEqual({ deadline: "2024-04-01", published: "2024-12-20", status: "late" });
    expect(assessReportQuality({ ...base, title: "某县2023年依法行政工作报告", published: "2024-03-01" }).timeliness.status).toBe("on-time");
  });

  it("does not hold a yearbook's entry, a bureau's statistics 年报 or news to it (review 41)", () => {
    expect(assessReportQuality({ ...base, title: "常熟年鉴（2024）·法治政府建设" }).timeliness.status).toBe("not-applicable");
    expect(assessReportQuality({ ...base, title: "成都市新都区综合行政执法局2023年度行政执法数据统计年报" }).timeliness.status).toBe("not-applicable");
    expect(assessReportQuality({ ...base, kind: "news", title: "常熟市2023年法治政府建设情况报告" }).timeliness.status).toBe("not-applicable");
  });
});

describe("assessReportQuality: the parts' headings as reports word them (review 44)", () => {
  it("finds the shortcomings under 存在的主要问题", () => {
    const sections = [{ heading: "二、存在的主要问题", level: 1, order: 0, start: 0, end: 20, headingStart: 0, headingEnd: 9 }];
    const q = assessReportQuality({ ...base, title: "某市2023年法治政府建设情况报告", cleanedText: "二、存在的主要问题\n……", sections } as never);
    expect(q.parts.find((p) => p.id === "shortcomings")!.found).toBe("heading");
  });
});
