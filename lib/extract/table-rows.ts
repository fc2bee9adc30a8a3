// Rows of indicator tables inside a report's text (主要指标完成情况表). Web pages and PDFs lay a
// table out as one line per row with its cells separated by spaces (tabs become spaces in
// cleaning):
//
//   指标名称 2021年 2022年            (or 上年完成 本年完成, 2023年目标值 2023年完成值)
//   行政复议收案数（件） 198 220
//   行政机关负责人出庭应诉率（%） 95.2 100
//   序号 指标 单位 2022年        ← a unit column instead of the unit in the label
//   1 行政复议收案数 件 220
//
// The numbers in such rows carry no measure word, so the prose reader rejects them; this module
// finds them, with the row's label, the unit (from the label's brackets or a unit cell) and the
// year of their column (from the nearest header row above). A line is a row only when its
// cells after the label are all numbers, dashes or a unit: prose with a space in it is not.
//
// A table may also turn the other way, one row per place (or office) and one column per measure,
// each column header naming its unit:
//
//   区（市） 收到申请（件） 受理（件） 直接纠错率（%）
//   崂山区 320 301 12.5
//   合计 750 707 10.8
//
// Each cell of such a row then carries its column's measure and unit; the row's label says whose
// figure it is.

import { KIND_TABLE_HEADER_RE, MULTIPLIER_FACTORS, namesOfficeItself, OFFICE_SCOPE, OFFICE_SYSTEM_SCOPE, OFFICE_SYSTEM_WORDS, ROLE_TABLE_HEADER_RE, SCOPE_MATCHER, TABLE_CHANGE_FALL_SIGNS, TABLE_CHANGE_SIGN_SOURCE, UNITS } from "./knowledge";

export interface TableCell {
  /** Span of the number as written. */
  start: number;
  end: number;
  value: number;
  /** The year of the cell's column, when the header names one. */
  year: number | null;
  /** The column holds goals (目标值, 计划), not results. */
  target: boolean;
  /** In a table with one column per measure: the column's measure (受理) and unit; the row's label then names whose figure it is. */
  column: { label: string; unit: string } | null;
  /** The row's change column (同比 +14.1%), on the cell of the latest year. */
  change?: TableChange;
  /** Written approximately (1187余, 约2600), with its bound. */
  approx?: "lower" | "upper" | null;
  /** Under a header of levels (指标 全市 市本级): the column's level as written (the office itself and its line as 局本级, 全系统). */
  level?: string;
}

export interface TableChange {
  value: number;
  unit: string;
  direction: "up" | "down";
  /** 同比 when the column's header says so, else "" (unstated). */
  basis: string;
  start: number;
  end: number;
}

export interface TableRow {
  /** The row's line. */
  start: number;
  end: number;
  /** The label without its unit (行政复议收案数). */
  label: string;
  unit: string;
  cells: TableCell[];
  /** A group's name (行政复议与应诉, a cell spanning the group's rows) stands before the label in the row's line. */
  grouped?: boolean;
  /** 其中：市本级 under 收到行政复议申请: the row is a part of the row above, whose label and line this is. */
  whole?: { label: string; start: number; end: number };
  /** The row's remark cell (已完成, 部分完成（2项转入2024年）, 含区政府本级) in a last column of words: no value of the row's measure. */
  note?: { start: number; end: number };
  /** The caption line over the row's table (表1 2024年全市卫生监督执法主要数据), which may state whose figures they are. */
  caption?: { start: number; end: number };
  /** Under a name column headed 行为类别 or 审结方式: the label names a kind of thing counted, not whose figure it is. */
  kind?: true;
  /** Under a name column headed 被申请人: the label names the body the cases were brought against, in this role. */
  role?: string;
}

const NUMBER_CELL = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/;
const EMPTY_CELL = /^(?:[-—–/／]+|无)$/;
/** A signed change in an 增减 column (+5.8, -0.3, +3.1个百分点): not a level, and no reason to reject the row. */
const CHANGE_CELL = new RegExp(`^(?:${TABLE_CHANGE_SIGN_SOURCE})[0-9]+(?:\\.[0-9]+)?(?: ?(?:个百分点|%|％))?$`);
/** The sign of a change cell: ↑ or 增长 is a rise, ↓ or 下降 a fall. */
const CHANGE_SIGN_RE = new RegExp(`^(${TABLE_CHANGE_SIGN_SOURCE})?`);
/** A change written without its sign, in a column of changes (3.2%, 1.5个百分点). */
const UNSIGNED_CHANGE_CELL = /^[0-9]+(?:\.[0-9]+)? ?(?:个百分点|%|％)$/;
/**
 * A bound, not a value (≥90, 98%以上, 不低于95): under a goal column (目标值) the goal itself, bounded as 达到30%以上 is in prose;
 * elsewhere passed over like an empty cell. Groups: the sign or word before, the number, its unit, the word after.
 */
const BOUND_CELL = /^(?:([≥≤＞＜><]|不低于|不少于|不高于|不超过)([0-9]+(?:\.[0-9]+)?)(%|％|[\u4e00-\u9fff]{1,4}(?:\/人)?)?|([0-9]+(?:\.[0-9]+)?)(%|％)?(以上|以下|以内))$/;
const UPPER_BOUND_WORDS = new Set(["≤", "＜", "<", "不高于", "不超过", "以下", "以内"]);
/** A number with a note in brackets (251（含上年结转18）): the number, in group 1. */
const NOTED_NUMBER_CELL = /^([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)[（(][^（）()]{1,30}[）)]$/;
/** A number with its unit in the cell (286件, 98.5%, 3.56万户). Groups: the number, the unit as written. */
const NUMBER_UNIT_CELL = /^([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)((?:万|亿)?(?:%|％|[\u4e00-\u9fff]{1,4})(?:\/人)?)$/;
/** The basis a change column's header states (同比, 环比, 年均: the average yearly growth over the columns), else `otherwise`. */
function changeBasisOf(header: string, otherwise: string): string {
  return CHANGE_BASIS_RE.exec(header)?.[0] ?? otherwise;
}
const CHANGE_BASIS_RE = /同比|环比|^年均/;
/** A column of changes by its header (同比, 增减, 增长率（%）, 同比增长（%）, 年均增长): its numbers are changes of the row, not levels. */
const CHANGE_COLUMN = /^(?:年均)?(?:同比|环比|增减|增幅|增速|增长|增长率|变化|比上年|较上年|比去年|较去年)(?:增减|增长|增幅|增速|增长率|变化|情况|幅度|率)?(?:[（(]([^（）()]{1,6})[）)])?$/;
/**
 * A column header: a year (2023年), the previous or the current year (上年, 本年), and perhaps what the
 * column holds (2023年完成值, 上年完成, 目标值, 2020年基数), perhaps with its unit (2023年（件）). Groups: 1 year, 2 previous year, 3 current year,
 * 4 goal words, 5 unit.
 */
const COLUMN_CELL = /^(?:((?:19|20)[0-9]{2})(?:年度?)?|((?:上年度?|上一年度?|去年)(?:同期)?)|(本年度?|今年|当年))?(?:(目标值?|计划值?|预期值?|预计)|完成值|完成情况|完成数|完成|实际值|实际|数值|值|基数|基期值|基期|基准值|现状值|现状)?(?:[（(]([^（）()]{1,6})[）)])?$/;
/** A Markdown table's rule row cell (---, :---:). */
const RULE_CELL = /^:?-{3,}:?$/;
/** A caption's unit: （单位：件）, 单位：万元. */
const CAPTION_UNIT = /[（(]?单位[:：]\s*([^（）()\s]{1,8})[）)]?$/;
/** A table's unit as its caption or a unit line names it; `rates`: the rows named as rates are in per cent (单位：件、%). */
type CaptionUnit = { unit: string; factor: number; rates?: boolean; others?: string[] };
/** A rate's label (直接纠错率, 负责人出庭应诉率): in per cent whatever count unit the unit line names (a rate per population, 万人成讼率, is not). */
const RATE_LABEL_RE = /^(?![每万千百]人).*率$/;
/** A share's label (占比, 比重, 占审结总数比例): in per cent too. */
const SHARE_LABEL_RE = /^(?:所?占.{0,10}(?:比例|比重|比)|比重|比例)$/;
/** A score's label (得分, 考评得分, 总分): in 分. */
const SCORE_LABEL_RE = /(?:得分|评分|总分|分值|^(?:考评|考核|综合)?分数)$/;
const POINTS = { unit: "分", factor: 1 } as const;
/** A column of grades in words (等次, 评定等级) beside a table's figures: no figure, passed over. */
const GRADE_COLUMN_RE = /^(?:评定|考评|考核|评价)?(?:等次|等级|档次|评级)$/;
/** A count's label that names its unit (法律援助件数, 参训人数; 收案数, 一审收案: a case counts in 件): the unit when nothing else names one. */
const COUNT_LABEL_RE = /([件人家次项个场])数$|(案)数?$/;
/** A column that names a count of cases or acts (纠错数, 处罚数, 败诉数), whatever unit they count in; not 天数, 指数, 户数. */
const COUNT_NAME_RE = /(?:案|件|收案|受案|立案|审结|办结|结案|纠错|处罚|调解|申请|受理|投诉|举报|败诉|检查|撤销|维持|驳回|变更|确认违法|出庭)数$/;
const PER_CENT = { unit: "%", factor: 1 } as const;
/** Columns of activities counted in times (行政检查, 抽查, 培训, 演练) and of persons (执法人员, 参训人员), when a unit line lists both. */
const TIMES_LABEL_RE = /检查|抽查|培训|演练|宣传|活动|会议/;
const PERSONS_LABEL_RE = /人员|人数|人$/;

/** The unit a count's label names (法律援助件数: 件; 收案数, 一审收案: 件), else null. */
function countUnitOf(label: string): string | null {
  const counted = COUNT_LABEL_RE.exec(label);
  return counted === null ? null : (counted[1] ?? "件");
}

/**
 * A column's or row's unit when its own words give none: a rate is per cent (人民调解成功率 under 单位：件、%);
 * else the caption's unit; else, with no caption, the unit its label names (法律援助件数).
 */
function impliedUnit(label: string, captionUnit: CaptionUnit | null): { unit: string; factor: number } | null {
  if (RATE_LABEL_RE.test(label) || SHARE_LABEL_RE.test(label)) return PER_CENT;
  if (SCORE_LABEL_RE.test(label)) return POINTS;
  // 单位：件、次 over 行政处罚 行政检查: each column takes the listed unit its name counts in (检查 in 次).
  if (captionUnit?.others !== undefined) {
    const named = countUnitOf(label) ?? (TIMES_LABEL_RE.test(label) ? "次" : PERSONS_LABEL_RE.test(label) ? "人" : null);
    if (named !== null && captionUnit.others.includes(named)) return { unit: named, factor: 1 };
  }
  if (captionUnit !== null) return captionUnit;
  const counted = countUnitOf(label);
  return counted !== null ? { unit: counted, factor: 1 } : null;
}

/**
 * The unit a caption or a unit line names: one unit (件, 万元), or a list of them (件、%), which gives
 * the rows their count unit and the rows that name a rate per cent; null when a word is no unit.
 */
function captionUnitOf(words: string): CaptionUnit | null {
  const one = unitOf(words);
  if (one !== null) return one;
  const units = words.split(/[、,，/]/).map(unitOf);
  if (units.length < 2 || units.some((u) => u === null)) return null;
  const count = units.find((u) => u!.unit !== "%");
  if (count === undefined) return null;
  const others = units.filter((u) => u!.unit !== "%" && u!.unit !== count!.unit).map((u) => u!.unit);
  return { ...count!, rates: units.some((u) => u!.unit === "%"), ...(others.length > 0 ? { others } : {}) };
}
const ORDINAL_CELL = /^[0-9]{1,2}[.、]?$/;
/** The header of a column of row numbers (序号) or of ranks (排名: 1 长沙市 94.26). */
const ORDINAL_HEADER = /^(?:序号|编号|排名|名次|位次)$/;
const ROW_YEAR = /^((?:19|20)[0-9]{2})年度?$/;
const BARE_YEAR = /^((?:19|20)[0-9]{2})$/;
/** How far (in years) from the report's year a bare number in a header may name a column's year. */
const HEADER_YEAR_SPAN = 15;
const HAN = /[\u4e00-\u9fff]/;
/** A unit in brackets at the end of a label: （件）, (万元), （%）. */
const LABEL_UNIT = /[（(]([^（）()]{1,6})[）)]$/;
/** Sentence punctuation; a comma between digit groups (1,250) is part of a number. */
const SENTENCE_PUNCTUATION = /[。；;！？!?，]|,(?![0-9]{3})/;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * A line of cells two spaces apart that ends in a bare figure cell (规范性文件合法性审核  严格落实…。  48): a
 * table row, though a cell holds prose (a web page's or a Word table writes its cells two spaces apart).
 */
export const TEXT_CELL_ROW_RE = /\S {2}(?! ).* {2}[0-9][0-9,.]*[%％]?$/;
/** Digits a PDF spaced out (4 7, 1 2 3 4) or grouped by thousands with spaces (4 318): one number inside a cell. */
export const SPACED_DIGITS_CELL = /^[0-9](?: [0-9])+$|^[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?$/;

/** A number with its sign (+2.9, -75): a change. */
const SIGNED_NUMBER_CELL = /^[+\-−＋－][0-9][0-9,.]*$/;

function splitCells(text: string, from: number, to: number): Cell[] {
  // | 一审行政诉讼案件（件） | 58 | 4 7 |: a table with rules between its cells; a space inside a cell is no cell gap.
  if (hasRule(text, from, to)) return splitRuledCells(text, from, to);
  const cells: Cell[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x7c || text.charCodeAt(i) === 0xff5c)) i++; // space | ｜
    if (i >= to) break;
    const s = i;
    while (i < to && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 0x7c && text.charCodeAt(i) !== 0xff5c) i++;
    const last = cells[cells.length - 1];
    // +2.9 个百分点: a signed change and its unit one space apart are one cell.
    if (last !== undefined && s - last.end === 1 && SIGNED_NUMBER_CELL.test(last.text) && (unitOf(text.slice(s, i)) !== null || CHANGE_CELL.test(`${last.text} ${text.slice(s, i)}`))) {
      last.text = text.slice(last.start, i);
      last.end = i;
      continue;
    }
    // 行政许可 （件）: a header whose unit a line break in its cell put on a line of its own (<br>, a second paragraph).
    // (12345工单 （件）: a hotline's number may open the header; a figure with its unit, 1182件, is no header.)
    if (last !== undefined && s - last.end === 1 && HAN.test(last.text) && !figureCell(last.text) && BRACKETED_UNIT_CELL.test(text.slice(s, i)) && unitOf(text.slice(s + 1, i - 1)) !== null) {
      // (The text without the break, as the header reads: 行政许可（件）.)
      last.text += text.slice(s, i);
      last.end = i;
      continue;
    }
    cells.push({ text: text.slice(s, i), start: s, end: i });
  }
  return cells;
}
/** A cell that holds a figure (1182件, 96.5%, 3.2万): digits, and after them nothing or a unit. */
function figureCell(cell: string): boolean {
  const m = LEADING_NUMBER_RE.exec(cell);
  if (m === null) return false;
  const rest = cell.slice(m[0].length);
  return rest === "" || unitOf(rest) !== null;
}
const LEADING_NUMBER_RE = /^[0-9][0-9.,]*(?:万|亿)?/;
const NOTE_POINTER_RE = /(?:[（(]注[0-9０-９一二三四五六七八九十]{1,2}[）)]|注[0-9０-９]{1,2})$/;
const BRACKETED_UNIT_CELL = /^[（(][^（）()]{1,6}[）)]$/;

/** Whether text[from, to) has a cell rule (| or ｜). */
function hasRule(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) return true;
  }
  return false;
}

function splitRuledCells(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text.charCodeAt(i) === 0x7c || text.charCodeAt(i) === 0xff5c || text.charCodeAt(i) === 32)) i++;
    if (i >= to) break;
    const s = i;
    while (i < to && text.charCodeAt(i) !== 0x7c && text.charCodeAt(i) !== 0xff5c) i++;
    let e = i;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    const raw = text.slice(s, e);
    cells.push({ text: SPACED_DIGITS_CELL.test(raw) ? raw.replace(/ /g, "") : raw, start: s, end: e });
  }
  return cells;
}

/** The unit and multiplier a unit word stands for (件, %, 万元 → 元 × 10000), or null. */
function unitOf(word: string): { unit: string; factor: number; perPerson?: true } | null {
  const w = word.replace(/^单位[:：]?/, "").trim();
  if (w === "％" || w === "%") return { unit: "%", factor: 1 };
  if (UNITS.has(w)) return { unit: w, factor: 1 };
  // 学时/人, a unit per person that units.json does not list (it lists 件/人, 元/人): the count's unit, the row's
  // label then saying 人均.
  if (w.endsWith("/人")) {
    const per = unitOf(w.slice(0, -2));
    return per !== null ? { ...per, perPerson: true } : null;
  }
  for (const [m, factor] of MULTIPLIER_FACTORS) {
    if (w.startsWith(m) && UNITS.has(w.slice(m.length))) return { unit: w.slice(m.length), factor };
  }
  return null;
}

interface Header {
  /** Year per cell position counted from the row's end (last column = 0), so rows with and without a 序号 column line up. */
  yearsFromEnd: Array<number | null>;
  /** The header's cell texts, by the same positions. */
  namesFromEnd: string[];
  /** A column's unit its header names (2023年（件）), by the same positions. */
  unitsFromEnd: Array<{ unit: string; factor: number } | null>;
  /** Columns of changes (同比, 增减（件）): per position, whether it is one. */
  changesFromEnd: boolean[];
  /** Made from the line it was found on (units written in the first row's cells): that line is a row too. */
  firstRow?: boolean;
  /** Whether the column at that position holds goals. */
  targetsFromEnd: boolean[];
  /** A header of measure columns (收到申请（件） 受理（件）): measure and unit per cell position from the row's end, else null. */
  measuresFromEnd: MeasureColumn[] | null;
  /** Columns that describe the row's work in words (推进情况, 主要举措): per position, whether it is one. */
  describedFromEnd?: boolean[];
  /** A header of levels (指标 全市 市本级): the level per position, else null. */
  levelsFromEnd?: Array<string | null>;
  /** Level columns after 其中 (其中：市局机关): per position, whether it is a part of the column before. */
  levelPartsFromEnd?: boolean[];
  /** The rows' labels name kinds of thing counted (行为类别), or bodies in a role (被申请人). */
  kind?: true;
  role?: string;
}

/** A column of a header of measures: what it counts and in which unit, or the change of another column. */
interface MeasureColumn {
  label: string;
  unit: string;
  factor: number;
  /** 立案数同比（%）, 增减（件）: the column holds the changes of the measure at this position from the row's end, with this basis and header. */
  change?: { of: number; basis: string; header: string };
  /** 2024年（件） beside 受理数（件）: the column holds that year's figures of the measure it names. */
  year?: number;
  /** 占比: the shares of the row in the column's total, no measure of their own to change. */
  share?: true;
  /** 等次: words, no figure. */
  words?: true;
}

/** 立案数同比（%）, 同比（%）, 增减（件）: a change column of a header of measures; group 1 the measure it names (may be empty), group 2 its own header. */
const MEASURE_CHANGE_HEADER = new RegExp(`^([\\u4e00-\\u9fff]{0,12}?)(${CHANGE_COLUMN.source.slice(1, -1)})$`);

/**
 * A header of one column per measure, each naming its unit in brackets (区县 收到申请（件） 受理（件）), after
 * a first column that names the rows (区县, 单位) and perhaps a 序号 column; else null.
 */
function measureHeaderOf(cells: Cell[], captionUnit: CaptionUnit | null, reportYear: number | null = null): Header | null {
  let k = ORDINAL_HEADER.test(cells[0]!.text) ? 1 : 0;
  if (cells.length - k < 3 || !HAN.test(cells[k]!.text) || SENTENCE_PUNCTUATION.test(cells[k]!.text)) return null;
  const measures: MeasureColumn[] = [];
  /** Change columns: their index in `measures` and what their header says. */
  const changes: Array<{ at: number; named: string; header: string }> = [];
  const firstName = cells[k]!.text;
  // 片区 镇（街道） 受理纠纷（件）…: a second column of names (a place kind, no unit) before the measures.
  if (cells.length - k >= 4 && (SECOND_NAME_COLUMN.test(cells[k + 1]!.text) || ROLE_TABLE_HEADER_RE.test(cells[k + 1]!.text))) k++;
  const rowsName = cells[k]!.text;
  for (k++; k < cells.length; k++) {
    const text = cells[k]!.text;
    if (GRADE_COLUMN_RE.test(text)) {
      measures.push({ label: text, unit: "", factor: 1, words: true });
      continue;
    }
    // 受理数（件） 占比 2024年（件） 同比: a column of an earlier year's figures of a measure beside it.
    // (上年（件）, 上年同期: the year before the report's; unread when the report's year is unknown.)
    const yearColumn = COLUMN_CELL.exec(text);
    if (yearColumn !== null && (yearColumn[1] !== undefined || yearColumn[2] !== undefined || yearColumn[3] !== undefined) && yearColumn[4] === undefined) {
      const unit = yearColumn[5] !== undefined ? unitOf(yearColumn[5]) : null;
      const year = yearColumn[1] !== undefined ? Number(yearColumn[1]) : reportYear === null ? null : yearColumn[2] !== undefined ? reportYear - 1 : reportYear;
      if ((yearColumn[5] !== undefined && unit === null) || year === null) return null;
      measures.push({ label: "", unit: unit?.unit ?? "", factor: unit?.factor ?? 1, year });
      continue;
    }
    const ch = measures.length > 0 ? MEASURE_CHANGE_HEADER.exec(text) : null;
    if (ch !== null) {
      // 单位 立案数（件） 罚没款（万元） 立案数同比（%）: a change column, of the measure it names or the one before it.
      changes.push({ at: measures.length, named: ch[1]!, header: ch[2]! });
      measures.push({ label: text, unit: "", factor: 1 });
      continue;
    }
    const lu = LABEL_UNIT.exec(text);
    const own = lu ? unitOf(lu[1]!) : null;
    // 行政处罚案件 under a caption (单位：件): the caption's unit; 人民调解成功率 per cent.
    const unit = own ?? impliedUnit(text, captionUnit);
    const label = own ? text.slice(0, lu!.index) : text;
    // 收案数 审结数 纠错数 纠错率: a count named …数 may take its unit from the counts beside it (below).
    if ((unit === null && !COUNT_NAME_RE.test(label)) || label.length < 2 || !HAN.test(label) || SENTENCE_PUNCTUATION.test(text) || (own === null && lu !== null)) return null;
    measures.push({ label, unit: unit?.unit ?? "", factor: unit?.factor ?? 1, ...(SHARE_LABEL_RE.test(label) ? { share: true as const } : {}) });
  }
  if (measures.every((m) => m.words === true || m.year !== undefined)) return null;
  // 单位 收案数 审结数 纠错数 纠错率: counts side by side count in one unit, the unit one of them names (收案数: 件);
  // a table whose counts name none cannot be read.
  // (Only a plain count lends its unit: never money or area, 罚没金额（万元）, nor a rate.)
  const sibling = measures.find((m) => m.unit !== "" && m.factor === 1 && UNITS.get(m.unit)?.kind === "count" && m.change === undefined);
  for (const m of measures) {
    if (m.unit !== "" || m.words === true || changes.some((c) => measures[c.at] === m)) continue;
    if (sibling === undefined) return null;
    m.unit = sibling.unit;
    m.factor = sibling.factor;
  }
  /** The latest year a column names: a change goes to it, or to a measure column of no year (this year's). */
  let latestYear = 0;
  measures.forEach((m, j) => {
    if (m.year === undefined) return;
    latestYear = Math.max(latestYear, m.year);
    // 受理数（件） 2024年（件） 审结数（件） 2024年（件）: the nearest measure before it of the same unit, whose earlier
    // year it gives (none: the row's label says what).
    let named: MeasureColumn | undefined;
    for (let i = j - 1; i >= 0 && named === undefined; i--) {
      const n = measures[i]!;
      if (n.year === undefined && n.words === undefined && n.share === undefined && n.label !== "" && !changes.some((c) => measures[c.at] === n) && n.unit === m.unit) named = n;
    }
    m.label = named?.label ?? "";
  });
  for (const c of changes) {
    // 增减（件）: a count's change names the unit of the measure it changes (a per-cent one may change any).
    const written = CHANGE_COLUMN.exec(c.header)?.[1];
    const countUnit = written !== undefined ? unitOf(written) : null;
    // (Not a column of shares or grades: 同比 after 受理数 占比 2024年 is 受理数's, this year's; a column of the
    // latest year it names only when no column is this year's.)
    const fits = (m: MeasureColumn, dated: boolean) =>
      m.change === undefined &&
      m.unit !== "" &&
      m.words === undefined &&
      (dated ? m.year === latestYear : m.year === undefined) &&
      (c.named !== "" ? m.label.includes(c.named) : m.share === undefined && (countUnit === null || countUnit.unit === "%" || countUnit.unit === m.unit));
    let of = -1;
    for (const dated of [false, true]) for (let j = c.at - 1; j >= 0 && of < 0; j--) if (fits(measures[j]!, dated)) of = j;
    if (of < 0 || changes.length === measures.length) return null;
    measures[c.at] = { label: measures[c.at]!.label, unit: measures[of]!.unit, factor: 1, change: { of: measures.length - 1 - of, basis: changeBasisOf(c.header, ""), header: c.header } };
  }
  const rows = ROLE_TABLE_HEADER_RE.test(rowsName) ? { role: rowsName } : KIND_TABLE_HEADER_RE.test(firstName) || KIND_TABLE_HEADER_RE.test(rowsName) ? { kind: true as const } : {};
  return { yearsFromEnd: measures.map(() => null), namesFromEnd: [], unitsFromEnd: [], changesFromEnd: [], targetsFromEnd: measures.map(() => false), measuresFromEnd: measures.reverse(), ...rows };
}

/** A header cell of a column of shares (占比), or of a measure with its unit (受理数（件）), not of a year's figures or changes. */
function namesOwnMeasure(c: Cell): boolean {
  if (SHARE_LABEL_RE.test(c.text)) return true;
  const lu = LABEL_UNIT.exec(c.text);
  return lu !== null && unitOf(lu[1]!) !== null && COLUMN_CELL.exec(c.text) === null && !CHANGE_COLUMN.test(c.text) && HAN.test(c.text.slice(0, lu.index));
}

/** A header cell, or a piece of one, that a PDF set on a line of its own (2023, 年, 2024年, 年度, 增减, 同比). */
const STACKED_FRAGMENT_RE = /^(?:(?:19|20)[0-9]{2}(?:年度?)?|年度?|度|增减|增减幅度|同比|增幅|增长|备注|单位)$/;
const STACKED_FRAGMENT_MAX = 6;

/** Stacked header pieces as cells: a year and the 年/年度 under it are one cell (2023 / 年 → 2023年). */
function joinStacked(pieces: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && /^(?:19|20)[0-9]{2}(?:年)?$/.test(last.text) && /^(?:年度?|度)$/.test(p.text)) out[out.length - 1] = { text: last.text + p.text, start: last.start, end: p.end };
    else out.push({ ...p });
  }
  return out;
}

/** A column of place names (镇（街道）, 街道, 乡镇, 区县, 单位): names, not a measure. */
const SECOND_NAME_COLUMN = /^(?:镇[（(]街道[）)]|乡镇[（(]街道[）)]|街道|乡镇|镇街|区县|县[（(]市、区[）)]|区[（(]市[）)]|单位|部门|名称)$/;
/** A row label that opens with 其中 (其中：市本级): a part of the row above. */
const PART_ROW_LEAD = /^其中[：:，,]?/;
/** A numbered heading (二、执法情况, （三）…, 3.…): the table above has ended, whatever its length. */
const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])/;
const YEAR_CELL = /^(?:19|20)[0-9]{2}年度?$/;
/** A group cell a line of years subdivides (完成情况, 数值). */
const GROUP_CELL = /^(?:完成情况|完成值|完成数|数值|指标值|实际完成|情况)$/;

/** The header with its group cell replaced by the years under it, or null when it has no one group cell. */
function subdivide(header: Cell[], years: Cell[]): Cell[] | null {
  const groups = header.filter((c) => GROUP_CELL.test(c.text));
  if (groups.length !== 1) return null;
  const g = header.indexOf(groups[0]!);
  return [...header.slice(0, g), ...years, ...header.slice(g + 1)];
}

/**
 * 街道 调解成功率 法律援助 / 泉城路街道 98.6% 45件: a header of measures that names no units, and a first
 * row whose every value cell writes its unit. The header then takes those units; the row itself is read
 * under it right after (null when the row does not fit).
 */
function unitsFromFirstRow(names: Cell[] | null, row: Cell[]): Header | null {
  if (names === null || names.length !== row.length || names.length < 3 || !HAN.test(row[0]!.text)) return null;
  const units: Array<{ unit: string; factor: number }> = [];
  for (let k = 1; k < row.length; k++) {
    const m = NUMBER_UNIT_CELL.exec(row[k]!.text);
    const u = m !== null ? unitOf(m[2]!) : null;
    if (u === null) return null;
    units.push({ unit: u.unit, factor: 1 });
  }
  const measures = names.slice(1).map((c, k) => ({ label: c.text, ...units[k]! }));
  return { yearsFromEnd: measures.map(() => null), namesFromEnd: [], unitsFromEnd: [], changesFromEnd: [], targetsFromEnd: measures.map(() => false), measuresFromEnd: measures.reverse(), firstRow: true };
}

/**
 * 指标 全市 市本级: a header whose columns after the name column are levels, each column that level's figures;
 * perhaps with columns of changes after them (指标 全省 省政府本级 全省同比), each of the level it names.
 */
function levelHeaderOf(cells: Cell[]): Header | null {
  if (cells.length < 3 || !HAN.test(cells[0]!.text)) return null;
  let levelsEnd = cells.length;
  while (levelsEnd > 3 && levelChangeHeader(cells[levelsEnd - 1]!.text) !== null) levelsEnd--;
  const levels = cells.map((c, k) => (k === 0 || k >= levelsEnd ? null : headerLevel(c.text)));
  if (levels.slice(1, levelsEnd).some((l) => l === null)) return null;
  return {
    yearsFromEnd: cells.map(() => null),
    namesFromEnd: cells.map((c) => c.text).reverse(),
    unitsFromEnd: cells.map(() => null),
    changesFromEnd: cells.map((_, k) => k >= levelsEnd).reverse(),
    targetsFromEnd: cells.map(() => false),
    measuresFromEnd: null,
    levelsFromEnd: levels.map((l) => l?.level ?? null).reverse(),
    levelPartsFromEnd: levels.map((l) => l?.part === true).reverse(),
  };
}

/**
 * A level column's header as the level it names: a scope word as written (全市, 省政府本级), the office itself
 * (市局机关 → 局本级) or its line across the place (全市税务系统 → 全系统); `part` after 其中 (其中：市局机关), a part of
 * the column before.
 */
const OFFICE_OWN_HEADER_RE = /^(?![各全])[省市州县区]?(?![\u4e00-\u9fa5]*县区)[\u4e00-\u9fa5]{2,10}(?:局|委|厅|办)(?:本级|机关)$/;
function headerLevel(header: string): { level: string; part: boolean } | null {
  const part = PART_ROW_LEAD.exec(header);
  const named = part !== null ? header.slice(part[0].length) : header;
  if (SCOPE_MATCHER.has(named)) return { level: namesOfficeItself(named) ? OFFICE_SCOPE : named, part: part !== null };
  // (市交通运输局本级, 市卫生健康委机关: an office named in full, then its own level.)
  if (OFFICE_OWN_HEADER_RE.test(named)) return { level: OFFICE_SCOPE, part: part !== null };
  // (全市税务系统, 全市公安机关: the place's whole, then a line's name.)
  const whole = SCOPE_MATCHER.prefixAt(named, 0);
  const line = whole !== null && whole.startsWith("全") && whole.length < named.length && OFFICE_SYSTEM_WORDS.suffixAt(named, named.length, whole.length) !== null;
  return line ? { level: OFFICE_SYSTEM_SCOPE, part: part !== null } : null;
}

/** 全省同比, 同比, 市本级增减: a change column's header after level columns, as the level it names (or "") and its own header; else null. */
function levelChangeHeader(header: string): { level: string; header: string } | null {
  const level = SCOPE_MATCHER.prefixAt(header, 0) ?? "";
  const own = header.slice(level.length);
  return CHANGE_COLUMN.test(own) ? { level, header: own } : null;
}

/** Years and kinds of the header's columns, or null when the line is not a header of year or result/goal columns. */
function headerOf(cells: Cell[], reportYear: number | null): Header | null {
  if (cells.length < 2) return null;
  const columns = cells.map((c) => (c.text.length > 0 ? COLUMN_CELL.exec(c.text) : null));
  const years = columns.map((m) => (m === null ? null : m[1] !== undefined ? Number(m[1]) : m[2] !== undefined && reportYear !== null ? reportYear - 1 : m[3] !== undefined ? reportYear : null));
  const targets = columns.map((m) => m !== null && m[4] !== undefined);
  // (全市合计 2079 1957: bare numbers far from the report's year are counts in a row, not a header's years.)
  if (reportYear !== null && cells.some((c, k) => BARE_YEAR.test(c.text) && Math.abs(years[k]! - reportYear) > HEADER_YEAR_SPAN)) return null;
  // A header names a year, the previous or the current year, a goal column, or a column of values (数值).
  if (!columns.some((m, k) => m !== null && cells[k]!.text.length > 0 && !/^[（(]/.test(cells[k]!.text))) return null;
  // Every cell is such a column or a Chinese column name (指标名称, 单位, 序号, 增幅).
  if (!cells.every((c, k) => columns[k] !== null || (HAN.test(c.text) && !SENTENCE_PUNCTUATION.test(c.text)))) return null;
  const units = columns.map((m) => (m !== null && m[5] !== undefined ? unitOf(m[5]) : null));
  const changes = cells.map((c) => CHANGE_COLUMN.test(c.text));
  const described = cells.map((c) => DESCRIPTION_COLUMN.test(c.text));
  return {
    yearsFromEnd: years.reverse(),
    namesFromEnd: cells.map((c) => c.text).reverse(),
    unitsFromEnd: units.reverse(),
    changesFromEnd: changes.reverse(),
    targetsFromEnd: targets.reverse(),
    measuresFromEnd: null,
    ...(described.some(Boolean) ? { describedFromEnd: described.reverse() } : {}),
  };
}

/** A column that describes each row's work in words (重点任务 推进情况 2023年（件）): no label and no figure. */
const DESCRIPTION_COLUMN = /^(?:(?:推进|进展|落实|实施|工作|主要|具体)(?:情况|举措|措施|做法|内容|成效)|说明)$/;
/** A row whose description cell runs this long is still read (a long line of prose otherwise ends the table). */
const DESCRIBED_ROW_MAX = 1000;

/**
 * A row under a header with description columns whose description cell is prose (long, punctuated):
 * its cells when they line up with the header, only the description cells hold punctuation and a cell
 * holds a figure; else null.
 */
function describedRow(text: string, from: number, to: number, describedFromEnd: boolean[]): Cell[] | null {
  const cells = splitCells(text, from, to);
  if (cells.length !== describedFromEnd.length) return null;
  for (let i = 0; i < cells.length; i++) if (!describedFromEnd[cells.length - 1 - i] && SENTENCE_PUNCTUATION.test(cells[i]!.text)) return null;
  return cells.some((c) => NUMBER_CELL.test(c.text)) ? cells : null;
}

/**
 * Finds the indicator-table rows of a text. Cheap on prose: only short lines without sentence
 * punctuation are split into cells.
 */
export function findTableRows(text: string, reportYear: number | null = null): TableRow[] {
  const rows: TableRow[] = [];
  let header: Header | null = null;
  /** 依申请政务服务事 / 项全程网办率 / % 94.7 97.3: a label a PDF wrapped inside its cell, before its row. */
  let wrappedLabel = "";
  let captionUnit: CaptionUnit | null = null;
  /** 表1 2022年行政复议主要数据: the one year a caption names, for a table whose header names none. */
  let captionYear: number | null = null;
  /** The caption line's range, given to the rows of the table below it. */
  let caption: { start: number; end: number } | null = null;
  /** Rows before this index have been given their caption. */
  let captioned = 0;
  /** The line before, when it was a row of words only: a header whose group cell a line of years may subdivide. */
  let groupHeader: Cell[] | null = null;
  /** 序号 指标名称 单位 / 2023 / 年 / 2024 / 年 / 增减: header cells a PDF set on lines of their own under the others. */
  const stacked: Cell[] = [];
  let unitLine: RegExpExecArray | null = null;
  /** The group heading row the rows below belong to (法律援助), while the header reaches. */
  let group = "";
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    // (A line either adds rows or may be a caption, never both: rows added by the line before take the caption as it stands.)
    for (; captioned < rows.length; captioned++) if (caption !== null) rows[captioned]!.caption = caption;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    const len = lineEnd - lineStart;
    const line = len >= 2 && len <= 160 ? text.slice(lineStart, lineEnd) : null;
    /** Whether the line has sentence punctuation: tested once, read by the branches below (null: no line). */
    const punctuated = line !== null ? SENTENCE_PUNCTUATION.test(line) : null;
    let row: Cell[] | null = line !== null && len >= 4 && (!punctuated || (header !== null && isNotedRow(line))) ? splitCells(text, lineStart, lineEnd) : null;
    // 规范性文件合法性审核  严格落实…（prose）  48 under 重点任务 推进情况 2023年（件）: a row all the same.
    if (row === null && header?.describedFromEnd !== undefined && len >= 4 && len <= DESCRIBED_ROW_MAX) row = describedRow(text, lineStart, lineEnd, header.describedFromEnd);
    const trimmed = groupHeader !== null && header === null && len > 0 && len <= STACKED_FRAGMENT_MAX + 2 ? text.slice(lineStart, lineEnd).trim() : "";
    // 县市 / 收到申请（件） / 直接纠错率（%） / 州本级 / 412 / 14.6 / 延吉市 / 386 / 12.4: a table a PDF copy set one cell per line.
    // (表1 2024年各县市行政复议情况县市: a caption the copy glued to the name cell gives that cell up.)
    const flatName = header === null && line !== null && punctuated === false && HAN.test(line) ? flatNameCell(text, lineStart, lineEnd) : null;
    if (flatName !== null) {
      const flat = flattenedMeasureTable(text, flatName, lineEnd, captionUnit, captionYear);
      if (flat !== null) {
        rows.push(...flat.rows);
        lineStart = flat.end;
        continue;
      }
    }
    if (trimmed !== "" && trimmed.length <= STACKED_FRAGMENT_MAX && STACKED_FRAGMENT_RE.test(trimmed)) {
      // A header cell wrapped onto lines of its own (2023 / 年): kept for the header the next row completes.
      const at = text.indexOf(trimmed, lineStart);
      stacked.push({ text: trimmed, start: at, end: at + trimmed.length });
      lineStart = lineEnd + 1;
      continue;
    }
    if (stacked.length > 0 && row !== null && row.length >= 2 && groupHeader !== null) {
      const h = headerOf([...groupHeader, ...joinStacked(stacked)], reportYear);
      if (h !== null) header = h;
    }
    stacked.length = 0;
    // | 法律援助 | | | |: a group's heading row in a table by years keeps the header and names the group of the rows under it.
    // (| 行政赔偿 | 无 | 无 |, | 行政复议 | — | — |: a row with no data keeps the header and names no group.)
    const labelOnly =
      row !== null &&
      row.length > 0 &&
      header !== null &&
      header.yearsFromEnd.some((y) => y !== null) &&
      HAN.test(row[0]!.text) &&
      !SENTENCE_PUNCTUATION.test(row[0]!.text) &&
      LABEL_UNIT.exec(row[0]!.text) === null &&
      row.slice(1).every((c) => EMPTY_CELL.test(c.text)) &&
      (row.length >= 2 || hasRule(text, lineStart, lineEnd));
    if (labelOnly) {
      if (row!.length === 1) group = row![0]!.text.replace(HEADING_MARKER, "");
      lineStart = lineEnd + 1;
      continue;
    }
    if (row && row.every((c) => RULE_CELL.test(c.text))) {
      // |---|---| under a Markdown header: the header reaches on.
    } else if (row && row.length >= 2) {
      // 类别 指标名称 单位 完成情况 同比 / 2022年 2023年: a line of years under a header's group cell (完成情况) subdivides that cell.
      const sub: Cell[] | null = groupHeader !== null && row.every((c) => YEAR_CELL.test(c.text)) ? subdivide(groupHeader, row) : null;
      // (行为类别 受理数（件） 占比 2024年（件） 同比: columns of shares or of a measure that names its unit make a
      // header of measures, though a column names a year.)
      // (Tried once: a header of measures tried first and not read is not tried again after the year header.)
      const measuresFirst: boolean = sub === null && row.some(namesOwnMeasure);
      const h: Header | null =
        (measuresFirst ? measureHeaderOf(row, captionUnit, reportYear) : null) ??
        headerOf(sub ?? row, reportYear) ??
        (measuresFirst ? null : measureHeaderOf(row, captionUnit, reportYear)) ??
        unitsFromFirstRow(groupHeader, row) ??
        levelHeaderOf(row);
      groupHeader = sub === null && (h === null || h.yearsFromEnd.every((y) => y === null)) && row.every((c) => HAN.test(c.text)) ? row : null;
      if (h) {
        header = h;
        group = "";
        if (h.firstRow) {
          const parsed = parseMeasureRow(row, h, lineStart, lineEnd, captionYear);
          if (parsed) rows.push(parsed);
        }
      } else {
        const labelled = wrappedLabel && unitOf(row[0]!.text) !== null ? [{ text: wrappedLabel, start: lineStart, end: lineStart }, ...row] : row;
        const parsed = header?.measuresFromEnd ? parseMeasureRow(row, header, lineStart, lineEnd, captionYear) : parseRow(labelled, header, lineStart, lineEnd, captionYear, header !== null ? captionUnit : null);
        if (parsed) {
          // 其中：市本级（件） 312 356 right under 收到行政复议申请（件）: a part of the row above.
          const part = PART_ROW_LEAD.exec(parsed.label);
          const whole = rows.length > 0 ? rows[rows.length - 1]! : null;
          if (part !== null && whole !== null && parsed.label.length > part[0].length) {
            const top = whole.whole ?? { label: whole.label, start: whole.start, end: whole.end };
            parsed.label = parsed.label.slice(part[0].length);
            parsed.whole = top;
          }
          // 办结案件（件） under 法律援助: the group names what the row's measure is of.
          if (group !== "" && !parsed.label.includes(group) && !header?.measuresFromEnd) parsed.label = group + parsed.label;
          rows.push(parsed);
        }
        else if (!row.some((c) => NUMBER_CELL.test(c.text))) {
          header = null;
          group = "";
          // 表2 2023年各街道人民调解情况（单位：件）: a caption names the unit of the table below it.
          const cu = len <= 60 && line!.includes("单位") ? CAPTION_UNIT.exec(line!) : null;
          if (cu) captionUnit = captionUnitOf(cu[1]!);
          captionYear = captionYearOf(line!) ?? captionYear;
          if (len <= CAPTION_MAX && CAPTION_LINE_RE.test(line!.trim())) caption = { start: lineStart, end: lineEnd };
        }
      }
      wrappedLabel = "";
    } else if (header !== null && line !== null && (unitLine = CAPTION_UNIT.exec(line.trim())) !== null && unitLine.index === 0) {
      // 指标 2023年 2024年 / 单位：件 / rows: a line that is only a unit, under the header, names the unit of the rows below it.
      captionUnit = captionUnitOf(unitLine[1]!);
    } else if (header !== null && ((line !== null && len <= 12 && HAN.test(line) && !punctuated && !line.includes(" ") && !HEADING_MARKER.test(line)) || (len === 1 && HAN.test(text[lineStart]!)))) {
      // A short fragment inside a table (a wrapped label, a page's running header) keeps the header.
      // (一审行政诉讼案 / 件 / 件 27 23: a label wrapped down to its last character too.)
      wrappedLabel += text.slice(lineStart, lineEnd).trim();
    } else if (len > 0 && text.slice(lineStart, lineEnd).trim().length > 0) {
      // Prose between tables ends the current header's reach; a caption (…情况（单位：件）) names the unit of the table below it.
      header = null;
      group = "";
      wrappedLabel = "";
      // (CAPTION_UNIT is anchored at its end, so it tries every start: only a line with 单位 can match.)
      const cu = line !== null && len <= 60 && !punctuated && line.includes("单位") ? CAPTION_UNIT.exec(line) : null;
      captionUnit = cu ? captionUnitOf(cu[1]!) : null;
      captionYear = line !== null && !punctuated ? captionYearOf(line) : null;
      caption = line !== null && !punctuated && len <= CAPTION_MAX && CAPTION_LINE_RE.test(line.trim()) ? { start: lineStart, end: lineEnd } : null;
    }
    lineStart = lineEnd + 1;
  }
  for (; captioned < rows.length; captioned++) if (caption !== null) rows[captioned]!.caption = caption;
  return rows;
}

/** A flattened table's value cell: a number, with its unit or not, or an empty mark. */
function isFlatValueCell(c: Cell): boolean {
  return NUMBER_CELL.test(c.text) || EMPTY_CELL.test(c.text) || NUMBER_UNIT_CELL.test(c.text);
}
/** The longest line that names a flattened table's rows (县市, 县（市、区）, 单位名称). */
const FLAT_NAME_HEADER_MAX = 10;
/** A measure's header cell on a line of its own: words and its unit in brackets (收到申请（件）). */
const FLAT_MEASURE_LINE = /^[\u4e00-\u9fff][^\s，。；,;]{1,20}[（(][^（）()]{1,6}[）)]$/;
/** A row's name on a line of its own (州本级, 延吉市, 合计). */
const FLAT_LABEL_LINE = /^[\u4e00-\u9fff][^\s，。；,;：:]{1,11}$/;

/** The next non-blank line from `from` on, trimmed, with its span, and where the line after it starts; null at the text's end. */
function nextNonBlankLine(text: string, from: number): { cell: Cell; next: number } | null {
  let at = from;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const raw = text.slice(at, end);
    const t = raw.trim();
    if (t.length > 0) {
      const start = at + raw.indexOf(t);
      return { cell: { text: t, start, end: start + t.length }, next: end + 1 };
    }
    at = end + 1;
  }
  return null;
}

/**
 * A table set one cell per line (a PDF copy): a line naming the rows, two or more lines of measures with
 * their units, then per row its name and one line per measure. Its rows and where the text after it
 * starts, else null. (Lines are read one at a time: most short lines open no such table.)
 */
function flattenedMeasureTable(text: string, name: Cell, nameEnd: number, captionUnit: CaptionUnit | null, captionYear: number | null): { rows: TableRow[]; end: number } | null {
  const measures: Cell[] = [];
  let at = nameEnd + 1;
  let line = nextNonBlankLine(text, at);
  while (line !== null && measures.length < FLAT_MEASURES_MAX) {
    if (FLAT_MEASURE_LINE.test(line.cell.text)) measures.push(line.cell);
    else {
      // 执法人员 / （人）: a measure whose cell wrapped its unit onto the next line.
      const unitLine = FLAT_LABEL_LINE.test(line.cell.text) ? nextNonBlankLine(text, line.next) : null;
      if (unitLine === null || !BRACKETED_UNIT_CELL.test(unitLine.cell.text) || unitOf(unitLine.cell.text.slice(1, -1)) === null) break;
      measures.push({ text: line.cell.text + unitLine.cell.text, start: line.cell.start, end: unitLine.cell.end });
      line = unitLine;
    }
    at = line.next;
    line = nextNonBlankLine(text, at);
  }
  const k = measures.length;
  if (k < 2) return null;
  const header = measureHeaderOf([name, ...measures], captionUnit);
  if (header === null) return null;
  const rows: TableRow[] = [];
  let end = measures[k - 1]!.end;
  // (A per-cent cell over 100, or a number where the next row's name should be, shows the columns do not
  // line up: no row is better than shifted values.)
  const misaligned = (row: TableRow, next: number) => {
    const following = nextNonBlankLine(text, next);
    return row.cells.some((c) => c.column?.unit === "%" && c.value > 100) || (following !== null && NUMBER_CELL.test(following.cell.text));
  };
  for (;;) {
    // 市支 / 队 / 186  186  224  2315  318: a row whose name wrapped in its cell and whose numbers share one line.
    const wrapped = wrappedNameRow(text, at, k);
    if (wrapped !== null) {
      const row = parseMeasureRow(wrapped.cells, header, wrapped.cells[0]!.start, wrapped.cells[k]!.end, captionYear);
      if (row === null || misaligned(row, wrapped.next)) break;
      rows.push(row);
      end = wrapped.cells[k]!.end;
      at = wrapped.next;
      continue;
    }
    const cells: Cell[] = [];
    let p = at;
    for (let j = 0; j <= k; j++) {
      const l = nextNonBlankLine(text, p);
      if (l === null) break;
      cells.push(l.cell);
      p = l.next;
    }
    if (cells.length < k + 1 || !FLAT_LABEL_LINE.test(cells[0]!.text) || !cells.slice(1).every(isFlatValueCell)) break;
    const row = parseMeasureRow(cells, header, cells[0]!.start, cells[k]!.end, captionYear);
    if (row === null || misaligned(row, p)) break;
    rows.push(row);
    end = cells[k]!.end;
    at = p;
  }
  if (rows.length === 0) return null;
  const next = text.indexOf("\n", end);
  return { rows, end: next < 0 ? text.length : next + 1 };
}
/** The most lines a row's name may have wrapped onto in a flattened table (市支 / 队). */
const WRAPPED_NAME_LINES_MAX = 3;
/**
 * 张店 / 区 / 58  58  72  1236  162 from `from` on: a row of a flattened table whose name a PDF wrapped onto short lines
 * of their own and whose `k` numbers share the line after them: its cells (the name joined) and where the text after it
 * starts; else null.
 */
function wrappedNameRow(text: string, from: number, k: number): { cells: Cell[]; next: number } | null {
  const parts: Cell[] = [];
  let line = nextNonBlankLine(text, from);
  // (队 of 市支 / 队: a wrapped name's later lines may be one character.)
  while (line !== null && parts.length < WRAPPED_NAME_LINES_MAX && (FLAT_LABEL_LINE.test(line.cell.text) || (parts.length > 0 && WRAPPED_NAME_TAIL_RE.test(line.cell.text)))) {
    parts.push(line.cell);
    line = nextNonBlankLine(text, line.next);
  }
  if (line === null) return null;
  const numbers = splitCells(text, line.cell.start, line.cell.end);
  // (合计  612  612  738  9847  1392: a short name that did not wrap shares the numbers' line.)
  if (parts.length === 0 && numbers.length === k + 1 && FLAT_LABEL_LINE.test(numbers[0]!.text)) parts.push(numbers.shift()!);
  if (parts.length === 0) return null;
  if (numbers.length !== k || !numbers.every(isFlatValueCell)) return null;
  const name = parts.map((c) => c.text).join("");
  if (name.length > FLAT_NAME_MAX) return null;
  return { cells: [{ text: name, start: parts[0]!.start, end: parts[parts.length - 1]!.end }, ...numbers], next: line.next };
}
const WRAPPED_NAME_TAIL_RE = /^[\u4e00-\u9fff）)]$/;
/** The longest row name a flattened table's wrapped lines may join into. */
const FLAT_NAME_MAX = 16;
/** The most measure columns a flattened table is read with. */
const FLAT_MEASURES_MAX = 12;

/** What names a flattened table's rows (县市, 区县, 单位), alone on its line or at the end of a caption glued to it. */
const FLAT_NAME_CELL_RE = /(?:县（市、区）|县\(市、区\)|县市区|县市|区县|县区|地区|单位|部门|项目|名称|镇街|乡镇（街道）|乡镇|街道|村（社区）)$/;
/** The cell naming a flattened table's rows on the line [from, to): the whole short line, or the name at its end; else null. */
function flatNameCell(text: string, from: number, to: number): Cell | null {
  const raw = text.slice(from, to);
  const t = raw.trim();
  if (t.length === 0 || FLAT_MEASURE_LINE.test(t)) return null;
  const at = from + raw.indexOf(t);
  if (t.length <= FLAT_NAME_HEADER_MAX && !/\s/.test(t)) return { text: t, start: at, end: at + t.length };
  const m = FLAT_NAME_CELL_RE.exec(t);
  return m === null ? null : { text: m[0], start: at + m.index, end: at + t.length };
}

/** The header of a table's column of notes. */
const NOTE_HEADER_RE = /^(?:备注|说明|附注)$/;

/** The longest note (备注) a row's last cell may hold with sentence punctuation in it. */
const NOTE_CELL_MAX = 24;

/**
 * 收到行政复议申请 件 612 698 全市，含转送件: a row whose only punctuation is in a short note after its
 * last number is a row of the table, not prose. `wideGap`: the note must stand two spaces or a tab apart
 * (a document's table before cleaning, where 4318 件，同比… is prose).
 */
export function isNotedRow(line: string, wideGap = false): boolean {
  const end = line.trimEnd();
  const gap = Math.max(end.lastIndexOf(" "), end.lastIndexOf("\t"));
  if (gap < 0 || end.length - gap - 1 > NOTE_CELL_MAX) return false;
  let from = gap;
  while (from > 0 && (end[from - 1] === " " || end[from - 1] === "\t")) from--;
  if (wideGap && gap === from && end[gap] !== "\t") return false;
  const before = end.slice(0, from);
  if (SENTENCE_PUNCTUATION.test(before)) return false;
  return NUMBER_CELL.test(before.slice(Math.max(before.lastIndexOf(" "), before.lastIndexOf("\t")) + 1));
}

/** A cell of words that may name a row (行政复议, 收到行政复议申请), not a number or a unit. */
function isLabelCell(c: Cell): boolean {
  return HAN.test(c.text) && !/^[0-9]/.test(c.text) && unitOf(c.text) === null && !SENTENCE_PUNCTUATION.test(c.text) && !BOUND_CELL.test(c.text);
}

/** +14.1%, -2.3个百分点 → the change it states. */
/**
 * +14.1%, -2.3个百分点, +44, 14.1 under 同比增长（%） → the change it states. A change with no unit of its own
 * is in its column's unit (增减（件）), in per cent under a rate or growth header (增长率, 同比增长), else in
 * the row's unit (增减: +44 more of what the row counts).
 */
function changeOf(c: Cell, basis: string, header: string, rowUnit: string | null): TableChange {
  const sign = CHANGE_SIGN_RE.exec(c.text)![1] ?? "";
  const m = /^([0-9]+(?:\.[0-9]+)?)(.*)$/.exec(c.text.slice(sign.length))!;
  const columnUnit = CHANGE_COLUMN.exec(header)?.[1];
  const written = m[2]!.trim();
  const own = written === "％" ? "%" : written;
  // 直接纠错率（%） 9.7 11.2 +1.5 under 增减: a rate's difference is in 个百分点, not per cent.
  const unit =
    own !== "" ? own : columnUnit !== undefined ? (columnUnit === "％" ? "%" : columnUnit) : rowUnit === "%" && DIFFERENCE_HEADER_RE.test(header) ? "个百分点" : /率|幅|增长/.test(header) || rowUnit === null ? "%" : rowUnit;
  return { value: Number(m[1]), unit, direction: TABLE_CHANGE_FALL_SIGNS.has(sign) ? "down" : "up", basis, start: c.start, end: c.end };
}

/** A number with its multiplier or approximation (2.1万, 1187余, 约2600): prefix, digits, multiplier, suffix. */
const ROUGH_NUMBER_CELL = /^(约|近|超)?([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)(万|亿)?(余|多)?$/;
/** A change cell that writes its unit (+3.1%, -2个百分点, 44件). */
const UNIT_WRITTEN_RE = /[%％\u4e00-\u9fff]$/;
/** How far a stated change may be from the difference of the two years it changes and still be that difference (rounding). */
const DIFFERENCE_TOLERANCE = 0.011;

/** A change column that states a difference (增减, 变化), not a growth rate (增长率, 增幅). */
const DIFFERENCE_HEADER_RE = /^(?:增减|变化|增减情况|比上年增减|较上年增减)$/;

/** A caption is one short line. */
const CAPTION_MAX = 60;
/** A table's caption, not its header of words: 表1 …, 附表 …, or a title ending in 数据, 情况, 统计, 指标, 一览表. */
const CAPTION_LINE_RE = /^(?:附?表\s*[0-9一二三四五六七八九十]+|附件)|(?:数据|情况|统计|指标|一览表|汇总表|明细表|对比)表?(?:[（(][^）)]*[）)])?$/;

/** The one year (2022年) a short caption line names, else null. */
function captionYearOf(line: string): number | null {
  if (line.length > CAPTION_MAX) return null;
  const years = line.match(/(?:19|20)[0-9]{2}(?=年)/g);
  return years !== null && years.length === 1 ? Number(years[0]) : null;
}

function parseRow(cells: Cell[], header: Header | null, start: number, end: number, captionYear: number | null = null, captionUnit: CaptionUnit | null = null): TableRow | null {
  let k = 0;
  if (ORDINAL_CELL.test(cells[0]!.text) && cells.length >= 3) k = 1; // 序号
  // 应急演练 次 126 215 under …2020年 备注: a row whose note cell is empty (a text table drops it) lines up without it.
  const noteGone = header !== null && NOTE_HEADER_RE.test(header.namesFromEnd[0] ?? "") && NUMBER_CELL.test(cells[cells.length - 1]!.text) ? 1 : 0;
  // 行政复议 收到行政复议申请 件 312 356: a group's name (a cell spanning the group's rows) before the row's own label.
  const firstLabel = k;
  const described = (i: number) => header?.describedFromEnd?.[cells.length - 1 - i + noteGone] === true;
  while (k + 1 < cells.length && isLabelCell(cells[k]!) && isLabelCell(cells[k + 1]!) && !described(k + 1)) k++;
  const labelCell = cells[k]!;
  if (!HAN.test(labelCell.text) || NUMBER_CELL.test(labelCell.text)) return null;
  let label = labelCell.text.replace(NOTE_POINTER_RE, "");
  let unit: { unit: string; factor: number; perPerson?: true } | null = null;
  const lu = LABEL_UNIT.exec(label);
  if (lu) {
    unit = unitOf(lu[1]!);
    if (unit) label = label.slice(0, lu.index);
  }
  const numbers: Array<{ cell: Cell; index: number; approx?: "lower" | "upper" | null }> = [];
  let changeCell: { cell: Cell; index: number } | null = null;
  const fromEndOf = (i: number) => cells.length - 1 - i + noteGone;
  let rough: RegExpExecArray | null;
  let bound: RegExpExecArray | null;
  let note: { start: number; end: number } | undefined;
  for (let i = k + 1; i < cells.length; i++) {
    const c = cells[i]!;
    if (described(i)) continue;
    const inChangeColumn = header?.changesFromEnd[fromEndOf(i)] === true;
    const withUnit = NUMBER_UNIT_CELL.exec(c.text);
    const cellUnit = withUnit !== null ? unitOf(withUnit[2]!) : null;
    const noted = NOTED_NUMBER_CELL.exec(c.text);
    if (inChangeColumn && (NUMBER_CELL.test(c.text) || CHANGE_CELL.test(c.text) || withUnit !== null)) changeCell ??= { cell: c, index: i };
    else if (NUMBER_CELL.test(c.text)) numbers.push({ cell: c, index: i });
    // (1.2亿 in a row of 万元: two multipliers, no safe value.)
    else if ((rough = ROUGH_NUMBER_CELL.exec(c.text)) !== null && !(rough[3] !== undefined && unit !== null && unit.factor !== 1)) {
      // 2.1万, 1187余, 约2600: a number with its multiplier or its approximation, in the cell's own span.
      const value = Number((Number(rough[2]!.replace(/,/g, "")) * (rough[3] === "亿" ? 1e8 : rough[3] === "万" ? 1e4 : 1)).toPrecision(15));
      const approx = rough[4] !== undefined ? "lower" : rough[1] === "超" ? "lower" : rough[1] === "近" ? "upper" : rough[1] !== undefined ? null : undefined;
      numbers.push({ cell: { text: String(value), start: c.start, end: c.end }, index: i, ...(approx !== undefined ? { approx } : {}) });
    }
    else if (noted !== null) numbers.push({ cell: { text: noted[1]!, start: c.start, end: c.start + noted[1]!.length }, index: i });
    else if ((bound = BOUND_CELL.exec(c.text)) !== null) {
      const boundUnit = bound[3] ?? bound[5];
      const ownUnit = boundUnit !== undefined ? unitOf(boundUnit) : null;
      // (≥1.5万 or ≥95% in a row of 件: a unit of its own the row does not share.)
      const unitAgrees = boundUnit === undefined || (ownUnit !== null && (unit === null || (unit.unit === ownUnit.unit && unit.factor === 1)));
      if (header?.targetsFromEnd[fromEndOf(i)] === true && unitAgrees) {
        // (As for a result cell with its unit: under no header of years, a unit of its own after bare numbers may count something else.)
        if (unit === null && ownUnit !== null && numbers.length > 0 && !header.yearsFromEnd.some((y) => y !== null)) return null;
        if (unit === null && ownUnit !== null) unit = { unit: ownUnit.unit, factor: 1, ...(ownUnit.perPerson ? { perPerson: true as const } : {}) };
        const value = Number((Number(bound[2] ?? bound[4]) * (ownUnit?.factor ?? 1)).toPrecision(15));
        // (The figure is the number, whose token the extractor meets after ≥ or 不低于.)
        numbers.push({ cell: { text: String(value), start: c.start + (bound[1]?.length ?? 0), end: c.end }, index: i, approx: UPPER_BOUND_WORDS.has(bound[1] ?? bound[6]!) ? "upper" : "lower" });
      }
    } else if (cellUnit !== null && (unit === null || (unit.unit === cellUnit.unit && unit.factor === 1))) {
      // 286件 312件, 90% 96.3%: the unit written in the cell is the row's.
      // (市公安局 198 187 21 11.2% under no header of years: not the unit of the bare numbers before it, which may
      // count something else; under 2022年 2023年 they are the same measure's other years: 收到申请 361 512件.)
      if (unit === null && numbers.length > 0 && !header?.yearsFromEnd.some((y) => y !== null)) return null;
      unit ??= { unit: cellUnit.unit, factor: 1, ...(cellUnit.perPerson ? { perPerson: true as const } : {}) };
      numbers.push({ cell: { text: String(Number((Number(withUnit![1]!.replace(/,/g, "")) * cellUnit.factor).toPrecision(15))), start: c.start, end: c.end }, index: i });
    } else if (CHANGE_CELL.test(c.text)) changeCell ??= { cell: c, index: i };
    else if (EMPTY_CELL.test(c.text)) continue;
    else if (!unit && i === k + 1 && unitOf(c.text)) unit = unitOf(c.text);
    // 356 含区政府本级: a note in a table's last column (备注).
    else if (header !== null && numbers.length > 0 && i === cells.length - 1 && HAN.test(c.text)) note = { start: c.start, end: c.end };
    else return null; // words after the label: prose or a table we cannot read
  }
  const fromEnd = (i: number) => cells.length - 1 - i + noteGone;
  // 指标名称 2023年（件） 2022年（件）: the unit its column's header names; else the caption's (单位：件).
  if (!unit && numbers.length > 0) unit = header?.unitsFromEnd[fromEnd(numbers[0]!.index)] ?? (captionUnit !== null ? impliedUnit(label, captionUnit) : null);
  if (!unit || numbers.length === 0 || label.length < 2) return null;
  if (unit.perPerson && !label.includes("人均")) label = `人均${label}`;
  const out: TableCell[] = numbers.map(({ cell, index, approx }) => {
    const raw = Number(cell.text.replace(/,/g, ""));
    const value = unit!.factor === 1 ? raw : Number((raw * unit!.factor).toPrecision(15));
    // A header with no year columns: the caption's year, if it names one.
    const year = header?.yearsFromEnd.some((y) => y !== null) ? (header.yearsFromEnd[fromEnd(index)] ?? null) : captionYear;
    const level = header?.levelsFromEnd?.[fromEnd(index)] ?? null;
    return { start: cell.start, end: cell.end, value, year, target: header?.targetsFromEnd[fromEnd(index)] ?? false, column: null, ...(approx !== undefined ? { approx } : {}), ...(level !== null ? { level } : {}) };
  });
  // 312 356 +14.1% under 2022年 2023年 同比: the change is the latest year's.
  if (changeCell !== null && header !== null) {
    let latest: TableCell | null = null;
    for (const c of out) if (c.year !== null && !c.target && (latest === null || c.year > latest.year!)) latest = c;
    const name = header.namesFromEnd[fromEnd(changeCell.index)] ?? "";
    // 增减 after 2022年 2023年: the change from the year before, which the table shows too.
    const before = latest !== null && out.some((c) => c.year === latest!.year! - 1) ? `较${latest.year! - 1}年` : "";
    // 23765 1126 +61.3% under 全省 省政府本级 全省同比: the change is of the level its header names, or of the one level column.
    const ofLevel = header.levelsFromEnd !== undefined ? levelChangeHeader(name) : null;
    if (ofLevel !== null) {
      // (全市税务系统 其中：市局机关 同比: a change that names no level is of the one column that is no part of another.)
      const levelled = out.filter((c, k) => c.level !== undefined && header.levelPartsFromEnd?.[fromEnd(numbers[k]!.index)] !== true);
      const changed = ofLevel.level !== "" ? out.find((c) => c.level === ofLevel.level) : levelled.length === 1 ? levelled[0] : undefined;
      if (changed !== undefined) changed.change = changeOf(changeCell.cell, changeBasisOf(ofLevel.header, ""), ofLevel.header, unit.unit);
    } else if (latest !== null) {
      latest.change = changeOf(changeCell.cell, changeBasisOf(name, before), name, unit.unit);
      // 14.1 12.4 -1.7 or 3.92 4.13 0.21 (万件) under 增减幅度: a change with no unit of its own that is the
      // difference of the two years is in the row's unit (个百分点 for a rate), not a per-cent growth.
      const previous = out.find((c) => c.year === latest!.year! - 1);
      const change = latest.change;
      if (previous !== undefined && !UNIT_WRITTEN_RE.test(changeCell.cell.text) && CHANGE_COLUMN.exec(name)?.[1] === undefined) {
        const difference = (latest.value - previous.value) / unit.factor;
        const stated = (change.direction === "down" ? -1 : 1) * change.value;
        if (Math.abs(difference - stated) < DIFFERENCE_TOLERANCE && Math.abs(difference) > 0) {
          const rate = unit.unit === "%";
          latest.change = { ...change, value: rate ? change.value : Number((change.value * unit.factor).toPrecision(15)), unit: rate ? "个百分点" : unit.unit };
        }
      }
    }
  }
  return { start, end, label, unit: unit.unit, cells: out, ...(k > firstLabel ? { grouped: true } : {}), ...(note !== undefined ? { note } : {}) };
}

/** A row under a header of measure columns: its label (a place, an office, 合计) and one cell per measure, lined up from the row's end. */
function parseMeasureRow(cells: Cell[], header: Header, start: number, end: number, captionYear: number | null = null): TableRow | null {
  const measuresFromEnd = header.measuresFromEnd!;
  let k = 0;
  if (ORDINAL_CELL.test(cells[0]!.text) && cells.length >= 3) k = 1;
  // 城区 泉城路街道 486 479: a group's name before the row's own name.
  if (cells.length - k - 2 === measuresFromEnd.length && HAN.test(cells[k]!.text) && HAN.test(cells[k + 1]!.text)) k++;
  // 市公安局（注2）: a pointer to a note under the table is no part of the name.
  const label = cells[k]!.text.replace(NOTE_POINTER_RE, "");
  // 2022年 198 176 (or 2022 198 176 under 年份): a row per year dates its cells and names no one.
  const year = ROW_YEAR.exec(label) ?? BARE_YEAR.exec(label);
  if ((!HAN.test(label) && year === null) || label.length < 2 || cells.length - k - 1 !== measuresFromEnd.length) return null;
  const out: TableCell[] = [];
  /** The row's change cells, by the position from the end of the measure they change. */
  const changes = new Map<number, TableChange>();
  /** The cell of each measure column, by its position from the end. */
  const byColumn = new Map<number, TableCell>();
  for (let i = k + 1; i < cells.length; i++) {
    const c = cells[i]!;
    const m = measuresFromEnd[cells.length - 1 - i]!;
    if (m.words === true) continue;
    if (m.change !== undefined) {
      // -5.7 under 立案数同比（%）: the change of the row's 立案数, not a figure of its own.
      // (3.2% under 同比增长: an unsigned change is a rise.)
      if (CHANGE_CELL.test(c.text) || NUMBER_CELL.test(c.text) || UNSIGNED_CHANGE_CELL.test(c.text)) changes.set(m.change.of, changeOf(c, m.change.basis, m.change.header, m.unit));
      else if (!EMPTY_CELL.test(c.text)) return null;
      continue;
    }
    // 45件 under 法律援助（件）, or under a header that names no units (their first row's cells do).
    const withUnit = NUMBER_UNIT_CELL.exec(c.text);
    const cellUnit = withUnit !== null ? unitOf(withUnit[2]!) : null;
    if (NUMBER_CELL.test(c.text) || (cellUnit !== null && cellUnit.unit === m.unit)) {
      const raw = Number((withUnit?.[1] ?? c.text).replace(/,/g, ""));
      const factor = cellUnit?.factor ?? m.factor;
      const value = factor === 1 ? raw : Number((raw * factor).toPrecision(15));
      const cell: TableCell = { start: c.start, end: c.end, value, year: m.year ?? (year ? Number(year[1]) : captionYear), target: false, column: { label: m.label, unit: m.unit } };
      out.push(cell);
      byColumn.set(cells.length - 1 - i, cell);
    } else if (!EMPTY_CELL.test(c.text)) return null;
  }
  if (out.length === 0) return null;
  for (const [of, change] of changes) {
    const cell = byColumn.get(of);
    if (cell !== undefined) cell.change = change;
  }
  return { start, end, label: year ? "" : label, unit: out[0]!.column!.unit, cells: out, ...(header.kind ? { kind: true as const } : {}), ...(header.role !== undefined ? { role: header.role } : {}) };
}
