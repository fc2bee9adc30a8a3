import { describe, expect, it } from "vitest";
import { EMPTY_BRIEFING, briefingTitle } from "./briefing-store";

describe("briefingTitle", () => {
  it("shows a never-edited title as the default in the page's language, and an edited one as typed", () => {
    expect(briefingTitle(EMPTY_BRIEFING, "zh")).toBe("法治政府建设情况对标简报");
    expect(briefingTitle(EMPTY_BRIEFING, "en")).toBe("Rule-of-law government benchmark briefing");
    expect(briefingTitle({ ...EMPTY_BRIEFING, title: "复议应诉对标简报" }, "en")).toBe("复议应诉对标简报");
  });
});
