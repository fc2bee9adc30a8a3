import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Keys written twice in one object. JSON.parse keeps the last silently, so a curator who edits
 * the first copy of a cue word changes nothing; a scan of the raw text catches the second copy.
 */
function duplicateKeys(json: string): string[] {
  const found: string[] = [];
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === "\\" ? 2 : 1;
      const token = json.slice(i, j + 1);
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(token) as string;
        if (keys.has(key)) found.push(key);
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === "{") {
      stack.push(new Set());
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return found;
}

describe("curated knowledge files", () => {
  it("finds a key written twice, and only in the same object", () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": 2}, "c": ["a", "a"], "a": 3}')).toEqual(["a"]);
    expect(duplicateKeys('{"x\\"y": 1, "x": 2}')).toEqual([]);
  });

  const dir = path.dirname(new URL(import.meta.url).pathname);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(`${file} parses and writes no key twice`, () => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      expect(() => JSON.parse(text)).not.toThrow();
      expect(duplicateKeys(text)).toEqual([]);
    });
  }
});
