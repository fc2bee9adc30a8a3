import { describe, expect, it } from "vitest";
import { formatChange, formatCoverage } from "./format";

describe("formatChange", () => {
  it("labels a change with its direction, amount and basis, in Chinese as written and in English", () => {
    expect(formatChange({ value: 34.4, unit: "%", direction: "up", basis: "同比" }, "zh")).toBe("同比↑34.4%");
    expect(formatChange({ value: 34.4, unit: "%", direction: "up", basis: "同比" }, "en")).toBe("↑34.4% y/y");
    expect(formatChange({ value: 1200, unit: "件", direction: "down", basis: "较上年" }, "en")).toBe("↓1,200件 vs. prior year");
    expect(formatChange({ value: 1200, unit: "件", direction: "down", basis: "比2022年" }, "en")).toBe("↓1,200件 vs. 2022");
    expect(formatChange({ value: 3, unit: "个百分点", direction: "down", basis: "" }, "zh")).toBe("↓3个百分点");
    expect(formatChange({ value: 20, unit: "%", direction: "up", basis: "同比", approx: true }, "zh")).toBe("同比↑≈20%");
    expect(formatChange({ value: 0, unit: "%", direction: "flat", basis: "与上年" }, "zh")).toBe("与上年持平");
    expect(formatChange({ value: 0, unit: "%", direction: "flat", basis: "同比" }, "en")).toBe("→ flat y/y");
  });
});

describe("formatCoverage", () => {
  it("names the kind of period and the words that state it, or the report period when the whole report covers part of a year", () => {
    expect(formatCoverage({ kind: "multi-year", text: "“十四五”以来" }, "zh")).toBe("跨年度：“十四五”以来");
    expect(formatCoverage({ kind: "part-year", text: "1至11月" }, "en")).toBe("Part of year: 1至11月");
    expect(formatCoverage({ kind: "part-year", text: null }, "zh")).toBe("非全年：报告期");
  });
});
