// A report quotes figures of other places: its parent city's totals (2023年嘉兴市全市共收到行政复议
// 申请2150件 in a 南湖区 report), a neighbour, the province. Such a figure is not the report's own
// and must not be compared as its indicator: its scope becomes the place it names, and it maps to
// no catalog indicator. Pure TypeScript (the gazetteer is data).

import wordsData from "../knowledge/extraction-words.json";
import type { ExtractedMetric } from "../pipeline/types";
import { isWithin, parentOf, placesByCode, placesNamed, provinceOf, scanMentions, type Place } from "./gazetteer";

/** ，；。 or a line break: what ends a clause here. */
function endsClause(c: number): boolean {
  return c === 0xff0c || c === 44 || c === 0xff1b || c === 59 || c === 0x3002 || c === 10;
}

/** Where a clause starts: after the last ，；。 (or the line start) before `pos`, not before `floor`. */
function clauseStartBefore(text: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && !endsClause(text.charCodeAt(p - 1))) p--;
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
 * The place 全市 means in the report: the parent city in a district's or county's report (苏州全市
 * in a 吴中区 report), null when it is the report's own place (a city, or a county-level city).
 */
function cityWideOf(own: Place): Place | null {
  if ((own.level === "district" || own.level === "county") && !own.name.endsWith("市")) return parentOf(own);
  return null;
}


const NAMED_RE = /《[^》]*》|“[^”]*”|"[^"]*"|「[^」]*」/g;
const OBJECT_MARKERS: readonly string[] = wordsData.placeObjectMarkers.words;

/**
 * Another place than the report's (or one within it) that `text` names by its full name as the
 * actor, not as an object (配合苏州市…); the last one wins.
 */
function otherPlaceNamed(text: string, own: Place): Place | null {
  let other: Place | null = null;
  // A place inside a title or a quoted name (《山东省…办法》, “安徽省…平台”) names the document, not the actor.
  for (const mention of scanMentions(text.replace(NAMED_RE, (t) => " ".repeat(t.length)))) {
    if (!mention.full) continue;
    const before = text.slice(Math.max(0, mention.index - 2), mention.index);
    if (OBJECT_MARKERS.some((w) => before.endsWith(w))) continue;
    const mine = mention.places.some((p) => p.code === own.code || isWithin(p, own));
    other = mine ? null : mention.places[0]!;
  }
  return other;
}

/**
 * Re-attributes figures of another place than the report's: those whose own clause names it by its
 * full name (嘉兴市, 山东省), later clauses of a sentence that opens with it (苏州市全年办理法律援助
 * 案件2.9万件，开展普法活动2.6万场次) unless they name a scope of their own, and, in a district's or
 * county's report, figures scoped 全市 (the parent city's). Returns how many were re-attributed.
 */
export function attributeOtherPlaces(text: string, metrics: ExtractedMetric[], own: Place | null): number {
  if (own === null) return 0;
  const cityWide = cityWideOf(own);
  // A clause that names the report's own level (我区, 本县, 全区, 区本级) speaks for the report's place.
  const level = own.name.slice(-1);
  const ownLevel = new RegExp(`[我本全]${level}|${level}本级`);
  let n = 0;
  let topicSentence = -1;
  let topic: Place | null = null;
  let topicEnd = -1;
  for (const m of metrics) {
    if (m.sentenceStart !== topicSentence) {
      // The sentence's topic: another place named in its first clause.
      topicSentence = m.sentenceStart;
      topicEnd = clauseEndAfter(text, m.sentenceStart, m.sentenceEnd);
      topic = otherPlaceNamed(text.slice(m.sentenceStart, topicEnd), own);
    }
    const from = clauseStartBefore(text, m.start, m.sentenceStart);
    const clause = text.slice(from, m.start);
    let other = otherPlaceNamed(clause, own);
    if (other === null && !ownLevel.test(clause)) {
      if (topic !== null && from >= topicEnd && m.scope === null) other = topic;
      else if (cityWide !== null && m.scope === "全市") other = cityWide;
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

/** Where the clause that starts at `from` ends: at the first ，；。 or line break, or `to`. */
function clauseEndAfter(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && !endsClause(text.charCodeAt(p))) p++;
  return p;
}
