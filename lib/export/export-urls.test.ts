// Export links carry the view's language and order (lang, sort) like the page's own URL, and drop
// only what does not change the file (the chart/table switch).
import { describe, expect, it } from "vitest";
import { embedPath, exportUrl, inLang, pagePath, withPageLang, type ExportTarget } from "./export-urls";

const compare: ExportTarget = { view: "compare", search: "?places=qingdao,weihai&indicators=admin-review-applications&year=latest&view=table&sort=place&lang=en" };

describe("export URLs", () => {
  it("keep lang and sort, drop the view switch, and set the image's own size and scale", () => {
    const url = new URL(exportUrl({ ...compare, search: `${compare.search}&size=4x3&scale=3` }, "png", { size: "16x9", scale: 2 }), "http://x");
    expect(url.pathname).toBe("/api/export/compare.png");
    expect(Object.fromEntries(url.searchParams)).toEqual({ places: "qingdao,weihai", indicators: "admin-review-applications", year: "latest", sort: "place", lang: "en", size: "16x9", scale: "2" });
    expect(new URL(exportUrl(compare, "csv"), "http://x").searchParams.get("size")).toBeNull();
  });

  it("give embeds and citations the same language and order as the page", () => {
    expect(new URL(embedPath(compare)!, "http://x").searchParams.get("lang")).toBe("en");
    expect(new URL(embedPath(compare)!, "http://x").searchParams.get("sort")).toBe("place");
    expect(new URL(pagePath(compare), "http://x").searchParams.get("lang")).toBe("en");
    expect(new URL(pagePath(compare), "http://x").searchParams.get("view")).toBeNull();
    expect(pagePath({ view: "place", slug: "qingdao", search: "lang=en" })).toBe("/places/qingdao?lang=en");
    expect(exportUrl({ view: "report", id: "7", search: "lang=en" }, "xlsx")).toBe("/api/export/reports/7.xlsx?lang=en");
  });

  it("take the page's language when the view's search has none, and keep the search's when it has one", () => {
    const place: ExportTarget = { view: "place", slug: "qingdao", search: "year=2023" };
    expect(exportUrl(withPageLang(place, "en"), "csv")).toBe("/api/export/places/qingdao.csv?year=2023&lang=en");
    expect(exportUrl(withPageLang(place, "zh"), "csv")).toBe("/api/export/places/qingdao.csv?year=2023");
    expect(withPageLang({ ...place, search: "lang=en" }, "zh").search).toBe("lang=en");
  });

  it("put a briefing's chart in the briefing's language, whatever it was added in", () => {
    expect(new URLSearchParams(inLang(compare, "zh").search).has("lang")).toBe(false);
    expect(new URLSearchParams(inLang({ view: "indicator", slug: "x", search: "" }, "en").search).get("lang")).toBe("en");
  });

  it("carry the page's resolved language: a lang=EN or lang=fr page is Chinese, and its links say nothing else", () => {
    for (const lang of ["EN", "fr", "zh"]) {
      const place: ExportTarget = { view: "place", slug: "qingdao", search: `year=2023&lang=${lang}` };
      // The page reads any lang but "en" as Chinese, and so does its <html lang>.
      expect(exportUrl(withPageLang(place, "zh"), "csv")).toBe("/api/export/places/qingdao.csv?year=2023");
      expect(embedPath(withPageLang(place, "zh"))).toBe("/embed/places/qingdao?year=2023");
      expect(pagePath(withPageLang({ ...compare, search: `places=qingdao&lang=${lang}` }, "zh"))).toBe("/compare?places=qingdao");
    }
  });

  it("leave sort out of indicator and place links, whose views have no order to choose; compare keeps it", () => {
    expect(exportUrl({ view: "place", slug: "qingdao", search: "year=2023&sort=place" }, "csv")).toBe("/api/export/places/qingdao.csv?year=2023");
    expect(exportUrl({ view: "indicator", slug: "x", search: "sort=bogus&lang=en" }, "svg")).toBe("/api/export/indicators/x.svg?lang=en");
    expect(embedPath({ view: "indicator", slug: "x", search: "sort=place" })).toBe("/embed/indicators/x");
    expect(exportUrl({ view: "compare", search: "places=qingdao&sort=place" }, "csv")).toBe("/api/export/compare.csv?places=qingdao&sort=place");
  });
});
