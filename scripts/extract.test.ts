// Runs the extract CLI as a user would and checks the JSON shape scripts build on.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const seeds = fs
  .readdirSync(path.join(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => path.join("seeds", f));

function run(args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/extract.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("npm run extract", () => {
  it("prints one JSON array with one element per file (--json)", () => {
    const res = run(["--json", ...seeds]);
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(seeds.length);
    for (const [i, el] of out.entries()) {
      expect(el.file).toBe(seeds[i]);
      const meta = el.meta as Record<string, unknown>;
      for (const k of ["place", "parent", "year", "title", "publisher", "published", "kind"]) expect(meta).toHaveProperty(k);
      expect(typeof meta.year).toBe("number");
      expect(Array.isArray((el.cleaning as { removed: unknown[] }).removed)).toBe(true);
      const metrics = el.metrics as Array<Record<string, unknown>>;
      expect(metrics.length).toBeGreaterThan(0);
      for (const m of metrics) {
        for (const k of ["value", "unit", "approx", "text", "subject", "sentence", "start", "end", "scope", "period", "change", "pillar", "pillarZh", "indicator", "confidence"]) {
          expect(m, k).toHaveProperty(k);
        }
        expect(typeof m.value).toBe("number");
        expect(m.sentence as string).toContain(m.text as string);
      }
    }
  });

  it("reports a bad file on stderr and in JSON, exits non-zero, and still processes the others", () => {
    const res = run(["--json", "does-not-exist.txt", seeds[0]!]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("does-not-exist.txt");
    const out = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ file: "does-not-exist.txt", error: { code: expect.any(String), message: expect.any(String) } });
    expect((out[1]!.metrics as unknown[]).length).toBeGreaterThan(0);
  });

  it("prints metadata, cleaning and metrics for people without --json", () => {
    const res = run([seeds[0]!]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain("place");
    expect(res.stdout).toContain("cleaning:");
    expect(res.stdout).toMatch(/metrics: \d+/);
  });
});
