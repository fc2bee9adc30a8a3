import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYearDigits, parseChineseNumber, toHalfWidthDigits } from "./parse-chinese-number";

describe("parseChineseNumber", () => {
  it.each([
    ["345", 345],
    ["1,234", 1234],
    ["12,345,678.5", 12345678.5],
    ["98.04", 98.04],
    ["０１２３", 123],
    ["９８．０４", 98.04],
    ["１８，６５４", 18654],
    ["1.7万", 17000],
    ["7.1亿", 710000000],
    ["2.3万亿", 2.3e12],
    ["1.01亿", 101000000],
    ["4.38万", 43800],
    ["3千万", 30000000],
  ])("Arabic %s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ["三百四十五", 345],
    ["两万", 20000],
    ["一千零五", 1005],
    ["十二", 12],
    ["十", 10],
    ["二十", 20],
    ["二十个".slice(0, 2), 20],
    ["三百一十二", 312],
    ["一万二", 12000],
    ["三百五", 350],
    ["两千三", 2300],
    ["十万", 100000],
    ["一亿二千万", 120000000],
    ["三千五百万", 35000000],
    ["一万零五百", 10500],
    ["九十五点五", 95.5],
    ["一点五万", 15000],
    ["零", 0],
    ["两", 2],
    ["二〇二一", 2021],
  ])("Chinese %s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ["百分之三十", 30],
    ["百分之九十五点五", 95.5],
    ["百分之百", 100],
    ["百分之98.5", 98.5],
    ["千分之三", 3],
    ["千分之一点二", 1.2],
    ["万分之八", 8],
    ["98.04%", 98.04],
    ["八成", 80],
    ["七点五成", 75],
  ])("percent and tenths %s → %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(["十四五", "八五", "七五", "十百千", "千人千面", "万", "百", "万万", "", "  ", "abc", "1.2.3", "一二三", "五零", "1,23", "点五", "三点"])(
    "rejects %j",
    (text) => {
      expect(parseChineseNumber(text)).toBeNull();
    },
  );

  it("converts full-width digits one for one", () => {
    expect(toHalfWidthDigits("１２．５％")).toBe("12.5%");
    expect(toHalfWidthDigits("１２．５％").length).toBe(5);
  });

  it("round-trips every integer written in Arabic digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseChineseNumber(String(n))).toBe(n);
        expect(parseChineseNumber(n.toLocaleString("en-US"))).toBe(n);
      }),
    );
  });

  it("reads every integer below 10^8 written in Chinese numerals", () => {
    const digits = "零一二三四五六七八九";
    const section = (n: number): string => {
      // Formal reading of 0 < n < 10000, with 零 for gaps.
      const units = ["千", "百", "十", ""];
      const ds = String(n).padStart(4, "0").split("").map(Number);
      let out = "";
      let zero = false;
      let started = false;
      ds.forEach((d, i) => {
        if (d === 0) {
          if (started) zero = true;
          return;
        }
        if (zero) out += "零";
        zero = false;
        started = true;
        out += digits[d] + units[i]!;
      });
      return out;
    };
    const write = (n: number): string => {
      if (n === 0) return "零";
      const hi = Math.floor(n / 10000);
      const lo = n % 10000;
      let out = hi > 0 ? `${section(hi)}万` : "";
      if (lo > 0) out += (hi > 0 && lo < 1000 ? "零" : "") + section(lo);
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(parseChineseNumber(write(n))).toBe(n);
      }),
    );
  });

  it("never throws and returns a finite number or null for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9零〇一二两三四五六七八九十百千万亿点.,%成百分之]{0,12}$/)), (s) => {
        const v = parseChineseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseChineseNumber: numerals written other ways (review 43)", () => {
  it.each([
    ["廿三", 23],
    ["卅", 30],
    ["壹佰贰拾", 120],
    ["贰仟零伍", 2005],
    ["叁萬", 30000],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe("parseYearDigits", () => {
  it("reads a year written digit by digit, in digits or Chinese numerals", () => {
    expect(["2023", "二〇二三", "二零二二", "二〇二", "二十二年", "２０２３"].map(parseYearDigits)).toEqual([2023, 2023, 2022, null, null, null]);
  });
});
