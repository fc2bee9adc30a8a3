// A report quotes figures of other places: its parent city's totals (2023年嘉兴市全市共收到行政复议
// 申请2150件 in a 南湖区 report), a neighbour, the province. Such a figure is not the report's own
// and must not be compared as its indicator: its scope becomes the place it names, and it maps to
// no catalog indicator. Pure TypeScript (the gazetteer is data).

import type { ExtractedMetric } from "../pipeline/types";
import { isWithin, placesByCode, placesNamed, provinceOf, scanMentions, type Place } from "./gazetteer";

/** Where a clause starts: after the last ，；。 (or the line start) before `pos`, not before `floor`. */
function clauseStartBefore(text: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (c === 0xff0c || c === 44 || c === 0xff1b || c === 59 || c === 0x3002 || c === 10) break;
    p--;
  }
  return p;
}

/** The report's place: by its code, or for a street its district (by name, within the province). */
export function reportPlace(meta: { placeCode: string | null; parent: string | null; province: string | null; level: string | null }): Place | null {
  if (meta.level === "street") {
    const cands = meta.parent ? placesNamed(meta.parent) : [];
    return cands.find((p) => provinceOf(p)?.name === meta.province) ?? cands[0] ?? null;
  }
  return meta.placeCode ? (placesByCode.get(meta.placeCode) ?? null) : null;
}

/**
 * Re-attributes figures whose own clause names another place by its full name (嘉兴市, 山东省)
 * than the report's place or a place within it. Returns how many were re-attributed.
 */
export function attributeOtherPlaces(text: string, metrics: ExtractedMetric[], own: Place | null): number {
  if (own === null) return 0;
  let n = 0;
  for (const m of metrics) {
    const from = clauseStartBefore(text, m.start, m.sentenceStart);
    const mentions = scanMentions(text.slice(from, m.start));
    let other: Place | null = null;
    for (const mention of mentions) {
      if (!mention.full) continue;
      const mine = mention.places.some((p) => p.code === own.code || isWithin(p, own));
      other = mine ? null : mention.places[0]!;
    }
    if (other !== null) {
      m.scope = other.name;
      if (m.indicator !== null) m.confidence = Math.round((m.confidence - 0.05) * 100) / 100; // the indicator's bonus
      m.indicator = null;
      n++;
    }
  }
  return n;
}
