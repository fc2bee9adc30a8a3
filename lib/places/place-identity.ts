// Stable identities for places: the same place gets the same slug and English name in every
// database (embedded or server), so shared URLs like /places/qingdao keep working.
import { pinyin } from "pinyin-pro";
import gazetteerData from "@/lib/knowledge/places.json";
import designationData from "@/lib/knowledge/place-designations.json";

export type GazetteerLevel = "province" | "city" | "district" | "county";

export interface GazetteerEntry {
  code: string;
  name: string;
  short: string;
  level: GazetteerLevel;
  parent: string | null;
  province: string | null;
  pinyin: string;
}

export const gazetteer = gazetteerData as GazetteerEntry[];

const byCode = new Map(gazetteer.map((entry) => [entry.code, entry]));
const pinyinCount = new Map<string, number>();
for (const entry of gazetteer) pinyinCount.set(entry.pinyin, (pinyinCount.get(entry.pinyin) ?? 0) + 1);

export function findGazetteerEntry(code: string | null | undefined): GazetteerEntry | undefined {
  return code ? byCode.get(code) : undefined;
}

/** Entries with this exact Chinese name, optionally under a given parent name. */
export function findGazetteerEntriesByName(name: string, parentName?: string | null): GazetteerEntry[] {
  const matches = gazetteer.filter((entry) => entry.name === name);
  if (!parentName || matches.length <= 1) return matches;
  const underParent = matches.filter((entry) => findGazetteerEntry(entry.parent)?.name === parentName);
  return underParent.length ? underParent : matches;
}

export function romanize(nameZh: string): string {
  return pinyin(nameZh, { toneType: "none", type: "array", nonZh: "removed" }).join("").toLowerCase();
}

/** Pinyin when unique in the country, else qualified by the parent (chaoyang-beijing). */
export function placeSlug(entry: Pick<GazetteerEntry, "code" | "pinyin" | "parent">): string {
  if ((pinyinCount.get(entry.pinyin) ?? 0) <= 1) return entry.pinyin;
  const parent = findGazetteerEntry(entry.parent);
  const qualified = parent ? `${entry.pinyin}-${parent.pinyin}` : entry.pinyin;
  const clash = gazetteer.some(
    (other) =>
      other.code !== entry.code &&
      other.pinyin === entry.pinyin &&
      findGazetteerEntry(other.parent)?.pinyin === parent?.pinyin,
  );
  return clash ? `${qualified}-${entry.code}` : qualified;
}

const DESIGNATIONS = [...designationData.designations].sort((a, b) => b.zh.length - a.zh.length);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Provinces' and cities' short names (河北, 唐山) with their curated pinyin, longest first. */
const PLACE_WORDS = [
  ...new Map(
    gazetteer
      .filter((entry) => (entry.level === "province" || entry.level === "city") && entry.short.length >= 2 && entry.short !== entry.name)
      .map((entry) => [entry.short, entry.pinyin] as const),
  ),
].sort((a, b) => b[0].length - a[0].length);

/** A zone's stem (河北唐山芦台, 秦皇岛市) as English words: each province or city it names, then the rest. */
function stemWords(stemZh: string): string {
  const words: string[] = [];
  let rest = stemZh;
  while (rest.length > 0) {
    const known = PLACE_WORDS.find(([short]) => rest.startsWith(short));
    if (!known) {
      words.push(capitalize(romanize(rest)));
      break;
    }
    words.push(capitalize(known[1]));
    rest = rest.slice(known[0].length);
    if (rest.startsWith("市") || rest.startsWith("省")) rest = rest.slice(1);
  }
  return words.filter((w) => w.length > 0).join(" ");
}

/**
 * A place's English name: its pinyin and its designation in English (Shinan District, Qinglong Autonomous
 * County, Xuzhou Economic and Technological Development Zone). Prefecture-level and municipal cities are known
 * by their bare names (Qingdao). `romanized` is the stem's curated pinyin when the gazetteer has one.
 */
export function placeNameEn(nameZh: string, level: string, romanized?: string): string {
  const designation = DESIGNATIONS.find((d) => nameZh.length > d.zh.length && nameZh.endsWith(d.zh));
  const stemZh = designation ? nameZh.slice(0, -designation.zh.length) : nameZh;
  const zone = designation !== undefined && "zone" in designation && designation.zone === true;
  // 内蒙古自治区's curated pinyin runs on into its designation (neimengguzizhiqu)
  // (Only a whole name's pinyin is cut: 黄石市's curated huangshi is its stem's.)
  const curated = romanized !== undefined && romanized === romanize(nameZh) ? romanize(stemZh) : romanized;
  const stem = zone ? stemWords(stemZh) : capitalize(curated || romanize(stemZh));
  if (level === "city" || !designation || designation.en === "") return stem;
  return `${stem} ${designation.en}`;
}
