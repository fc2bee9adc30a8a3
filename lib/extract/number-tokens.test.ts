import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextNumberToken } from "./number-tokens";

/** The tokens' definition as a regex: the scanner must find exactly what it finds. */
const NUMBER_RE =
  /[百千万]分之(?:[0-9]+(?:\.[0-9]+)*|[零〇一二两三四五六七八九十百千点]+)|[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?|(?:[零〇二两三四五六七八九十百千万亿廿卅]|一(?=[零〇一二两三四五六七八九十百千万亿点成倍])|(?<![第此])一(?=[件次场个名项部人家条例宗批期](?:[，,；;。、！？\n]|$)))[零〇一二两三四五六七八九十百千万亿廿卅]*(?:点[零〇一二两三四五六七八九]+[万亿]?)?|[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟][壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億零]+/g;

function byRegex(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScanner(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const span = { start: 0, end: 0 };
  let from = 0;
  while (nextNumberToken(text, from, span)) {
    out.push([span.start, span.end]);
    from = span.end;
  }
  return out;
}

describe("nextNumberToken", () => {
  it.each([
    ["受理1,234件，其中1,2345件", [[2, 7], [11, 16], [16, 17]]],
    ["增长12.5%，１２３件，３．５万", [[2, 6], [8, 11], [13, 16], [16, 17]]],
    ["百分之九十七点五，百分之", [[0, 8], [9, 10]]],
    ["百分之九十九点二.12345热线，百分之98.5.", [[0, 8], [9, 14], [17, 24]]],
    ["一是统一，一千二百余件，一倍，两万件", [[5, 9], [12, 13], [15, 17]]],
    ["千分之三，万分之零点八，十万分之一", [[0, 4], [5, 11], [12, 14]]],
    ["12.", [[0, 2]]],
    ["新增一点二万户，三点五亿元，一点", [[2, 6], [8, 12], [14, 15]]],
    ["一审败诉一件；纠错一件。一件事一次办，第一次，会议一次", [[4, 5], [9, 10], [25, 26]]],
    ["仅此一项，", []],
    ["顾问廿三名，案件壹佰贰拾件，执法队伍三支", [[2, 4], [8, 12], [18, 19]]],
  ])("%s", (text, spans) => {
    expect(byScanner(text)).toEqual(spans);
    expect(byScanner(text)).toEqual(byRegex(text));
  });

  it("finds exactly the regex's tokens in the seed reports", () => {
    const dir = path.resolve(import.meta.dirname, "../../seeds");
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      expect(byScanner(text), f).toEqual(byRegex(text));
    }
  });

  it("finds exactly the regex's tokens in any text (property test)", () => {
    const alphabet = fc.constantFrom(..."0123456789０１２３４５,.．百分之点成倍零〇一二两三四五六七八九十千万亿廿卅壹贰伍拾佰萬队件次第此；。\n的是统%年 ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")), (text) => {
        expect(byScanner(text)).toEqual(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});
