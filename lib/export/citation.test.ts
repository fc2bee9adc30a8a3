import { describe, expect, it } from "vitest";
import { citationTexts } from "./citation";
import { withPageLang, type ExportTarget } from "./export-urls";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const compare: ExportTarget = { view: "compare", search: "places=qingdao,weihai&indicators=admin-review-applications&year=latest" };

describe("citationTexts", () => {
  it("cites an English page in English (GB/T 7714's [EB/OL] form) and titles its embed in English", () => {
    const { gb, plain, iframe } = citationTexts(withPageLang(compare, "en"), "https://fazhi.example", "2026-11-24", "en");
    expect(gb).toBe(
      "Rule-of-Law Benchmark. Comparison of rule-of-law government[EB/OL]. (2026-11-24)[2026-11-24]. https://fazhi.example/compare?places=qingdao%2Cweihai&indicators=admin-review-applications&year=latest&lang=en.",
    );
    expect(plain).toContain("(accessed 2026-11-24)");
    expect(iframe).toContain('title="Rule-of-Law Benchmark chart"');
    expect(iframe).toContain("/embed/compare?places=qingdao%2Cweihai&indicators=admin-review-applications&year=latest&lang=en");
    expect([gb, plain, iframe].filter((text) => CJK.test(text!))).toEqual([]);
  });

  it("cites a Chinese page in Chinese, and follows the page's search over the fallback", () => {
    const { gb, plain, iframe } = citationTexts(withPageLang(compare, "zh"), "", "2026-11-24", "zh");
    expect(gb).toBe("法治对标. 法治政府建设情况对比[EB/OL]. (2026-11-24)[2026-11-24]. /compare?places=qingdao%2Cweihai&indicators=admin-review-applications&year=latest.");
    expect(plain).toBe("法治对标，法治政府建设情况对比，/compare?places=qingdao%2Cweihai&indicators=admin-review-applications&year=latest（访问于 2026-11-24）");
    expect(iframe).toContain('title="法治对标图表"');
    expect(citationTexts({ ...compare, search: "places=qingdao&lang=en" }, "", "2026-11-24", "zh").gb).toMatch(/^Rule-of-Law Benchmark\./);
    expect(citationTexts({ view: "report", id: "7", search: "" }, "", "2026-11-24", "zh").iframe).toBeNull();
  });
});
