import { describe, expect, it } from "vitest";
import { EMPTY_BRIEFING, briefingRequest, briefingTitle, itemIdentity, parseBriefing, slideTitle } from "./briefing-store";

describe("briefingTitle", () => {
  it("shows a never-edited title as the default in the page's language, and an edited one as typed", () => {
    expect(briefingTitle(EMPTY_BRIEFING, "zh")).toBe("法治政府建设情况对标简报");
    expect(briefingTitle(EMPTY_BRIEFING, "en")).toBe("Rule-of-law government benchmark briefing");
    expect(briefingTitle({ ...EMPTY_BRIEFING, title: "复议应诉对标简报" }, "en")).toBe("复议应诉对标简报");
  });
});

describe("itemIdentity", () => {
  const compare = (search: string) => itemIdentity({ view: "compare", search });
  it("tells a comparison sorted by place from the same one by value, the order the export follows", () => {
    const byValue = compare("places=qingdao,weihai&indicators=admin-review-applications&year=latest");
    expect(compare("places=qingdao,weihai&indicators=admin-review-applications&year=latest&sort=place")).not.toBe(byValue);
    // By value is the default, however the URL says it.
    expect(compare("places=qingdao,weihai&indicators=admin-review-applications&year=latest&sort=value")).toBe(byValue);
  });

  it("ignores what the deck sets or the export does not follow: language, image size, the view switch, sort outside compare", () => {
    const byValue = compare("places=qingdao&year=latest");
    expect(compare("places=qingdao&year=latest&lang=en&size=4x3&scale=3&view=table")).toBe(byValue);
    expect(itemIdentity({ view: "place", slug: "qingdao", search: "sort=place" })).toBe(itemIdentity({ view: "place", slug: "qingdao", search: "" }));
  });
});

describe("chart titles", () => {
  it("reads an item stored before titleEdited existed as untouched: its title was only the page's, in that page's language", () => {
    const stored = JSON.stringify({ title: "简报", subtitle: "", items: [{ key: "a", view: "compare", search: "places=qingdao", title: "收到行政复议申请数", note: "" }] });
    const briefing = parseBriefing(stored);
    expect(briefing.items[0]!.titleEdited).toBe(false);
    expect(briefingRequest(briefing, "en").items[0]).toMatchObject({ title: "收到行政复议申请数", titleEdited: false });
    expect(slideTitle(briefing.items[0]!, "Administrative reconsideration applications received: Qingdao")).toBe("Administrative reconsideration applications received: Qingdao");
  });

  it("keeps a typed title in any language, and falls back to the chart's own when the typed one is empty", () => {
    expect(slideTitle({ title: "三市复议指标对比", titleEdited: true }, "Reconsideration: Qingdao")).toBe("三市复议指标对比");
    expect(slideTitle({ title: "", titleEdited: true }, "Reconsideration: Qingdao")).toBe("Reconsideration: Qingdao");
    // An API caller's JSON without the flag means the title it gives.
    expect(slideTitle({ title: "My slide" }, "Reconsideration: Qingdao")).toBe("My slide");
  });
});
