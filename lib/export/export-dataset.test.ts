// A comparison as an export dataset: in the reader's language, and with the places in the order the
// compare page shows them (the page's own sortCells, by value unless sort=place).
import { describe, expect, it } from "vitest";
import { sortCells } from "@/lib/compare/build-comparison";
import { fromComparison, sourceLine, valueLabel } from "./export-dataset";
import { makeSource, sampleComparison } from "./test-factory";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe("fromComparison: order of places", () => {
  it("sorts each panel by value by default, missing values last, as the compare page does", () => {
    const dataset = fromComparison(sampleComparison());
    expect(dataset.panels.map((p) => p.categories.map((c) => c.key))).toEqual([
      ["qingdao", "weihai", "dandong"],
      ["qingdao", "dandong", "weihai"],
      ["qingdao", "weihai", "dandong"],
    ]);
  });

  it("keeps the chosen order with sort=place", () => {
    const dataset = fromComparison(sampleComparison(), { sort: "place" });
    for (const panel of dataset.panels) expect(panel.categories.map((c) => c.key)).toEqual(["qingdao", "weihai", "dandong"]);
  });

  it("follows the indicator's direction: lower is better sorts ascending, exactly as sortCells", () => {
    const comparison = sampleComparison();
    const rate = comparison.series[1]!;
    rate.indicator.higherIsBetter = false;
    const dataset = fromComparison(comparison);
    expect(dataset.panels[1]!.categories.map((c) => c.key)).toEqual(["weihai", "dandong", "qingdao"]);
    expect(dataset.panels[1]!.categories.map((c) => c.key)).toEqual(sortCells(rate.cells, "value", false).map((c) => c.placeSlug));
  });
});

describe("fromComparison: language", () => {
  it("builds a Chinese dataset by default", () => {
    const dataset = fromComparison(sampleComparison(), { pillar: "reconsideration" });
    expect(dataset.lang).toBe("zh");
    expect(dataset.title).toBe("青岛市、威海市、丹东市复议指标对比");
    expect(dataset.subtitle).toBe("各地最新年度报告 · 3个地区 · 3项指标");
    expect(dataset.categoryHeader).toBe("地区");
    expect(dataset.panels[0]!.indicator.name).toBe("收到行政复议申请数");
    expect(dataset.panels[0]!.notes).toEqual(["统计口径不同：青岛市为全市口径，威海市为市本级口径。", "约数：青岛市“2600余件”，实际数值不低于所列数值。"]);
  });

  it("builds an English dataset: title, subtitle, headers, place and province names, indicator names and notes", () => {
    const dataset = fromComparison(sampleComparison(), { pillar: "reconsideration", lang: "en" });
    expect(dataset.lang).toBe("en");
    expect(dataset.title).toBe("Reconsideration & litigation indicators: Qingdao, Weihai, Dandong");
    expect(dataset.subtitle).toBe("Latest report of each place · 3 places · 3 indicators");
    expect(dataset.categoryHeader).toBe("Place");
    expect(dataset.panels[0]!.indicator.name).toBe("admin-review-applications");
    expect(dataset.panels[0]!.categories.map((c) => [c.label, c.group])).toEqual([
      ["Qingdao", "Shandong"],
      ["Weihai", "Shandong"],
      ["Dandong", "Liaoning"],
    ]);
    // The comparison's own English notes (buildComparison), scopes and units named in English.
    expect(dataset.panels[0]!.notes).toEqual(["Different scopes: Qingdao whole city; Weihai city government itself.", "Approximate figures: Qingdao over 2,600."]);
    expect(dataset.panels[2]!.notes).toEqual(["Different scopes: Qingdao whole city; Weihai town government itself; Dandong whole city.", "Different units: Dandong in person-times; indicator unit: firm-times."]);
    const texts = [dataset.title, dataset.subtitle, dataset.categoryHeader, ...dataset.panels.flatMap((p) => [p.indicator.name, ...p.notes, ...p.categories.map((c) => c.label)])];
    expect(texts.filter((text) => CJK.test(text))).toEqual([]);
  });

  it("names many places by the first three and a count", () => {
    const comparison = sampleComparison();
    comparison.places.push({ ...comparison.places[0]!, slug: "yantai", nameZh: "烟台市", nameEn: "Yantai" }, { ...comparison.places[0]!, slug: "weifang", nameZh: "潍坊市", nameEn: "Weifang" });
    expect(fromComparison(comparison, { pillar: "reconsideration", lang: "en" }).title).toBe("Reconsideration & litigation indicators: Qingdao, Weihai, Dandong and 2 more");
    expect(fromComparison(comparison, { pillar: "reconsideration" }).title).toBe("青岛市、威海市、丹东市等5地复议指标对比");
  });

  it("labels values in English with the English unit and the approximation's bound (over 2,600 for 2600余件); Chinese keeps the figure as written", () => {
    const zh = fromComparison(sampleComparison(), { sort: "place" });
    const en = fromComparison(sampleComparison(), { sort: "place", lang: "en" });
    const label = (dataset: typeof en, panel: number, category: number) => {
      const p = dataset.panels[panel]!;
      return valueLabel(p.categories[category]!.bars[0]!, p.indicator.unit, dataset.lang);
    };
    expect([label(zh, 0, 0), label(zh, 0, 1), label(zh, 0, 2), label(zh, 1, 1)]).toEqual(["2600余件", "812件", "未披露", "98.5%"]);
    expect([label(en, 0, 0), label(en, 0, 1), label(en, 0, 2), label(en, 1, 1)]).toEqual(["over 2,600", "812", "Not disclosed", "98.5%"]);
  });

  it("counts the reports left out of the source line, one in the singular", () => {
    const comparison = sampleComparison();
    // No panels: every source counts as cited.
    const cited = (n: number) => ({ ...fromComparison(comparison, { lang: "en" }), panels: [], sources: Array.from({ length: n }, (_, i) => ({ ...makeSource(`p${i}`, `报告${i}`), reportId: `r${i}` })) });
    expect(sourceLine(cited(3), 2).sources).toMatch(/ and 1 more report$/);
    expect(sourceLine(cited(4), 2).sources).toMatch(/ and 2 more reports$/);
    expect(sourceLine({ ...cited(4), lang: "zh" }, 2).sources).toMatch(/等4份报告$/);
  });
});
