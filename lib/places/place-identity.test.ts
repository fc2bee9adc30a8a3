import { describe, expect, it } from "vitest";
import { findGazetteerEntriesByName, placeNameEn, placeSlug } from "./place-identity";

function entry(name: string) {
  const [found] = findGazetteerEntriesByName(name);
  expect(found, name).toBeDefined();
  return found!;
}

/** Each gazetteer place's English name, from its entry's level and curated pinyin. */
function expectEnglishNames(pairs: ReadonlyArray<readonly [string, string]>) {
  for (const [name, english] of pairs) {
    const e = entry(name);
    expect(placeNameEn(e.name, e.level, e.pinyin), name).toBe(english);
  }
}

describe("placeNameEn", () => {
  it("writes a city by its bare name and a district or county with its designation", () => {
    expectEnglishNames([
      ["青岛市", "Qingdao"],
      ["市南区", "Shinan District"],
      ["黄石市", "Huangshi"],
      ["内蒙古自治区", "Neimenggu Autonomous Region"],
    ]);
  });

  it("writes a development zone as the places it lies in and the zone's English designation, not one run of pinyin", () => {
    const e = entry("秦皇岛市经济技术开发区");
    expect(placeNameEn(e.name, e.level, e.pinyin)).toBe("Qinhuangdao Economic and Technological Development Zone");
    // A zone a report names that the gazetteer does not list.
    expect(placeNameEn("徐州经济技术开发区", "district")).toBe("Xuzhou Economic and Technological Development Zone");
    expect(placeNameEn("河北唐山芦台经济开发区", "district")).toBe("Hebei Tangshan Lutai Economic Development Zone");
  });

  it("names demonstration, pilot, bonded and administrative zones and scenic areas by their designation in English", () => {
    expectEnglishNames([
      ["南阳市城乡一体化示范区", "Nanyang Urban-Rural Integration Demonstration Zone"],
      ["湘潭昭山示范区", "Xiangtan Zhaoshan Demonstration Zone"],
      ["岳阳市屈原管理区", "Yueyang Quyuan Administrative Zone"],
      ["五台山风景名胜区", "Wutaishan Scenic Area"],
      ["六枝特区", "Liuzhi Special District"],
    ]);
    expect(placeNameEn("深圳经济特区", "district")).toBe("Shenzhen Special Economic Zone");
    expect(placeNameEn("天津港保税区", "district")).toMatch(/ Free Trade Zone$/);
  });

  it("tells towns, townships and subdistricts apart, and reads 下花园区 as a district, not a park", () => {
    expect(placeNameEn("大泽山镇", "street")).toBe("Dazeshan Town");
    expect(placeNameEn("城阳街道", "street")).toBe("Chengyang Subdistrict");
    expect(placeNameEn("王台乡", "street")).toBe("Wangtai Township");
    const e = entry("下花园区");
    expect(placeNameEn(e.name, e.level, e.pinyin)).toBe("Xiahuayuan District");
  });

  it("keeps the slugs of seed places", () => {
    expect(placeSlug(entry("青岛市"))).toBe("qingdao");
    expect(placeSlug(entry("市南区"))).toBe("shinan");
  });
});
