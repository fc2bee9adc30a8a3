// The extractor's curated knowledge (JSON in lib/knowledge), compiled once at module load into
// the regular expressions and lookup tables the hot loop uses.

import unitsData from "../knowledge/units.json";
import wordsData from "../knowledge/extraction-words.json";
import cuesData from "../knowledge/pillar-cues.json";
import indicatorsData from "../knowledge/indicators.json";
import pillarsData from "../knowledge/pillars.json";
import placesData from "../knowledge/places.json";
import scopeNames from "../knowledge/scope-names.json";
import publisherPatterns from "../knowledge/publisher-patterns.json";
import type { PillarId } from "../pipeline/types";
import { YEAR_DIGITS_SOURCE } from "./parse-chinese-number";
import { WordMatcher } from "./word-matcher";

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation of words, longest first so the regex engine prefers the longest at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
}

export type UnitKind = "count" | "person" | "money" | "percent" | "ratio" | "duration" | "measure";

export interface UnitInfo {
  text: string;
  kind: UnitKind;
  notBefore: string[];
  /** Characters right before the number that make it no measure in this unit (10时30分: a time). */
  notAfter: string[];
}

export const UNITS = new Map<string, UnitInfo>(
  unitsData.units.map((u) => [u.text, { text: u.text, kind: u.kind as UnitKind, notBefore: u.notBefore ?? [], notAfter: (u as { notAfter?: string[] }).notAfter ?? [] }]),
);
export const UNIT_MATCHER = new WordMatcher(UNITS.keys());
/** Hours and minutes, a figure only after words of measuring or cutting a duration (压缩至2小时以内). */
export const MEASURED_DURATION_UNITS = new Map<string, UnitInfo>(
  unitsData.measuredDurations.units.map((u) => [u.text, { text: u.text, kind: u.kind as UnitKind, notBefore: [], notAfter: [] }]),
);
export const MEASURED_DURATION_MATCHER = new WordMatcher(MEASURED_DURATION_UNITS.keys());
export const MEASURED_DURATION_BEFORE = new WordMatcher(unitsData.measuredDurations.before);

export const MULTIPLIER_FACTORS = new Map<string, number>(unitsData.multipliers.map((m) => [m.text, m.factor]));
/** Nouns of people after a count in 万/亿 with no measure word (12.6万常住人口): a count of persons, in this unit. */
export const POPULATION_NOUNS = new WordMatcher(unitsData.populationNouns.words);
export const POPULATION_UNIT = unitsData.populationNouns.unit;
export const MULTIPLIER_MATCHER = new WordMatcher(MULTIPLIER_FACTORS.keys());

export type Bound = "lower" | "upper" | null;
export interface ApproxWord {
  text: string;
  bound: Bound;
  onlyBareMultiplier: boolean;
}
const approx = unitsData.approximation;
export const APPROX_PREFIXES: ApproxWord[] = approx.prefix
  .map((p) => ({ text: p.text, bound: p.bound as Bound, onlyBareMultiplier: Boolean((p as { onlyBareMultiplier?: boolean }).onlyBareMultiplier) }))
  .sort((a, b) => b.text.length - a.text.length);
export const APPROX_PREFIX_BY_WORD = new Map(APPROX_PREFIXES.map((p) => [p.text, p]));
export const APPROX_PREFIX_MATCHER = new WordMatcher(APPROX_PREFIXES.map((p) => p.text));
export const APPROX_PREFIX_NOT_AFTER = new Set(approx.prefixNotAfter);
export const APPROX_INFIX = new Map<string, Bound>(approx.infix.map((p) => [p.text, p.bound as Bound]));
export const APPROX_SUFFIXES: Array<ApproxWord & { notBefore: string[] }> = approx.suffix
  .map((p) => ({ text: p.text, bound: p.bound as Bound, onlyBareMultiplier: false, notBefore: (p as { notBefore?: string[] }).notBefore ?? [] }))
  .sort((a, b) => b.text.length - a.text.length);

// ---------------------------------------------------------------------------------------------
// Words around figures

/** Levels joined into N级 (市县两级, 州县乡三级), also written with 、 between the levels (州、县、乡三级). */
const JOINED_LEVELS_RE = /^([省市州盟区县])([市州区县乡镇])([县区乡镇村]?)([两三四]级)$/;
function withListedLevels(words: string[]): string[] {
  const out = [...words];
  for (const w of words) {
    const m = JOINED_LEVELS_RE.exec(w);
    if (m) out.push([m[1], m[2], m[3]].filter((x) => x !== "").join("、") + m[4]);
  }
  return out;
}
export const SCOPE_WORDS = withListedLevels(wordsData.scopes.words);
export const SCOPE_RE = new RegExp(alternation(SCOPE_WORDS), "g");
/** The same words for one trie scan over a whole text. */
export const SCOPE_MATCHER = new WordMatcher(SCOPE_WORDS);
/** Bodies of a level after a count of its places (10个街镇综合执法大队): the sentence's later figures are that level's. */
export const LEVEL_BODIES = new WordMatcher(wordsData.scopes.levelBodies.words);
/** The bodies and people of a level that act in its clause (调委会, 法律顾问). */
export const LEVEL_ACTORS = new WordMatcher([...wordsData.scopes.levelBodies.words, ...wordsData.scopes.levelActors.words]);
/** 行业性, 企事业单位: a list item's words that make it a body of no territorial level. */
export const OTHER_BODY_QUALIFIERS = new WordMatcher(wordsData.scopes.otherBodyQualifiers.words);
/** Level nouns that are a scope only when they are all that stands before a figure (其中街道862人). */
export const BARE_LEVELS = new Map<string, string>(Object.entries(wordsData.scopes.bareLevels as Record<string, string>).filter(([w]) => !w.startsWith("$")));
type CanonicalScope = string | Record<string, string>;
const SCOPE_CANONICAL = wordsData.scopes.canonical as unknown as Record<string, CanonicalScope>;
/** The report's own level as a one-character jurisdiction (市, 区, 县, 省, 镇). */
export type Jurisdiction = "省" | "市" | "区" | "县" | "镇";
/** Written scope → canonical scope for a report of the given level (全市各级 → 全市, 市政府本级 → 市本级). */
/** `own` names the place's own level where it differs from its jurisdiction's character (州本级 for a 自治州). */
export function canonicalScope(word: string, j: Jurisdiction, own: string = j): string {
  // 州、县、乡三级 reads as 州县乡三级.
  const c = SCOPE_CANONICAL[word] ?? (word.includes("、") && word.endsWith("级") ? SCOPE_CANONICAL[word.replace(/、/g, "")] : undefined);
  if (c === undefined || word.startsWith("$")) return word;
  const target = typeof c === "string" ? c : (c[j] ?? c["*"] ?? word);
  return target.replace("{J}", own);
}
/** A scope word followed by these places a ranking (在全省率先, 全省首家), not the figure's scope. */
export const SCOPE_NOT_BEFORE = new WordMatcher(wordsData.scopes.notBefore);
/** Honours a grade level (市级, 自治区级) may grade (依法治校示范校, 先进单位): the level is no scope before them. */
export const HONOURS_AFTER_GRADE = new WordMatcher(wordsData.scopes.honoursAfterGrade);
/** What may open a clause before a place or a named unit that acts in it (全年汤峪镇办理…, 2024年，…, 同期芜湖市…). */
export const ACTOR_LEAD_IN_SOURCE = `(?:(?:19|20)[0-9]{2}年(?:度|以来|底|末)?[，,]?\\s*)?(?:(?:${alternation(wordsData.placeObjectMarkers.leadInWords)})[，,]?\\s*)?`;
export const ACTOR_LEAD_IN_RE = new RegExp(`^\\s*${ACTOR_LEAD_IN_SOURCE}`);
/** Before 系统: words that make it a platform (办案系统, 信息系统), not an office's line. */
export const PLATFORM_BEFORE_SYSTEM = new WordMatcher(wordsData.scopes.platformBeforeSystem);
/** 移送公安机关, 会同市场监管部门: another office's line, where a figure went or who worked with the reporting one. */
export const OTHER_LINE_BEFORE = new WordMatcher(wordsData.scopes.otherLineBefore);
/** A table change cell's signs and words of direction (↑, ▼, 增长), as a regex alternation, longest first. */
export const TABLE_CHANGE_SIGN_SOURCE = alternation([...wordsData.change.tableCellSigns.up, ...wordsData.change.tableCellSigns.down]);
/** The signs and words of a fall (-, ↓, 下降). */
export const TABLE_CHANGE_FALL_SIGNS: ReadonlySet<string> = new Set(wordsData.change.tableCellSigns.down);
/** 减免, 延期: before a duration, the term of a measure (减免3个月租金). */
export const TERM_VERBS = new WordMatcher(wordsData.skipBefore.termVerbs.words);
/** 同口径, 按不变价格计算: how a change was measured, between a figure and its change (、同口径增长3.2%). */
export const CHANGE_QUALIFIER_BETWEEN_RE = new RegExp(`^[，,、\\s]*(?:${wordsData.change.measuredOn.map(escapeRe).join("|")}|扣除[\\u4e00-\\u9fa5]{1,8}因素后?)[，,]?\\s*$`);
/** Before an actor's year (对2021年出台的…): a preposition opening the words, which then describe an object. */
export const ACTOR_YEAR_PREPOSITIONS = new Set<string>(wordsData.actorYear.prepositions);
const actingBodies = wordsData.actingBodies;
/** 行政复议机关, 各部门: a body that acts. */
export const ACTING_BODY_RE = new RegExp(actingBodies.words.map(escapeRe).join("|"));
/** 政府共收到 less its verb: a body, perhaps a filler, and nothing after it. */
export const ACTOR_THEN_VERB_RE = new RegExp(`(?:${actingBodies.words.map(escapeRe).join("|")})(?:${actingBodies.fillers.map(escapeRe).join("|")})?$`);
/** 跨越, 突破: a verb of passing before a milestone's amount. */
export const MILESTONE_VERBS = new WordMatcher(wordsData.milestones.verbs);
/** Before a later amount of the list: the verb and the amounts before it (跨越4000亿元、). */
export const MILESTONE_LIST_BEFORE_RE = new RegExp(`(?:${wordsData.milestones.verbs.map(escapeRe).join("|")})(?:[0-9０-９.]+[万亿]*[\\u4e00-\\u9fa5]{0,2}?[、和及])+$`);
/** After the amount: more amounts listed, then the milestone's mark (、5000亿元台阶). */
export const MILESTONE_AFTER_RE = new RegExp(`^(?:[、和及][0-9０-９.]+[万亿]*[\\u4e00-\\u9fa5]{0,2}?)*的?新?(?:${wordsData.milestones.marks.map(escapeRe).join("|")})`);
/** Words a scope word may stand inside without being one (村居 in 农村居民). */
export const SCOPE_NOT_WITHIN: readonly string[] = wordsData.scopes.notWithin;
/** 司法部有关负责人介绍，: a speaker and a verb of saying that lead a sentence in; what follows is the sentence proper. */
export const SPEAKER_LEAD_RE = new RegExp(`^[^，,。；;：:]{0,16}(?:${wordsData.placeObjectMarkers.speechVerbs.map(escapeRe).join("|")})[，,：:]`);
/** 据此, 采纳检察建议: what others did as the outcome of the actor's work, no total of the place's own. */
export const CONSEQUENCE_WORDS = new WordMatcher(wordsData.consequences.words);
const referenceValues = wordsData.referenceValues;
/** 高于, 优于: a word of comparison right before a figure that may be a reference value. */
export const REFERENCE_COMPARATIVES = new WordMatcher(referenceValues.comparatives);
/** 省定, 法定: may stand between the word of comparison and the figure (低于省定15%…). */
export const REFERENCE_QUALIFIERS = new WordMatcher(referenceValues.qualifiers);
/** After such a figure: 的, qualifiers (的问责红线), then a goal (group 1) or a benchmark (group 2). */
export const REFERENCE_AFTER_RE = new RegExp(`^的(?:${referenceValues.qualifiers.map(escapeRe).join("|")}){0,2}(?:(${referenceValues.goals.map(escapeRe).join("|")})|(${referenceValues.benchmarks.map(escapeRe).join("|")}))`);
/** After a level: its bodies, perhaps more levels joined to it, then a verb of sending (各县市报送的, 市州政府和省直部门报备的): the objects' source when 的 follows (group 1) or a verb stands before the level. */
export const SCOPE_SOURCE_AFTER_RE = new RegExp(
  `^(?:${wordsData.scopes.sourceBodies.map(escapeRe).join("|")})?(?:[和、及与][^，,。；;0-9]{1,10}?)?(?:${wordsData.scopes.sourceVerbs.map(escapeRe).join("|")})(?:备案)?(的)?`,
);
export const SCOPE_NOT_AFTER = new Set(wordsData.scopes.notAfter);
/** Bare level nouns (街道) that are no scope after a list join (乡镇、街道、社区). */
export const BARE_LEVEL_WORDS: ReadonlySet<string> = new Set(wordsData.scopes.bareLevelNotAfter.words);
export const BARE_LEVEL_NOT_AFTER: ReadonlySet<string> = new Set(wordsData.scopes.bareLevelNotAfter.after);
/** Characters that make a 全 the end of another word (健全, 完全): no 全市 starts there. */
export const SCOPE_WHOLE_NOT_AFTER = new Set(wordsData.scopes.wholeNotAfter);
/** Scope words that, right after a figure, name the kind of office counted (9个区直执法单位), not a level. */
export const SCOPE_NOT_AFTER_FIGURE = new Set(wordsData.scopes.notAfterFigure);
/** Verbs before a scope word that make it the source of an object (落实全市…清单), not the figure's scope. */
export const SCOPE_NOT_AFTER_WORDS = new WordMatcher(wordsData.scopes.notAfterWords);

export const PERIOD_BLOCKERS = wordsData.periodBlockers.after;
export const RELATIVE_YEARS = wordsData.relativeYears as Record<string, number>;

const YEAR_NUMERAL = "(?:\\d{4}|[二〇零一两三四五六七八九]{4})";
// An alternation, not a character class: escapeRe leaves "-" alone, which inside [...] would make a range.
const YEAR_SPAN_SEPARATORS = `(?:${alternation(wordsData.multiYearSpan.separators)})`;
/** The start of a span of years ending right before a year (2020— / 2020年至 before 2022年). */
export const YEAR_SPAN_START_RE = new RegExp(`${YEAR_NUMERAL}年?${YEAR_SPAN_SEPARATORS}$`);
/** Dates and time spans at the start of the words before a figure (2021年8月至年底, 截至2022年底, 2020—2022年, 1至11月). */
export const DATE_LEAD_RE = new RegExp(
  `^(?:${YEAR_NUMERAL}年?${YEAR_SPAN_SEPARATORS}${YEAR_NUMERAL}年(?:度)?(?:以来)?|` +
    /(?:(?:截至|截止|自|从|在)?(?:\d{4}|[二〇零一两三四五六七八九]{4})年(?:度)?(?:\d{1,2}月份?)?(?:\d{1,2}日)?(?:以来|至今|底|末|前|上半年|下半年|全年|[至到](?:年底|今|\d{1,2}月(?:底)?))?|\d{1,2}[至到—\-－~]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?(?:\d{1,2}日)?(?:以来|底|末)?(?:[至到]\d{1,2}月|[至到]年底)?)/.source +
    ")",
);
/** One-character fillers that are stripped only when the next character does not make a word (共享, 和解). */
export const LEADING_GUARDS = new Map<string, string>(
  Object.entries(wordsData.leadingFillers.guarded as Record<string, string>).filter(([w]) => !w.startsWith("$")),
);
/** Leading fillers that belong to a rate's name after them (及时受理率). */
export const LEADING_KEPT_IN_RATE_NAME: ReadonlySet<string> = new Set(wordsData.leadingFillers.keptInRateName.words);
export const LEADING_MATCHER = new WordMatcher([...wordsData.leadingFillers.words, ...SCOPE_WORDS, ...LEADING_GUARDS.keys()]);
export const TRAILING_MATCHER = new WordMatcher(wordsData.trailingWords.words);
/** One-character trailing words kept after the characters that make them part of a word (行为, 所有). */
export const TRAILING_GUARDS = new Map<string, string>(
  Object.entries(wordsData.trailingWords.guarded as Record<string, string>).filter(([w]) => !w.startsWith("$")),
);
/** Subject endings that name one category of a total (市场监管类, 交通运输领域). */
export const BREAKDOWN_SUFFIXES = new WordMatcher(wordsData.breakdownSuffixes.words);
export const VERB_MATCHER = new WordMatcher(wordsData.verbs.words);
/** 立案, 查处, 办理…: the verbs an office's own whole count opens with (局机关立案查处案件218件). */
export const OWN_TOTAL_VERBS: ReadonlySet<string> = new Set(wordsData.ownTotalVerbs.words);
/** 深化, 探索, 打造…: a named unit before one of them opens its sentence as the actor (同里镇深化…，调解纠纷1,093件). */
export const INITIATIVE_VERBS = new WordMatcher(wordsData.initiativeVerbs.words);
/** Verb words that are nouns when they end a run of verbs (建成调解组织). */
export const NOUN_WHEN_LAST_VERBS: ReadonlySet<string> = new Set(wordsData.verbs.nounWhenLast.words);
export const CONJUNCTIONS = new Set(["和", "及", "、", "并", "或"]);
export const AFTER_NOUN_STOPS = new WordMatcher(wordsData.afterNounStops.words);
/** Adverbs that end the noun after a figure when a verb follows them (…组织共调解…). */
export const AFTER_NOUN_ADVERBS = new WordMatcher(wordsData.afterNounAdverbs.words);
export const ABSTRACT_NOUNS = new WordMatcher(wordsData.abstractNouns.words);

const change = wordsData.change;
export const CHANGE_DOWN = new Set(change.down);
export const NEW_LEVEL_AFTER_CHANGE: ReadonlySet<string> = new Set(change.newLevelAfterChange.words);
export const CHANGE_DIRECTIONS = new WordMatcher([...change.up, ...change.down]);
export const CHANGE_BASES = new WordMatcher(change.bases);
/** 比去年多300余件: verbs that say an increase only right after a basis. */
export const CHANGE_UP_AFTER_BASIS = new WordMatcher(change.upAfterBasisOnly.words);
/** 同比分别增长, 比去年还多出: words between a change's basis and its verb. */
export const CHANGE_BASIS_FILLERS = new WordMatcher(change.betweenBasisAndVerb.words);
/** Adverbs before a change direction that says a trend (持续增加). */
export const TREND_ADVERBS = new WordMatcher(change.trendAdverbs.words);
/** 较2020年 / 比2019年同期: a basis naming a year, matched on the few characters before a verb. */
export const CHANGE_BASIS_YEAR_RE = new RegExp(`(?:${change.basisYearPattern})$`);
/** Changes said in words (翻了一番, 减少一半): their amounts, in the order of WORD_CHANGE_AFTER_RE's groups 2, 3, …. */
export const WORD_CHANGES = change.wordAmounts.items.map((w) => ({ value: w.value, direction: w.direction as "up" | "down" | "flat" }));
/** Right after a figure: a comma, a basis (group 1) and a change said in words (one group per WORD_CHANGES item). */
export const WORD_CHANGE_AFTER_RE = new RegExp(
  `^[，,]?((?:${[...change.bases].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})|${change.basisYearPattern})?(?:${change.wordAmounts.items.map((w) => `(${w.pattern})`).join("|")})`,
);
export const PART_OF_WORDS = wordsData.partOf;
/** 清理 → 废止, 修改…: the outcomes of an action, whose counts after its total are parts of it. */
export const OUTCOMES_OF: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(wordsData.outcomesOf).filter((e): e is [string, string[]] => !e[0].startsWith("$")),
);
/** Words that hand out the figures after them to the items of the list before them, in order (分别, 依次). */
export const DISTRIBUTION_WORDS: readonly string[] = wordsData.distribution.words;
/** Right after a count's 个: a division of the place and a word that makes the count a frame (11个设区市中, 9个社区全覆盖). */
export const DIVISION_FRAME_AFTER_RE = new RegExp(
  `^(?:${[...wordsData.divisionFrame.divisions].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})(?:${wordsData.divisionFrame.after.map(escapeRe).join("|")})`,
);
/** A clause that says where a news item's figures come from (据统计, 记者从市司法局获悉): it leads in, it names no actor. */
/** 分地区看, 从各县区看, 具体来看: a lead-in that turns to the parts of what was just said. */
export const BREAKDOWN_VIEW_SOURCE = "分[\\u4e00-\\u9fa5（）()、]{1,8}看|从[\\u4e00-\\u9fa5（）()、]{1,8}(?:来看|看)|具体(?:来)?看";
export const REPORTED_LEAD_IN_SOURCE = "据(?:统计|了解|介绍|悉)|记者(?:从[^，,]{1,24})?(?:了解到|获悉)|(?:从[^，,]{1,24})?获悉";
/** Words before a figure that make it a goal (力争, 预计). */
/**
 * 法治日报北京3月15日电, 本报讯: a news lede, an outlet's name then 电 or 讯. The outlet names the news-outlet
 * suffixes, less a bare 报, which ends words that are no paper (接报, 通报, 举报), plus the paper's own 本报.
 */
export const NEWS_LEDE_RE = new RegExp(
  `^[^，。；：,;:（(]{0,16}?(?:本报|${alternation(publisherPatterns.newsOutletSuffixes.filter((w) => w !== "报"))})[^，。；：,;:（(0-9]{0,6}?(?:\\d{1,2}月\\d{1,2}日)?\\s*[${publisherPatterns.newsLedeMarkers.join("")}](?:\\s*[（(][^）)]{0,20}[）)])?\\s*`,
);
/** A goal's name ends in a goal word (出庭应诉率目标值, 年度目标): without it, the measure a result after it states. */
export const GOAL_SUFFIX_RE = new RegExp(`(?:的)?(?:年度)?(?:${alternation(wordsData.referenceValues.goals)})$`);
export const TARGET_WORDS = new WordMatcher(wordsData.targets.words);
/** 部分完成, 转入: how a remarks cell that reports a row's progress opens. */
export const PROGRESS_REMARKS = new WordMatcher(wordsData.progressRemarks.words);
/** Words between a goal word and a figure that make the figure a result after all (目标值为90%，实际完成98.6%). */
export const ACHIEVED_WORDS = new WordMatcher(wordsData.targets.achieved.words);
/** A result's subject that is only a result word or its start (实际完成; 实际, once 实际为 lost its copula). */
export const ACHIEVED_SUBJECTS: ReadonlySet<string> = new Set(wordsData.targets.achieved.words.flatMap((w: string) => Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i + 2))));
/** What follows 争取 when it says what was secured (争取上级资金2.3亿元), not a goal. */
export const SECURED_AFTER_RE = new RegExp(wordsData.targets.securedAfter.pattern);
/** Words before a figure in its sentence that make it cover part of a year (一季度, 上半年). */
export const PART_YEAR_WORDS = new WordMatcher(wordsData.annualOnly.partYear);
/** Words before a figure in its sentence that date it to the epidemic (疫情期间): no annual total, though no calendar part of a year either. */
export const EPIDEMIC_PERIOD_WORDS = new WordMatcher(wordsData.annualOnly.epidemicPeriod);
/** 疫情防控, 核酸: the epidemic as the topic of a figure's own clause. */
export const EPIDEMIC_TOPIC_WORDS = new WordMatcher(wordsData.annualOnly.epidemicTopic);
/** A month range or a date before the year's end (1—6月, 截至11月底). */
export const MONTH_RANGE_RE = new RegExp(wordsData.annualOnly.monthRangePattern);
const PART_YEAR_PHRASE_RE = new RegExp(wordsData.annualOnly.partYearPhrase);
/** A heading or a paragraph's opening clause that starts by dating what follows (一、上半年主要工作成效; 2024年1—6月，). */
const PART_YEAR_OPENING_RE = new RegExp(`^(?:[（(]?[一二三四五六七八九十0-9]{1,3}[、）).．]\\s*)?((?:(?:19|20)[0-9]{2}年|今年|本年度?)?${wordsData.annualOnly.partYearPhrase})`);
/** Whether a title names part of a year (2024年上半年法治政府建设工作总结, 一季度). */
export function titleNamesPartOfYear(title: string): boolean {
  return PART_YEAR_PHRASE_RE.test(title);
}
/** A span of years a title names: “十四五”, 2021—2025年, 五年来. */
const TITLE_SPAN_RE = /[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|以来)?|(?:19|20)[0-9]{2}\s*年?\s*[—–\-－~至到]\s*(?:19|20)[0-9]{2}\s*年|[两三四五六七八九十]年(?:来|以来|间)/;
/** After the span: words of a look back at it (评估, 总结, 情况的报告), not the plan itself (…规划). */
const TITLE_REVIEW_RE = new RegExp(wordsData.titleSpans.reviewWords.map(escapeRe).join("|"));
/** A year of its own in a title, in digits or numerals (2024年, 二〇二四年). */
const TITLE_OWN_YEAR_RE = new RegExp(`(?:${YEAR_DIGITS_SOURCE})\\s*年`);
/**
 * The span a title covers when it reviews several years' work (芜湖市“十四五”法治政府建设规划终期评估报告), else
 * null; a title that also names one year (2024年…暨“十四五”…) is that year's report.
 */
export function titleSpanWords(title: string): string | null {
  const m = TITLE_SPAN_RE.exec(title);
  if (m === null || !TITLE_REVIEW_RE.test(title.slice(m.index + m[0].length))) return null;
  const rest = title.slice(0, m.index) + title.slice(m.index + m[0].length);
  return TITLE_OWN_YEAR_RE.test(rest) ? null : m[0];
}
/** Whether a heading or a paragraph's opening clause starts by dating what follows to part of a year. */
export function opensWithPartOfYear(s: string): boolean {
  return PART_YEAR_OPENING_RE.test(s);
}
/** The words by which a heading or an opening clause dates what follows to part of a year (2024年1—6月), else null. */
export function partOfYearWords(s: string): string | null {
  return PART_YEAR_OPENING_RE.exec(s)?.[1] ?? null;
}
/** Words in a figure's clause that make it an amount cut rather than a level (减少, 压减). */
export const REDUCTION_WORDS: readonly string[] = wordsData.annualOnly.reductions;
/** Words in a figure's clause that make it what was not reached (尚未达到). */
export const NEGATION_WORDS = new WordMatcher(wordsData.annualOnly.negations);
/** Nouns after a figure that make it a count of fields or sectors (14个领域). */
export const CONTAINER_NOUNS: readonly string[] = wordsData.annualOnly.containerNouns;
/** 截至…累计…: a running total (words in the clause, words before it in the sentence). */
export const CUMULATIVE_WORDS = new WordMatcher(wordsData.annualOnly.runningTotal.cumulative);
export const UNTIL_WORDS = new WordMatcher(wordsData.annualOnly.runningTotal.until);
/** 全年…, 新归集…: what the year added, not the level a stock indicator counts. */
export const YEAR_FLOW_WORDS = new WordMatcher(wordsData.annualOnly.yearFlow.words);
/** 连续四年: a streak of years (a bound after it is a threshold held, not a level). */
export const STREAK_RE = new RegExp(wordsData.annualOnly.streakPattern);
export const STREAK_END_RE = new RegExp(`${wordsData.annualOnly.streakPattern}$`);
/** 中 after a figure that picks out a part of it (977件中…236件), and what after it makes a noun instead. */
export const AMONG: { word: string } = { word: wordsData.among.word };
export const AMONG_NOT_BEFORE = new WordMatcher(wordsData.among.notBefore);
/** A subject that names one topic of a total (涉疫纠纷, 涉企案件). */
export const SUBSET_RE = new RegExp(wordsData.annualOnly.subsetPattern);
/** One sector's class of items, data or staff (教育领域政务服务事项, 教育数据): that sector's share of a place-wide measure. */
export const SECTOR_RE = new RegExp(wordsData.annualOnly.sectorPattern);
/** 100个县（市、区）中有72个败诉率控制在5%以内: a rate after a count of places is a threshold they met. */
export const PLACES_MEETING_RE = new RegExp(wordsData.annualOnly.placesMeetingPattern);
/** 每3年复核一次: a schedule's frequency (words before the figure in its clause, the units and the largest count it may be). */
export const SCHEDULE = {
  re: new RegExp(wordsData.annualOnly.schedule.pattern),
  units: new Set(wordsData.annualOnly.schedule.units),
  maxValue: wordsData.annualOnly.schedule.maxValue,
};
/** 满分170分: the words before the top of a score's scale. */
export const SCORE_SCALE_BEFORE_RE = new RegExp(wordsData.annualOnly.scoreScale.pattern);
/** 不少于60个的要求: what after an approximate figure makes it a criterion. */
export const CRITERION_AFTER_RE = new RegExp(wordsData.annualOnly.criterion.pattern);
/** 三台县, 九台区, 七台河市: place names that open with a numeral, so that 三台 is never read as 3 台. */
export const NUMERAL_PLACE_NAMES = new WordMatcher((placesData as Array<{ name: string }>).map((p) => p.name).filter((name) => "一二三四五六七八九十百千万两零".includes(name[0]!)));
/** 收到, 受理…: verbs of what comes in; a count of them is no part of a count of what was closed (审结, 办结…). */
export const INTAKE_VERBS: ReadonlySet<string> = new Set(wordsData.partOfVerbs.intake);
export const CLOSING_VERBS: ReadonlySet<string> = new Set(wordsData.partOfVerbs.closing);
/** 出庭应诉率达到100%的区县有8个: what after a figure makes it the criterion of a counted set. */
export const CRITERION_SET_AFTER_RE = new RegExp(wordsData.annualOnly.criterion.setPattern);
/** 长宁县（14.3%）: the endings of a place's or a body's name a bracketed figure after it belongs to, and where the name stops. */
export const BRACKET_OWNER = {
  suffixes: new WordMatcher(wordsData.annualOnly.bracketOwner.suffixes),
  stops: new Set([...wordsData.annualOnly.bracketOwner.stops].map((c) => c.charCodeAt(0))),
};
/** 为农民工提供法律援助案件512件: a service count for one group of people, not for everyone. */
export const BENEFICIARY_RE = new RegExp(`为[^，,。；;]{0,8}?(?:${wordsData.annualOnly.beneficiaryGroups.join("|")})`);
/** Words in a figure's clause that make it an average (人均, 平均, 每). */
export const PER_UNIT_WORDS = new WordMatcher(wordsData.annualOnly.perUnit);
/** 上线以来, 改革以来: the figures after them add up the years since a launch. */
export const SINCE_LAUNCH_WORDS = new WordMatcher(wordsData.annualOnly.sinceLaunch);
/** In an office's own report: the scope of a figure that states no level, and of one across the office's line (全市…系统). */
export const OFFICE_SCOPE = wordsData.officeScopes.own;
export const OFFICE_SYSTEM_SCOPE = wordsData.officeScopes.system;
/** Whether a scope word names the reporting office itself (局机关, 市局本级, 我局), whatever the place's level. */
export function namesOfficeItself(word: string): boolean {
  return SCOPE_CANONICAL[word] === OFFICE_SCOPE;
}
/** 各部门, 各行政执法机关: all the place's offices, whose figure an office's report gives for the place. */
export const ALL_OFFICES_WORDS = new WordMatcher(wordsData.officeScopes.allOffices.words);
/** 会同各有关部门: offices named as partners, not as the actor. */
export const ALL_OFFICES_NOT_AFTER = new WordMatcher(wordsData.officeScopes.allOffices.notAfter);
export const OFFICE_SYSTEM_WORDS = new WordMatcher(wordsData.officeScopes.systemWords);
const lineActors = wordsData.officeScopes.lineActors;
/** 全市公安机关, 税务部门, 公安政务服务: one line of offices named as the actor, opening a clause or a subject (the line in group 1). */
export const LINE_ACTOR_RE = new RegExp(
  `^(?:(?:19|20)[0-9]{2}年度?[，,]?)?(?:全年|今年)?(?:全?[省市区县州盟旗])?(?:各级)?(${[...wordsData.officeScopes.systemWords.filter((w) => !lineActors.exceptLines.includes(w)), ...lineActors.extraLines].join("|")})(?:${lineActors.bodies.join("|")})`,
);
/** Office lists may name the one list of service and data bureaus as @serviceDataOffices. */
function expandOffices(offices: readonly string[]): string[] {
  return offices.flatMap((o) => (o === "@serviceDataOffices" ? wordsData.officeScopes.wholePlaceLines.serviceDataOffices : [o]));
}
/** The lines of work an office does for its whole place, by how the office's name ends. */
export const OFFICE_WHOLE_PLACE_LINES = wordsData.officeScopes.wholePlaceLines.lines.map((l) => ({ offices: expandOffices(l.offices), words: new WordMatcher(l.words) }));
/** Offices (by how the name ends) whose report speaks for the whole place unless it states the office's own level. */
export const WHOLE_PLACE_OFFICES: readonly string[] = wordsData.officeScopes.wholePlaceLines.wholePlaceOffices;
/** Canonical scopes of no reporting place: one office (局本级) or the whole nation (全国). */
export const NO_PLACE_SCOPES: ReadonlySet<string> = new Set([...wordsData.officeScopes.words, ...wordsData.nationalScopes.words]);
/** A development zone's label (功能区): another zone's figures in a report, its whole in the zone's own. */
export const ZONE_SCOPE = wordsData.nationalScopes.zone.label;
/** An office that opens a part of a sentence (市司法局, 区人民法院): the part speaks for it. */
export const OWN_ACTOR_RE = new RegExp(`^[省市区县][\u4e00-\u9fa5]{0,6}?(?:${wordsData.ownActors.suffixes.join("|")})`);
/** The report's own government acting in its own name (市政府收到…, 市政府法律顾问): what follows 政府. */
export const OWN_GOVERNMENT = wordsData.ownLevelActors.government;
/** A place named 盟/旗/自治州/地区 names its government by that character (盟行政公署, 州政府): suffix → character. */
export const AREA_SUFFIXES: Readonly<Record<string, string>> = wordsData.ownLevelActors.areaSuffixes;
export const AREA_GOVERNMENTS: readonly string[] = wordsData.ownLevelActors.areaGovernments;
/** A development zone's name (芜湖经济技术开发区, 苏州工业园区): governed by a 管理委员会, not a people's government. */
export const ZONE_NAME_RE = /(?:开发区|产业园区|工业园区|保税区)$/;
/** A development zone's government (管委会): its own level's actor. */
export const ZONE_GOVERNMENTS: readonly string[] = wordsData.ownLevelActors.zoneGovernments;
export const OWN_GOVERNMENT_FOLLOWERS = new WordMatcher(wordsData.ownLevelActors.followers);
/** Heading words of a section of goals (工作计划, 下一步) or of shortcomings (存在的问题). */
/** A paragraph that opens by announcing plans, after a speaker's name (陈立群：下半年，我们将…; 下一步，我市将…). */
export const PLAN_OPENING_RE = new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,4}[：:])?\\s*(?:${wordsData.targets.paragraphOpenings.join("|")})[，,]?(?:我们|我市|我区|我县|我局|全市|全区|全县)?(?:还)?将`);
export const PLAN_HEADING_WORDS = new WordMatcher([...wordsData.targets.headings, ...wordsData.targets.problemHeadings]);
/** Headings of plans alone (下一步工作打算): their goals are for the year after the report's. */
export const PLAN_ONLY_HEADING_WORDS = new WordMatcher(wordsData.targets.headings);
/** Headings of shortcomings (存在的问题): no figure under them is a result, whatever year it states. */
export const PROBLEM_HEADING_WORDS = new WordMatcher(wordsData.targets.problemHeadings);
/** A table row's label that names a kind of thing counted (道路运输, 行政规范性文件), not whose row it is; brackets aside. */
export const KIND_ROW_LABEL_RE = new RegExp(`(?:${wordsData.tableKindRows.endings.map(escapeRe).join("|")})(?:[（(][^）)]*[）)])?$`);
/** The name column's header of a table whose rows are kinds of thing counted (行为类别, 审结方式), not whose figures. */
export const KIND_TABLE_HEADER_RE = new RegExp(`(?:${wordsData.tableKindRows.headers.map(escapeRe).join("|")})$`);
/** The name column's header of a table whose rows are the bodies a case was brought against (被申请人): the role, in group 0. */
export const ROLE_TABLE_HEADER_RE = new RegExp(`^(?:${wordsData.tableKindRows.roles.map(escapeRe).join("|")})$`);
/** Words that make the start of a from–to phrase a norm, not an earlier level (由法定的20个工作日). */
export const FROM_TO_NOT_AFTER: readonly string[] = wordsData.fromTo.notAfter;
/** When or how a comparison base was taken, before its 的 (较上年评估时的89.5%): an alternation, longest first. */
export const BASE_QUALIFIER_SOURCE = `(?:${[...wordsData.comparisonBaseQualifiers.words].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})`;
/** The kinds a total over kinds adds up (合同, 规范性文件, 重大行政决策), longest first. */
export const TOTAL_KINDS: readonly string[] = [...wordsData.totalOfKinds.kinds].sort((a, b) => b.length - a.length);
/** A town's or subdistrict's whole or own level (全镇, 街道本级): the place's own only in a town's or subdistrict's report. */
export const TOWN_LEVEL_SCOPES: ReadonlySet<string> = new Set([...scopeNames.classes.whole, ...scopeNames.classes.own].filter((s) => /镇|乡|街道/.test(s)));
/** Verbs of change (提升, 下降, 增至): after a level (由61.5%提升至…) they name no noun of it. Words of two characters and more only. */
export const CHANGE_VERB_WORDS = new WordMatcher([...wordsData.change.up, ...wordsData.change.down, "增至", "降至", "升至"].filter((w) => w.length >= 2));
/** A third-party evaluation's figures: the evaluators acting in the sentence (评估组评查的…), or respondents in the clause (受访企业). */
export const EVALUATION_RE = new RegExp(wordsData.evaluation.pattern);
export const RESPONDENT_RE = new RegExp(wordsData.evaluation.respondentPattern);
/** A heading of a section on 信息公开 cases in 复议 or 诉讼: its figures map to no 复议 or 诉讼 indicator. */
export const TOPIC_ONLY_HEADING_RE = new RegExp(wordsData.topicOnly.headingPattern);
const TOPIC_ONLY_TITLE_RE = new RegExp(wordsData.topicOnly.titlePattern);
const TOPIC_ONLY_BODY_HEADINGS: readonly string[] = wordsData.topicOnly.bodyHeadings;
/**
 * Whether a report is on one narrow topic (…政府信息公开工作年度报告): by its title, or by two of the
 * national format's headings among its section headings (the title may be cut or worded otherwise on a
 * portal; a sentence that quotes the headings is no heading).
 */
export function isTopicOnlyReport(title: string | null, headings: readonly string[]): boolean {
  if (title !== null && TOPIC_ONLY_TITLE_RE.test(title)) return true;
  return TOPIC_ONLY_BODY_HEADINGS.filter((h) => headings.some((heading) => heading.includes(h))).length >= 2;
}
/** Nouns of list items that do not say which list (事项): the sentence names it. */
export const GENERIC_ITEM_NOUNS: readonly string[] = wordsData.genericItemNouns.words;
/** Words that end a list's name (不予处罚清单, 重大行政决策事项目录). */
export const LIST_WORDS: readonly string[] = wordsData.genericItemNouns.lists;
export const SKIP_BEFORE = new WordMatcher(wordsData.skipBefore.words);
/** Of SKIP_BEFORE, the words after which a figure with a counting unit is a count (接听电话8000个). */
export const COUNTED_AFTER_CODE_WORDS: ReadonlySet<string> = new Set(wordsData.skipBefore.countedWithUnit.words);
/** 7卷被评为不合格: an outcome right after a count picks out a category of what was counted. */
export const OUTCOME_AFTER = new WordMatcher(wordsData.outcomeAfter.words);
/** Verbs that name one action (新收, 收到), by group: the other words of a verb's group. */
export const SAME_ACTION_VERBS = new Map<string, readonly string[]>(wordsData.sameActionVerbs.groups.flatMap((g) => g.map((v) => [v, g] as [string, string[]])));
/** 分四批, 分三步: the staging of an action (see extraction-words.json mannerSteps). */
export const MANNER_STEPS = { before: wordsData.mannerSteps.before.charCodeAt(0), units: new WordMatcher(wordsData.mannerSteps.units) };
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(wordsData.objectPrepositions.words);

// ---------------------------------------------------------------------------------------------
// Pillar cues

export interface Cue {
  word: string;
  pillar: PillarId;
  weight: number;
}

export const PILLAR_CUE_WEIGHTS = cuesData.weights;
const cueByWord = new Map<string, Cue>();
for (const [pillar, words] of Object.entries(cuesData.pillars)) {
  for (const [word, weight] of Object.entries(words as Record<string, number>)) {
    if (cueByWord.has(word)) throw new Error(`pillar-cues.json: cue ${word} listed twice`);
    cueByWord.set(word, { word, pillar: pillar as PillarId, weight });
  }
}
export const CUES = cueByWord;
export const CUE_MATCHER = new WordMatcher(cueByWord.keys());

export const PILLAR_NAMES_ZH = new Map<PillarId, string>(pillarsData.map((p) => [p.id as PillarId, p.nameZh]));

// ---------------------------------------------------------------------------------------------
// Indicators

export interface IndicatorRule {
  slug: string;
  nameZh: string;
  pillar: PillarId;
  units: Set<string>;
  scope: string;
  all: string[][];
  none: string[];
  /** Words that rule the indicator out anywhere in the sentence before the figure (热线…群众满意度97.8%). */
  noneInSentence: string[];
  /** Words that rule the indicator out when they stand in the figure's own clause (承接上级下放…: powers received, not devolved). */
  noneInClause: string[];
  /** Words that rule the indicator out when they follow the figure in its own clause (对…11个预案进行全面演练: plans drilled, not plans in force). */
  noneAfterInClause: string[];
  /** Words that, in the figure's own clause, name the indicator whatever the rest of the sentence says (政务服务好评率). */
  namedBy: string[];
  order: number;
  /** A level that stands (staff, list sizes, data held) rather than a count of the year's acts. */
  stock: boolean;
  /** A measure only a place has (its online-service rate, its market entities, its data platform): an office's report that states no level reports the place's. */
  placeOnly: boolean;
  /** Offices (by the end of their name: 司法局, 应急管理局) that keep the measure for their whole place: their own report states the place's. */
  reportedBy: string[];
  /** Verbs of the outcome the indicator counts (整改): of a found count and an outcome count in one sentence, the outcome takes it. */
  outcomeVerbs: string[];
  /** A total over kinds (合法性审查 of documents, contracts, decisions): never one item of a list of kinds (合同协议217份、…). */
  totalOfKinds: boolean;
}

export const INDICATORS: IndicatorRule[] = (indicatorsData as Array<(typeof indicatorsData)[number]>).map((d) => ({
  slug: d.slug,
  nameZh: d.nameZh,
  pillar: d.pillar as PillarId,
  units: new Set(d.units),
  scope: d.scope,
  all: d.match.all,
  none: d.match.none,
  noneInSentence: d.match.noneInSentence,
  noneInClause: "noneInClause" in d.match ? (d.match.noneInClause as string[]) : [],
  noneAfterInClause: "noneAfterInClause" in d.match ? (d.match.noneAfterInClause as string[]) : [],
  namedBy: d.match.namedBy,
  order: d.order,
  stock: d.stock,
  placeOnly: d.placeOnly,
  reportedBy: expandOffices(d.reportedBy),
  outcomeVerbs: d.match.outcomeVerbs,
  totalOfKinds: d.match.totalOfKinds,
}));
export const INDICATOR_BY_SLUG = new Map(INDICATORS.map((i) => [i.slug, i]));
export { SUM_OF_PARTS_SLUGS } from "../knowledge/indicator-catalog";

/** Indicator rules by unit: a figure is only checked against rules that accept its unit. */
export const INDICATORS_BY_UNIT = new Map<string, IndicatorRule[]>();
for (const ind of INDICATORS) for (const u of ind.units) (INDICATORS_BY_UNIT.get(u) ?? INDICATORS_BY_UNIT.set(u, []).get(u)!).push(ind);
/** Every word the indicator rules mention, to find them all in one pass over a figure's text. */
export const INDICATOR_WORDS = new WordMatcher(INDICATORS.flatMap((i) => [...i.all.flat(), ...i.none]));
