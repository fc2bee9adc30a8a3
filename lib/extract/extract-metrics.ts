// Cleaned report text → every figure an analyst would tabulate, with its unit, subject, scope,
// period, change, part-of link, pillar and indicator.
//
// One left-to-right pass: a scanner (number-tokens.ts) finds number tokens (Arabic, Chinese numerals,
// 百分之…); each is accepted only when a measure word or % follows it (so years, dates, codes,
// hotlines and slogans like 24小时 or 721工作法 fall out) and it is not an ordinal, not inside
// quotation marks or a title (《…》 “…” 〔…〕), not glued to Latin letters or '+' (APP3.0, 1+N,
// 6+1类). Everything around the figure is read from the same sentence with dictionary lookups
// bucketed by character (word-matcher.ts) and per-sentence caches, so the cost stays a few
// microseconds per figure and a few nanoseconds per character.
//
// Rules worth knowing (the gold set follows them):
// - A change (同比增长34.4%, 比上一年增长130%, 下降67.3%) right after a figure — only a comma
//   between — is attached to that figure as `change` and is not a metric of its own. A change
//   with no figure before it (涉企检查次数同比降低了12.3%) is a metric whose `change` is itself.
// - 其中33项 is a metric with `partOf` pointing at the figure it is part of (same sentence,
//   preferring the same unit; the previous sentence's last figure when 其中 opens the sentence).
// - Multipliers are folded into the value: 1.01亿元 → 101000000 元; 1.7万件次 → 17000 件次.
// - Percentages are in percentage points: 98.04% → 98.04 %; 八成 → 80 %.
// - Approximate figures keep the written value: 2600余件 → 2600, approx, bound "lower".
// - Scopes are canonical for the report's level: 全市各级 → 全市, 市政府本级 → 市本级.

import type { ExtractedMetric, MetricChange, MetricCoverage, PillarId, SectionSpan, SentenceSpan } from "../pipeline/types";
import { PILLAR_IDS } from "../pipeline/types";
import { NUMERAL_VARIANTS, YEAR_DIGITS_SOURCE, parseChineseNumber, parseYearDigits, perWordsOf } from "./parse-chinese-number";
import { isFigureLine, segmentText, type Segments } from "./segment-text";
import { isThousandsComma, nextNumberToken } from "./number-tokens";
import { findTableRows, type TableCell, type TableRow } from "./table-rows";
import { WordMatcher } from "./word-matcher";
import {
  ABSTRACT_NOUNS,
  AFTER_NOUN_ADVERBS,
  AFTER_NOUN_STOPS,
  APPROX_INFIX,
  APPROX_PREFIX_BY_WORD,
  APPROX_PREFIX_MATCHER,
  APPROX_PREFIX_NOT_AFTER,
  APPROX_SUFFIXES,
  MANNER_STEPS,
  SAME_ACTION_VERBS,
  BARE_LEVEL_WORDS,
  BARE_LEVEL_NOT_AFTER,
  OUTCOME_AFTER,
  WORD_CHANGES,
  WORD_CHANGE_AFTER_RE,
  BREAKDOWN_SUFFIXES,
  CHANGE_BASES,
  CHANGE_BASIS_FILLERS,
  CHANGE_UP_AFTER_BASIS,
  CHANGE_BASIS_YEAR_RE,
  DIVISION_FRAME_AFTER_RE,
  OUTCOMES_OF,
  REPORTED_LEAD_IN_SOURCE,
  LEADING_KEPT_IN_RATE_NAME,
  CHANGE_DIRECTIONS,
  TREND_ADVERBS,
  CHANGE_DOWN,
  CONJUNCTIONS,
  CUES,
  CUE_MATCHER,
  GENERIC_ITEM_NOUNS,
  DATE_LEAD_RE,
  INDICATORS_BY_UNIT,
  INDICATOR_BY_SLUG,
  INDICATOR_WORDS,
  LEADING_GUARDS,
  LEADING_MATCHER,
  LIST_WORDS,
  MULTIPLIER_FACTORS,
  POPULATION_NOUNS,
  POPULATION_UNIT,
  MULTIPLIER_MATCHER,
  MEASURED_DURATION_BEFORE,
  MEASURED_DURATION_MATCHER,
  MEASURED_DURATION_UNITS,
  NEW_LEVEL_AFTER_CHANGE,
  OBJECT_PREPOSITIONS,
  PART_OF_WORDS,
  PERIOD_BLOCKERS,
  PILLAR_CUE_WEIGHTS,
  PLAN_HEADING_WORDS,
  PLAN_OPENING_RE,
  PROBLEM_HEADING_WORDS,
  TOPIC_ONLY_HEADING_RE,
  TOTAL_KINDS,
  TOWN_LEVEL_SCOPES,
  CHANGE_VERB_WORDS,
  KIND_ROW_LABEL_RE,
  BASE_QUALIFIER_SOURCE,
  FROM_TO_NOT_AFTER,
  EVALUATION_RE,
  RESPONDENT_RE,
  PLAN_ONLY_HEADING_WORDS,
  PART_YEAR_WORDS,
  EPIDEMIC_PERIOD_WORDS,
  MONTH_RANGE_RE,
  PER_UNIT_WORDS,
  SINCE_LAUNCH_WORDS,
  REDUCTION_WORDS,
  NEGATION_WORDS,
  CONTAINER_NOUNS,
  SUBSET_RE,
  SECTOR_RE,
  STREAK_RE,
  STREAK_END_RE,
  AMONG,
  AMONG_NOT_BEFORE,
  CUMULATIVE_WORDS,
  UNTIL_WORDS,
  YEAR_FLOW_WORDS,
  OWN_ACTOR_RE,
  OWN_GOVERNMENT,
  OWN_GOVERNMENT_FOLLOWERS,
  SUM_OF_PARTS_SLUGS,
  AREA_SUFFIXES,
  AREA_GOVERNMENTS,
  ZONE_GOVERNMENTS,
  ZONE_NAME_RE,
  DISTRIBUTION_WORDS,
  OFFICE_SCOPE,
  OFFICE_SYSTEM_SCOPE,
  INITIATIVE_VERBS,
  OWN_TOTAL_VERBS,
  OFFICE_SYSTEM_WORDS,
  LINE_ACTOR_RE,
  OFFICE_WHOLE_PLACE_LINES,
  WHOLE_PLACE_OFFICES,
  NO_PLACE_SCOPES,
  RELATIVE_YEARS,
  SCOPE_NOT_AFTER,
  SCOPE_WHOLE_NOT_AFTER,
  SCOPE_NOT_AFTER_WORDS,
  SCOPE_NOT_AFTER_FIGURE,
  SCOPE_NOT_BEFORE,
  HONOURS_AFTER_GRADE,
  ACTOR_LEAD_IN_RE,
  PLATFORM_BEFORE_SYSTEM,
  OTHER_LINE_BEFORE,
  BREAKDOWN_VIEW_SOURCE,
  EPIDEMIC_TOPIC_WORDS,
  TERM_VERBS,
  CHANGE_QUALIFIER_BETWEEN_RE,
  ACTOR_YEAR_PREPOSITIONS,
  ACTING_BODY_RE,
  ACTOR_THEN_VERB_RE,
  MILESTONE_VERBS,
  MILESTONE_LIST_BEFORE_RE,
  MILESTONE_AFTER_RE,
  SCOPE_NOT_WITHIN,
  REFERENCE_COMPARATIVES,
  REFERENCE_QUALIFIERS,
  ALL_OFFICES_NOT_AFTER,
  ALL_OFFICES_WORDS,
  CONSEQUENCE_WORDS,
  ZONE_SCOPE,
  SPEAKER_LEAD_RE,
  REFERENCE_AFTER_RE,
  SCOPE_SOURCE_AFTER_RE,
  SCOPE_MATCHER,
  SKIP_BEFORE,
  COUNTED_AFTER_CODE_WORDS,
  TARGET_WORDS,
  ACHIEVED_WORDS,
  ACHIEVED_SUBJECTS,
  GOAL_SUFFIX_RE,
  NEWS_LEDE_RE,
  OTHER_BODY_QUALIFIERS,
  SECURED_AFTER_RE,
  TRAILING_GUARDS,
  TRAILING_MATCHER,
  UNITS,
  UNIT_MATCHER,
  VERB_MATCHER,
  YEAR_SPAN_START_RE,
  BARE_LEVELS,
  BENEFICIARY_RE,
  LEVEL_BODIES,
  LEVEL_ACTORS,
  PROGRESS_REMARKS,
  PLACES_MEETING_RE,
  SCHEDULE,
  SCORE_SCALE_BEFORE_RE,
  NUMERAL_PLACE_NAMES,
  INTAKE_VERBS,
  CLOSING_VERBS,
  CRITERION_AFTER_RE,
  CRITERION_SET_AFTER_RE,
  BRACKET_OWNER,
  canonicalScope,
  opensWithPartOfYear,
  partOfYearWords,
  type ApproxWord,
  type Bound,
  type IndicatorRule,
  type Jurisdiction,
  type UnitInfo,
  NOUN_WHEN_LAST_VERBS,
} from "./knowledge";

export interface ExtractOptions {
  /** The year the report covers; figures dated to another year get `period`. */
  reportYear?: number | null;
  /**
   * The year 今年/去年/上年 count from. Default: reportYear. News counts from the year it was
   * published (a February 2023 article's 去年 is 2022, the year it reports on).
   */
  relativeYearBase?: number | null;
  /** Segments of the same text, when the caller already has them. */
  segments?: Segments;
  /** The level of the place the report speaks for; turns 全市各级 / 本级 / 县级 into canonical scopes. Default: city. */
  placeLevel?: "province" | "city" | "district" | "county" | "street" | null;
  /** The report is one office's own (a bureau's annual report): a figure that states no level is the office's, no place's. */
  ownOffice?: boolean;
  /** That office's name (绍兴市司法局): the measures it keeps for its whole place (`reportedBy` in the catalog) stay the place's. */
  officeName?: string | null;
  /** The place's name: a 盟, 旗, 自治州 or 地区 names its own government by that character (盟行政公署收到…). */
  placeName?: string | null;
  /** The report covers part of a year (its title says 上半年, 一季度, 1—6月): none of its figures is an annual total. */
  partOfYear?: boolean;
  /** The report is on one narrow topic (a 政府信息公开工作年度报告): none of its figures is a catalog indicator. */
  topicOnly?: boolean;
  /** The report is a third party's (…第三方评估报告): its respondents' shares (受访企业…满意度) are no government measure. */
  thirdParty?: boolean;
  /** The text speaks from a day inside the year it reports on (a news item published that year): its 今年以来 is that year's months so far. */
  yearSoFar?: boolean;
  /** The span of years the report's title covers (“十四五” in a plan's end-of-term assessment): its undated figures are multi-year. */
  titleSpan?: string | null;
}

const JURISDICTION: Record<string, Jurisdiction> = { province: "省", city: "市", district: "区", county: "县", street: "镇" };

/** Quotations, titles and document-number brackets: figures inside them are names, not counts. */
const QUOTE_RE = /“[^”\n]{0,40}”|"[^"\n]{0,40}"|《[^》\n]{0,100}》|〈[^〉\n]{0,60}〉|〔[^〕\n]{0,20}〕|\[[^\]\n]{0,20}\]|【[^】\n]{0,40}】|「[^」\n]{0,40}」|‘[^’\n]{0,30}’/g;
/** Years and relative years (去年, 上年度; the words are data, longest first so 上年度 wins over 上年). */
const YEAR_RE = new RegExp(
  `([0-9０-９]{4}|[二〇零一两三四五六七八九]{4})年(度)?|${Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length).join("|")}`,
  "g",
);
/** A year or relative year anywhere (no flags: for a test). */
const ANY_YEAR_RE = new RegExp(YEAR_RE.source);
/** A bracketed base before a figure that follows another (1102件（上年为968件）): it counts what that figure counts, for another year. */
const BRACKETED_BASE_BEFORE_RE = new RegExp(
  `^[（(](?:(?:\\d{4}|[二〇零一两三四五六七八九]{4})年度?|${Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length).join("|")})(?:同期)?(?:为|是|的)?$`,
);
/** Words between two figures that make the second the new level of the first (由386项精简至312项). */
/** List markers that open a subject (三是, 3., 2、, （二）): numbering, not words. */
/** A bracketed aside on what a figure includes: （含上年结转）, （包括镇街）. */
const INCLUDED_ASIDE_RE = /[（(](?:含|包括|包含)[^（）()]*[）)]/g;
const LIST_MARKER_RE = /^(?:[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[.．、](?![0-9])|[（(]?[一二三四五六七八九十0-9]{1,3}[）)])/;
/** 三年来累计…, 近五年: the figures after it add up several years. */
/** A cheap test that a text may hold a year-span phrase (YEARS_SPAN_RE's look-behind is slow on every sentence). */
const YEARS_SPAN_HINT_RE = /年(?:以)?来|年间|过去|近|五[”"]?(?:普法|规划(?:实施)?)?(?:期间|时期|以来)/;
const YEARS_SPAN_RE = /(?:(?<![0-9])(?:[两二三四五六七八九十]+|[0-9]{1,2})|几|多)年(?:来|以来|间)|(?:近|过去)[两二三四五六七八九十0-9]+年|[“"]?十[一二三四五六]五[”"]?(?:规划(?:实施)?)?(?:期间|时期|以来)|[“"]?[六七八九]五[”"]?普法(?:期间|以来)/;
/** YEARS_SPAN_RE.test(s), after the hint every one of its matches holds (年来, 近, 五…期间). */
function holdsYearsSpan(s: string): boolean {
  return YEARS_SPAN_HINT_RE.test(s) && YEARS_SPAN_RE.test(s);
}
/** The year-span phrase in a text (“十四五”时期, 五年来), else null. */
function yearsSpanWords(s: string): string | null {
  return YEARS_SPAN_RE.exec(s)?.[0] ?? null;
}
/** A test of section headings with its answers per section: own heading, and own or an ancestor's (0 not yet asked, 1 no, 2 yes). */
interface HeadingTest {
  test: (sec: SectionSpan) => boolean;
  own: Int8Array;
  headed: Int8Array;
}
function headingTest(sectionCount: number, test: (sec: SectionSpan) => boolean): HeadingTest {
  return { test, own: new Int8Array(sectionCount), headed: new Int8Array(sectionCount) };
}
/** Between two changes of one list (下降15.4%和20%). */
const CHANGE_LIST_JOIN_RE = /^[、和及与]$/;
/** After a year and its month: it opens a span up to now (2020年以来, 2021年6月至今). */
const SINCE_RE = /^(?:以来|至今)/;
/** The 以来/至今 that ends a since phrase, within SINCE_PHRASE_MAX characters after its year. */
const SINCE_WORD_RE = /以来|至今|起|开始/;
/** 起/开始 after a year that 自/从 opens (自2021年起): a start point counted from. */
const FROM_START_RE = /^(?:起|开始)/;
const SINCE_PHRASE_MAX = 10;
/** After 自 and a year: the event it dates, then 以来, in one clause (自2020年行政复议体制改革以来). */
const SINCE_EVENT_RE = /^[^，,。；;：:0-9]{0,16}以来/;
const SINCE_EVENT_MAX = 20;
/** 27件（简易程序19件: a bracket that opens right after a count with a kind's name (not a base: 上年为, 同比, 前三年). */
const BREAKDOWN_FIRST_ITEM_RE = /^[（(](?!上年|去年|前年|同期|同比|较|比|全[省市国区县])(?![\u4e00-\u9fa5]*(?:年|季度|月))[\u4e00-\u9fa5]{2,10}(?<![为是达约近超共计])$/;
/** 、普通程序8件: the next item of that breakdown. */
const BREAKDOWN_NEXT_ITEM_RE = /^、[\u4e00-\u9fa5]{2,10}(?<![为是达约近超共计])$/;
/** Between a figure and a part it includes, in brackets (412件（含上年结转27件）). */
const INCLUDED_PART_BETWEEN_RE = /^[（(]含(?:有)?(?:(?:19|20)[0-9]{2}年度?)?[^）)，。；0-9]{0,12}$/;
/** A year at the end of the words before a figure (收到行政复议申请2021年为1436件). */
const TRAILING_YEAR_RE = /(?:19|20)[0-9]{2}年$/;
/** Words before a figure's copula that only date it (2023年增至2518件, 去年为…). */
// (去年全年为11.1%, 今年1至11月为24.1万次: the year and the part of it it names.)
const YEAR_ONLY_RE_BEFORE = /^\s*(?:(?:19|20)[0-9]{2}年(?:底|末|度)?|今年|去年|上年)(?:全年|同期|[0-9]{1,2}[至—\-－~][0-9]{1,2}月份?|前三季度|上半年|下半年|[一二三四]季度)?$/;
/** After a year inside a clause: a copula or a verb of reaching right before a figure (调解和解率2021年仅为12%). */
const YEAR_THEN_FIGURE_RE = /^(?:仅|已|则|只|约)?(?:为|是|达|达到|升至|增至|降至|提高到|提高至|提升至|下降到|下降至|减少到|增加到)(?:了)?[0-9０-９一二两三四五六七八九十百千万]/;
/** A subject that is only a copula or a change verb (为, 达到, 增长): no words of what is measured. */
const BARE_SUBJECT_RE = /^(?:为|是|达|达到|增长|下降|增加|减少|上升|提高|涵盖|包括|包含|共计|合计|总计)$/;
/**
 * A named place at the start of words before a figure (赣州市, 吉安市, 高新区): a name and its level
 * character, not a scope word (全市, 本区, 各县).
 */
const NAMED_PLACE_HEAD_RE = /^(?![全本各该我每])[\u4e00-\u9fa5]{2,5}?[市县区州盟旗](?!本级)/;
/** A list's lead-in before its colon, less the places it goes through (各设区市办理行政复议案件情况：). */
const PLACE_LIST_LEAD_RE = new RegExp(
  `^(?:${BREAKDOWN_VIEW_SOURCE})?[，,]?(?:(?:19|20)[0-9]{2}年度?)?(?:全省|全市|全区)?(?:各(?:设区市|地市|县（市、区）|县\(市、区\)|县市区|县区|区县|市|地)?|设区市|地市|县（市、区）|县市区)?|(?:情况|如下|分别为|依次为)$`,
  "g",
);
/** 分地区看, 从各县区看, 具体来看, 其中: a sentence that breaks the one before it down. */
const BREAKDOWN_LEAD_RE = new RegExp(`^(?:${BREAKDOWN_VIEW_SOURCE}|其中)`);
/** A sentence that opens with a view that breaks a total down (从案件类型看，分领域看，). */
const BREAKDOWN_VIEW_OPENING_RE = new RegExp(`^(?:${BREAKDOWN_VIEW_SOURCE})[，,]`);
/** The longest such opening, and how many sentences back the total it breaks down may stand. */
const BREAKDOWN_VIEW_MAX = 14;
const BREAKDOWN_VIEW_REACH = 3;
/**
 * 截至2025年6月底已整改到位: a date things were done by, then what was already done (已, 已经) before the
 * figure, with no other year in between (a goal word still makes a goal: isTarget).
 */
const DONE_BY_DATE_RE =
  /(?:截至|截止)((?:19|20)[0-9]{2})年[0-9]{1,2}月(?:底|末|[0-9]{1,2}日)?[，,]?[^。；;！？]{0,24}?已(?:经)?(?![将要])[\u4e00-\u9fa5](?:(?!(?:19|20)[0-9]{2}年)[^。；;！？])*$/;
/** 未将…, 没有把…: a negation before the object a figure counts, which negates the verb after the figure. */
const NEGATED_DISPOSAL_RE = /(尚未|没有|未|不)[将把](?!军来)[\u4e00-\u9fa5]*$/;
/** Ranking words that end a clause naming what a figure measures (直接纠错率最高, 增幅最大). */
const RANKING_TAIL_RE = /(?:最高|最低|最大|最小|最多|最少|最快|最慢|居首|领先)$/;
/** A rank clause between a figure and its change (，居全市第四位，, ，排名全省第2，). */
/** 最高, 最大, 最快: a superlative. */
const SUPERLATIVE_SOURCE = "最[高低大小多少快慢好优佳]";
const RANK_BETWEEN_RE = new RegExp(
  `^[，,]\\s*(?:(?:居|排名|排在|位列|位居|名列)[^，,。；]{0,8}?第[一二三四五六七八九十0-9]{1,3}(?:位|名)?|(?:为|居|位居|系|是)?全[省市区县国][^，,。；0-9]{0,6}?(?:最低|最高|最少|最多|最短|前列|首位|第一|前茅)|(?:为|是|系)[^，,。；]{1,20}?${SUPERLATIVE_SOURCE}[^，,。；0-9]{0,4}?)[，,]\\s*$`,
);
/** A department named as the respondent of the cases a figure counts (市市场监管局被申请…, 县公安局作为被告的…). */
/**
 * A clause that opens with one department as its actor, however its name is shortened (区综合执法局…,
 * 市场监管分局…, 综合执法大队…): group 1, the department.
 */
const DEPARTMENT_ACTOR_RE = /^(?:全年|今年)?((?:[市县区州旗]|[\u4e00-\u9fa5]{2,4}[市县区旗])?[\u4e00-\u9fa5]{1,10}?(?:分局|局|大队|支队|中队))(?:全年|今年|共|累计|依法|先后)?(?:办理|查办|查处|立案|办结|开展|组织|实施|作出|受理|审结|检查|抽查|处理|发现|收到|完成)/;
const RESPONDENT_OFFICE_RE = /((?:[市县区州]|[\u4e00-\u9fa5]{2,4}[市县区])[\u4e00-\u9fa5]{1,8}?(?:局|委员会|委|办公室|中心|支队|大队))(?:被申请|被诉|被起诉|作为被申请人|作为被告)/;
/** How far before the figure's clause the respondent may be named (市…局被申请行政复议案件最多，达126件). */
const RESPONDENT_LOOKBACK = 30;
/** 与2020年相比, 较2020年, 同2020年比: the year a sentence compares its levels with. */
const COMPARED_YEAR_RE = /(?:与|较|比|同|和)((?:19|20)[0-9]{2})年(?:末|底)?(?:相比|比较|比)?[，,]?/g;
/** The words that compare one measure with another named after them (是, 超过, 高于 …, 同期). */
const COMPARED_WITH_RE = /(?:是|为|超过|高于|低于|相当于|多于|少于|较|比)(?:同期|上年)?/g;
/** The end of a measure's noun (收案量, 案件数, 纠错率, 金额). */
const MEASURE_NOUN_END_RE = /^[\u4e00-\u9fa5]*[量数率额]$/;
/** 十 百 千 万 亿: the characters that open an order of magnitude (数十, 几百, 数万). */
const MAGNITUDE_CHARS: ReadonlySet<number> = new Set([..."十百千万亿"].map((c) => c.charCodeAt(0)));
/** The last match of a global pattern in a text, or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last;
}
/** A clause that only leads in (其中，, 同时，) before the words that name the actor. */
const LEAD_IN_CLAUSE_RE = /^(?:其中|同时|此外|另外|另一方面)[，,：:]/;
const LEAD_IN_CLAUSE_MAX = 6;
/** How far after a bound its criterion's words (的要求, 的县（市、区）。) are looked for. */
const CRITERION_AFTER_MAX = 12;
/** How long a speaker's lead-in (司法部有关负责人介绍，) may run. */
const SPEAKER_LEAD_MAX = 24;
/** The date of a running total (截至2025年底), at most this long before its clause ends. */
const RUNNING_TOTAL_DATE_MAX = 12;
/** Before a month range's end (至11月): its first month (1至11月, 2024年1月至), at most MONTH_RANGE_LEAD_MAX characters. */
const MONTH_RANGE_LEAD_RE = /[0-9０-９一二三四五六七八九十月年]/;
const MONTH_RANGE_LEAD_MAX = 8;
/** After a year: 的 and a figure (2020年的78.2%). */
const YEAR_OF_FIGURE_RE = /^的[0-9零一二两三四五六七八九十]/;
/** 调解各类纠纷1042件, 电子证照种类268类: all kinds, the total, not one category. */
const ALL_KINDS_RE = /各类[^类]{0,2}$|种类$|类别$|门类$/;
/** A rate's subject that names no more than the rate (纠错率, 调解和解率): what it is the rate of lies before its clause. */
const BARE_RATE_SUBJECT_RE = /^[\u4e00-\u9fa5]{1,5}率$/;
/** A share of a whole (占受理总数的40.7%, 占比, 比重): its changes are in 个百分点. */
const SHARE_SUBJECT_RE = /^占|占比|比重$/;
/** A rate of another figure as its base: a share (占40.7%), or the part of a budget or plan done (完成调整预算的101.3%). */
const RATIO_OF_BASE_SUBJECT_RE = new RegExp(`${SHARE_SUBJECT_RE.source}|^(?:完成|达到|为|占)[\\u4e00-\\u9fa5]{0,8}(?:预算|计划|目标|任务)的?$`);
const NEW_LEVEL_BEFORE_RE = /^[^，,；;。]{0,6}(?:[至到]|(?:精简|压减|压缩|缩减|缩短|减少|降低|提高|提升|增加|调整)为)(?:(?:\d{4}|[二〇零一两三四五六七八九]{4})年(?:底|末)?的?|年(?:底|末)的?)?$/;
/**
 * A news lede before the first clause (人民网北京1月22日电, 青岛新闻网讯（记者 张三）): the outlet (…网, …社, …报, …台),
 * perhaps a place and a date, then 电 or 讯: the dispatch line, no part of a subject. (3月15日电诈防范 has no outlet.)
 */
/** 全程网办率由2016年的不足30%: the starting point's year is no part of the subject. */
const FROM_YEAR_RE = /[由从](?:(?:\d{4}|[二〇零一两三四五六七八九]{4})年(?:底|末)?|上年|去年|年初|[“"]?十[一二三四五]五[”"]?末)的?$/;
const BARE_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const CN_DIGITS = "零〇一二两三四五六七八九";
/** After a per-base figure (十万人): the rate it is the base of, with no break or verb before 率. */
const RATE_BASE_AFTER_RE = /^(?:口)?[\u4e00-\u9fa5]{0,12}?(?:死亡率|发生率|发案率|犯罪率|伤亡率|事故率)/;
function isPowerOfTen(n: number): boolean {
  // Arithmetic for /^10+$/.test(String(n)) (no string per figure): exact, as n / 10 of a multiple of 10 is representable; from 1e21 String(n) is exponential.
  if (!Number.isInteger(n) || n < 10 || n >= 1e21) return false;
  while (n % 10 === 0) n /= 10;
  return n === 1;
}
/** Between a figure and a multiple of it (，是上年的 1.5倍): the link and the base year as written. */
const MULTIPLE_OF_BASE_RE = new RegExp(`^([，,]?(?:约)?)(?:是|为|相当于|达到?)((?:(?:${YEAR_DIGITS_SOURCE})年|上年|去年|上一年|上年度)(?:同期)?)的$`);
/** The lower group of a number written with two multipliers (2万5千): its digits and multiplier. */
const COMPOUND_TAIL_RE = /^([0-9]{1,4})([千百])/;
const COMPOUND_TAIL_FACTORS: Record<string, number> = { 千: 1000, 百: 100 };
/** 三成涉及…, 约占四成: tenths, unless 成 starts a word (成立, 成效, 成为, 成员…). */
const TENTHS_FOLLOWERS = /^(?![立为功果效员本绩熟交都片套型形品年人长批就案网规风效])/;
const MAX_SUBJECT = 24;
/** After a comparison word and a year: the year dates a comparison base (较2020年的1325件, 较上年评估时的89.5%). */
const BASE_PERIOD_SOURCE = "(?:同期|年?底|年?末|全年)?";
const COMPARISON_BASE_RE = new RegExp(`^${BASE_PERIOD_SOURCE}(?:${BASE_QUALIFIER_SOURCE}的|的|[0-9]|[（(][0-9])`);
/** After 由 or 从 and a year: the year dates the level a change starts from (由2020年的…), not a start (由2021年启动的). */
const START_BASE_RE = new RegExp(`^${BASE_PERIOD_SOURCE}(?:的|[0-9]|[（(][0-9])`);
/** Verbs of relation before an attributive 的 (涉及到的, 包含的, 所属的): what precedes them qualifies the noun after the figure. */
const RELATION_BEFORE_DE_RE = /(?:涉及到?|涉|包含|包括|所属|所列|规定|设定|列明)$/;
/** 收到申请1200件，2022年为1080件: an earlier year's figure restated in a clause of its own, after the figure it compares with. */
const RESTATED_YEAR_RE = /^(?:(?:[0-9０-９]{4}|[二〇零一两三四五六七八九]{4})年|上年|去年|上一年)(?:度|底|末|同期)?(?:为|是)$/;
// (较2023年底的61.8万户: a year-end level is a base too; 较2021年度的86.2%, 比2024年全年的31.2%: so is a year written with 度 or 全年.)
// (Group 1, the basis without 的, is the change's basis when a change follows the base: 较2021年的37.2%下降….)
// 较上年评估时的89.5%, 较上年调查的85.1%: a word on when or how the base was taken may stand before 的.
/** The words before a figure that make it the comparison base of the figure before it (较2020年的1325件, 比上年同期的). */
const COMPARISON_BEFORE_RE = new RegExp(`([较比与](?:(?:\\d{4}|[二〇零一两三四五六七八九]{4})年度?|上年|去年|上一年|上年度)(?:同期|底|末|全年)?)(?:${BASE_QUALIFIER_SOURCE}的|的|（|\\()?$`);
/** Whether a text may end as COMPARISON_BEFORE_RE needs (…年, 上年度, …同期, …的): the regex runs only then. */
function endsLikeComparison(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  // (较上年（138件）增长17.4%: the base in brackets right after the year compared with.)
  return c === 0x5e74 || c === 0x5ea6 || c === 0x671f || c === 0x7684 || c === 0x5e95 || c === 0x672b || c === 0xff08 || c === 40; // 年 度 期 的 底 末 （ (
}
/** A whole-jurisdiction scope word this close to the sentence start is the sentence's topic and covers all its figures. */
const SENTENCE_SCOPE_WINDOW = 15;
/** A year in a heading, in digits or in Chinese numerals (三、二〇二三年工作打算). */
const HEADING_YEAR_RE = new RegExp(`(${YEAR_DIGITS_SOURCE})年`);
/** A paragraph's opening clause that dates what follows (1—6月，, 今年上半年，) is at most this long. */
const PART_YEAR_OPENING_MAX = 12;
/** How far back a figure's paragraph may open (1—6月，…) to date it. */
const PARAGRAPH_LOOKBACK_MAX = 4000;
/** A scope word right after a figure is the counted thing (80余个乡镇), not a scope. */
/** Scopes that, opening a sentence, still leave its later clauses unscoped: an office's own level (局本级). */
const SCOPE_NOT_OPENING: ReadonlySet<string> = new Set(["局本级"]);
/** Levels below a place, highest first: joined, they are still below it. */
export const SUB_UNIT_SCOPES: readonly string[] = ["镇街", "村社区"];
/** How far the sum of a whole's parts may be from the whole and still be it (rounded parts: 2.31万 + 6840 + 4270). */
const SUM_TOLERANCE = 0.005;
/** 均, 全部, 都 after a count: what follows happened to every one counted. */
const ALL_OF_THEM_RE = /^[^均都]{0,8}(?:均|全部|都)/;
/** How far after a level word its body (法律顾问, 调委会) may end. */
const LEVEL_BODY_WINDOW = 10;
/** The scope of one person's acts in an official's report (本人带头出庭应诉3次). */
const PERSONAL_SCOPE = "本人";
/** A whole place's scope (全市, 全区): one a level's bodies acting in its sentence narrow down. */
const WHOLE_PLACE_SCOPE_RE = /^全/;

/** Words that may open a clause saying only that a level was reached (累计达到, 共计). */
const LEVEL_LEAD_RE = /^(?:已|累计|共|总数|总量)/;
/** A table row that sums the rows above it (合计, 总计, 小计). */
const TOTAL_ROW_RE = /(?:合计|总计|小计|总数|共计)$/;
const FIGURE_BEFORE_RE = /[0-9零一二两三四五六七八九十百千万亿][余多]?[个家名项件处所支类批]?$/;
const INDICATOR_BONUS = 4;
/** What a catalog indicator adds to a metric's confidence. */
const INDICATOR_CONFIDENCE = 0.05;
const PILLAR_INDEX = new Map<PillarId, number>(PILLAR_IDS.map((p, i) => [p, i]));

interface Range {
  start: number;
  end: number;
}

/** 占全市常住人口的: a share's 占 and what it is of, right before its figure (no figure or clause break between). */
const SHARE_OF_WHOLE_BEFORE_RE = /占[\u4e00-\u9fff（）()]{1,20}的$/;
const SHARE_OF_WHOLE_MAX = 24;
/** 政务数据共享交换平台, 公共数据开放平台: a data platform named right after a level word. */
const DATA_PLATFORM_AFTER_RE = /^[\u4e00-\u9fff]{0,10}?数据[\u4e00-\u9fff]{0,8}?平台/;
const DATA_PLATFORM_MAX = 20;
/** 新建, 新增, 新设立: a subject that counts the year's new ones. */
const NEW_ONES_LEAD_RE = /^(?:全年)?(?:新建成?|新增|新设立?|新成立|新培育|新创建|新命名|新招录|新聘)/;
function isClauseBreak(c: number): boolean {
  // ，,；;：:。！？!?\n
  return c === 0xff0c || c === 44 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10;
}
/** Whether the clause right before `at` is a list of exactly `count` items (甲、乙、丙和丁 for 四): a set named by its size. */
function countsListBefore(text: string, at: number, count: number): boolean {
  let from = at;
  while (from > 0 && at - from < LIST_COUNT_MAX && !isClauseBreak(text.charCodeAt(from - 1))) from--;
  const clause = text.slice(from, at);
  const items = clause.split("、");
  if (items.length < 2) return false;
  // The last item may join one more with 和/及/与 (合法性审查和集体讨论决定).
  const last = items[items.length - 1]!;
  const joined = /[和及与]/.exec(last.slice(1));
  const n = items.length + (joined !== null ? 1 : 0);
  return n === count && items.every((item) => item.length >= 2 && item.length <= LIST_ITEM_MAX) && !/[0-9]/.test(clause);
}
const LIST_COUNT_MAX = 80;
const LIST_ITEM_MAX = 14;
/** A clause break at `i`, except the comma that groups thousands inside a number (8,125件、4,036件 is one clause). */
function isClauseBreakAt(text: string, i: number): boolean {
  return isClauseBreak(text.charCodeAt(i)) && !isThousandsComma(text, i);
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
/** Whether one space at `p` separates the number from more digits (or from a decimal point or comma after digits) in direction `dir`. */
function spacedFromDigits(text: string, p: number, dir: 1 | -1): boolean {
  const c = p >= 0 && p < text.length ? text.charCodeAt(p) : 0;
  if (c !== 0x20 && c !== 0xa0 && c !== 0x3000) return false;
  let q = p + dir;
  let d = q >= 0 && q < text.length ? text.charCodeAt(q) : 0;
  if (dir < 0 && (d === 46 || d === 44 || d === 0xff0c) && q > 0) d = text.charCodeAt(--q); // 99. 2%, 2, 987件
  return isDigit(d);
}
/** 4 318, 2 156.7 (thousands set apart); 8 6 5 (digits spaced out); 2, 987 (a space after the comma); 99. 2 (after the point). */
const SPACED_THOUSANDS_RE = /[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:\.[0-9]+)?|[0-9](?:[ \u00a0][0-9]){2,}|[0-9]{1,3}[,，][ \u00a0][0-9]{3}(?:\.[0-9]+)?|[0-9]+\.[ \u00a0][0-9]+/y;

/**
 * 办理行政处罚案件 4 318件, 罚没款 2 156.7万元, 法律援助案件 8 6 5件, 调解纠纷2, 987件, 成功率 99. 2%: a
 * number a PDF's typesetting split with spaces, when a unit or a multiplier follows it at once (or after 余/多), so it
 * cannot be two table cells or a list. Returns its digits without the spaces and where it ends, or null.
 */
function spacedThousands(text: string, s: number, tokenEnd: number): { digits: string; end: number } | null {
  const after = text.charCodeAt(tokenEnd);
  if (after !== 0x20 && after !== 0xa0 && after !== 44 && after !== 0xff0c && after !== 46) return null;
  if (s > 0 && (isDigit(text.charCodeAt(s - 1)) || spacedFromDigits(text, s - 1, -1))) return null;
  SPACED_THOUSANDS_RE.lastIndex = s;
  const m = SPACED_THOUSANDS_RE.exec(text);
  if (m === null) return null;
  const end = s + m[0].length;
  const next = text.charCodeAt(end);
  if (isDigit(next) || next === 0x20 || next === 0xa0 || next === 46) return null;
  // 2 600余人次: 余/多 may stand between the number and its unit.
  const unitAt = APPROX_INFIX_BY_CODE.has(next) ? end + 1 : end;
  if (UNIT_MATCHER.prefixAt(text, unitAt) === null && MULTIPLIER_MATCHER.prefixAt(text, unitAt) === null) return null;
  return { digits: m[0].replace(/[ \u00a0,，]/g, ""), end };
}

/** Whether a unit written in Latin letters (数据总量1.2PB) starts at `p` and no letter or digit follows it. */
function latinUnitAt(text: string, p: number): boolean {
  const u = UNIT_MATCHER.prefixAt(text, p);
  if (u === null || !isAsciiLetter(u.charCodeAt(0))) return false;
  const after = p + u.length < text.length ? text.charCodeAt(p + u.length) : 0;
  return !isAsciiLetter(after) && !isDigit(after);
}
function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
/** Whether `s` holds a full-width digit (０-９). */
function hasWideDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}
/**
 * A set of characters tested by char code. `SET.has(text[i])` or `"…".includes(text[i])` made a
 * one-character string per test (Han characters are not interned) and hashed or searched it; a
 * bit test allocates nothing. Entries longer than one UTF-16 unit could never equal text[i]: left out.
 */
class CharSet {
  private readonly bits = new Int32Array(2048);
  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) continue;
      const c = ch.charCodeAt(0);
      this.bits[c >>> 5]! |= 1 << (c & 31);
    }
  }
  /** Whether the character with code `c` is in the set; false for NaN (charCodeAt past the end). */
  has(c: number): boolean {
    if (!(c < 0x10000)) return false;
    return (this.bits[c >>> 5]! & (1 << (c & 31))) !== 0;
  }
}
const CN_DIGIT_CHARS = new CharSet(CN_DIGITS);
/** 今年, 本年, 去年: the first characters of a relative year before a month range. */
const RELATIVE_YEAR_HEADS = new CharSet("今本去");
/** A Chinese digit or 十 (the characters of 五分之一, 三分之二). */
// 廿三, 壹佰贰拾: the other ways numerals are written may open a figure too (those that stand for a digit or a ten).
const CN_NUMERAL_CHARS = new CharSet(
  CN_DIGITS + "十" + Object.entries(NUMERAL_VARIANTS).filter(([, common]) => !/[百千万亿]/.test(common)).map(([variant]) => variant).join(""),
);
// The knowledge's character sets, by char code.
const APPROX_PREFIX_NOT_AFTER_CHARS = new CharSet(APPROX_PREFIX_NOT_AFTER);
/** APPROX_INFIX by the code of its one character (余, 多). */
const APPROX_INFIX_BY_CODE = new Map<number, Bound>([...APPROX_INFIX].filter(([w]) => w.length === 1).map(([w, b]) => [w.charCodeAt(0), b]));
const LEADING_GUARD_CHARS = new Map<string, CharSet>([...LEADING_GUARDS].map(([w, g]) => [w, new CharSet(g)]));
/** TRAILING_GUARDS by the code of their one-character word: stripTrailing looks them up by a word's first character. */
const TRAILING_GUARD_CHARS = new Map<number, CharSet>([...TRAILING_GUARDS].filter(([w]) => w.length === 1).map(([w, g]) => [w.charCodeAt(0), new CharSet(g)]));
const CONJUNCTION_CHARS = new CharSet(CONJUNCTIONS);
const SCOPE_WHOLE_NOT_AFTER_CHARS = new CharSet(SCOPE_WHOLE_NOT_AFTER);
const BARE_LEVEL_NOT_AFTER_CHARS = new CharSet(BARE_LEVEL_NOT_AFTER);
const SCOPE_NOT_AFTER_CHARS = new CharSet(SCOPE_NOT_AFTER);
/** Before the own government's name: another place's or every place's (区县政府, 各市政府). */
const OTHER_GOVERNMENT_BEFORE = new CharSet("区县市省各全");
/** Takes a metric's catalog indicator away, with the confidence it brought. */
/**
 * A counter of stamps for arrays that mark what one pass has seen (a word id, a cue id): marking with a
 * new stamp clears the marks of earlier passes without touching the arrays, until the counter wraps.
 */
function stampCounter(...marks: Int32Array[]): () => number {
  let n = 0;
  return () => {
    if (n === 0x7fffffff) {
      for (const m of marks) m.fill(0);
      n = 0;
    }
    return ++n;
  };
}

/**
 * Figures whose level a table's layout decided against the words of their line (a respondent's row, 禅城区人民政府
 * under 被申请人: the cases of the caption's level brought against it). Later place attribution leaves them be.
 */
const LEVEL_FIXED_BY_TABLE = new WeakSet<ExtractedMetric>();
/** Whether a table's layout decided the figure's level, not the place its line names. */
export function levelFixedByTable(m: ExtractedMetric): boolean {
  return LEVEL_FIXED_BY_TABLE.has(m);
}

export function dropIndicator(m: ExtractedMetric): void {
  if (m.indicator === null) return;
  m.indicator = null;
  m.confidence = Math.round((m.confidence - INDICATOR_CONFIDENCE) * 100) / 100;
}
/** Gives a metric without one a catalog indicator, with the confidence it brings. */
function giveIndicator(m: ExtractedMetric, slug: string): void {
  // A figure that is not one whole year's (a multi-year total, part of a year) is no annual indicator's value.
  if (m.coverage !== null) return;
  if (m.indicator === null) m.confidence = Math.round((m.confidence + INDICATOR_CONFIDENCE) * 100) / 100;
  m.indicator = slug;
}
function round(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}
/** First index in the sorted array with value >= x. */
function lowerBound(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function inRanges(ranges: Range[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]!.start <= pos;
}
/** After quoted speech: who said it (”王立群说, ”他表示). */
/** After a quote: a private person who said it (个体户张女士告诉记者, 市民王先生说). */
const PRIVATE_SPEAKER_AFTER_RE = /^[，,]?[\u4e00-\u9fa5]{0,8}?(?:个体户|市民|群众|村民|居民|企业主|经营户|商户|店主|女士|先生|大爷|大妈|阿姨|老人|师傅)[\u4e00-\u9fa5]{0,4}?(?:说|表示|告诉记者|坦言|感慨|笑着说|介绍)/;
const SPEAKER_AFTER_RE = /^[，,]?[\u4e00-\u9fa5]{0,10}?(?:说|表示|介绍|指出|强调|坦言|告诉记者)/;

/**
 * Whether a quote is speech, not a name: it ends a sentence inside its marks (“…达到14.3%。”), or it
 * holds a clause break and a speaker follows it (“…，…”他说).
 */
function isQuotedSpeech(text: string, q: Range): boolean {
  const open = text.charCodeAt(q.start);
  if (open !== 0x201c && open !== 34) return false;
  // “…两天就拿到证了。”个体户张女士告诉记者: a citizen's own story, no statistic.
  if (PRIVATE_SPEAKER_AFTER_RE.test(text.slice(q.end, q.end + 16))) return false;
  const last = text.charCodeAt(q.end - 2);
  if (last === 0x3002 || last === 0xff01 || last === 0xff1f || last === 33 || last === 63) return true;
  const inner = text.slice(q.start + 1, q.end - 1);
  return (inner.includes("，") || inner.includes(",")) && SPEAKER_AFTER_RE.test(text.slice(q.end, q.end + 14));
}

function collectRanges(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Figure {
  value: number;
  unit: string;
  unitInfo: UnitInfo | null;
  approx: boolean;
  bound: Bound;
  /** Span of the figure as written, including approximation words and unit. */
  start: number;
  end: number;
  chinese: boolean;
  /** A share written as a fraction (三分之二): rounded and rough. */
  rough: boolean;
  /** The value of a goal another figure is compared with (高于5%的规划目标). */
  goal?: true;
}

/** The last character of a document's title (统计表, 清单, 目录, 名册, 报告书). */
const TITLE_END_CHARS = new CharSet("表单录册书");
/** 前/后/末 before a rank band (排名后三位, 位列前五名). */
const RANK_BAND_HEADS = new CharSet("前后末");
/** A ranking word right before a rank band's 前/后/末. */
const RANKING_BEFORE_RE = /(?:排名|排在|位列|位居|名列|居|列)$/;
/** Whether the 、 at `at` continues a list of ordinals that 第 opens (第二、三名, 第一、二、三批). */
function sharesOrdinal(text: string, at: number): boolean {
  let p = at;
  for (let guard = 0; guard < 8 && p > 0; guard++) {
    let q = p;
    while (q > 0 && (CN_DIGIT_CHARS.has(text.charCodeAt(q - 1)) || isDigit(text.charCodeAt(q - 1)))) q--;
    if (q === p || q === 0) return false;
    const before = text.charCodeAt(q - 1);
    if (before === 0x7b2c) return true; // 第
    if (before !== 0x3001) return false;
    p = q - 1;
  }
  return false;
}

/** Reads the figure whose number token is text[s, e), or null when it is not a metric. */
function readFigure(text: string, s: number, e: number, token: string): Figure | null {
  const first = token.charCodeAt(0);
  const arabic = isDigit(first);
  /** 百分之三十, 千分之三, 万分之八: the unit the words name, or null. */
  const percentWords = perWordsOf(token)?.unit ?? null;
  const prev = s > 0 ? text.charCodeAt(s - 1) : 0;
  const next = e < text.length ? text.charCodeAt(e) : 0;

  // Glued to Latin letters, '+', or date/range/time separators: a code, a version, 1+N, 6+1类.
  if (isAsciiLetter(prev) || (isAsciiLetter(next) && !latinUnitAt(text, e))) return null;
  // 同比-12.6%, 环比+5%: a sign right after a change basis is the change's direction.
  const signedChange = arabic && SIGNS.has(prev) && CHANGE_BASES.suffixAt(text, s - 1, Math.max(0, s - 9)) !== null;
  if (!signedChange && (prev === 43 || next === 43 || prev === 0xff0b || next === 0xff0b)) return null; // +
  // 压缩至3—5个工作日, 3-5万元: a range, read as its lower end (approximate, a lower bound).
  const range = arabic && RANGE_DASHES.has(next) ? readRangeUpper(text, e) : null;
  // 复议与诉讼收案比由2020年的0.8:1提升至2.6:1: a ratio to one, after the name of a ratio (…比).
  if (arabic && (next === 58 || next === 0xff1a || next === 0x2236) && text.charCodeAt(e + 1) === 49 && !isDigit(text.charCodeAt(e + 2)) && text.charCodeAt(e + 2) !== 46 && RATIO_NAME_BEFORE_RE.test(text.slice(Math.max(0, s - 32), s))) {
    const value = Number(token);
    if (Number.isFinite(value)) {
      // 保持在2.5:1以上: a ratio written as a bound.
      const sfx = APPROX_SUFFIXES.find((x) => text.startsWith(x.text, e + 2));
      return { value, unit: RATIO_UNIT, unitInfo: null, approx: sfx !== undefined, bound: sfx?.bound ?? null, start: s, end: e + 2 + (sfx?.text.length ?? 0), chinese: false, rough: false };
    }
  }
  if (arabic) {
    if (!signedChange && (prev === 45 || prev === 47 || prev === 46 || prev === 58 || prev === 95 || prev === 126 || prev === 35 || prev === 0xff5e || prev === 0x2236)) return null; // - / . : _ ~ # ∶
    if (range === null && (next === 45 || next === 47 || next === 58 || next === 126 || next === 0x2236) && isDigit(text.charCodeAt(e + 1))) return null;
  }
  // 4 318 件, 8 6 5 件, 99. 2%: digits that a space splits (a PDF's letter spacing or a thousands
  // space) cannot be read safely as one number or as two; no value is better than a wrong one.
  if (arabic && (spacedFromDigits(text, s - 1, -1) || spacedFromDigits(text, e, 1))) return null;
  if (prev === 0x7b2c || prev === 0x5c4a) return null; // 第: ordinal; 六届二次全会: a session
  // 附件：…数据统计表（共12项指标）: how many items a document lists, part of its title.
  if (prev === 0x5171 && s >= 3 && (text.charCodeAt(s - 2) === 0xff08 || text.charCodeAt(s - 2) === 40) && TITLE_END_CHARS.has(text.charCodeAt(s - 3))) return null; // 共
  // 纠错率=纠错案件数/审结案件数×100%: a factor of a formula, no figure.
  if (prev === 0xd7 || prev === 0x2a || prev === 0xff0a) return null; // × * ＊
  // 分列第二、三名, 第一、二批: 第 before the first of a list of ordinals makes each of them one.
  if (prev === 0x3001 && sharesOrdinal(text, s - 1)) return null;

  // Prefix approximation word (近1.5万名, 约37.62亿元, 近万件).
  let prefix: ApproxWord | null = null;
  if (s > 0) {
    const w = APPROX_PREFIX_MATCHER.suffixAt(text, s, Math.max(0, s - 3));
    if (w !== null) {
      const ps = s - w.length;
      if (!(ps > 0 && APPROX_PREFIX_NOT_AFTER_CHARS.has(text.charCodeAt(ps - 1)))) prefix = APPROX_PREFIX_BY_WORD.get(w)!;
    }
  }
  // 约占三成, 近占五分之一: the approximation word stands before 占; the figure's span stays its own.
  let shareApprox: ApproxWord | null = null;
  if (prefix === null && prev === 0x5360 && s > 1) {
    const w = APPROX_PREFIX_MATCHER.suffixAt(text, s - 1, Math.max(0, s - 4));
    if (w !== null) shareApprox = APPROX_PREFIX_BY_WORD.get(w)!;
  } else if (prefix === null && prev === 0x7684) {
    // 约占全市常住人口的78.5%: what the share is of may stand between 占 and the figure.
    const zhan = SHARE_OF_WHOLE_BEFORE_RE.exec(text.slice(Math.max(0, s - SHARE_OF_WHOLE_MAX), s));
    if (zhan !== null) {
      const at = s - zhan[0].length;
      const w = APPROX_PREFIX_MATCHER.suffixAt(text, at, Math.max(0, at - 3));
      if (w !== null) shareApprox = APPROX_PREFIX_BY_WORD.get(w)!;
    }
  }

  let value: number | null;
  let chinese = false;
  if (percentWords !== null || arabic) {
    value = parseChineseNumber(token);
  } else {
    chinese = true;
    // 数十家, 几百人: an order of magnitude, not a figure. (人数一千二百余人次: a numeral after 数 is one.)
    if ((prev === 0x6570 || prev === 0x51e0) && MAGNITUDE_CHARS.has(token.charCodeAt(0))) return null; // 数 几
    const bare = BARE_MULTIPLIERS[token];
    if (bare !== undefined) {
      // 近万件, 上千人, 百余场, 千余人: a bare multiplier is a number only after an approximation
      // word or before 余/多 (千人千面, 万企, 百花 are names). 十 is an ordinary numeral (检查十次)
      // unless an approximation word stands before it (近十年 is a span, not a count).
      const infixNext = e < text.length && APPROX_INFIX_BY_CODE.has(text.charCodeAt(e));
      if (token === "十" ? prefix !== null : !prefix && !infixNext) return null;
      value = bare;
    } else {
      // 再犯罪率为零, 安全事故发生率保持为零: a rate of zero, written as a word.
      if (token === "零" && ZERO_RATE_BEFORE_RE.test(text.slice(Math.max(0, s - 6), s)) && (e >= text.length || isClauseBreak(next))) {
        return { value: 0, unit: "%", unitInfo: UNITS.get("%") ?? null, approx: false, bound: null, start: s, end: e, chinese: true, rough: false };
      }
      if (token === "零" || token === "〇") return null;
      if (!CN_NUMERAL_CHARS.has(token.charCodeAt(0))) return null; // 千人千面, 万企
      value = parseChineseNumber(token);
    }
  }
  if (value === null || !Number.isFinite(value)) return null;
  if (prefix?.onlyBareMultiplier && !(chinese && BARE_MULTIPLIERS[token] !== undefined)) prefix = null;

  let pos = e;
  let approx = false;
  let bound: Bound = null;
  /** 十几次: a count known only to its order of magnitude. */
  let vague = false;
  /** Where a range written with 至/到 starts (二至三件), or -1. */
  let rangeStart = -1;
  let unit: string;
  let unitInfo: UnitInfo | null;
  const fractionEnd = chinese && next === 0x5206 && text.charCodeAt(e + 1) === 0x4e4b ? numeralRunEnd(text, e + 2) : -1; // 分之
  const numerator = fractionEnd > e + 2 ? parseChineseNumber(text.slice(e + 2, fractionEnd)) : null;
  if (percentWords !== null) {
    unit = percentWords;
    unitInfo = UNITS.get(percentWords) ?? null;
  } else if (numerator !== null && numerator > 0 && numerator < value && value <= 100) {
    // 三分之二, 近五分之一: a fraction, as a share in per cent; rounded, so approximate.
    value = Math.round((numerator / value) * 1000) / 10;
    unit = "%";
    unitInfo = UNITS.get("%") ?? null;
    approx = true;
    pos = fractionEnd;
  } else {
    // Multiplier (1.7万, 7.1亿) and infix approximation (2600余件, 1.06万余条, 160余万元).
    let mult = 1;
    /** 2万5千: the lower group (5千), added after the multiplier. */
    let lowerGroup = 0;
    let shared: NumberWithUnit | null;
    /** Where the figure's words start: before an approximation word (缩短至约5分钟). */
    const start0 = prefix !== null ? s - prefix.text.length : s;
    if (range !== null) {
      mult = range.mult;
      pos = range.unitStart;
      approx = true;
      bound = "lower";
    } else if (arabic) {
      const mw = MULTIPLIER_MATCHER.prefixAt(text, pos);
      // 5千米, 3千克: a unit that starts with the multiplier's character is the unit.
      const unitHere = mw !== null ? UNIT_MATCHER.prefixAt(text, pos) : null;
      if (mw !== null && !(unitHere !== null && unitHere.length > mw.length)) {
        mult = MULTIPLIER_FACTORS.get(mw)!;
        pos += mw.length;
        // 2万5千人次, 1千2百件: a lower group in digits with its own multiplier completes the number.
        const tail = isDigit(text.charCodeAt(pos)) ? COMPOUND_TAIL_RE.exec(text.slice(pos, pos + 6)) : null;
        const tailFactor = tail ? COMPOUND_TAIL_FACTORS[tail[2]!]! : 0;
        if (tail && tailFactor < mult) {
          lowerGroup = Number(tail[1]) * tailFactor;
          pos += tail[0].length;
        }
      }
    }
    const infix = pos < text.length ? APPROX_INFIX_BY_CODE.get(text.charCodeAt(pos)) : undefined;
    if (infix !== undefined) {
      // 十几次: only an order of magnitude, no value an indicator could compare.
      if (text.charCodeAt(pos) === 0x51e0) vague = true; // 几
      approx = true;
      bound = infix;
      pos++;
      // 160余万元, 两千余万元, 十余万元: 万/亿 after 余 multiplies Chinese numerals too.
      if (mult === 1) {
        const mw = MULTIPLIER_MATCHER.prefixAt(text, pos);
        if (mw !== null) {
          mult = MULTIPLIER_FACTORS.get(mw)!;
          pos += mw.length;
        }
      }
    }
    // 新制定政府规章二至三件, 3至5个工作日: a range written with 至/到, read as its lower end like 3—5.
    const lower = range === null ? rangeLowerBefore(text, s) : null;
    if (lower?.ordinal) return null;
    if (lower !== null && lower.value < value) {
      value = lower.value;
      rangeStart = lower.start;
      approx = true;
      bound = "lower";
    }
    value = round(value * mult + lowerGroup);
    const uw = UNIT_MATCHER.prefixAt(text, pos);
    // (5分钟: hours and minutes measured outrank 分, a score.)
    const measured = mult === 1 ? MEASURED_DURATION_MATCHER.prefixAt(text, pos) : null;
    // (每次用时15分钟: how long each time takes, a format, not a result.)
    if (measured !== null && MEASURED_DURATION_BEFORE.suffixAt(text, start0, Math.max(0, start0 - 4)) !== null && !text.slice(Math.max(0, start0 - 8), start0).includes("每")) {
      // 平均用时缩短至5分钟, 压缩至2小时以内: a duration that was measured or cut, in hours or minutes.
      unit = measured;
      unitInfo = MEASURED_DURATION_UNITS.get(measured)!;
      pos += measured.length;
    } else if (uw !== null) {
      const info = UNITS.get(uw)!;
      const after = pos + uw.length;
      for (const w of info.notBefore) if (text.startsWith(w, after)) return null;
      if (info.notAfter.length > 0 && s > 0 && info.notAfter.includes(text[s - 1]!)) return null;
      // 六届二次、三次、四次全会: items of a list share what follows the last one.
      if (info.notBefore.length > 0 && text.charCodeAt(after) === 0x3001) {
        const last = LIST_OF_SAME_UNIT_RE.exec(text.slice(after, after + 40));
        if (last !== null && last[1] === uw && info.notBefore.some((w) => text.startsWith(w, after + last[0].length))) return null;
      }
      unit = uw === "％" ? "%" : uw;
      unitInfo = info;
      pos = after;
      // 312家（次）, 1200人（次）: a bracketed 次 belongs to the unit (家次, 人次).
      const perVisit = (text.startsWith("（次）", pos) || text.startsWith("(次)", pos)) ? UNITS.get(`${uw}次`) : undefined;
      if (perVisit !== undefined) {
        unit = perVisit.text;
        unitInfo = perVisit;
        pos += 3;
      }
      // 满意度95%-98%: the same unit after a dash and a number closes a range.
      if (range === null && RANGE_DASHES.has(text.charCodeAt(pos))) {
        const upper = readRangeUpper(text, pos);
        if (upper !== null && upper.mult === 1 && text.startsWith(uw, upper.unitStart) && upper.unitStart + uw.length === upper.end) {
          pos = upper.end;
          approx = true;
          bound = "lower";
        }
      }
    } else if (text.charCodeAt(pos) === 0x6210 && !approx && value >= 1 && value <= 9 && (token.length === 1 || arabic) && TENTHS_FOLLOWERS.test(text.slice(pos + 1, pos + 3))) {
      // 八成 = 80%: tenths, in percentage points like %.
      value = value * 10;
      unit = "%";
      unitInfo = UNITS.get("%") ?? null;
      pos++;
      // 九成五 = 95%: one more digit after 成 is the next tenth's digit, unless a measure word makes it a count of its own (三成五家).
      const tenthDigit = chinese && CN_DIGIT_CHARS.has(text.charCodeAt(pos)) ? parseChineseNumber(text[pos]!) : null;
      if (tenthDigit !== null && tenthDigit > 0 && !CN_NUMERAL_CHARS.has(text.charCodeAt(pos + 1)) && UNIT_MATCHER.prefixAt(text, pos + 1) === null && !isDigit(text.charCodeAt(pos + 1))) {
        value += tenthDigit;
        pos++;
      }
    } else if (arabic && mult === 1 && !approx && SHARED_UNIT_JOINS.has(text.charCodeAt(pos)) && (shared = readSharedUnit(text, pos + 1)) !== null) {
      // 分别提升2.1和1.8个百分点, 分别为412、389、365件: the unit after the last figure of the list is
      // each one's. The span stays the number.
      const uw = text.slice(shared.unitStart, shared.end);
      value = round(value * shared.mult);
      unit = uw === "％" ? "%" : uw;
      unitInfo = UNITS.get(uw) ?? null;
    } else if (arabic && mult >= 1e4 && (pos >= text.length || isClauseBreak(text.charCodeAt(pos)) || text.charCodeAt(pos) === 0x3001)) {
      // 注册用户超过4000万，: a count in 万/亿 whose measure word goes unsaid; the unit stays empty.
      unit = "";
      unitInfo = null;
    } else if (arabic && mult >= 1e4 && POPULATION_NOUNS.prefixAt(text, pos) !== null) {
      // 约12.6万常住人口, 服务300万群众: persons counted in 万 with no measure word; the noun is what is counted.
      unit = POPULATION_UNIT;
      unitInfo = UNITS.get(POPULATION_UNIT) ?? null;
    } else if (arabic && mult === 1 && !approx && SCORE_ITEM_END.has(text.charCodeAt(pos)) && s > 0 && isHanRun(text, s - 1, s) && SCORE_LIST_LEAD_RE.test(text.slice(Math.max(0, s - SCORE_LIST_LOOKBACK), s))) {
      // 得分依次为：南昌市88.72、赣州市86.15…: each bare number after a name in a list of scores is a score.
      unit = "分";
      unitInfo = UNITS.get("分") ?? null;
    } else if (arabic && mult === 1 && (pos >= text.length || isClauseBreak(text.charCodeAt(pos))) && UNITLESS_RATE_BEFORE_RE.test(text.slice(Math.max(0, s - 8), s))) {
      // 亿元地区生产总值生产安全事故死亡率为0.012: a rate per a base its name states; no unit.
      // (被纠错率为0, 败诉率为0: none is none in any unit; a share of none is 0%.)
      const noneRated = value === 0 && ZERO_RATE_BEFORE_RE.test(text.slice(Math.max(0, s - 8), s));
      unit = noneRated ? "%" : "";
      unitInfo = noneRated ? (UNITS.get("%") ?? null) : null;
    } else {
      return null;
    }
  }
  const unitEnd = pos;
  // 自作出决定之日起7个工作日内公开, 请于公示之日起15个工作日内反馈: a time limit the rules set, not a figure of the year.
  // (压缩至受理之日起3个工作日内: a time limit cut to is the reform's result.)
  if (unitInfo?.kind === "duration" && text.charCodeAt(pos) === 0x5185 && DEADLINE_BEFORE_RE.test(text.slice(Math.max(0, s - 4), s)) && !LIMIT_CUT_BEFORE_RE.test(text.slice(Math.max(0, s - 14), s))) return null;

  // 两倍多: more than a multiple.
  if (unit === "倍" && text.charCodeAt(pos) === 0x591a && !approx) {
    approx = true;
    bound = "lower";
    pos++;
  }
  // Suffix approximation (98%以上).
  for (const sfx of APPROX_SUFFIXES) {
    if (text.startsWith(sfx.text, pos)) {
      if (sfx.notBefore.some((w) => text.startsWith(w, pos + sfx.text.length))) break;
      // 10亿元以上项目158个, 案值5万元以上的案件86件: a threshold naming a class that the figure after it counts.
      // (罚款金额在5万元以上的案件全部进行法制审核: a class that all of is treated some way.)
      if (sfx.bound !== null && thresholdClassAt(text, pos + sfx.text.length, s)) return null;
      approx = true;
      if (bound === null) bound = sfx.bound;
      pos += sfx.text.length;
      break;
    }
  }
  let start = rangeStart >= 0 ? rangeStart : s;
  // （6.2%）仍高于5%的规划目标: the comparison is the other figure's; this one is the goal's own value.
  // 优于35微克/立方米的国家标准: a benchmark's value is no figure of the place.
  let goal = false;
  const referenceQualifier = text.charCodeAt(pos) === 0x7684 ? REFERENCE_QUALIFIERS.suffixAt(text, s, Math.max(0, s - 3)) : null;
  const comparedAt = s - (referenceQualifier?.length ?? 0);
  if (text.charCodeAt(pos) === 0x7684 && REFERENCE_COMPARATIVES.suffixAt(text, comparedAt, Math.max(0, comparedAt - 4)) !== null) {
    const ref = REFERENCE_AFTER_RE.exec(text.slice(pos, pos + REFERENCE_AFTER_MAX));
    if (ref !== null && ref[2] !== undefined) return null;
    if (ref !== null) {
      goal = true;
      if (prefix !== null && REFERENCE_COMPARATIVES.has(prefix.text)) prefix = null;
    }
  }
  if (prefix && rangeStart < 0) {
    // 案值超过100万元的案件12件: a threshold written before its figure names a class too.
    if (prefix.bound === "lower" && text.charCodeAt(pos) === 0x7684 && thresholdClassAt(text, pos, s - prefix.text.length)) return null;
    approx = true;
    if (bound === null) bound = prefix.bound;
    start = s - prefix.text.length;
  } else if (shareApprox !== null && !shareApprox.onlyBareMultiplier) {
    approx = true;
    if (bound === null) bound = shareApprox.bound;
  }

  // Small counts in Chinese numerals naming a framework (四个方面, 三项原则) are not metrics.
  if (chinese && value <= 10 && ABSTRACT_NOUNS.prefixAt(text, unitEnd) !== null) return null;
  // 八类严重暴力犯罪案件同比下降21.5%: a few kinds fused to the noun whose figure follows in the clause name a
  // category of cases (its own name), they count nothing.
  if (chinese && value <= 10 && unit === "类" && CATEGORY_NAME_AFTER_RE.test(text.slice(unitEnd, unitEnd + 24))) return null;
  // 在全省11个设区市中, 12个乡镇（街道）中仅有4个: how many divisions there are, the frame of a sentence.
  if (unit === "个" && DIVISION_FRAME_AFTER_RE.test(text.slice(unitEnd, unitEnd + 12))) return null;
  // Rankings: 前10名, 排名第3位, 排名后三位, 位列前五名.
  if (unitInfo?.kind === "person" && (prev === 0x524d || text.startsWith("排名", s - 2))) return null;
  if ((unit === "名" || unit === "位") && RANK_BAND_HEADS.has(prev) && RANKING_BEFORE_RE.test(text.slice(Math.max(0, s - 5), s - 1))) return null;
  // 低于泉州市平均水平1.9个百分点, 高于全市平均5.1个百分点: a gap to an average, no level or change of its own.
  if (endsLikeAverage(text.charCodeAt(s - 1)) && GAP_TO_AVERAGE_RE.test(text.slice(Math.max(0, s - 24), s))) return null;
  // 跨越4000亿元、5000亿元台阶, 突破万亿大关: a milestone passed, not a measured quantity.
  const milestoneLead = MILESTONE_VERBS.suffixAt(text, start, Math.max(0, start - 3)) !== null || (text.charCodeAt(start - 1) === 0x3001 && MILESTONE_LIST_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)));
  if (milestoneLead && MILESTONE_AFTER_RE.test(text.slice(pos, pos + 24))) return null;
  // 52.36公顷（合785.4亩）, 1.2亿元（12000万元）: the same amount again in another unit, no second figure.
  // (26件（52.36公顷）, 326件（1280万元）: an amount of something else, kept.)
  if ((unitInfo?.kind === "measure" || unitInfo?.kind === "money") && (text.charCodeAt(pos) === 0xff09 || text.charCodeAt(pos) === 41)) {
    const conversion = CONVERSION_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start));
    if (conversion !== null && (conversion[2] !== undefined || UNITS.get(conversion[1]!)?.kind === unitInfo.kind)) return null;
  }
  // 处以货值金额三倍罚款, 一倍以上五倍以下的罚款: a penalty rule's multiple, not a result.
  if (unit === "倍" && PENALTY_MULTIPLE_AFTER_RE.test(text.slice(pos, pos + 8))) return null;
  // 分四批公布, 分三步推进: how an action was staged.
  if (prev === MANNER_STEPS.before && MANNER_STEPS.units.prefixAt(text, e) !== null) return null;
  // 减免3个月租金, 延期3个月缴纳, 居家健康监测7天: the term of a measure, no figure of work done.
  // (平均延期30天: an average of work done is a figure.)
  if (unitInfo?.kind === "duration") {
    const term = TERM_VERBS.suffixAt(text, start, Math.max(0, start - 4));
    if (term !== null && !text.slice(Math.max(0, start - term.length - 2), start - term.length).endsWith("平均")) return null;
  }
  // 为期3个月, 连续8年, 热线12345: durations of actions, streaks, codes.
  const skipWord = SKIP_BEFORE.suffixAt(text, start, Math.max(0, start - 4));
  if (skipWord !== null && !(COUNTED_AFTER_CODE_WORDS.has(skipWord) && unitInfo !== null && unitInfo.kind !== "percent")) return null;
  // 每十万人, 十万人生产安全事故死亡率为0.85: the base a rate is stated per, not a count.
  if (prev === 0x6bcf || (!approx && isPowerOfTen(value) && value >= 100 && RATE_BASE_AFTER_RE.test(text.slice(unitEnd, unitEnd + 16)))) return null; // 每

  // 保持在10%至15%之间: a range, read as its lower end (approximate, a lower bound), as 10%-15% is.
  if (arabic && !approx) {
    const r = RANGE_TO_BETWEEN_RE.exec(text.slice(pos, pos + 24));
    if (r !== null && r[2]!.length > 0 && text.slice(pos - r[2]!.length, pos) === r[2] && Number(r[1]) > value) {
      approx = true;
      bound = "lower";
      pos += r[0].length - 2; // the span ends with the upper figure, before 之间
    }
  }
  // Every Figure has the same properties (no optional spread): one object shape for the code that reads them.
  return { value, unit, unitInfo, approx, bound, start, end: pos, chinese, rough: vague || (fractionEnd > e + 2 && unit === "%" && percentWords === null), ...(goal ? { goal } : {}) };
}

/** End of the run of Chinese numerals from `p` (at most four characters: 五分之一, 三分之二). */
function numeralRunEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < 4 && CN_NUMERAL_CHARS.has(text.charCodeAt(q))) q++;
  return q;
}

/** A figure added beside a sentence's count (另有上年结转17件): no count the next sentence goes on from. */
const ASIDE_SUBJECT_RE = /^另(?:有|外)|结转/;
/** 另推出…, 另新增…: a figure added beside the ones before it. */
const ADDED_BESIDE_RE = /^另(?:外)?(?:推出|新增|增加|建成|制定|出台)/;
/** 我市还结合实际推出…: a clause that adds to what its sentence counted before. */
const ADDED_BESIDE_CLAUSE_RE = /(?:还|另外?)[^，,；;。]{0,8}?(?:推出|新增|增加|建成|制定|出台)/;
/** 为…, 向…, 对…, 给…: a preposition that opens a clause before whom the work served. */
const BENEFICIARY_PREPOSITIONS = "为向对给";
/** A table row's label that names a part of the year or the whole year (第一季度, 1—6月, 上半年, 全年): a period, no place. */
const PERIOD_ROW_LABEL_RE = /^(?:第?[一二三四1-4]季度|[1-9１-９一二三四五六七八九十]{1,3}月份?|[1-9１-９一二三四五六七八九十]{1,3}(?:月)?[—\-–~～至][1-9１-９一二三四五六七八九十]{1,3}月|[上下]半年|全年(?:合计|累计)?)$/;
/** 特色小镇, 基层社区, 城乡社区: words that end like a named unit but name a kind of place, no one unit. */
const NOT_A_UNIT_NAME_RE = /^(?:基层|城乡|农村|城市|城区|智慧|特色|新型|示范|美丽)|小镇$/;
/** How long a bracket after a named unit may be that gives its other name (黎里镇（汾湖高新区）). */
const UNIT_ALIAS_MAX = 12;
/** A named sub-unit opening a part (其中，玉林东路社区…, 其中杏林街道…): its kind in group 1. */
const NAMED_SUBUNIT_RE = /^(?:其中[，,：:]?\s*)?(?!其中)(?![^\u4e00-\u9fa5]|[\u4e00-\u9fa5]{0,5}(?:[本我该各]|全(?!年)))[\u4e00-\u9fa5]{2,6}?(社区|村|街道|镇|乡)(?![\u4e00-\u9fa5]{0,1}(?:矫正|级|干部|工作者|群众|居民))/;
/** A subject that is only a year (其中2024年1.2万场次). */
const YEAR_ONLY_RE = /^(?:19|20)[0-9]{2}年度?$/;
/** After an object counted after 对: more objects listed (、协议, 和协议). */
const OBJECT_LIST_AFTER_RE = /^(?:[、和及与][\u4e00-\u9fa5]{1,6}?(?=[、和及与]|开展|进行|实施|实行|作出|出具|提供|给予|予以))+/;
/** Before a rate of zero written as a word (再犯罪率为零) or as a bare 0 (被纠错率为0). */
const ZERO_RATE_BEFORE_RE = /率(?:为|是|保持为?|实现|保持在|控制在)?$/;
/** Before a rate stated without a unit (死亡率为0.012, 综合指数达0.86): the rate's name and a copula. */
const UNITLESS_RATE_BEFORE_RE = /(?:率|指数|系数)(?:为|是|达|达到|保持在|控制在|降至|降到|下降到|下降至)$/;
/** Before a ratio to one (2.6:1): its name, a word ending in 比 (收案比, 案件比), then at most a from–to phrase. */
const RATIO_NAME_BEFORE_RE = /[\u4e00-\u9fa5](?<!同|环|对|相)比(?:例)?[^，,。；;比]{0,24}$/;
/** The unit of a ratio to one: 2.6:1 reads 2.6 ":1". */
const RATIO_UNIT = ":1";
/** Before a figure: a comparison with an average (低于泉州市平均水平, 高于全省平均约, 高于全国1.1个百分点、全省) or with the plan (比计划少). */
const GAP_TO_AVERAGE_RE = /(?:(?:高于|低于|高出|超过|超出|优于|好于|少于|多于)(?:(?:全[省市区县国州]|[\u4e00-\u9fa5]{0,10}平均(?:水平|值|数)?)[0-9.]+(?:个百分点|%|％|倍|分)?[、和])?(?:[\u4e00-\u9fa5]{0,10}平均(?:水平|值|数)?|全[省市区县国州])(?:[（(][^（）()，。]{1,12}[）)])?|(?:比|较)[\u4e00-\u9fa5]{0,10}平均(?:水平|值|数)?(?:[（(][^（）()，。]{1,12}[）)])?(?:高出|低了|高了|多出|高|低|多|少)|(?:比|较)(?:计划|目标|预期)(?:数|值)?(?:多|少|增加|减少|超出|高出|低))(?:约|近|大约|超过)?$/;
/** A clause between a figure and its change that states only its gap to an average or a whole (，比全省平均高6.35分，). */
const GAP_BETWEEN_RE = /^[，,]\s*[^，,。；;]{0,12}(?:平均|全[省市区县国州])[^，,。；;0-9]{0,6}[0-9０-９.]+(?:个百分点|分|%|％|倍)?[，,]\s*$/;
/** Whether a text ending in character `c` may end as GAP_TO_AVERAGE_RE needs: a regex anchored at its end tries every start, so it runs only then. */
function endsLikeAverage(c: number): boolean {
  // 均 平 值 数 (平均, 平均水平, 平均值, 平均数); 多 少 加 出 低 (比计划少); 约 近 过 (平均水平约, 超过)
  // ） ) (平均水平（6.8%）); 高 了 (比全省平均高, 低了)
  // 省 市 区 县 国 州 (低于全市2.3个百分点)
  return (
    c === 0x5747 || c === 0x5e73 || c === 0x503c || c === 0x6570 || c === 0x591a || c === 0x5c11 || c === 0x52a0 || c === 0x51fa || c === 0x4f4e || c === 0x7ea6 || c === 0x8fd1 || c === 0x8fc7 || c === 0xff09 || c === 41 || c === 0x9ad8 || c === 0x4e86 ||
    c === 0x7701 || c === 0x5e02 || c === 0x533a || c === 0x53bf || c === 0x56fd || c === 0x5dde
  );
}

/** Whether `word`, found at `at`, stands inside an occurrence of `whole` (村居 in 农村居民). */
function insideWord(text: string, at: number, word: string, whole: string): boolean {
  const k = whole.indexOf(word);
  return k >= 0 && at >= k && text.startsWith(whole, at - k);
}
/** The intake verbs as a list, for the noun that ends in one (一审行政案件收案). */
const INTAKE_WORDS: readonly string[] = [...INTAKE_VERBS];
/** How far before a figure the words of its own topic are read (违反疫情防控规定的行政处罚案件). */
const TOPIC_BEFORE_FIGURE_MAX = 16;
/** How far after a figure its reference (的规划目标, 的国家二级标准) is read. */
const REFERENCE_AFTER_MAX = 10;
/** The words before a list word inside a quoted label (三张 of “三张清单”). */
const QUOTED_LABEL_MAX = 4;
/** A short quoted label of lists (“三张清单”, “两单”). */
const QUOTED_LIST_LABEL_RE = new RegExp(`“[^”“]{1,${QUOTED_LABEL_MAX}}清单”`);
/** How far back the sentence that named a quoted label's lists is looked for. */
const LIST_LABEL_LOOKBACK = 1500;
/** Whether the year at `yearAt` in `sent` stands between a clause's actor (no verb, no other year) and its verb. */
function actorThenYear(sent: string, yearAt: number, afterYear: number): boolean {
  // (A year in digits only: 全区去年通过… leaves 去年 to the reader's year, which a report and an article differ on.)
  if (!isDigit(sent.charCodeAt(yearAt))) return false;
  let from = yearAt;
  while (from > 0 && yearAt - from <= ACTOR_BEFORE_YEAR_MAX && !isClauseBreak(sent.charCodeAt(from - 1))) from--;
  if (from === yearAt || yearAt - from > ACTOR_BEFORE_YEAR_MAX || (from > 0 && !isClauseBreak(sent.charCodeAt(from - 1)))) return false;
  // (对2021年出台的4件规章: a preposition makes the year part of the object's description.)
  if (yearAt - from < 2 || ACTOR_YEAR_PREPOSITIONS.has(sent[from]!) || firstVerbAt(sent, from, yearAt) >= 0 || sent.slice(from, yearAt).includes("年")) return false;
  let v = afterYear;
  const filler = LEADING_MATCHER.prefixAt(sent, v);
  if (filler !== null) v += filler.length;
  return VERB_MATCHER.prefixAt(sent, v) !== null;
}
const ACTOR_BEFORE_YEAR_MAX = 12;
/** After a threshold (以上, 以下): an optional 的, a noun, and the figure that counts it. */
const CLASS_AFTER_THRESHOLD_RE = /^的?(?!的)([\u4e00-\u9fa5]{1,8}?)[0-9零一二两三四五六七八九十百千]/;
/** 之日起 (在) right before a duration: the day a time limit runs from. */
const DEADLINE_BEFORE_RE = /之日起在?$/;
/** A time limit cut to (压缩至, 缩短为) before the day it runs from. */
const LIMIT_CUT_BEFORE_RE = /(?:压缩|缩短|缩减|减少|提速)(?:至|到|为)[^，,。；;]*之日起在?$/;
/** A measure set against a threshold before it (罚款金额在, 案值超过): the threshold defines a class. */
const MEASURED_THRESHOLD_BEFORE_RE = /(?:金额|案值|数额|货值|标的额?|罚款|罚没款)(?:在|超过|达到?)$/;
/** After a threshold: 的, a noun, and what all of that class undergo (的案件全部进行…, 的项目均实行…). */
const CLASS_ALL_AFTER_THRESHOLD_RE = /^的([\u4e00-\u9fa5]{1,8}?)(?:全部|均|一律)/;
/** Words that make the run after a threshold a predicate (增长10%以上达到…), not a noun. */
const CLASS_RUN_STOPS = /[达为是增减提降超破现占比较至到有累共]/;

/**
 * Whether what follows a threshold at `from` names a class of things by it (10亿元以上项目158个, 案值超过100万元的案件12件,
 * 5万元以上的案件全部…): a noun (no verb, no predicate word) and then a count of it or what all of it undergo.
 */
function thresholdClassAt(text: string, from: number, figureStart: number): boolean {
  const after = text.slice(from, from + 12);
  // (减免超过3亿元的税费全部直达: what all of an amount underwent; only a measure set against the threshold, 金额在…, makes a class.)
  const cls = CLASS_AFTER_THRESHOLD_RE.exec(after) ?? (MEASURED_THRESHOLD_BEFORE_RE.test(text.slice(Math.max(0, figureStart - 6), figureStart)) ? CLASS_ALL_AFTER_THRESHOLD_RE.exec(after) : null);
  if (cls === null || CLASS_RUN_STOPS.test(cls[1]!)) return false;
  const nounFrom = from + cls[0].indexOf(cls[1]!, text.charCodeAt(from) === 0x7684 ? 1 : 0);
  return firstVerbAt(text, nounFrom, nounFrom + cls[1]!.length) < 0;
}

/** 二至三件, 3到5个: the lower end of a range (a bare number, no unit, not an ordinal) right before 至/到 at `s - 1`. */
function rangeLowerBefore(text: string, s: number): { value: number; start: number; ordinal: boolean } | null {
  const joint = text.charCodeAt(s - 1);
  if (joint !== 0x81f3 && joint !== 0x5230) return null; // 至 到
  let q = s - 1;
  while (q > 0 && s - 1 - q < 6 && RANGE_NUMBER_CHAR_SET.has(text.charCodeAt(q - 1))) q--;
  if (q === s - 1 || isDigit(text.charCodeAt(q - 1))) return null;
  const value = parseChineseNumber(text.slice(q, s - 1));
  // 第一至三批: a range of ordinals, no count.
  return value === null ? null : { value, start: q, ordinal: text.charCodeAt(q - 1) === 0x7b2c };
}
const RANGE_NUMBER_CHARS = "0123456789.零〇一二两三四五六七八九十百千";
const RANGE_NUMBER_CHAR_SET = new CharSet(RANGE_NUMBER_CHARS);
/** The characters of a count of places before a level word (15个, 1069个, 十余个). */
const COUNT_CHARS = new CharSet(`${RANGE_NUMBER_CHARS}个余多`);
/** After a figure's unit: more items of a list (、三次、四次), capturing the last one's unit. */
const LIST_OF_SAME_UNIT_RE = /^(?:、[0-9零一二两三四五六七八九十百]{1,4}([\u4e00-\u9fa5]{1,2}?))+(?=[\u4e00-\u9fa5])/;
/** After a figure: 至/到 and a second figure in the same unit, then 之间 (10%至15%之间). Groups: the upper value, its unit. */
const RANGE_TO_BETWEEN_RE = /^(?:至|到)([0-9]+(?:\.[0-9]+)?)([^0-9\s，,。；;、]{1,4}?)之间/;
/** Dashes and tildes between the two ends of a range (3—5个工作日, 95%-98%, 3~5天). */
const RANGE_DASHES = new Set([0x2014, 0x2013, 0x2012, 45, 126, 0xff5e, 0x301c, 0xff0d]);
/**
 * The upper end of a range at `pos` (a dash, an Arabic number, perhaps 万/亿, then a unit): where
 * its unit starts and ends and its multiplier. Dates (2023-01-20), year spans (2021-2023年) and
 * codes have no unit after them, so they are not ranges.
 */
/** Whether a clause before its figure says only that a level was reached (达到, 累计达到, 共计, 增至): the words of the change vocabulary's new level, or of a total. */
function saysOnlyLevel(clause: string): boolean {
  const w = clause.trim();
  // Most clauses are longer than any level word and its lead: no lookups, no replace.
  if (w.length > LEVEL_CLAUSE_MAX) return false;
  const level = (w: string) => (NEW_LEVEL_AFTER_CHANGE.has(w) && !BARE_LINKS.has(w)) || SUM_WORDS.has(w);
  return level(w) || level(w.replace(LEVEL_LEAD_RE, ""));
}
/** A sum stated as the level reached (…继续下降，共计4300件); a bare 共 or 累计 opens too many other clauses. */
const SUM_WORDS: ReadonlySet<string> = new Set(["共计", "总计", "合计"]);
/** The longest clause saysOnlyLevel can accept: a level word after a lead word (LEVEL_LEAD_RE's are at most two characters). */
const LEVEL_CLAUSE_MAX = Math.max(...[...NEW_LEVEL_AFTER_CHANGE, ...SUM_WORDS].map((w) => w.length)) + 2;
/** A bare 为/至/到 opens too many other clauses (为1260家企业提供…, 至2023年底) to say a level was reached. */
const BARE_LINKS: ReadonlySet<string> = new Set(["为", "至", "到"]);

/**
 * A subject without the trend said at its end (电子证照种类较上年翻一番, 行政复议案件数量持续增加): a change
 * direction at most two characters from the end, with the base or the adverb before it.
 */
function withoutTrend(subject: string): string {
  // The leftmost direction that reaches the end: 下降, not its last character 降.
  for (let i = Math.max(0, subject.length - TREND_TAIL_MAX); i < subject.length; i++) {
    const dir = CHANGE_DIRECTIONS.prefixAt(subject, i);
    if (dir === null || subject.length - (i + dir.length) > 2) continue;
    let end = i;
    end -= CHANGE_BASES.suffixAt(subject, end)?.length ?? 0;
    end -= TREND_ADVERBS.suffixAt(subject, end)?.length ?? 0;
    const kept = tidy(subject.slice(0, end));
    return kept.length > 0 ? kept : subject;
  }
  return subject;
}
/** A direction word and what may follow it (翻一番) end a subject within this many characters. */
const TREND_TAIL_MAX = 5;

/** Bare numbers of a list before one that has a unit (389、365件 after 412、): at most this many. */
const MAX_SHARED_ITEMS = 8;
/** The unit of the first number with one from `p` on, past bare numbers joined by 、和及与 (389、365件), or null. */
function readSharedUnit(text: string, p: number): NumberWithUnit | null {
  for (let k = 0; k < MAX_SHARED_ITEMS; k++) {
    const found = readNumberWithUnit(text, p);
    if (found !== null) return found;
    if (!isDigit(text.charCodeAt(p))) return null;
    p = skipNumber(text, p);
    if (!SHARED_UNIT_JOINS.has(text.charCodeAt(p))) return null;
    p++;
  }
  return null;
}
function readRangeUpper(text: string, pos: number): NumberWithUnit | null {
  return RANGE_DASHES.has(text.charCodeAt(pos)) ? readNumberWithUnit(text, pos + 1) : null;
}
/** Words that join two figures sharing the unit written after the second (提升2.1和1.8个百分点). */
const SHARED_UNIT_JOINS = new Set([0x548c, 0x3001, 0x53ca, 0x4e0e]); // 和 、 及 与
/** After a figure: the next item of the same list follows (186项、一般隐患…). */
const LIST_ITEM_JOIN_RE = /^[、]$/;
/** 评查案卷1860卷，其中：市场监管领域420卷: 其中 with a colon, a clause of its own, opens a list of parts. */
const PART_OF_LEAD_RE = /其中[：:，,]\s*$/;
/** Words before a figure that only say it is a total (共612项). */
const TOTAL_ONLY_RE = /^(?:共|共计|合计|总计|累计)?$/;
/** A clause that opens with a total's word (累计培训4,360人次, 共计13586人). */
const TOTAL_CLAUSE_OPENING_RE = /^\s*(?:累计|合计|共计|总计)/;
/** Between a list's last item and the total of the list (…尚未审结1件，总计5件). */
const LIST_TOTAL_RE = /^[，,、；;]\s*(总计|合计|共计)(?:为)?$/;
/** Between two figures: a comma and a total word only (培训7期，累计612人次, 创建6个，累计达41个). */
const TOTAL_CLAUSE_AFTER_RE = /^[，,]\s*(?:共|共计|合计|总计|累计)(?:达到?|为)?$/;
/** A subject left with a total word or a copula only (累计, 达). */
/** 三市, 两区, 5县: a count of places opening a subject. */
/** The level of a named unit by the word its name ends in (…社区, …村, …街道, …镇, …乡). */
function subUnitScope(levelWord: string): string {
  return levelWord === "社区" || levelWord === "村" ? "村社区" : "镇街";
}
/** 两个乡, 3个街道 closing a list of named units: how many were listed. */
const PLACE_COUNT_TAIL_RE = /(?<=[\u4e00-\u9fa5]{2}(?:乡|镇|街道|村|社区))[两二三四五六七八九十0-9]{1,2}个?(?:乡镇|乡|镇|街道|社区|村)$/;
const PLACE_COUNT_LEAD_RE = /^[一二三四五六七八九十两0-9]{1,2}个?(?:市|县|区|州|地)/;
/**
 * After the level's character (市, 区, 县) opening a sentence: one of its service centres (法律援助中心,
 * 政务服务中心), whose own cases are part of the place's, not 市场, 市民 or 市直. (A bureau's own work, 区司法局
 * 审查合同…, is left unscoped: it is the government's, not a level's share of a place's total.)
 */
const OWN_LEVEL_BODY_RE = /^(?:中院|中级人民法院|(?!政府|人民|[场民直级县区镇乡委])[\u4e00-\u9fa5]{2,10}?(?:中心|服务站|仲裁院|仲裁委员会))(?![\u4e00-\u9fa5]{0,8}(?:介绍|表示|指出|说|称)[，,：:])/;
/** A rate's name straight ahead: up to 8 characters and 率, no list mark or comma between. */
const RATE_NAME_AHEAD_RE = /^[^、，,；;]{1,8}率/;
/**
 * Whether `metric` counts an outcome of the action whose total `prev` is, in the clause right after it
 * (清理文件412件，废止31件; 审结352件，维持162件), in the same unit and no larger.
 */
function outcomeOfPrev(prev: ExtractedMetric, metric: ExtractedMetric, clauseStart: number): boolean {
  if (prev.unit !== metric.unit || UNITS.get(prev.unit)?.kind === "percent" || metric.value > prev.value || prev.end >= clauseStart || prev.sentenceStart !== metric.sentenceStart) return false;
  for (const [action, outcomes] of OUTCOMES_OF) {
    if (!prev.subject.includes(action)) continue;
    return outcomes.some((o) => metric.subject.startsWith(o));
  }
  return false;
}
/** A caption line over a figure: a few Han words (digits only as a hotline's number, 12348热线接听来电), no sentence punctuation. */
const CAPTION_LABEL_RE = /^(?:[0-9]{5})?[\u4e00-\u9fa5（）“”]{2,16}$/;
/** An office's enforcement arm opening a clause (其中，市卫生健康执法支队…): its level and its line's words. */
const OWN_ARM_RE = /^(?:其中|另外|此外|同时)?[，,]?([市县区州旗])?([\u4e00-\u9fa5]{2,10}?)(?:综合)?(?:行政)?(?:执法(?:支队|大队|总队)|监督(?:所|支队|大队)|稽查(?:局|支队|大队)|监察(?:支队|大队))/;
/** The longest word of a list before 分别 (培训、案卷评查、…抽查数量), and of a clause that is only the list (an office and its work each). */
const DISTRIBUTION_ITEM_MAX = 8;
const LIST_CLAUSE_ITEM_MAX = 16;
const PLAN_OPENING_MAX = 24;
/** A clause that opens with 分别 or 依次. */
const DISTRIBUTION_OPENING_RE = /^\s*(?:分别|依次)/;
/** What a clause says of all the items it lists (增幅较大, 增长较快, 居全区前三位): no part of the last item's name. */
const LIST_VERDICT_TAIL_RE = /(?:(?:增幅|降幅|增速|增量|数量|占比)?(?:较大|较快|较多|较高|最大|最快|最多|最高|明显|显著)|(?:位居|居)(?:全[省市区县])?前(?:列|[一二三四五六七八九十两0-9]{1,2}位?))$/;
/** A title over a block of data cards (数说上半年, 数据速览, 一图看懂): not a card's label. */
const CARD_BLOCK_TITLE_RE = /数说|速览|一览|看懂|读懂|成绩单|数据|亮点|关键词/;
/** The level character that ends a place named inside an arm's words, with the line's words after it. */
const ARM_PLACE_END_RE = /[市县区州旗](?=[\u4e00-\u9fa5]{2})/g;
/** A footnote marker ([1], or [1 cut off at the figure) in a subject. */
const FOOTNOTE_MARK_RE = /\[[0-9]{1,2}\]?/g;
/** A paragraph's lead-in clause (记者了解到, 据统计, 记者从市司法局获悉): what opens the paragraph comes after it. */
const OPENING_LEAD_IN_RE = new RegExp(`^\\s*(?:${REPORTED_LEAD_IN_SOURCE})$`);
/** 他, 她, 我 as one person (not 其他, 他人, 他们, 我市, 我们, 我区…). */
const PERSONAL_PRONOUN_RE = /(?<![其吉利])他(?![们人处国乡方山])|她(?!们)|我(?![们市区县省局州国镇街委院厅部乡旗盟司处办校])/g;
/** Right after a pronoun: a verb of saying (他介绍, 她表示): the person only speaks. */
const SPEAKER_VERB_RE = /^(?:说|介绍|表示|指出|告诉|坦言|称|透露|谈到|提到)/;
/** 第一批, 首批, 第2批: one batch of several. */
const BATCH_RE = /第[一二三四五六七八九十0-9]{1,2}批|首批/;
const BATCHES_RE = new RegExp(BATCH_RE.source, "g");
/** A share clause that names no measure of its own: 占, 占比, 比重 (after 约/达/为). */
const BARE_SHARE_RE = /^(?:占比?|比重)$/;
/** What stands between a count and its bare share: 3.1万件，占53.4% / 3.1万件，占比约53.4%. */
const SHARE_CLAUSE_AFTER_RE = /^[，,]\s*(?:占比?|比重)(?:达到?|为|约|近|超)?$/;
/** Between a bound and the exact level (突破600家，达到614家). */
const LEVEL_AFTER_BOUND_RE = /^[，,]\s*(?:已)?(?:达到?|为)$/;
const TOTAL_COPULA_ONLY_RE = /^(?:共|共计|合计|总计|累计)?(?:达到?|为)?$/;
/** 为…企业…, 组织律师为…: a sentence that opens by naming who was served. */
const SERVED_OPENING_RE = /^(?:组织[\u4e00-\u9fa5]{1,4})?为/;
/** …深入企业开展“法治体检”, …为186家企业开展…: an earlier clause that names the firms served (the group in 1). */
const SERVED_BEFORE_RE = /(?:为|深入|走进|走访)[^，,；;。]{0,12}?(企业|商户|经营主体)/;
/** 通过“亮码检查”…, 依托“共享法庭”…: a named channel the figure went through. */
const CHANNEL_RE = /(?:通过|依托|借助|运用|利用)[“"]([^”"]{2,12})[”"]/;
/** 占审结案件的30.5%: a share of a total named by a noun (not of a place's: 占全省的12%). */
const SHARE_OF_TOTAL_RE = /^占(?![全本我该各省市区县国])[\u4e00-\u9fa5]{1,8}?(?:总数|总量)?的?$/;
const TOTAL_AFTER_NOUN_RE = /^[\u4e00-\u9fa5]{1,4}[、，,]?(?:共|共计|合计|总计)$/;
/** Between two levels joined into one (县区政府和市直部门, 县直部门和乡镇（街道）). */
const LEVEL_JOIN_RE = /^(?:人民)?(?:政府|部门|单位|机关)?[和及与、]$/;
/** 各部门和县（市、区）: offices named without a level, joined to a level. */
const OFFICES_JOINED_BEFORE_RE = /(?:部门|单位|机关)[和及与、]$/;
interface NumberWithUnit {
  unitStart: number;
  end: number;
  mult: number;
}
/** An Arabic number at `p`, perhaps 万/亿, then a unit: where the unit starts and ends, and the multiplier. */
/** The end of the ASCII number (digits, perhaps a point and more digits) that starts at `p`. */
function skipNumber(text: string, p: number): number {
  while (p < text.length && (isDigit(text.charCodeAt(p)) || (text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1))))) p++;
  return p;
}
function readNumberWithUnit(text: string, p: number): NumberWithUnit | null {
  if (!isDigit(text.charCodeAt(p))) return null;
  p = skipNumber(text, p);
  let mult = 1;
  const mw = MULTIPLIER_MATCHER.prefixAt(text, p);
  if (mw !== null) {
    mult = MULTIPLIER_FACTORS.get(mw)!;
    p += mw.length;
  }
  const uw = UNIT_MATCHER.prefixAt(text, p);
  return uw === null ? null : { unitStart: p, end: p + uw.length, mult };
}

/** A table cell's number as a figure: exact, in the unit its row states. */
function tableFigure(cell: TableCell, unit: string): Figure {
  return { value: cell.value, unit, unitInfo: UNITS.get(unit) ?? null, approx: cell.approx !== undefined, bound: cell.approx ?? null, start: cell.start, end: cell.end, chinese: false, rough: false };
}

// ---------------------------------------------------------------------------------------------
// Subjects

function isTrimChar(c: number): boolean {
  // whitespace and punctuation that never starts or ends a subject
  return (
    c === 32 || c === 0x3000 || c === 0xff0c || c === 44 || c === 0x3001 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58 ||
    c === 0x3002 || c === 0xff08 || c === 0xff09 || c === 40 || c === 41 || c === 0x3010 || c === 0x3011 || c === 0x201c || c === 0x201d || c === 34 || c === 91 || c === 93
  );
}
/** A title in a subject, with the preposition that introduces it and the 等 that closes a list of titles (围绕《…》等开展…). */
const TITLE_RE = /(?:围绕|根据|依据|按照|对照|聚焦)?《[^》]*》(?:[、和及与]《[^》]*》)*等?/g;
const QUOTE_MARKS_RE = /[“”"]/g;
/** Removes titles and quotation marks, trims punctuation at both ends. */
function tidy(s: string): string {
  let quoteMarks = false;
  let title = false;
  let square = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a) title = true; // 《
    else if (c === 0x201c || c === 0x201d || c === 34) quoteMarks = true;
    else if (c === 91) square = true; // [
  }
  if (title) s = s.replace(TITLE_RE, "");
  if (quoteMarks) s = s.replace(QUOTE_MARKS_RE, "");
  // 直接纠错率[1]14.6%: a footnote's marker is no part of what is counted.
  if (square) s = s.replace(FOOTNOTE_MARK_RE, "");
  let a = 0;
  let b = s.length;
  while (a < b && isTrimChar(s.charCodeAt(a))) a++;
  while (b > a && isTrimChar(s.charCodeAt(b - 1)) && !closesBracket(s, a, b - 1)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
/** Whether s[at] is a closing bracket whose opening one lies in s[from, at): 村（社区） keeps its ）. */
function closesBracket(s: string, from: number, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c !== 0xff09 && c !== 41) return false;
  const open = c === 0xff09 ? "（" : "(";
  const o = s.lastIndexOf(open, at - 1);
  return o >= from;
}
function stripLeading(s: string): string {
  for (let k = 0; k < 12 && s.length > 0; k++) {
    let n = 0;
    const c = s.charCodeAt(0);
    if (isDigit(c) || CN_DIGIT_CHARS.has(c) || c === 0x622a || c === 0x81ea || c === 0x4ece || c === 0x5728 || c === 0xff08 || c === 40) {
      // 截 自 从 在 or a digit: maybe a date; or a list marker (三是, 3., （二）)
      const m = LIST_MARKER_RE.exec(s) ?? DATE_LEAD_RE.exec(s);
      if (m) n = m[0].length;
    }
    if (n === 0) {
      const w = LEADING_MATCHER.prefixAt(s, 0);
      // 及时受理率、按期办结率: the filler names the rate, whose name runs on to 率 before any list mark.
      if (w !== null && LEADING_KEPT_IN_RATE_NAME.has(w) && RATE_NAME_AHEAD_RE.test(s.slice(w.length))) break;
      if (w !== null) {
        const guard = LEADING_GUARD_CHARS.get(w);
        if (!(guard !== undefined && s.length > w.length && guard.has(s.charCodeAt(w.length)))) n = w.length;
        // 县市场监管局, 全市场主体: a level word that the words after it undo (scopes.notBefore: 场监管) gives up its
        // last character to them (市场).
        if (n === w.length && w.length >= 2 && SCOPE_NOT_BEFORE.prefixAt(s, w.length) !== null && SCOPE_NOT_BEFORE.prefixAt(s, w.length)!.startsWith("场")) n = w.length - 1;
      }
    }
    if (n === 0 || n >= s.length) break;
    s = s.slice(n);
  }
  return s;
}
function stripTrailing(s: string): string {
  for (let k = 0; k < 6 && s.length > 0; k++) {
    const w = TRAILING_MATCHER.suffixAt(s, s.length);
    if (w === null || w.length >= s.length) break;
    // 收到, 达到 as the end of a verb: the particle belongs to the verb, not a copula.
    const v = VERB_MATCHER.suffixAt(s, s.length);
    if (v !== null && v.length > w.length) break;
    // 违法行为, 所有: the character before makes the word part of a noun.
    const guard = TRAILING_GUARD_CHARS.get(w.charCodeAt(0));
    if (guard !== undefined && s.length > w.length && guard.has(s.charCodeAt(s.length - w.length - 1))) break;
    s = s.slice(0, s.length - w.length);
  }
  return s;
}
function tail(s: string, max: number): string {
  if (s.length <= max) return s;
  // 阿尔山市、扎赉特旗等…演练: a cut inside a word would name another thing (尔山市); start after the
  // first list mark or comma of the kept part instead, when one stands near its start.
  const from = s.length - max;
  for (let i = from; i < from + 8 && i < s.length - 4; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3001 || c === 0xff0c || c === 44) return s.slice(i + 1);
  }
  // 组织“八五”普法宣讲团深入…开展送法活动: a little over the limit keeps its first word whole (not 织八五…).
  if (s.length - max <= SUBJECT_OVERRUN) return s;
  // 12319城管服务热线…: nor does a cut start inside a number or a Latin word (not 9城管…).
  let start = from;
  while (start < s.length - 4 && start > 0 && isAsciiWordChar(s.charCodeAt(start)) && isAsciiWordChar(s.charCodeAt(start - 1))) start++;
  return s.slice(start);
}
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** How far past MAX_SUBJECT a subject may run rather than lose part of its first word. */
const SUBJECT_OVERRUN = 4;
/** Punctuation, digits and brackets end the noun after a figure. */
function isNounStop(c: number): boolean {
  return isClauseBreak(c) || c === 0x3001 || c === 0xff08 || c === 40 || c === 0x201c || c === 0x201d || c === 34 || c === 0x300a || c === 0x300b || c === 32 || isDigit(c);
}
/** The longest kind of places between a scope word and 中 that picks out an arena (全市开发区中率先). */
const ARENA_KIND_MAX = 8;
/** The longest quoted name (in characters) a noun after a figure takes in (12个特色“一件事”). */
const QUOTED_NOUN_MAX = 8;
/** The noun right after a figure (建成141个智慧社区 → 智慧社区), up to the predicate. */
/** Whether `pos` (right after a figure) is 中 that picks out a part of it (977件中直接纠错236件), not a noun (3个中心). */
function amongAt(text: string, pos: number): boolean {
  return text.startsWith(AMONG.word, pos) && AMONG_NOT_BEFORE.prefixAt(text, pos + AMONG.word.length) === null;
}
/** 2019年度重大行政决策事项目录: a year opening a name (not 2020年的…, 2022年底, 2021年以来). */
const YEAR_IN_NAME_RE = /^(?:19|20)[0-9]{2}年度?(?=[\u4e00-\u9fa5])(?![的底末以前后起至到内初来中间全上下])/;
/** The length of a year that opens a name at `i` (纳入市政府2019年度重大行政决策事项目录), else 0. */
function yearInNameAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x31 && c !== 0x32) return 0; // 19xx, 20xx
  return YEAR_IN_NAME_RE.exec(text.slice(i, i + 7))?.[0].length ?? 0;
}
function nounAfter(text: string, from: number, limit: number): string {
  let p = from;
  // 审结的复议案件977件中直接纠错236件: 中 after a figure picks out a part of it, no noun.
  if (amongAt(text, p)) return "";
  // 败诉率（6.2%）仍高于…: a figure alone in brackets after its measure's name has no noun after it.
  if (text.charCodeAt(p) === 0xff09 || text.charCodeAt(p) === 41) return "";
  if (text.charCodeAt(p) === 0x7684) p++; // 的
  // 由年初的61.5%提升至年底的78.3%: a verb of change after a level is no noun of it.
  if (CHANGE_VERB_WORDS.prefixAt(text, p) !== null) return "";
  let end = Math.min(limit, p + 16);
  let i = p;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    // 将6个事项纳入市政府2019年度重大行政决策事项目录: a year inside the name is part of it.
    const year = i > p ? yearInNameAt(text, i) : 0;
    if (year > 0) {
      end = Math.min(limit, end + year);
      i += year - 1;
      continue;
    }
    if (c === 0xff08 && i > p) {
      // 村（社区）, 县（市、区）: a short bracketed alternative is part of the noun.
      let close = i + 1;
      while (close <= i + 5 && close < limit && text.charCodeAt(close) !== 0xff09) close++; // ）
      if (close > i + 1 && close <= i + 5 && close < limit && text.charCodeAt(close) === 0xff09 && isHanRun(text, i + 1, close, true)) {
        i = close;
        continue;
      }
    }
    if (c === 0x201c) {
      // 8个“一件事”, 12个特色“一件事”: a short quoted name is the noun, or its head.
      const close = text.indexOf("”", i + 1);
      if (close > i + 1 && close <= i + 1 + QUOTED_NOUN_MAX && close < limit && isHanRun(text, i + 1, close)) {
        end = Math.min(limit, Math.max(end, close + 1));
        i = close;
        continue;
      }
    }
    if (isNounStop(c)) break;
    if (AFTER_NOUN_STOPS.prefixAt(text, i, end) !== null) break;
    const adverb = AFTER_NOUN_ADVERBS.prefixAt(text, i, end);
    if (adverb !== null && VERB_MATCHER.prefixAt(text, i + adverb.length, limit) !== null) break;
  }
  // 由386项精简至312项, 由43个精简为27个: words that lead to another figure are its predicate, not the noun counted.
  const last = text.charCodeAt(i - 1);
  if (i < limit && isDigit(text.charCodeAt(i)) && (last === 0x81f3 || last === 0x5230)) return ""; // 至 到
  if (i < limit && isDigit(text.charCodeAt(i)) && last === 0x4e3a && VERB_MATCHER.suffixAt(text, i - 1, p) !== null) {
    // 为: only after a verb of change (精简为); 队伍整合为1支 keeps its noun.
    const stem = text.slice(p, i - 1 - VERB_MATCHER.suffixAt(text, i - 1, p)!.length);
    return stem.length >= 2 ? stem : "";
  }
  return i - p >= 2 ? text.slice(p, i) : "";
}
/**
 * Whether the noun after a figure is a place word and nothing more (7个镇（街道）, 12个乡镇 then a
 * verb): the figure counts places. A level adjective (4148个市级服务事项) or a longer noun
 * (12个乡镇便民服务中心) counts something else.
 */
function countsPlacesOnly(noun: string, placeWord: string): boolean {
  if (placeWord.endsWith("级") || !noun.startsWith(placeWord)) return false;
  const rest = noun.slice(placeWord.length);
  // 13个街道（镇）均明确…: an adverb after the place word opens the predicate.
  // 向全区4个镇、5个街道赋权: a list of places goes on after 、 or 和.
  return rest.length === 0 || /^(?:均|都|全部|已|已经|全面|普遍|[、和及])/.test(rest) || VERB_MATCHER.prefixAt(rest, 0) !== null;
}
/** Han characters only (with `listed`, also the 、 between alternatives: 市、区). */
function isHanRun(text: string, from: number, to: number, listed = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x4e00 || c > 0x9fff) && !(listed && c === 0x3001 && i > from && i < to - 1)) return false;
  }
  return true;
}
/** The verb phrase after a figure's noun, up to the clause end or the next figure, at most 10 characters. */
function predicateAfter(text: string, from: number, clauseEnd: number, max: number): string {
  let i = from;
  let limit = max;
  while (i < clauseEnd && i - from < limit) {
    // 对6个事项纳入市政府2019年度重大行政决策事项目录: a year inside a name is part of it.
    const year = i > from ? yearInNameAt(text, i) : 0;
    if (year > 0) {
      i += year;
      limit += year;
      continue;
    }
    const c = text.charCodeAt(i);
    // 依法从轻、减轻处罚: verbs listed with 、 act on the object together.
    // (对5起案件立案查处、罚没款12万元: an item with a figure of its own is the next item, no verb of this one.)
    if (c === 0x3001 && isHanRun(text, i - 2, i) && isHanRun(text, i + 1, i + 3) && !CN_DIGIT_CHARS.has(text.charCodeAt(i + 1)) && !itemHasFigure(text, i + 1, clauseEnd)) {
      i++;
      continue;
    }
    if (isNounStop(c) || CN_DIGIT_CHARS.has(c)) break;
    i++;
  }
  return text.slice(from, i);
}
/** Whether the list item from `from` (to the next 、 or the clause end) holds a figure. */
function itemHasFigure(text: string, from: number, clauseEnd: number): boolean {
  for (let i = from; i < clauseEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001) return false;
    if (isDigit(c) || CN_DIGIT_CHARS.has(c)) return true;
  }
  return false;
}
/** 驳回申请26件 right after a list item of the same unit: a short verb phrase that continues the list. */
function shortVerbItem(text: string, prev: ExtractedMetric, metric: ExtractedMetric): boolean {
  return nextListItem(text, prev, metric, 7) && VERB_MATCHER.prefixAt(text, prev.end + 1, metric.start) !== null;
}
/**
 * 其中，开展…讲座96场，在重要节点开展主题宣传活动23场: the next clause does again what the item before did (the
 * verb its subject opens with), after words of where or when: another item of the same list.
 */
function sameVerbItem(text: string, prev: ExtractedMetric, metric: ExtractedMetric): boolean {
  if (!nextListItem(text, prev, metric, SAME_VERB_ITEM_GAP)) return false;
  const verb = VERB_MATCHER.prefixAt(prev.subject, 0);
  if (verb === null || verb.length < 2) return false;
  const between = text.slice(prev.end + 1, metric.start);
  // (督促各部门开展自查230次: another actor's doing, no item of the list; only a lead of where or when comes first.)
  const at = between.indexOf(verb);
  return at >= 0 && WHERE_OR_WHEN_LEAD_RE.test(between.slice(0, at)) && !/[，,；;。]/.test(between);
}
/** The longest clause after an item that may still be the next item doing the same. */
const SAME_VERB_ITEM_GAP = 40;
/** A lead of where or when before an item's verb (在重要节点, 于“3·15”期间, 围绕…), or none. */
const WHERE_OR_WHEN_LEAD_RE = /^(?:(?:在|于|围绕|依托|结合|利用|借助)[^，,；;。]{1,24})?$/;
/** Whether `metric` follows `prev` as the next item of a list: same unit, a comma or 、 right after prev, at most `maxGap` characters between. */
function nextListItem(text: string, prev: ExtractedMetric, metric: ExtractedMetric, maxGap: number): boolean {
  if (prev.unit !== metric.unit || metric.start - prev.end > maxGap) return false;
  const c = text.charCodeAt(prev.end);
  return c === 0xff0c || c === 44 || c === 0x3001; // ，, 、
}
/** 约两千人参加考试: a verb right after the figure names what it counts; the figure borrows no noun. */
function predicateFollows(text: string, at: number, clauseEnd: number): boolean {
  return VERB_MATCHER.prefixAt(text, at, clauseEnd) !== null;
}
/** Whether the first bracket after `from` (before `to`) closes one: the text at `from` was inside brackets. */
function inClosedBracket(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 41) return true;
    if (c === 0xff08 || c === 40) return false;
  }
  return false;
}
/** 长宁县（14.3%）: the name of the place or body a figure alone in brackets right after it belongs to, else null. */
function bracketOwner(text: string, fig: Figure, floor: number): string | null {
  const o = text.charCodeAt(fig.start - 1);
  const c = text.charCodeAt(fig.end);
  if ((o !== 0xff08 && o !== 40) || (c !== 0xff09 && c !== 41)) return null;
  const end = fig.start - 1;
  let start = end;
  while (start > floor && end - start < BRACKET_OWNER_MAX && isHanRun(text, start - 1, start) && !BRACKET_OWNER.stops.has(text.charCodeAt(start - 1))) start--;
  // (纠错率低于全市（10.9%）: a name runs back to a list mark, 是/为 or the clause's start, and 全市 is a level, no name.)
  const stopped = start === floor || !isHanRun(text, start - 1, start) || BRACKET_OWNER.stops.has(text.charCodeAt(start - 1));
  if (!stopped || text.charCodeAt(start) === 0x5168) return null; // 全
  return end - start >= 2 && BRACKET_OWNER.suffixes.suffixAt(text, end, start) !== null ? text.slice(start, end) : null;
}
/** 街道占比约 (2.2%): a bare level's share of the whole before it; group 1 the level. */
const LEVEL_SHARE_RE = /^([\u4e00-\u9fa5]{2})占比(?:约|近|达|为)?$/;
/** 城市管理等部门: the last item of a list of bodies (departments, units, offices). */
const BODY_LIST_END_RE = /等?(?:部门|单位|机关)$/;
/**
 * 低于全市（, 高于全省平均水平（, 比全省平均水平（: a comparison with a whole level or an average right before a
 * bracketed figure; group 1 the word of comparison, group 2 the level or place, group 3 平均 when written.
 */
const BENCHMARK_BRACKET_BEFORE_RE = /(高于|低于|超过|超出|优于|好于|少于|多于|比|较)(全[省市区县国州]|[\u4e00-\u9fa5]{1,6}?)(?:同期)?(平均(?:水平|值|数)?)?（$/;
/** 全市16个区前五位: a whole level right before the count of the peers a ranking runs over. */
const RANK_PEERS_BEFORE_RE = /全[省市国州区县]$/;
/** …the peers' kind, then the ranking (前五位, 第3位, 排名, 位列). */
const RANK_PEERS_AFTER_RE = /^(?:设区市|地市|城市|区县|县区|乡镇|街道|部门|单位|[区县市州盟旗])(?:[（(][^）)]{1,6}[）)])?[^，,。；;]{0,10}?(?:前[一二三四五六七八九十0-9]|第[一二三四五六七八九十0-9]|排名|位列|排位|位居|名列|居首|末位)/;
const RANK_PEERS_WINDOW = 24;
/** （满分18分）right after a figure: an aside before what follows it. */
const LEADING_ASIDE_RE = /^[（(][^（）()]{0,20}[）)]/;
/** 8个一级指标中…最大的, 16项指标中排名第3: after a count, the set a superlative or a rank runs over. */
// (28项改革任务中第一批12项: a batch is no rank.)
const FIELD_OF_SUPERLATIVE_AFTER_RE = new RegExp(`^[\\u4e00-\\u9fa5]{1,10}?中[^，,。；;0-9]{0,12}?(?:${SUPERLATIVE_SOURCE}|[第前][一二三四五六七八九十0-9]{1,2}(?:位|名)|排名|位列|居首)`);
/** 属于 before a class's number (属于三类内部事务信息). */
const BELONGS_TO_CLASS_BEFORE_RE = /属于?$/;
/** 最大的一项: the one a superlative picks out. */
const SUPERLATIVE_BEFORE_ONE_RE = /最[\u4e00-\u9fa5]{1,4}的$/;
/** 全程网办率达, 满意度为: a rate's measure before its figure. */
const RATE_NOUN_RE = /[率度](?:达到|达|为|保持|保持在)?$/;
/** 县政府…, 县直部门…: a clause that opens with the body that acts (up to its body word). */
const BODY_OPENS_RE = /^(?![对为向与给在])[\u4e00-\u9fa5]{0,6}?(?:人民政府|政府|部门|单位|机关)/;
/** 培训人员 (1200人次) after 培训十二期: the persons an activity's verb names, no noun of their own. */
const PERSONS_OF_VERB_RE = /^(?:培训|参训|轮训|受训|参加|参与)(?:人员|人数)$/;
/** 列入年度重大行政决策目录, 纳入…清单: where a list's items were put, after their count. */
const PUT_INTO_RE = /^(?:列入|纳入|录入|编入)[^，,。；;]{2,20}?(?:目录|清单|名录|计划)/;
/** 经审查，/ 经依法审理，: a lead-in clause before a sentence's bare verb and figure. */
const EXAMINED_LEAD_RE = /^经(?:过)?(?:依法)?(?:审查|审理|审核|核查|核实|复核)[，,]/;
/** ，占申请总数的28.5%: the share of the total the figure before it is. */
const SHARE_OF_TOTAL_AFTER_RE = /^[，,]\s*(?:约|仅|共)?占(全[市区县省州国]|全部|本级)?[\u4e00-\u9fa5]{0,8}?(?:总数|总量|总额|总件数|总和|的比例|比例|比重)/;
const SHARE_OF_TOTAL_WINDOW = 20;
/** 高于全省…, 居全省第一: what before a whole level makes it a benchmark or a ranking's field. */
const BENCHMARK_BEFORE_RE = /^(?:高于|低于|优于|好于|超过|领先|快于)$|[居列]$/;
/** 在全省…考核中: a whole level that opens an assessment's field. */
const ARENA_AFTER_RE = /^全[^，,。；;]{0,20}?(?:考核|评比|排名|评估|测评|考评|评议|竞赛|比赛|评选)中/;
/** 在全省…满意度调查中, 在全省…督查中: a survey or an inspection is an arena too, but only one a wider level holds (在全区安全生产大检查中 is the place's own campaign). */
const WIDER_ARENA_AFTER_RE = /^全[^，,。；;]{0,20}?(?:调查|评价|督查|督察|检查|抽查)中/;
const ARENA_WINDOW = 28;
/** 全省平均水平（6.8%）: between a benchmark's level and its own value in brackets. */
const BENCHMARK_VALUE_BETWEEN_RE = /^[^，,。；;（(]{0,8}[（(]$/;
/** 4个镇、5个街道: a place word right after a count, then the list goes on. */
const PLACE_WORD_SOURCE = "乡镇|街道|社区|镇|乡|村|县|区";
const PLACE_LIST_AFTER_RE = new RegExp(`^(?:${PLACE_WORD_SOURCE})[、和及]`);
/** A bare level noun right after a count of 个 (28个镇): the places themselves. */
const BARE_PLACE_AFTER_RE = new RegExp(`^(?:${PLACE_WORD_SOURCE})`);
/** 败诉率排名前三的区县分别是 (长宁县（14.3%）): the words that only lead to the named owner. */
const OWNER_LEAD_TAIL_RE = /(?:分别)?(?:是|为)$/;
/** The longest name bracketOwner reads back. */
const BRACKET_OWNER_MAX = 12;
/** 综合窗口占比, 婚姻家庭纠纷占41.2%: the two characters a share is of, before its 占; null when it names none. */
function shareNoun(subject: string): string | null {
  const at = subject.lastIndexOf("占");
  return at >= 2 ? subject.slice(at - 2, at) : null;
}
/** An aside's own words before its figure: two Han characters or more, and no list separator. */
const ASIDE_OWN_WORDS_RE = /^(?=[^、，,]*$)(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){2}/;
/** Where the bracket that is still open at `at` opens (searching back to `floor`), else -1. */
function openBracketBefore(text: string, at: number, floor: number): number {
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 41) depth++;
    else if (c === 0xff08 || c === 40) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
/** Whether text[start, end) is all a bracket holds: （省本级）. */
function bracketsOnly(text: string, start: number, end: number): boolean {
  const o = text.charCodeAt(start - 1);
  const c = text.charCodeAt(end);
  return (o === 0xff08 || o === 40) && (c === 0xff09 || c === 41);
}
/**
 * 220件（其中不予受理15件），审结198件: a bracket that closes after a part ends its 其中 list; one
 * that opens and closes in between (其中市本级1012件，区（市）1864件) does not.
 */
function closesBracketBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 40) depth++;
    else if (c === 0xff09 || c === 41) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
/** 其中企业15.2万户，个体工商户33.1万户: a short noun and nothing else right after a part, in its unit, is the next part. */
function shortNounItem(text: string, prev: ExtractedMetric, metric: ExtractedMetric): boolean {
  if (!nextListItem(text, prev, metric, 8)) return false;
  const item = text.slice(prev.end + 1, metric.start);
  return item.length >= 2 && item === metric.subject && isHanRun(item, 0, item.length) && VERB_MATCHER.prefixAt(item, 0) === null && VERB_MATCHER.suffixAt(item, item.length) === null;
}
/** The first verb in `s`, or null. */
/** Where the first verb in text[from, to) starts, or -1. */
function firstVerbAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (VERB_MATCHER.prefixAt(text, i, to) !== null) return i;
  return -1;
}
/** 人民调解委员会, 调解组织: a verb right before the word of a body is part of its name, not what the figure did. */
const BODY_AFTER_VERB_RE = /^(?:委员会|组织|中心|机构|小组|员)/;
function firstVerb(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const v = VERB_MATCHER.prefixAt(s, i);
    if (v !== null && !BODY_AFTER_VERB_RE.test(s.slice(i + v.length, i + v.length + 3))) return v;
  }
  return null;
}
/** 立案查处案件 → 案件: what a subject counts, without the verbs it opens with (the whole subject when it is all verbs). */
function afterLeadingVerbs(s: string): string {
  let i = 0;
  for (let v = VERB_MATCHER.prefixAt(s, 0); v !== null && i + v.length < s.length; v = VERB_MATCHER.prefixAt(s, i)) i += v.length;
  return s.slice(i);
}
/** 经合法性审核: the words of manner a 经 phrase may hold before its verb. */
const MANNER_BEFORE_VERB_MAX = 5;
/** Verbs joined by conjunctions only: 审结, 废止和宣布失效, 经合法性审核. */
function verbsOnly(s: string): boolean {
  if (s.length === 0) return false;
  let i = 0;
  // 经合法性审核七件, 经审查…: a 经 phrase says how the object was handled, and leaves the object unsaid.
  if (s.charCodeAt(0) === 0x7ecf) {
    i = s.startsWith("经过") ? 2 : 1;
    const from = i;
    while (i < s.length && i - from <= MANNER_BEFORE_VERB_MAX && VERB_MATCHER.prefixAt(s, i) === null) i++;
    if (i >= s.length || i - from > MANNER_BEFORE_VERB_MAX || !isHanRun(s, from, i)) return false;
  }
  let sawVerb = false;
  while (i < s.length) {
    const v = VERB_MATCHER.prefixAt(s, i);
    if (v !== null) {
      // (建成调解组织: the last word is the organisations built, a noun.)
      if (sawVerb && i + v.length === s.length && NOUN_WHEN_LAST_VERBS.has(v)) return false;
      i += v.length;
      sawVerb = true;
      continue;
    }
    if (sawVerb && CONJUNCTION_CHARS.has(s.charCodeAt(i))) {
      i++;
      continue;
    }
    return false;
  }
  return sawVerb;
}
/**
 * Whether a figure may borrow the noun of `other`: 立案220件，审结203件 (both counts of cases) or a
 * rate of it; 开展活动100场，培训1000人 counts people, not activities.
 */
/** A part is no larger than its whole when both count in one unit (新增企业6100余户 within 新增市场主体1.92万户, not 总量11万户). */
function fitsWithin(part: ExtractedMetric, whole: ExtractedMetric): boolean {
  return part.unit !== whole.unit || part.value <= whole.value;
}
function sameKindOrRate(fig: Figure, other: ExtractedMetric): boolean {
  const kind = fig.unitInfo?.kind ?? "count";
  return kind === "percent" || kind === (UNITS.get(other.unit)?.kind ?? "count");
}
/** A subject's noun part, for figures that share it (审结203件 after 行政复议案件立案220件). */
function subjectNoun(subject: string): { noun: string; verbFirst: boolean } {
  // 培训千余人，惠及万余人: a subject that is only verbs has no noun to lend.
  if (verbsOnly(subject)) return { noun: "", verbFirst: false };
  const lead = VERB_MATCHER.prefixAt(subject, 0);
  if (lead !== null && lead.length < subject.length) return { noun: subject.slice(lead.length), verbFirst: true };
  const trail = VERB_MATCHER.suffixAt(subject, subject.length);
  if (trail !== null && trail.length < subject.length) return { noun: subject.slice(0, subject.length - trail.length), verbFirst: false };
  // 行政复议机构共收到行政复议申请: the actor, then the verb; what is counted is the object after it.
  for (let i = subject.length - 3; i > 0; i--) {
    const v = VERB_MATCHER.prefixAt(subject, i);
    if (v !== null && subject.length - i - v.length >= 2) return { noun: subject.slice(i + v.length), verbFirst: true };
  }
  return { noun: subject, verbFirst: false };
}
/** The verb `before` ends with when all before it is a body (县政府共收到 → 收到), else null: the verb's object was left unsaid. */
function actorVerbAtEnd(before: string): string | null {
  const verb = VERB_MATCHER.suffixAt(before, before.length);
  return verb !== null && verb.length < before.length && ACTOR_THEN_VERB_RE.test(before.slice(0, before.length - verb.length)) ? verb : null;
}
/** 行政复议机关 in 行政复议机关收到申请 (noun 申请): the words before the verb that takes the noun, else "". */
function actorBeforeNoun(subject: string, noun: string): string {
  if (!subject.endsWith(noun)) return "";
  const rest = subject.slice(0, subject.length - noun.length);
  const verb = VERB_MATCHER.suffixAt(rest, rest.length);
  return verb === null ? "" : rest.slice(0, rest.length - verb.length);
}
/** The noun after the last item of a list that continues after a figure (…5件、废止1件地方性法规). */
function listNoun(text: string, from: number, clauseEnd: number): string {
  const re = /、[^、]{0,12}?([0-9]+(?:\.[0-9]+)?|[二两三四五六七八九十][零一二两三四五六七八九十百千万]*)([余多]?[万亿]?[余多]?)/g;
  const rest = text.slice(from, clauseEnd);
  let nounAt = -1;
  let mm: RegExpExecArray | null;
  while ((mm = re.exec(rest)) !== null) {
    const p = from + mm.index + mm[0].length;
    const u = UNIT_MATCHER.prefixAt(text, p);
    if (u !== null) nounAt = p + u.length;
  }
  return nounAt < 0 ? "" : nounAfter(text, nounAt, clauseEnd);
}

// ---------------------------------------------------------------------------------------------
// Per-sentence context, computed once for all the figures of a sentence

/** A cue word found in a heading. */
interface CueHit {
  info: CueInfo;
  start: number;
}
interface YearMention {
  /** Absolute offset. */
  at: number;
  /** null: a span opener (2020年以来) that cancels earlier years. */
  year: number | null;
  /** A comparison base's year (较2020年的…): dates only the figure in its own clause. */
  clauseOnly: boolean;
  /** The end of a span of years (2020—2022年): the figures after it add up several years. */
  span: boolean;
  /** The start of a span up to now in an earlier year (2020年以来): the counts after it add up several years. */
  since: boolean;
  /** For a span or a since: where its words end (2020—2022年, 2020年以来), for the coverage it gives. */
  end: number;
  /** 今年以来 in a news piece about the year before: the part of a later year up to the day it appeared. */
  toDate?: true;
}
interface SentenceContext {
  index: number;
  start: number;
  end: number;
  section: number | null;
  /**
   * Cue words found in the sentence (longest match, no overlaps): the first cueCount entries of
   * parallel arrays. The arrays belong to the extractMetrics call and are refilled for each
   * sentence: a context is used only while the figures of its sentence are read.
   */
  cueCount: number;
  cueInfo: CueInfo[];
  cueStarts: number[];
  cueEnds: number[];
  years: YearMention[];
  /** Indicator rule words found in the sentence (overlaps included): word ids, offsets and ends, the first indCount entries (arrays refilled as the cues' are). */
  indCount: number;
  indIds: number[];
  indStarts: number[];
  indEnds: number[];
  /** Pillar explanations already built for figures of this sentence, by clause, pillar and indicator. */
  explained: ExplainMemo[];
  /**
   * Start of the whole sentence when this one continues the previous one after a semicolon
   * (收到复议申请892件；依法受理803件): its opening scope word covers this part too.
   */
  topStart: number;
  /** The last figure of the previous part when this part continues it after a semicolon, else -1. */
  carryIdx: number;
  /** Index of the sentence that opens the chain of semicolon-joined parts this one belongs to. */
  topIndex: number;
  /**
   * End of the sentence's first year-span phrase (三年来, 近五年, 十三五期间), or Infinity: a figure
   * after it is a multi-year sum. Found once per sentence rather than once per figure.
   */
  yearsSpanEnd: number;
  /** The words of that phrase ("" when there is none). */
  yearsSpanText: string;
  /** The year that dates the parts before this one after a semicolon (2022年主要数据：…1531件；…9.8万户), if any. */
  carriedYear: YearMention | null;
  /** The sentence's first figure counts one topic's share (因行政执法行为被申请…): its later figures (审结, 纠错率) are that share's too. */
  subsetTopic: boolean;
  /** The sentence's first figure counts one sector's items (教育领域政务服务事项): its later rates are that sector's. */
  sectorTopic: boolean;
  /** Whether the opening clause of the sentence's paragraph is a span of years (“十四五”以来，…): 0 not yet asked, 1 no, 2 yes. */
  paragraphSpan: number;
  /**
   * Per word list, whether the sentence holds any of its words at all (0 not yet asked, 1 no, 2 yes): a
   * figure's scan of the words before it is skipped in the many sentences that hold none.
   */
  partYearWords: number;
  targetWords: number;
  monthWord: number;
  /** Whether the sentence holds 全年: 0 not yet looked, 1 no, 2 yes. */
  wholeYearWord: number;
}
interface ExplainMemo {
  clauseStart: number;
  clauseEnd: number;
  pillar: number;
  indicator: IndicatorRule | null;
  cues: string[];
}

interface Aux {
  noun: string;
  verbFirst: boolean;
  sentence: number;
  /** For a comparison base (较2020年的1325件, （上年为968件）): the figure it is the base of, else -1. */
  baseOf: number;
  /** The figure's own words are only a verb (审结203件): its noun was borrowed from a figure before it. */
  elided: boolean;
  /** A list item that the indicator of its siblings names (不予处罚682宗、减轻处罚215宗): that indicator, else undefined. */
  categoryOf: string | undefined;
  /** A part that one named community, village or street did (其中，玉林东路社区…): no place's indicator. */
  namedUnit: boolean;
  /** A later figure of the list 分别 hands out (其中灌口镇、后溪镇分别调解1,204件、1,087件): it stands where the first stood. */
  laterItem: boolean;
  /** In an office's report, the office's own level given by default (no level stated): a part takes its whole's instead. */
  officeDefault: boolean;
  /** The actor whose words name the borrowed noun's domain (行政复议机关 of 行政复议机关收到申请), carried along a chain of borrowers. */
  actor: string;
  /** For a new level (由85%提升至92%): the figure of the level it started from, else -1. */
  newLevelOf: number;
}

/** The kind of a total over kinds a subject names (审核区政府合同: 合同), if any. */
function kindOf(subject: string): string | undefined {
  return TOTAL_KINDS.find((w) => subject.includes(w));
}
/** Decimal places a figure is written with (78.3% → 1). */
function decimalsOf(written: string): number {
  const m = /[.．]([0-9]+)/.exec(written);
  return m ? m[1]!.length : 0;
}
/** The start of a from–to phrase in the year before (由上年的, 从去年的). */
const FROM_PREVIOUS_YEAR_RE = /^[由从](?:上一?年度?|去年|前一年)/;
/**
 * 全程网办率由2024年的85%提升至92%: the new level's change from the level it started from (+7个百分点, basis 较2024年),
 * when neither is approximate and both are of one unit; its text is the phrase that states both levels.
 */
function fromToChange(text: string, base: ExtractedMetric, level: ExtractedMetric, reportYear: number | null): void {
  // (2.6:1 from 0.8:1: a ratio's difference is no change a reader states.)
  if (level.change !== null || base.approx || level.approx || base.unit !== level.unit || base.partOf !== null || level.unit.startsWith(":")) return;
  // 由 or 从 must open the level it started from, in its clause: 1万元至5万元 is a range, no change.
  let start = -1;
  for (let p = base.start - 1; p >= Math.max(level.sentenceStart, base.start - FROM_TO_LEAD_MAX); p--) {
    const c = text.charCodeAt(p);
    if (c === 0x7531 || c === 0x4ece) {
      start = p; // 由 从
      break;
    }
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b) return; // ，。；
  }
  if (start < 0) return;
  const lead = text.slice(start, base.start);
  // (分别由1200件和800件下降到1000件和900件: pairs the text does not line up one by one; 由法定的20个工作日: a norm.)
  if (text.slice(Math.max(level.sentenceStart, start - 2), start) === "分别" || /^[、和及与]/.test(text.slice(base.end, base.end + 1)) || FROM_TO_NOT_AFTER.some((w) => lead.includes(w))) return;
  // 败诉率由上年的9.8%降至6.2% (in a news item of the year after): the start is the year before the level's, whatever
  // year 上年 names counted from the day of writing.
  const levelYear = level.period ?? reportYear;
  if (!level.target && levelYear !== null && base.period === null && FROM_PREVIOUS_YEAR_RE.test(lead)) base.period = levelYear - 1;
  const diff = level.value - base.value;
  const places = Math.max(decimalsOf(base.text), decimalsOf(level.text));
  const value = Number(Math.abs(diff).toFixed(places));
  // (‰ changes in ‰: 个百分点 would read it ten times larger.)
  const unit = level.unit === "%" ? "个百分点" : level.unit;
  // (力争由92%提升至95%: a goal's start is today's level, no year before it.)
  const basis = level.target ? "" : base.period !== null ? `较${base.period}年` : lead.includes("年初") ? "较年初" : "";
  level.change = {
    value,
    unit,
    direction: value === 0 ? "flat" : diff > 0 ? "up" : "down",
    basis,
    text: text.slice(start, level.end),
    start,
    end: level.end,
  };
}
/** How far before the level a from–to phrase starts from (由2024年的 / 从年初的). */
const FROM_TO_LEAD_MAX = 10;

/**
 * Extracts every metric from cleaned report text. Never throws for any string input; spans are
 * end-exclusive JS string indices with `text.slice(start, end) === metric.text`.
 */
export function extractMetrics(text: string, options: ExtractOptions = {}): ExtractedMetric[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const reportYear = options.reportYear ?? null;
  const relativeYearBase = options.relativeYearBase ?? reportYear;
  const jurisdiction: Jurisdiction = JURISDICTION[options.placeLevel ?? "city"] ?? "市";
  // 锡林郭勒盟: its government is 盟行政公署, its own level 盟本级 (a league is a city in level).
  const areaSuffix = options.placeName ? Object.keys(AREA_SUFFIXES).find((k) => options.placeName!.endsWith(k)) : undefined;
  const areaChar = areaSuffix !== undefined ? AREA_SUFFIXES[areaSuffix]! : null;
  // 县政府 and 县人民政府 alike.
  // 芜湖经济技术开发区: a zone's government is its 管委会.
  const zone = options.placeName ? ZONE_NAME_RE.test(options.placeName) : false;
  const ownGovernmentWords = [
    jurisdiction + OWN_GOVERNMENT,
    `${jurisdiction}人民${OWN_GOVERNMENT}`,
    ...(areaChar !== null ? AREA_GOVERNMENTS.map((g) => areaChar + g) : []),
    ...(zone ? ZONE_GOVERNMENTS : []),
  ];
  const ownChar = areaChar ?? jurisdiction;
  const ownLevel = `${ownChar}本级`;
  // 高新区 in a city's report is a zone's (功能区); in the zone's own report, its whole.
  const scopeOf = (word: string): string => {
    const cs = canonicalScope(word, jurisdiction, ownChar);
    return cs === ZONE_SCOPE && zone ? `全${ownChar}` : cs;
  };
  /** 我市, 本市: the place speaking of itself. */
  const ownFirstPerson = [`我${ownChar}`, `本${ownChar}`];
  /** 赣州 of 赣州市: the place's name without the level character its level word (市本级) begins with. */
  const placeStem = options.placeName !== undefined && options.placeName !== null && options.placeName.length >= 3 ? options.placeName.slice(0, -1) : null;
  /** An office's report: the lines of work it does for its whole place (a justice bureau's mediation, legal aid). */
  const officeName = options.officeName ?? "";
  const officeLines = options.ownOffice && officeName !== "" ? (OFFICE_WHOLE_PLACE_LINES.find((l) => l.offices.some((o) => officeName.endsWith(o)))?.words ?? null) : null;
  const officeSpeaksForPlace = options.ownOffice === true && WHOLE_PLACE_OFFICES.some((o) => officeName.endsWith(o));
  const { sections, sentences } = options.segments ?? segmentText(text);

  // A quoted name (“12345”热线, “十四五”) holds no figure; quoted speech (“去年全市纠错率达到14.3%。”他说) does.
  const quotes = collectRanges(text, QUOTE_RE).filter((q) => !isQuotedSpeech(text, q));
  const titles = quotes.filter((q) => text.charCodeAt(q.start) === 0x300a); // 《…》
  // A street's own report names itself (浆洗街街道新设…): a bare 街道 there is no other level.
  const scopes = collectScopes(text, quotes, options.placeLevel === "street");
  const parents = sectionParents(sections);
  /** The text's title line, before its first sentence (安徽省2024年行政复议工作新闻发布会实录): the top heading of it all. */
  const documentTitle = titleLine(text, sentences[0]?.start ?? 0);
  // Per-section caches are arrays indexed by section (several lookups per figure; a Map costs more).
  const headingCueCache: Array<CueHit[] | undefined> = [];
  const planParagraphCache = new Map<number, boolean>();
  const paragraphOpeningCache = new Map<number, string>();
  /** Scratch for isTarget's goal words before a figure. */
  const targetWords: string[] = [];
  const targetStarts: number[] = [];
  // The heading tests headedBy applies, with their answers per section (made once per call).
  const spanHeadings = headingTest(sections.length, (sec) => holdsYearsSpan(sec.heading));
  const partYearHeadings = headingTest(sections.length, (sec) => opensWithPartOfYear(sec.heading));
  const plansOnlyHeadings = headingTest(sections.length, (sec) => PLAN_ONLY_HEADING_WORDS.scanFirst(text, sec.headingStart, sec.headingEnd) >= 0);
  const problemHeadings = headingTest(sections.length, (sec) => PROBLEM_HEADING_WORDS.scanFirst(text, sec.headingStart, sec.headingEnd) >= 0);
  /** Where the evaluators first act in each sentence (评估组评查…), -1 if they do not: the sentence is searched once. */
  const evaluationEnds = new Map<number, number>();
  const topicOnlyHeadings = headingTest(sections.length, (sec) => TOPIC_ONLY_HEADING_RE.test(sec.heading));
  const planHeadings = headingTest(sections.length, (sec) => PLAN_HEADING_WORDS.scanFirst(text, sec.headingStart, sec.headingEnd) >= 0);
  /** paragraphOpening's last walk: from where, and the line start it found (or its floor). */
  let lineKnownUpTo = 0;
  let lineKnownStart = 0;
  const laterYearCache: Array<number | null | undefined> = [];
  const headingYearCache: Array<number | null | undefined> = [];
  const headingScoreCache: Array<number[] | undefined> = [];
  /** Per section and pillar: the heading cue keys (own heading and ancestors) and their weights. */
  const headingExplainCache = new Map<number, { keys: string[]; weights: number[] }>();

  const metrics: ExtractedMetric[] = [];
  const aux: Aux[] = [];
  // The current sentence's cue words and indicator words (see SentenceContext): refilled per sentence.
  const sentenceCueInfo: CueInfo[] = [];
  const sentenceCueStarts: number[] = [];
  const sentenceCueEnds: number[] = [];
  const sentenceIndIds: number[] = [];
  const sentenceIndStarts: number[] = [];
  const sentenceIndEnds: number[] = [];
  let sentenceIdx = 0;
  let ctx: SentenceContext | null = null;
  let lastInSentence = -1;
  /** 审结的1498件案件中，: a figure restated as the frame of the parts after it (the earlier metric it restates, in this sentence). */
  let restatedFrame: { idx: number; sentence: number } | null = null;
  /** The line recapLineAt looked at last: the span its answer holds for, and the recap line (null: none). */
  const recapLine: { from: number; to: number; line: { start: number; end: number } | null } = { from: -1, to: -1, line: null };
  /** The sentence (by its start) whose all-offices actor was last looked for, and where it stands. */
  const allOfficesAt = { sentence: -1, at: -1 };
  let lastSentenceOfLast = -1;
  let quoteIdx = 0;
  /** 申请、受理、审结分别为1200件、1100件和1050件: the items still to hand out, in order, to the figures after 分别. */
  let distribution: (Distribution & { sentence: number; next: number; end: number; firstSubject?: string; firstScope?: string | null }) | null = null;
  /** 分别较2023年（111.3次、21.6件）: the figures still to take a base of the bracket, in order, and the first base's index. */
  let spreadBases: { sentence: number; owners: number[]; end: number; first: number } | null = null;
  /** 同比分别下降8%和13.6%: the change values still to hand out, in order, to the figures before them. */
  let spread: { sentence: number; direction: MetricChange["direction"]; basis: string; end: number; next: number[]; done: number[] } | null = null;

  const tableRows = findTableRows(text, reportYear);
  let rowIdx = 0;
  const span = { start: 0, end: 0 };
  let cursor = 0;
  while (nextNumberToken(text, cursor, span)) {
    const s = span.start;
    cursor = span.end;
    const token = text.slice(s, span.end);
    while (quoteIdx < quotes.length && quotes[quoteIdx]!.end <= s) quoteIdx++;
    if (quoteIdx < quotes.length && quotes[quoteIdx]!.start <= s) continue;

    // A number in an indicator-table row: the row's label and unit, its column's year.
    while (rowIdx < tableRows.length && tableRows[rowIdx]!.end <= s) rowIdx++;
    const row = rowIdx < tableRows.length && tableRows[rowIdx]!.start <= s ? tableRows[rowIdx]! : null;
    const cell = row?.cells.find((c) => c.start === s) ?? null;
    // 新收申请（件） 2684 3105 15.7% under 同比增减: the change column's value is the row's change, no figure of its own.
    if (cell === null && row !== null && row.cells.some((c) => c.change !== undefined && c.change.start <= s && s < c.change.end)) continue;
    // 其他9个村  54  33: a number inside a row's label (before its first cell) is part of the label.
    if (cell === null && row !== null && row.cells.length > 0 && s < row.cells[0]!.start) continue;
    // 共办理行政处罚案件 4 318件: a number a PDF's thousands space split, read whole.
    const spaced = cell ? null : spacedThousands(text, s, span.end);
    const fig = cell ? tableFigure(cell, cell.column?.unit ?? row!.unit) : spaced !== null ? readFigure(text, s, spaced.end, spaced.digits) : readFigure(text, s, s + token.length, token);
    if (!fig) continue;
    // 三台县, 九台区: a place's name, no figure.
    if (fig.chinese && NUMERAL_PLACE_NAMES.prefixAt(text, fig.start) !== null) continue;
    // 位列全市16个区前五位, 在全省21个市（州）评估中位列第3位: the peers of a ranking, no count of work.
    if (fig.unit === "个" && RANK_PEERS_BEFORE_RE.test(text.slice(Math.max(0, fig.start - 2), fig.start)) && RANK_PEERS_AFTER_RE.test(text.slice(fig.end, fig.end + RANK_PEERS_WINDOW))) continue;
    // 属于三类内部事务信息的2件: the class a case belongs to is named by its number (第三类), no count of classes.
    if (cell === null && fig.unit === "类" && !fig.approx && BELONGS_TO_CLASS_BEFORE_RE.test(text.slice(Math.max(0, fig.start - 2), fig.start))) continue;
    // 公众参与、专家论证、风险评估、合法性审查和集体讨论决定五项法定程序: a count in words right after the list it
    // counts names the set, it tallies no work.
    if (cell === null && fig.chinese && fig.value >= 2 && countsListBefore(text, fig.start, fig.value)) continue;
    // 为8个一级指标中提升幅度最大的一项: the field a superlative ranks over, and the one it picks out, are no counts of work.
    if (cell === null && (fig.unit === "个" || fig.unit === "项") && !fig.approx && FIELD_OF_SUPERLATIVE_AFTER_RE.test(text.slice(fig.end, fig.end + RANK_PEERS_WINDOW))) continue;
    if (cell === null && fig.chinese && fig.value === 1 && SUPERLATIVE_BEFORE_ONE_RE.test(text.slice(Math.max(0, fig.start - 8), fig.start))) continue;
    // （满分170分，自评得分158分）: the top of the scale is no result; 不少于60个的要求: a criterion is no measurement.
    // 出庭应诉率达到100%的区县有8个: the criterion of the places counted after it.
    if (
      cell === null &&
      (SCORE_SCALE_BEFORE_RE.test(text.slice(Math.max(0, fig.start - 5), fig.start)) ||
        (fig.approx && fig.bound !== null && CRITERION_AFTER_RE.test(text.slice(fig.end, fig.end + CRITERION_AFTER_MAX))) ||
        (text.charCodeAt(fig.end) === 0x7684 && CRITERION_SET_AFTER_RE.test(text.slice(fig.end, fig.end + 10))))
    )
      continue;
    // 98%以上万个: an approximation word read into the figure before (以上) cannot open this one (上万).
    if (metrics.length > 0 && fig.start < metrics[metrics.length - 1]!.end) continue;
    if (fig.end > cursor) cursor = fig.end;

    // Sentence containing the figure.
    while (sentenceIdx < sentences.length && sentences[sentenceIdx]!.end <= fig.start) sentenceIdx++;
    if (ctx === null || ctx.index !== sentenceIdx || !(ctx.start <= fig.start && fig.start < ctx.end)) {
      ctx = sentenceContext(sentenceIdx, sentences[sentenceIdx], fig.start, fig.end);
      if (lastInSentence >= 0) lastSentenceOfLast = lastInSentence;
      lastInSentence = -1;
    }
    const sentStart = ctx.start;
    const sentEnd = Math.max(ctx.end, fig.end);
    let clauseStart = fig.start;
    let levelAfterClause = false;
    while (clauseStart > sentStart && !isClauseBreakAt(text, clauseStart - 1)) clauseStart--;
    // 电子证照种类较上年翻一番，达到112类: a clause that is only a level word goes on from the clause
    // before it, which names what reached that level (and holds no figure of its own).
    if (clauseStart > sentStart && text.charCodeAt(clauseStart - 1) !== 0xff1b && saysOnlyLevel(text.slice(clauseStart, fig.start)) && (lastInSentence < 0 || metrics[lastInSentence]!.end < clauseStart - 1)) {
      let p = clauseStart - 1;
      while (p > sentStart && !isClauseBreak(text.charCodeAt(p - 1))) p--;
      if (lastInSentence < 0 || metrics[lastInSentence]!.end <= p) {
        clauseStart = p;
        levelAfterClause = true;
      }
    }
    // 同比增长17.1%（2015年受理32件）: a figure inside a bracket opened in its clause is the aside's own,
    // its subject the aside's words, not the clause's words before the bracket.
    // (A figure alone in its bracket, 败诉率（6.2%）, or an item of a bracketed breakdown, 15个镇街（6个街道、9个镇）,
    // still takes its words from before the bracket.)
    const opened = openBracketBefore(text, fig.start, clauseStart);
    // （2018年为12件）: a year and a copula only are the clause's figure at another time; it keeps the clause's words.
    // (（其中持证3150人）: a breakdown of the clause's figure by a mere qualifier keeps the clause's words; one with a
    // verb of its own, （其中提出修改意见41条）, has words of its own.)
    if (opened >= 0 && (!text.startsWith("其中", opened + 1) || VERB_MATCHER.prefixAt(text, opened + 3, fig.start) !== null)) {
      const aside = text.slice(opened + 1, fig.start);
      if (!RESTATED_YEAR_RE.test(aside) && ASIDE_OWN_WORDS_RE.test(aside)) clauseStart = opened + 1;
    }
    let clauseEnd = fig.end;
    while (clauseEnd < sentEnd && !isClauseBreakAt(text, clauseEnd)) clauseEnd++;
    if (refersBack(text, fig, clauseStart, clauseEnd)) continue;
    // （本部分主要数据：复议申请682件；审结587件）: a bracketed recap line restates the section's figures; each that
    // repeats one given above is no second figure.
    if (row === null && restatesAboveInRecap(fig)) continue;
    // 全年共审结行政复议案件1498件。审结的1498件案件中，维持812件: the total restated as the frame of its parts is
    // no second figure; the parts are of the total.
    if (row === null && RESTATED_LEAD_RE.test(text.slice(clauseStart, fig.start)) && RESTATED_FRAME_AFTER_RE.test(text.slice(fig.end, fig.end + RESTATED_FRAME_MAX))) {
      let k = metrics.length - 1;
      while (k >= 0 && aux[k]!.sentence >= sentenceIdx - 1 && !(metrics[k]!.value === fig.value && metrics[k]!.unit === fig.unit)) k--;
      if (k >= 0 && aux[k]!.sentence >= sentenceIdx - 1) {
        restatedFrame = { idx: k, sentence: sentenceIdx };
        continue;
      }
    }
    // “我就跑了3趟，打了2次电话”, 他店门口…执法队员上门3次: a person's own story in a feature, no statistic.
    if (row === null && personalStory(sentStart, clauseStart, fig)) continue;
    // 今天，我们邀请到…的3位负责同志: the guests of an event (a press conference's host), no statistic.
    if (row === null && fig.unitInfo?.kind === "person" && textIncludes(text, "邀请", clauseStart, fig.start) && GUESTS_AFTER_RE.test(text.slice(fig.end, fig.end + 6)) && EVENT_NOW_RE.test(text.slice(sentStart, fig.start))) continue;
    // 每3年复核一次, 每季度召开1次: how often it is done, not what was done.
    if (row === null && fig.value <= SCHEDULE.maxValue && SCHEDULE.units.has(fig.unit) && textIncludes(text, "每", clauseStart, fig.start) && SCHEDULE.re.test(text.slice(clauseStart, fig.start))) continue;
    const prevIdx = lastInSentence;
    const prev = prevIdx >= 0 ? metrics[prevIdx]! : null;
    // 由15个工作日压缩至3个: the new level's measure word stops short of the unit its old level names.
    if (prev !== null && prev.end > clauseStart && fig.unit !== prev.unit && prev.unit.startsWith(fig.unit) && fig.unit !== "" && !isHanRun(text, fig.end, fig.end + 1) && NEW_LEVEL_BEFORE_RE.test(text.slice(prev.end, fig.start))) {
      fig.unit = prev.unit;
      fig.unitInfo = UNITS.get(prev.unit) ?? null;
    }

    if (spread !== null) {
      // 同比分别增长6.3%和下降4.7%: a value of the list may say its own direction.
      const between = text.slice(spread.end, fig.start);
      const ownDirection = spreadValueDirection(between);
      const ownStart = ownDirection ? spread.end + SPREAD_JOINER_RE.exec(between)![0].length : fig.start;
      if (spread.sentence === ctx.index && spread.next.length > 0 && ownDirection !== undefined) {
        const k = spread.next.shift()!;
        metrics[k]!.change = {
          value: fig.value,
          unit: fig.unit,
          direction: ownDirection ?? spread.direction,
          basis: spread.basis,
          text: text.slice(ownStart, fig.end),
          start: ownStart,
          end: fig.end,
        };
        // 分别提升2.1个和1.4个百分点: the unit said once at the end is every value's.
        if (fig.unit.length > 1 && fig.unit.startsWith("个")) for (const d of spread.done) if (metrics[d]!.change?.unit === "个") metrics[d]!.change!.unit = fig.unit;
        spread.done.push(k);
        spread.end = fig.end;
        continue;
      }
      spread = null;
    }

    if (cell) {
      const metric = buildMetric(fig, ctx, sentEnd, clauseStart, clauseEnd, prevIdx, cell.year !== null);
      // 其中：市本级 312 under 收到行政复议申请 812: the part counts what the row above counts, at its level.
      const partLevel = row!.whole !== undefined && SCOPE_MATCHER.has(row!.label) ? row!.label : null;
      const measure = cell.column?.label ?? (partLevel !== null ? row!.whole!.label : row!.label);
      // 全省合计, 全市总计: the whole place's row. A row per year (label "") is the report's own too.
      const whose = row!.label.replace(TOTAL_ROW_RE, "");
      const ownRow = row!.label === "" || SCOPE_MATCHER.has(whose);
      metric.period = cell.year !== null && cell.year !== reportYear ? cell.year : null;
      if (cell.column !== null) {
        // A row per place (崂山区 320 301 12.5): the row says whose figure it is, the column what it counts.
        // Only a row of the report's own level (全市, 市本级) is a catalog figure; a row of a part,
        // an office or a sum of the rows shown (合计) is not.
        // A row per year (2022年 198 176) names no one: its cells are the report's own, dated by the row.
        // 市公安局 688 under 被申请人: the cases brought against it (以市公安局为被申请人的受理数).
        metric.subject = ownRow ? measure : row!.role !== undefined && !TOTAL_ROW_RE.test(row!.label) ? tail(`以${row!.label}为${row!.role}的${measure}`, MAX_SUBJECT) : tail(row!.label + measure, MAX_SUBJECT);
        // (A row of a kind, 道路运输 or 行政规范性文件, or under 行为类别, names what is counted, not whose: the subject
        // has it; nor is a respondent's row its own figure. Such a table's figures are the level its caption names.)
        // (Nor does a row of a part of the year, 第一季度 or 1—6月, or the year's 全年: its coverage says when, not whose.)
        const labelNamesNoOwner = row!.kind === true || row!.role !== undefined || KIND_ROW_LABEL_RE.test(row!.label) || PERIOD_ROW_LABEL_RE.test(row!.label);
        if (row!.role !== undefined) {
          // (A respondent's name, 禅城区人民政府, is not the level of the cases brought against it.)
          metric.scope = captionLevel(row!, true);
          LEVEL_FIXED_BY_TABLE.add(metric);
        } else if (row!.label === "") {
          // (A row per year keeps the level its line states.)
        } else if (ownRow) metric.scope = scopeOf(whose);
        else if (labelNamesNoOwner) {
          if (metric.scope === null || metric.scope === OFFICE_SCOPE) metric.scope = captionLevel(row!) ?? metric.scope;
        } else metric.scope = whose === "" ? null : row!.label;
        dropIndicator(metric);
        // The row's line holds no words but its label: the column's measure is the clause to file it by.
        // (行政处罚 under 行为类别 in 表1 …行政复议受理案件按行政行为类别分布: a kind of case the caption's domain counts,
        // filed by the caption's words with the measure's, not by the kind's.)
        const filed = columnPillar(labelNamesNoOwner && row!.caption !== undefined ? text.slice(row!.caption.start, row!.caption.end) + measure : measure, ctx.section);
        if (filed !== null) {
          metric.pillar = filed.pillar;
          metric.pillarCues = filed.cues;
        }
      } else {
        metric.subject = measure;
        // 表1 2024年全市卫生监督执法主要数据 over rows that state no level: the caption says whose figures they are.
        // 指标 全市 市本级 over 收到复议申请（件） 512 120: the column's level is the cell's.
        // (指标 全省 全市: a wider place's column is the benchmark, none of the place's indicators.)
        if (cell.level !== undefined) {
          metric.scope = scopeOf(cell.level);
          if (NO_PLACE_SCOPES.has(metric.scope) || (metric.scope.startsWith("全") && metric.scope !== `全${ownChar}`)) dropIndicator(metric);
        }
        // (…其中：市局机关: not over the level a column's header names.)
        if (cell.level === undefined && (metric.scope === null || metric.scope === OFFICE_SCOPE)) metric.scope = captionLevel(row!) ?? metric.scope;
        if (partLevel !== null) metric.scope = scopeOf(partLevel);
        if (row!.whole !== undefined) {
          const whole = row!.whole;
          for (let k = metrics.length - 1; k >= 0 && metrics[k]!.start >= whole.start; k--) {
            if (metrics[k]!.end <= whole.end && metrics[k]!.period === metric.period) {
              metric.partOf = k;
              inheritWholePillar(metric, metrics[k]!);
              break;
            }
          }
        }
      }
      // A label the PDF wrapped above its row (依申请政务服务事 / 项全程网办率 / % 94.7 97.3), or a
      // measure column's header, is not in the row's line: the label alone names the indicator.
      // (Nor is a group's name before the label (行政复议与应诉 | 收到行政复议申请) the row's: the label alone names it.)
      // A total row of a table of places (全区合计 under the streets it lists) sums the rows shown, which may
      // not be all of the place (4 of its 12 streets): no indicator; the place's own row (全市, 市本级) has one.
      // (全市合计 under 市本级 and the counties: a table that lists the government's own level beside its parts sums the whole place.)
      const totalRow = cell.column !== null && TOTAL_ROW_RE.test(row!.label) && !(whose !== "" && scopeOf(whose).startsWith("全") && ownLevelRowAbove(row!));
      if (metric.indicator === null && (cell.column === null || (ownRow && !totalRow)) && (row!.grouped === true || !textIncludes(text, measure, row!.start, row!.end))) {
        const candidates = INDICATORS_BY_UNIT.get(fig.unit);
        const stamp = nextPresentStamp();
        requireOwn = false;
        let byLabel = candidates && markIndicatorWords(measure, stamp) > 0 ? matchIndicator(candidates, stamp) : null;
        // 收到申请（件） under …行政复议…收案情况见下表: the sentence that leads into the table names the headers' domain
        // (the label must still name a word of the rule).
        if (byLabel === null && candidates) {
          const lead = tableLead(row!.start);
          if (lead !== null) byLabel = labelRuleWith(measure, lead, candidates);
        }
        // 表1 全市应急管理系统安全生产执法检查情况 / 执法检查企业（家次）: the caption names the kind of work its columns count; with
        // its words the label may name another rule (安全生产检查, not 行政执法检查).
        // (表2 …法律援助和人民调解工作情况 / 调解案件（件）: a caption of two lines of work names none of its own for this column; the label's own rule stands.)
        if (candidates && row!.caption !== undefined) byLabel = labelRuleWith(measure, text.slice(row!.caption.start, row!.caption.end), candidates) ?? byLabel;
        if (byLabel !== null) {
          giveIndicator(metric, byLabel.slug);
          metric.pillar = byLabel.pillar;
          metric.pillarCues = [`indicator:${byLabel.slug}`];
        }
      }
      // (市支队 186 186 224 in a bureau's table of its units: the office's own row is no place's.)
      if (metric.scope !== null && NO_PLACE_SCOPES.has(metric.scope)) dropIndicator(metric);
      // A goal column (2023年目标值, 2021年目标) states no result: its cells are goals.
      if (cell.target) {
        dropIndicator(metric);
        metric.target = true;
      }
      // 依申请政务服务事项全程网办率 % 88.4 91.3 under a header whose years could not be read (a PDF wrapped
      // 2023年 over two lines): which column is this year's is unknown, so neither is the year's figure.
      // (目标值 ≥90% 完成值 98.6%: a goal beside the result is no other year.)
      if (cell.column === null && cell.year === null && !cell.target && row!.cells.filter((c) => !c.target).length >= 2) dropIndicator(metric);
      if (cell.change) {
        const { start, end, ...rest } = cell.change;
        metric.change = { ...rest, text: text.slice(start, end), start, end };
      }
      const own = aux[aux.length - 1]!;
      own.noun = measure;
      own.verbFirst = false;
      metrics.push(metric);
      lastInSentence = metrics.length - 1;
      continue;
    }

    // A change phrase right before the number (同比增长了34.4%)?
    const change = readChange(text, fig, clauseStart);
    let namedIdx = -1;
    if (change) {
      // 发生生产安全事故3起、死亡3人，同比均下降25%: one change every figure of the run before it shares.
      // (检查企业420家，发现隐患1200项，均比上年增加10%: 均 may stand before the basis too; 年均, 平均 and 人均 share nothing.)
      if (prev !== null && prevIdx === metrics.length - 1 && prev.change === null && (SHARED_CHANGE_BEFORE_RE.test(text.slice(prev.end, change.start)) || SHARED_CHANGE_RE.test(change.text))) {
        const shared: number[] = [];
        // (结案率 beside the counts it rates is no figure of the run: a share's change is said apart, in 个百分点.)
        const percent = (m: ExtractedMetric) => UNITS.get(m.unit)?.kind === "percent";
        // The run ends where a clause names a topic of its own (…办结300件，发生生产安全事故3起、死亡3人，同比均下降25%).
        for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence === ctx.index && metrics[k]!.change === null && percent(metrics[k]!) === percent(prev); k--) {
          shared.push(k);
          if (shared.length >= SHARED_CHANGE_RUN_MAX || k === 0 || !SHARED_RUN_JOIN_RE.test(text.slice(metrics[k - 1]!.end, metrics[k]!.start))) break;
        }
        if (shared.length >= 2) {
          for (const k of shared) metrics[k]!.change = { ...change };
          if (change.end > cursor) cursor = change.end;
          continue;
        }
      }
      // 死亡19人，同比分别下降8%和13.6%: one value per figure before the change, in order.
      // (…分别达到57206元、33580元，增长4.8%、6.9%: a list of changes after a list 分别 handed out pairs with it too.)
      const spreadNear = change.text.includes("分别") || text.slice(prev?.end ?? clauseStart, change.start).includes("分别");
      const spreadAfter = spreadNear || textIncludes(text, "分别", sentStart, change.start) ? countSpreadValues(text, fig.end) : 0;
      if (spreadNear || spreadAfter > 0) {
        const values = 1 + spreadAfter;
        const targets: number[] = [];
        for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence === ctx.index && targets.length < values; k--) {
          // (分别较2023年（111.3次、21.6件）增长6.7%和7.4%: a base's change is its figure's.)
          const t = aux[k]!.baseOf >= 0 ? aux[k]!.baseOf : k;
          if (metrics[t]!.change === null && !targets.includes(t)) targets.unshift(t);
        }
        // 检查企业4.7万家次，…，事故起数和死亡人数同比分别下降21.4%和15.8%: a change clause that
        // names a subject of its own changes that subject, unless it names each figure's head noun
        // again (发生事故425起，死亡412人，事故起数和死亡人数分别下降…).
        const ownFrom = prev !== null && prev.end > clauseStart ? prev.end : clauseStart;
        const own = tidy(stripLeading(text.slice(ownFrom, change.start).replace(SPREAD_FILLERS_RE, "")));
        // (案件数和罚没金额…分别下降 after 案件583件，罚没款4817.35万元: a head noun's two characters are enough.)
        let namesTargets = own.length < 2 || targets.every((k) => namesHeadNoun(own, metrics[k]!.subject));
        // (…查处案件583件，作出处罚决定556件，罚没款4817.35万元，案件数和罚没金额…分别下降: each item names its figure, not the last ones.)
        if (!namesTargets && values >= 2) {
          const named = figuresNamedByItems(own, ctx.index, values);
          if (named !== null) {
            targets.splice(0, targets.length, ...named);
            namesTargets = true;
          }
        }
        if (values >= 2 && targets.length === values && namesTargets) {
          const first = targets.shift()!;
          metrics[first]!.change = change;
          spread = { sentence: ctx.index, direction: change.direction, basis: change.basis, end: fig.end, next: targets, done: [first] };
          continue;
        }
      }
      // (收案386件，居全市第四位，同比下降3.2%; 降至3.9%，为全省最低，比上年下降2.7个百分点: a rank in between leaves the change the figure's.)
      // (得分88.72分，比全省平均高6.35分，比上年提高1.2分: a gap to an average in between, which is no figure, leaves the change the score's.)
      if (prev && prev.change === null && (/^[，,、\s（(）)]*(?:并|且|分别)?$/.test(text.slice(prev.end, change.start)) || CHANGE_QUALIFIER_BETWEEN_RE.test(text.slice(prev.end, change.start)) || RANK_BETWEEN_RE.test(text.slice(prev.end, change.start).replace(LEADING_ASIDE_RE, "")) || GAP_BETWEEN_RE.test(text.slice(prev.end, change.start)) || changeOfClauseBefore(text, prev, change))) {
        // 办理386件，比2020年的312件增长23.7%: the change is the figure's, not its comparison base's.
        const baseOf = aux[prevIdx]!.baseOf;
        let target = baseOf >= 0 ? metrics[baseOf]! : prev;
        // 3,472件（其中简易程序1,128件，普通程序2,344件），同比增长12.6%: after an aside that closed, the
        // change is the figure's before the aside.
        if (target === prev && closesBracketBetween(text, prev.end, change.start)) {
          const open = openBracketBefore(text, prev.start, sentStart);
          let k = prevIdx;
          while (k >= 0 && aux[k]!.sentence === ctx.index && metrics[k]!.end > open) k--;
          if (open >= 0 && k >= 0 && aux[k]!.sentence === ctx.index) target = metrics[k]!;
        }
        // 受理2487件，占40.7%，同比增长22.1%: a change in per cent after a share is the count's; a
        // share's own change is stated in 个百分点. (收入68.42亿元，完成调整预算的101.3%，同比增长3.6%: so is one
        // after the part of a budget done.)
        const before = prevIdx - 1;
        if (target === prev && change.unit !== "个百分点" && RATIO_OF_BASE_SUBJECT_RE.test(prev.subject) && before >= 0 && aux[before]!.sentence === ctx.index) {
          const count = metrics[before]!;
          if (count.change === null && UNITS.get(count.unit)?.kind !== "percent" && count.end <= prev.start) target = count;
        }
        // 较2022年558件增加了555件，同比增长99.5%: the figure already has its change; the second
        // one stands alone rather than going to the comparison base.
        if (target.change === null) {
          // 较2021年的37.2%下降15.8个百分点: the comparison base's words are the change's basis.
          const basisBefore = target !== prev && change.basis === "" ? COMPARISON_BEFORE_RE.exec(text.slice(Math.max(target.end, prev.start - 12), prev.start)) : null;
          target.change = basisBefore !== null ? { ...change, basis: basisBefore[1]! } : change;
          continue;
        }
      }
      // No figure to attach to: the change is itself the figure. Counts need a stated basis
      // (比上年增加520户); without one, 新增33个 is an ordinary figure.
      if (change.basis === "" && fig.unitInfo?.kind !== "percent" && fig.unit !== "倍") {
        // fall through: ordinary figure
      } else if (prev !== null && prev.change !== null && prev.change.end <= change.start && CHANGE_ONLY_BETWEEN_RE.test(text.slice(prev.change.end, change.start))) {
        // 收到申请96件，较上年增加21件，同比增长28%: a second change of the figure before, which has one
        // already, is the same change said again in per cent (or in the figure's unit): no figure of its own.
        // The change kept is the one in per cent, which compares across places; its words span both.
        const first = prev.change;
        const kept = UNITS.get(first.unit)?.kind !== "percent" && change.unit === "%" ? change : first;
        prev.change = { ...kept, basis: kept.basis || first.basis, text: text.slice(first.start, change.end), start: first.start, end: change.end };
        if (change.end > cursor) cursor = change.end;
        continue;
      } else if ((namedIdx = figureNamedBefore(ctx.index, clauseStart, change)) >= 0) {
        // 优秀率、合格率分别为41.3%、96.9%，合格率较上年提升2.5个百分点: the change of the figure its clause names.
        metrics[namedIdx]!.change = change;
        if (change.end > cursor) cursor = change.end;
        continue;
      } else {
        const metric = buildMetric(fig, ctx, sentEnd, clauseStart, clauseEnd, prevIdx);
        // (每千人…增加6.8户: the change is in the figure's own unit, per its base.)
        metric.change = change.unit === fig.unit ? { ...change, unit: metric.unit } : change;
        // 纠错率同比下降19%: the value is the change, never the level an indicator compares.
        dropIndicator(metric);
        metrics.push(metric);
        lastInSentence = metrics.length - 1;
        continue;
      }
    }

    // 受理1200件，是上年的1.5倍: a multiple of an earlier year's figure is the change of the figure before
    // it, stated as the per-cent change it means (1.5倍 → up 50%).
    if (change === null && fig.unit === "倍" && prev !== null && prev.change === null && prev.unit !== "倍") {
      const ratio = MULTIPLE_OF_BASE_RE.exec(text.slice(prev.end, fig.start));
      if (ratio !== null) {
        const start = prev.end + ratio.index + ratio[1]!.length;
        const end = text.charCodeAt(fig.end) === 0x591a ? fig.end + 1 : fig.end; // 两倍多: the change as written
        prev.change = {
          value: round(Math.abs(fig.value - 1) * 100),
          unit: "%",
          direction: fig.value >= 1 ? "up" : "down",
          basis: ratio[2]!,
          text: text.slice(start, end),
          start,
          end,
        };
        if (end > cursor) cursor = end;
        continue;
      }
    }
    // 事故起数和死亡人数分别下降15.4%和20%: a figure listed right after a change-only figure is a change too.
    if (change === null && prev !== null && prevIdx === metrics.length - 1 && isChangeOnly(prev) && prev.unit === fig.unit && CHANGE_LIST_JOIN_RE.test(text.slice(prev.end, fig.start))) {
      const metric = buildMetric(fig, ctx, sentEnd, clauseStart, clauseEnd, prevIdx);
      const { direction, basis } = prev.change!;
      metric.change = { value: fig.value, unit: fig.unit, direction, basis, text: text.slice(fig.start, fig.end), start: fig.start, end: fig.end };
      metrics.push(metric);
      lastInSentence = metrics.length - 1;
      continue;
    }

    const metric = buildMetric(fig, ctx, sentEnd, clauseStart, clauseEnd, prevIdx);
    // 市场监管、生态环境…等部门分别对117件、36件…: each department's own figure, none of the place's indicators.
    // (buildMetric sets the list: TypeScript cannot see that it is no longer null here.)
    const dist = distribution as (Distribution & { sentence: number; next: number; end: number }) | null;
    if (dist !== null && dist.sentence === ctx.index && dist.end === fig.end && dist.next > 0) {
      const last = dist.items[dist.items.length - 1]!;
      const own = dist.items[dist.next - 1]!;
      if (last.kind === "word" && own.kind === "word" && BODY_LIST_END_RE.test(last.text)) {
        metric.scope = own.text.replace(BODY_LIST_END_RE, "") || own.text;
        dropIndicator(metric);
      }
    }
    // 纠错率低于全市（10.9%）, 出庭应诉率高于全市平均（97.5%）: the bracketed figure is the benchmark's, of the
    // measure its clause names (else of the figure before), at the benchmark's level; none of the place's indicators.
    // (比/较 compare with an average only: 较上年（…） is a comparison base, which buildMetric reads.)
    const compared = row === null && text.charCodeAt(fig.start - 1) === 0xff08 ? BENCHMARK_BRACKET_BEFORE_RE.exec(text.slice(Math.max(clauseStart, fig.start - 40), fig.start)) : null;
    const benchmark = compared !== null && (compared[3] !== undefined || (compared[1] !== "比" && compared[1] !== "较" && compared[2]!.length >= 2)) ? compared : null;
    if (benchmark !== null) {
      const from = prev !== null && prev.end > clauseStart ? prev.end : clauseStart;
      const measure = tidy(stripLeading(text.slice(from, fig.start - benchmark[0].length)));
      if (measure.length >= 2) metric.subject = tail(benchmark[3] !== undefined ? `${benchmark[2]}平均${measure}` : measure, MAX_SUBJECT);
      if (benchmark[2]!.startsWith("全")) metric.scope = benchmark[2]!;
      dropIndicator(metric);
    }
    // 全年汤峪镇办理行政处罚案件312件: a named town, street, village or community that opens the clause as the
    // actor: that unit's figure, at its level, none of the place's indicators (as a part of a whole is).
    // (洪家楼街道全年调解纠纷1126件: the level word in the name gave the level already; the name still makes it the unit's.)
    /** The figure right before, in this sentence, is a named unit's: a later clause may go on in the unit's name. */
    const afterNamedUnit = prev !== null && prevIdx === metrics.length - 1 && aux[prevIdx]!.namedUnit && aux[prevIdx]!.sentence === ctx.index;
    if ((metric.scope === null || SUB_UNIT_SCOPES.includes(metric.scope)) && row === null) {
      let unitScope = namedUnitActing(clauseStart, fig.start);
      // 同里镇深化“枫桥式”司法所创建，调解纠纷1,093件: a unit that opens the sentence (or its part after a semicolon) with a
      // clause of no figure acts in the later clauses that name no actor of their own.
      if (unitScope === null && clauseStart > sentStart && (prev === null || prev.end <= sentStart) && !clauseHasOwnActor(clauseStart, fig.start)) {
        const firstEnd = clauseEndFrom(sentStart, clauseStart);
        if (!/[0-9０-９]/.test(text.slice(sentStart, firstEnd))) unitScope = namedUnitActing(sentStart, firstEnd, true);
      }
      if (unitScope !== null) asNamedUnit(metric, unitScope);
      // 大堡镇办理行政处罚案件46件，聘请法律顾问3名: a later clause that names no actor goes on in the unit's name.
      else if (afterNamedUnit && prev!.partOf === null) asNamedUnit(metric, prev!.scope!);
    }
    // 全县…调解成功率98.9%，其中…天荒坪镇调处二百一十七件、调处成功率百分之百: a rate listed right after a named unit's
    // count, with no level of its own, is that unit's rate, not the level that opens the sentence.
    if (row === null && afterNamedUnit && prev!.end >= clauseStart && text.charCodeAt(prev!.end) === 0x3001 && UNITS.get(metric.unit)?.kind === "percent" && metric.scope !== prev!.scope && !scopeWordIn(prev!.end, fig.start))
      asNamedUnit(metric, prev!.scope!);
    // 长宁县（14.3%）、高县（12.1%）, 市公安局（18.2%）: that place's or that body's figure, none of the place's indicators.
    const owner = row === null && benchmark === null ? bracketOwner(text, fig, sentStart) : null;
    if (owner !== null) {
      metric.scope = owner;
      dropIndicator(metric);
      // (高县 after 长宁县（14.3%）、: the next item of the list measures what the first does; the owner is no part of the measure.)
      if (prev !== null && metric.subject === owner && prev.scope !== null && prev.unit === metric.unit && text.startsWith(`${prev.scope}（`, prev.start - prev.scope.length - 1)) metric.subject = prev.subject;
      else if (metric.subject.length > owner.length && metric.subject.endsWith(owner)) metric.subject = metric.subject.slice(0, -owner.length).replace(OWNER_LEAD_TAIL_RE, "");
    }
    // 通过基层联系点接收复议申请312件，占申请总数的28.5%: a count whose share of the total follows is a part of that total.
    // (收到申请2000件，占全省总数的15%: a share of a higher level's total is the place's whole.)
    if (metric.indicator !== null && UNITS.get(metric.unit)?.kind !== "percent") {
      const share = SHARE_OF_TOTAL_AFTER_RE.exec(text.slice(fig.end, fig.end + SHARE_OF_TOTAL_WINDOW));
      if (share !== null && (share[1] === undefined || share[1] === "全部" || share[1] === `全${ownChar}`)) dropIndicator(metric);
    }
    // …持续增加，达到362件: the trend before the level is no part of what was counted.
    if (levelAfterClause) metric.subject = withoutTrend(metric.subject);

    // 持证率较上年提高3.5个百分点，达到97.8%: the change had no figure of its own; it belongs to
    // the level it reached, which takes the words before the change as its subject.
    if (prev !== null && prevIdx === metrics.length - 1 && metric.change === null && isChangeOnly(prev) && NEW_LEVEL_AFTER_CHANGE.has(text.slice(prev.end, fig.start).replace(/^[，,]\s*/, ""))) {
      const changeWords = prev.change!.text.slice(0, prev.change!.text.length - prev.text.length);
      if (prev.subject.endsWith(changeWords) && prev.subject.length > changeWords.length) {
        metric.subject = prev.subject.slice(0, prev.subject.length - changeWords.length);
        metric.change = prev.change;
        if (metric.scope === null) metric.scope = prev.scope;
        metrics.pop();
        aux.splice(aux.length - 2, 1); // the change's entry; the level's (pushed by buildMetric) stays
        aux[aux.length - 1]!.noun = metric.subject;
        aux[aux.length - 1]!.verbFirst = false;
        metric.partOf = null;
        metrics.push(metric);
        lastInSentence = metrics.length - 1;
        continue;
      }
    }

    // Part-of (其中33项).
    const clauseBefore = text.slice(clauseStart, fig.start);
    // 其中，省政府（省本级）收到…1209件: 其中 in a clause of its own opens the sentence's first figure.
    const opensWithPartOf = prev === null && PART_OF_WORDS.some((w) => text.startsWith(w, sentStart) && !text.slice(sentStart + w.length, clauseStart).replace(/[，,：:\s]/g, ""));
    if (prev !== null && INCLUDED_PART_BETWEEN_RE.test(text.slice(prev.end, fig.start)) && metric.unit === prev.unit) {
      // 审结412件（含上年结转27件）: what the figure before includes is a part of it, at its level.
      metric.partOf = prevIdx;
      if (metric.scope === null) metric.scope = prev.scope;
      dropIndicator(metric);
    } else if (prev !== null && metric.unit === prev.unit && BREAKDOWN_FIRST_ITEM_RE.test(text.slice(prev.end, fig.start)) && fitsWithin(metric, prev)) {
      // 办理行政处罚案件27件（简易程序19件、普通程序8件）: a breakdown in brackets right after a count.
      metric.partOf = prevIdx;
      if (metric.scope === null) metric.scope = prev.scope;
    } else if (
      prev !== null &&
      prev.partOf !== null &&
      metric.unit === prev.unit &&
      BREAKDOWN_NEXT_ITEM_RE.test(text.slice(prev.end, fig.start)) &&
      BREAKDOWN_FIRST_ITEM_RE.test(text.slice(metrics[prev.partOf]!.end, prev.start)) &&
      fitsWithin(metric, metrics[prev.partOf]!)
    ) {
      metric.partOf = prev.partOf;
      if (metric.scope === null) metric.scope = prev.scope;
    } else if (prev !== null && prev.end > clauseStart && amongAt(text, prev.end) && fitsWithin(metric, prev)) {
      // 审结的复议案件977件中直接纠错236件: the part of the figure right before 中.
      metric.partOf = prevIdx;
    } else if (restatedFrame !== null && restatedFrame.sentence === ctx.index && (prev === null || prevIdx === restatedFrame.idx || prev.partOf === restatedFrame.idx) && fitsWithin(metric, metrics[restatedFrame.idx]!)) {
      // 审结的1498件案件中，维持812件，撤销96件: the parts of the restated total.
      metric.partOf = restatedFrame.idx;
      inheritWholePillar(metric, metrics[restatedFrame.idx]!);
    } else if (
      (opensWithPartOf || PART_OF_WORDS.some((w) => clauseBefore.includes(w)) || PART_OF_LEAD_RE.test(text.slice(Math.max(sentStart, clauseStart - 4), clauseStart))) &&
      // 其中8个县（市、区）实现100%出庭 after 新收案件1527件: a count of places and a rate they reach are
      // no part of a count of cases (a share, 其中…占41%, is).
      !(metric.unit === "个" && SCOPE_MATCHER.prefixAt(text, fig.end) !== null) &&
      !(UNITS.get(metric.unit)?.kind === "percent" && !SHARE_SUBJECT_RE.test(metric.subject))
    ) {
      // The whole: in the part's unit and named by the part's verb (排查线索436条，整改429条，其中三地
      // 排查线索182条), else the nearest in its unit, else one its verb names (审查文件63件，提出意见
      // 141条，其中审查合同27份), else the nearest figure.
      const partVerb = firstVerb(metric.subject);
      const namedByVerb = (k: number) => partVerb !== null && metrics[k]!.subject.startsWith(partVerb);
      // 审结1957件。其中，市政府收到1012件: what came in is no part of what was closed.
      // (一审行政案件收案1342件: an intake word may also end the part's noun.)
      const intakePart = (partVerb !== null && INTAKE_VERBS.has(partVerb)) || INTAKE_WORDS.some((w) => metric.subject.endsWith(w));
      const closedWhole = (k: number) => intakePart && CLOSING_VERBS.has(firstVerb(metrics[k]!.subject) ?? "");
      // 其中，涪城区、游仙区综合窗口占比分别达到92%、88% after 8个县（市、区）建成…专区: a share is a part only of a
      // whole that counts what it is a share of (窗口).
      const shareOf = UNITS.get(metric.unit)?.kind === "percent" ? shareNoun(metric.subject) : null;
      const notShared = (k: number) => shareOf !== null && !metrics[k]!.subject.includes(shareOf);
      let sameUnit = -1;
      let sameUnitVerb = -1;
      let sameUnitInner = -1;
      let byVerb = -1;
      let nearest = -1;
      for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence === ctx.index; k--) {
        // 其中一审76件、二审21件: a sibling in the same 其中 list shares the parent, it is not one.
        const sibling = metrics[k]!.partOf !== null && metrics[k]!.start >= clauseStart;
        // 其中…案件占比41% after 调解和解率32.5%: a share is a part of a count, never of another rate,
        // and a count is never a part of a rate (成功率96.7%，其中…7次).
        const rateOfRate = UNITS.get(metrics[k]!.unit)?.kind === "percent";
        // 审结1146件（含上年结转87件），其中维持853件: a figure in brackets that closed is an aside, not the whole.
        if (sibling || rateOfRate || aux[k]!.baseOf >= 0 || inClosedBracket(text, metrics[k]!.end, fig.start) || !fitsWithin(metric, metrics[k]!) || closedWhole(k) || notShared(k)) continue;
        if (metrics[k]!.unit === metric.unit) {
          if (sameUnit < 0) sameUnit = k;
          if (namedByVerb(k)) {
            sameUnitVerb = k;
            break;
          }
          // 行政复议机关共收到申请2684件，…，其中市政府收到1032件: the verb inside the whole's subject.
          if (sameUnitInner < 0 && partVerb !== null && metrics[k]!.partOf === null && metrics[k]!.subject.includes(partVerb)) sameUnitInner = k;
        } else {
          // 罚款428.5万元，其中对3家企业…; 参演人员18.7万人次；其中…演练3次: a whole of another kind of unit
          // (money, persons) holds no such part.
          if (nearest < 0 && sameKindOrRate(fig, metrics[k]!)) nearest = k;
          if (byVerb < 0 && namedByVerb(k)) byVerb = k;
        }
      }
      if (sameUnitVerb < 0 && sameUnitInner >= 0) sameUnitVerb = sameUnitInner;
      // …共收到申请2684件，同比增长31.2%；受理2417件，审结2238件，其中市政府收到1032件: the figure its verb
      // names may stand in a part before the semicolons.
      if (sameUnitVerb < 0 && partVerb !== null && ctx.topIndex < ctx.index) {
        for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence >= ctx.topIndex; k--) {
          if (aux[k]!.sentence === ctx.index || metrics[k]!.unit !== metric.unit || metrics[k]!.partOf !== null || aux[k]!.baseOf >= 0 || !fitsWithin(metric, metrics[k]!)) continue;
          if (metrics[k]!.subject.includes(partVerb)) {
            sameUnitVerb = k;
            break;
          }
        }
      }
      let parent = sameUnitVerb >= 0 ? sameUnitVerb : sameUnit >= 0 ? sameUnit : byVerb >= 0 ? byVerb : nearest;
      if (parent < 0 && lastSentenceOfLast >= 0 && PART_OF_WORDS.some((w) => text.startsWith(w, sentStart))) {
        // A sentence that opens with 其中 (after a semicolon) breaks down the sentence before it: the
        // figure there its verb names (共收到…5423件 for 其中省政府收到1209件), else the nearest in its
        // unit, else the last figure unless that is a rate.
        const before = aux[lastSentenceOfLast]!.sentence;
        // …收到申请3862件，…；受理3415件；审结3297件。其中，市政府本级收到1108件: the sentence before is all its parts.
        const beforeTop = topOfSemicolonChain(before);
        let nearestSameUnit = -1;
        let nearestSameKind = -1;
        /** …调处纠纷2.13万件，调解成功2.11万件…；其中医患纠纷187件: the nearest whole that counts the part's own noun. */
        let nearestSameNoun = -1;
        const partNoun = metric.subject.length >= 2 ? metric.subject.slice(-2) : null;
        for (let k = lastSentenceOfLast; k >= 0 && aux[k]!.sentence >= beforeTop; k--) {
          // Only the last part's nearest figures stand in for a whole its verb does not name.
          const lastPart = aux[k]!.sentence === before;
          if (aux[k]!.baseOf >= 0 || !fitsWithin(metric, metrics[k]!) || closedWhole(k) || notShared(k)) continue;
          // 调解成功率达98.6%。其中，婚姻家庭、邻里纠纷占比达41.2%: a share is a part of a count, never of a rate.
          if (UNITS.get(metric.unit)?.kind === "percent" && UNITS.get(metrics[k]!.unit)?.kind === "percent") continue;
          if (metrics[k]!.unit !== metric.unit) {
            // 演练2416场次，参演人员18.7万人次；其中…演练3次: a count's whole is a count, not persons or money.
            if (lastPart && nearestSameKind < 0 && UNITS.get(metrics[k]!.unit)?.kind !== "percent" && sameKindOrRate(fig, metrics[k]!)) nearestSameKind = k;
            continue;
          }
          if (namedByVerb(k) || (partVerb !== null && metrics[k]!.subject.includes(partVerb))) {
            parent = k;
            break;
          }
          if (lastPart && nearestSameUnit < 0) nearestSameUnit = k;
          // (…新收案件1348件，审结1226件…。其中，以市政府为被告的案件58件: a part that names no verb counts what the
          // sentence's first measure counts, so the earliest whole of its noun.)
          if (lastPart && (nearestSameNoun < 0 || partVerb === null) && partNoun !== null && metrics[k]!.subject.includes(partNoun)) nearestSameNoun = k;
        }
        if (parent < 0) parent = nearestSameNoun >= 0 ? nearestSameNoun : nearestSameUnit >= 0 ? nearestSameUnit : nearestSameKind;
      }
      // 其中，玉林东路社区“老王调解室”调处纠纷162件: a part one named community, village or street did is
      // that unit's figure, at its level, no place's indicator.
      // (全市…，其中赤金镇、花海镇分别调处312件、286件: not the whole place that opens the sentence either.)
      // (其中金山桥街道调解520件: nor the level its 街道 reads as.)
      // (…等乡镇（街道）赋予行政执法事项，其中天荒坪镇承接赋权事项68项: nor when the whole states no figure.)
      const unit =
        metric.scope === null || SUB_UNIT_SCOPES.includes(metric.scope) || (metric.scope.startsWith("全") && !scopeWordIn(clauseStart, fig.start)) ? NAMED_SUBUNIT_RE.exec(text.slice(clauseStart, fig.start)) : null;
      if (parent < 0 && unit !== null) asNamedUnit(metric, subUnitScope(unit[1]!));
      if (parent >= 0) {
        metric.partOf = parent;
        inheritWholePillar(metric, metrics[parent]!);
        if (unit !== null) asNamedUnit(metric, subUnitScope(unit[1]!));
        // 全市…办理案件1616.85万宗，…。其中，行政处罚137.07万宗: a part names no level of its own, so it is at its whole's.
        // (In an office's report, 全市累计新增…48.27亿元，其中新增减税降费23.6亿元: not the office's own level by default;
        // nor 新设经营主体12.65万户，其中新设企业3.41万户, a part of what only the place counts.)
        if (metric.scope === null || aux[aux.length - 1]!.officeDefault) metric.scope = metrics[parent]!.scope;
        // 2024年1至8月…收到1,726件…。其中，市政府收到682件: a part covers the time its whole does (and is no annual indicator's then).
        if (metric.coverage === null && metrics[parent]!.coverage !== null && metric.period === metrics[parent]!.period) {
          metric.coverage = metrics[parent]!.coverage;
          dropIndicator(metric);
        }
        // 划转行政执法事项386项，其中第一批赋权事项152项: one batch of a whole is not the place's total.
        if (metric.indicator !== null && BATCH_RE.test(text.slice(clauseStart, fig.start))) dropIndicator(metric);
        // 全州共有村（社区）法律顾问1062名，其中…双语法律顾问203名: a part of a sub-unit level's count, naming no
        // level in its own clause, is at that level too (not the 全州 that opens the sentence), and no place's indicator.
        else if (SUB_UNIT_SCOPES.includes(metrics[parent]!.scope ?? "") && !scopeWordIn(clauseStart, fig.start)) {
          metric.scope = metrics[parent]!.scope;
          dropIndicator(metric);
        }
        const own = aux[aux.length - 1]!;
        if (metric.subject.length === 0 || verbsOnly(metric.subject)) metric.subject = tail(`${aux[parent]!.noun}${metric.subject}`, MAX_SUBJECT);
        else if (YEAR_ONLY_RE.test(metric.subject)) {
          // “八五”普法以来累计开展普法活动4.8万场次，其中2024年1.2万场次: the year's own part measures what its
          // running total measures; in the report's year it is that year's figure.
          metric.subject = metrics[parent]!.subject;
          // One year's part, not the span's total.
          if (metric.coverage?.kind === "multi-year") metric.coverage = null;
          const candidates = INDICATORS_BY_UNIT.get(metric.unit);
          if (metric.period === null && metric.indicator === null && candidates && !isTarget(sentStart, fig.start, ctx.section)) {
            const stamp = nextPresentStamp();
            requireOwn = false;
            const ind = markIndicatorWords(metric.subject, stamp) > 0 ? matchIndicator(candidates, stamp) : null;
            if (ind !== null && ind.pillar === metric.pillar) giveIndicator(metric, ind.slug);
          }
        }
        else if (text.charCodeAt(fig.start - 1) === 0x7684 && aux[parent]!.noun && !metric.subject.includes(aux[parent]!.noun) && nounAfter(text, fig.end, clauseEnd) === "") {
          // 其中作出维持决定的112件: a relative clause with the whole's noun elided; the items after
          // it (撤销的15件) borrow that noun, not 维持决定.
          metric.subject = tail(`${aux[parent]!.noun}${metric.subject}`, MAX_SUBJECT);
          own.noun = aux[parent]!.noun;
          own.verbFirst = false;
        }
      }
    } else if (prev !== null && prev.partOf === null && outcomeOfPrev(prev, metric, clauseStart)) {
      // 清理文件412件，废止31件、修改17件: the outcomes of an action after its total are parts of it.
      metric.partOf = prevIdx;
      if (metric.scope === null) metric.scope = prev.scope;
      inheritWholePillar(metric, prev);
      dropIndicator(metric);
    } else if (
      prev !== null &&
      prev.partOf !== null &&
      fitsWithin(metric, metrics[prev.partOf]!) &&
      !closesBracketBetween(text, prev.end, metric.start) &&
      (aux[aux.length - 1]!.elided ||
        aux[aux.length - 1]!.laterItem === true ||
        shortVerbItem(text, prev, metric) ||
        shortNounItem(text, prev, metric) ||
        sameVerbItem(text, prev, metric) ||
        nextNamedUnit(prevIdx, metric, clauseStart) ||
        nextLevelItem(prev, metric, metrics[prev.partOf]!))
    ) {
      // 其中维持247件，撤销31件，驳回申请26件: a list after 其中 goes on across commas while the
      // items only name a verb (and perhaps a short object); later items borrow the whole's noun.
      metric.partOf = prev.partOf;
      // 全省…收到5423件，受理4876件。其中，省政府收到1209件，受理1044件: a list that breaks down the
      // sentence before goes item by item: each part under the figure its verb names there.
      const wholeSentence = aux[prev.partOf]!.sentence;
      const verb = firstVerb(metric.subject);
      // …受理2417件，审结2238件，其中市政府收到1032件，受理957件: each item under the figure its verb
      // names, in the sentence before or in the parts of this one.
      const chainFrom = wholeSentence !== ctx.index ? wholeSentence : ctx.topIndex;
      const named = wholeNamedByVerb(metric, verb, prev.partOf, chainFrom, prevIdx);
      if (named >= 0) metric.partOf = named;
      // 其中市政府收到1032件，受理957件: an item that states no level of its own is at the level of the item before it.
      const levelStated = scopeWordIn(clauseStart, fig.start);
      // (Only an item that names no more than its verb: 街道4620件 after 其中区本级1.58万件 is another level.)
      if (!levelStated && verbsOnly(text.slice(clauseStart, fig.start)) && prev.scope !== null && prev.scope !== metrics[prev.partOf]!.scope) metric.scope = prev.scope;
      // 其中，柳新镇调解纠纷1128件，张集街道调解纠纷846件: each named community or street is a part at its level, no place's indicator.
      if (nextNamedUnit(prevIdx, metric, clauseStart)) {
        asNamedUnit(metric, subUnitScope(NAMED_SUBUNIT_RE.exec(text.slice(clauseStart, fig.start))![1]!));
      }
      if (metric.scope === null) metric.scope = metrics[metric.partOf]!.scope;
      inheritWholePillar(metric, metrics[metric.partOf]!);
      const own = aux[aux.length - 1]!;
      if (!own.elided) {
        own.noun = aux[prev.partOf]!.noun;
        own.verbFirst = false;
      }
    } else if (prev === null && ctx.carryIdx >= 0 && text.charCodeAt(ctx.start - 1) === 0xff1b && metrics[ctx.carryIdx]!.partOf !== null && (semicolonListItem(ctx.start, fig.start) || sameMeasureItem(metric.subject, metrics[ctx.carryIdx]!.subject)) && fitsWithin(metric, metrics[metrics[ctx.carryIdx]!.partOf!]!)) {
      // 其中，行政许可186,041件；行政处罚31,527件；行政强制2,914件: the items of a 其中 list set apart by semicolons
      // are parts of the same whole, at its level.
      metric.partOf = metrics[ctx.carryIdx]!.partOf;
      // (…受理…，审结…。其中，州政府收到412件，…审结371件；各县市政府共收到1,074件: the whole its verb names.)
      const named = wholeNamedByVerb(metric, firstVerb(metric.subject), metric.partOf!, topOfSemicolonChain(aux[metric.partOf!]!.sentence), ctx.carryIdx);
      if (named >= 0) metric.partOf = named;
      if (metric.scope === null) metric.scope = metrics[metric.partOf!]!.scope;
      inheritWholePillar(metric, metrics[metric.partOf!]!);
    }
    // 其中市政府收到1032件，受理957件: a part at another level that does what its whole did (the whole's
    // subject holds the part's verb) is the whole's indicator at that level.
    if (metric.partOf !== null && metric.indicator === null && metric.scope !== null && aux[aux.length - 1]!.namedUnit !== true) {
      const whole = metrics[metric.partOf]!;
      const verb = firstVerb(metric.subject);
      // 一审行政诉讼案件812件，其中以市政府为被告的案件107件: a part that names only the whole's noun, at its level.
      const sameNoun = verb === null && metric.subject.length >= 2 && whole.subject.endsWith(metric.subject);
      // (其中市本级…行业性专业性调解组织调解纠纷2,847件: not a part its own words rule out of the indicator.)
      if (
        whole.indicator !== null &&
        whole.scope !== metric.scope &&
        whole.unit === metric.unit &&
        ((verb !== null && whole.subject.includes(verb)) || sameNoun) &&
        !isChangeOnly(metric) &&
        !INDICATOR_BY_SLUG.get(whole.indicator)!.none.some((w) => textIncludes(text, w, clauseStart, fig.start))
      ) {
        giveIndicator(metric, whole.indicator);
      }
    }
    // A part is not the whole: an item that only names a verb (撤销31件 under 办理复议案件386件) does
    // not carry the whole's indicator at the whole's scope; 其中市政府本级收到742件 is that indicator at another level.
    const whole = metric.partOf !== null ? metrics[metric.partOf]! : null;
    if (whole && metric.indicator !== null && whole.indicator === metric.indicator && whole.scope === metric.scope) dropIndicator(metric);
    // 研究议题156个，其中提交会前合法性审查的议题43个: one kind of a whole is no total of all kinds.
    else if (whole && metric.indicator !== null && INDICATOR_BY_SLUG.get(metric.indicator)?.totalOfKinds === true && whole.indicator !== metric.indicator) dropIndicator(metric);
    // 开展合法性审查47件，其中…重大行政决策事项3项: a kind reviewed under a total of kinds counts what was reviewed, no catalog of its own.
    else if (whole && metric.indicator !== null && whole.indicator !== null && whole.indicator !== metric.indicator && INDICATOR_BY_SLUG.get(whole.indicator)?.totalOfKinds === true) dropIndicator(metric);
    // 排查整改重大隐患186项、一般隐患5.2万余项, 不予处罚682宗、减轻处罚215宗: list items that the
    // same indicator names at the same level are categories of an unstated total, none of them the total.
    // Items of different years or levels (2021年、2022年分别…) are no categories.
    const sameSlot = prev !== null && prevIdx === metrics.length - 1 && prev.scope === metric.scope && prev.period === metric.period && prev.unit === metric.unit && prev.partOf === metric.partOf && prev.end > clauseStart;
    if (metric.indicator !== null && !SUM_OF_PARTS_SLUGS.has(metric.indicator) && sameSlot && prev!.indicator === metric.indicator && LIST_ITEM_JOIN_RE.test(text.slice(prev!.end, metric.start).slice(0, 1))) {
      aux[prevIdx]!.categoryOf = aux[aux.length - 1]!.categoryOf = metric.indicator;
      dropIndicator(prev!);
      dropIndicator(metric);
    }
    // 县政府聘请常年法律顾问3名，县直部门聘请法律顾问共计四十一名: two bodies' counts of one measure at one level,
    // clause by clause, are parts of an unstated total, neither of them the total.
    if (
      metric.indicator !== null &&
      !SUM_OF_PARTS_SLUGS.has(metric.indicator) &&
      prev !== null &&
      prevIdx === metrics.length - 1 &&
      prev.indicator === metric.indicator &&
      prev.scope === metric.scope &&
      prev.period === metric.period &&
      prev.unit === metric.unit &&
      prev.partOf === null &&
      metric.partOf === null &&
      prev.end <= clauseStart &&
      text.charCodeAt(clauseStart - 1) === 0xff0c
    ) {
      let prevClause = prev.start;
      while (prevClause > sentStart && !isClauseBreak(text.charCodeAt(prevClause - 1))) prevClause--;
      const mine = BODY_OPENS_RE.exec(text.slice(clauseStart, fig.start));
      const theirs = BODY_OPENS_RE.exec(text.slice(prevClause, prev.start));
      if (mine !== null && theirs !== null && mine[0] !== theirs[0]) {
        dropIndicator(prev);
        dropIndicator(metric);
      }
    }
    // 取消、下放和调整…分别为12项、26项和8项: the list goes on after 和 once its items are categories.
    if (metric.indicator !== null && sameSlot && aux[prevIdx]!.categoryOf === metric.indicator && CHANGE_LIST_JOIN_RE.test(text.slice(prev!.end, prev!.end + 1))) {
      aux[aux.length - 1]!.categoryOf = metric.indicator;
      dropIndicator(metric);
    }
    // 审结工伤认定类案件703件，纠错151件，纠错率21.5%: a bare rate right after a count of one category in its
    // sentence is that category's rate, none of the place's.
    // (Not after a part of a total: 审结…4735件，其中涉企类案件320件，纠错率14.8% is the total's rate.)
    if (prev !== null && prevIdx === metrics.length - 1 && prev.partOf === null && aux[prevIdx]!.sentence === ctx.index && BARE_RATE_SUBJECT_RE.test(metric.subject) && UNITS.get(metric.unit)?.kind === "percent" && UNITS.get(prev.unit)?.kind === "count" && !scopeWordIn(clauseStart, fig.start)) {
      const verb = VERB_MATCHER.prefixAt(prev.subject, 0);
      const counted = verb !== null ? prev.subject.slice(verb.length) : prev.subject;
      if (BREAKDOWN_SUFFIXES.suffixAt(counted, counted.length) !== null && !ALL_KINDS_RE.test(counted)) {
        metric.subject = tail(counted + metric.subject, MAX_SUBJECT);
        dropIndicator(metric);
      }
    }
    // 分别突破1000亿元、900亿元: the approximation word after 分别 bounds every item of its list.
    if (!metric.approx && prev !== null && prev.approx && prevIdx === metrics.length - 1 && text.startsWith("分别", prev.start - 2) && CHANGE_LIST_JOIN_RE.test(text.slice(prev.end, metric.start))) {
      metric.approx = true;
      metric.bound = prev.bound;
    }
    if (metric.change === null) {
      metric.change = wordChangeAfter(text, metric.end);
      if (metric.change !== null && metric.change.end > cursor) cursor = metric.change.end;
    }
    // 接待来访群众21批次56人次, 开展培训3期120人次: a second measure right after the first counts the same thing.
    if (metric.subject === "" && prev !== null && prevIdx === metrics.length - 1 && prev.end === metric.start) metric.subject = prev.subject;
    // 其中高新区8900户: a part whose level is no place's (a zone, the nation, an office) keeps no place's indicator.
    if (metric.indicator !== null && metric.scope !== null && NO_PLACE_SCOPES.has(metric.scope)) dropIndicator(metric);
    // 在城关镇开展试点，全镇调解1260件 in a county's report: one town's whole is a part of the county, no county figure.
    if (metric.indicator !== null && metric.scope !== null && options.placeLevel !== "street" && TOWN_LEVEL_SCOPES.has(metric.scope)) dropIndicator(metric);
    // 部分完成（2项转入2024年） in a table's remarks column: a remark on the row, no value of any indicator.
    // (收到行政复议申请 356 412 纠错率12.1%: a remark that states a measure of its own keeps it.)
    if (metric.indicator !== null && cell === null && row?.note !== undefined && row.note.start <= metric.start && metric.start < row.note.end && PROGRESS_REMARKS.prefixAt(text, row.note.start) !== null) dropIndicator(metric);
    metrics.push(metric);
    lastInSentence = metrics.length - 1;
  }
  wholesBySum();
  officeDefaultsAboveOwnTotal();
  // 由2024年的85%提升至92%: a new level whose change the text states only by its two levels changes by their difference.
  for (let k = 0; k < metrics.length; k++) if (aux[k]!.newLevelOf >= 0) fromToChange(text, metrics[aux[k]!.newLevelOf]!, metrics[k]!, reportYear);
  giveIndicatorsToOutcomes(metrics);
  return metrics;

  // -------------------------------------------------------------------------------------------

  /** Whether the figure opens a clause that lists one value per unit of the sentence's finished 分别 list of named units. */
  function continuesDistribution(fig: Figure, sentence: number, rawBefore: string): boolean {
    const d = distribution;
    if (d === null || d.sentence !== sentence || d.next < d.items.length || !d.items.every((i) => i.kind === "word" && NAMED_SUBUNIT_RE.exec(i.text)?.[0] === i.text)) return false;
    // (A clause of its own actor or level is no part of the hand-out.)
    if (!/[，,]/.test(text.slice(d.end, fig.start)) || mentionsDistribution(rawBefore) || SCOPE_MATCHER.scanFirst(rawBefore, 0, rawBefore.length) >= 0) return false;
    return countListedValues(text, fig.end) === d.items.length - 1;
  }

  function sentenceContext(index: number, sent: SentenceSpan | undefined, figStart: number, figEnd: number): SentenceContext {
    let start: number;
    let end: number;
    let section: number | null = null;
    if (sent !== undefined && sent.start <= figStart) {
      start = sent.start;
      end = sent.end;
      section = sent.section;
    } else {
      // Segments that do not cover the figure (caller-supplied): fall back to its line.
      const ls = text.lastIndexOf("\n", figStart - 1);
      start = ls < 0 ? 0 : ls + 1;
      const le = text.indexOf("\n", figEnd);
      end = le < 0 ? text.length : le;
    }
    // One scan of the sentence for cue words and indicator words together (one dictionary of both):
    // every occurrence, at each start shortest first. The indicator words are all of theirs; the cues
    // are what CUE_MATCHER.scanIdsInto would find, the longest at each start left to right without overlaps.
    const found = SENTENCE_WORDS.collectAllIdsAt(text, start, end, sentenceScanIds, sentenceScanStarts);
    const cueInfo = sentenceCueInfo;
    const cueStarts = sentenceCueStarts;
    const cueEnds = sentenceCueEnds;
    const indIds = sentenceIndIds;
    const indStarts = sentenceIndStarts;
    const indEnds = sentenceIndEnds;
    let cueCount = 0;
    let indCount = 0;
    /** Where the next cue may start: after the last one taken. */
    let cueFrom = start;
    for (let i = 0; i < found; ) {
      const at = sentenceScanStarts[i]!;
      let longestCue = -1;
      for (; i < found && sentenceScanStarts[i] === at; i++) {
        const id = sentenceScanIds[i]!;
        const ind = SENTENCE_WORD_IND[id]!;
        if (ind >= 0) {
          indIds[indCount] = ind;
          indStarts[indCount] = at;
          indEnds[indCount++] = at + INDICATOR_WORD_LIST[ind]!.length;
        }
        if (SENTENCE_WORD_CUE[id]! >= 0) longestCue = SENTENCE_WORD_CUE[id]!;
      }
      if (longestCue < 0 || at < cueFrom) continue;
      const info = CUE_BY_ID[longestCue]!;
      cueFrom = at + info.length;
      // 学习《安全生产法》等法律法规21部: a law's name says what was studied, not the figure's field.
      if (titles.length > 0 && inRanges(titles, at)) continue;
      cueInfo[cueCount] = info;
      cueStarts[cueCount] = at;
      cueEnds[cueCount++] = at + info.length;
    }
    // A part after a semicolon continues the sentence before it: same topic, same opening scope.
    let topStart = start;
    let topIndex = index;
    let carryIdx = -1;
    if (sent !== undefined && afterSemicolon(start)) {
      const j = topOfSemicolonChain(index);
      topStart = sentences[j]!.start;
      topIndex = j;
      const last = metrics.length - 1;
      if (last >= 0 && aux[last]!.sentence === index - 1) {
        // 收到申请2186件，比2022年的1531件增长42.8%，案件量首次突破两千件；依法受理1947件: a rounded
        // restatement or a comparison base lends no noun; the exact figure before them does.
        let k = last;
        // 共收到申请1086件，其中市政府收到486件；受理951件: nor does a part, which names its own actor,
        // nor a breakdown at another level (州本级收到326件、各县市收到808件；受理1012件).
        let first = last;
        while (first > 0 && aux[first - 1]!.sentence === index - 1) first--;
        const lends = (j: number) =>
          !metrics[j]!.approx && aux[j]!.baseOf < 0 && metrics[j]!.partOf === null && (j === first || metrics[j]!.scope === metrics[first]!.scope);
        while (k > 0 && !lends(k) && aux[k - 1]!.sentence === index - 1) k--;
        carryIdx = lends(k) ? k : last;
      }
    } else if (sent !== undefined && opensWithVerbAndFigure(start)) {
      // 全年收到行政复议申请6210件。受理5977件，审结5534件: a sentence that opens with a bare verb
      // and its figure goes on counting what the sentence before counted.
      let last = metrics.length - 1;
      // The whole, not its last part (…，其中市本级收到3105件。受理5977件 goes on from the whole).
      // Nor a comparison base or a change standing alone (较2022年558件增加了555件，同比增长99.5%。受理1033件).
      // Nor a rate, which names no count (…审结165件，直接纠错率12.7%。以调解、和解方式结案41件 goes on from 审结).
      // Nor an aside (…收到申请268件，另有上年结转17件。依法受理241件 goes on from 收到).
      while (
        last > 0 &&
        (metrics[last]!.partOf !== null || aux[last]!.baseOf >= 0 || isChangeOnly(metrics[last]!) || metrics[last]!.unit === "%" || ASIDE_SUBJECT_RE.test(metrics[last]!.subject)) &&
        aux[last - 1]!.sentence === index - 1
      )
        last--;
      if (last >= 0 && aux[last]!.sentence === index - 1 && sentences[index - 1]!.section === sent.section) carryIdx = last;
    }
    // Each start position admits one match at most, so the first match ends first.
    const own = text.slice(start, end);
    const span = YEARS_SPAN_HINT_RE.test(own) ? YEARS_SPAN_RE.exec(own) : null;
    let yearsSpanEnd = span === null ? Infinity : start + span.index + span[0].length;
    let yearsSpanText = span === null ? "" : span[0];
    // “十三五”期间，…；法律援助案件累计受理870件: the span that opened the sentence covers its later parts.
    if (topStart < start && yearsSpanEnd === Infinity) {
      const earlier = text.slice(topStart, start);
      if (holdsYearsSpan(earlier)) {
        yearsSpanEnd = start;
        yearsSpanText = YEARS_SPAN_RE.exec(earlier)![0];
      }
    }
    let carriedYear: YearMention | null = null;
    // Only a year that opens a part (2022年，…；受理…) dates the parts after it; one inside a part
    // (收到申请1200件，2022年为1080件；受理…) dates its own clause.
    if (topStart < start) {
      let j = topIndex;
      for (const y of yearMentions(topStart, start)) {
        if (y.clauseOnly) continue;
        while (j < index - 1 && sentences[j + 1]!.start <= y.at) j++;
        let opens = true;
        // 主要数据：2022年，…: a short lead-in that ends in a colon still leaves the year opening the part.
        const from = sentences[j]!.start;
        const lead = text.slice(from, Math.min(y.at, from + 10));
        const colon = Math.max(lead.lastIndexOf("："), lead.lastIndexOf(":"));
        for (let p = colon >= 0 && from + colon + 1 === y.at ? y.at : from; p < y.at && opens; p++) if (isClauseBreak(text.charCodeAt(p))) opens = false;
        if (opens) carriedYear = y;
      }
    }
    return { index, start, end, section, cueCount, cueInfo, cueStarts, cueEnds, years: yearMentions(start, end), indCount, indIds, indStarts, indEnds, explained: [], topStart, carryIdx, topIndex, yearsSpanEnd, yearsSpanText, carriedYear, subsetTopic: false, sectorTopic: false, paragraphSpan: 0, partYearWords: 0, targetWords: 0, monthWord: 0, wholeYearWord: 0 };
  }

  /**
   * Where a group of levels joined by 和/及/与/、 that ends with scope word `si` starts (县直部门和乡镇（街道）,
   * 县区政府和市直部门: the index of its first scope word; 各部门和县（市、区）: `si` itself, after offices
   * named without a level), or -1 when `si` stands alone.
   */
  function joinedLevelsFrom(si: number): number {
    if (si > 0) {
      const gap = scopes.starts[si]! - scopes.ends[si - 1]!;
      if (gap >= 1 && gap <= 5 && LEVEL_JOIN_RE.test(text.slice(scopes.ends[si - 1]!, scopes.starts[si]!))) {
        return scopeOf(scopes.words[si - 1]!) !== scopeOf(scopes.words[si]!) ? si - 1 : -1;
      }
    }
    return OFFICES_JOINED_BEFORE_RE.test(text.slice(Math.max(0, scopes.starts[si]! - 4), scopes.starts[si]!)) ? si : -1;
  }

  /** The level whose bodies act in text[from, to) (10个街镇综合执法大队), with no other scope word after them, else null. */
  function levelBodyBefore(from: number, to: number, clauseFrom: number): string | null {
    for (let k = lowerBound(scopes.postStarts, to) - 1; k >= 0 && scopes.postStarts[k]! >= from; k--) {
      const end = scopes.postStarts[k]! + scopes.postWords[k]!.length;
      let q = scopes.postStarts[k]!;
      while (q > from && COUNT_CHARS.has(text.charCodeAt(q - 1))) q--;
      // (全区15个镇街共办理…812件: the places of the level themselves acting in the figure's own clause, with
      // no body named; not 向12个乡镇下放, 在19个乡镇培育, nor a clause before: 95个乡镇实现…，下放事项143项.)
      const levelActs = q >= clauseFrom && !RECIPIENT_BEFORE.has(text.charCodeAt(q - 1)) && !RECIPIENT_BEFORE.has(text.charCodeAt(q - 3)) && levelActsAt(end, to);
      if (LEVEL_BODIES.prefixAt(text, end, to) === null && !levelActs) continue;
      // 27个执法部门、15个镇街综合行政执法队: bodies listed with others are the whole place acting.
      if (q > from && SHARED_UNIT_JOINS.has(text.charCodeAt(q - 1))) return null;
      const next = lowerBound(scopes.starts, end);
      if (next < scopes.starts.length && scopes.starts[next]! < to) return null;
      return scopeOf(scopes.postWords[k]!);
    }
    return null;
  }

  /** Whether the nearest level word before `pos` in its sentence is a level of things (县级储备库, 市级清单), not 本级 or a whole place. */
  function levelOfThingsBefore(pos: number, from: number): boolean {
    const k = lowerBound(scopes.starts, pos) - 1;
    if (k < 0 || scopes.starts[k]! < from) return false;
    const w = scopes.words[k]!;
    // (区级部门, 市级行政机关 act: a level of bodies, not of things.)
    return w.endsWith("级") && !w.endsWith("本级") && !LEVEL_BODY_AFTER_RE.test(text.slice(scopes.ends[k]!, scopes.ends[k]! + 6));
  }

  /** The level a bracket opened right after it breaks down (15个镇街（6个街道、9个镇）), when `pos` stands in that bracket's list of counts; else null. */
  function levelBrokenDownAt(pos: number, from: number): string | null {
    // (A bounded look back: lastIndexOf would search to the text's start.)
    let open = pos - 1;
    while (open > from && text.charCodeAt(open) !== 0xff08 && text.charCodeAt(open) !== 0xff09) open--;
    if (open <= from || text.charCodeAt(open) !== 0xff08 || !BREAKDOWN_LIST_RE.test(text.slice(open + 1, pos))) return null;
    const level = SCOPE_MATCHER.suffixAt(text, open, Math.max(from, open - 8));
    return level !== null && SUB_UNIT_SCOPES.includes(scopeOf(level)) ? scopeOf(level) : null;
  }

  /**
   * 调解矛盾纠纷3.42万件，调解成功3.38万件…。其中，村调委会调解2.31万件；乡镇调委会调解6840件；行业性调委会调解4270件:
   * parts that add up to another figure before them, and not to the one they were given, are that figure's parts.
   */
  function wholesBySum(): void {
    const groups = new Map<number, number[]>();
    for (let k = 0; k < metrics.length; k++) {
      const w = metrics[k]!.partOf;
      if (w === null || metrics[w]!.unit !== metrics[k]!.unit || UNITS.get(metrics[k]!.unit)?.kind === "percent") continue;
      const parts = groups.get(w);
      if (parts === undefined) groups.set(w, [k]);
      else parts.push(k);
    }
    const near = (a: number, b: number) => Math.abs(a - b) <= b * SUM_TOLERANCE;
    for (const [w, parts] of groups) {
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, k) => a + metrics[k]!.value, 0);
      const whole = metrics[w]!;
      if (near(sum, whole.value)) continue;
      // 审结49件（含上年结转3件），其中维持…: an aside among the parts that the rest add up without.
      if (parts.some((k) => near(sum - metrics[k]!.value, whole.value))) continue;
      // Parts that exceed their whole were given the wrong one: any figure just before may be theirs. Parts short
      // of it may be a partial breakdown; only a figure between it and them (发放问卷1200份，回收有效问卷1136份) is.
      // (Only in the whole's own sentence, and only a figure whose words hold the parts' verb: 收到申请1200件，受理1100件，
      // 其中市本级受理650件、县区受理550件 stays under 受理.)
      const floor = sum > whole.value ? -1 : w;
      const verb = firstVerb(metrics[parts[0]!]!.subject);
      for (let k = parts[0]! - 1; k > floor && aux[k]!.sentence >= aux[w]!.sentence; k--) {
        const m = metrics[k]!;
        if (k === w || m.partOf !== null || m.unit !== whole.unit || (verb !== null && !m.subject.includes(verb))) continue;
        if (near(sum, m.value)) {
          for (const p of parts) metrics[p]!.partOf = k;
          break;
        }
      }
    }
  }

  /**
   * 局机关（本级）立案查处案件218件 … 开展“铁拳”行动，查办案件612件: a figure an office's report gives no level, larger
   * than what the report states as the office's own count of the same thing, cannot be the office's own; it is its
   * line's across the place (全系统) when the report counts one, or stays unstated.
   */
  function officeDefaultsAboveOwnTotal(): void {
    // (Stated: the office's level written in the figure's sentence, not only passed down from a whole that defaulted to it.)
    // (And a whole count of the year: 局机关本级听证案件3件 counts one kind, 上半年…118件 part of the year.)
    // (市卫生健康执法支队立案查处 138件: the arm's name is no part of the measure.)
    const stated = metrics
      .filter((m) => {
        if (m.scope !== OFFICE_SCOPE || UNITS.get(m.unit)?.kind !== "count" || m.subject.length < 2 || m.coverage !== null || !officeLevelStated(m.sentenceStart, m.start)) return false;
        const verb = firstVerb(m.subject);
        return verb !== null && OWN_TOTAL_VERBS.has(verb);
      })
      .map((o) => ({ own: o, measure: afterLeadingVerbs(o.subject.replace(OWN_ARM_RE, "")) }));
    if (stated.length === 0) return;
    const systemCounted = metrics.some((m) => m.scope === OFFICE_SYSTEM_SCOPE);
    for (let k = 0; k < metrics.length; k++) {
      const m = metrics[k]!;
      if (!aux[k]!.officeDefault || m.scope !== OFFICE_SCOPE || m.target) continue;
      // (The same thing: the same pillar, and what the office counted ends what this counts: 立案查处案件 and 查处药械化违法案件,
      // not 以我局为被告的行政诉讼案件 and 办理专利侵权纠纷行政裁决案件.)
      // (A measure of verbs alone is the same work as any count it does: 立案查处 and 立案查处医疗机构违法违规案件.)
      const own = stated.find(({ own: o, measure }) => {
        if (o.unit !== m.unit || o.period !== m.period || o.target || o.pillar !== m.pillar || o.value >= m.value) return false;
        return m.subject.endsWith(measure) || (verbsOnly(measure) && m.subject.includes(measure));
      });
      if (own === undefined) continue;
      m.scope = systemCounted ? OFFICE_SYSTEM_SCOPE : null;
      // Its parts said the office's level only because it did.
      for (let p = k + 1; p < metrics.length; p++) if (metrics[p]!.partOf === k && metrics[p]!.scope === OFFICE_SCOPE && aux[p]!.officeDefault) metrics[p]!.scope = m.scope;
    }
  }

  /** 村（社区）调委会调解2.31万件；乡镇（街道）调委会调解6840件: an item whose words end in all the words of the item before (the same measure, of another body or kind). */
  function sameMeasureItem(subject: string, before: string): boolean {
    return before.length >= 3 && subject.endsWith(before);
  }

  /** Whether text[from, to) only names a kind, as an item of a list does (行政处罚, not 受理 or a sentence). */
  function semicolonListItem(from: number, to: number): boolean {
    const item = text.slice(from, to).trim();
    // (行政处罚 ends in a verb and names a kind all the same; 受理 opens with one and says what was done.)
    return item.length >= 2 && item.length <= 8 && isHanRun(item, 0, item.length) && VERB_MATCHER.prefixAt(item, 0) === null;
  }

  /**
   * 全年汤峪镇办理…, 沙坪镇人民调解委员会…, 黎里镇（汾湖高新区）建成…: the level (镇街, 村社区) of a named unit that opens
   * text[from, to) as its actor, else null.
   */
  function namedUnitActing(from: number, to: number, initiative = false): string | null {
    const opening = ACTOR_LEAD_IN_RE.exec(text.slice(from, to));
    const unit = opening !== null ? NAMED_SUBUNIT_RE.exec(text.slice(from + opening[0].length, to)) : null;
    const unitStart = from + (opening?.[0].length ?? 0);
    // (深入嘎查村、走进社区开展…: a verb of going before the level is where the work went, no name.)
    // (苏木镇办理…, 乡镇街道调解…: level words, no name.)
    const levelWord = unit !== null ? SCOPE_MATCHER.prefixAt(text, unitStart) : null;
    const named =
      unit !== null &&
      unit.index === 0 &&
      !unit[0].startsWith("其中") &&
      levelWord === null &&
      SCOPE_NOT_AFTER_WORDS.prefixAt(text, unitStart) === null &&
      VERB_MATCHER.prefixAt(text, unitStart) === null &&
      !NOT_A_UNIT_NAME_RE.test(unit[0]);
    // 全年１２３团办理…, 一二五团调解…: a Corps farm named by its number acts like a town.
    const farm = named ? null : NUMBERED_FARM_RE.exec(text.slice(unitStart, to));
    // (沙坪镇人民调解委员会调解成功率…: or one of its bodies.)
    let unitEnd = named ? unitStart + unit![0].length : farm !== null ? unitStart + farm[0].length : -1;
    // (黎里镇（汾湖高新区）建成…: a bracket that names the unit's other name comes before its verb.)
    if (unitEnd >= 0 && text.charCodeAt(unitEnd) === 0xff08) {
      const close = text.indexOf("）", unitEnd);
      if (close > unitEnd && close - unitEnd <= UNIT_ALIAS_MAX && close < to) unitEnd = close + 1;
    }
    // (With `initiative`, a verb of an initiative too: 同里镇深化“枫桥式”司法所创建.)
    if (unitEnd < 0 || !(levelActsAt(unitEnd, to) || LEVEL_BODIES.prefixAt(text, unitEnd, to) !== null || (initiative && INITIATIVE_VERBS.prefixAt(text, unitEnd, to) !== null))) return null;
    return farm !== null ? "镇街" : subUnitScope(unit![1]!);
  }

  /** Whether a verb (after 共, 累计, 全年 or 依法) starts at `at`: the words before it act (15个镇街共办理). */
  function levelActsAt(at: number, to: number): boolean {
    const filler = LEVEL_ACT_FILLER_RE.exec(text.slice(at, at + 4));
    const p = at + (filler?.[0].length ?? 0);
    return p < to && VERB_MATCHER.prefixAt(text, p, to) !== null;
  }

  /** Whether text[from, to) names the report's own government followed by a word of its acting in its own name (市政府收到). */
  function ownGovernmentActs(from: number, to: number): boolean {
    return ownGovernmentIn(from, to, true);
  }

  /** Where the part of a sentence that starts at `from` ends (its first ；), not past `to`. */
  function firstPartEnd(from: number, to: number): number {
    let p = from;
    while (p < to && text.charCodeAt(p) !== 0xff1b && text.charCodeAt(p) !== 59) p++;
    return p;
  }

  /**
   * Whether the figure stands in a bracketed recap line (（本部分主要数据：…；…）, a line of its own in brackets with a
   * colon) and repeats a figure of the same value and unit given in the RECAP_LOOKBACK characters above it.
   */
  function restatesAboveInRecap(fig: Figure): boolean {
    const line = recapLineAt(fig.start);
    if (line === null || !/[：:]/.test(text.slice(line.start, fig.start))) return false;
    for (let k = metrics.length - 1; k >= 0 && metrics[k]!.start >= line.start - RECAP_LOOKBACK; k--) {
      const m = metrics[k]!;
      if (m.end <= line.start && m.value === fig.value && m.unit === fig.unit) return true;
    }
    return false;
  }

  /**
   * The bracketed line of at most RECAP_LINE_MAX characters that holds `pos`, else null. Each line is looked at once:
   * the answer holds for every figure of the line (a long paragraph is scanned once, not once per figure).
   */
  function recapLineAt(pos: number): { start: number; end: number } | null {
    if (pos >= recapLine.from && pos < recapLine.to) return recapLine.line;
    let start = pos;
    while (start > 0 && pos - start < RECAP_LINE_MAX && text.charCodeAt(start - 1) !== 10) start--;
    let end = pos;
    while (end < text.length && text.charCodeAt(end) !== 10) end++;
    const whole = start === 0 || text.charCodeAt(start - 1) === 10;
    const open = text.charCodeAt(start);
    const body = text.slice(start, end).trimEnd().replace(/[。.]$/, "");
    const recap = whole && end - start <= RECAP_LINE_MAX && (open === 0xff08 || open === 40) && /[）)]$/.test(body);
    recapLine.from = whole ? start : pos;
    recapLine.to = end;
    recapLine.line = recap ? { start, end } : null;
    return recapLine.line;
  }

  /** Whether an aside (含各县区政府, 含乡镇) takes in levels below the report's own, not only its own offices (含县政府办). */
  function takesInLowerLevels(aside: string): boolean {
    if (aside.includes("各") || /乡|镇|街道/.test(aside)) return true;
    const level = /([县区])(?:政府|级)/.exec(aside);
    return level !== null && level[1] !== jurisdiction;
  }

  /** Whether text[from, to) names the report's own government (市政府, not 区县政府 or 各市政府). */
  function ownGovernmentNamed(from: number, to: number): boolean {
    return ownGovernmentIn(from, to, false);
  }

  /** Whether text[from, to) holds one of the own government's names (followed by a word of its acting, when `acting`). */
  function ownGovernmentIn(from: number, to: number, acting: boolean): boolean {
    for (let wi = 0; wi < ownGovernmentWords.length; wi++) {
      const word = ownGovernmentWords[wi]!;
      const first = word.charCodeAt(0);
      // A bounded scan: indexOf would run on to the end of the report for every figure.
      for (let p = from; p + word.length <= to; p++) {
        if (text.charCodeAt(p) !== first || !text.startsWith(word, p)) continue;
        // Not 区县政府 or 各市政府: only the government of the report's own place.
        if (p > from && OTHER_GOVERNMENT_BEFORE.has(text.charCodeAt(p - 1))) continue;
        // (县政府（含县政府办）规范性文件: what the government includes, in brackets, stands between it and its object.)
        let after = p + word.length;
        const c = text.charCodeAt(after);
        // (Not 市政府（含各县区政府）: an aside that takes in lower governments makes it more than the government itself.)
        if ((c === 0xff08 || c === 40) && text.startsWith("含", after + 1)) {
          const aside = text.slice(after, Math.min(to, after + GOVERNMENT_ASIDE_MAX));
          const close = aside.search(/[）)]/);
          if (close > 0 && !takesInLowerLevels(aside.slice(0, close))) after += close + 1;
        }
        if (!acting || OWN_GOVERNMENT_FOLLOWERS.prefixAt(text, after, to) !== null) return true;
      }
    }
    return false;
  }

  /** Whether the indicator names its measure by a word in 率 (纠错率) that text[from, to) does not hold. */
  function namesOtherRate(ind: IndicatorRule, from: number, to: number): boolean {
    const rateWords = rateWordsOf(ind);
    return rateWords.length > 0 && !rateWords.some((w) => textIncludes(text, w, from, to));
  }

  /** Whether text[from, to) names what a rule measures: a word of a group after its first (the domain), or of its only group. */
  function namesMeasure(ind: IndicatorRule, from: number, to: number): boolean {
    const groups = ind.all.length > 1 ? ind.all.slice(1) : ind.all;
    return groups.some((g) => g.some((w) => textIncludes(text, w, from, to)));
  }

  /** 市法律援助中心…, 市劳动人事争议仲裁院…: a body of the report's own level opens the text at `at`, before the figure. */
  function ownLevelBodyOpensAt(at: number, figStart: number): boolean {
    return text.charCodeAt(at) === jurisdiction.charCodeAt(0) && OWN_LEVEL_BODY_RE.test(text.slice(at + 1, Math.min(figStart, at + 16)));
  }

  /** …，其中，市…仲裁院受理… or …，其中市…仲裁院…: a 其中 part (its own clause or the clause's opening) opens with such a body. */
  function partOpensWithOwnLevelBody(sentStart: number, clauseStart: number, figStart: number): boolean {
    if (text.startsWith("其中", clauseStart)) {
      const after = clauseStart + 2;
      return ownLevelBodyOpensAt(isClauseBreak(text.charCodeAt(after)) ? after + 1 : after, figStart);
    }
    return clauseStart > sentStart && textIncludes(text, "其中", Math.max(sentStart, clauseStart - 3), clauseStart) && ownLevelBodyOpensAt(clauseStart, figStart);
  }

  /** The first whole (no part itself, in the part's unit) from the sentence `chainFrom` on, before figure `until`, whose subject opens with the part's verb, else -1. */
  function wholeNamedByVerb(part: ExtractedMetric, verb: string | null, whole: number, chainFrom: number, until: number): number {
    if (verb === null) return -1;
    let k = whole;
    while (k > 0 && aux[k - 1]!.sentence >= chainFrom) k--;
    for (; k < until; k++) {
      if (metrics[k]!.partOf === null && metrics[k]!.unit === part.unit && metrics[k]!.subject.startsWith(verb) && fitsWithin(part, metrics[k]!)) return k;
    }
    return -1;
  }

  /** The last figure of the sentence (from its top part) whose subject's verb, the one `before` ends with, took the noun `before` leaves unsaid, else -1. */
  function objectLenderFor(before: string, unit: string, topIndex: number): number {
    const verb = actorVerbAtEnd(before);
    if (verb === null) return -1;
    // 全市共收到行政复议申请5386件。其中，市人民政府收到3021件；五区人民政府共收到2365件: a sentence that opens
    // with 其中 breaks down the figure before it, whose object its verbs leave unsaid too.
    let floor = topIndex;
    if (text.startsWith("其中", sentences[topIndex]!.start)) {
      let k = metrics.length - 1;
      while (k >= 0 && aux[k]!.sentence >= topIndex) k--;
      if (k >= 0) floor = aux[k]!.sentence;
    }
    for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence >= floor; k--) {
      const other = aux[k]!;
      if (metrics[k]!.unit === unit && other.verbFirst && other.noun.length >= 2 && metrics[k]!.subject.endsWith(verb + other.noun)) return k;
    }
    return -1;
  }

  /** Whether one of sentences[from..to] (parts after semicolons) opens with an office (市司法局对…). */
  function partsOpenWithActor(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) if (OWN_ACTOR_RE.test(text.slice(sentences[j]!.start, sentences[j]!.start + 12))) return true;
    return false;
  }

  /** Whether the text at `pos` is a verb right before a number (受理5977件). */
  function opensWithVerbAndFigure(pos: number): boolean {
    // 经审查，受理2104件: a clause that only says how the cases were examined.
    const examined = EXAMINED_LEAD_RE.exec(text.slice(pos, pos + 8));
    if (examined !== null) pos += examined[0].length;
    // 依法受理1318件, 全年共审结…: adverbs before the verb (two-character fillers only, not 的/在).
    for (let k = 0; k < 2; k++) {
      const f = LEADING_MATCHER.prefixAt(text, pos);
      if (f === null || f.length < 2) break;
      pos += f.length;
    }
    // 以调解、和解方式结案41件: a manner before the verb.
    const manner = MANNER_LEAD_RE.exec(text.slice(pos, pos + 16));
    if (manner !== null) pos += manner[0].length;
    const v = VERB_MATCHER.prefixAt(text, pos);
    if (v === null) return false;
    const c = text.charCodeAt(pos + v.length);
    // (At the end of the text this held too: "…".includes("") is true.)
    return isDigit(c) || CN_DIGIT_CHARS.has(c) || pos + v.length >= text.length;
  }

  /**
   * 案件数和罚没金额: for each item of the list `words` names, in order, the latest figure of sentence `sentence`
   * with no change yet whose head noun the item names; null unless there are `count` items and each names one.
   */
  function figuresNamedByItems(words: string, sentence: number, count: number): number[] | null {
    const items = words.split(/[和、及与]/).filter((w) => w.length >= 2);
    if (items.length !== count) return null;
    const out: number[] = [];
    for (const item of items) {
      let found = -1;
      for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence === sentence; k--) {
        if (metrics[k]!.change === null && !out.includes(k) && namesHeadNoun(item, metrics[k]!.subject)) {
          found = k;
          break;
        }
      }
      if (found < 0 || (out.length > 0 && found < out[out.length - 1]!)) return null;
      out.push(found);
    }
    return out;
  }

  /** Whether text[from, to) names the office's line (全市市场监管系统, 应急管理部门), not a platform called a 系统 (“好差评”系统). */
  function officeLineNamed(from: number, to: number): boolean {
    // (A while loop, not a for loop with `continue`: the production build's minifier left the import's name
    // unrenamed in the for loop's update once the body had two `continue`s, and every upload reaching here failed.)
    let at = OFFICE_SYSTEM_WORDS.scanFirst(text, from, to);
    while (at >= 0) {
      const w = OFFICE_SYSTEM_WORDS.prefixAt(text, at, to)!;
      const before = text.charCodeAt(at - 1);
      const platform = w === "系统" && (before === 0x201d || before === 34 || PLATFORM_BEFORE_SYSTEM.suffixAt(text, at, Math.max(from, at - 4)) !== null);
      if (!platform && OTHER_LINE_BEFORE.suffixAt(text, at, Math.max(from, at - 2)) === null) return true;
      at = OFFICE_SYSTEM_WORDS.scanFirst(text, at + 1, to);
    }
    return false;
  }

  /** Whether a figure so far, from sentence `topIndex` on, counts in `unit`. */
  function sameUnitEarlierInSentence(unit: string, topIndex: number): boolean {
    for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence >= topIndex; k--) if (metrics[k]!.unit === unit) return true;
    return false;
  }

  /** The first sentence of the chain of parts that semicolons join and sentence `index` belongs to. */
  function topOfSemicolonChain(index: number): number {
    let j = index;
    while (j > 0 && afterSemicolon(sentences[j]!.start) && sentences[j - 1]!.end <= sentences[j]!.start) j--;
    return j;
  }

  /** Whether the text right before `pos` (spaces skipped) is a semicolon. */
  function afterSemicolon(pos: number): boolean {
    let p = pos - 1;
    while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p--;
    const c = p >= 0 ? text.charCodeAt(p) : 0;
    return c === 0xff1b || c === 59;
  }

  function yearMentions(start: number, end: number): YearMention[] {
    const out: YearMention[] = [];
    const sent = text.slice(start, end);
    if (!sent.includes("年")) return out;
    YEAR_RE.lastIndex = 0;
    let ym: RegExpExecArray | null;
    while ((ym = YEAR_RE.exec(sent)) !== null) {
      const at = start + ym.index;
      if (inRanges(quotes, at)) continue;
      // Only a year that opens a clause dates the figures after it (2019年，… / 截至2021年底，…);
      // an attributive year (2022年度立法项目, 2022年出台的) does not.
      const before = sent.slice(Math.max(0, ym.index - 2), ym.index);
      const lastBefore = ym.index > 0 ? sent.charCodeAt(ym.index - 1) : 0;
      const afterYear = ym.index + ym[0].length;
      // 较2020年的1325件, 比上年同期的: the year dates the comparison base right after it, in its clause only.
      if (/[较比与由从]$/.test(before) && (/[由从]$/.test(before) ? START_BASE_RE : COMPARISON_BASE_RE).test(sent.slice(afterYear, afterYear + 10))) {
        const y = yearValue(ym);
        if (y !== null) out.push({ at, year: y, clauseOnly: true, span: false, since: false, end: at });
        continue;
      }
      // 2020—2022年累计…, 2020年至2022年: a span of years that opens a clause.
      const spanStart = ym.index >= 5 ? YEAR_SPAN_START_RE.exec(sent.slice(Math.max(0, ym.index - 6), ym.index)) : null;
      if (spanStart !== null) {
        const s0 = ym.index - spanStart[0].length;
        const b0 = s0 > 0 ? sent.charCodeAt(s0 - 1) : 0;
        if (s0 === 0 || isClauseBreak(b0) || /(?:截至|截止|[在于自从到至“"（(])$/.test(sent.slice(Math.max(0, s0 - 2), s0))) {
          out.push({ at: start + s0, year: null, clauseOnly: false, span: true, since: false, end: start + afterYear });
          continue;
        }
      }
      if (!(ym.index === 0 || isClauseBreak(lastBefore) || /(?:截至|截止|力争|争取|[一二三四五六七八九十]是|[在于自到至而“"（(])$/.test(before))) {
        // 调解和解率2021年仅为12%, 收到申请2021年为1436件: a year right before the copula dates the figure after it.
        const y = YEAR_THEN_FIGURE_RE.test(sent.slice(afterYear, afterYear + 6)) ? yearValue(ym) : null;
        if (y !== null) out.push({ at, year: y, clauseOnly: true, span: false, since: false, end: at });
        // 全市2024年收到行政复议申请2413件，受理2207件; 12345热线2024年受理…: a year between the actor that opens the
        // clause and its verb dates the clause, and the clauses after it, as one that opens the clause does.
        else if (actorThenYear(sent, ym.index, afterYear)) {
          const ay = yearValue(ym);
          if (ay !== null) out.push({ at, year: ay, clauseOnly: false, span: false, since: false, end: at });
        }
        continue;
      }
      // （上年为968件）: a year inside brackets dates only its own clause.
      const bracketed = lastBefore === 0xff08 || lastBefore === 40;
      const rest = sent.slice(ym.index + ym[0].length, ym.index + ym[0].length + 12);
      const restAfterDate = rest.replace(/^(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?|底|末|初|上半年|下半年|前三季度|全年)*/, "");
      // 自2022年9月上线以来: a launch date opens a span like 以来 does.
      const launched = SINCE_LAUNCH_WORDS.prefixAt(restAfterDate, 0) !== null;
      // 自2020年行政复议体制改革以来: 自, a year, the event it dates and 以来 open a span too.
      const sinceEvent = before.endsWith("自") && SINCE_EVENT_RE.test(sent.slice(afterYear, afterYear + SINCE_EVENT_MAX));
      if (launched || sinceEvent || PERIOD_BLOCKERS.some((w) => restAfterDate.startsWith(w))) {
        // 2020年以来…制定法规15部 in a 2022 report: the counts after it add up several years (a rate
        // held since then, 自2019年8月至今始终保持100%, still holds this year).
        const since = yearValue(ym);
        // 自2021年起, 从2021年开始: a start point the sentence counts from, like 以来.
        const fromStart = (before.endsWith("自") || before.endsWith("从")) && FROM_START_RE.test(restAfterDate);
        const span = since !== null && reportYear !== null && since < reportYear && (launched || sinceEvent || fromStart || SINCE_RE.test(restAfterDate));
        // 今年以来 in a 2025 article on 2024: this year's months so far, a later year than the one reported on.
        // (In a news item of October 2025 on 2025, the months of the reported year so far.)
        if (since !== null && reportYear !== null && (since > reportYear || (since === reportYear && options.yearSoFar === true)) && SINCE_RE.test(restAfterDate)) {
          const sinceWord = SINCE_WORD_RE.exec(sent.slice(afterYear, afterYear + SINCE_PHRASE_MAX));
          out.push({ at, year: since, clauseOnly: false, span: false, since: false, end: start + afterYear + (sinceWord !== null ? sinceWord.index + sinceWord[0].length : 0), toDate: true });
          continue;
        }
        // Its words: up to 以来/至今 when they follow closely (自2022年9月上线以来), else the date.
        const sinceWord = span ? SINCE_WORD_RE.exec(sent.slice(afterYear, afterYear + (sinceEvent ? SINCE_EVENT_MAX : SINCE_PHRASE_MAX))) : null;
        out.push({ at, year: null, clauseOnly: false, span: false, since: span, end: start + afterYear + (sinceWord !== null ? sinceWord.index + sinceWord[0].length : 0) });
        continue;
      }
      const y = yearValue(ym);
      // 由2016年的不足30%提高到2020年的78.2%: a year right before 的 and a figure dates that figure only.
      if (y !== null && YEAR_OF_FIGURE_RE.test(sent.slice(afterYear, afterYear + 2))) {
        out.push({ at, year: y, clauseOnly: true, span: false, since: false, end: at });
        continue;
      }
      // 今年，全省…调解矛盾纠纷41.3万件 in a press conference of December: the months so far, like 今年以来.
      // (今年前三季度: its words take the part of the year it names.)
      if (y !== null && !bracketed && options.yearSoFar === true && y === reportYear && ym[1] === undefined) {
        const named = PART_YEAR_WORDS.prefixAt(text, start + afterYear);
        out.push({ at, year: y, clauseOnly: false, span: false, since: false, end: start + afterYear + (named?.length ?? 0), toDate: true });
        continue;
      }
      if (y !== null) out.push({ at, year: y, clauseOnly: bracketed, span: false, since: false, end: at });
    }
    return out;
  }

  function yearValue(ym: RegExpExecArray): number | null {
    let y: number | null;
    if (ym[1] !== undefined) {
      // ２０２２年: full-width digits as some sites print them.
      const ascii = hasWideDigit(ym[1]) ? ym[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : ym[1];
      y = parseYearDigits(ascii);
    } else {
      const rel = RELATIVE_YEARS[ym[0]];
      y = rel !== undefined && relativeYearBase !== null ? relativeYearBase + rel : null;
    }
    return y !== null && y >= 1949 && y <= 2100 ? y : null;
  }

  /** `cellDated`: a table cell whose column gives its year (2020年基数 in a “十四五” assessment), which dates it within a span the title covers. */
  function buildMetric(fig: Figure, c: SentenceContext, sentEnd: number, clauseStart: number, clauseEnd: number, prevIdx: number, cellDated = false): ExtractedMetric {
    const sentStart = c.start;
    const prev = prevIdx >= 0 ? metrics[prevIdx]! : null;
    // The figure whose noun an elided subject borrows: the previous one in the sentence, or the
    // last one of the part before a semicolon (收到复议申请892件；依法受理803件).
    let inhIdx = prevIdx >= 0 ? prevIdx : c.carryIdx;
    // 审结1146件（含上年结转87件），其中维持853件: an aside in brackets that closed lends no noun.
    while (inhIdx > 0 && aux[inhIdx - 1]!.sentence === c.index && inClosedBracket(text, metrics[inhIdx]!.end, fig.start)) inhIdx--;
    // 受理1102件，增幅13.8%；审结1057件: a count borrows the noun of the last count, not of a rate.
    if (inhIdx >= 0 && metrics[inhIdx]!.unit !== fig.unit) {
      for (let k = inhIdx - 1; k >= 0 && aux[k]!.sentence >= c.topIndex; k--) {
        // (受理5826件（含上年结转213件），…；审结5613件: an aside in brackets that closed lends no noun here either.)
        if (metrics[k]!.unit === fig.unit && !(metrics[k]!.partOf !== null && inClosedBracket(text, metrics[k]!.end, fig.start))) {
          inhIdx = k;
          break;
        }
      }
    }
    const inhPrev = inhIdx >= 0 ? metrics[inhIdx]! : null;
    const prevAux = inhIdx >= 0 ? aux[inhIdx]! : null;

    // Subject: the words between the clause start (or the previous figure in the clause) and the figure.
    const afterPrev = prev !== null && prev.end > clauseStart;
    const subjFrom = afterPrev ? prev!.end : clauseStart;
    const rawBefore = text.slice(subjFrom, fig.start);
    const listBefore = rawBefore.endsWith("等");
    // 全区（含镇街便民服务中心）受理办件: an aside on what is included is no part of the subject.
    // 出庭应诉率连续三年保持100%: the streak is no part of the subject (满意度99.7%，连续四年保持在99%以上: nothing is left).
    // (The aside needs a bracket: most words before a figure have none, and the regex costs more than the look.)
    let bare = rawBefore.includes("（") || rawBefore.includes("(") ? rawBefore.replace(INCLUDED_ASIDE_RE, "") : rawBefore;
    if (bare.includes("由") || bare.includes("从")) bare = bare.replace(FROM_YEAR_RE, "");
    if (bare.includes("电") || bare.includes("讯")) bare = bare.replace(NEWS_LEDE_RE, "");
    let before = tidy(stripLeading(tidy(stripTrailing(stripLeading(tidy(bare))))));
    if (before.includes("连续")) before = tidy(before.replace(STREAK_END_RE, ""));
    /** 平江县300件, 赣州市4376件: an item that names only a place before its figure. */
    const placeOnly = NAMED_PLACE_HEAD_RE.exec(before)?.[0] === before;
    // 镇街为98.2%: only a copula left once the scope word is set aside; 共有1599人通过了: only a filler.
    // 2022年为1872件，2023年增至2518件: only a copula or a verb of reaching after the year that dates the figure.
    const copulaOnly =
      before.length > 0 &&
      TRAILING_MATCHER.has(before) &&
      rawBefore.endsWith(before) &&
      (SCOPE_MATCHER.suffixAt(rawBefore, rawBefore.length - before.length) !== null || YEAR_ONLY_RE_BEFORE.test(rawBefore.slice(0, rawBefore.length - before.length)));
    const fillerOnly = before.length > 0 && !copulaOnly && LEADING_MATCHER.has(before) && !OBJECT_PREPOSITIONS.has(before);
    // 1052项，其中省本级287项: only a scope word, the noun is the whole's.
    // 其中区本级1.1万件，街道4620件: a level noun alone names the part's level, not what it counts.
    // (…，街道占比约2.2%: the level's share.)
    const levelShare = afterPrev ? null : LEVEL_SHARE_RE.exec(tidy(rawBefore));
    const shareOfLevel = levelShare !== null ? (BARE_LEVELS.get(levelShare[1]!) ?? null) : null;
    const bareLevel = afterPrev ? null : (BARE_LEVELS.get(before) ?? shareOfLevel);
    const scopeOnly = before.length > 0 && (SCOPE_MATCHER.has(before) || (bareLevel !== null && shareOfLevel === null));
    let after = nounAfter(text, fig.end, clauseEnd);
    // 修改5件、废止1件地方性法规: a list item without its noun borrows the noun of the last item.
    if (!after && text.charCodeAt(fig.end) === 0x3001) after = listNoun(text, fig.end, clauseEnd);
    let subject: string;
    /** 对79项证明事项实行告知承诺制: the end of the verb phrase that acts on the counted object, which names the metric too. */
    let objectEnd = -1;
    /** The figure counts the objects an action served, and a later figure of its clause counts the action. */
    let servedOnly = false;
    let inherited = false;
    /** 由2016年的不足30%提高到2020年的78.2%: the figure is a new level of the figure before it, else -1. */
    let newLevelOf = -1;
    let elided = false;
    let baseOf = -1;
    let objectLender = -1;
    // 分别较2023年（111.3次、21.6件）: a later base of the bracket's list, the base of the next figure before 分别.
    const listedBase = spreadBases !== null && spreadBases.sentence === c.index && spreadBases.owners.length > 0 && DISTRIBUTION_BETWEEN_RE.test(rawBefore) && text.slice(spreadBases.end, fig.start) === rawBefore;
    if (!listedBase) spreadBases = null;
    const isBase =
      listedBase ||
      prev !== null &&
      ((endsLikeComparison(rawBefore) && COMPARISON_BEFORE_RE.test(rawBefore)) ||
        (!afterPrev && prev.unit === fig.unit && RESTATED_YEAR_RE.test(rawBefore)) ||
        // 收到748件，同比增长21.2%（2022年为617件）: the bracket may follow the figure's change.
        BRACKETED_BASE_BEFORE_RE.test(prev.change !== null && prev.change.end > prev.end && prev.change.end <= fig.start ? text.slice(prev.change.end, fig.start) : afterPrev ? rawBefore : ""));
    if (prev !== null && prevAux !== null && (isBase || (afterPrev && NEW_LEVEL_BEFORE_RE.test(rawBefore)))) {
      // 收到申请1867件，较2020年的1325件: the comparison base counts what the figure before it counts.
      subject = prev.subject;
      inherited = true;
      if (listedBase) {
        baseOf = spreadBases!.owners.shift()!;
        spreadBases!.end = fig.end;
        subject = metrics[baseOf]!.subject;
      } else if (isBase) {
        baseOf = prevIdx;
        // 人均检查量118.8次，人均处罚量23.2件，分别较2023年（111.3次、21.6件）: each base in the bracket is the base of the
        // figure at its place in the list before 分别.
        const opened = text.charCodeAt(fig.start - 1);
        const more = rawBefore.includes("分别") && (opened === 0xff08 || opened === 0x28) ? countListedValues(text, fig.end) : 0;
        const owners: number[] = [];
        for (let k = prevIdx; more > 0 && k >= 0 && aux[k]!.sentence === c.index && owners.length <= more; k--) if (aux[k]!.baseOf < 0) owners.unshift(k);
        if (more > 0 && owners.length === more + 1) {
          baseOf = owners.shift()!;
          subject = metrics[baseOf]!.subject;
          spreadBases = { sentence: c.index, owners, end: fig.end, first: metrics.length };
        }
      } else {
        newLevelOf = prevIdx;
        // 调解和解率从18.2%提高到31.5%: the level it started from is an earlier year's; with no year
        // stated it has no period, and as the report year's value it must not enter a comparison.
        // 与2020年相比，…持证率由87%提高到99%: a year the sentence compares with dates the level it started from.
        if (prev.period === null) {
          dropIndicator(prev);
          const base = lastMatch(COMPARED_YEAR_RE, text.slice(sentStart, prev.start));
          const year = base !== null ? parseYearDigits(base[1]!) : null;
          if (year !== null && reportYear !== null && year < reportYear) prev.period = year;
        }
      }
    } else if (after) {
      if (OBJECT_PREPOSITIONS.has(before)) {
        // 对126家企业实施首违不罚: the noun and the verb phrase after it (企业实施首违不罚).
        let from = fig.end + after.length + (text.charCodeAt(fig.end) === 0x7684 ? 1 : 0);
        // 对268份政府合同、协议开展合法性审查: the objects listed after the first.
        const listed = before === "对" ? OBJECT_LIST_AFTER_RE.exec(text.slice(from, Math.min(clauseEnd, from + 24))) : null;
        if (listed !== null) {
          after += listed[0];
          from += listed[0].length;
        }
        const predicate = predicateAfter(text, from, clauseEnd, Math.max(10, MAX_SUBJECT - after.length));
        subject = after + stripTrailing(predicate);
        objectEnd = from + predicate.length;
        // 为1260家企业提供法律服务3100余次: the figure after the predicate counts the service; this one who was served.
        const n = text.charCodeAt(objectEnd);
        servedOnly = objectEnd < clauseEnd && (isDigit(n) || CN_DIGIT_CHARS.has(n));
      } else if (listBefore || before.length > 8 || afterPrev) {
        const verb = VERB_MATCHER.suffixAt(before, before.length) ?? (afterPrev ? VERB_MATCHER.prefixAt(prev!.subject, 0) : null);
        subject = (verb ?? "") + after;
        // 7个部门未将上年结转资金2346.8万元编入年初预算: the negation of the verb after the figure is part of what it counts.
        const negated = NEGATED_DISPOSAL_RE.exec(before);
        if (negated !== null && verb === null) subject = negated[1]! + subject;
        // 将老旧小区改造、…等5项事项列入年度重大行政决策目录: items of a list named only as 事项 are named by where
        // they were put.
        if (listBefore && verb === null && GENERIC_ITEM_NOUNS.includes(after)) {
          const from = fig.end + after.length;
          const put = PUT_INTO_RE.exec(text.slice(from, Math.min(clauseEnd, from + 24)));
          if (put !== null) subject = after + put[0];
        }
      } else {
        subject = fillerOnly ? after : before + after; // 将12项重大行政决策事项: the filler is no part of the noun
      }
    } else if (
      ((before.length === 0 && !predicateFollows(text, fig.end, clauseEnd)) || copulaOnly || scopeOnly || (fillerOnly && afterPrev) || verbsOnly(before)) &&
      prevAux &&
      prevAux.noun &&
      sameKindOrRate(fig, inhPrev!)
    ) {
      // 清单4批次共计156项: a filler between two figures of one clause leaves the noun unsaid too.
      const own = copulaOnly || fillerOnly || scopeOnly ? "" : before;
      // 新增归集数据42亿条，累计归集386亿条: a verb the borrowed noun already opens with is not said twice.
      // (2024年…涉企行政检查为38.5万次，今年1至11月为24.1万次: a copula alone restates the whole measure.)
      subject = copulaOnly ? inhPrev!.subject : prevAux.verbFirst ? (prevAux.noun.startsWith(own) ? prevAux.noun : own + prevAux.noun) : prevAux.noun + own;
      inherited = true;
      elided = true;
    } else if ((objectLender = objectLenderFor(before, fig.unit, c.topIndex)) >= 0) {
      // 市政府收到行政复议申请863件；各县（市、区）政府共收到1,273件: another body's same verb leaves its object unsaid
      // (州政府收到…412件，受理386件，审结371件；各县市政府共收到1,074件: the last figure with that verb lends it).
      subject = before + aux[objectLender]!.noun;
    } else if (before.length === 0 || fillerOnly) {
      // 全市100%实现“三集中三到位”, 共有1599人通过了培训考试: the predicate names the figure.
      let r = fig.end;
      const c0 = text.charCodeAt(r);
      if (c0 === 0x7684 || c0 === 0x4e86) r++; // 的 了
      const rest = tidy(text.slice(r, clauseEnd));
      subject = rest.length >= 2 ? rest.slice(0, 16) : before;
      if (subject.length === 0 && prev !== null && afterPrev && CHANGE_LIST_JOIN_RE.test(text.slice(prev.end, fig.start))) {
        // 培训二十八期、一千六百人次: the same activity measured in another unit.
        subject = prev.subject;
        inherited = true;
      }
    } else {
      subject = before;
    }
    subject = tail(tidy(subject), MAX_SUBJECT);
    // 受理量是同期一审行政诉讼收案量（2104件）的2.33倍: a figure in brackets right after the noun compared with counts that noun.
    // (Its indicator is judged from that noun on.)
    let comparedFrom = -1;
    if (!inherited && (text.charCodeAt(fig.start - 1) === 0xff08 || text.charCodeAt(fig.start - 1) === 40)) {
      const compared = lastMatch(COMPARED_WITH_RE, text.slice(clauseStart, fig.start - 1));
      const from = compared !== null ? clauseStart + compared.index + compared[0].length : -1;
      const noun = from >= 0 ? tidy(text.slice(from, fig.start - 1)) : "";
      // (Only a measure's noun: 依次为市公安局（688件）、… names owners in turn.)
      if (noun.length >= 2 && MEASURE_NOUN_END_RE.test(noun) && !SCOPE_MATCHER.has(noun)) {
        subject = tail(noun, MAX_SUBJECT);
        comparedFrom = from;
      }
    }
    // 数说2024 / 法律援助案件 / 3562件: a line that is only the figure is named by its card's caption line.
    if (subject.length === 0 && fig.start === sentStart && (sentStart === 0 || text.charCodeAt(sentStart - 1) === 10)) {
      const caption = cardCaption(sentStart);
      if (caption !== null) subject = caption;
    }
    // 调解和解率2021年仅为12%: the year dates the figure (its period), it is no part of what is counted.
    if (subject.length > 6 && subject.charCodeAt(subject.length - 1) === 0x5e74 && TRAILING_YEAR_RE.test(subject)) subject = subject.replace(TRAILING_YEAR_RE, "");
    // 江都区直接纠错率最高，为17.2%: a clause that only states the figure leaves what it measures to the
    // clause before it (one with no figure), less its ranking words.
    if (!inherited && BARE_SUBJECT_RE.test(subject) && clauseStart - 1 > sentStart && (prev === null || prev.end < clauseStart - 1)) {
      let from = clauseStart - 1;
      while (from > sentStart && !isClauseBreak(text.charCodeAt(from - 1))) from--;
      const named = tidy(text.slice(from, clauseStart - 1).replace(RANKING_TAIL_RE, ""));
      if (named.length >= 2 && !/[0-9]/.test(named)) subject = tail(named, MAX_SUBJECT);
    }
    // 南昌市收到申请5218件；赣州市4376件: an item that gives only a place and a figure counts what the
    // item before it counts for another place; the first item after a list's lead-in (各设区市办理行政复议案件情况：
    // 赣州市4376件) counts what the lead-in names.
    if (!inherited && !after && placeOnly) {
      const head = inhPrev !== null && inhPrev.unit === fig.unit ? NAMED_PLACE_HEAD_RE.exec(inhPrev.subject) : null;
      let rest = head !== null && head[0] !== before ? inhPrev!.subject.slice(head[0].length) : "";
      // 全市共收到申请1200件，其中平江县300件: a place picked out of a whole counts what the whole counts.
      if (head === null && inhPrev !== null && inhPrev.unit === fig.unit && inhPrev.start >= sentStart && textIncludes(text, "其中", sentStart, fig.start)) rest = inhPrev.subject;
      if (rest.length === 0 && inhPrev === null && clauseStart > sentStart && (text.charCodeAt(clauseStart - 1) === 0xff1a || text.charCodeAt(clauseStart - 1) === 58)) {
        rest = tidy(stripLeading(text.slice(sentStart, clauseStart - 1)).replace(PLACE_LIST_LEAD_RE, ""));
        if (/[0-9]/.test(rest)) rest = "";
      }
      if (rest.length >= 2) {
        subject = tail(before + rest, MAX_SUBJECT);
        inherited = inhPrev !== null;
      }
    }
    // 结果维持3件，结果纠正1件，尚未审结1件，总计5件: a total after a list of two or more items of its unit sums the
    // list, whatever its last item counts; it is what the list's lead-in (…情况：) names.
    const listTotal = prev !== null && !inherited && LIST_TOTAL_RE.exec(text.slice(prev.end, fig.start));
    // (分别为2865人、7412人、3309人，共计13586人: items that share one noun total that noun; the rule below keeps it.)
    let listFirst = -1;
    if (listTotal && prevIdx >= 1 && aux[prevIdx - 1]!.sentence === c.index && metrics[prevIdx - 1]!.unit === fig.unit && prev!.unit === fig.unit && metrics[prevIdx - 1]!.subject !== prev!.subject) {
      const itemStart = metrics[prevIdx - 1]!.start;
      const colon = Math.max(text.lastIndexOf("：", itemStart), text.lastIndexOf(":", itemStart));
      // (一、行政复议：…合计208件: the list's number is no part of its name.)
      const leadIn = colon > sentStart ? tidy(stripLeading(text.slice(sentStart, colon).replace(/情况$/, ""))) : "";
      subject = tail(leadIn.length >= 2 ? `${leadIn}${listTotal[1]}` : listTotal[1]!, MAX_SUBJECT);
      inherited = true;
      listFirst = prevIdx;
      while (listFirst > 0 && aux[listFirst - 1]!.sentence === c.index) listFirst--;
    }
    // 组织执法人员培训7期，累计612人次; 创建民主法治村6个，累计达41个: a clause that only totals measures the
    // activity of the figure before it.
    // 国家级高新技术企业突破600家，达到614家: after a bound, the exact level reached is of the same thing.
    if (
      prev !== null &&
      !inherited &&
      TOTAL_COPULA_ONLY_RE.test(subject) &&
      (TOTAL_CLAUSE_AFTER_RE.test(text.slice(prev.end, fig.start)) || (prev.approx && prev.unit === fig.unit && LEVEL_AFTER_BOUND_RE.test(text.slice(prev.end, fig.start))))
    ) {
      // 新建个人品牌调解工作室23个，累计达到91个: the running total counts all there are, not the new ones.
      const newOnes = textIncludes(text, "累计", clauseStart, fig.start) ? NEW_ONES_LEAD_RE.exec(prev.subject) : null;
      subject = newOnes !== null && prev.subject.length - newOnes[0].length >= 2 ? prev.subject.slice(newOnes[0].length) : prev.subject;
      inherited = true;
    }
    // 出庭应诉率目标值为90%，实际完成98.6%: the result stated after a goal measures what the goal does.
    if (prev !== null && !inherited && ACHIEVED_SUBJECTS.has(subject) && GOAL_SUFFIX_RE.test(prev.subject)) subject = prev.subject.replace(GOAL_SUFFIX_RE, "");
    // 其中刑事案件3.1万件，占53.4%: a share that names nothing is the share of what the count right before it counts.
    if (prev !== null && !inherited && BARE_SHARE_RE.test(subject) && fig.unitInfo?.kind === "percent" && UNITS.get(prev.unit)?.kind !== "percent" && SHARE_CLAUSE_AFTER_RE.test(text.slice(prev.end, fig.start))) {
      subject = tail(`${prev.subject}占比`, MAX_SUBJECT);
    }
    // 一审败诉率为4.3%，低于全省平均水平（6.8%）: the bracketed average is the benchmark's value of the measure before it.
    /** 万人火灾发生率为4.3起，低于全省平均水平（4.9起）: the figure a bracketed benchmark is compared with, whose rate unit it shares. */
    let benchmarkOf: ExtractedMetric | null = null;
    if (prev !== null && !inherited && text.charCodeAt(fig.start - 1) === 0xff08) {
      const avg = BENCHMARK_BRACKET_BEFORE_RE.exec(text.slice(Math.max(clauseStart, fig.start - 16), fig.start));
      // (三市直接纠错率…均高于全省平均水平（8.9%）: the places compared are not the average's.)
      if (avg !== null && avg[3] !== undefined) {
        subject = tail(`${avg[2]}平均${prev.subject.replace(PLACE_COUNT_LEAD_RE, "")}`, MAX_SUBJECT);
        benchmarkOf = prev;
      }
    }
    // 申请、受理、审结分别为1200件、1100件和1050件: each figure takes its own item of the list before 分别.
    let item: DistributedItem | null = null;
    let laterItem = false;
    /** 纠错率、调解和解率分别为11.8、23.5和26.1%: a value past the list's last item names nothing an indicator could take. */
    const pastList = distribution !== null && distribution.sentence === c.index && distribution.next >= distribution.items.length && DISTRIBUTION_BETWEEN_RE.test(text.slice(distribution.end, fig.start));
    if (distribution !== null && distribution.sentence === c.index && distribution.next < distribution.items.length && DISTRIBUTION_BETWEEN_RE.test(text.slice(distribution.end, fig.start))) {
      item = distribution.items[distribution.next++]!;
      laterItem = true;
      distribution.end = fig.end;
    } else if (continuesDistribution(fig, c.index, rawBefore)) {
      // 辛店街道、丰李镇分别办理…312件、286件，开展执法检查2,860次、2,145次: a later clause listing as many values again
      // goes on handing them out to the same units.
      distribution = { ...distribution!, predicate: (distribution!.body ?? "") + tidy(stripTrailing(rawBefore)), next: 1, end: fig.end };
      item = distribution.items[0]!;
    } else {
      distribution = null;
      // Both readers need 分别 or 依次 in the words before the figure, which most figures lack.
      // (省、市、县三级分别为…: levels listed one character each are levels, not words of a list.)
      const d = mentionsDistribution(rawBefore)
        ? (levelListBefore(rawBefore) ?? readDistribution(rawBefore) ?? yearListBefore(text.slice(sentStart, clauseStart), rawBefore) ?? listInClauseBefore(clauseStart, rawBefore, prev))
        : null;
      if (d !== null) {
        distribution = { ...d, sentence: c.index, next: 1, end: fig.end };
        item = d.items[0]!;
      }
    }
    if (item !== null) {
      const predicate = distribution!.predicate + after;
      // 全市平均全程网办率为91.7%，枝江市、当阳市分别达到93.5%和92.8%: places listed with only a copula are measured by
      // what the figure before them in the sentence measures.
      if (item.kind === "word" && inhPrev !== null && inhPrev.unit === fig.unit && inhPrev.start >= sentStart && distribution!.prefix === "" && TOTAL_COPULA_ONLY_RE.test(predicate) && NAMED_PLACE_HEAD_RE.exec(item.text)?.[0] === item.text)
        subject = tail(item.text + inhPrev.subject.replace(NAMED_PLACE_HEAD_RE, ""), MAX_SUBJECT);
      else if (item.kind === "word") subject = tail(tidy(distribution!.prefix + item.text + predicate), MAX_SUBJECT);
      // 2021年、2022年…依次收到申请1126件、1309件: every year's figure counts what the first one does.
      else if ((item.kind === "year" || (item.kind === "scope" && distribution!.prefix.length + predicate.length < 2)) && laterItem && distribution!.firstSubject !== undefined) subject = distribution!.firstSubject;
      else if (distribution!.prefix.length + predicate.length >= 2) subject = tail(tidy(distribution!.prefix + predicate), MAX_SUBJECT);
      // 收到申请23471件，其中省、市、县三级分别为1536件…: levels that name nothing count what the figure before counts.
      else if (item.kind === "scope" && inhPrev !== null && (subject.length === 0 || TRAILING_MATCHER.has(subject))) subject = inhPrev.subject;
      if (!laterItem) distribution!.firstSubject = subject;
      inherited = false;
      elided = false;
    }
    const sn = inherited && prevAux ? { noun: prevAux.noun, verbFirst: prevAux.verbFirst } : subjectNoun(subject);
    const borrowedActor = inherited && inhPrev !== null && prevAux !== null ? prevAux.actor || (prevAux.verbFirst ? actorBeforeNoun(inhPrev.subject, prevAux.noun) : "") : "";

    // Scope: the nearest scope word before the figure in its clause, else a whole-jurisdiction one
    // that opens the sentence (全市…，…，调解成功6299件); scope words elsewhere describe other things.
    let scope: string | null = null;
    // 向全区4个镇、5个街道赋权: a list of counts of places (镇 alone is no level word).
    let countsPlaces = fig.unit === "个" && PLACE_LIST_AFTER_RE.test(text.slice(fig.end, fig.end + 4));
    // 指导28个镇修订应急预案: a count of places a verb follows counts the places that act, not what they acted on.
    if (fig.unit === "个" && !countsPlaces) {
      const place = BARE_PLACE_AFTER_RE.exec(text.slice(fig.end, fig.end + 3));
      countsPlaces = place !== null && VERB_MATCHER.prefixAt(text, fig.end + place[0].length) !== null;
    }
    const pi = lowerBound(scopes.postStarts, fig.end);
    let si = lowerBound(scopes.starts, fig.start) - 1;
    // 全区（含镇街便民服务中心）受理办件31.2万件: a scope word inside a bracket that closed is an aside.
    // 省政府（省本级）收到1209件: a bracket that holds only the scope word names the actor's level.
    // 高于全省平均水平0.6个百分点: the level compared with or ranked in is no actor either.
    while (
      si >= 0 &&
      scopes.starts[si]! >= clauseStart &&
      ((inClosedBracket(text, scopes.ends[si]!, fig.start) && !bracketsOnly(text, scopes.starts[si]!, scopes.ends[si]!)) ||
        // (低于全省平均水平（6.8%）: the bracketed figure is the benchmark's own.)
        (arenaOrBenchmark(scopes.starts[si]!) && !BENCHMARK_VALUE_BETWEEN_RE.test(text.slice(scopes.ends[si]!, fig.start))) ||
        honourGrade(si, sentStart, fig.start))
    )
      si--;
    if (pi < scopes.postStarts.length && scopes.postStarts[pi]! <= fig.end + (text.charCodeAt(fig.end) === 0x7684 ? 1 : 0)) {
      // 4148个市级服务事项, 12个乡镇: the level of the counted things.
      scope = scopeOf(scopes.postWords[pi]!);
      // 向7个镇（街道）下放职权: the figure counts places (the noun is the level word itself), not a catalog quantity.
      countsPlaces ||= countsPlacesOnly(after.startsWith(scopes.postWords[pi]!) ? after : text.slice(scopes.postStarts[pi]!, clauseEnd), scopes.postWords[pi]!);
    } else if (si >= 0 && scopes.starts[si]! >= clauseStart && scopes.ends[si]! <= fig.start && joinedLevelsFrom(si) < 0) {
      scope = scopeOf(scopes.words[si]!);
      // 市级政务数据共享交换平台累计归集数据48.6亿条: the level of a data platform the whole place feeds is the
      // platform's rank, not a level's own figure.
      if (platformRank(si)) scope = null;
      // 乡镇（街道）人民调解委员会103个、行业性专业性人民调解委员会156个: an item that puts a qualifier of its own where the
      // item before put its level is of no level.
      if (prev !== null && scopes.ends[si]! <= prev.start && text.charCodeAt(prev.end) === 0x3001) {
        let first = prevIdx;
        while (first > 0 && aux[first - 1]!.sentence === c.index && metrics[first - 1]!.start > scopes.ends[si]!) first--;
        const levelled = text.slice(scopes.ends[si]!, metrics[first]!.start);
        const own = text.slice(prev.end + 1, fig.start);
        if (levelled.length >= 2 && own.length > levelled.length && own.endsWith(levelled) && OTHER_BODY_QUALIFIERS.scanFirst(own, 0, own.length - levelled.length) >= 0) scope = null;
        // 其中市本级700件、平江县300件: nor is an item that names a place of its own at the level of the item before.
        else if (placeOnly) scope = null;
      }
    } else if (si >= 0 && scopes.starts[si]! >= clauseStart && scopes.ends[si]! <= fig.start) {
      // 抽查县直部门和乡镇（街道）案卷420卷: levels joined by 和 make the whole place, no single level;
      // 其中市本级备案审查各部门和各县（市、区）报送的文件74件: unless a level before them in the clause acts on them.
      const first = joinedLevelsFrom(si);
      scope = first > 0 && scopes.starts[first - 1]! >= clauseStart ? scopeOf(scopes.words[first - 1]!) : null;
      // 各镇（街道）、村（居）修订预案1563个: levels below the place joined make no whole place; the higher one says where.
      if (scope === null && first >= 0 && first !== si) {
        const joined = [si, first].map((k) => scopeOf(scopes.words[k]!));
        if (joined.every((w) => SUB_UNIT_SCOPES.includes(w))) scope = SUB_UNIT_SCOPES.find((w) => joined.includes(w))!;
      }
    } else {
      // 省级修订预案23部，全省开展演练1.5万余场次，参与群众180余万人次: a later clause that opens with its own
      // level covers the clauses after it, before the level that opens the sentence does.
      scope = clauseOpeningScope(sentStart, clauseStart) ?? openingScope(sentStart, fig.start);
      // 司法部有关负责人介绍，2024年全国…，…占29.9%: the scope that opens the sentence after its speaker's lead-in.
      if (scope === null && clauseStart > sentStart) {
        const lead = SPEAKER_LEAD_RE.exec(text.slice(sentStart, Math.min(clauseStart, sentStart + SPEAKER_LEAD_MAX)));
        if (lead !== null) scope = openingScope(sentStart + lead[0].length, fig.start);
      }
      // 市本级政务服务事项全程网办率达98.2%，12345热线受理群众诉求86.3万件: a level that only qualifies the first
      // clause's noun does not reach a later clause with an actor of its own.
      if (scope !== null && clauseStart > sentStart && !scope.startsWith("全") && levelQualifiesNounAt(sentStart) && clauseHasOwnActor(clauseStart, fig.start)) scope = null;
      // …；其中市本级依申请政务服务事项1843项，全程网办率96.2%: a part that opens with 其中 and a level is at that level.
      if (scope === null && c.topStart < sentStart && text.startsWith("其中", sentStart)) scope = openingScope(afterQizhong(sentStart), fig.start);
      // A part after a semicolon is covered by the scope that opens the whole sentence.
      // …；市司法局对…开展合法性审查1043件: unless this part, or one before it, opens with an office of its own.
      // (…；局本级组织实施抽查任务31项，抽查经营主体1,205户次: nor a part that opens with a level of its own, though
      // one that does not cover its later clauses, an office's own level.)
      if (scope === null && c.topStart < sentStart && !partsOpenWithActor(c.topIndex + 1, c.index) && !partsOpenWithLevel(c.topIndex + 1, c.index)) {
        // (市直部门共实施行政许可…；作出行政处罚决定…: a level below the whole place covers the later parts too, an office's own level not.)
        scope = openingScope(c.topStart, Math.min(fig.start, c.topStart + SENTENCE_SCOPE_WINDOW));
        // (县级依申请政务服务事项1,386项…；“一件事一次办”集成服务事项增至24个: not a level that only qualifies the first part's noun.)
        if (scope === OFFICE_SCOPE || (scope !== null && !scope.startsWith("全") && levelAdjectiveAt(c.topStart))) scope = null;
        // 其中，市政府本级收到申请1108件，…；受理962件，审结931件: a level that heads the first part after a
        // lead-in (其中，) covers the later parts too.
        const lead = LEAD_IN_CLAUSE_RE.exec(text.slice(c.topStart, c.topStart + LEAD_IN_CLAUSE_MAX));
        if (scope === null && lead !== null) scope = openingScope(c.topStart + lead[0].length, Math.min(sentStart, c.topStart + lead[0].length + SENTENCE_SCOPE_WINDOW));
        // 全面落实…要求，全市公安机关受理…；受理行政案件56213起: or the level of the first figure, when a clause with
        // no figure (what the work followed) opens the sentence.
        // (The first part's first figure has the level its clause gives: 全市乡镇（街道）共办理… is 镇街.)
        // (An office's report only: there a part with no level of its own would be taken for the office's.)
        if (scope === null && options.ownOffice) {
          const opening = clauseEndFrom(c.topStart, sentStart);
          if (opening < sentStart - 1 && !/[0-9０-９]/.test(text.slice(c.topStart, opening))) {
            let k = metrics.length - 1;
            while (k >= 0 && aux[k]!.sentence > c.topIndex) k--;
            while (k > 0 && aux[k - 1]!.sentence === c.topIndex) k--;
            if (k >= 0 && aux[k]!.sentence === c.topIndex && metrics[k]!.start > opening) scope = metrics[k]!.scope;
          }
        }
      }
      // 市政府作为行政复议机关，全年新收申请1427件: the government acting in the sentence's first clause acts in its later ones.
      if (scope === null && clauseStart > sentStart) {
        const firstEnd = clauseEndFrom(sentStart, clauseStart);
        // (Only the government as the actor, opening the sentence: 审核县政府规范性文件11件，…纠正问题文件2件 names it as an object.)
        // (And only a clause that leads in, with no figure of its own: 市政府法律顾问审查合同1350件，出具意见2180条 is another rule's.)
        if (firstEnd < clauseStart && ownGovernmentWords.some((w) => text.startsWith(w, sentStart)) && !/[0-9]/.test(text.slice(sentStart, firstEnd)) && ownGovernmentActs(sentStart, firstEnd)) scope = ownLevel;
      }
      // 区政府本级共收到申请412件，受理387件: a figure that borrows another's noun counts at its level.
      if (scope === null && elided && inhPrev !== null && prevAux !== null && (prevAux.sentence === c.index || inhIdx === c.carryIdx)) scope = inhPrev.scope;
      // 组织区级行政执法人员培训12期，培训3860人次: a bare verb after another figure of its clause's
      // sentence goes on at that figure's level.
      // (分别为区级12期、镇级30期，累计培训4,360人次: a total after a list of two or more figures sums the list's levels.)
      // (市级部门组织执法培训12期、法治讲座30场，累计培训4360人次: items of one level total at that level.)
      const totalsList = prevIdx >= 1 && aux[prevIdx - 1]!.sentence === c.index && metrics[prevIdx - 1]!.scope !== metrics[prevIdx]!.scope && TOTAL_CLAUSE_OPENING_RE.test(text.slice(clauseStart, fig.start));
      if (scope === null && !totalsList && prev !== null && prevIdx === metrics.length - 1 && before.length > 0 && verbsOnly(before) && UNITS.get(prev.unit)?.kind !== "percent") scope = prev.scope;
      // 全年市级部门共作出行政处罚决定4,086件，罚款2,314.6万元: a clause that only names what it counts, right after
      // a figure's clause of its sentence, goes on at that figure's level too.
      // (Not a level of things counted: 建成县级储备库14个，储备帐篷1200顶; 公布市级…清单213项，对1046件…)
      if (scope === null && !totalsList && prev !== null && prevIdx === metrics.length - 1 && prev.scope !== null && before.length > 0 && before.length <= 4 && isHanRun(before, 0, before.length) && UNITS.get(prev.unit)?.kind !== "percent" && /^[，,]$/.test(text.slice(prev.end, clauseStart)) && !levelOfThingsBefore(prev.start, sentStart)) scope = prev.scope;
      // 市政府本级审结2704件，直接纠错率7.8%: a rate after a count of its sentence rates that count, at its level.
      if (scope === null && fig.unitInfo?.kind === "percent" && prev !== null) {
        // 审结1275件（含上年结转67件），直接纠错率11.8%: an aside in brackets is not what is rated.
        let k = prevIdx;
        while (k > 0 && aux[k - 1]!.sentence === c.index && inClosedBracket(text, metrics[k]!.end, fig.start)) k--;
        // (…审结371件，调解和解率31.8%，直接纠错率9.8%: rates listed one after another all rate that count.)
        while (k > 0 && aux[k - 1]!.sentence === c.index && UNITS.get(metrics[k]!.unit)?.kind === "percent" && metrics[k]!.partOf === null && metrics[k]!.change === null && isClauseBreak(text.charCodeAt(metrics[k]!.end))) k--;
        if (UNITS.get(metrics[k]!.unit)?.kind !== "percent") scope = metrics[k]!.scope;
      }
    }
    // 全区10个街镇综合执法大队…，全年办理行政处罚案件4386件: the bodies of a level act, not the whole place.
    if (scope === null || WHOLE_PLACE_SCOPE_RE.test(scope)) {
      const body = levelBodyBefore(sentStart, fig.start, clauseStart);
      if (body !== null) scope = body;
    }
    // 15个镇街（6个街道、9个镇）: counts in a bracket that breaks down a level's places are at that level.
    const breakdownLevel = text.charCodeAt(fig.end) !== 0xff09 && fig.unit !== "个" ? null : levelBrokenDownAt(fig.start, clauseStart);
    if (breakdownLevel !== null) scope = breakdownLevel;
    if (item?.kind === "scope") scope = scopeOf(item.text);
    // 区政府收到申请586件，较2023年的431件增长36.0%: a comparison base that names no level is at its figure's.
    if (baseOf >= 0 && scope === null) scope = metrics[baseOf]!.scope;
    // 上墅乡、山川乡分别调处矛盾纠纷103件和89件: each named town, street, village or community is that unit's figure.
    const itemUnit = item?.kind === "word" ? NAMED_SUBUNIT_RE.exec(item.text) : null;
    const namedItem = itemUnit !== null && itemUnit[0] === item!.text;
    if (namedItem) scope = subUnitScope(itemUnit![1]!);
    else if (bareLevel !== null) scope = bareLevel;
    // 全市…，其中市政府收到行政复议申请912件: the report's own government acting in its own name is its own level.
    else if ((scope === null || scope.startsWith("全")) && ownGovernmentActs(clauseStart, fig.start)) scope = ownLevel;
    // 市法律援助中心全年受理案件1342件: a body of the report's own level acting in its own name counts at that level.
    // (A justice bureau speaks for its place: its 市法律援助中心 is the city's own level too.)
    else if (scope === null && (!options.ownOffice || officeSpeaksForPlace) && ownLevelBodyOpensAt(sentStart, fig.start)) scope = ownLevel;
    // 全市各级劳动人事争议仲裁院共受理…，其中（，）市劳动人事争议仲裁院受理案件1024件: the own level's body picked out of the whole.
    else if ((scope === null || scope.startsWith("全")) && (!options.ownOffice || officeSpeaksForPlace) && partOpensWithOwnLevelBody(sentStart, clauseStart, fig.start)) scope = ownLevel;
    // A bureau's report: its unstated figures are its own, and 全市市场监管系统… / 全市各级…部门 its line's.
    // A justice bureau doing the government's work (协助市政府提请…审议法规草案3件, 代市政府办理复议案件)
    // reports the government's own figure.
    // 全区…，街道占比约2.2% in a street's own report: the street's own share, not the district's.
    if (shareOfLevel === "镇街" && options.placeLevel === "street") scope = null;
    /** The office's level given to a figure that states none (an office's report). */
    let officeByDefault = false;
    /** 全市应急管理系统…: the whole place an office's system line covers (before it became 全系统). */
    let systemWhole: string | null = null;
    if (options.ownOffice) {
      // 其中，市卫生健康执法支队立案查处138件 in a health commission's report: the office's own enforcement arm acts at its level.
      if ((scope === null || scope.startsWith("全")) && ownArmActs(clauseStart, fig.start)) scope = OFFICE_SCOPE;
      else if (scope === null) {
        // 县人民政府共收到行政复议申请96件…；依法受理85件: the government acting at the sentence's head acts in its later parts too.
        const governmentHeads = ownGovernmentNamed(sentStart, fig.start) || (c.topStart < sentStart && ownGovernmentActs(c.topStart, firstPartEnd(c.topStart, sentStart)));
        // (…热线受理…182.6万件，同比上升9.5%；按时办结率99.2%: the part before the semicolon names the line for the parts after it.)
        scope = governmentHeads ? ownLevel : officeSpeaksForPlace || (officeLines !== null && officeLines.scanFirst(text, Math.min(c.topStart, sentStart), fig.start) >= 0) ? null : OFFICE_SCOPE;
        // 我市4个社区获命名: the office speaking of its place in the first person speaks for the place.
        if (scope === OFFICE_SCOPE && (textIncludes(text, ownFirstPerson[0]!, sentStart, fig.start) || textIncludes(text, ownFirstPerson[1]!, sentStart, fig.start))) scope = null;
        // 农村火灾占全市火灾总数的46.7%: a share of the whole place's total is a figure of the place, not the office's own.
        if (scope === OFFICE_SCOPE && textIncludes(text, "占全", clauseStart, fig.start)) scope = null;
        // 全市市场监管系统共立案…3826件。其中，局机关…218件。从案件类型看，查处食品安全案件1,248件: a view that breaks
        // a total down goes on at the level of the last whole counted in the figure's unit, not the office's own.
        if (scope === OFFICE_SCOPE && BREAKDOWN_VIEW_OPENING_RE.test(text.slice(sentStart, sentStart + BREAKDOWN_VIEW_MAX))) {
          for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence >= c.index - BREAKDOWN_VIEW_REACH; k--) {
            if (metrics[k]!.unit !== fig.unit || metrics[k]!.partOf !== null) continue;
            if (metrics[k]!.scope !== null) scope = metrics[k]!.scope;
            break;
          }
        }
        officeByDefault = scope === OFFICE_SCOPE;
      }
      else if (scope.startsWith("全") && officeLineNamed(Math.min(c.topStart, sentStart), fig.start)) {
        systemWhole = scope;
        scope = OFFICE_SYSTEM_SCOPE;
      }
      // 市本级查办行政处罚案件296件 in a market regulator's report: the office's own level, not the government's
      // (a justice bureau's 市本级 is the government's own: it handles the government's reconsideration and reviews).
      // (Only 本级 as written: 市级专项应急预案, 市级共享交换平台 say whose things they are, not who acted.)
      // (A data bureau's 一网通办…其中市本级事项906项: in a line it runs for the whole place, 市本级 is the government's.)
      else if (
        scope === ownLevel &&
        !officeSpeaksForPlace &&
        textIncludes(text, "本级", Math.min(c.topStart, sentStart), fig.start) &&
        !ownGovernmentNamed(sentStart, fig.start) &&
        !(officeLines !== null && officeLines.scanFirst(text, sentStart, fig.start) >= 0)
      )
        scope = OFFICE_SCOPE;
    }

    // 市交通运输局…、市农业农村局…，分别增长12.6%和9.8%: a later item of the list is at the first one's level, unless it names its own.
    if (item !== null && item.kind === "word" && !namedItem) {
      if (!laterItem) distribution!.firstScope = scope;
      else if (scope === null) scope = distribution!.firstScope ?? null;
    }

    // Period: the last clause-opening year before the figure in its sentence.
    // A part after a semicolon stays in the year its sentence opened with, unless it names its own.
    let period: number | null = c.carriedYear?.year ?? null;
    let multiYear = c.carriedYear?.span ?? false;
    /** The year mention that made the figure a multi-year one, for the words of its coverage. */
    let spanMention: YearMention | null = multiYear ? c.carriedYear : null;
    /** 今年以来 (a later year's months so far) dating the figure, if that is what dates it. */
    let toDate: YearMention | null = c.carriedYear?.toDate ? c.carriedYear : null;
    let ownYear = false;
    for (const y of c.years) {
      if (y.at >= fig.start) break;
      if (!y.clauseOnly) {
        toDate = y.toDate ? y : null;
        period = y.year;
        multiYear = y.span || (y.since === true && fig.unitInfo?.kind !== "percent");
        spanMention = multiYear ? y : null;
      } else if (y.at >= clauseStart && !(prev !== null && prev.start > y.at)) {
        // 由上年的85.2%提高到93.4%: the base only. “十三五”期间，…由2016年的不足30%提高到2020年的78.2%:
        // a figure its own year dates is that year's, within a span or not.
        period = y.year;
        multiYear = false;
        ownYear = true;
      }
    }
    // 新收320件，上年结转15件，合计335件: the list's total is of the year its list opens with, not its last item's.
    if (listFirst >= 0) period = metrics[listFirst]!.period;
    // (分别较2023年（111.3次、21.6件）: every base of the bracket is of the year the first one is.)
    if (listedBase) period = metrics[spreadBases!.first]!.period;
    /** The words that make the figure a multi-year one (“十四五”以来, 2020—2022年, 五年来). */
    let spanWords: string | null = null;
    /** Whether those words stand in the paragraph's opening or a heading, not in the figure's own sentence. */
    let spanFromContext = false;
    if (item?.kind === "year") {
      period = item.year;
      multiYear = false;
    } else if (!multiYear && !ownYear && c.yearsSpanEnd <= fig.start) {
      multiYear = true;
      spanWords = c.yearsSpanText;
    }
    // 二、“十四五”时期法治政府建设总体情况 / “十四五”以来，我市…。全市共收到…: a span of years that heads the
    // section or opens the paragraph covers the figures under it that state no year of their own.
    else if (!multiYear && period === null && paragraphOpensSpan(c)) {
      multiYear = true;
      spanFromContext = true;
      spanWords = yearsSpanWords(paragraphOpening(c.start));
    } else if (!multiYear && period === null && c.section !== null && spanSection(c.section)) {
      multiYear = true;
      spanFromContext = true;
      spanWords = yearsSpanWords(headingWith(c.section, spanHeadings));
    } else if (!multiYear && period === null && options.titleSpan && !cellDated) {
      // 芜湖市“十四五”法治政府建设规划终期评估报告: a look back at several years covers its figures that state no year.
      multiYear = true;
      spanFromContext = true;
      spanWords = options.titleSpan;
    }
    if (multiYear && spanWords === null && spanMention !== null) spanWords = text.slice(spanMention.at, spanMention.end);
    // 2023年，全市…审结1,356件。全年制发意见书23份，出庭应诉率92.6%: 全年 in a later sentence of a paragraph that
    // opens with another year than the report's is that year.
    if (period === null && !multiYear && reportYear !== null && c.wholeYearWord !== 1 && textIncludes(text, "全年", sentStart, fig.start)) {
      const opened = PARAGRAPH_YEAR_RE.exec(paragraphOpening(c.start));
      if (opened !== null && Number(opened[1]) !== reportYear && Number(opened[1]) < reportYear) period = Number(opened[1]);
    }
    // 三、2023年工作打算 / 新增市场主体2.5万户以上: a goal under a later year's heading is for that year;
    // 主要数据：2022年，全县收到…: one whose sentence states this year or an earlier one is a result.
    const statedYear = period;
    // (“十四五”以来…累计 under 三、2026年工作安排: a span its own sentence states is a look back, not the plans' year.)
    const ownSpan = multiYear && !spanFromContext;
    // (六、存在问题和2025年工作打算 / 出庭应诉率为87.5%，仍有5个部门未达标: under a heading of shortcomings and
    // plans together, the year is the plans' only: a figure without target words is a shortcoming of the report's year.)
    if (period === null && c.section !== null && !ownSpan && !(problemSection(c.section) && !isTarget(sentStart, fig.start, null, c))) period = laterYearSection(c.section);
    // 三、下一步工作打算: goals under a plans heading that names no year are for the year after the report's.
    // (Not in a report on part of a year: its 下半年工作打算 are for the rest of the same year.)
    // (Nor under 存在的问题和下一步打算: 仍有12个乡镇未配备… is this year's state.)
    if (period === null && statedYear === null && !ownSpan && c.section !== null && reportYear !== null && options.partOfYear !== true && plansOnlySection(c.section) && !problemSection(c.section)) period = reportYear + 1;
    if (period === reportYear) period = null;

    // Pillar from cues in the clause, the sentence and the section headings. Numbers only here;
    // the cue names are spelled out for the winning pillar at the end.
    const scores = scoreScratch;
    const hs = headingScores(c.section);
    for (let i = 0; i < 6; i++) scores[i] = hs[i]!;
    const cw = PILLAR_CUE_WEIGHTS.clause;
    const sw = PILLAR_CUE_WEIGHTS.sentence;
    const cueInfo = c.cueInfo;
    const cueStarts = c.cueStarts;
    const cueEnds = c.cueEnds;
    const cueCount = c.cueCount;
    let clauseHasCue = false;
    // Each word counts once in the clause and once in the rest of the sentence (stamps, not a search).
    const stamp = nextStamp();
    // 对24部地方性法规和政府规章涉及到的119项处罚事项: words before a 的 that introduces a figure
    // modify that figure's noun (处罚事项, the head); they count as context, not as the clause's topic.
    const modifierEnd = attributiveEnd(clauseStart, clauseEnd);
    for (let i = 0; i < cueCount; i++) {
      const h = cueInfo[i]!;
      if (cueStarts[i]! >= clauseStart && cueEnds[i]! <= clauseEnd && cueEnds[i]! > modifierEnd) {
        clauseHasCue = true;
        if (cueSeenClause[h.id] === stamp) continue;
        cueSeenClause[h.id] = stamp;
        scores[h.pillar] = scores[h.pillar]! + h.weight * cw;
      } else {
        if (cueSeenRest[h.id] === stamp) continue;
        cueSeenRest[h.id] = stamp;
        scores[h.pillar] = scores[h.pillar]! + h.weight * sw;
      }
    }

    const unitKind = fig.unitInfo?.kind ?? "count";
    // Indicator: subject, unit and scope must agree with the catalog's rule. A count is judged by
    // its own clause up to the figure and the noun after it; a rate whose clause names nothing
    // (合格率达到98.04%) falls back to the sentence up to it, since rates follow the counts they
    // are computed from.
    let indicator: IndicatorRule | null = null;
    /** The figure's own clause names the indicator by itself (全程网办率93.3): the indicator then decides the pillar. */
    let namedByOwnWords = false;
    // 超过三分之二: a rough share is no catalog rate.
    const candidates = fig.rough ? undefined : INDICATORS_BY_UNIT.get(fig.unit);
    requireOwn = false;
    if (candidates) {
      // The rule words present in the clause up to the figure and its noun, plus the subject
      // when it borrowed words from elsewhere (an inherited noun).
      const pstamp = nextPresentStamp();
      let presentCount = 0;
      const to = objectEnd >= 0 ? objectEnd : fig.end + after.length + (text.charCodeAt(fig.end) === 0x7684 ? 1 : 0);
      // A list item before 分别 is judged by its own words only: the clause names every item (and
      // every level: 各县（市、区）、乡镇（街道）分别修订预案186部、1340部).
      const ownWordsOnly = item !== null;
      // 总体预案1部、专项预案12部: an item after 、 is judged from the figure before it on.
      const ownFrom = afterPrev && text.charCodeAt(prev!.end) === 0x3001 ? prev!.end : comparedFrom >= 0 ? comparedFrom : clauseStart;
      if (!ownWordsOnly) presentCount += markWordsInSpan(c, ownFrom, to, pstamp);
      if (ownWordsOnly || inherited || !textIncludes(text, subject, ownFrom, to)) presentCount += markIndicatorWords(subject, pstamp);
      // 行政复议机关收到申请2413件；受理2207件，审结2130件: the borrowed noun's domain was in the actor before its verb.
      if (borrowedActor.length >= 2) presentCount += markIndicatorWords(borrowedActor, pstamp);
      indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
      if (indicator && unitKind !== "percent" && prev === null && clauseStart > sentStart && !ownWordsOnly) {
        // 开展安全生产大检查，检查企业2.37万家次: the clauses that open the sentence without a figure
        // name its topic; when with them the figure's own words name another rule, that one is meant.
        // Only when the opening clauses add a rule word (most do not): matching is the costly part.
        markOwnWords(c, pstamp);
        if (markWordsInSpan(c, sentStart, clauseStart, pstamp) > 0) {
          requireOwn = true;
          const withTopic = matchIndicator(candidates, pstamp);
          requireOwn = false;
          if (withTopic !== null) indicator = withTopic;
        }
      }
      namedByOwnWords =
        indicator !== null &&
        unitKind === "percent" &&
        ((ownFrom === clauseStart && (!inherited || (elided && before.length === 0))) || (newLevelOf >= 0 && metrics[newLevelOf]!.indicator === indicator.slug));
      if (!indicator && ownFrom > clauseStart) {
        // 制定地方性法规2部、政府规章1部: the verb that heads the list counts for every item (the
        // first item's noun does not: 审查合同286份、规范性文件19件), and so does the actor before it
        // (电子证照库累计汇聚…种类386类、证照数据2,430万张).
        const verbAt = firstVerbAt(text, clauseStart, ownFrom);
        presentCount += verbAt >= 0 ? markWordsInSpan(c, clauseStart, verbAt + VERB_MATCHER.prefixAt(text, verbAt, ownFrom)!.length, pstamp) : 0;
        indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
      }
      // …清单，涵盖31个领域，共612项: a bare total that closes the sentence counts the list named in it.
      // …涵盖18个领域、共412项 / 涵盖22个领域共318项: the total right after another figure's noun too.
      const bareTotal = after === "" && (TOTAL_ONLY_RE.test(before) || (afterPrev && rawBefore.length <= 8 && TOTAL_AFTER_NOUN_RE.test(rawBefore)));
      if (!indicator && unitKind !== "percent" && !ownWordsOnly && (bareTotal || GENERIC_ITEM_NOUNS.some((w) => textIncludes(text, w, clauseStart, to)))) {
        // 公布不予处罚清单，新增事项64项: the items' own clause does not say which list; the list's
        // name, in an earlier clause of the sentence, does.
        const list = listNameBefore(sentStart, clauseStart);
        if (list !== null) {
          presentCount += markWordsInSpan(c, list.start, list.wordsEnd, pstamp) + markWordsInSpan(c, list.listWordStart, list.end, pstamp);
          indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
          if (indicator && bareTotal) subject = tail(tidy(stripLeading(text.slice(list.start, list.end))), MAX_SUBJECT);
        }
      }
      // 2024年全市适用“三张清单”办理案件3167件: a quoted label of lists that an earlier sentence named
      // (不予处罚、减轻处罚、从轻处罚“三张清单”) names them here too.
      if (!indicator && unitKind !== "percent" && textIncludes(text, "清单”", clauseStart, fig.start)) {
        const label = QUOTED_LIST_LABEL_RE.exec(text.slice(clauseStart, fig.start));
        const at = label !== null ? clauseStart + label.index : -1;
        const floor = Math.max(0, at - LIST_LABEL_LOOKBACK);
        const found = at > 0 ? text.slice(floor, at).lastIndexOf(label![0]) : -1;
        const named = found >= 0 ? floor + found : -1;
        if (named >= 0) {
          let from = named;
          while (from > 0 && !isClauseBreak(text.charCodeAt(from - 1))) from--;
          presentCount += markIndicatorWords(text.slice(from, named), pstamp);
          indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
        }
      }
      // (…专题培训十二期、培训人员1200余人次: the persons of that verb too.)
      if (!indicator && unitKind !== "percent" && !inherited && (prev !== null || clauseStart > sentStart) && (verbsOnly(before) || (unitKind === "person" && PERSONS_OF_VERB_RE.test(before)))) {
        // 组织执法人员培训班9期，培训1850人次: a bare verb after another figure of its sentence acts
        // on that figure's topic, and 开展行政执法人员全员轮训，累计培训2.3万人次 on the topic of the
        // clauses that open its sentence; its own verb must still name part of the rule.
        markOwnWords(c, pstamp);
        requireOwn = presentCount > 0;
        if (requireOwn) {
          presentCount += prev !== null ? markIndicatorWords(prev.subject, pstamp) : markWordsInSpan(c, sentStart, clauseStart, pstamp);
          indicator = matchIndicator(candidates, pstamp);
          // …取消15项，新增17项…行政权力事项: the verb must be one of the rule's words, not only its noun.
          if (indicator && !namesRuleWord(before, indicator)) indicator = null;
        }
        requireOwn = false;
      }
      // (组织律师深入企业开展“法治体检”，走访企业412家，提供法律服务1,068次: or an earlier clause that names them, when
      // the figure's own clause does not count them instead.)
      if (!indicator && unitKind !== "percent" && !inherited && clauseStart > sentStart && (SERVED_OPENING_RE.test(text.slice(sentStart, sentStart + 8)) || firmsServedBefore(sentStart, clauseStart, to))) {
        // 为全市2870家民营企业开展法治体检，提供法律服务1.36万件次: after a clause naming who was served,
        // a service count counts for them; its own words must still name part of the rule.
        markOwnWords(c, pstamp);
        requireOwn = presentCount > 0;
        if (requireOwn) {
          presentCount += markWordsInSpan(c, sentStart, clauseStart, pstamp);
          indicator = matchIndicator(candidates, pstamp);
        }
        requireOwn = false;
      }
      if (!indicator && unitKind === "percent") {
        // The figure's own words must still name part of the rule (调解和解率 next to 纠错率 is not a 纠错率),
        // unless it is the share the count before it makes of a total (以调解、和解方式结案3416件，占审结
        // 案件的30.5%): that count names the measure.
        const shareOfCount =
          prev !== null &&
          !afterPrev &&
          UNITS.get(prev.unit)?.kind !== "percent" &&
          SHARE_OF_TOTAL_RE.test(rawBefore) &&
          /^[，,\s]*$/.test(text.slice(prev.end, clauseStart));
        // (…直接纠错率15.9%；以调解、和解方式结案238件，占审结案件的17.6%: the count's own words are the share's, so
        // another rate of the sentence, 纠错率, is not what it measures.)
        if (shareOfCount) {
          let from = prev!.start;
          while (from > sentStart && !isClauseBreak(text.charCodeAt(from - 1))) from--;
          presentCount += markWordsInSpan(c, from, prev!.end, pstamp);
        }
        markOwnWords(c, pstamp);
        requireOwn = presentCount > 0;
        presentCount += markWordsInSpan(c, sentStart, fig.end, pstamp);
        indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
        const fromSentence = indicator !== null;
        // 收到复议申请892件；…，直接纠错率8.6%: the part after a semicolon rates what the part before counted.
        if (!indicator && c.carryIdx >= 0) {
          presentCount += markIndicatorWords(metrics[c.carryIdx]!.subject, pstamp);
          indicator = presentCount > 0 ? matchIndicator(candidates, pstamp) : null;
          // The figure before gave only the domain; the rate's own words name the measure (checked below), so the pillar follows the indicator.
          if (indicator) namedByOwnWords = true;
        }
        // （二）推进行政复议…: 直接纠错率12.3% in a sentence that names no domain rates what its heading names.
        // 受理行政复议案件943件…；其中…纠错132件，直接纠错率14.4%: or what the parts before its
        // semicolons name, or the sentence before it in its section (…收到行政复议申请2876件。在审结
        //案件中，…调解和解率25%).
        // (以调解、和解方式结案238件，占审结案件的17.6% after …直接纠错率15.9%；: a share of a count names its measure by
        // that count, and takes its domain from the parts before too.)
        if (!indicator && (requireOwn || shareOfCount) && c.topStart < c.start) {
          presentCount += markIndicatorWords(text.slice(c.topStart, c.start), pstamp);
          indicator = matchIndicator(candidates, pstamp);
        }
        const before = c.topIndex > 0 ? sentences[c.topIndex - 1] : undefined;
        if (!indicator && requireOwn && before !== undefined && before.section === c.section && before.end <= c.topStart) {
          presentCount += markIndicatorWords(text.slice(before.start, before.end), pstamp);
          indicator = matchIndicator(candidates, pstamp);
          // The rate's own words name it; the sentence before only gave the domain, so the pillar follows the indicator.
          if (indicator) namedByOwnWords = true;
        }
        // 一、行政复议案件情况 / (一)基本情况 / 纠错率24.2%: or what an enclosing heading names.
        for (let k = c.section, depth = 0; !indicator && requireOwn && k !== null && depth < 3; k = parents[k] ?? null, depth++) {
          presentCount += markIndicatorWords(sections[k]!.heading, pstamp);
          indicator = matchIndicator(candidates, pstamp);
        }
        // …行政复议工作新闻发布会实录 / 二是…直接纠错率12.4%: or the text's title, above every heading.
        if (!indicator && requireOwn && documentTitle !== "") {
          presentCount += markIndicatorWords(documentTitle, pstamp);
          indicator = matchIndicator(candidates, pstamp);
          if (indicator) namedByOwnWords = true;
        }
        // Only the domain comes from elsewhere: the rate's own words must name what it measures
        // (纠错率, 调解和解率; not 复议后起诉率 or 复议决定履行率 beside a 纠错率).
        // (A share of a total names its measure by the count before it: 以调解、和解方式结案41件，占审结案件的24.8%.)
        if (indicator && !fromSentence && !namesMeasure(indicator, shareOfCount ? sentStart : clauseStart, fig.end)) {
          indicator = null;
          namedByOwnWords = false;
        }
        // 行政复议决定履行率100% after 直接纠错率15.6%: a rate its own clause names (履行率) is not the rate the
        // sentence names (纠错率), whatever domain words they share.
        if (indicator && fromSentence && !shareOfCount && textIncludes(text, "率", clauseStart, fig.start) && namesOtherRate(indicator, clauseStart, fig.end)) {
          indicator = null;
          namedByOwnWords = false;
        }
      }
      // （五）各区行政复议工作情况 / 市本级收到3021件、受理2762件: a count its verb alone names, in the first clause of its
      // section's first sentence, counts what an enclosing heading names; the verb must still be one of the rule's words.
      // (…一审行政应诉案件102件…。已审结82件: after a sentence of its section, that sentence named the domain.)
      const firstOfSection = c.topIndex === 0 || sentences[c.topIndex - 1]!.section !== c.section || (c.section !== null && sentences[c.topIndex - 1]!.start === sections[c.section]!.headingStart);
      if (!indicator && unitKind !== "percent" && !inherited && firstOfSection && verbsOnly(subject) && c.section !== null && presentCount > 0 && !textIncludes(text, "，", sentStart, clauseStart)) {
        markOwnWords(c, pstamp);
        requireOwn = true;
        for (let k: number | null = c.section, depth = 0; !indicator && k !== null && depth < 3; k = parents[k] ?? null, depth++) {
          presentCount += markIndicatorWords(sections[k]!.heading, pstamp);
          indicator = matchIndicator(candidates, pstamp);
        }
        requireOwn = false;
        if (indicator && !namesRuleWord(subject, indicator)) indicator = null;
      }
    }
    // 受理行政复议案件2876件，其中市本级1012件 / 行政复议机构受理案件2876件，其中市本级受理1012件: a
    // figure that borrows its noun and adds only another level, or that level and the other figure's
    // own verb, measures what that figure measures (审查…文件247件，审查纠错9件 does not).
    if (
      !indicator &&
      elided &&
      candidates &&
      inhPrev !== null &&
      inhPrev.indicator !== null &&
      scope !== inhPrev.scope &&
      (copulaOnly || fillerOnly || scopeOnly || before.length === 0 || (verbsOnly(before) && inhPrev.subject.includes(before)))
    ) {
      indicator = candidates.find((r) => r.slug === inhPrev.indicator) ?? null;
    }
    // 收到行政复议申请1053件，…，其中调解和解303件: a figure that borrows its noun counts what its own
    // verb did to it; an indicator its borrowed noun names by itself is the noun's, not the figure's.
    if (indicator && elided && !copulaOnly && !fillerOnly && !scopeOnly && before.length > 0 && candidates && prevAux && prevAux.noun && !namesRuleWord(before, indicator)) {
      requireOwn = false;
      const nounStamp = nextPresentStamp();
      if (markIndicatorWords(prevAux.noun, nounStamp) > 0 && matchIndicator(candidates, nounStamp) === indicator) indicator = null;
    }
    // 2025年，力争纠错率保持在10%左右: a figure dated after the report's year, after 力争 or in a
    // section of plans is a target, not a result.
    /** A goal's indicator (力争全程网办率达到95%): no result, but its own words still file it under the indicator's pillar. */
    let goal: IndicatorRule | null = null;
    const resultYear = statedYear !== null && reportYear !== null && statedYear <= reportYear;
    // 二、存在的问题 / 2024年市级案卷评查中我县有7卷被评为不合格: a shortcoming, even with its year.
    const shortcoming = c.section !== null && problemSection(c.section);
    // (Under a heading of shortcomings and plans together, only target words make a goal: 仍有12个乡镇未配备… is a shortcoming.)
    // (今年1至2月，该市又新收…512件 in a March article on last year: a later year's months so far are results, not goals.)
    // (Only in a text written in that later year: 2025年上半年新建…50个 in a 2024 report is a plan.)
    const laterYearSoFar = period !== null && reportYear !== null && period > reportYear && relativeYearBase !== null && relativeYearBase >= period && partOfYear(sentStart, fig.start, null) !== null;
    // (截至2025年6月底已整改到位118个 in a 2024 audit report: what was done by a later date is a result at that date.)
    // (The date must name that later year, and the figure follow it in the same sentence.)
    const doneBy = period !== null && reportYear !== null && period > reportYear ? DONE_BY_DATE_RE.exec(text.slice(sentStart, fig.start)) : null;
    const doneByLaterDate = doneBy !== null && Number(doneBy[1]) === period;
    const target =
      fig.goal === true ||
      (period !== null && reportYear !== null && period > reportYear && !(toDate !== null && period === toDate.year) && !laterYearSoFar && !doneByLaterDate) || isTarget(sentStart, fig.start, resultYear || shortcoming || ownSpan ? null : c.section, c);
    if (indicator && (target || shortcoming)) {
      goal = indicator;
      indicator = null;
    }
    if (indicator) {
      const p = PILLAR_INDEX.get(indicator.pillar)!;
      scores[p] = scores[p]! + INDICATOR_BONUS;
    }
    let bestIdx = 5; // other
    let best = 0;
    let total = 0;
    for (let i = 0; i < 6; i++) {
      total += scores[i]!;
      if (scores[i]! > best) {
        best = scores[i]!;
        bestIdx = i;
      }
    }
    let pillar: PillarId = PILLAR_IDS[bestIdx]!;
    let pillarCues: string[] = best > 0 ? explainPillar(bestIdx, c, clauseStart, clauseEnd, indicator) : [];
    /** The figure before this one in its sentence, or in the part before its semicolon. */
    // (…；二是深化…，力争12345工单满意率…: a figure of another 一是/二是 item lends no field.)
    const figureBefore = prev ?? (c.carryIdx >= 0 && sentences[aux[c.carryIdx]!.sentence]!.section === c.section ? metrics[c.carryIdx]! : null);
    // A figure whose subject is elided (审结203件 after 立案220件) continues the previous figure's
    // topic: it takes that figure's pillar unless its own clause has cues of its own.
    if (inherited && inhPrev && inhPrev.pillar !== pillar && !clauseHasCue) {
      pillar = inhPrev.pillar;
      pillarCues = ["inherited:previous-figure", ...inhPrev.pillarCues];
    } else if (!indicator && !clauseHasCue && unitKind === "percent" && prev !== null && prev.pillar !== pillar && UNITS.get(prev.unit)?.kind !== "percent" && SHARE_SUBJECT_RE.test(subject)) {
      // 办理法律援助案件5230件，我市占比16.5%: a share of the count before it is in that count's field.
      pillar = prev.pillar;
      pillarCues = ["inherited:previous-figure", ...prev.pillarCues];
    } else if (
      !indicator &&
      !clauseHasCue &&
      unitKind === "percent" &&
      prev !== null &&
      prev.pillar !== pillar &&
      (UNITS.get(prev.unit)?.kind !== "percent" || prev.pillarCues[0] === "inherited:previous-figure")
    ) {
      // 受理12369环保举报件4328件，办结率100%，群众满意率98.6%: a rate that names no field rates the count before it
      // in its sentence, whatever the heading's field.
      pillar = prev.pillar;
      pillarCues = ["inherited:previous-figure", ...prev.pillarCues];
    } else if (best === 0 && !indicator && figureBefore !== null && figureBefore.pillar !== pillar) {
      // 依法受理3415件，受理率88.4%: a figure with no cue in its clause, sentence or headings is in the
      // field of the figure before it in its sentence (or in the part before its semicolon: …为17.2%；广陵区最低，为6.4%).
      pillar = figureBefore.pillar;
      pillarCues = ["inherited:previous-figure", ...figureBefore.pillarCues];
    } else if (best === 0 && !indicator && figureBefore === null && metrics.length > 0 && BREAKDOWN_LEAD_RE.test(text.slice(sentStart, sentStart + 12))) {
      // 全省…共收到行政复议申请2.15万件。分地区看，南昌市收到申请5218件: a figure with no cue anywhere, in a
      // sentence that breaks the one before down (分地区看, 从…看, 其中), that counts the noun the last figure of its
      // paragraph counts (申请) goes on with that figure's field.
      const last = metrics[metrics.length - 1]!;
      const noun = subject.slice(-2);
      if (last.pillar !== pillar && last.unit === fig.unit && noun.length === 2 && last.subject.endsWith(noun) && !textIncludes(text, "\n", last.end, fig.start)) {
        pillar = last.pillar;
        pillarCues = ["inherited:previous-figure", ...last.pillarCues];
      }
    }
    // 清理文件612件，废止58件 / 其中调解和解34件: a figure that borrows its noun from another but
    // does something else to it (its own verb) is a part or a sibling, not the other's indicator.
    if (indicator && inhPrev && inhPrev.indicator === indicator.slug && (inherited || PART_OF_WORDS.some((w) => rawBefore.includes(w)))) {
      const ownVerb = firstVerb(before);
      // (全市新收2186件，其中市本级收到612件: 收到 and 新收 name one action.)
      if (ownVerb !== null && !inhPrev.subject.includes(ownVerb) && !(SAME_ACTION_VERBS.get(ownVerb) ?? []).some((v) => inhPrev.subject.includes(v))) indicator = null;
    }
    // An indicator belongs to one pillar. When the figure's own words name it, it files the figure
    // (全程网办率 is a business-environment indicator though 网办 is a digital cue); otherwise a
    // figure filed elsewhere is not that indicator's figure.
    if (goal !== null && namedByOwnWords && goal.pillar !== pillar) {
      pillar = goal.pillar;
      pillarCues = [`indicator:${goal.slug}`, ...explainPillar(PILLAR_INDEX.get(goal.pillar)!, c, clauseStart, clauseEnd, null)];
    }
    if (indicator && indicator.pillar !== pillar) {
      if (namedByOwnWords) {
        pillar = indicator.pillar;
        pillarCues = [`indicator:${indicator.slug}`, ...explainPillar(PILLAR_INDEX.get(indicator.pillar)!, c, clauseStart, clauseEnd, indicator).filter((k) => !k.startsWith("indicator:"))];
      } else indicator = null;
    }
    // Catalog indicators are annual totals: not a sum over several years (2020—2022年累计…) nor one
    // category of a total (市场监管类45件).
    // “十四五”以来，…。法律顾问实现全覆盖，共聘请法律顾问426名: a stock under a span its own sentence does
    // not state counts what stands at the span's end, this year.
    if (multiYear && spanFromContext && indicator !== null && indicator.stock) multiYear = false;
    if (indicator && (multiYear || countsPlaces || (!inherited && BREAKDOWN_SUFFIXES.suffixAt(subject, subject.length) !== null && !ALL_KINDS_RE.test(subject)))) indicator = null;
    // Nor a part of the year (今年一季度…629件, 1—6月) nor an average (人均办案量超过44件).
    let coverage: MetricCoverage | null = multiYear
      ? { kind: "multi-year", text: spanWords }
      : toDate !== null && (period === toDate.year || (period === null && toDate.year === reportYear))
        ? // (今年1至11月: the months, when the sentence names them, say more than 今年.)
          partOfYearWordsOr({ kind: "part-year", text: text.slice(toDate.at, toDate.end) }, partOfYear(sentStart, fig.start, c.section, c))
        : partOfYear(sentStart, fig.start, c.section, c);
    // (全市平均全程网办率为91.7%: a rate averaged over a place's parts is the place's rate; a count per person or per item is no total.)
    if (namedItem) indicator = null;
    if (indicator && (coverage !== null || EPIDEMIC_PERIOD_WORDS.scanFirst(text, sentStart, fig.start) >= 0 || (unitKind !== "percent" && (PER_UNIT_WORDS.scanFirst(text, clauseStart, fig.start) >= 0 || PER_UNIT_WORDS.scanFirst(subject, 0, subject.length) >= 0)))) indicator = null;
    // …第一批13个、第二批8个重点事项全部落地，另推出特色“一件事”15个: what was added beside earlier counts of its
    // kind in the sentence is one part of an unstated total, not the total.
    // (…第一批13个、第二批8个“一件事”全部上线，我市还结合实际推出…12个特色“一件事”: nor one batch of several the
    // sentence counts, nor what a clause adds with 还.)
    const ownWordsFrom = prev !== null && prev.end > clauseStart ? prev.end : clauseStart;
    if (indicator && BATCH_RE.test(text.slice(ownWordsFrom, fig.start)) && (text.slice(sentStart, c.end).match(BATCHES_RE)?.length ?? 0) >= 2) indicator = null;
    if (indicator && (ADDED_BESIDE_RE.test(subject) || ADDED_BESIDE_CLAUSE_RE.test(text.slice(clauseStart, fig.start))) && sameUnitEarlierInSentence(fig.unit, c.topIndex)) indicator = null;
    // 开展疫情防控执法检查1.16万次: the epidemic's checks are one topic's, not the year's inspections.
    // (在统筹疫情防控和经济社会发展中全市共收到…: a frame before the actor, further back, is no topic of the figure's own.)
    if (indicator && EPIDEMIC_TOPIC_WORDS.scanFirst(text, Math.max(clauseStart, fig.start - TOPIC_BEFORE_FIGURE_MAX), fig.end + after.length) >= 0) indicator = null;
    // 调解涉疫纠纷3418件, 受理涉企复议案件: one topic's share of the total; 为1260家企业提供…: who was served.
    // 全年因行政执法行为被申请行政复议1246件，审结1046件，直接纠错率11.3%: one topic's figures throughout the sentence.
    if (prevIdx < 0 && SUBSET_RE.test(subject)) c.subsetTopic = true;
    // 梳理教育领域政务服务事项43项，…，全程网办率达95.3%: a sector's items, and the rate of them later in the sentence.
    const sector = SECTOR_RE.test(subject);
    if (prevIdx < 0 && sector) c.sectorTopic = true;
    // (…，全市依申请政务服务事项全程网办率达98.5%: a rate whose clause names its own whole is the place's.)
    if (indicator && (sector || (c.sectorTopic && unitKind === "percent" && !scopeWordIn(clauseStart, fig.start)))) indicator = null;
    if (indicator && (servedOnly || c.subsetTopic || SUBSET_RE.test(subject) || BENEFICIARY_RE.test(text.slice(clauseStart, fig.start)))) indicator = null;
    // 市市场监管局被申请行政复议案件最多，达126件: one department's cases as the respondent, not the place's;
    // the department is whose figure it is.
    // (Every respondent's words hold 被.)
    const respondentFrom = Math.max(sentStart, clauseStart - RESPONDENT_LOOKBACK);
    const respondent = scope === null && textIncludes(text, "被", respondentFrom, fig.start) ? RESPONDENT_OFFICE_RE.exec(text.slice(respondentFrom, fig.start)) : null;
    if (respondent !== null) {
      indicator = null;
      scope = respondent[1]!;
    }
    if (indicator && unitKind === "percent" && PLACES_MEETING_RE.test(text.slice(clauseStart, fig.start))) indicator = null;
    if (indicator && indicator.noneInClause.some((w) => textIncludes(text, w, clauseStart, fig.start))) indicator = null;
    // 行政机关据此作出行政处罚298件 after a procuratorate's 检察意见: the outcome of its work, not the place's penalties.
    if (indicator && CONSEQUENCE_WORDS.scanFirst(text, clauseStart, fig.start) >= 0) indicator = null;
    // (5项重大行政决策事项均进行了合法性审查: what all of them underwent leaves them the catalogue's count.)
    if (indicator && indicator.noneAfterInClause.some((w) => textIncludes(text, w, fig.end, clauseEnd)) && !ALL_OF_THEM_RE.test(text.slice(fig.end, clauseEnd))) indicator = null;
    // 区综合执法局全年办理行政处罚案件438件: one department's count, not the place's, unless the measure is
    // one that department keeps for its place (a justice bureau's 复议) or that only the place has.
    if (indicator && !indicator.placeOnly && (textIncludes(text, "局", clauseStart, fig.start) || textIncludes(text, "队", clauseStart, fig.start))) {
      const actor = DEPARTMENT_ACTOR_RE.exec(text.slice(clauseStart, fig.start));
      if (actor !== null && !indicator.reportedBy.some((w) => actor[1]!.endsWith(w))) indicator = null;
    }
    // 抽查5,418次，抽查市场主体2.31万户次: the firms one round of inspections visited, after its count of inspections,
    // are no second count of them.
    if (indicator && ENTITY_VISIT_UNITS.has(fig.unit) && prev !== null && prev.indicator === indicator.slug && prev.unit === "次" && prev.start >= sentStart) indicator = null;
    // 全县各行政执法部门分别开展执法检查23次、18次和9次: one figure per body of a level that is not named,
    // each a part of a total the text does not give; none is the place's.
    if (indicator && textIncludes(text, "分别", sentStart, fig.start) && EACH_BODY_DISTRIBUTION_RE.test(text.slice(sentStart, fig.start))) indicator = null;
    // 全市公安机关…，通过率97.3%; 公安政务服务好评率99.6%: one line of offices' figure (in a place's report), not the place's.
    // (省市场监管局、省生态环境厅等11个省直部门…，全省公布…: a list of lines is the place's offices, and a clause
    // that opens with the whole place speaks for it.)
    if (indicator && !options.ownOffice) {
      const clauseOpening = text.slice(clauseStart, fig.start);
      const line =
        oneLineActor(clauseOpening) ?? (WHOLE_PLACE_OPENING_RE.test(clauseOpening) ? null : oneLineActor(text.slice(sentStart, firstPartEnd(sentStart, fig.start)))) ?? oneLineActor(subject);
      if (line !== null && !indicator.reportedBy.some((w) => w.startsWith(line))) indicator = null;
    }
    // 全年汇聚政务数据27亿条，累计汇聚127亿条: a level's indicator takes the level, not what the year added to it.
    if (indicator && indicator.stock && YEAR_FLOW_WORDS.scanFirst(text, clauseStart, fig.start) >= 0) indicator = null;
    // 连续四年保持在99%以上: a threshold held over years, not this year's level.
    if (indicator && fig.approx && STREAK_RE.test(text.slice(clauseStart, fig.start))) indicator = null;
    // 评估组评查的300卷案卷中, 问卷结果显示，受访企业…满意度88.9%: the evaluation's own sample, not the government's work.
    if (indicator && (evaluationBefore(c, fig.start) || (options.thirdParty === true && (RESPONDENT_RE.test(text.slice(clauseStart, fig.start)) || RESPONDENT_RE.test(subject))))) indicator = null;
    // 四、政府信息公开行政复议、行政诉讼情况: a section (or report) on one narrow topic counts that topic's cases only.
    if (indicator && (options.topicOnly === true || (indicator.pillar === "reconsideration" && c.section !== null && headedBy(c.section, topicOnlyHeadings)))) indicator = null;
    // 办理12345热线工单2.14万件，…，群众满意度97.8%: the sentence says what was rated, unless the
    // figure's own clause names it (…热线…，政务服务好评率99.8%).
    if (
      indicator &&
      indicator.noneInSentence.some((w) => textIncludes(text, w, sentStart, fig.start)) &&
      !indicator.namedBy.some((w) => textIncludes(text, w, clauseStart, fig.start))
    )
      indicator = null;
    // …开展行政检查2.84万户次，通过“亮码检查”开展涉企检查19852户次: after the total in its sentence, what
    // one named channel did is a share of it, unless the channel's name is the indicator's (通过“互联网+监管”
    // 系统…). Alone in its sentence (通过“双随机、一公开”平台开展抽查6300次) it is the place's count.
    if (indicator && unitKind !== "percent") {
      const channel = CHANNEL_RE.exec(text.slice(clauseStart, fig.start));
      if (channel !== null && !indicator.all.some((g) => g.some((w) => w.length >= 3 && channel[1]!.includes(w)))) {
        const slug = indicator.slug;
        for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence >= c.topIndex; k--) {
          if (metrics[k]!.indicator === slug) {
            indicator = null;
            break;
          }
        }
      }
    }
    // “浙里复议”应用上线以来，网上申请行政复议2.31万件: a sum over the years since a launch.
    // (Every such word ends in 以来: look for that first, the words start with common characters.)
    if (indicator && !indicator.stock && textIncludes(text, "以来", sentStart, fig.start) && SINCE_LAUNCH_WORDS.scanFirst(text, sentStart, fig.start) >= 0) indicator = null;
    // 截至2023年底，省人大常委会累计制定法规46件: a running total, not the year's acts.
    // Its coverage says so (截至2025年底累计), unless a stock's indicator takes it (截至年底共有法律顾问426名 is the year-end stock).
    const cumulative = coverage === null ? CUMULATIVE_WORDS.scanFirst(text, clauseStart, fig.start) : -1;
    if (cumulative >= 0 && !(indicator !== null && indicator.stock)) {
      // (…累计归集数据21.6亿余条（其中2024年新增4.8亿条）: an aside in brackets after the total is no running total.)
      let until = openBracketBefore(text, fig.start, cumulative) < 0 ? UNTIL_WORDS.scanFirst(text, sentStart, fig.start) : -1;
      // 截至2025年底，全市累计建成…326个；累计投入资金1.2亿元: the date that opens a chain of parts dates the
      // running totals of its later parts too, unless a part names a year of its own.
      if (until < 0 && c.topStart < sentStart && openBracketBefore(text, fig.start, cumulative) < 0 && !ANY_YEAR_RE.test(text.slice(sentStart, fig.start))) until = UNTIL_WORDS.scanFirst(text, c.topStart, sentStart);
      if (until >= 0) {
        let untilEnd = until;
        while (untilEnd < fig.start && untilEnd - until < RUNNING_TOTAL_DATE_MAX && !isClauseBreak(text.charCodeAt(untilEnd))) untilEnd++;
        coverage = { kind: "multi-year", text: `${text.slice(until, untilEnd)}${CUMULATIVE_WORDS.list[0]}` };
        indicator = null;
      }
    }
    // “高效办成一件事”新推出28个，累计达到55个: a running total right after the year's count of the same measure.
    if (
      coverage === null &&
      cumulative >= 0 &&
      indicator !== null &&
      !indicator.stock &&
      prev !== null &&
      prevIdx === metrics.length - 1 &&
      prev.indicator === indicator.slug &&
      prev.unit === fig.unit &&
      prev.end < clauseStart
    ) {
      coverage = { kind: "multi-year", text: CUMULATIVE_WORDS.list[0]! };
      indicator = null;
    }
    // 局本级持证人员43人: one office's figure in a department's report; 全国…结案3.7万件: the nation's. No place's.
    // A data bureau's 全程网办率达91.6%, a market regulator's 新设立市场主体10.6万户: a measure only the place has
    // is the place's, whatever office reports it, unless the office's own level is stated. A measure the place
    // keeps through its service and data offices (`reportedBy`: 全程网办率, 好评率, 政务数据) is the place's only in
    // those offices' reports (or an office not named): a health-insurance bureau's 办件好评率 is its own counters'.
    // A justice bureau's 受理法律援助案件1068件, an emergency bureau's 组织应急演练…: a measure the office keeps for
    // its whole place is the place's in the office's own report too.
    // (A rate that took 局本级 from the count it rates took a default too, unless the office's own level is stated.)
    const officeDefaulted = officeByDefault || (options.ownOffice === true && scope === OFFICE_SCOPE && !officeLevelStated(Math.min(c.topStart, sentStart), fig.start));
    if (indicator && officeDefaulted && ((indicator.placeOnly && (indicator.reportedBy.length === 0 || officeName === "")) || indicator.reportedBy.some((w) => officeName.endsWith(w)))) scope = null;
    // 全市应急管理系统组织开展应急演练1826场次 in the emergency bureau's report: the line of a measure it keeps
    // for its place covers the whole place.
    else if (indicator && systemWhole !== null && scope === OFFICE_SYSTEM_SCOPE && indicator.reportedBy.some((w) => officeName.endsWith(w))) scope = systemWhole;
    else if (indicator && scope !== null && NO_PLACE_SCOPES.has(scope)) indicator = null;
    // A health commission's 全市医疗纠纷人民调解委员会…受理437件, 全市卫生健康监督机构查处案件1354件: in an office's
    // own report, 全市 is its line of work across the place. Only a measure that only the place has, or one this
    // office keeps for the place (`reportedBy`), is the place's.
    else if (
      indicator &&
      options.ownOffice &&
      officeName !== "" &&
      !officeSpeaksForPlace &&
      scope !== null &&
      WHOLE_PLACE_SCOPE_RE.test(scope) &&
      !indicator.placeOnly &&
      !indicator.reportedBy.some((w) => officeName.endsWith(w)) &&
      !(allOfficesActorIn(sentStart, sentEnd) < fig.start)
    )
      indicator = null;
    // 7卷被评为不合格: the count of one outcome, not the total reviewed.
    if (indicator && OUTCOME_AFTER.prefixAt(text, fig.end) !== null) indicator = null;
    // 出庭应诉率尚未达到百分之百: what was not reached; 14个领域: a count of fields, not of the items.
    // (21个省级部门公布…: a level word before the container noun, 省级, 市直, is part of it.)
    const container = unitKind !== "percent" ? after.slice(SCOPE_MATCHER.prefixAt(after, 0)?.length ?? 0) : "";
    if (indicator && (NEGATION_WORDS.scanFirst(text, clauseStart, fig.start) >= 0 || (unitKind !== "percent" && CONTAINER_NOUNS.some((w) => after.startsWith(w) || after.endsWith(w) || container.startsWith(w))))) indicator = null;
    // 减少重复检查1.2万户次: the amount cut, not the level, unless the indicator counts the cuts.
    // 由320件减少至286件: the level reached after a reduction is a level, not the amount cut.
    if (indicator && newLevelOf < 0 && REDUCTION_WORDS.some((w) => textIncludes(text, w, clauseStart, fig.start) && !namesRuleWord(w, indicator!))) indicator = null;

    // 本人亲自审查重大合同12份 (an official's 述职报告): one person's acts, not the place's output.
    if (personalActor(sentStart, clauseStart, fig.start, scope)) {
      scope = PERSONAL_SCOPE;
      indicator = null;
    }
    // 合法性审查规范性文件4件、合同协议217份、其他涉法事务63件: one item of a list of kinds is not the total over kinds.
    if (indicator && indicator.totalOfKinds && (text.charCodeAt(fig.end) === 0x3001 || (prev !== null && prev.end <= fig.start && prev.start >= sentStart && text.charCodeAt(prev.end) === 0x3001))) indicator = null;
    // 审查合同、协议132件，对重大行政决策开展合法性审查46件: two kinds of one total in a sentence, each in a clause of
    // its own: neither is the total. (合法性审查1520件 names no kind: the total; 上年同期…298件 is another year's.)
    if (indicator && indicator.totalOfKinds) {
      const mine = kindOf(subject);
      for (let k = metrics.length - 1; mine !== undefined && k >= 0 && aux[k]!.sentence === c.index; k--) {
        const other = metrics[k]!;
        // (由2021年的1340件增至3125件: one kind's earlier level is no other kind.)
        if (other.subject === subject) break;
        const theirs = kindOf(other.subject);
        if (other.partOf !== null || other.period !== null || theirs === undefined || theirs === mine || indicator.none.some((w) => other.subject.includes(w))) continue;
        if (indicator.all.every((g) => g.some((w) => other.subject.includes(w)))) {
          if (other.indicator === indicator.slug) dropIndicator(other);
          indicator = null;
          break;
        }
      }
    }
    // 法律顾问团由7名律师和2名法学专家组成: the members of a body by kind are parts of a total the sentence does not state.
    if (indicator && textIncludes(text, "由", clauseStart, fig.start) && textIncludes(text, "组成", fig.end, clauseEnd)) indicator = null;
    if (pastList) indicator = null;
    // (A system line's figure that no kept measure took stays the line's.)
    if (systemWhole !== null && indicator === null && scope === systemWhole) scope = OFFICE_SYSTEM_SCOPE;

    let confidence = 0.9;
    if (fig.chinese) confidence -= 0.15;
    if (subject.length < 2) confidence -= 0.15;
    if (best === 0) confidence -= 0.1;
    else if (best / total < 0.5) confidence -= 0.1;
    if (unitKind === "duration" || unitKind === "measure") confidence -= 0.05;
    if (indicator) confidence += INDICATOR_CONFIDENCE;

    // Every entry has all the properties from the start (no optional spread, none added later): one object shape.
    aux.push({ noun: sn.noun, verbFirst: sn.verbFirst, sentence: c.index, baseOf, elided, categoryOf: undefined, namedUnit: namedItem, laterItem, officeDefault: officeByDefault && scope === OFFICE_SCOPE, actor: borrowedActor, newLevelOf });
    // 每千人拥有市场主体…6.8户, 每万人拥有律师3.2名: a count per so many residents is a density, its unit says per what.
    const perBase = unitKind !== "percent" && fig.unitInfo !== null ? PER_BASE_RE.exec(text.slice(clauseStart, fig.start)) : null;
    return {
      value: fig.value,
      unit: perBase !== null ? `${fig.unit}/${perBase[1] ?? perBase[2]}` : benchmarkOf !== null && benchmarkOf.unit.startsWith(`${fig.unit}/`) ? benchmarkOf.unit : fig.unit,
      approx: fig.approx,
      bound: fig.approx ? fig.bound : null,
      text: text.slice(fig.start, fig.end),
      start: fig.start,
      end: fig.end,
      subject,
      sentence: text.slice(sentStart, sentEnd),
      sentenceStart: sentStart,
      sentenceEnd: sentEnd,
      scope,
      period,
      coverage,
      target,
      change: null,
      partOf: null,
      pillar,
      pillarCues,
      indicator: indicator?.slug ?? null,
      confidence: Math.round(Math.min(0.99, Math.max(0.3, confidence)) * 100) / 100,
    };
  }

  /**
   * End of an attributive phrase in a clause: the last 的 (after a verb of relation, 涉及的 / 涉及到的 /
   * 所涉 … 的) directly followed by a figure, or clauseStart when there is none.
   */
  function attributiveEnd(clauseStart: number, clauseEnd: number): number {
    let end = clauseStart;
    for (let p = clauseStart; p < clauseEnd - 1; p++) {
      if (text.charCodeAt(p) !== 0x7684) continue; // 的
      const next = text.charCodeAt(p + 1);
      if (!(isDigit(next) || CN_DIGIT_CHARS.has(next))) continue;
      const lead = text.slice(Math.max(clauseStart, p - 4), p);
      if (RELATION_BEFORE_DE_RE.test(lead)) end = p;
    }
    return end;
  }

  /** The paragraph of prose before the table a row at `rowStart` belongs to (…行政复议…收案情况见下表。), its last TABLE_LEAD_MAX characters, over at most TABLE_LEAD_LINES lines of rows. */
  /**
   * The rule a table's label names with the words of `context` (the caption, the sentence leading into the table)
   * beside its own, when the label itself still names a word of that rule; else null.
   */
  function labelRuleWith(label: string, context: string, candidates: IndicatorRule[]): IndicatorRule | null {
    const stamp = nextPresentStamp();
    markIndicatorWords(label, stamp);
    if (markIndicatorWords(context, stamp) === 0) return null;
    const rule = matchIndicator(candidates, stamp);
    return rule !== null && namesRuleWord(label, rule) ? rule : null;
  }

  function tableLead(rowStart: number): string | null {
    let end = text.lastIndexOf("\n", rowStart - 1);
    for (let k = 0; k < TABLE_LEAD_LINES && end > 0; k++) {
      const from = text.lastIndexOf("\n", end - 1) + 1;
      const line = text.slice(from, end);
      if (/[。；]/.test(line)) return line.length <= TABLE_LEAD_MAX ? line : line.slice(-TABLE_LEAD_MAX);
      end = from - 1;
    }
    return null;
  }

  /**
   * The level a table's caption names for a row that states none (表1 2024年全市卫生监督执法主要数据: 全市), else null.
   * (Only a caption that names one level, the report's own whole or a part of it: not 表3 市本级与全市…对比, nor
   * 全省各地… in a city's report.) `labelNoLevel`: the row's label names a level that is not the figure's (a respondent).
   */
  /** Whether a row of the table above `row` (its lines run on without a gap) is the government's own level (市本级). */
  function ownLevelRowAbove(row: TableRow): boolean {
    for (let j = tableRows.indexOf(row) - 1; j >= 0 && text.slice(tableRows[j]!.end, tableRows[j + 1]!.start).trim() === ""; j--) {
      const label = tableRows[j]!.label;
      if (SCOPE_MATCHER.has(label) && scopeOf(label).endsWith("本级")) return true;
    }
    return false;
  }

  function captionLevel(row: TableRow, labelNoLevel = false): string | null {
    const caption = row.caption;
    if (caption === undefined || (!labelNoLevel && SCOPE_MATCHER.scanFirst(text, row.start, row.end) >= 0)) return null;
    const at = SCOPE_MATCHER.scanFirst(text, caption.start, caption.end);
    const word = at >= 0 ? SCOPE_MATCHER.prefixAt(text, at)! : null;
    const level = word !== null && SCOPE_MATCHER.scanFirst(text, at + word.length, caption.end) < 0 ? scopeOf(word) : null;
    return level !== null && !NO_PLACE_SCOPES.has(level) && (!level.startsWith("全") || level === `全${ownChar}`) ? level : null;
  }

  /**
   * …市交通运输局道路运输许可、市农业农村局农药经营许可增幅较大，分别增长12.6%和9.8%: a clause that opens with 分别
   * hands its values to the list the clause before it names (one with no figure of its own), less what that clause
   * says of them all (增幅较大).
   */
  function listInClauseBefore(clauseStart: number, rawBefore: string, prev: ExtractedMetric | null): Distribution | null {
    if (!DISTRIBUTION_OPENING_RE.test(rawBefore) || clauseStart < 2 || (prev !== null && prev.end >= clauseStart - 1)) return null;
    let from = clauseStart - 1;
    while (from > 0 && !isClauseBreak(text.charCodeAt(from - 1))) from--;
    const named = text.slice(from, clauseStart - 1).replace(LIST_VERDICT_TAIL_RE, "");
    if (/[0-9]/.test(named)) return null;
    return readDistribution(named + rawBefore.trimStart(), LIST_CLAUSE_ITEM_MAX);
  }

  /** The short label alone on the line that ends at `lineEnd` (a chart caption: 法律援助案件), else null. */
  function captionAbove(lineEnd: number): string | null {
    if (lineEnd <= 0) return null;
    const from = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const label = text.slice(from, lineEnd).trim();
    return CAPTION_LABEL_RE.test(label) ? label : null;
  }

  /** The short label alone on the line that starts at `lineStart`, else null. */
  function captionBelow(lineStart: number): string | null {
    if (lineStart >= text.length) return null;
    const to = text.indexOf("\n", lineStart);
    const label = text.slice(lineStart, to < 0 ? text.length : to).trim();
    return CAPTION_LABEL_RE.test(label) ? label : null;
  }

  /** Whether the line that starts at `lineStart` holds only a figure (38652件, 12.4%): a data card's number. */
  function figureLineAt(lineStart: number): boolean {
    const to = text.indexOf("\n", lineStart);
    return isFigureLine(text.slice(lineStart, to < 0 ? text.length : to));
  }

  /**
   * The caption of a line that holds only a figure. Data cards put the label above the number (法律援助案件 /
   * 3562件) or below it (38652件 / 全省收到行政复议申请 / 14.6% / 同比增长). A run of cards with no label above its first
   * number has its labels below, one with no label below its last number above; a run with both takes its labels
   * below only under a block title (数说上半年, 数据速览), else above (a heading may follow the run: 主要做法).
   */
  function cardCaption(lineStart: number): string | null {
    const lineEnd = text.indexOf("\n", lineStart);
    const above = captionAbove(lineStart - 1);
    const below = lineEnd < 0 ? null : captionBelow(lineEnd + 1);
    if (above === null || below === null) return above ?? below;
    // The run's first number: up past label and number line pairs.
    let first = lineStart;
    for (;;) {
      const labelStart = text.lastIndexOf("\n", first - 2) + 1;
      if (labelStart <= 0 || captionAbove(first - 1) === null) break;
      const numberStart = text.lastIndexOf("\n", labelStart - 2) + 1;
      if (!figureLineAt(numberStart)) break;
      first = numberStart;
    }
    // The run's last number: down past label and number line pairs.
    let last = lineEnd;
    for (;;) {
      const labelEnd = text.indexOf("\n", last + 1);
      if (labelEnd < 0 || captionBelow(last + 1) === null || !figureLineAt(labelEnd + 1)) break;
      const numberEnd = text.indexOf("\n", labelEnd + 1);
      last = numberEnd < 0 ? text.length : numberEnd;
      if (numberEnd < 0) break;
    }
    const top = captionAbove(first - 1);
    const bottom = last >= text.length ? null : captionBelow(last + 1);
    if (top === null) return below;
    if (bottom === null) return above;
    return CARD_BLOCK_TITLE_RE.test(top) ? below : above;
  }

  /**
   * Whether a figure tells one person's story (a feature's anecdote): a singular personal pronoun
   * (他, 她, 我 but not 我市 or 其他) in its sentence before it, and no level or place word in its clause
   * that would make it a statistic (全市…, 全镇…).
   */
  function personalStory(sentStart: number, clauseStart: number, fig: Figure): boolean {
    if (fig.unitInfo?.kind === "percent") return false;
    // (Most sentences hold no 他, 她 or 我: look for one before slicing.)
    let any = false;
    for (let i = sentStart; i < fig.start && !any; i++) {
      const c = text.charCodeAt(i);
      any = c === 0x4ed6 || c === 0x5979 || c === 0x6211;
    }
    if (!any) return false;
    const before = text.slice(sentStart, fig.start);
    // (他介绍，今年共受理…: the speaker who gives a statistic is no actor of it.)
    PERSONAL_PRONOUN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let actor = false;
    while (!actor && (m = PERSONAL_PRONOUN_RE.exec(before)) !== null) actor = !SPEAKER_VERB_RE.test(before.slice(m.index + 1, m.index + 4));
    return actor && !scopeWordIn(clauseStart, fig.start);
  }

  /** After a part one named community or street did (其中，柳新镇…1128件): another such part in the same unit. */
  /**
   * 合格率较上年提升2.5个百分点 after 合格率…96.9% in the sentence: the figure, with no change yet, whose subject
   * is all the change's clause names before its basis; else -1. A change in 个百分点 goes only to a rate.
   */
  function figureNamedBefore(sentence: number, clauseStart: number, change: MetricChange): number {
    const named = tidy(stripLeading(text.slice(clauseStart, change.start)));
    if (named.length < 2) return -1;
    for (let k = metrics.length - 1; k >= 0 && aux[k]!.sentence === sentence; k--) {
      const m = metrics[k]!;
      if (m.change !== null || m.subject !== named) continue;
      const rate = UNITS.get(m.unit)?.kind === "percent";
      return change.unit === "个百分点" ? (rate ? k : -1) : change.unit === "%" || change.unit === m.unit ? k : -1;
    }
    return -1;
  }

  /**
   * 其中市本级1890件，乡镇综合执法办理527件: after a part at one level of its whole, an item of the list
   * that opens with another level is that level's part of the same whole.
   */
  function nextLevelItem(prev: ExtractedMetric, metric: ExtractedMetric, whole: ExtractedMetric): boolean {
    return (
      nextListItem(text, prev, metric, 16) &&
      SCOPE_MATCHER.prefixAt(text, prev.end + 1) !== null &&
      prev.scope !== null &&
      prev.scope !== whole.scope &&
      metric.scope !== null &&
      metric.scope !== prev.scope
    );
  }

  /** Where sentence [start, end) first names all the place's offices as its actor (全市各部门…, not 会同各有关部门), else end; once per sentence. */
  function allOfficesActorIn(start: number, end: number): number {
    if (allOfficesAt.sentence === start) return allOfficesAt.at;
    let at = ALL_OFFICES_WORDS.scanFirst(text, start, end);
    while (at >= 0 && ALL_OFFICES_NOT_AFTER.suffixAt(text, at, Math.max(start, at - 2)) !== null) at = ALL_OFFICES_WORDS.scanFirst(text, at + 1, end);
    allOfficesAt.sentence = start;
    allOfficesAt.at = at < 0 ? end : at;
    return allOfficesAt.at;
  }

  /** A named town, street, village or community's own figure: at its level (镇街, 村社区), none of the place's indicators. */
  function asNamedUnit(metric: ExtractedMetric, level: string): void {
    metric.scope = level;
    dropIndicator(metric);
    aux[aux.length - 1]!.namedUnit = true;
  }

  function nextNamedUnit(prevIdx: number, metric: ExtractedMetric, clauseStart: number): boolean {
    return prevIdx >= 0 && aux[prevIdx]!.namedUnit && metrics[prevIdx]!.unit === metric.unit && NAMED_SUBUNIT_RE.test(text.slice(clauseStart, metric.start));
  }

  function isTarget(sentStart: number, figStart: number, section: number | null, c?: SentenceContext): boolean {
    if ((c === undefined || c.start !== sentStart || holds(c, "targetWords", TARGET_WORDS)) && TARGET_WORDS.scanFirst(text, sentStart, figStart) >= 0) {
      // The last goal word before the figure decides: 争取 with what was secured after it (争取上级资金) is
      // no goal, and a result word after the goal word (目标值为90%，实际完成98.6%) ends the goal.
      targetWords.length = 0;
      targetStarts.length = 0;
      TARGET_WORDS.scanInto(text, sentStart, figStart, targetWords, targetStarts);
      for (let k = targetWords.length - 1; k >= 0; k--) {
        const end = targetStarts[k]! + targetWords[k]!.length;
        if (targetWords[k] === "争取" && SECURED_AFTER_RE.test(text.slice(end, figStart))) continue;
        if (ACHIEVED_WORDS.scanFirst(text, end, figStart) < 0) return true;
        break;
      }
    }
    return (section !== null && planSection(section)) || planParagraph(sentStart, figStart);
  }

  /**
   * Whether the paragraph of the sentence at `sentStart` opens by announcing plans (下半年，我们将…; 陈立群：下一步，我市将…):
   * its figures are goals, 一是…二是… alike.
   */
  function planParagraph(sentStart: number, figStart: number): boolean {
    // (Bounded as a paragraph's opening is: a text without line breaks is not searched back to its start per figure.)
    const lineStart = paragraphStart(sentStart);
    if (lineStart < 0) return false;
    // (…；全年已办理法律援助案件3,000件: what a later sentence reports done is no goal.)
    if (textIncludes(text, "已", sentStart, figStart) || ACHIEVED_WORDS.scanFirst(text, sentStart, figStart) >= 0) return false;
    let r = planParagraphCache.get(lineStart);
    if (r === undefined) {
      r = PLAN_OPENING_RE.test(text.slice(lineStart, lineStart + PLAN_OPENING_MAX));
      planParagraphCache.set(lineStart, r);
    }
    return r;
  }

  /** Whether sentence `c` holds any word of `words` (once per sentence and list). */
  function holds(c: SentenceContext, key: "partYearWords" | "targetWords", words: WordMatcher): boolean {
    if (c[key] === 0) c[key] = words.scanFirst(text, c.start, c.end) >= 0 ? 2 : 1;
    return c[key] === 2;
  }

  /**
   * Whether the figure covers part of a year (一季度, 1—6月, 截至11月底), and the words that say so: the
   * report says so of itself, or the sentence before the figure, the opening clause of its paragraph
   * (1—6月，…。…) or a heading above it does.
   */
  function partOfYear(sentStart: number, figStart: number, section: number | null, c?: SentenceContext): MetricCoverage | null {
    // 力争全年办理…4500件 in a report on the first half: the whole year's figure, unless the words after
    // 全年 date it to part of the year again (1—9月…960余场次，全年累计…1280余场次: so in any report).
    if (c !== undefined && c.start === sentStart && c.wholeYearWord === 0) c.wholeYearWord = textIncludes(text, "全年", c.start, c.end) ? 2 : 1;
    const wholeYear = (c === undefined || c.start !== sentStart || c.wholeYearWord === 2) && textIncludes(text, "全年", sentStart, figStart);
    if (options.partOfYear === true && !wholeYear) return { kind: "part-year", text: null };
    const from = wholeYear ? text.lastIndexOf("全年", figStart - 2) + 2 : sentStart;
    const whole = c !== undefined && c.start === sentStart;
    const at = !whole || holds(c, "partYearWords", PART_YEAR_WORDS) ? PART_YEAR_WORDS.scanFirst(text, from, figStart) : -1;
    if (at >= 0) return { kind: "part-year", text: PART_YEAR_WORDS.prefixAt(text, at, figStart) };
    // (Every month range ends in 月: a sentence without one has none.)
    if (whole && c.monthWord === 0) c.monthWord = textIncludes(text, "月", c.start, c.end) ? 2 : 1;
    const m = !whole || c.monthWord === 2 ? MONTH_RANGE_RE.exec(text.slice(from, figStart)) : null;
    if (m !== null && !inRanges(quotes, from + m.index)) {
      // 1至11月: the range's first month too, which the pattern does not need to see.
      let start = from + m.index;
      while (start > from && from + m.index - start < MONTH_RANGE_LEAD_MAX && MONTH_RANGE_LEAD_RE.test(text[start - 1]!)) start--;
      // 今年1至11月 (the year's own word with it), not a stray 年 of a word before.
      if (text.charCodeAt(start) === 0x5e74 && start > from && RELATIVE_YEAR_HEADS.has(text.charCodeAt(start - 1))) start--;
      else if (text.charCodeAt(start) === 0x5e74) start++;
      return { kind: "part-year", text: text.slice(start, from + m.index + m[0].length) };
    }
    if (wholeYear) return null;
    const opening = paragraphOpening(sentStart);
    if (opening !== "" && opensWithPartOfYear(opening)) return { kind: "part-year", text: partOfYearWords(opening) };
    if (section !== null && partOfYearSection(section)) return { kind: "part-year", text: partOfYearWords(headingWith(section, partYearHeadings)) };
    return null;
  }

  /** Whether the paragraph of sentence `c` opens with a span of years (“十四五”以来，…), once per sentence. */
  function paragraphOpensSpan(c: SentenceContext): boolean {
    if (c.paragraphSpan === 0) c.paragraphSpan = holdsYearsSpan(paragraphOpening(c.start)) ? 2 : 1;
    return c.paragraphSpan === 2;
  }

  /** The opening clause of the paragraph of the sentence at `sentStart`, when the sentence is not that paragraph's first ("" else), once per sentence. */
  /** The start of the paragraph (line) holding `sentStart`, looked for at most PARAGRAPH_LOOKBACK_MAX back; -1 past that. */
  function paragraphStart(sentStart: number): number {
    const floor = Math.max(0, sentStart - PARAGRAPH_LOOKBACK_MAX);
    // Sentences come in text order: the search back stops where the last one's did, so a long
    // paragraph is searched once, not once per sentence. The native lastIndexOf on a slice (no copy)
    // finds the last line break before the sentence, bounded as the walk was.
    const known = lineKnownUpTo <= sentStart ? Math.max(floor, lineKnownUpTo) : floor;
    const lineBreak = text.slice(known, sentStart).lastIndexOf("\n");
    let lineStart = lineBreak >= 0 ? known + lineBreak + 1 : known;
    if (lineStart === known && known > floor && text.charCodeAt(known - 1) !== 10) lineStart = Math.max(floor, lineKnownStart);
    lineKnownUpTo = sentStart;
    lineKnownStart = lineStart;
    return lineStart === 0 || text.charCodeAt(lineStart - 1) === 10 ? lineStart : -1;
  }

  function paragraphOpening(sentStart: number): string {
    let r = paragraphOpeningCache.get(sentStart);
    if (r !== undefined) return r;
    r = "";
    let lineStart = paragraphStart(sentStart);
    if (lineStart >= 0 && lineStart < sentStart) {
      // （二）主渠道作用日益凸显。2024年1至8月，…: a run-in heading passes the opening on to the sentence after it.
      const runIn = RUN_IN_HEADING_RE.exec(text.slice(lineStart, Math.min(sentStart, lineStart + RUN_IN_HEADING_MAX)));
      if (runIn !== null) lineStart += runIn[0].length;
      let openingEnd = lineStart;
      while (openingEnd < sentStart && openingEnd - lineStart < PART_YEAR_OPENING_MAX && !isClauseBreak(text.charCodeAt(openingEnd))) openingEnd++;
      // 记者了解到，2023年1至7月，…: a lead-in clause passes the opening on to the clause after it.
      if (openingEnd < sentStart && OPENING_LEAD_IN_RE.test(text.slice(lineStart, openingEnd))) {
        const next = openingEnd + 1;
        let nextEnd = next;
        while (nextEnd < sentStart && nextEnd - next < PART_YEAR_OPENING_MAX && !isClauseBreak(text.charCodeAt(nextEnd))) nextEnd++;
        if (nextEnd < sentStart) openingEnd = nextEnd;
        lineStart = next;
      }
      if (openingEnd < sentStart) r = text.slice(lineStart, openingEnd);
    }
    paragraphOpeningCache.set(sentStart, r);
    return r;
  }

  /** Whether a section or one of its ancestors is headed by a span of years (二、“十四五”时期…总体情况). */
  function spanSection(section: number): boolean {
    return headedBy(section, spanHeadings);
  }

  /** The nearest section at or above `section` (up to four levels) whose heading passes the test, or -1. */
  function sectionHeadedBy(section: number, t: HeadingTest): number {
    for (let k: number | null = section, depth = 0; k !== null && depth < 4; k = parents[k] ?? null, depth++) {
      // A heading is tested once, not once per section under it.
      if (t.own[k] === 0) t.own[k] = t.test(sections[k]!) ? 2 : 1;
      if (t.own[k] === 2) return k;
    }
    return -1;
  }

  /** Whether the evaluators act in sentence `c` before `at` (评估组评查的300卷案卷中). */
  function evaluationBefore(c: SentenceContext, at: number): boolean {
    let end = evaluationEnds.get(c.index);
    if (end === undefined) {
      const m = EVALUATION_RE.exec(text.slice(c.start, c.end));
      end = m === null ? -1 : c.start + m.index + m[0].length;
      evaluationEnds.set(c.index, end);
    }
    return end >= 0 && end <= at;
  }

  /** The heading sectionHeadedBy finds ("" when none passes). */
  function headingWith(section: number, t: HeadingTest): string {
    const k = sectionHeadedBy(section, t);
    return k < 0 ? "" : sections[k]!.heading;
  }

  /** Whether a section or one of its ancestors (up to four levels) has a heading that passes the test, once per section and test. */
  function headedBy(section: number, t: HeadingTest): boolean {
    if (t.headed[section] === 0) t.headed[section] = sectionHeadedBy(section, t) >= 0 ? 2 : 1;
    return t.headed[section] === 2;
  }

  /** Whether a section or one of its ancestors is headed by part of a year (一、上半年主要工作成效). */
  function partOfYearSection(section: number): boolean {
    return headedBy(section, partYearHeadings);
  }

  /** Whether a scope word stands in text[from, to). */
  function scopeWordIn(from: number, to: number): boolean {
    const k = lowerBound(scopes.starts, from);
    return k < scopes.starts.length && scopes.starts[k]! < to;
  }

  /** Whether the figure's clause, or (when it states no scope) its sentence's first clause, has the writer acting in person (本人). */
  function personalActor(sentStart: number, clauseStart: number, figStart: number, scope: string | null): boolean {
    const inPerson = (from: number, to: number) => {
      for (let p = from; p + 2 <= to; p++) {
        // 当事人本人, 申请人本人: someone else in person.
        if (text.charCodeAt(p) === 0x672c && text.charCodeAt(p + 1) === 0x4eba && (p === 0 || text.charCodeAt(p - 1) !== 0x4eba)) return true; // 本人
      }
      return false;
    };
    if (inPerson(clauseStart, figStart)) return true;
    if (scope !== null || clauseStart <= sentStart) return false;
    return inPerson(sentStart, clauseEndFrom(sentStart, clauseStart));
  }

  /** Where the clause that starts at `from` ends (its first clause break), not past `to`. */
  function clauseEndFrom(from: number, to: number): number {
    let p = from;
    while (p < to && !isClauseBreak(text.charCodeAt(p))) p++;
    return p;
  }

  /** Whether a section or one of its ancestors is headed as plans (三、下一步工作打算), shortcomings aside. */
  function plansOnlySection(section: number): boolean {
    return headedBy(section, plansOnlyHeadings);
  }

  /** Whether a section or one of its ancestors is headed as shortcomings (二、存在的问题和不足). */
  function problemSection(section: number): boolean {
    if (!headedBy(section, problemHeadings)) return false;
    // 二、2024年工作打算 / 一是开展执法突出问题专项整治…: an item under plans that names the problem it tackles is a plan.
    // (二、存在的问题和下一步工作打算 / （一）存在的问题: a heading of problems and plans together is no plans heading.)
    const problem = sectionHeadedBy(section, problemHeadings);
    for (let k: number | null = parents[problem] ?? null; k !== null; k = parents[k] ?? null) {
      if (problemHeadings.test(sections[k]!)) continue;
      const year = headingYear(k);
      if ((reportYear !== null && year !== null && year > reportYear) || planHeadings.test(sections[k]!)) return false;
    }
    return true;
  }


  /** Whether a section or one of its ancestors is headed as plans (六、2023年工作计划, 下一步) or by a later year. */
  function planSection(section: number): boolean {
    return laterYearSection(section) !== null || headedBy(section, planHeadings);
  }

  /** The year after the report's that a section or one of its ancestors is headed by (三、2023年工作打算), else null. */
  function laterYearSection(section: number): number | null {
    let r = laterYearCache[section];
    if (r !== undefined) return r;
    r = null;
    for (let k: number | null = section, depth = 0; k !== null && depth < 4 && r === null && reportYear !== null; k = parents[k] ?? null, depth++) {
      const year = headingYear(k);
      if (year !== null && year > reportYear) r = year;
    }
    laterYearCache[section] = r;
    return r;
  }

  /** The year a section's own heading names (三、2023年工作打算), else null; read once per heading. */
  function headingYear(section: number): number | null {
    let year = headingYearCache[section];
    if (year === undefined) {
      const y = HEADING_YEAR_RE.exec(sections[section]!.heading);
      year = y ? parseYearDigits(y[1]!) : null;
      headingYearCache[section] = year;
    }
    return year;
  }

  /** The last list name (from its clause start to 清单/目录, outside quotations) in text[from, to). */
  /** “三张清单”: the list word at `p` closes a quote of at most QUOTED_LABEL_MAX characters. */
  function quotedListLabel(p: number, length: number): boolean {
    const open = text.lastIndexOf("“", p);
    return text.charCodeAt(p + length) === 0x201d && open >= 0 && p - open - 1 <= QUOTED_LABEL_MAX;
  }

  function listNameBefore(from: number, to: number): (Range & { wordsEnd: number; listWordStart: number }) | null {
    // The last list word whose clause names the list (动态调整不予处罚清单，清单涵盖27个领域: not the
    // bare 清单 that opens the later clause). A bounded forward search: lastIndexOf would scan back
    // to the start of the whole report.
    // The best so far in plain numbers (bestEnd < 0: none); one object is made for the answer.
    let bestStart = 0;
    let bestEnd = -1;
    let bestWordsEnd = 0;
    let bestListWordStart = 0;
    for (let li = 0; li < LIST_WORDS.length; li++) {
      const w = LIST_WORDS[li]!;
      const first = w.charCodeAt(0);
      for (let p = from; p + w.length <= to; p++) {
        // (《…不予行政处罚和减轻行政处罚事项清单（第三版）》: a list's own document names it too.)
        // (不予处罚、减轻处罚、从轻处罚“三张清单”: a short quoted label of the lists the clause names is theirs too.)
        if (text.charCodeAt(p) !== first || !text.startsWith(w, p) || (inRanges(quotes, p) && !inRanges(titles, p) && !quotedListLabel(p, w.length))) continue;
        let start = p;
        while (start > from && !isClauseBreak(text.charCodeAt(start - 1))) start--;
        if (p - start < 2 || (bestEnd >= 0 && p + w.length <= bestEnd)) continue;
        // 不予处罚事项清单: the item noun before the list word names no domain (and cases are no 事项).
        let wordsEnd = p;
        for (let gi = 0; gi < GENERIC_ITEM_NOUNS.length; gi++) {
          const g = GENERIC_ITEM_NOUNS[gi]!;
          if (g !== w && text.startsWith(g, p - g.length) && p - g.length >= start) {
            wordsEnd = p - g.length;
            break;
          }
        }
        bestStart = start;
        bestEnd = p + w.length;
        bestWordsEnd = wordsEnd;
        bestListWordStart = p;
      }
    }
    return bestEnd < 0 ? null : { start: bestStart, end: bestEnd, wordsEnd: bestWordsEnd, listWordStart: bestListWordStart };
  }

  /** A whole-jurisdiction scope word within SENTENCE_SCOPE_WINDOW of a sentence start and before `before`. */
  /** Whether text[from, to) states the office's own level (局本级, 局机关, 我局). */
  function officeLevelStated(from: number, to: number): boolean {
    for (let k = lowerBound(scopes.starts, from); k < scopes.starts.length && scopes.starts[k]! < to; k++) {
      if (scopeOf(scopes.words[k]!) === OFFICE_SCOPE) return true;
    }
    return ownArmActs(from, to);
  }

  /**
   * Whether text[from, to) opens with the report's office's own enforcement arm at its own level (市卫生健康执法支队 in a
   * health commission's report, 市交通运输综合行政执法支队 in a transport bureau's): its line's words are the office's.
   * (Not another line's arm, 市公安局交警支队, nor a lower level's, 县卫生监督所.)
   */
  function ownArmActs(from: number, to: number): boolean {
    if (officeName === "" || to - from < 6) return false;
    const arm = OWN_ARM_RE.exec(text.slice(from, to));
    if (arm === null) return false;
    let level = arm[1];
    let line = arm[2]!;
    // (泉州市市场监管…, 泉州市鲤城区卫生健康…: a place named before the line's words gives the arm's level.)
    const placed = lastMatch(ARM_PLACE_END_RE, line);
    if (placed !== null) {
      level = placed[0];
      line = line.slice(placed.index + 1);
    }
    return (level === undefined || level === ownChar) && line.length >= 2 && officeName.includes(line.slice(0, 2));
  }

  /** 县级依申请政务服务事项, 市级专项应急预案: the level word that opens the sentence is written …级 (not 本级), as levels qualifying a noun are. */
  function levelAdjectiveAt(sentStart: number): boolean {
    const sj = lowerBound(scopes.starts, sentStart);
    if (sj >= scopes.starts.length || scopes.starts[sj]! >= sentStart + SENTENCE_SCOPE_WINDOW) return false;
    const word = scopes.words[sj]!;
    return word.endsWith("级") && !word.endsWith("本级");
  }

  /** 市本级政务服务事项…: a level word opening the sentence right before a noun (not a verb, a filler or a body acting). */
  function levelQualifiesNounAt(sentStart: number): boolean {
    const sj = lowerBound(scopes.starts, sentStart);
    if (sj >= scopes.starts.length || scopes.starts[sj] !== sentStart) return false;
    const end = scopes.ends[sj]!;
    if (!isHanRun(text, end, end + 2) || VERB_MATCHER.prefixAt(text, end) !== null || LEADING_MATCHER.prefixAt(text, end) !== null) return false;
    // Only a rate's noun (市本级…网办率达98.2%): before a count (市本级查办行政处罚案件296件) the level may be the
    // actor, and the verb list cannot tell 查办 from the 处罚 inside a noun.
    const firstClauseEnd = clauseEndFrom(sentStart, text.length);
    let figureAt = end;
    while (figureAt < firstClauseEnd && !isDigit(text.charCodeAt(figureAt))) figureAt++;
    const measure = text.slice(end, figureAt);
    return RATE_NOUN_RE.test(measure) && !ACTING_BODY_RE.test(measure);
  }

  /** “粤省事”专区上线…, 12345热线受理…: a clause that opens with a noun of its own and then its verb. */
  function clauseHasOwnActor(clauseStart: number, figStart: number): boolean {
    let pos = clauseStart;
    for (let k = 0; k < 2; k++) {
      const f = LEADING_MATCHER.prefixAt(text, pos);
      if (f === null) break;
      pos += f.length;
    }
    // (全年为外贸企业提供合规咨询526次: a clause that opens with a preposition names who was served, not who acted.)
    // (全年为 may be stripped as a lead-in whole.)
    if (BENEFICIARY_PREPOSITIONS.includes(text.charAt(pos)) || (pos > clauseStart && BENEFICIARY_PREPOSITIONS.includes(text.charAt(pos - 1)))) return false;
    const verbAt = firstVerbAt(text, pos, figStart);
    return verbAt >= pos + 2;
  }

  /** The whole place that opens the last clause after the sentence's first and before `clauseStart` (…，全省开展…，), else null. */
  /** Whether the body right after level word `k` (村（社区）法律顾问) acted with the last figure before `clauseStart`, at that level. */
  function levelBodyActed(k: number, level: string, clauseStart: number): boolean {
    const last = metrics[metrics.length - 1];
    if (last === undefined || last.start < scopes.ends[k]! || last.start >= clauseStart || last.scope !== level) return false;
    return LEVEL_ACTORS.scanFirst(text, scopes.ends[k]!, Math.min(last.start, scopes.ends[k]! + LEVEL_BODY_WINDOW)) >= 0;
  }

  function clauseOpeningScope(sentStart: number, clauseStart: number): string | null {
    for (let k = lowerBound(scopes.starts, clauseStart) - 1; k >= 0 && scopes.starts[k]! > sentStart; k--) {
      const at = scopes.starts[k]!;
      if (!isClauseBreak(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0xff1a) continue;
      const cs = scopeOf(scopes.words[k]!);
      // 村（社区）法律顾问全年提供法律咨询2.3万人次，开展法治讲座1860场次: a clause that opens with a verb goes on
      // with the actor of the clause before, a level below the place included.
      // (乡镇合法性审查覆盖率达到100%，开展普法活动…: a level that only qualifies a measure names no actor.)
      // (村（社区）法律顾问实现全覆盖，办理法律援助案件…: only a level whose body acted with a figure goes on.)
      if (SUB_UNIT_SCOPES.includes(cs) && k === lowerBound(scopes.starts, clauseStart) - 1 && VERB_MATCHER.prefixAt(text, clauseStart) !== null && levelBodyActed(k, cs, clauseStart)) return cs;
      // Only the whole place (全省开展…): a level's clause (市本级取消…) may be one item among the sentence's.
      // (全系统开展普法活动186场次，发放宣传资料4.6万份: an office's whole line covers its later clauses as a whole place does.)
      return cs.startsWith("全") ? cs : null;
    }
    return null;
  }

  /** 建成“民主法治示范村”省级二个、市级九个: a level right before a count of honours grades them; it is no actor. */
  function honourGrade(k: number, sentStart: number, figStart: number): boolean {
    // (figStart bounds the level: one after the figure is another's.)
    if (!GRADE_LEVELS.has(scopes.words[k]!) || scopes.ends[k]! > figStart || !GRADE_COUNT_AFTER_RE.test(text.slice(scopes.ends[k]!, scopes.ends[k]! + 4))) return false;
    return SCOPE_NOT_AFTER_WORDS.scanFirst(text, sentStart, scopes.starts[k]!) >= 0;
  }

  /**
   * 在全省法治政府建设考核中位列第2名, 高于全省平均水平, 居全省第一: a whole level that is the arena of a
   * ranking or the benchmark of a comparison, not the one that acted.
   */
  function arenaOrBenchmark(start: number): boolean {
    if (start >= 2 && BENCHMARK_BEFORE_RE.test(text.slice(start - 2, start))) return true;
    if (start < 1 || text.charCodeAt(start - 1) !== 0x5728) return false; // 在
    const after = text.slice(start, start + ARENA_WINDOW);
    return ARENA_AFTER_RE.test(after) || (WIDER_ARENA_AFTER_RE.test(after) && !after.startsWith(`全${ownChar}`));
  }

  /** Whether level word `k` ranks a data platform the whole place feeds (市级政务数据共享交换平台): no level's own figure. */
  function platformRank(k: number): boolean {
    const w = scopes.words[k]!;
    return w.endsWith("级") && !w.endsWith("本级") && DATA_PLATFORM_AFTER_RE.test(text.slice(scopes.ends[k]!, scopes.ends[k]! + DATA_PLATFORM_MAX));
  }

  /** Whether a clause of text[sentStart, clauseStart) names the firms served (深入企业…) and text[clauseStart, to) does not count them. */
  function firmsServedBefore(sentStart: number, clauseStart: number, to: number): boolean {
    const served = SERVED_BEFORE_RE.exec(text.slice(sentStart, clauseStart));
    return served !== null && !textIncludes(text, served[1]!, clauseStart, to);
  }

  /** Where the words after a 其中 (其中，… or 其中…) that opens the text at `at` begin; `at` when none does. */
  function afterQizhong(at: number): number {
    if (!text.startsWith("其中", at)) return at;
    return at + (LEAD_IN_CLAUSE_RE.exec(text.slice(at, at + LEAD_IN_CLAUSE_MAX))?.[0].length ?? 2);
  }

  /** Whether one of sentences[from..to] (parts after semicolons) opens with a level (…；局本级组织实施…). */
  function partsOpenWithLevel(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) {
      // (…；其中局本级办理信用修复416件，平均办理时限压缩至2个工作日: after 其中 too.)
      const start = afterQizhong(sentences[j]!.start);
      const sj = lowerBound(scopes.starts, start);
      if (sj < scopes.starts.length && scopes.starts[sj] === start) return true;
      // (…；其中市应急管理局本级立案38件，罚款216.8万元: the office's own name before its level.)
      if (sj < scopes.starts.length && officeName !== "" && scopeOf(scopes.words[sj]!) === OFFICE_SCOPE && scopes.starts[sj]! > start && officeName.endsWith(text.slice(start, scopes.starts[sj]! + 1))) return true;
    }
    return false;
  }

  function openingScope(sentStart: number, before: number, levelAtStart = true): string | null {
    const sj = lowerBound(scopes.starts, sentStart);
    if (sj < scopes.starts.length && scopes.starts[sj]! < Math.min(sentStart + SENTENCE_SCOPE_WINDOW, before) && !arenaOrBenchmark(scopes.starts[sj]!) && !platformRank(sj)) {
      const cs = scopeOf(scopes.words[sj]!);
      // 省本级…提请审议法规草案9件，制定省政府规章5件; 县市区作出…33472件，罚没金额1.51亿元: a level that
      // opens the sentence (or its part after a semicolon) covers its clauses that name none.
      // (赣州市本级共收到…: the place's own name before its level word opens the sentence all the same.)
      const at = scopes.starts[sj]!;
      const opens = at === sentStart || (placeStem !== null && at === sentStart + placeStem.length && text.startsWith(placeStem, sentStart));
      if (cs.startsWith("全") || (levelAtStart && opens && !SCOPE_NOT_OPENING.has(cs))) return cs;
    }
    return null;
  }

  /** Summed heading cue scores for a section and its ancestors (innermost heading weighs more). */
  /** The pillar of a table cell whose column header names its measure: that header's cues as its clause, with the headings above. */
  function columnPillar(measure: string, section: number | null): { pillar: PillarId; cues: string[] } | null {
    // The heading's scores first: on a cold cache headingScores refills the shared scanWords.
    const scores = headingScores(section).slice();
    scanWords.length = 0;
    scanStarts.length = 0;
    CUE_MATCHER.scanInto(measure, 0, measure.length, scanWords, scanStarts);
    if (scanWords.length === 0) return null;
    const keys: string[] = [];
    const weights: number[] = [];
    const infos: CueInfo[] = [];
    for (const w of scanWords) {
      const info = CUE_INFO.get(w)!;
      if (infos.includes(info)) continue;
      infos.push(info);
      scores[info.pillar] = scores[info.pillar]! + info.weight * PILLAR_CUE_WEIGHTS.clause;
    }
    let bestIdx = 5;
    for (let i = 0; i < 6; i++) if (scores[i]! > scores[bestIdx]!) bestIdx = i;
    for (const info of infos) if (info.pillar === bestIdx) putCue(keys, weights, info.sentenceKey, info.weight * PILLAR_CUE_WEIGHTS.clause);
    if (section !== null) keys.push(...headingExplain(section, bestIdx).keys);
    return { pillar: PILLAR_IDS[bestIdx]!, cues: keys };
  }

  function headingScores(section: number | null): number[] {
    if (section === null) return ZERO_SCORES;
    let c = headingScoreCache[section];
    if (c !== undefined) return c;
    c = [0, 0, 0, 0, 0, 0];
    let k: number | null = section;
    for (let depth = 0; k !== null && depth < 4; depth++) {
      const hw = depth === 0 ? PILLAR_CUE_WEIGHTS.heading : PILLAR_CUE_WEIGHTS.parentHeading;
      for (const h of headingCues(k)) c[h.info.pillar] = c[h.info.pillar]! + h.info.weight * hw;
      k = parents[k] ?? null;
    }
    headingScoreCache[section] = c;
    return c;
  }

  function headingCues(sectionIndex: number): CueHit[] {
    const c = headingCueCache[sectionIndex];
    if (c !== undefined) return c;
    const sec: SectionSpan = sections[sectionIndex]!;
    const list: CueHit[] = [];
    scanIds.length = 0;
    scanStarts.length = 0;
    CUE_MATCHER.scanIdsInto(text, sec.headingStart, sec.headingEnd, scanIds, scanStarts);
    for (let i = 0; i < scanIds.length; i++) {
      const info = CUE_BY_ID[scanIds[i]!]!;
      if (!list.some((h) => h.info === info)) list.push({ info, start: scanStarts[i]! });
    }
    headingCueCache[sectionIndex] = list;
    return list;
  }

  /** The cues (and where they were found) behind the winning pillar, strongest first. Figures of one clause share it. */
  function explainPillar(p: number, c: SentenceContext, clauseStart: number, clauseEnd: number, indicator: IndicatorRule | null): string[] {
    for (const e of c.explained) {
      if (e.pillar === p && e.clauseStart === clauseStart && e.clauseEnd === clauseEnd && e.indicator === indicator) return e.cues.slice();
    }
    // Keys and weights are gathered in scratch arrays (reused, filled by count); one array is made at the end.
    const keys = explainKeys;
    const weights = explainWeights;
    let n = 0;
    const cueInfo = c.cueInfo;
    // putCue by cue id: a stamp and the key's slot per id instead of a string search of the keys.
    const seen = nextExplainStamp();
    for (let i = 0; i < c.cueCount; i++) {
      const h = cueInfo[i]!;
      if (h.pillar !== p) continue;
      const inClause = c.cueStarts[i]! >= clauseStart && c.cueEnds[i]! <= clauseEnd;
      const w = h.weight * (inClause ? PILLAR_CUE_WEIGHTS.clause : PILLAR_CUE_WEIGHTS.sentence);
      if (explainSeen[h.id] !== seen) {
        explainSeen[h.id] = seen;
        explainSlot[h.id] = n;
        keys[n] = h.sentenceKey;
        weights[n++] = w;
      } else if (w > weights[explainSlot[h.id]!]!) weights[explainSlot[h.id]!] = w;
    }
    if (c.section !== null) {
      const he = headingExplain(c.section, p);
      for (let i = 0; i < he.keys.length; i++) {
        keys[n] = he.keys[i]!;
        weights[n++] = he.weights[i]!;
      }
    }
    // The only indicator key: no other key starts with indicator:, so no search for it.
    if (indicator && PILLAR_INDEX.get(indicator.pillar) === p) {
      keys[n] = `indicator:${indicator.slug}`;
      weights[n++] = INDICATOR_BONUS;
    }
    // Strongest first, ties in insertion order (a handful of entries: a stable insertion sort in place).
    for (let i = 1; i < n; i++) {
      const k = keys[i]!;
      const w = weights[i]!;
      let j = i - 1;
      for (; j >= 0 && weights[j]! < w; j--) {
        keys[j + 1] = keys[j]!;
        weights[j + 1] = weights[j]!;
      }
      keys[j + 1] = k;
      weights[j + 1] = w;
    }
    const cues = keys.slice(0, n);
    c.explained.push({ clauseStart, clauseEnd, pillar: p, indicator, cues });
    // The memo's own array goes to this figure: the memo is never changed, and later figures get copies.
    return cues;
  }

  /** The heading cues of a section and its ancestors for one pillar, deduplicated (heading keys never clash with sentence keys). */
  function headingExplain(section: number, p: number): { keys: string[]; weights: number[] } {
    const key = section * 8 + p;
    let r = headingExplainCache.get(key);
    if (r) return r;
    r = { keys: [], weights: [] };
    let k: number | null = section;
    for (let depth = 0; k !== null && depth < 4; depth++) {
      const hw = depth === 0 ? PILLAR_CUE_WEIGHTS.heading : PILLAR_CUE_WEIGHTS.parentHeading;
      for (const h of headingCues(k)) if (h.info.pillar === p) putCue(r.keys, r.weights, h.info.headingKey, h.info.weight * hw);
      k = parents[k] ?? null;
    }
    headingExplainCache.set(key, r);
    return r;
  }
}

function putCue(keys: string[], weights: number[], key: string, w: number): void {
  const i = keys.indexOf(key);
  if (i < 0) {
    keys.push(key);
    weights.push(w);
  } else if (w > weights[i]!) weights[i] = w;
}

const scanWords: string[] = [];
const scanIds: number[] = [];
/** sentenceContext's scratch for the words found in a sentence (filled by count, never emptied). */
const sentenceScanIds: number[] = [];
const sentenceScanStarts: number[] = [];
const scanStarts: number[] = [];

const ZERO_SCORES = [0, 0, 0, 0, 0, 0];

interface CueInfo {
  id: number;
  /** Length of the cue word. */
  length: number;
  pillar: number;
  weight: number;
  sentenceKey: string;
  headingKey: string;
}
/** Per cue word: pillar index, weight and the explanation strings, built once. */
const CUE_INFO = new Map<string, CueInfo>(
  [...CUES.values()].map((c, id) => [
    c.word,
    { id, length: c.word.length, pillar: PILLAR_INDEX.get(c.pillar)!, weight: c.weight, sentenceKey: `sentence:${c.word}`, headingKey: `heading:${c.word}` },
  ]),
);
/** Cue info by the matcher's word id. */
const CUE_BY_ID: CueInfo[] = CUE_MATCHER.list.map((w) => CUE_INFO.get(w)!);
/** Cue words and indicator words in one dictionary, so that a sentence is scanned once for both. */
const SENTENCE_WORDS = new WordMatcher([...CUE_MATCHER.list, ...INDICATOR_WORDS.list]);
/** Per word of SENTENCE_WORDS: its id in CUE_MATCHER and in INDICATOR_WORDS, or -1. */
const SENTENCE_WORD_CUE = Int32Array.from(SENTENCE_WORDS.list, (w) => CUE_MATCHER.list.indexOf(w));
const SENTENCE_WORD_IND = Int32Array.from(SENTENCE_WORDS.list, (w) => INDICATOR_WORDS.list.indexOf(w));
/** Stamps marking the cue words already counted for the current figure, in its clause and in the rest of its sentence. */
const cueSeenClause = new Int32Array(CUE_INFO.size);
const cueSeenRest = new Int32Array(CUE_INFO.size);
const nextStamp = stampCounter(cueSeenClause, cueSeenRest);
const scoreScratch = [0, 0, 0, 0, 0, 0];
/** explainPillar's dedup: the stamp of the call that last listed each cue, and where in its keys. */
const explainSeen = new Int32Array(CUE_INFO.size);
const explainSlot = new Int32Array(CUE_INFO.size);
const nextExplainStamp = stampCounter(explainSeen);
/** explainPillar's scratch: the keys and their weights, filled by count. */
const explainKeys: string[] = [];
const explainWeights: number[] = [];

/** 同比均下降25%: a change whose 均 (after its basis, before its verb) says every figure of the run before it shares it. */
const SHARED_CHANGE_RE = /^[^均，,]*(?<![年平人户])均(?:有所)?(?=[\u4e00-\u9fff])/;
/** ，均比上年增加10%: 均 alone after the last figure, before the change's basis. */
const SHARED_CHANGE_BEFORE_RE = /^[，,、\s]*均$/;
/** Between two figures of a run that shares one change: a list joiner and the next figure's words, or a short clause. */
const SHARED_RUN_JOIN_RE = /^(?:[、和及与]|[，,])[\u4e00-\u9fff]{0,6}$/;
const SHARED_CHANGE_RUN_MAX = 4;
/** What may stand between the values of a spread change (8%和13.6%, 5%、3%及2%). */
const SPREAD_BETWEEN_RE = /^[、和及与，,\s]*$/;
/** Words of a change clause that are no subject of their own (分别, 均, 并). */
const SPREAD_FILLERS_RE = /分别|均|并|且/g;
/** The joiner before a later value of a spread change (、 和 及 与), which its own direction word may follow (和下降4.7%). */
const SPREAD_JOINER_RE = /^[、和及与]\s*/;
/** After the last unit of a list handed out by 分别: words that name the list's kind (等镇街, 在内的), not a body each unit has. */
const SHARED_BODY_NOT_RE = /^(?:等|在内|[0-9一二三四五六七八九十两]+个)/;
/** 全年 or 今年 after a shared body: the period, no part of the body's name. */
const SHARED_BODY_PERIOD_RE = /(?:全年|今年|年内)$/;
const SPREAD_NEXT_RE = new RegExp(
  `^[、和及与]\\s*(?:${[...CHANGE_DIRECTIONS.list].sort((a, b) => b.length - a.length).join("|")})?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?)(?:%|％|个百分点|倍)?`,
);
/**
 * The words between two values of a spread change: undefined when they are no joiner of the list, null when the
 * value takes the list's direction (8%和13.6%), else its own (增长6.3%和下降4.7%).
 */
function spreadValueDirection(between: string): MetricChange["direction"] | null | undefined {
  if (SPREAD_BETWEEN_RE.test(between)) return null;
  const joiner = SPREAD_JOINER_RE.exec(between);
  if (joiner === null) return undefined;
  const word = between.slice(joiner[0].length);
  return CHANGE_DIRECTIONS.has(word) ? (CHANGE_DOWN.has(word) ? "down" : "up") : undefined;
}
/** 、2,145次 or 和286件: one more value of a list of figures, with its unit. */
const LISTED_VALUE_NEXT_RE = /^[、和及与]\s*[0-9０-９][0-9０-９,.．]*(?:[万亿])?[\u4e00-\u9fa5%％]{0,3}(?=[、和及与，,。；;）)]|$)/;
/** How many more values follow the figure ending at `from` in its list (2,860次、2,145次: 1). */
function countListedValues(text: string, from: number): number {
  return countRepeats(LISTED_VALUE_NEXT_RE, text, from, 20);
}
/** How many more change values follow a spread change's first one (…8%和13.6%: 1; 增长6.3%和下降4.7%: 1). */
function countSpreadValues(text: string, from: number): number {
  return countRepeats(SPREAD_NEXT_RE, text, from, 24);
}
/** How many times in a row `next` (anchored at its start) matches from `from` on, each match within `window` characters. */
function countRepeats(next: RegExp, text: string, from: number, window: number): number {
  let n = 0;
  let p = from;
  for (let m = next.exec(text.slice(p, p + window)); m !== null && n < 20; m = next.exec(text.slice(p, p + window))) {
    n++;
    p += m[0].length;
  }
  return n;
}

interface DistributedItem {
  text: string;
  kind: "word" | "scope" | "year";
  year: number | null;
}
interface Distribution {
  items: DistributedItem[];
  /** Words the first item shares with the others (行政复议 in 行政复议申请、受理、审结). */
  prefix: string;
  /** What 分别 says of every item (收到申请 in 市本级、区县分别收到申请520件、680件), copulas dropped. */
  predicate: string;
  /** 综合行政执法大队 in 辛店街道、丰李镇综合行政执法大队分别…: the body every unit of the list has, else "". */
  body?: string;
}
const DISTRIBUTION_BETWEEN_RE = /^\s*[、，,和及与]\s*$/;
const DISTRIBUTION_YEAR_RE = /^((?:19|20)[0-9]{2})年度?$/;

/** 和, 及, 与 joining the last two items of a list, not inside a word (和解, 及时, 以及, 涉及, 参与). */
const LIST_JOIN_RE = /和(?!解)|(?<![以涉危普])及(?!时)|(?<![参给])与/;
/** Splits `s` on 、 outside brackets (各县（市、区）、乡镇（街道） is two items), then its last piece on 和/及/与. */
function listItems(s: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08 || c === 40 || c === 0x201c) depth++;
    else if ((c === 0xff09 || c === 41 || c === 0x201d) && depth > 0) depth--;
    else if (c === 0x3001 && depth === 0) {
      pieces.push(s.slice(from, i));
      from = i + 1;
    }
  }
  // (调解和解, 及时, 参与 are words, not two items.)
  pieces.push(...s.slice(from).split(LIST_JOIN_RE));
  return pieces;
}
const DISTRIBUTION_YEAR_START_RE = /^(?:19|20)[0-9]{2}年度?/;
const DISTRIBUTION_YEAR_END_RE = /(?:19|20)[0-9]{2}年度?$/;

const LINE_LIST_END_RE = /等(?:[0-9一二三四五六七八九十]+个)?(?:部门|单位|机关)/;
/** The one line of offices that opens `s` as its actor (全市公安机关…), or null; a list of lines (市场监管局、生态环境厅等) is none. */
function oneLineActor(s: string): string | null {
  const m = LINE_ACTOR_RE.exec(s);
  if (m === null) return null;
  const rest = s.slice(m[0].length);
  let clauseEnd = rest.search(/[，,；;：:。]/);
  if (clauseEnd < 0) clauseEnd = rest.length;
  // (市公安局办理治安、消防等行政许可, 市综合行政执法局在翠屏区、叙州区…: a list after the line lists no lines; one that
  // goes on from it, or ends in 等部门, does.)
  const verb = VERB_MATCHER.scanFirst(rest, 0, clauseEnd);
  return /^[、和与及]/.test(rest) || LINE_LIST_END_RE.test(rest.slice(0, verb >= 0 ? verb : clauseEnd)) ? null : m[1]!;
}
/** 各行政执法部门分别, 各乡镇（街道）分别: 分别 handing figures out over the unnamed bodies of one level (not a list: 县、乡两级分别). */
const EACH_BODY_DISTRIBUTION_RE = /各[^、，,；;。]{0,12}?(?:部门|单位|机关|乡镇|街道|镇街|镇|乡|社区|村|县区|区县|县（市、区）|县市区|团场|连队|科室|中队)(?:[（(][^）)]{1,6}[）)])?(?:都|均|也)?分别[^，,；;。]*$/;
/** Before a count of places, or before 全X and that count: the places receive or host, they do not act (向12个乡镇下放, 在全县19个乡镇). */
const RECIPIENT_BEFORE = new CharSet("向在对为到至给");
/** Levels that grade an honour when a count of honours follows them (省级二个、市级九个), and how that count opens. */
const GRADE_LEVELS = new Set(["省级", "市级", "县级", "区级"]);
const GRADE_COUNT_AFTER_RE = /^(?:共|各|有|近|约|超)?[0-9０-９零〇一二两三四五六七八九十百千]/;
/** After 八类: a noun (no verb, no break) and then, in the same clause, a figure of it (…案件同比下降21.5%). */
const CATEGORY_NAME_AFTER_RE = /^[\u4e00-\u9fa5]{2,12}?(?:案件|犯罪|事故|案事件)[^，,；;。0-9]{0,8}[0-9]/;
/** After a level word: bodies of that level (区级部门, 市级各部门, 县级行政机关), which act. */
const LEVEL_BODY_AFTER_RE = /^(?:各)?(?:部门|单位|行政机关|机关|政府)/;
/** A Corps farm named by its number (123团, 一二五团, 一〇三团场). */
const NUMBERED_FARM_RE = /^(?:[0-9０-９]{2,3}|[一二三四五六七八九〇零]{3})团(?:场)?/;
/** The first line of `text` when it stands before `firstSentence` as a short title (no sentence's end in it); else "". */
function titleLine(text: string, firstSentence: number): string {
  const end = text.indexOf("\n");
  const line = (end < 0 ? text : text.slice(0, end)).trim();
  return line.length > 0 && line.length <= TITLE_LINE_MAX && (end < 0 || end < firstSentence || firstSentence === 0) && !/[。！？；]/.test(line) ? line : "";
}
const TITLE_LINE_MAX = 60;
/** Inside a bracket, before a count: only counts of places so far (6个街道、). */
const BREAKDOWN_LIST_RE = /^(?:[0-9０-９]{1,4}个[\u4e00-\u9fa5]{1,4}[、，,和及])*$/;
/** After a count of persons invited: who they are (3位负责同志, 5名嘉宾), the guests of an event. */
const GUESTS_AFTER_RE = /^(?:负责同志|嘉宾|领导|负责人|专家)/;
/** The event itself speaking (今天, 本次发布会): guests counted there are the event's own. */
const EVENT_NOW_RE = /今天|今日|本次|本场/;
/** The words in 率 an indicator's rule names its measure by (纠错率), read once per rule. */
const RATE_WORDS = new Map<IndicatorRule, string[]>();
function rateWordsOf(ind: IndicatorRule): string[] {
  let words = RATE_WORDS.get(ind);
  if (words === undefined) {
    words = ind.all.flatMap((g) => g.filter((w) => w.endsWith("率")));
    RATE_WORDS.set(ind, words);
  }
  return words;
}
/** A run-in heading that opens a paragraph: a list mark, a few words with no figure, a full stop (（二）主渠道作用日益凸显。). */
const RUN_IN_HEADING_RE = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|[0-9]{1,2}[.．、])[^。，,；;0-9０-９\n]{2,28}[。．.]/;
const RUN_IN_HEADING_MAX = 36;
/** A paragraph that opens with one year and nothing more (2023年，…). */
const PARAGRAPH_YEAR_RE = /^\s*((?:19|20)[0-9]{2})年度?$/;
/** Units that count the entities a measure reached, visit by visit (家次, 户次). */
const ENTITY_VISIT_UNITS = new Set(["家次", "户次"]);
/** A list of scores that names its measure and hands out bare numbers (得分依次为：A 88.72、B …), before the number. */
const SCORE_LIST_LEAD_RE = /得分[^。；;！？]{0,12}?(?:依次|分别)(?:为|是)[：:]?[^。；;！？]*$/;
const SCORE_LIST_LOOKBACK = 120;
/** What may follow an item of such a list: the next item's 、 or a clause's end. */
const SCORE_ITEM_END = new CharSet("、，,。；;");
/** How many lines of a table's rows and header may stand between a row and the sentence that leads into the table. */
const TABLE_LEAD_LINES = 40;
const TABLE_LEAD_MAX = 120;
/** Words between places that act and their verb (15个镇街共办理, 9个镇全年调解). */
const LEVEL_ACT_FILLER_RE = /^(?:共计|共|累计|全年|依法|先后)*/;
/** A clause that opens with the whole place (全市, 全省…) not followed by one line of offices. */
const WHOLE_PLACE_OPENING_RE = /^(?:(?:19|20)[0-9]{2}年度?[，,]?)?(?:全年|今年)?全[省市区县州盟旗]/;

/** Whether `s` holds a word that hands out figures in order (分别, 依次). */
function mentionsDistribution(s: string): boolean {
  for (let i = 0; i < DISTRIBUTION_WORDS.length; i++) if (s.includes(DISTRIBUTION_WORDS[i]!)) return true;
  return false;
}
/** The list of items before 分别/依次 in the words before a figure (A、B和C分别为…), or null. */
function readDistribution(rawBefore: string, itemMax = DISTRIBUTION_ITEM_MAX): Distribution | null {
  let at = -1;
  let word = "";
  for (const w of DISTRIBUTION_WORDS) {
    const k = rawBefore.lastIndexOf(w);
    if (k > at) {
      at = k;
      word = w;
    }
  }
  if (at < 0) return null;
  if (at === 0) return readDistributionAfter(rawBefore.slice(word.length));
  const head = rawBefore.slice(0, at);
  if (/[，,；;。]/.test(head)) return null;
  const pieces = listItems(head);
  const texts = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  if (texts.length < 2 || texts.length !== pieces.length) return null;
  // 其中上墅乡、山川乡分别…: 其中 marks the list as parts; it is no item's word.
  if (texts[0]!.startsWith("其中") && texts[0]!.length > 2) texts[0] = texts[0]!.slice(2);
  // 上墅乡、山川乡两个乡分别…: the count of the units listed is no part of the last one's name.
  const counted = PLACE_COUNT_TAIL_RE.exec(texts[texts.length - 1]!);
  // 辛店街道、丰李镇综合行政执法大队分别…: a body named after the last unit is every unit's, and so are the words after it.
  let sharedBody = "";
  const namedUnits = NAMED_SUBUNIT_RE.exec(texts[0]!)?.[0] === texts[0];
  if (counted !== null && namedUnits) texts[texts.length - 1] = texts[texts.length - 1]!.slice(0, counted.index);
  if (namedUnits) {
    const last = texts[texts.length - 1]!;
    const unit = NAMED_SUBUNIT_RE.exec(last);
    // (辛店街道、丰李镇等镇街, …在内的镇街: what follows the last unit names the list's kind, no body of each.)
    if (unit !== null && unit[0].length < last.length && !last.startsWith("其中") && !SHARED_BODY_NOT_RE.test(last.slice(unit[0].length))) {
      sharedBody = stripTrailing(last.slice(unit[0].length).replace(SHARED_BODY_PERIOD_RE, ""));
      texts[texts.length - 1] = unit[0];
    }
  }
  // The first item carries the scope that opens the sentence (全市行政复议申请): it is recorded apart.
  const lead = SCOPE_MATCHER.prefixAt(texts[0]!, 0);
  if (lead !== null && lead.length < texts[0]!.length && !texts.slice(1).every((t) => SCOPE_MATCHER.has(t))) texts[0] = texts[0]!.slice(lead.length);
  const kindOf = (t: string) => (DISTRIBUTION_YEAR_RE.test(t) ? "year" : SCOPE_MATCHER.has(t) ? "scope" : "word");
  let prefix = "";
  // 行政复议案件数量2021年、2022年依次为…: the first year or level follows the noun all items share.
  const lastKind = kindOf(texts[texts.length - 1]!);
  if (lastKind !== "word" && kindOf(texts[0]!) === "word") {
    const first = texts[0]!;
    const own = lastKind === "year" ? (DISTRIBUTION_YEAR_END_RE.exec(first)?.[0] ?? null) : SCOPE_MATCHER.suffixAt(first, first.length);
    if (own !== null && own.length < first.length) {
      prefix = first.slice(0, first.length - own.length);
      texts[0] = own;
    }
  }
  // 2021年、2022年全市分别收到…: a level after the last year is the whole list's (the figure's scope says so).
  if (kindOf(texts[0]!) === "year" && kindOf(texts[texts.length - 1]!) === "word") {
    const last = texts[texts.length - 1]!;
    const level = SCOPE_MATCHER.suffixAt(last, last.length);
    if (level !== null && kindOf(last.slice(0, last.length - level.length)) === "year") texts[texts.length - 1] = last.slice(0, last.length - level.length);
  }
  let object = "";
  // 2021年、2022年、2023年全市行政复议申请分别为…: the noun after the last year is every year's.
  if (kindOf(texts[0]!) === "year" && kindOf(texts[texts.length - 1]!) === "word") {
    const last = texts[texts.length - 1]!;
    const year = DISTRIBUTION_YEAR_START_RE.exec(last);
    if (year !== null) {
      const noun = last.slice(year[0].length);
      object = noun.slice(SCOPE_MATCHER.prefixAt(noun, 0)?.length ?? 0);
      texts[texts.length - 1] = year[0];
    }
  }
  const kinds = texts.map(kindOf);
  if (new Set(kinds).size !== 1) return null;
  if (kinds[0] === "word") {
    const first = texts[0]!;
    const tailLen = texts[texts.length - 1]!.length;
    const longest = Math.max(...texts.slice(1).map((t) => t.length));
    // 审结案件中维持、驳回、撤销…: the shared words end at 中 or 的, when what follows is as long as an item.
    const boundary = Math.max(first.lastIndexOf("中"), first.lastIndexOf("的"));
    // 全年县政府收到、受理、审结行政复议案件分别为…: the actor before a list of verbs is every verb's.
    const firstVerb = VERB_MATCHER.prefixAt(texts[texts.length - 1]!, 0) !== null && texts.slice(1, -1).every(verbsOnly) ? VERB_MATCHER.suffixAt(first, first.length) : null;
    if (boundary > 0 && first.length - boundary - 1 >= 1 && first.length - boundary - 1 <= longest) {
      prefix = first.slice(0, boundary + 1);
      texts[0] = first.slice(prefix.length);
    } else if (firstVerb !== null && firstVerb.length < first.length) {
      prefix = first.slice(0, first.length - firstVerb.length);
      texts[0] = firstVerb;
    } else if (first.length > tailLen && !namedUnits) {
      // (辛店街道、丰李镇: units' names share no words.)
      prefix = first.slice(0, first.length - tailLen);
      texts[0] = first.slice(prefix.length);
    }
    // 收到、受理、审结行政复议案件分别为…: verbs that share the object after the last one.
    const last = texts[texts.length - 1]!;
    const lastVerb = VERB_MATCHER.prefixAt(last, 0);
    // (调解和解 is two verbs, no verb and its object.)
    if (lastVerb !== null && lastVerb.length < last.length && !verbsOnly(last.slice(lastVerb.length)) && texts.slice(0, -1).every(verbsOnly)) {
      object = last.slice(lastVerb.length);
      texts[texts.length - 1] = lastVerb;
    }
    // 培训、案卷评查、“双随机、一公开”抽查数量: a name in quotation marks counts as a word.
    if (texts.some((t) => t.replace(QUOTE_MARKS_RE, "").length > (t.includes("“") ? itemMax + 4 : itemMax))) return null;
  }
  const predicate = tidy(stripTrailing(rawBefore.slice(at + word.length)));
  return {
    items: texts.map((t, k) => ({ text: t, kind: kinds[k] as DistributedItem["kind"], year: kinds[k] === "year" ? Number(DISTRIBUTION_YEAR_RE.exec(t)![1]) : null })),
    prefix,
    predicate: sharedBody + object + (TRAILING_MATCHER.has(predicate) ? "" : predicate),
    body: sharedBody,
  };
}

/** 市、县、乡三级…分别为2865人、7412人、3309人: the levels a joined-levels word lists, handed out in order. */
function levelListBefore(rawBefore: string): Distribution | null {
  const at = rawBefore.lastIndexOf("分别");
  const m = at > 0 ? LEVEL_LIST_RE.exec(rawBefore.slice(0, at)) : null;
  if (m === null) return null;
  const levels = m[1]!.split("、").map((level) => level[0]!);
  // What every level counts: the noun between the levels and 分别, and the verb after it (建成, 为).
  const noun = rawBefore.slice(m.index + m[0].length, at);
  const verb = stripTrailing(rawBefore.slice(at + 2));
  return { items: levels.map((c) => ({ text: `${c}级`, kind: "scope" as const, year: null })), prefix: noun, predicate: TRAILING_MATCHER.has(verb) ? "" : verb };
}
/** 市、县、乡三级 / 市、县两级: levels listed one character each before 两级/三级/四级; group 1 the list. */
// (区、镇（街道）、村（社区）三级: a level may name its kinds in brackets; the level is its first character.)
const LEVEL_LIST_RE = /((?:[省市州县区乡镇村](?:[（(][\u4e00-\u9fa5]{1,4}[）)])?)(?:、[省市州县区乡镇村](?:[（(][\u4e00-\u9fa5]{1,4}[）)])?){1,3})[两三四]级/;

/** 2022年、2023年、2024年，全市…分别为…: a list of years in the clause before the one that says 分别. */
function yearListBefore(before: string, rawBefore: string): Distribution | null {
  if (!DISTRIBUTION_WORDS.some((w) => rawBefore.includes(w))) return null;
  const m = YEAR_LIST_CLAUSE_RE.exec(before);
  if (m !== null) {
    const years = m[1]!.split("、");
    return { items: years.map((t) => ({ text: t, kind: "year" as const, year: Number(DISTRIBUTION_YEAR_RE.exec(t)![1]) })), prefix: "", predicate: "" };
  }
  // 2022年至2024年，全市…分别为5125件、6036件、8125件: a range of a few years hands out each of them in turn.
  const r = YEAR_RANGE_CLAUSE_RE.exec(before);
  if (r === null) return null;
  const from = Number(r[1]);
  const to = Number(r[2]);
  if (to <= from || to - from > 5) return null;
  return { items: Array.from({ length: to - from + 1 }, (_, k) => ({ text: `${from + k}年`, kind: "year" as const, year: from + k })), prefix: "", predicate: "" };
}
const YEAR_LIST_CLAUSE_RE = /(?:^|[，,；;：:])\s*((?:(?:19|20)[0-9]{2}年度?、)+(?:19|20)[0-9]{2}年度?)\s*[，,]\s*$/;
const YEAR_RANGE_CLAUSE_RE = /(?:^|[，,；;：:])\s*((?:19|20)[0-9]{2})年?(?:至|到|—|－|-|~|～)((?:19|20)[0-9]{2})年\s*[，,]\s*$/;

/** 分别宣布废止、修改41件和23件: the items stand after 分别, each a short verb phrase. */
function readDistributionAfter(rest: string): Distribution | null {
  const pieces = listItems(rest);
  const texts = pieces.map((p) => p.trim());
  if (texts.length < 2 || texts.some((t) => t.length === 0 || t.length > 6 || !isHanRun(t, 0, t.length))) return null;
  return { items: texts.map((t) => ({ text: t, kind: "word" as const, year: null })), prefix: "", predicate: "" };
}
/** Whether `words` name the head of `subject`: two characters of its last four in a row (罚没 of 罚没款, 案件 of …违法案件). */
function namesHeadNoun(words: string, subject: string): boolean {
  const head = subject.slice(-4);
  for (let i = 0; i + 2 <= head.length; i++) if (isHanRun(head, i, i + 2) && words.includes(head.slice(i, i + 2))) return true;
  return false;
}
/** A metric that is only a change (持证率较上年提高3.5个百分点): its change spans the figure itself. */
function isChangeOnly(m: ExtractedMetric): boolean {
  return m.change !== null && m.change.end === m.end && m.change.start < m.start;
}

/** A change phrase ending right before the figure's number: [basis] direction [了] [约|近]. */
/** Plus and minus signs (ASCII, full-width, the minus sign). */
const SIGNS = new Set([43, 45, 0xff0b, 0xff0d, 0x2212]);
/** 416项，比2021年翻了一番; 2.4万户次，较上年减少一半: a change said in words right after the figure ending at `figEnd`, else null. */
function wordChangeAfter(text: string, figEnd: number): MetricChange | null {
  const window = text.slice(figEnd, figEnd + 24);
  if (!window.includes("番") && !window.includes("半") && !window.includes("持平")) return null;
  const m = WORD_CHANGE_AFTER_RE.exec(window);
  if (m === null) return null;
  const k = m.slice(2).findIndex((g) => g !== undefined);
  const w = WORD_CHANGES[k]!;
  const start = figEnd + (m[0].length - (m[1]?.length ?? 0) - m[k + 2]!.length);
  let end = figEnd + m[0].length;
  // 翻了一番多: more than the words say.
  const more = text.charCodeAt(end) === 0x591a; // 多
  if (more) end++;
  return { value: w.value, unit: "%", direction: w.direction, basis: m[1] ?? "", text: text.slice(start, end), start, end, ...(more ? { approx: true as const, bound: "lower" as const } : {}) };
}

/**
 * 排查安全生产隐患3,291条，已整改3,260条: an indicator that counts an outcome (整改) goes to the figure of
 * its sentence whose subject says that outcome, in the same unit, not to the count found before it.
 */
function giveIndicatorsToOutcomes(metrics: ExtractedMetric[]): void {
  for (let k = 0; k < metrics.length; k++) {
    const found = metrics[k]!;
    const verbs = found.indicator !== null ? INDICATOR_BY_SLUG.get(found.indicator)?.outcomeVerbs : undefined;
    if (verbs === undefined || verbs.length === 0 || verbs.some((v) => found.subject.includes(v))) continue;
    for (let j = k + 1; j < metrics.length && metrics[j]!.sentenceStart === found.sentenceStart; j++) {
      const outcome = metrics[j]!;
      if (outcome.indicator === null && outcome.unit === found.unit && outcome.period === found.period && outcome.change === null && verbs.some((v) => outcome.subject.includes(v))) {
        giveIndicator(outcome, found.indicator!);
        outcome.pillar = found.pillar;
        outcome.pillarCues = [...found.pillarCues];
        dropIndicator(found);
        break;
      }
    }
  }
}

/**
 * 办结行政复议案件341件，其中以调解、和解方式结案112件: a part is filed where its whole is (the cue 调解
 * there is how the cases ended, not mediation work), unless its own indicator says otherwise.
 */
/** A part of the year's coverage: `named` when it names its months, else `fallback`. */
function partOfYearWordsOr(fallback: MetricCoverage, named: MetricCoverage | null): MetricCoverage {
  return named !== null && named.text !== null ? named : fallback;
}

function inheritWholePillar(part: ExtractedMetric, whole: ExtractedMetric): void {
  if (part.indicator !== null || part.pillar === whole.pillar) return;
  part.pillar = whole.pillar;
  part.pillarCues = [...whole.pillarCues];
}

/** Before a bracketed figure: a figure, its unit (group 1), the bracket, perhaps 合 (group 2): 52.36公顷（合, 1.2亿元（. */
const CONVERSION_BEFORE_RE = /[0-9０-９][0-9０-９.]*[万亿]?([^\s0-9０-９，。；、（）()]{1,5})[（(](合|折合|约合|即)?$/;
/** After a multiple: the fine it sets (三倍罚款, 五倍以下的罚款). */
const PENALTY_MULTIPLE_AFTER_RE = /^(?:以上|以下|以内)?(?:[^，。；]{0,6}倍(?:以上|以下|以内)?)?的?罚款/;
/** Before a count: 每千人, 每万人, 每十万人, 每百户 (the base of a density). Group 1: the base. */
// (万人成讼率89.6件: a rate named by its base is per that base too.)
const PER_BASE_RE = /每((?:百|千|万|十万|百万)(?:人|户|名|常住人口))|((?:百|千|万|十万|百万)(?:人|户))(?=[\u4e00-\u9fa5]{1,6}率)/;

/** A small count written in words, with its classifier (两张, 三个). */
const SMALL_WORD_COUNT_RE = /^[一二两三四五六七八九十][^一二两三四五六七八九十0-9]{1,2}$/;
/** Before a count that refers back: nothing, or a demonstrative (上述三个平台, 这两项制度). */
const REFERS_BACK_LEAD_RE = /^\s*(?:这|上述|该|此|以上|前述)?$/;

/**
 * 推行“免罚清单”“轻罚清单”，两张清单已覆盖…; 上述三个平台已实现…: a small count in words that opens
 * its clause as the topic and names what was just named (or follows a demonstrative) refers back to
 * things already counted; it is no figure of its own.
 */
/** How far above a recap line the figures it restates may stand. */
const RECAP_LOOKBACK = 3000;
/** How long a recap line may be. */
const RECAP_LINE_MAX = 400;
/** How long an aside on what a government includes (（含县政府办）) may run. */
const GOVERNMENT_ASIDE_MAX = 16;
/** Before a restated figure in its clause: 的 after what was done (审结的), or 上述, 前述 (上述1574件). */
const RESTATED_LEAD_RE = /(?:[\u4e00-\u9fa5]的|上述|前述|以上)$/;
/** After it: what it counts, then 中 and a break (…件案件中，). */
const RESTATED_FRAME_AFTER_RE = /^[\u4e00-\u9fa5]{0,8}?中[，,：:]/;
const RESTATED_FRAME_MAX = 12;

function refersBack(text: string, fig: Figure, clauseStart: number, clauseEnd: number): boolean {
  if (fig.approx || fig.value > 10 || !SMALL_WORD_COUNT_RE.test(text.slice(fig.start, fig.end))) return false;
  const lead = REFERS_BACK_LEAD_RE.exec(text.slice(clauseStart, fig.start));
  if (lead === null || fig.end + 3 > clauseEnd) return false;
  const head = text.slice(fig.end, fig.end + 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(head)) return false;
  return lead[0].trim() !== "" || text.slice(Math.max(0, fig.start - 80), clauseStart).includes(head);
}

/** Between a figure's change and a second change of it: a comma, 并 or 且. */
const CHANGE_ONLY_BETWEEN_RE = /^[，,、\s]*(?:并|且)?$/;

/**
 * 帮助1862户经营主体完成信用修复，较上年增加517户 / 受理信访事项312件（批次），同比下降17.9%: a clause that
 * is only a change qualifies the last figure of the clause right before it, wherever that figure
 * stands in its clause: in per cent (or 个百分点 after a rate), or in the figure's own unit.
 */
function changeOfClauseBefore(text: string, prev: ExtractedMetric, change: MetricChange): boolean {
  let p = change.start;
  while (p > prev.end && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 0x3000)) p--;
  if (p <= prev.end || text.charCodeAt(p - 1) !== 0xff0c) return false; // ，
  for (let i = prev.end; i < p - 1; i++) {
    const c = text.charCodeAt(i);
    if (isClauseBreak(c) || isDigit(c)) return false;
  }
  const prevKind = UNITS.get(prev.unit)?.kind;
  if (change.unit === "个百分点") return prevKind === "percent";
  // (1.3万余名…，较2023年增加约600人: 名 and 人 count the same persons.)
  return change.unit === "%" ? prevKind !== "percent" : change.unit === prev.unit || (HEADCOUNT_UNITS.has(change.unit) && HEADCOUNT_UNITS.has(prev.unit));
}
/** Measure words that count persons one by one, interchangeably (人, 名, 位: the person units, not 人次, which counts visits). */
const HEADCOUNT_UNITS: ReadonlySet<string> = new Set([...UNITS].filter(([text, u]) => u.kind === "person" && !text.endsWith("次")).map(([text]) => text));

function readChange(text: string, fig: Figure, clauseStart: number): MetricChange | null {
  const sign = fig.start > clauseStart ? text.charCodeAt(fig.start - 1) : 0;
  if (SIGNS.has(sign)) {
    // 同比-12.6%: the basis, then the sign.
    const basis = CHANGE_BASES.suffixAt(text, fig.start - 1, clauseStart);
    if (basis !== null) {
      const start = fig.start - 1 - basis.length;
      return { value: fig.value, unit: fig.unit, direction: sign === 43 || sign === 0xff0b ? "up" : "down", basis, text: text.slice(start, fig.end), start, end: fig.end, ...(fig.approx ? { approx: true, bound: fig.bound } : {}) };
    }
  }
  let p = fig.start;
  // 同比增长了约12%: the figure's span already holds 约/近; step over 了.
  if (p > clauseStart && text.charCodeAt(p - 1) === 0x4e86) p--; // 了
  let dir = CHANGE_DIRECTIONS.suffixAt(text, p, clauseStart);
  let basisRequired = false;
  if (dir === null) {
    dir = CHANGE_UP_AFTER_BASIS.suffixAt(text, p, clauseStart);
    if (dir === null) return null;
    basisRequired = true;
  }
  let changeStart = p - dir.length;
  // 同比分别增长, 比去年还多出: a filler may stand between the basis and the verb.
  const filler = CHANGE_BASIS_FILLERS.suffixAt(text, changeStart, clauseStart)?.length ?? 0;
  let basis = CHANGE_BASES.suffixAt(text, changeStart - filler, Math.max(clauseStart, changeStart - filler - 8));
  // (年均增长: 均 is the basis's own last character, no filler.)
  const basisWithFiller = basis === null && filler > 0 ? CHANGE_BASES.suffixAt(text, changeStart, Math.max(clauseStart, changeStart - 8)) : null;
  if (basisWithFiller !== null) basis = basisWithFiller;
  // (平均增长8%, 人均增长: 均 after no basis is the end of a word, no filler.)
  else if (!(basis === null && text.charCodeAt(changeStart - 1) === 0x5747)) changeStart -= filler;
  if (basis === null && changeStart - clauseStart >= 4) {
    const m = CHANGE_BASIS_YEAR_RE.exec(text.slice(Math.max(clauseStart, changeStart - 12), changeStart));
    if (m) basis = m[0];
  }
  if (basis === null && basisRequired) return null;
  if (basis !== null) changeStart -= basis.length;
  // One-character verbs (增, 减, 降) only count with a basis or on a percentage: 新增33个 is a count.
  if (basis === null && dir.length < 2 && fig.unitInfo?.kind !== "percent" && fig.unit !== "倍") return null;
  return {
    value: fig.value,
    unit: fig.unit,
    direction: CHANGE_DOWN.has(dir) ? "down" : "up",
    basis: basis ?? "",
    text: text.slice(changeStart, fig.end),
    start: changeStart,
    end: fig.end,
    // 同比增长近两成, 增长20%以上: an approximate change says so, and which bound it is.
    ...(fig.approx ? { approx: true, bound: fig.bound } : {}),
  };
}

/** Indicator rule words by id; a figure's words are marked with a stamp instead of collected in a set. */
const INDICATOR_WORD_LIST = INDICATOR_WORDS.list;
const INDICATOR_WORD_IDS = new Map<string, number>(INDICATOR_WORD_LIST.map((w, i) => [w, i]));
const presentStamp = new Int32Array(INDICATOR_WORD_LIST.length);
/** Words of the figure's own clause, when a rate also borrows words from its sentence. */
const ownStamp = new Int32Array(INDICATOR_WORD_LIST.length);
let requireOwn = false;
const nextPresentStampRaw = stampCounter(presentStamp, ownStamp);
/**
 * The ids marked with the newest stamp, in marking order, so that matchIndicator visits only the
 * rules those words can satisfy. Marks made later with an older stamp (after namesRuleWord took a
 * new one) are not listed: matchIndicator then checks every rule, as it did before the list.
 */
const presentList: number[] = [];
/** How many entries of presentList are the current stamp's (the array is reused, never emptied). */
let presentListLength = 0;
let presentListStamp = 0;
/** A new stamp for marking indicator words (presentStamp); starts its list of marked ids. */
function nextPresentStamp(): number {
  const stamp = nextPresentStampRaw();
  presentListLength = 0;
  presentListStamp = stamp;
  return stamp;
}
function markPresent(id: number, stamp: number): void {
  presentStamp[id] = stamp;
  if (stamp === presentListStamp) presentList[presentListLength++] = id;
}
/** Marks the indicator words occurring anywhere in `s`; returns how many were new. */
function markIndicatorWords(s: string, stamp: number): number {
  // Word ids straight from the scan: a Map lookup per word found cost more than the scan.
  const found = INDICATOR_WORDS.collectAllIdsAt(s, 0, s.length, indScanIds, indScanStarts);
  let n = 0;
  for (let k = 0; k < found; k++) {
    const id = indScanIds[k]!;
    if (presentStamp[id] !== stamp) {
      markPresent(id, stamp);
      n++;
    }
  }
  return n;
}
const indScanIds: number[] = [];
const indScanStarts: number[] = [];
/** Whether `needle` occurs in text[from, to), without slicing. */
function textIncludes(text: string, needle: string, from: number, to: number): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const first = needle.charCodeAt(0);
  for (let i = from; i + n <= to; i++) if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return true;
  return false;
}

/** Marks the sentence's indicator words lying in text[from, to); returns how many were new. */
function markWordsInSpan(c: SentenceContext, from: number, to: number, stamp: number): number {
  let n = 0;
  for (let i = 0; i < c.indCount; i++) {
    const id = c.indIds[i]!;
    if (c.indStarts[i]! >= from && c.indEnds[i]! <= to && presentStamp[id] !== stamp) {
      markPresent(id, stamp);
      n++;
    }
  }
  return n;
}
/** Records the words marked so far as the figure's own: with requireOwn, a rule must use one of them. */
function markOwnWords(c: SentenceContext, stamp: number): void {
  for (let i = 0; i < c.indCount; i++) {
    const id = c.indIds[i]!;
    if (presentStamp[id] === stamp) ownStamp[id] = stamp;
  }
}
/** Whether `s` contains one of the words of the indicator's rule groups (市本级收到 names 收到 of 收到申请). */
function namesRuleWord(s: string, ind: IndicatorRule): boolean {
  const stamp = nextPresentStamp();
  if (markIndicatorWords(s, stamp) === 0) return false;
  for (const group of compiled(ind).all) for (const id of group.ids) if (id >= 0 && presentStamp[id] === stamp) return true;
  return false;
}

interface CompiledRule {
  all: Array<{ ids: number[]; lens: number[] }>;
  none: number[];
}
const COMPILED_RULES = new Map<IndicatorRule, CompiledRule>();
function compiled(ind: IndicatorRule): CompiledRule {
  let r = COMPILED_RULES.get(ind);
  if (!r) {
    const id = (w: string) => INDICATOR_WORD_IDS.get(w) ?? -1;
    r = { all: ind.all.map((g) => ({ ids: g.map(id), lens: g.map((w) => w.length) })), none: ind.none.map(id) };
    COMPILED_RULES.set(ind, r);
  }
  return r;
}

/** Per candidate list: its compiled rules and, per word id, the rules whose first group holds that word. */
interface CompiledList {
  rules: CompiledRule[];
  byFirstWord: Array<number[] | undefined>;
}
const COMPILED_LISTS = new Map<IndicatorRule[], CompiledList>();
function compiledList(candidates: IndicatorRule[]): CompiledList {
  let list = COMPILED_LISTS.get(candidates);
  if (list === undefined) {
    const rules = candidates.map(compiled);
    const byFirstWord: Array<number[] | undefined> = [];
    rules.forEach((rule, r) => {
      for (const id of rule.all[0]?.ids ?? []) {
        if (id < 0) continue;
        const rs = (byFirstWord[id] ??= []);
        if (!rs.includes(r)) rs.push(r);
      }
    });
    list = { rules, byFirstWord };
    COMPILED_LISTS.set(candidates, list);
  }
  return list;
}
/** A rule's score with the words marked by `stamp` (the longest word of each group, summed), or -1 when a group has none, no own word is used (requireOwn) or a `none` word is present. */
function ruleScore(rule: CompiledRule, stamp: number): number {
  let score = 0;
  let own = !requireOwn;
  for (const group of rule.all) {
    let hit = 0;
    for (let k = 0; k < group.ids.length; k++) {
      const id = group.ids[k]!;
      if (id < 0 || presentStamp[id] !== stamp) continue;
      if (group.lens[k]! > hit) hit = group.lens[k]!;
      if (ownStamp[id] === stamp) own = true;
    }
    if (hit === 0) return -1;
    score += hit;
  }
  if (!own) return -1;
  for (const id of rule.none) if (id >= 0 && presentStamp[id] === stamp) return -1;
  return score;
}
/** Which rules of the current candidate list matchIndicator has scored, by a stamp per rule. */
let ruleSeen = new Int32Array(64);
let ruleSeenStamp = 0;
/** The best indicator whose rule the marked words satisfy (every `all` group present, no `none` word), by matched length; the first in the list wins a tie. */
function matchIndicator(candidates: IndicatorRule[], stamp: number): IndicatorRule | null {
  const { rules, byFirstWord } = compiledList(candidates);
  let best = -1;
  let bestScore = 0;
  if (stamp !== presentListStamp) {
    // The list of marked words is not this stamp's: every rule, in order.
    for (let r = 0; r < rules.length; r++) {
      const score = ruleScore(rules[r]!, stamp);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best < 0 ? null : candidates[best]!;
  }
  // A rule needs a word of its first group: only the rules some marked word opens are scored, each
  // once, in any order; a tie goes to the rule first in the list, as a scan in order would give it.
  if (ruleSeen.length < rules.length) ruleSeen = new Int32Array(rules.length);
  if (++ruleSeenStamp === 0x7fffffff) {
    ruleSeen.fill(0);
    ruleSeenStamp = 1;
  }
  for (let k = 0; k < presentListLength; k++) {
    const id = presentList[k]!;
    const rs = byFirstWord[id];
    if (rs === undefined) continue;
    for (const r of rs) {
      if (ruleSeen[r] === ruleSeenStamp) continue;
      ruleSeen[r] = ruleSeenStamp;
      const score = ruleScore(rules[r]!, stamp);
      if (score > bestScore || (score === bestScore && score > 0 && r < best)) {
        best = r;
        bestScore = score;
      }
    }
  }
  return best < 0 ? null : candidates[best]!;
}

interface ScopeList {
  starts: number[];
  ends: number[];
  words: string[];
  /** Scope words right after a figure (its counted things' level), by start. */
  postStarts: number[];
  postWords: string[];
}

/** Scope words outside quotations, minus those that place a ranking (在全省率先, 位居全省) or are a counted noun (80余个乡镇). */
/** A manner that may stand before the verb opening a sentence (以调解、和解方式结案…, 通过线上形式办理…). */
const MANNER_LEAD_RE = /^(?:以|通过)[^，,。；;]{1,10}?(?:方式|形式)/;
/** After counted places (9个县（市、区）…): words that make them the actor of what follows. */
const ACTS_AFTER_PLACES_RE = /^(?:共|均|累计|全年|分别)/;
/** Before counted places: a preposition that makes them where or for whom something is done. */
const PLACE_OBJECT_BEFORE = new CharSet("在向对为于和及与、");
/** Between two levels of one list (乡镇、村（社区）, 县区和乡镇). */
const LEVEL_LIST_JOIN = new CharSet("、和及与");

function collectScopes(text: string, quotes: Range[], street: boolean): ScopeList {
  const out: ScopeList = { starts: [], ends: [], words: [], postStarts: [], postWords: [] };
  // One trie scan (longest word at each position, no overlaps: what the alternation regex did).
  const found: string[] = [];
  const at: number[] = [];
  SCOPE_MATCHER.scanInto(text, 0, text.length, found, at);
  let q = 0;
  /** Where the last scope word passed over as no actor ends. */
  let skippedEnd = -1;
  for (let k = 0; k < found.length; k++) {
    const word = found[k]!;
    const s = at[k]!;
    const e = s + word.length;
    while (q < quotes.length && quotes[q]!.end <= s) q++;
    if (q < quotes.length && quotes[q]!.start <= s) continue;
    if (SCOPE_NOT_BEFORE.prefixAt(text, e) !== null) continue;
    // 在全市开发区中率先推行…: the arena a first is claimed in (its places of a kind, 中), not the figure's level.
    const among = text.indexOf("中", e);
    if (among > e && among - e <= ARENA_KIND_MAX && isHanRun(text, e, among) && SCOPE_NOT_BEFORE.prefixAt(text, among + 1) !== null) continue;
    if (word.endsWith("级") && HONOURS_AFTER_GRADE.prefixAt(text, e) !== null) continue;
    // 备案审查各县（市）报备规范性文件, 各县市报送的文件: a level inside the object names where it came from (全市报送备案…35件 acts).
    const source = SCOPE_SOURCE_AFTER_RE.exec(text.slice(e, e + 16));
    if (source !== null && (source[1] !== undefined || VERB_MATCHER.suffixAt(text, s, Math.max(0, s - 6)) !== null)) continue;
    if (SCOPE_NOT_WITHIN.some((w) => insideWord(text, s, word, w))) continue;
    const before = s > 0 ? text.charCodeAt(s - 1) : NaN;
    if (s > 0 && text.charCodeAt(s) === 0x5168 && SCOPE_WHOLE_NOT_AFTER_CHARS.has(before)) continue; // 全
    if (BARE_LEVEL_WORDS.has(word) && (street || (s > 0 && BARE_LEVEL_NOT_AFTER_CHARS.has(before)))) continue;
    if (s > 0 && (SCOPE_NOT_AFTER_CHARS.has(before) || SCOPE_NOT_AFTER_WORDS.suffixAt(text, s) !== null)) {
      skippedEnd = e;
      continue;
    }
    // 深入乡镇、村（社区）开展…: the levels listed with one that is no actor are none either.
    if (skippedEnd >= 0 && s === skippedEnd + 1 && LEVEL_LIST_JOIN.has(before)) {
      skippedEnd = e;
      continue;
    }
    if (s > 0 && FIGURE_BEFORE_RE.test(text.slice(Math.max(0, s - 3), s))) {
      if (SCOPE_NOT_AFTER_FIGURE.has(word)) continue;
      // 4148个市级服务事项, 80余个乡镇: the level of the counted things, the scope of that figure only.
      out.postStarts.push(s);
      out.postWords.push(word);
      // 9个县（市、区）办理行政处罚案件1.1万件: counted places that act are the level of the figures after them too.
      // (Not places an action is done in or for: 在108个乡镇设立受理点, 向7个镇（街道）下放.)
      if (!ACTS_AFTER_PLACES_RE.test(text.slice(e, e + 2)) && VERB_MATCHER.prefixAt(text, e) === null) continue;
      let f = s;
      while (f > 0 && COUNT_CHARS.has(text.charCodeAt(f - 1))) f--;
      if (f > 0 && PLACE_OBJECT_BEFORE.has(text.charCodeAt(f - 1))) continue;
      // 全区19个乡镇（街道）培育…: all the place's units are the whole place, not one level of it.
      if (f > 1 && text.charCodeAt(f - 2) === 0x5168) continue; // 全
    }
    out.starts.push(s);
    out.ends.push(e);
    out.words.push(word);
  }
  return out;
}

function sectionParents(sections: SectionSpan[]): Array<number | null> {
  const parents: Array<number | null> = [];
  const stack: number[] = [];
  for (let i = 0; i < sections.length; i++) {
    const sec = sections[i]!;
    while (stack.length > 0) {
      const top = sections[stack[stack.length - 1]!]!;
      if (top.level < sec.level && top.start <= sec.start && sec.start < top.end) break;
      stack.pop();
    }
    parents.push(stack.length > 0 ? stack[stack.length - 1]! : null);
    stack.push(i);
  }
  return parents;
}
