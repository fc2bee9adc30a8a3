import { describe, expect, it } from "vitest";
import { EMPTY_BRIEFING, briefingTitle, itemIdentity } from "./briefing-store";

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
