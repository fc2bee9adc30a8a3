import { describe, expect, it } from "vitest";

import { continuesAcrossBreak, findPageFurniture, pageBreaks } from "./page-furniture";

describe("findPageFurniture", () => {
  it("takes marked page numbers anywhere and a bare number only at a page edge", () => {
    const lines = ["标题", "序号", "1", "收到申请", "139", "", "3", "", "正文", "— 4 —", "第5页 共9页", "12/30", "7", "第8页"];
    const f = findPageFurniture(lines);
    expect(lines.filter((_, i) => f.pageNumber[i])).toEqual(["3", "— 4 —", "第5页 共9页", "12/30", "7", "第8页"]);
  });

  it("keeps a table's last cell that stands next to a page number of another value (review 45)", () => {
    const lines = ["珲春市", "142", "— 3 —", "", "县市"];
    const f = findPageFurniture(lines);
    expect(lines.filter((_, i) => f.pageNumber[i])).toEqual(["— 3 —"]);
    // (4 above — 3 — and 2 below it are no page's numbers either: pages count up.)
    for (const around of [["项目", "4", "— 3 —", "", "x"], ["x", "— 3 —", "2", "", "y"]]) {
      const g = findPageFurniture(around);
      expect(around.filter((_, i) => g.pageNumber[i])).toEqual(["— 3 —"]);
    }
  });

  it("takes a line repeated next to the page numbers of two pages for a running header, not its first use as the title", () => {
    const title = "某县人民政府关于2024年度法治政府建设情况的报告";
    const lines = [title, "正文一，开展合法性审", "", "— 1 —", "", title, "查138件。", "", "- 2 -", title, "正文三。", title];
    const f = findPageFurniture(lines);
    expect(lines.map((_, i) => f.runningHeader[i])).toEqual([false, false, false, false, false, true, false, false, false, true, false, false]);
    expect(pageBreaks(lines, f)).toEqual([[2, 6], [7, 10]]);
  });

  it("finds no running header without page numbers", () => {
    const f = findPageFurniture(["页眉文字内容", "正文。", "页眉文字内容", "正文。"]);
    expect(f.runningHeader.some(Boolean)).toBe(false);
  });
});

describe("continuesAcrossBreak", () => {
  it("runs a cut sentence on, but not after a sentence end, a short heading, or into an indented paragraph or a list item", () => {
    expect(continuesAcrossBreak("对县政府合同、协议等开展合法性审", "查138件，提出意见412条。")).toBe(true);
    expect(continuesAcrossBreak("审结案件651件（含上年结转23件）", "，直接纠错率14.9%。")).toBe(true);
    expect(continuesAcrossBreak("全年审核规范性文件11件。", "对合同开展审查")).toBe(false);
    expect(continuesAcrossBreak("三、2025年工作安排", "2025年，我县将")).toBe(false);
    expect(continuesAcrossBreak("对县政府合同、协议等开展合法性审", "　　修订完善专项应急预案21部。")).toBe(false);
    expect(continuesAcrossBreak("对县政府合同、协议等开展合法性审", "（二）应急管理")).toBe(false);
  });
});
