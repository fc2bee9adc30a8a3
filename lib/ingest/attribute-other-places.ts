// A report quotes figures of other places: its parent city's totals (2023年嘉兴市全市共收到行政复议
// 申请2150件 in a 南湖区 report), a neighbour, the province. Such a figure is not the report's own
// and must not be compared as its indicator: its scope becomes the place it names, and it maps to
// no catalog indicator. Pure TypeScript (the gazetteer is data).

import { dropIndicator, levelFixedByTable, SUB_UNIT_SCOPES } from "../extract/extract-metrics";
import { ACTOR_LEAD_IN_RE, ACTOR_LEAD_IN_SOURCE, BREAKDOWN_VIEW_SOURCE, escapeRe, REPORTED_LEAD_IN_SOURCE, VERB_MATCHER } from "../extract/knowledge";
import { parseChineseNumber } from "../extract/parse-chinese-number";
import wordsData from "../knowledge/extraction-words.json";
import type { ExtractedMetric, SectionSpan } from "../pipeline/types";
import { isThousandsComma } from "../extract/number-tokens";
import { isWithin, parentOf, placesByCode, placesNamed, provinceOf, scanMentions, type Place } from "./gazetteer";

/** ，；。 or a line break: what ends a clause here. */
function endsClause(c: number): boolean {
  return c === 0xff0c || c === 44 || c === 0xff1b || c === 59 || c === 0x3002 || c === 10;
}

/** Where a clause starts: after the last ，；。 (or the line start) before `pos`, not before `floor`. */
function clauseStartBefore(text: string, pos: number, floor: number): number {
  let p = pos;
  // (8,125件、4,036件: the comma inside a number ends nothing.)
  while (p > floor && !(endsClause(text.charCodeAt(p - 1)) && !isThousandsComma(text, p - 1))) p--;
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


const NAMED_RE = /《[^》]*》|“[^”]*”|"[^"]*"|「[^」]*」/g;
const OBJECT_MARKERS: readonly string[] = wordsData.placeObjectMarkers.words;
const GENERIC_PLACE_NAMES: ReadonlySet<string> = new Set(wordsData.placeObjectMarkers.genericNames);
/** After a place: the place hands something down (温州市下达我市的任务, 承接省、温州市下放的事项), it does not act. */
const SOURCE_VERBS_RE = new RegExp(`^(?:${wordsData.placeObjectMarkers.sourceVerbs.join("|")})`);
/** After a place: it acts for its whole territory (九江全市, 上饶各级, 九江全年, 九江：). */
const ACTOR_AFTER_RE = /^(?:全|各级|：|:)/;
/** Verbs of saying (说, 表示, 介绍): a speaker's lead-in, or the speaker named after a quotation. */
const SPEECH_VERBS_SOURCE = wordsData.placeObjectMarkers.speechVerbs.map(escapeRe).join("|");
/** A clause that only leads in: a link word, a year or a topic (2024年，, 在营商环境方面，, 县级层面，), or a speaker and a verb of saying (该市司法局负责人介绍). */
const LEAD_IN_RE = new RegExp(
  `^\\s*(?:其中|同时|此外|另外|(?:19|20)\\d{2}年(?:度|以来)?|今年(?:以来)?|去年|近年来|在[^，,。；;]{1,12}?(?:方面|领域|工作中)|[^，,。；;0-9]{1,8}?(?:层面|方面)|${REPORTED_LEAD_IN_SOURCE}|[^，,。；;]{0,16}(?:${SPEECH_VERBS_SOURCE})|${BREAKDOWN_VIEW_SOURCE})\\s*$`,
);
/** The end of a list item that is a figure (市本级700件、): the place after it opens the next item. */
const FIGURE_ITEM_END_SOURCE = "[0-9０-９](?:万|亿)?(?:余|多)?[\\u4e00-\\u9fa5%％]{0,3}、";
const FIGURE_ITEM_END_RE = new RegExp(`${FIGURE_ITEM_END_SOURCE}$`);
/** Between two places each with its figure (郑州市8127件、洛阳市…): the first one's figure, then 、. */
const FIGURE_ITEM_BETWEEN_RE = new RegExp(`^(?:约|近|超)?[0-9０-９.,．]*${FIGURE_ITEM_END_SOURCE}$`);
const FIGURE_ITEMS_RE = new RegExp(FIGURE_ITEM_END_SOURCE, "g");
/** Where the last item of figures in a clause ends (0 when there is none): the next item starts there. */
function lastFigureItemEnd(clause: string): number {
  let end = 0;
  for (const m of clause.matchAll(FIGURE_ITEMS_RE)) end = m.index + m[0].length;
  return end;
}
/** Between two places of one list (枝江市、远安县). */
const LIST_JOIN_RE = /^[、和及与]$/;
/** Before a place: it is picked out to act (其中利川市收到…, 全省各市中合肥市最多). */
const ACTOR_BEFORE_RE = /(?:其中|各[\u4e00-\u9fa5]{1,4}中)$/;
const ACTOR_BEFORE_MAX = 6;
/** After a short name: a road, a village or a landmark named after the place (珠海路街道). */
const NOT_PLACE_AFTER_SHORT: readonly string[] = wordsData.placeObjectMarkers.notAfterShortName;
/** After a place: a platform or another body named after it (江苏政务服务网, 南京市法院), not the place acting. */
const PLATFORM_AFTER: readonly string[] = wordsData.placeObjectMarkers.platformAfter;

interface ActorVerdict {
  place: Place;
  /** The report's own place, or a place within it named in passing (在市南区开展). */
  mine: boolean;
  /** 越城区、柯桥区、上虞区: the places listed together as the actor, when more than one. */
  listed?: Place[];
  /** The name as written, when it opens the clause as its actor (宜昌市新收…). */
  openingName?: string;
  /** 枝江市董市镇, 西陵区西陵街道: a town or street named right after the acting place, which acts in its stead. */
  sub?: string;
  /** An item of a list of places and their figures after a colon: it acts in its item only, it is no topic of the sentence. */
  itemized?: boolean;
}

/**
 * The last place `text` names as the actor, not as an object (配合苏州市…) nor as a source
 * (温州市下达…): a full name (嘉兴市) anywhere, a short one (九江) opening the clause or acting for
 * its territory (九江全市). A place within the report's own counts as another only as the actor
 * (无为市全程网办率达到94.1% in a 芜湖市 report).
 */
function actorNamed(text: string, own: Place, streetName: string | null = null): ActorVerdict | null {
  let verdict: ActorVerdict | null = null;
  // A place inside a title or a quoted name (《山东省…办法》, “安徽省…平台”) names the document, not the actor.
  const masked = text.replace(NAMED_RE, (t) => " ".repeat(t.length));
  // 2023年许昌市制定…: a year that opens the clause leaves the place in the actor's position;
  // 在夷陵区小溪塔街道，…: so does 在 when the clause is only the place, the frame of the sentence.
  const opening = FRAME_CLAUSE_RE.test(masked) ? masked.indexOf("在") + 1 : ACTOR_LEAD_IN_RE.exec(masked)![0].length;
  /** Where the last place named as the actor ends: a place listed right after it (枝江市、远安县) acts too. */
  let actorEnd = -1;
  /** Where the last place named as an object (与天津市) ends: the places listed with it are objects too. */
  let objectEnd = -1;
  /** How many places of a list of places and their figures after a colon the actor is into (得分依次为：南昌市88.72、赣州市86.15). */
  let colonItems = 0;
  for (const mention of scanMentions(masked)) {
    // 城区, 郊区, 矿区: real districts' names (阳泉市城区) that are ordinary words (the urban area) unless their city stands before them.
    if (GENERIC_PLACE_NAMES.has(mention.key) && !mention.places.some((p) => { const parent = parentOf(p); return parent !== null && masked.slice(0, mention.index).endsWith(parent.name); })) continue;
    const before = masked.slice(Math.max(0, mention.index - 2), mention.index);
    const after = masked.slice(mention.index + mention.key.length, mention.index + mention.key.length + 2);
    // 与天津市、浙江省宁波市等12个城市签订…: the places listed with an object (or narrowing one) are objects too.
    const withObject = objectEnd >= 0 && (mention.index === objectEnd || LIST_JOIN_RE.test(masked.slice(objectEnd, mention.index)));
    if (withObject || OBJECT_MARKERS.some((w) => before.endsWith(w)) || SOURCE_VERBS_RE.test(after)) {
      objectEnd = mention.index + mention.key.length;
      continue;
    }
    const following = masked.slice(mention.index + mention.key.length, mention.index + mention.key.length + 6);
    if (PLATFORM_AFTER.some((w) => following.startsWith(w))) continue;
    // 其中利川市收到197件: a place picked out of a list acts too.
    const listed = actorEnd >= 0 && LIST_JOIN_RE.test(masked.slice(actorEnd, mention.index));
    // 成都市武侯区办理…: a place right after the actor narrows it down; the narrower one acts.
    const narrows = actorEnd >= 0 && mention.index === actorEnd;
    // 其中郑州市8127件、洛阳市4213件: the next item of a list of places and their figures acts too.
    // 其中市本级700件、平江县300件: so does a place after any item of figures, when its own figure follows.
    const nextItem =
      (actorEnd >= 0 && FIGURE_ITEM_BETWEEN_RE.test(masked.slice(actorEnd, mention.index))) ||
      ((after.length === 0 || /^[0-9０-９]/.test(after)) && FIGURE_ITEM_END_RE.test(masked.slice(Math.max(0, mention.index - 16), mention.index)));
    // 各设区市办理行政复议案件情况：赣州市4376件: a place right after a colon opens the clause the colon leads into.
    const afterColon = before.endsWith("：") || before.endsWith(":");
    // 该市醴陵市推行…: a place right after 该市 opening the clause is the place within it that acts.
    const withinThat = mention.index === opening + 2 && THAT_PLACE_RE.test(before);
    const actor = mention.index === opening || afterColon || withinThat || listed || narrows || nextItem || ACTOR_AFTER_RE.test(after) || ACTOR_BEFORE_RE.test(masked.slice(Math.max(0, mention.index - ACTOR_BEFORE_MAX), mention.index));
    if (actor) {
      actorEnd = mention.index + mention.key.length;
      colonItems = afterColon ? 1 : colonItems > 0 && nextItem ? colonItems + 1 : 0;
    }
    if (!mention.full && (!actor || NOT_PLACE_AFTER_SHORT.some((w) => after.startsWith(w)))) continue;
    const place = mention.places.find((p) => p.code === own.code) ?? mention.places[0]!;
    const within = place.code !== own.code && isWithin(place, own);
    const together: Place[] | undefined = listed && verdict !== null && !verdict.mine ? [...(verdict.listed ?? [verdict.place]), place] : undefined;
    // A street's report has its district as `own`: the district named as the actor (德清县全年新设…)
    // speaks for the district, unless the street's own name follows it (德清县新市镇).
    const ownDistrictActs = streetName !== null && place.code === own.code && actor && !masked.startsWith(streetName, mention.index + mention.key.length);
    const sub = actor && place.code !== own.code ? SUB_PLACE_AFTER_RE.exec(masked.slice(mention.index + mention.key.length))?.[1] : undefined;
    verdict = {
      place,
      mine: (place.code === own.code && !ownDistrictActs) || (within && !actor),
      listed: together,
      ...(mention.index === opening ? { openingName: mention.key } : {}),
      ...(sub !== undefined ? { sub } : {}),
      // (One place after a colon, 典型经验：赣州市…，直接纠错率15.2%, is the topic of the clauses after it.)
      ...(actor && colonItems >= 2 ? { itemized: true } : {}),
    };
  }
  if (verdict === null) {
    // 市政府共收到行政复议申请2000件 in a district's report, 省政府作为行政复议机关… in a city's: the
    // government of the place above acts.
    const gov = HIGHER_GOVERNMENT_RE.exec(masked.slice(opening));
    const above = gov !== null ? governmentAbove(gov[1]!, own, streetName !== null) : null;
    if (above !== null) verdict = { place: above, mine: false };
  }
  return verdict;
}
/** A clause that is only 在 and a place (在夷陵区小溪塔街道): the frame the sentence's figures stand in. */
const FRAME_CLAUSE_RE = /^\s*在[\u4e00-\u9fa5（）()]{1,18}(?:省|市|区|县|旗|州|盟|镇|乡|街道|社区|村)$/;
/** Right after an acting county or district: a town or street of it (董市镇, 西陵街道), not a generic level word (乡镇, 各街道). */
const SUB_PLACE_AFTER_RE = /^((?![各全本我该城村乡])[\u4e00-\u9fa5]{2,5}?(?:街道|镇|乡))(?![\u4e00-\u9fa5]?(?:村|级|政府))/;
const HIGHER_GOVERNMENT_RE = /^(省|市|州|盟|地区)(?:人民政府|政府|行政公署|行署|司法局|司法厅)/;
/** The place above `own` whose government `levelChar` (省, 市, 州, 盟) names, or null when that is `own` itself. */
function governmentAbove(levelChar: string, own: Place, street: boolean): Place | null {
  if (levelChar === "省") return own.level === "province" ? null : provinceOf(own);
  const below = street || own.level === "district" || own.level === "county";
  // A county-level city's 市政府 is its own; a street's report has its district as `own`.
  if (!below || (!street && own.name.endsWith(levelChar))) return null;
  const parent = parentOf(own);
  return parent !== null && parent.name.endsWith(levelChar) ? parent : null;
}

/** The place a section's heading opens with (九江：以数字赋能提升行政效能), if another one. */
function sectionPlaces(text: string, sections: readonly SectionSpan[], own: Place): Array<{ start: number; end: number; place: Place }> {
  const out: Array<{ start: number; end: number; place: Place }> = [];
  for (const sec of sections) {
    const heading = text.slice(sec.headingStart, sec.headingEnd).replace(LIST_MARKER_RE, "");
    const first = scanMentions(heading.slice(0, 12))[0];
    if (!first || first.index !== 0 || !/^[：:]/.test(heading.slice(first.key.length))) continue;
    const v = actorNamed(heading.slice(0, first.key.length + 1), own);
    if (v !== null && !v.mine) out.push({ start: sec.start, end: sec.end, place: v.place });
  }
  return out;
}
const LIST_MARKER_RE = /^\s*(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])?\s*/;

/**
 * The place a whole-territory scope means when it is not the report's own: 全省 anywhere below a
 * province; 全市 in a district's or county's report (not a county-level city's: 昆山市 is its own
 * 全市); 全州/全盟/全地区 in a county's or banner's report; 全区 in a city's or banner's report inside an
 * autonomous region; 全区/全县 in a street's report (whose `own` is its district).
 */
function wideScopePlace(scope: string | null, own: Place, street: boolean): Place | null {
  if (scope === "全省") return own.level === "province" ? null : own.level === "city" ? parentOf(own) : provinceOf(own);
  // 全州, 全盟, 全地区 in a county's, a banner's or a street's report: the prefecture or league above it.
  if (scope === "全州" || scope === "全盟" || scope === "全地区") return street || own.level === "district" || own.level === "county" ? parentOf(own) : null;
  // 全区 below an autonomous region (a city's or a banner's report in 内蒙古自治区): the region.
  if (scope === "全区" && !street && own.level !== "province" && !own.name.endsWith("区")) {
    const region = provinceOf(own);
    if (region !== null && region.name.endsWith("自治区")) return region;
  }
  if (scope === "全市") {
    if (street) return own.name.endsWith("市") ? own : parentOf(own);
    return (own.level === "district" || own.level === "county") && !own.name.endsWith("市") ? parentOf(own) : null;
  }
  if (street && (scope === "全区" || scope === "全县")) return own;
  return null;
}

export interface OtherPlaceOptions {
  /** The report's level: a street's report has its district as `own`. */
  level?: string | null;
  /** The report's sections: a heading that opens with a place (九江：…) speaks for it. */
  sections?: readonly SectionSpan[];
  /** A street's or town's own name (新市镇): its district named right before it is still the report's place. */
  streetName?: string | null;
}

/**
 * Re-attributes figures of another place than the report's:
 * - the clause names it as the actor (2023年嘉兴市全市…, 九江全市共收到…, 无为市全程网办率…);
 * - the clause says 该市 after another place was named;
 * - the sentence's first clause or the section's heading names it (苏州市全年办理法律援助案件2.9万件，
 *   开展普法活动2.6万场次; 九江：…) and the clause names no scope of its own;
 * - its scope is a whole territory that is not the report's (全省; 全市 in a district's report).
 * A clause that speaks in the first person (我市, 本区, 区本级) stays the report's. The figure's
 * scope becomes the place's name and it maps to no indicator. Returns how many were re-attributed.
 */
export function attributeOtherPlaces(text: string, metrics: ExtractedMetric[], own: Place | null, options: OtherPlaceOptions = {}): number {
  const counted = attributeCountedPlaces(text, metrics);
  if (own === null) return counted;
  /** The figures given to another named place (not 三市 counted, nor the report's own name read as 全市). */
  const given = new Set<ExtractedMetric>();
  const n = counted + attributeNamedPlaces(text, metrics, own, options, given) + attributeListedInTurn(text, metrics, own, given);
  return n + attributePartsOfOtherPlaces(metrics, given) + attributeBreakdownsOfOtherPlaces(text, metrics, given);
}

/** ，其中 between a figure and the next: what follows breaks the figure down. */
const BREAKDOWN_BETWEEN_RE = /^[^。！？\n]*[，,；;]\s*其中[，,]?[^，,；;。！？\n]*$/;
/**
 * 邵阳市…出庭应诉率仅为89.4%，其中县级政府负责人出庭应诉率只有76.5%: a breakdown after 其中 of another
 * place's figure, which names no place of its own, is that place's (at the level it names), not the
 * report's own level. Only figures that are no part (partOf) already: parts follow their whole above.
 */
function attributeBreakdownsOfOtherPlaces(text: string, metrics: ExtractedMetric[], given: Set<ExtractedMetric>): number {
  let n = 0;
  for (let i = 1; i < metrics.length; i++) {
    const m = metrics[i]!;
    const before = metrics[i - 1]!;
    if (m.partOf !== null || given.has(m) || !given.has(before) || before.sentenceStart !== m.sentenceStart || before.scope === null || before.scope.includes("、")) continue;
    const between = text.slice(before.end, m.start);
    if (!BREAKDOWN_BETWEEN_RE.test(between) || scanMentions(between).length > 0) continue;
    m.scope = m.scope !== null && m.scope.endsWith("级") && !m.scope.startsWith(before.scope) ? `${before.scope}${m.scope}` : before.scope;
    dropIndicator(m);
    given.add(m);
    n++;
  }
  return n;
}

/**
 * 收案量位居前三的是邗江区、广陵区和江都区，分别收到申请612件、574件、489件，占全市总量的15.8%、14.9%和12.7%:
 * places listed before a clause with 分别 that names none hand out its figures in turn, and those of each
 * later clause of the sentence that lists as many. Only figures no other rule placed (scope null).
 */
function attributeListedInTurn(text: string, metrics: ExtractedMetric[], own: Place, given: Set<ExtractedMetric>): number {
  let n = 0;
  for (let i = 0; i < metrics.length; ) {
    const sentence = metrics[i]!.sentenceStart;
    let j = i;
    while (j < metrics.length && metrics[j]!.sentenceStart === sentence) j++;
    // The sentence's figures by clause, in order, with where each clause starts.
    const clauses: Array<{ from: number; group: ExtractedMetric[] }> = [];
    for (let k = i; k < j; k++) {
      const from = clauseStartBefore(text, metrics[k]!.start, sentence);
      if (clauses.length === 0 || clauses[clauses.length - 1]!.from !== from) clauses.push({ from, group: [] });
      clauses[clauses.length - 1]!.group.push(metrics[k]!);
    }
    let places: Place[] | null = null;
    for (const { from, group } of clauses) {
      if (places === null && EACH_IN_TURN_RE.test(text.slice(from, group[0]!.start))) places = placesListedAt(text, sentence, from, own);
      // (A scope another rule gave the whole group, the list's last or first place, is that rule reading the list as one actor.)
      const listedAsOne = (m: ExtractedMetric) => m.scope === null || (places !== null && (m.scope === places[0]!.name || m.scope === places[places.length - 1]!.name));
      if (places === null || group.length !== places.length || !group.every(listedAsOne)) continue;
      group.forEach((m, k) => {
        m.scope = places![k]!.name;
        given.add(m);
        dropIndicator(m);
        n++;
      });
    }
    i = j;
  }
  return n;
}

/** The last list of two or more places (A、B和C) in text[from, to), places within the report's own; else null. */
function placesListedAt(text: string, from: number, to: number, own: Place): Place[] | null {
  const masked = text.slice(from, to).replace(NAMED_RE, (t) => " ".repeat(t.length));
  const mentions = scanMentions(masked);
  let run: Place[] = [];
  let end = -1;
  for (const mention of mentions) {
    const place = mention.places[0]!;
    const joined = end >= 0 && LIST_JOIN_RE.test(masked.slice(end, mention.index));
    if (!joined) run = [];
    if (place.code !== own.code && isWithin(place, own)) run.push(place);
    else run = [];
    end = mention.index + mention.key.length;
  }
  // 高邮市、广陵区分列第二、三名，分别为…: words may follow the list, but no figure.
  return run.length >= 2 && !/[0-9０-９]/.test(masked.slice(end)) ? run : null;
}

/** 三市, 两区, 五区三县, 3个县: several places counted, not named, opening a clause. */
/** The level words of counted places (三市, 8个设区市, 两区, 5个县区), longest first: 4个县区 is not 4个县. */
const COUNTED_LEVEL_SOURCE = "设区市|县市区|市县区|县区|区县|县市|市县|市州|市|县|区|地";
/** How many places are counted (三, 两, 5, 12). */
const PLACE_COUNT_SOURCE = "[两二三四五六七八九十]{1,3}|[2-9]|1[0-9]";
const COUNTED_PLACES_RE = new RegExp(`^(?:${PLACE_COUNT_SOURCE})个?(?:${COUNTED_LEVEL_SOURCE})(?:(?:[两二三四五六七八九十]{1,3}|[2-9])个?[市县区])*`);
/**
 * 全省有8个设区市的调解和解率超过30%, 有5个县（市、区）出庭应诉率达到100%: the places counted after 有 are
 * some of the whole, whatever they do. (Without 有, 9个县（市、区）办理… may be all of a city's counties.)
 */
const SOME_PLACES_RE = new RegExp(
  `^(?:(?:全省|全市|全区|全州|全盟|其中)[，,]?)?(?:共|仍|还|尚|只|仅)?有((?:[两二三四五六七八九十]{1,3}|[1-9][0-9]?)个?(?:${COUNTED_LEVEL_SOURCE})(?:（[市县区、]{1,5}）)?)`,
);
/** After counted places: they act together (三市合计收到…, 两区共办理…, 三地均…, 五区人民政府共收到…). */
const COUNTED_PLACES_ACT_RE = /^(?:人民政府|政府)?(?:合计|共|总计|累计|均|分别|全年)/;
/** The places' short names listed right before their count (禅城、南海、顺德、高明、三水五区). */
const NAMES_BEFORE_COUNT_RE = new RegExp(`^(?:[\u4e00-\u9fa5]{2,4}、)+[\u4e00-\u9fa5]{2,4}?(?=(?:${PLACE_COUNT_SOURCE})个?(?:${COUNTED_LEVEL_SOURCE}))`);

/**
 * 三市合计收到行政复议申请8049件, 三市直接纠错率分别为12.3%、10.8%和9.6%: a figure of several places
 * counted but not named is none of them alone, and not the report's own: it maps to no indicator.
 * Its scope is the places a list before named with the same count (南昌、赣州、九江三市…), each in
 * turn after 分别, or else the count as written (三市).
 */
function attributeCountedPlaces(text: string, metrics: ExtractedMetric[]): number {
  let n = 0;
  let eachFrom = -1;
  let eachIdx = 0;
  for (const m of metrics) {
    const from = clauseStartBefore(text, m.start, m.sentenceStart);
    const whole = text.slice(from, m.start);
    const clause = whole.replace(/^\s+/, "");
    const some = SOME_PLACES_RE.exec(clause);
    // (禅城、南海、顺德、高明、三水五区人民政府共收到: the count after the names its clause lists.)
    const listed = some === null ? (NAMES_BEFORE_COUNT_RE.exec(clause)?.[0] ?? "") : "";
    const phrase = some?.[1] ?? COUNTED_PLACES_RE.exec(clause.slice(listed.length))?.[0];
    if (phrase === undefined) continue;
    const rest = clause.slice(some !== null ? some[0].length : listed.length + phrase.length);
    if (some === null && !COUNTED_PLACES_ACT_RE.test(rest) && !EACH_IN_TURN_RE.test(rest) && VERB_MATCHER.prefixAt(rest, 0) === null) continue;
    const named = placesListedBefore(text, phrase, listed === "" ? from : from + (whole.length - clause.length) + listed.length + phrase.length);
    let scope = named.length > 0 ? named.join("、") : phrase;
    if (named.length > 1 && EACH_IN_TURN_RE.test(rest)) {
      if (from !== eachFrom) {
        eachFrom = from;
        eachIdx = 0;
      }
      scope = named[eachIdx++] ?? scope;
    }
    m.scope = scope;
    dropIndicator(m);
    n++;
  }
  return n;
}

/** The places a list names right before the same count (南昌、赣州、九江三市) earlier in the text, by full name; [] if none. */
function placesListedBefore(text: string, phrase: string, before: number): string[] {
  const count = parseChineseNumber(/^(?:[0-9]+|[两二三四五六七八九十]+)/.exec(phrase)![0]) ?? 0;
  if (!/^.个?[市县区]$/.test(phrase) || count < 2) return [];
  for (let at = text.lastIndexOf(phrase, before - 1); at >= 0 && before - at < 600; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    const from = clauseStartBefore(text, at, Math.max(0, at - 40));
    const mentions = scanMentions(text.slice(from, at).replace(NAMED_RE, (t) => " ".repeat(t.length)));
    if (mentions.length !== count) continue;
    const names = mentions.map((x) => (x.places.find((p) => p.name.endsWith(phrase.slice(-1))) ?? x.places[0]!).name);
    if (new Set(names).size === count) return names;
  }
  return [];
}

function attributeNamedPlaces(text: string, metrics: ExtractedMetric[], own: Place, options: OtherPlaceOptions, given: Set<ExtractedMetric>): number {
  const street = options.level === "street";
  const streetName = street ? (options.streetName ?? "") : null;
  const levelChar = street ? "(?:街道|镇|乡)" : own.name.slice(-1);
  const firstPerson = new RegExp(`[我本]${levelChar}|${levelChar}本级`);
  // In a town's report, a clause that opens with 我县 / 本区 or 据县司法局统计 speaks for its county or district
  // (`own`), not the town. (Not 落实我县…规划, 按照我县统一部署, 在我县名列前茅: the county there is no actor; nor 本区域.)
  const parentChar = own.name.slice(-1);
  const parentVoice = street
    ? new RegExp(`(?:^|[，,；;。：:\n])\s*${ACTOR_LEAD_IN_SOURCE}(?:[我本]${parentChar}(?![级域内])|(?:据|经|根据)(?:${parentChar}|${escapeRe(own.name)})[\u4e00-\u9fa5]{1,12}?(?:统计|数据))`, "g")
    : null;
  /** The last parent voice before each figure, per sentence: the sentence is scanned once (its start → the voices' ends). */
  const voicesOf = new Map<number, number[]>();
  const sectionTopics = sectionPlaces(text, options.sections ?? [], own);
  /** The actor its first clause names, from `from` (a clause that only leads in is passed over), and where that clause ends. */
  const openingActor = (from: number, to: number): { verdict: ActorVerdict; start: number; end: number } | null => {
    for (let k = 0; k < 2 && from < to; k++) {
      const end = clauseEndAfter(text, from, to);
      const verdict = actorNamed(text.slice(from, end), own, streetName);
      if (verdict !== null) return verdict.itemized ? null : { verdict, start: from, end };
      if (!LEAD_IN_RE.test(text.slice(from, end))) return null;
      from = end + 1;
    }
    return null;
  };
  let n = 0;
  let topicSentence = -1;
  let topic: Place | null = null;
  let topicSub: string | undefined;
  let topicEnd = -1;
  let topicFramedLevel = false;
  /** The place named last as an actor before the current clause (for 该市). */
  let lastNamed: ActorVerdict | null = null;
  /** The place a sentence's 该区 named, for its later clauses. */
  let thatPlace: { sentence: number; place: Place } | null = null;
  let scannedTo = 0;
  /** The clause whose listed places 分别 hands out to its figures in turn, and the next one's index. */
  let eachFrom = -1;
  let eachIdx = 0;
  /** A speaker's place that a first person of another level named (我市 in a province's report), and where their paragraph ends. */
  let voiceOf: { place: Place; until: number } | null = null;
  for (const m of metrics) {
    if (levelFixedByTable(m)) continue;
    const from = clauseStartBefore(text, m.start, m.sentenceStart);
    if (from > scannedTo) {
      // Clause by clause, so a place that opens a sentence between two figures (宜宾市建成…。该市…) is its actor.
      for (let c = scannedTo; c < from; ) {
        const end = clauseEndAfter(text, c, from);
        const v = end > c ? (examplePlace(text.slice(c, end), own) ?? actorNamed(text.slice(c, end), own, streetName)) : null;
        if (v !== null) lastNamed = v;
        c = end + 1;
      }
      scannedTo = from;
    }
    if (m.sentenceStart !== topicSentence) {
      // The sentence's topic: a place its first clause names, or the first clause of the part
      // before its semicolons (上饶市2023年办理…；全市公布…清单512项).
      // A part that names its own actor first (…；洛阳市受理3260件，审结3105件) has that topic instead.
      // A clause that only links (其中，/据介绍，) or names a speaker (该市司法局负责人介绍，) is passed over.
      topicSentence = m.sentenceStart;
      const chain = chainStart(text, m.sentenceStart);
      const found = (chain < m.sentenceStart ? openingActor(m.sentenceStart, m.sentenceEnd) : null) ?? openingActor(chain, m.sentenceEnd);
      topic = found !== null && !found.verdict.mine ? found.verdict.place : null;
      topicSub = topic !== null ? found!.verdict.sub : undefined;
      topicEnd = found?.end ?? clauseEndAfter(text, chain, m.sentenceEnd);
      // 县级层面，长垣市…: the level the lead-in frames the sentence with is the named place's.
      topicFramedLevel = topic !== null && LEVEL_FRAME_RE.test(text.slice(m.sentenceStart, found!.start));
    }
    const clause = text.slice(from, m.start);
    // 宝鸡市人民政府共收到涉及我区的申请87件; 配合…开展全市案卷评查，我区报送案卷180卷，优秀率72.2%:
    // a sentence that speaks in the first person before the figure speaks for the report's place.
    // (其中市本级700件、平江县300件: the first person of an item before the figure's own is that item's.)
    const voiceInClause = firstPerson.test(clause.slice(lastFigureItemEnd(clause)));
    const ownVoice = voiceInClause || firstPerson.test(text.slice(m.sentenceStart, from));
    // A place the clause names still wins over a first person earlier in the sentence.
    // 南昌县、瑞金市、玉山县等30个县（市、区）: places held up as examples of a counted set are not its actor.
    const named = voiceInClause || EXAMPLES_OF_COUNT_RE.test(clause) ? null : actorNamed(clause, own, streetName);
    let other: Place | null = named !== null && !named.mine ? named.place : null;
    // 【合肥市司法局局长】…我市市、县两级共受理7264件 in a province's report: a first person of another
    // level than the report's speaks for the place of that level named last before it (the speaker's).
    // The speaker goes on in the first person through the rest of the paragraph (全年市、县两级直接纠错率15.6%).
    if (other === null && (named === null || named.mine) && !street) {
      const voice = OTHER_VOICE_RE.exec(text.slice(m.sentenceStart, m.start));
      if (voice !== null && voice[1] !== levelChar) {
        // (The speaker may be named in the sentence itself, before the first person: 赣州市…负责人说：“我市…)
        other = placeNamedBefore(text, m.sentenceStart + voice.index, voice[1]!, own);
        if (other !== null) {
          const lineEnd = text.indexOf("\n", m.start);
          voiceOf = { place: other, until: lineEnd < 0 ? text.length : lineEnd };
        }
      } else if (voice === null && voiceOf !== null && m.start < voiceOf.until && !ownVoice) other = voiceOf.place;
      // “去年我们一共收到复议申请1200多件…”烟台市司法局副局长王强说: a quotation speaks for the speaker named after it.
      if (other === null) {
        const speaker = quotationSpeaker(text, m.start);
        const v = speaker !== null ? actorNamed(speaker, own, streetName) : null;
        if (v !== null && !v.mine) other = v.place;
      }
    }
    if (named !== null && named.mine && named.place.code === own.code && named.openingName !== undefined && !street && m.scope === null) {
      // 宜昌市新收行政复议案件2186件 in 宜昌市's report: the place's own name as the actor is its whole
      // territory (全市), and no part of what is counted.
      m.scope = `全${own.name.slice(-1)}`;
      if (m.subject.startsWith(named.openingName) && m.subject.length > named.openingName.length + 1) m.subject = m.subject.slice(named.openingName.length);
    } else if (named === null && ownVoice && !(m.scope !== null && !voiceInClause && clause.includes(m.scope))) {
      // 全区…，本街道依此办理案件23件: not the territory that opened the sentence.
      // (我区纠错率低于全市（10.9%）: the bracketed benchmark is that territory's all the same.)
      // (我区收到…1064件，全市收到…1.2万件: a later clause that names the wider territory itself is that territory's.)
      const benchmark = m.scope !== null && text.charCodeAt(m.start - 1) === 0xff08 && text.slice(Math.max(0, m.start - 8), m.start).includes(m.scope);
      if (!benchmark && wideScopePlace(m.scope, own, street) !== null) m.scope = null;
    } else if (named === null) {
      const that = THAT_PLACE_RE.exec(clause);
      if (that !== null && lastNamed !== null && !lastNamed.mine) other = lastNamed.place;
      // …的做法在安州区效果明显。该区…: the place of that level named last, even where it was no actor.
      // (Within its paragraph only: a place named paragraphs before is no antecedent.)
      else if (that !== null && that[0][1] !== own.name.slice(-1)) other = placeNamedBefore(text, from, that[0][1]!, own, text.lastIndexOf("\n", from) + 1);
      // 该区全年化解行政争议64件，调解和解率达到41.6%: the later clauses of its sentence are that place's too.
      if (that !== null && other !== null) thatPlace = { sentence: m.sentenceStart, place: other };
      else if (other === null && m.scope === null && thatPlace !== null && thatPlace.sentence === m.sentenceStart) other = thatPlace.place;
      // 江都区直接纠错率最高，为17.2%; 高邮市增幅最大，增长43.1%: a clause that only states the figure
      // (为, 增长) is about the place the clause before it names.
      if (other === null && BARE_PREDICATE_RE.test(clause.trim())) {
        const prevFrom = clauseStartBefore(text, from - 1, m.sentenceStart);
        const v = prevFrom < from - 1 ? actorNamed(text.slice(prevFrom, from - 1), own, streetName) : null;
        if (v !== null && !v.mine && v.listed === undefined) {
          other = v.place;
          // (A group word from earlier in the sentence, 各县（市、区）中, gives way to the place.)
          if (m.scope !== null && !WHOLE_TERRITORY_RE.test(m.scope)) m.scope = null;
        }
      }
      // In another place's sentence or section, its own words (全市) speak for that place.
      // 九江市…，全年各级人民调解组织…: a whole territory the text does not name (各级 read as 全省) is open too.
      const open =
        m.scope === null ||
        WHOLE_TERRITORY_RE.test(m.scope) ||
        (m.scope.startsWith("全") && !text.slice(m.sentenceStart, m.start).includes(m.scope)) ||
        (topicFramedLevel && from >= topicEnd && !OWN_LEVEL_SCOPE_RE.test(m.scope)) ||
        // (枝江市董市镇推行“屋场夜话”，化解邻里纠纷210余件: the town the topic names is more than the level 镇街 it acts at.)
        (SUB_UNIT_SCOPES.includes(m.scope) && topicSub !== undefined && from >= topicEnd);
      // The report's own whole territory after a place within it (盐城市 report: 东台市…；全市律师事务所…)
      // is the report's: 全市 names the city whose report it is, not the county-level city in it.
      // (Written after the topic's clause: 各级 read as 全省 is no such word.)
      const ownWhole = (p: Place | null) => p !== null && !street && m.scope === `全${own.name.slice(-1)}` && isWithin(p, own) && text.slice(Math.max(topicEnd, m.sentenceStart), m.start).includes(m.scope);
      if (other === null && open && topic !== null && from >= topicEnd) other = ownWhole(topic) ? null : topic;
      else if (other === null && open) {
        const sectionTopic = sectionTopics.find((s) => s.start <= m.start && m.start < s.end)?.place ?? null;
        other = ownWhole(sectionTopic) ? null : sectionTopic;
      }
      if (other === null) other = wideScopePlace(m.scope, own, street);
      // 南昌市实现…，全市新设经营主体14.2万户 in a province's report: 全市 is the city its sentence named before it.
      if (other === null && own.level === "province" && m.scope === "全市") {
        other = placeNamedBefore(text, m.start, "市", own, m.sentenceStart);
        // (No city named: still no figure of the province's whole.)
        if (other === null) dropIndicator(m);
      }
    }
    if (other === null && parentVoice !== null && !voiceInClause && m.scope === null) {
      let voices = voicesOf.get(m.sentenceStart);
      if (voices === undefined) {
        voices = [...text.slice(m.sentenceStart, m.sentenceEnd).matchAll(parentVoice)].map((v) => m.sentenceStart + v.index + v[0].length);
        voicesOf.set(m.sentenceStart, voices);
      }
      let last = -1;
      for (const at of voices) if (at <= m.start) last = at;
      // (我县…142件，我镇…1件: the town's own first person after it takes its clause back.)
      if (last >= 0 && !firstPerson.test(text.slice(last, m.start))) other = own;
    }
    if (other !== null) {
      // 越城区、柯桥区、上虞区…占64.2%: the places listed together, not the last of them; with 分别
      // (九江、上饶分别为2104件和1876件) each figure in turn is one place's.
      const together = named !== null && named.place === other ? named.listed : undefined;
      // 南昌市本级受理…: that place's own level, not its whole territory.
      // 枝江市董市镇推行…: the town acts, the county is its address.
      const sub = named !== null && named.place === other ? named.sub : named === null && other === topic ? topicSub : undefined;
      // (其中市本级700件、平江县300件: a level word of an item before the place is that item's, not the place's level.)
      const levelOfPlace = m.scope !== null && OWN_LEVEL_SCOPE_RE.test(m.scope) && clause.lastIndexOf(m.scope) >= clause.lastIndexOf(other.name);
      let scope = levelOfPlace ? `${other.name}本级` : sub !== undefined ? other.name + sub : other.name;
      if (together && together.length > 1) {
        scope = together.map((p) => p.name).join("、");
        if (EACH_IN_TURN_RE.test(clause)) {
          if (from !== eachFrom) {
            eachFrom = from;
            eachIdx = 0;
          }
          scope = together[eachIdx++]?.name ?? scope;
        }
      }
      m.scope = scope;
      // (A street's report has its district as `own`: the district acting is no other place whose parts go with it.)
      if (other.code !== own.code) given.add(m);
      dropIndicator(m);
      n++;
    }
  }
  return n;
}
/** Places listed and closed by 等 right before a count (南昌县、瑞金市、玉山县等30个): examples of the set the count counts. */
const EXAMPLES_OF_COUNT_RE = /[\u4e00-\u9fa5]{2,10}(?:省|市|区|县|旗|州|盟)(?:、[\u4e00-\u9fa5]{2,10}(?:省|市|区|县|旗|州|盟))+等$/;
/** 我市, 本市, 我区, 我县: a first person of a level. */
const OTHER_VOICE_RE = /[我本]([市区县州])(?![场民级内外])/;
/** Right after a quotation: who said it (烟台市司法局副局长王强说); not a second speaker (…也表示) nor one past a comma. */
const SPEAKER_AFTER_RE = new RegExp(`^\\s*([^“”"。！？，,\\n]{2,30}?)(?<![也还则])(?:${SPEECH_VERBS_SOURCE})`);
/** Before a quotation: its speaker already named (…说：“, …表示：“). */
const SPEAKER_BEFORE_RE = new RegExp(`(?:${SPEECH_VERBS_SOURCE})?[：:]\\s*$`);
/** How far a quotation is read around a figure inside it. */
const QUOTATION_MAX = 300;
/**
 * The words naming who spoke the quotation the figure at `at` stands in, when they follow it and no speaker
 * introduced it; else null. (Searches stay within QUOTATION_MAX of the figure.)
 */
function quotationSpeaker(text: string, at: number): string | null {
  const floor = Math.max(0, at - QUOTATION_MAX);
  const before = text.slice(floor, at);
  const opened = before.lastIndexOf("“");
  if (opened < 0 || before.indexOf("”", opened) >= 0) return null;
  const open = floor + opened;
  if (SPEAKER_BEFORE_RE.test(text.slice(Math.max(0, open - 6), open))) return null;
  const window = text.slice(at, at + QUOTATION_MAX);
  const close = window.indexOf("”");
  // (One paragraph: a quotation does not run across lines here.)
  if (close < 0 || window.slice(0, close).includes("\n") || text.slice(open, at).includes("\n")) return null;
  return SPEAKER_AFTER_RE.exec(window.slice(close + 1))?.[1] ?? null;
}
/** How far back a speaker's place is looked for: a speaker line and the answer's opening. */
const SPEAKER_LOOKBACK = 400;
/** The last place ending in `levelChar`, within the report's own and not it, named in the text before `pos` (not before `floor`); else null. */
function placeNamedBefore(text: string, pos: number, levelChar: string, own: Place, floor = 0): Place | null {
  const from = Math.max(floor, pos - SPEAKER_LOOKBACK);
  const mentions = scanMentions(text.slice(from, pos).replace(NAMED_RE, (t) => " ".repeat(t.length)));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const place = mentions[k]!.places.find((p) => p.name.endsWith(levelChar) && p.code !== own.code && isWithin(p, own));
    if (place !== undefined) return place;
  }
  return null;
}

/**
 * 合肥市市、县两级共受理7264件，其中市政府本级受理2918件: a part of a figure given to another place is that
 * place's too (its own level, 合肥市本级, when the part names one), and no indicator of the report's place.
 */
function attributePartsOfOtherPlaces(metrics: ExtractedMetric[], given: ReadonlySet<ExtractedMetric>): number {
  let n = 0;
  for (const m of metrics) {
    if (m.partOf === null || given.has(m)) continue;
    const whole = metrics[m.partOf];
    if (whole === undefined || !given.has(whole) || whole.scope === null || whole.scope.includes("、")) continue;
    const place = whole.scope.endsWith("本级") ? whole.scope.slice(0, -2) : whole.scope;
    m.scope = m.scope !== null && OWN_LEVEL_SCOPE_RE.test(m.scope) ? `${place}本级` : whole.scope;
    dropIndicator(m);
    n++;
  }
  return n;
}

/** 以海宁市为例: a place held up as the example, which 该市 after it names. */
const EXAMPLE_PLACE_RE = /以([\u4e00-\u9fa5]{2,12})为例/;
function examplePlace(clause: string, own: Place): ActorVerdict | null {
  const m = EXAMPLE_PLACE_RE.exec(clause);
  const mention = m !== null ? scanMentions(m[1]!)[0] : undefined;
  if (mention === undefined) return null;
  const place = mention.places.find((p) => p.code === own.code) ?? mention.places[0]!;
  return { place, mine: place.code === own.code };
}

/** A clause that only states the figure, with no words of its own about whose it is (为, 达到, 同比增长, 下降). */
const BARE_PREDICATE_RE = /^(?:为|是|达|达到|约|仅|共|同比)?(?:增长|下降|增加|减少|上升|提高)?(?:了)?$/;
/** 市本级, 区本级, 州本级: a government's own level (not an office's 局本级). */
const OWN_LEVEL_SCOPE_RE = /^[省市区县州盟旗]本级$|^地区本级$/;
/** 县级层面，: a lead-in that frames the sentence with a level (whose scope the extractor gave its figures). */
const LEVEL_FRAME_RE = /层面[，,]/;
/** 全市, 全区, 全县: a whole territory, whichever place the sentence is about. */
const WHOLE_TERRITORY_RE = /^全[市区县]$/;

/** Start of the sentence a part after semicolons belongs to (back over ；, to the last 。！？ or line break). */
function chainStart(text: string, start: number): number {
  let p = start;
  for (;;) {
    let q = p - 1;
    while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000)) q--;
    if (q < 0 || !(text.charCodeAt(q) === 0xff1b || text.charCodeAt(q) === 59)) return p;
    p = q;
    while (p > 0 && !/[。！？!?\n]/.test(text[p - 1]!)) p--;
  }
}

/** 分别, 依次: the figures after a list of places are theirs in turn. */
const EACH_IN_TURN_RE = /分别|依次/;

/** 该市, 该区: the place named last. */
const THAT_PLACE_RE = /该[市区县](?![域场级])/;

/** Where the clause that starts at `from` ends: at the first ，；。 or line break, or `to`. */
function clauseEndAfter(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && !endsClause(text.charCodeAt(p))) p++;
  return p;
}
