// Matching extracted metrics against the hand-annotated gold set (tests/fixtures/gold/*.json).
// Pure functions, no I/O: tests/extraction-gold.test.ts feeds them processReport() output, and
// tests/support/gold-match.test.ts checks them on small hand-made cases.
//
// A gold metric is FOUND when an extracted metric (not already used by another gold metric) has
//   * the same value (relative tolerance 1e-9),
//   * the same unit (人次 ≠ 人, 家次 ≠ 家 …; only spelling variants of one unit are merged, see
//     canonicalUnit), and
//   * a span that overlaps the gold figure's location or lies inside the sentence that contains
//     the gold `context`.
// Precision = matched / extracted, recall = matched / gold, on values. Pillar, indicator and scope
// agreement are computed over matched pairs.

export interface GoldMetric {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  subject: string;
  pillar: string;
  indicator: string | null;
  scope: string | null;
  period: number | null;
  context: string;
}

export interface GoldMeta {
  place: string | null;
  parent: string | null;
  year: number | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  kind: "report" | "news";
}

export interface GoldFile {
  file: string;
  /** Path of the source bytes, relative to the repository root. */
  source: string;
  sourceUrl: string | null;
  note?: string;
  /** Strings (spam, chrome) that cleaning must remove: they must not survive in the cleaned text. */
  mustRemove?: string[];
  meta: GoldMeta;
  metrics: GoldMetric[];
}

/** The part of an ExtractedMetric the matcher needs (structurally compatible with lib/pipeline/types). */
export interface ExtractedLike {
  value: number;
  unit: string;
  text: string;
  start: number;
  end: number;
  pillar: string;
  indicator: string | null;
  scope: string | null;
  sentence?: string;
}

export interface GoldLocation {
  /** Range of the gold figure in the cleaned text (inside the located context). */
  textStart: number;
  textEnd: number;
  /** Range of the sentence that contains the context. */
  sentenceStart: number;
  sentenceEnd: number;
}

// ---------------------------------------------------------------------------------------------
// Values and units

export function sameValue(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Spelling variants of one unit are merged; different units stay different. Money is compared in
 * 元, so 1.01亿元 (value 1.01, unit 亿元) equals 101000000 元 and 10100 万元. Full-width ％ is %.
 * 个工作日 and 工作日 are the same unit.
 */
export function canonicalUnit(value: number, unit: string): { value: number; unit: string } {
  let u = unit.trim().replace(/％/g, "%");
  const money = MONEY[u];
  if (money !== undefined) return { value: value * money, unit: "元" };
  if (u === "个工作日") u = "工作日";
  return { value, unit: u };
}

export function sameQuantity(a: { value: number; unit: string }, b: { value: number; unit: string }): boolean {
  const x = canonicalUnit(a.value, a.unit);
  const y = canonicalUnit(b.value, b.unit);
  return x.unit === y.unit && sameValue(x.value, y.value);
}

// ---------------------------------------------------------------------------------------------
// Locating gold metrics in the cleaned text

/** Characters ignored when searching a context: whitespace (PDF line wraps, HTML blocks). */
const IGNORABLE = /[\s\u3000\u00a0\u200b\ufeff]/;

/** Fold full-width ASCII variants to ASCII so 98％ / （一） / ，in one text match the other. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return ch;
}

interface Compact {
  text: string;
  /** compact index → original index */
  map: number[];
}

function compact(s: string): Compact {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (IGNORABLE.test(ch)) continue;
    text += foldChar(ch);
    map.push(i);
  }
  return { text, map };
}

const SENTENCE_END = /[。；！？!?;]/;

/**
 * Finds each gold metric's context in the cleaned text (whitespace-insensitive, full-width folded),
 * in text order: when a context occurs more than once, the first occurrence at or after the
 * previous gold metric is taken. `lineBreaksEndSentences` is false for PDF, whose text layer
 * wraps lines inside sentences.
 */
export function locateGold(
  cleaned: string,
  gold: readonly GoldMetric[],
  opts: { lineBreaksEndSentences: boolean } = { lineBreaksEndSentences: true },
): (GoldLocation | null)[] {
  const c = compact(cleaned);
  let cursor = 0;
  return gold.map((g) => {
    const ctx = compact(g.context).text;
    if (!ctx) return null;
    let at = c.text.indexOf(ctx, cursor);
    if (at < 0) at = c.text.indexOf(ctx);
    if (at < 0) return null;
    cursor = at;
    const ctxStart = c.map[at]!;
    const ctxEnd = c.map[at + ctx.length - 1]! + 1;
    // The figure inside the context (or, failing that, the whole context).
    const fig = compact(g.text).text;
    const inCtx = fig ? ctx.indexOf(fig) : -1;
    let textStart = ctxStart;
    let textEnd = ctxEnd;
    if (inCtx >= 0) {
      textStart = c.map[at + inCtx]!;
      textEnd = c.map[at + inCtx + fig.length - 1]! + 1;
    }
    const isEnd = (ch: string) => SENTENCE_END.test(ch) || (opts.lineBreaksEndSentences && ch === "\n");
    let sentenceStart = ctxStart;
    while (sentenceStart > 0 && !isEnd(cleaned[sentenceStart - 1]!)) sentenceStart--;
    let sentenceEnd = ctxEnd;
    while (sentenceEnd < cleaned.length && !isEnd(cleaned[sentenceEnd]!)) sentenceEnd++;
    if (sentenceEnd < cleaned.length) sentenceEnd++; // include the delimiter
    return { textStart, textEnd, sentenceStart, sentenceEnd };
  });
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface MatchPair {
  gold: number;
  extracted: number;
  /** How the spans agreed: the extracted span overlaps the gold figure, or only lies in its sentence. */
  how: "overlap" | "sentence";
}

export interface MatchResult {
  pairs: MatchPair[];
  /** Gold metrics with no extracted counterpart (false negatives). */
  missedGold: number[];
  /** Gold metrics whose context could not be found in the cleaned text (a subset of missedGold). */
  unlocatedGold: number[];
  /** Extracted metrics with no gold counterpart (false positives). */
  spuriousExtracted: number[];
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

export function matchMetrics(
  gold: readonly GoldMetric[],
  locations: readonly (GoldLocation | null)[],
  extracted: readonly ExtractedLike[],
): MatchResult {
  const used = new Set<number>();
  const goldTo = new Map<number, MatchPair>();
  // Pass 1: spans overlapping the gold figure. Pass 2: spans inside the gold sentence.
  for (const how of ["overlap", "sentence"] as const) {
    gold.forEach((g, gi) => {
      if (goldTo.has(gi)) return;
      const loc = locations[gi];
      if (!loc) return;
      let best = -1;
      let bestDist = Infinity;
      extracted.forEach((e, ei) => {
        if (used.has(ei) || !sameQuantity(g, e)) return;
        const ok =
          how === "overlap"
            ? overlaps(e.start, e.end, loc.textStart, loc.textEnd)
            : e.start >= loc.sentenceStart && e.end <= loc.sentenceEnd;
        if (!ok) return;
        const dist = Math.abs(e.start - loc.textStart);
        if (dist < bestDist) {
          best = ei;
          bestDist = dist;
        }
      });
      if (best >= 0) {
        used.add(best);
        goldTo.set(gi, { gold: gi, extracted: best, how });
      }
    });
  }
  const pairs = [...goldTo.values()].sort((a, b) => a.gold - b.gold);
  return {
    pairs,
    missedGold: gold.map((_, i) => i).filter((i) => !goldTo.has(i)),
    unlocatedGold: gold.map((_, i) => i).filter((i) => !locations[i]),
    spuriousExtracted: extracted.map((_, i) => i).filter((i) => !used.has(i)),
  };
}

// ---------------------------------------------------------------------------------------------
// Scores

const SCOPE_ALIASES: [RegExp, string][] = [
  [/^(市级|市本级|市政府本级|市政府|市直|本级)$/, "市本级"],
  [/^(区级|区本级|区政府本级|区政府)$/, "区本级"],
  [/^(县级|县本级|县政府本级|县政府)$/, "县本级"],
  [/^(区县|县区|区市|县市区|县\(市、区\)|区\(市\)|区\(市\)级|县（市、区）|区（市）|区（市）级|各区市|各县市区|区县级)$/, "区县"],
  [/^(镇街|镇\(街道\)|镇（街道）|乡镇\(街道\)|乡镇（街道）|镇\(街道\)级|镇（街道）级|乡镇|街道|镇街级)$/, "镇街"],
  [/^(村社区|村\(社区\)|村（社区）|村居)$/, "村社区"],
];

export function normaliseScope(scope: string | null | undefined): string | null {
  if (!scope) return null;
  const s = scope.trim();
  for (const [re, canon] of SCOPE_ALIASES) if (re.test(s)) return canon;
  return s;
}

export interface Scores {
  gold: number;
  extracted: number;
  matched: number;
  unlocated: number;
  precision: number;
  recall: number;
  pillarAgree: number;
  indicatorAgree: number;
  scopeAgree: number;
  /** Raw counts behind the agreement ratios. */
  pillarSame: number;
  indicatorSame: number;
  scopeSame: number;
}

export function score(gold: readonly GoldMetric[], extracted: readonly ExtractedLike[], result: MatchResult): Scores {
  const matched = result.pairs.length;
  let pillarSame = 0;
  let indicatorSame = 0;
  let scopeSame = 0;
  for (const p of result.pairs) {
    const g = gold[p.gold]!;
    const e = extracted[p.extracted]!;
    if (g.pillar === e.pillar) pillarSame++;
    if ((g.indicator ?? null) === (e.indicator ?? null)) indicatorSame++;
    if (normaliseScope(g.scope) === normaliseScope(e.scope)) scopeSame++;
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched,
    unlocated: result.unlocatedGold.length,
    precision: extracted.length === 0 ? (gold.length === 0 ? 1 : 0) : matched / extracted.length,
    recall: ratio(matched, gold.length),
    pillarAgree: ratio(pillarSame, matched),
    indicatorAgree: ratio(indicatorSame, matched),
    scopeAgree: ratio(scopeSame, matched),
    pillarSame,
    indicatorSame,
    scopeSame,
  };
}

/** Sums several files' scores (micro-averaged: ratios of summed counts). */
export function sumScores(all: readonly Scores[]): Scores {
  const t = all.reduce(
    (a, s) => ({
      gold: a.gold + s.gold,
      extracted: a.extracted + s.extracted,
      matched: a.matched + s.matched,
      unlocated: a.unlocated + s.unlocated,
      pillarSame: a.pillarSame + s.pillarSame,
      indicatorSame: a.indicatorSame + s.indicatorSame,
      scopeSame: a.scopeSame + s.scopeSame,
    }),
    { gold: 0, extracted: 0, matched: 0, unlocated: 0, pillarSame: 0, indicatorSame: 0, scopeSame: 0 },
  );
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    ...t,
    precision: t.extracted === 0 ? (t.gold === 0 ? 1 : 0) : t.matched / t.extracted,
    recall: ratio(t.matched, t.gold),
    pillarAgree: ratio(t.pillarSame, t.matched),
    indicatorAgree: ratio(t.indicatorSame, t.matched),
    scopeAgree: ratio(t.scopeSame, t.matched),
  };
}

// ---------------------------------------------------------------------------------------------
// Cleaning checks

/** True when a metric is a year (2021, 2021年, 2021年度) rather than a quantity. */
export function isYearLike(m: { value: number; unit: string; text: string }): boolean {
  const text = m.text.trim();
  if (/^(19|20)\d{2}\s*(年|年度)?$/.test(text)) return true;
  if (/^(年|年度)$/.test(m.unit.trim()) && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100) return true;
  if (m.unit.trim() === "" && Number.isInteger(m.value) && m.value >= 1949 && m.value <= 2100 && /^\d{4}$/.test(text))
    return true;
  return false;
}

export interface RemovedLike {
  start: number;
  end: number;
  text: string;
}

function fold(s: string): string {
  return compact(s).text;
}

/**
 * Checks that no extracted metric comes from text that cleaning reports as removed.
 * `rawKept` is the raw text minus the removed spans; when it equals the cleaned text (modulo
 * whitespace and full-width folding) cleaning is a pure deletion and `reconstructs` is true.
 * A metric is a violation when its local window (figure ± 4 characters of cleaned text) occurs
 * inside a removed span's text but nowhere in the kept text, or when its span does not lie in
 * the cleaned text at all.
 */
export function metricsInRemovedSpans(
  rawText: string,
  cleanedText: string,
  removed: readonly RemovedLike[],
  metrics: readonly ExtractedLike[],
): { reconstructs: boolean; violations: { metric: number; why: string }[] } {
  const spans = [...removed].sort((a, b) => a.start - b.start);
  let kept = "";
  let pos = 0;
  for (const r of spans) {
    if (r.start > pos) kept += rawText.slice(pos, r.start);
    pos = Math.max(pos, r.end);
  }
  kept += rawText.slice(pos);
  const keptF = fold(kept);
  const reconstructs = keptF === fold(cleanedText);
  const removedF = spans.map((r) => fold(r.text || rawText.slice(r.start, r.end)));
  const violations: { metric: number; why: string }[] = [];
  metrics.forEach((m, i) => {
    if (!(m.start >= 0 && m.end <= cleanedText.length && m.start < m.end)) {
      violations.push({ metric: i, why: `span [${m.start},${m.end}) outside the cleaned text` });
      return;
    }
    const window = fold(cleanedText.slice(Math.max(0, m.start - 4), Math.min(cleanedText.length, m.end + 4)));
    if (!window) return;
    if (keptF.includes(window)) return;
    const j = removedF.findIndex((r) => r.includes(window));
    if (j >= 0) violations.push({ metric: i, why: `“${window}” is only in removed span ${j}: “${spans[j]!.text.slice(0, 60)}”` });
  });
  return { reconstructs, violations };
}

/** Title comparison ignores whitespace, quotes and bracket styles and full-width forms. */
export function normaliseTitle(t: string | null | undefined): string {
  if (!t) return "";
  return fold(t)
    .replace(/[“”"'‘’「」『』《》〈〉]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[：:]/g, ":");
}
