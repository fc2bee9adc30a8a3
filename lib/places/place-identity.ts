// Stable identities for places: the same place gets the same slug and English name in every
// database (embedded or server), so shared URLs like /places/qingdao keep working.
import { pinyin } from "pinyin-pro";
import gazetteerData from "@/lib/knowledge/places.json";

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

const EN_SUFFIX: Array<[RegExp, string]> = [
  [/自治县$/, " Autonomous County"],
  [/自治州$/, " Autonomous Prefecture"],
  [/自治区$/, " Autonomous Region"],
  [/新区$/, " New Area"],
  [/区$/, " District"],
  [/县$/, " County"],
  [/旗$/, " Banner"],
  [/省$/, " Province"],
  [/(街道|镇|乡)$/, " Subdistrict"],
];

export function placeNameEn(nameZh: string, level: string, romanized = romanize(nameZh)): string {
  const base = romanized.charAt(0).toUpperCase() + romanized.slice(1);
  // Prefecture-level and municipal cities are known by their bare names (Qingdao, Beijing).
  if (level === "city") return base;
  const suffix = EN_SUFFIX.find(([pattern]) => pattern.test(nameZh));
  return suffix ? base + suffix[1] : base;
}
