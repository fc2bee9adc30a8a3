// Fast dictionary lookups for the extractor's hot loop. Large alternation regexes (hundreds of
// cue words) cost the regex engine one attempt per alternative at each position, and regexes
// anchored at the end ($) try every start position; bucketing the words by their first (or last)
// character turns each lookup into one array read plus a few startsWith calls on the few words
// sharing that character, with no allocation.

export class WordMatcher {
  /** Words grouped by first character code, longest first. */
  private readonly byFirst = new Map<number, string[]>();
  /** Words grouped by last character code, longest first. */
  private readonly byLast = new Map<number, string[]>();
  /** 1 where a character starts some word: a cheap reject for scans. */
  private readonly firstMask = new Uint8Array(65536);
  readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    const set = new Set<string>();
    for (const w of words) if (w.length > 0) set.add(w);
    this.words = set;
    for (const w of set) {
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      this.firstMask[f] = 1;
      (this.byFirst.get(f) ?? this.byFirst.set(f, []).get(f)!).push(w);
      (this.byLast.get(l) ?? this.byLast.set(l, []).get(l)!).push(w);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest word starting at `pos`, or null. `limit` bounds the match end. */
  prefixAt(text: string, pos: number, limit = text.length): string | null {
    if (pos >= limit) return null;
    const c = text.charCodeAt(pos);
    if (this.firstMask[c] === 0) return null;
    const list = this.byFirst.get(c)!;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      if (pos + w.length <= limit && text.startsWith(w, pos)) return w;
    }
    return null;
  }

  /** The longest word ending right before `end` and starting at or after `from`, or null. */
  suffixAt(text: string, end: number, from = 0): string | null {
    if (end <= from) return null;
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (!list) return null;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      const s = end - w.length;
      if (s >= from && text.startsWith(w, s)) return w;
    }
    return null;
  }

  /** Collects the longest match at each position of [from, to), left to right without overlaps. */
  scanInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const mask = this.firstMask;
    for (let i = from; i < to; ) {
      if (mask[text.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const w = this.prefixAt(text, i, to);
      if (w === null) i++;
      else {
        words.push(w);
        starts.push(i);
        i += w.length;
      }
    }
  }

  /** Every occurrence of every word in [from, to) (overlapping matches included). */
  collectAllInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const mask = this.firstMask;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (mask[c] === 0) continue;
      const list = this.byFirst.get(c)!;
      for (let k = 0; k < list.length; k++) {
        const w = list[k]!;
        if (i + w.length <= to && text.startsWith(w, i)) {
          words.push(w);
          starts.push(i);
        }
      }
    }
  }

  /** Adds to `out` every word occurring anywhere in `text` (overlapping matches included). */
  collectAll(text: string, out: Set<string>): void {
    const mask = this.firstMask;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (mask[c] === 0) continue;
      const list = this.byFirst.get(c)!;
      for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, i)) out.add(list[k]!);
    }
  }

  /** Calls `hit` for each longest match in [from, to), scanning left to right without overlaps. */
  scan(text: string, from: number, to: number, hit: (word: string, start: number) => void): void {
    const mask = this.firstMask;
    for (let i = from; i < to; ) {
      if (mask[text.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const w = this.prefixAt(text, i, to);
      if (w === null) i++;
      else {
        hit(w, i);
        i += w.length;
      }
    }
  }
}
