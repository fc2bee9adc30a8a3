import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordMatcher } from "./word-matcher";

// Reference semantics, written the slow and obvious way: the trie must agree with them.

function refPrefix(words: string[], text: string, pos: number, limit: number): string | null {
  let best: string | null = null;
  for (const w of words) if (pos + w.length <= limit && text.startsWith(w, pos) && (best === null || w.length > best.length)) best = w;
  return best;
}

function refSuffix(words: string[], text: string, end: number, from: number): string | null {
  let best: string | null = null;
  for (const w of words) {
    const s = end - w.length;
    if (s >= from && text.startsWith(w, s) && (best === null || w.length > best.length)) best = w;
  }
  return best;
}

function refScan(words: string[], text: string, from: number, to: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let i = from; i < to; ) {
    const w = refPrefix(words, text, i, to);
    if (w === null) i++;
    else {
      out.push([w, i]);
      i += w.length;
    }
  }
  return out;
}

function refCollectAll(words: string[], text: string, from: number, to: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let i = from; i < to; i++) {
    const here = words.filter((w) => i + w.length <= to && text.startsWith(w, i)).sort((a, b) => a.length - b.length);
    for (const w of here) out.push([w, i]);
  }
  return out;
}

// A small alphabet so that words share prefixes and suffixes and occur often in the texts.
const char = fc.constantFrom("法", "治", "政", "府", "一", "是", "市", "a", "B", "1");
const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""));
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(""));

describe("WordMatcher", () => {
  it("finds the longest word at a position, forwards and backwards", () => {
    const m = new WordMatcher(["法治", "法治政府", "政府", "府", "治政"]);
    expect(m.prefixAt("推进法治政府建设", 2)).toBe("法治政府");
    expect(m.prefixAt("推进法治政府建设", 2, 5)).toBe("法治");
    expect(m.prefixAt("推进法治政府建设", 1)).toBeNull();
    expect(m.suffixAt("推进法治政府建设", 6)).toBe("法治政府");
    expect(m.suffixAt("推进法治政府建设", 6, 3)).toBe("政府");
    expect(m.suffixAt("推进法治政府建设", 7)).toBeNull();
    expect(m.has("政府")).toBe(true);
    expect(m.has("法")).toBe(false);
  });

  it("agrees with the reference on random dictionaries and texts", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), text, fc.nat(), fc.nat(), (words, t, a, b) => {
        const m = new WordMatcher(words);
        const unique = [...new Set(words)];
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const to = from + (t.length - from === 0 ? 0 : b % (t.length - from + 1));
        for (let p = 0; p <= t.length; p++) {
          expect(m.prefixAt(t, p)).toBe(refPrefix(unique, t, p, t.length));
          expect(m.prefixAt(t, p, to)).toBe(refPrefix(unique, t, p, to));
          expect(m.suffixAt(t, p)).toBe(refSuffix(unique, t, p, 0));
          expect(m.suffixAt(t, p, from)).toBe(refSuffix(unique, t, p, from));
        }
        // Runs one of the *Into scans and pairs each result (word or id) with its start.
        const pairs = <T,>(scan: (out: T[], starts: number[]) => void, word: (x: T) => string): Array<[string, number]> => {
          const out: T[] = [];
          const starts: number[] = [];
          scan(out, starts);
          return out.map((x, k) => [word(x), starts[k]!]);
        };
        const asWord = (w: string): string => w;
        const byId = (id: number): string => m.list[id]!;
        expect(pairs<string>((o, st) => m.scanInto(t, from, to, o, st), asWord)).toEqual(refScan(unique, t, from, to));
        expect(pairs<number>((o, st) => m.scanIdsInto(t, from, to, o, st), byId)).toEqual(refScan(unique, t, from, to));
        expect(pairs<string>((o, st) => m.collectAllInto(t, from, to, o, st), asWord)).toEqual(refCollectAll(unique, t, from, to));
        // Into scratch arrays that hold stale entries from an earlier call: only the first n count.
        const ids = [-1, -1, -1];
        const idStarts = [-1, -1, -1];
        const n = m.collectAllIdsAt(t, from, to, ids, idStarts);
        expect(ids.slice(0, n).map((id, k): [string, number] => [byId(id), idStarts[k]!])).toEqual(refCollectAll(unique, t, from, to));
        const all = new Set<string>();
        m.collectAll(t, all);
        // Insertion order: by position, longest first at one position.
        const expected: string[] = [];
        for (let i = 0; i < t.length; i++) for (const [w] of refCollectAll(unique, t, i, t.length).filter(([, s]) => s === i).reverse()) if (!expected.includes(w)) expected.push(w);
        expect([...all]).toEqual(expected);
        const hits: Array<[string, number]> = [];
        m.scan(t, from, to, (w, s) => hits.push([w, s]));
        expect(hits).toEqual(refScan(unique, t, from, to));
      }),
      { numRuns: 300 },
    );
  });
});
