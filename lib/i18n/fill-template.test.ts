import { describe, expect, it } from "vitest";
import { fillTemplate } from "./fill-template";

describe("fillTemplate", () => {
  it("fills named slots and leaves unknown ones as written", () => {
    expect(fillTemplate("已入库：{place}{year}年，提取 {n} 项数据。", { place: "岳阳市", year: 2023, n: 12 })).toBe("已入库：岳阳市2023年，提取 12 项数据。");
    expect(fillTemplate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
