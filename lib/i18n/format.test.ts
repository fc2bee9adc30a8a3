import { describe, expect, it } from "vitest";
import unitsData from "../knowledge/units.json";
import wordsData from "../knowledge/extraction-words.json";
import { canonicalScope, type Jurisdiction } from "../extract/knowledge";
import { formatApprox, formatChange, formatCoverage, formatFigure, formatNumber, formatScope, formatUnit, formatValue, unitName } from "./format";

const CJK = /[\u3400-\u9fff]/;

describe("formatChange", () => {
  it("labels a change with its direction, amount and basis, in Chinese as written and in English", () => {
    expect(formatChange({ value: 34.4, unit: "%", direction: "up", basis: "同比" }, "zh")).toBe("同比↑34.4%");
    expect(formatChange({ value: 34.4, unit: "%", direction: "up", basis: "同比" }, "en")).toBe("↑34.4% y/y");
    expect(formatChange({ value: 1200, unit: "件", direction: "down", basis: "较上年" }, "en")).toBe("↓1,200 vs. prior year");
    expect(formatChange({ value: 1200, unit: "件", direction: "down", basis: "比2022年" }, "en")).toBe("↓1,200 vs. 2022");
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

describe("formatNumber", () => {
  it("writes a large figure in 亿 or 万 (billion or million) only when that shows it exactly", () => {
    expect(formatNumber(12_700_000_000, "zh")).toBe("127亿");
    expect(formatNumber(710_000_000, "zh")).toBe("7.1亿");
    expect(formatNumber(3_500_000, "zh")).toBe("350万");
    expect(formatNumber(285_000, "zh")).toBe("28.5万");
    // Below 10万, or not exact in any scale: every digit, grouped.
    expect(formatNumber(12_000, "zh")).toBe("12,000");
    expect(formatNumber(123_456_789, "zh")).toBe("123,456,789");
    expect(formatNumber(123_456_000, "zh")).toBe("12,345.6万");
    expect(formatNumber(98.04, "zh")).toBe("98.04");
    expect(formatNumber(-2_000_000, "zh")).toBe("-200万");
    expect(formatNumber(12_700_000_000, "en")).toBe("12.7 billion");
    expect(formatNumber(3_500_000, "en")).toBe("3.5 million");
    expect(formatNumber(285_000, "en")).toBe("285,000");
  });

  it("puts the unit right after the figure in Chinese, and in English names it or leaves out a bare measure word", () => {
    expect(formatValue(710_000_000, "条", "zh")).toBe("7.1亿条");
    expect(formatValue(2945, "件", "zh")).toBe("2,945件");
    expect(formatValue(98.04, null, "zh")).toBe("98.04");
    expect(formatValue(2945, "件", "en")).toBe("2,945");
    expect(formatValue(98.04, "%", "en")).toBe("98.04%");
    expect(formatValue(15, "个工作日", "en")).toBe("15 working days");
    expect(formatValue(101_000_000, "元", "en")).toBe("101 million yuan");
    expect(formatValue(1.5, "个百分点", "en")).toBe("1.5 pp");
    // A count per occurrence, like 人次 (person-times).
    expect(formatValue(300, "家次", "en")).toBe("300 firm-times");
    expect(formatValue(1, "件次", "en")).toBe("1 item-time");
    // One of a plural unit is singular, up to its "per".
    expect(formatValue(1, "次", "en")).toBe("1 time");
    expect(formatValue(1, "个工作日", "en")).toBe("1 working day");
    expect(formatValue(31.8, "微克/立方米", "en")).toBe("31.8 µg/m³");
    expect(formatValue(1, "件/人", "en")).toBe("1 case per person");
    expect(formatValue(2, "件/人", "en")).toBe("2 cases per person");
    expect(formatValue(0.999, "个工作日", "en")).toBe("1 working day");
    expect(formatValue(1, "倍", "en")).toBe("1 times");
  });
});

describe("formatFigure", () => {
  it("says in English which way an approximate figure may be off, by its bound; Chinese quotes it as written", () => {
    const figure = { value: 2600, unit: "件", approx: true, text: "2600余件" };
    expect(formatFigure({ ...figure, bound: "lower" }, "en")).toBe("over 2,600");
    expect(formatFigure({ ...figure, value: 3000, text: "近3000件", bound: "upper" }, "en")).toBe("under 3,000");
    expect(formatFigure({ ...figure, text: "约2600件", bound: null }, "en")).toBe("≈2,600");
    expect(formatFigure({ ...figure, bound: "lower" }, "zh")).toBe("2600余件");
    // Without the text as written, Chinese formats it too.
    expect(formatFigure({ ...figure, text: null, bound: "lower" }, "zh")).toBe("超过2,600件");
    expect(formatFigure({ ...figure, approx: false, bound: null }, "en")).toBe("2,600");
    expect(formatApprox("98%", "upper", "zh")).toBe("不足98%");
  });
});

describe("formatUnit", () => {
  it("labels a unit in English by its meaning, keeping the Chinese unit in brackets", () => {
    expect(formatUnit("件", "zh")).toBe("件");
    expect(formatUnit("件", "en")).toBe("count (件)");
    expect(formatUnit("个工作日", "en")).toBe("working days (个工作日)");
    expect(formatUnit("%", "en")).toBe("%");
    expect(formatUnit("家次", "en")).toBe("firm-times (家次)");
  });

  it("unitName gives the English name alone (for exports)", () => {
    expect(["件", "个工作日", "%", "家次"].map((u) => unitName(u, "en"))).toEqual(["count", "working days", "%", "firm-times"]);
    expect(unitName("件", "zh")).toBe("件");
  });

  it("has an English name for every unit the extractor stores, so no English export repeats a Chinese unit", () => {
    const all = [...unitsData.units, ...unitsData.measuredDurations.units].map((u) => u.text);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((u) => CJK.test(unitName(u, "en")))).toEqual([]);
  });
});

describe("formatScope", () => {
  it("names a scope in English: the whole area, a government's own level, groups of units; a named place as written", () => {
    expect(formatScope("全市", "zh")).toBe("全市");
    expect(formatScope("全市", "en")).toBe("whole city");
    expect(formatScope("全街道", "en")).toBe("whole subdistrict");
    expect(formatScope("市本级", "en")).toBe("city government itself");
    expect(formatScope("局本级", "en")).toBe("the bureau itself");
    expect(formatScope("南昌市本级", "en")).toBe("南昌市 government itself");
    expect(formatScope("镇街", "en")).toBe("towns and subdistricts");
    expect(formatScope("章贡区", "en")).toBe("章贡区");
  });
});

describe("formatScope: coverage", () => {
  it("names in English every scope the extractor can store (全地区, 镇本级, 省级, 市（州）, 兵团 …)", () => {
    // Every scope word, as canonicalScope files it for a report of each level (own: 州, 盟, 旗, 地区 for such places).
    const levels: Array<[Jurisdiction, string]> = [["省", "省"], ["市", "市"], ["区", "区"], ["县", "县"], ["镇", "镇"], ["市", "州"], ["市", "盟"], ["市", "旗"], ["市", "地区"]];
    const words = [...wordsData.scopes.words, ...wordsData.officeScopes.words, ...Object.keys(wordsData.scopes.canonical).filter((w) => !w.startsWith("$"))];
    const stored = new Set(words.flatMap((word) => levels.map(([j, own]) => canonicalScope(word, j, own))));
    expect(stored.size).toBeGreaterThan(30);
    expect([...stored].filter((scope) => CJK.test(formatScope(scope, "en")))).toEqual([]);
    expect(["全地区", "地区本级", "镇本级", "省级", "市（州）", "兵团"].map((s) => formatScope(s, "en"))).toEqual([
      "whole prefecture",
      "prefecture administration itself",
      "town government itself",
      "provincial level",
      "cities and prefectures",
      "the Production and Construction Corps",
    ]);
  });
});
