// Unit tests for the gold matcher and the gold figure reader, so that a broken matcher cannot
// silently inflate or deflate the accuracy figures of tests/extraction-gold.test.ts.
import { describe, expect, it } from "vitest";
import {
  canonicalUnit,
  isYearLike,
  locateGold,
  matchMetrics,
  metricsInRemovedSpans,
  normaliseScope,
  normaliseTitle,
  sameQuantity,
  sameValue,
  score,
  sumScores,
  type ExtractedLike,
  type GoldMetric,
} from "./gold-match";
import { parseChineseInteger, parseGoldFigure } from "./gold-number";

function g(text: string, value: number, unit: string, context: string, pillar = "other"): GoldMetric {
  return { text, value, unit, approx: false, subject: "", pillar, indicator: null, scope: null, period: null, context };
}

function e(cleaned: string, text: string, value: number, unit: string, occurrence = 0, pillar = "other"): ExtractedLike {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = cleaned.indexOf(text, start + 1);
  if (start < 0) throw new Error(`test bug: ${text} not in text`);
  return { value, unit, text, start, end: start + text.length, pillar, indicator: null, scope: null };
}

describe("gold-number", () => {
  it.each([
    ["2600余件", 2600, "件", true],
    ["98.04%", 98.04, "%", false],
    ["7.1亿条", 710000000, "条", false],
    ["近1.5万名", 15000, "名", true],
    ["1.06万余条", 10600, "条", true],
    ["52万余条", 520000, "条", true],
    ["1261余万元", 1261, "万元", true],
    ["约37.62亿元", 37.62, "亿元", true],
    ["1.01亿元", 1.01, "亿元", false],
    ["近万件", 10000, "件", true],
    ["98%以上", 98, "%", true],
    ["20多件", 20, "件", true],
    ["三条", 3, "条", false],
    ["三百四十五项", 345, "项", false],
    ["三百一十二件", 312, "件", false],
    ["二十个", 20, "个", false],
    ["三百余场", 300, "场", true],
    ["百分之三十", 30, "%", false],
    ["百分之九十八点九", 98.9, "%", false],
    ["3.7个工作日", 3.7, "个工作日", false],
    ["4.38万人次", 43800, "人次", false],
    ["突破40万户", 400000, "户", true],
  ])("reads %s", (text, value, unit, approx) => {
    expect(parseGoldFigure(text)).toEqual({ value, unit, approx });
  });

  it("rejects bare numbers and years", () => {
    expect(parseGoldFigure("2021")).toBeNull();
    expect(parseGoldFigure("以上")).toBeNull();
  });

  it("reads Chinese integers", () => {
    expect(parseChineseInteger("十")).toBe(10);
    expect(parseChineseInteger("十二")).toBe(12);
    expect(parseChineseInteger("两万")).toBe(20000);
    expect(parseChineseInteger("一千零五")).toBe(1005);
  });
});

describe("values and units", () => {
  it("compares values with a relative tolerance", () => {
    expect(sameValue(7.1 * 1e8, 710000000)).toBe(true);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(2945, 2946)).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(false);
  });

  it("keeps different units apart and merges money and spelling variants", () => {
    expect(sameQuantity({ value: 500, unit: "人次" }, { value: 500, unit: "人" })).toBe(false);
    expect(sameQuantity({ value: 9, unit: "家" }, { value: 9, unit: "家次" })).toBe(false);
    expect(sameQuantity({ value: 1.01, unit: "亿元" }, { value: 101000000, unit: "元" })).toBe(true);
    expect(sameQuantity({ value: 1261, unit: "万元" }, { value: 0.1261, unit: "亿元" })).toBe(true);
    expect(sameQuantity({ value: 98, unit: "％" }, { value: 98, unit: "%" })).toBe(true);
    expect(canonicalUnit(3.7, "个工作日")).toEqual({ value: 3.7, unit: "工作日" });
  });
});

describe("locateGold + matchMetrics", () => {
  const cleaned =
    "一、复议\n全市收到行政复议申请2945件，市政府本级收到行政复议申请1443件。\n负责人出庭应诉率保持100%。\n二、其他\n政府信息申请100%按期告知。";
  const gold = [
    g("2945件", 2945, "件", "收到行政复议申请2945件", "reconsideration"),
    g("1443件", 1443, "件", "本级收到行政复议申请1443件", "reconsideration"),
    g("100%", 100, "%", "负责人出庭应诉率保持100%", "reconsideration"),
    g("100%", 100, "%", "政府信息申请100%按期告知"),
  ];

  it("locates each figure and its sentence", () => {
    const loc = locateGold(cleaned, gold);
    expect(loc.every(Boolean)).toBe(true);
    expect(cleaned.slice(loc[0]!.textStart, loc[0]!.textEnd)).toBe("2945件");
    expect(cleaned.slice(loc[1]!.sentenceStart, loc[1]!.sentenceEnd)).toBe("全市收到行政复议申请2945件，市政府本级收到行政复议申请1443件。");
    expect(cleaned.slice(loc[3]!.textStart, loc[3]!.textEnd)).toBe("100%");
    expect(loc[3]!.textStart).toBeGreaterThan(loc[2]!.textStart);
  });

  it("is insensitive to line wraps and full-width forms (PDF, HTML)", () => {
    const wrapped = "全市收到行政复\n议申请２９４５件，市政府本级收到行政复议申请1443件。";
    const loc = locateGold(wrapped, gold.slice(0, 2), { lineBreaksEndSentences: false });
    expect(wrapped.slice(loc[0]!.textStart, loc[0]!.textEnd)).toBe("２９４５件");
    expect(loc[1]).not.toBeNull();
  });

  it("reports a context it cannot find", () => {
    const loc = locateGold("没有数字的文本。", gold);
    expect(loc.every((l) => l === null)).toBe(true);
    const r = matchMetrics(gold, loc, []);
    expect(r.unlocatedGold).toEqual([0, 1, 2, 3]);
    expect(r.missedGold).toEqual([0, 1, 2, 3]);
  });

  it("matches one-to-one, by value, unit and place", () => {
    const loc = locateGold(cleaned, gold);
    const extracted = [
      e(cleaned, "2945件", 2945, "件", 0, "reconsideration"),
      e(cleaned, "1443件", 1443, "件", 0, "other"), // pillar disagreement
      e(cleaned, "100%", 100, "%", 0, "reconsideration"),
      e(cleaned, "100%", 100, "%", 1, "other"),
      e(cleaned, "2945件", 2945, "个", 0), // wrong unit: spurious
    ];
    const r = matchMetrics(gold, loc, extracted);
    expect(r.pairs.map((p) => [p.gold, p.extracted])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(r.spuriousExtracted).toEqual([4]);
    const s = score(gold, extracted, r);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(4 / 5);
    expect(s.pillarAgree).toBeCloseTo(3 / 4);
  });

  it("does not let the same extracted metric satisfy two gold metrics", () => {
    const loc = locateGold(cleaned, gold);
    const only = [e(cleaned, "100%", 100, "%", 0)];
    const r = matchMetrics(gold, loc, only);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.gold).toBe(2);
    expect(r.missedGold).toEqual([0, 1, 3]);
  });

  it("rejects a right value found in another sentence", () => {
    const loc = locateGold(cleaned, gold);
    // 100% of the second sentence offered for the first gold 100%: only the second may take it.
    const r = matchMetrics(gold.slice(2, 3), loc.slice(2, 3), [e(cleaned, "100%", 100, "%", 1)]);
    expect(r.pairs).toHaveLength(0);
  });

  it("accepts a span inside the sentence when it does not overlap the figure exactly", () => {
    const loc = locateGold(cleaned, gold);
    const shifted: ExtractedLike = { ...e(cleaned, "2945件", 2945, "件"), start: cleaned.indexOf("全市"), end: cleaned.indexOf("全市") + 2 };
    const r = matchMetrics(gold.slice(0, 1), loc.slice(0, 1), [shifted]);
    expect(r.pairs[0]?.how).toBe("sentence");
  });

  it("micro-averages several files", () => {
    const a = score(gold, [], matchMetrics(gold, locateGold(cleaned, gold), []));
    const loc = locateGold(cleaned, gold);
    const ex = [e(cleaned, "2945件", 2945, "件", 0, "reconsideration")];
    const b = score(gold, ex, matchMetrics(gold, loc, ex));
    const t = sumScores([a, b]);
    expect(t.gold).toBe(8);
    expect(t.matched).toBe(1);
    expect(t.recall).toBeCloseTo(1 / 8);
    expect(t.precision).toBe(1);
  });
});

describe("cleaning checks", () => {
  const raw = "关于报告\nbt365体育在线备用_365bet亚洲城委召开会议3次。\n";
  const spam = "bt365体育在线备用_365bet亚洲城";
  const removed = [{ start: raw.indexOf(spam), end: raw.indexOf(spam) + spam.length, text: spam }];
  const cleaned = "关于报告\n委召开会议3次。\n";

  it("accepts metrics from kept text", () => {
    const r = metricsInRemovedSpans(raw, cleaned, removed, [e(cleaned, "3次", 3, "次")]);
    expect(r.reconstructs).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it("flags a metric read from a removed span", () => {
    // A cleaner that reports the spam as removed but leaves it in the cleaned text.
    const leaky = "关于报告\n体育在线备用_365bet亚洲城委召开会议3次。\n";
    const r = metricsInRemovedSpans(raw, leaky, removed, [e(leaky, "365", 365, "")]);
    expect(r.reconstructs).toBe(false);
    expect(r.violations).toHaveLength(1);
  });

  it("flags spans outside the text", () => {
    const r = metricsInRemovedSpans(raw, cleaned, removed, [{ ...e(cleaned, "3次", 3, "次"), end: 999 }]);
    expect(r.violations).toHaveLength(1);
  });

  it("recognises years", () => {
    expect(isYearLike({ value: 2021, unit: "年", text: "2021年" })).toBe(true);
    expect(isYearLike({ value: 2021, unit: "", text: "2021" })).toBe(true);
    expect(isYearLike({ value: 2021, unit: "年度", text: "2021年度" })).toBe(true);
    expect(isYearLike({ value: 2023, unit: "件", text: "2023件" })).toBe(false);
    expect(isYearLike({ value: 3, unit: "年", text: "3年" })).toBe(false);
  });
});

describe("normalisation", () => {
  it("normalises scopes", () => {
    expect(normaliseScope("市政府本级")).toBe("市本级");
    expect(normaliseScope("区(市)级")).toBe("区县");
    expect(normaliseScope("镇(街道)")).toBe("镇街");
    expect(normaliseScope("全市")).toBe("全市");
    expect(normaliseScope(null)).toBeNull();
  });

  it("normalises titles", () => {
    expect(normaliseTitle("潍坊市聚焦“八化”推进法治政府建设")).toBe(normaliseTitle("潍坊市聚焦\"八化\"推进法治政府建设"));
    expect(normaliseTitle("关于2021年法治政府建设情况的报告 ")).toBe("关于2021年法治政府建设情况的报告");
    expect(normaliseTitle("A（B）")).toBe(normaliseTitle("A(B)"));
  });
});
