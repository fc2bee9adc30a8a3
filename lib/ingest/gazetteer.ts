// GB/T 2260 gazetteer lookups: by name, by short name, by pinyin, by code, and a linear scan that
// counts place-name mentions in a text.

import placesData from "../knowledge/places.json";
import abbreviations from "../knowledge/place-abbreviations.json";

export type PlaceLevel = "province" | "city" | "district" | "county";

export interface Place {
  code: string;
  name: string;
  short: string;
  level: PlaceLevel;
  parent: string | null;
  province: string | null;
  pinyin: string;
}

// Some prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) are listed twice, as a
// city and as their own county; the city entry is the one to report.
const ALL: Place[] = (placesData as Place[]).filter((p) => !(p.level === "county" && p.parent === p.code));

export const placesByCode = new Map<string, Place>(ALL.map((p) => [p.code, p]));
const byName = new Map<string, Place[]>();
const byShort = new Map<string, Place[]>();
const byPinyin = new Map<string, Place[]>();
/** 芜湖经开区 for 芜湖经济技术开发区: the abbreviations writers use for a zone's name. */
function zoneAbbreviations(name: string): string[] {
  for (const [ending, shorts] of Object.entries(abbreviations.zoneEndings)) {
    if (name.endsWith(ending) && name.length - ending.length >= 2) return shorts.map((s) => name.slice(0, -ending.length) + s);
  }
  return [];
}
for (const p of ALL) {
  (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)!).push(p);
  for (const alias of zoneAbbreviations(p.name)) (byName.get(alias) ?? byName.set(alias, []).get(alias)!).push(p);
  if (p.short !== p.name && p.short.length >= 2) (byShort.get(p.short) ?? byShort.set(p.short, []).get(p.short)!).push(p);
  (byPinyin.get(p.pinyin) ?? byPinyin.set(p.pinyin, []).get(p.pinyin)!).push(p);
}
// 北川县 for 北川羌族自治县: added once every full name is known, so an alias never shadows another place's name.
const officialNames = new Set(byName.keys());
/** The peoples' names, longest first, so 土家 is stripped before 土. */
const ETHNIC_GROUPS = [...abbreviations.ethnicGroups].sort((a, b) => b.length - a.length);
/** 北川 of 北川羌族自治县, 湘西 of 湘西土家族苗族, 东乡 of 东乡族: the name without the peoples' names, else the last people's. */
function autonomousRoot(base: string): string {
  let root = base;
  let people = "";
  for (;;) {
    const g = root.endsWith("族") ? ETHNIC_GROUPS.find((e) => root.endsWith(`${e}族`)) : undefined;
    if (g === undefined) break;
    people = g;
    root = root.slice(0, -(g.length + 1));
  }
  return root.length >= 2 ? root : people;
}
for (const p of ALL) {
  const ending = Object.keys(abbreviations.autonomousEndings).find((e) => p.name.endsWith(e));
  if (ending === undefined) continue;
  const root = autonomousRoot(p.name.slice(0, -ending.length));
  const alias = root + abbreviations.autonomousEndings[ending as keyof typeof abbreviations.autonomousEndings];
  if (root.length >= 2 && !officialNames.has(alias)) (byName.get(alias) ?? byName.set(alias, []).get(alias)!).push(p);
}

export function placesNamed(name: string): Place[] {
  return byName.get(name) ?? [];
}

export function placesWithShort(short: string): Place[] {
  return byShort.get(short) ?? [];
}

export function placesWithPinyin(pinyin: string): Place[] {
  return byPinyin.get(pinyin.toLowerCase()) ?? [];
}

export function parentOf(p: Place): Place | null {
  return p.parent && p.parent !== p.code ? (placesByCode.get(p.parent) ?? null) : null;
}

export function provinceOf(p: Place): Place | null {
  if (p.level === "province") return p;
  if (!p.parent) return p; // municipalities (北京市 …) are provincial-level themselves
  if (p.province) return placesByCode.get(p.province) ?? null;
  return null;
}

/** True when `ancestor` contains `p` (its parent, or its parent's parent). */
export function isWithin(p: Place, ancestor: Place): boolean {
  let cur = parentOf(p);
  for (let i = 0; cur && i < 3; i++) {
    if (cur.code === ancestor.code) return true;
    cur = parentOf(cur);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Mention scan

/**
 * Short names we count in running text: only those of provinces and prefecture cities (丹东, 青岛),
 * which writers use on their own; district and county short names are too often ordinary words.
 */
const SCAN_SHORT_LEVELS = new Set<PlaceLevel>(["province", "city"]);

interface Entry {
  key: string;
  places: Place[];
  full: boolean;
}

/** Names indexed by their first two characters, longest first, for a linear scan. */
const index = new Map<string, Entry[]>();
function addEntry(key: string, places: Place[], full: boolean): void {
  if (key.length < 2) return;
  const k = key.slice(0, 2);
  const list = index.get(k) ?? index.set(k, []).get(k)!;
  list.push({ key, places, full });
}
for (const [name, places] of byName) addEntry(name, places, true);
for (const [short, places] of byShort) {
  const usable = places.filter((p) => SCAN_SHORT_LEVELS.has(p.level));
  if (usable.length && !byName.has(short)) addEntry(short, usable, false);
}
for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);

export interface Mention {
  key: string;
  places: Place[];
  full: boolean;
  index: number;
}

/** Characters after a short name that show it is part of an institution or a compound, still a mention. */
export function scanMentions(text: string, limit = 300_000): Mention[] {
  const out: Mention[] = [];
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n - 1; ) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) {
      i++;
      continue;
    }
    const list = index.get(text.slice(i, i + 2));
    let matched: Entry | null = null;
    if (list) {
      for (const e of list) {
        if (text.startsWith(e.key, i)) {
          matched = e;
          break;
        }
      }
    }
    // A two-character name (兴县, 赵县) right after another Han character is usually the tail of
    // a longer name (长兴县): skip it unless the preceding character closes a name (省, 市, 区).
    if (matched && matched.full && matched.key.length === 2 && i > 0 && /[\u4e00-\u9fff]/.test(text[i - 1]!) && !/[省市区县州盟旗]/.test(text[i - 1]!)) {
      matched = null;
    }
    if (matched) {
      out.push({ key: matched.key, places: matched.places, full: matched.full, index: i });
      i += matched.key.length;
    } else i++;
  }
  return out;
}
