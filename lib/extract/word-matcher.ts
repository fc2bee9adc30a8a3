// Fast dictionary lookups for the extractor's hot loop. Large alternation regexes (hundreds of
// cue words) cost the regex engine one attempt per alternative at each position, and regexes
// anchored at the end ($) try every start position; bucketing the words by their first (or last)
// character turns each lookup into one array read plus a few startsWith calls on the few words
// sharing that character, with no allocation.

export class WordMatcher {
  /** Words grouped by first character code, longest first (a dense table: one array read per lookup). */
  private readonly byFirst: Array<string[] | null> = new Array<string[] | null>(65536).fill(null);
  /** Words grouped by last character code, longest first. */
  private readonly byLast: Array<string[] | null> = new Array<string[] | null>(65536).fill(null);
  /** 1 where a character starts some word: a cheap reject for scans. */
  private readonly firstMask = new Uint8Array(65536);
  readonly words: ReadonlySet<string>;
  /**
   * A character trie for the scans over whole sentences: the root's children in a dense table,
   * deeper edges in one map keyed by node * 65536 + char code, and per node the index + 1 of the
   * word ending there (0: none). A scan walks one edge per character instead of trying every
   * word that shares the first character.
   */
  private readonly rootNext = new Int32Array(65536);
  /** One bit per character code that starts a word: 8 KB, stays in the L1 cache while a scan skips the characters that start nothing. */
  private readonly firstBits = new Int32Array(2048);
  /** One bit per character code that ends a word. */
  private readonly lastBits = new Int32Array(2048);
  /** Open-addressing hash of the deeper edges: keys (node * 65536 + char code, -1 = empty) and target nodes. */
  private readonly edgeKeys: Int32Array;
  private readonly edgeNodes: Int32Array;
  private readonly edgeShift: number;
  private readonly terminal: Int32Array;
  /** The words in trie order: the ids the *Ids scans report. */
  readonly list: string[];

  constructor(words: Iterable<string>) {
    const set = new Set<string>();
    for (const w of words) if (w.length > 0) set.add(w);
    this.words = set;
    for (const w of set) {
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      this.firstMask[f] = 1;
      (this.byFirst[f] ??= []).push(w);
      this.lastBits[l >>> 5]! |= 1 << (l & 31);
      (this.byLast[l] ??= []).push(w);
    }
    for (const list of this.byFirst) list?.sort((a, b) => b.length - a.length);
    for (const list of this.byLast) list?.sort((a, b) => b.length - a.length);
    this.list = [...set];
    const term: number[] = [0];
    const edges = new Map<number, number>();
    let nodes = 1; // node 0 is the root
    for (let wi = 0; wi < this.list.length; wi++) {
      const w = this.list[wi]!;
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let next = node === 0 ? this.rootNext[c]! : (edges.get(node * 65536 + c) ?? 0);
        if (next === 0) {
          next = nodes++;
          term.push(0);
          if (node === 0) {
            this.rootNext[c] = next;
            this.firstBits[c >>> 5]! |= 1 << (c & 31);
          }
          else edges.set(node * 65536 + c, next);
        }
        node = next;
      }
      term[node] = wi + 1;
    }
    this.terminal = Int32Array.from(term);
    if (nodes >= 32768) throw new Error("WordMatcher: too many trie nodes");
    let bits = 4;
    while (1 << bits < edges.size * 4) bits++;
    this.edgeShift = 32 - bits;
    this.edgeKeys = new Int32Array(1 << bits).fill(-1);
    this.edgeNodes = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [key, node] of edges) {
      let h = Math.imul(key, 0x9e3779b1) >>> this.edgeShift;
      while (this.edgeKeys[h] !== -1) h = (h + 1) & mask;
      this.edgeKeys[h] = key;
      this.edgeNodes[h] = node;
    }
  }

  /** The trie node reached from `node` by character `c`, or 0. */
  private edge(node: number, c: number): number {
    const key = node * 65536 + c;
    const keys = this.edgeKeys;
    const mask = keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.edgeShift; ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key) return this.edgeNodes[h]!;
      if (k === -1) return 0;
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest word starting at `pos`, or null. `limit` bounds the match end. */
  prefixAt(text: string, pos: number, limit = text.length): string | null {
    if (pos >= limit) return null;
    const c = text.charCodeAt(pos);
    if ((this.firstBits[c >>> 5]! & (1 << (c & 31))) === 0) return null;
    const list = this.byFirst[c]!;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      if (pos + w.length <= limit && text.startsWith(w, pos)) return w;
    }
    return null;
  }

  /** The longest word ending right before `end` and starting at or after `from`, or null. */
  suffixAt(text: string, end: number, from = 0): string | null {
    if (end <= from) return null;
    const c = text.charCodeAt(end - 1);
    if ((this.lastBits[c >>> 5]! & (1 << (c & 31))) === 0) return null;
    const list = this.byLast[c]!;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      const s = end - w.length;
      if (s >= from && text.startsWith(w, s)) return w;
    }
    return null;
  }

  /** Collects the longest match at each position of [from, to), left to right without overlaps. */
  scanInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const root = this.rootNext;
    const terminal = this.terminal;
    const bits = this.firstBits;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      let node = root[c]!;
      let best = terminal[node]!;
      let bestEnd = i + 1;
      for (let j = i + 1; j < to; j++) {
        const next = this.edge(node, text.charCodeAt(j));
        if (next === 0) break;
        node = next;
        if (terminal[node] !== 0) {
          best = terminal[node]!;
          bestEnd = j + 1;
        }
      }
      if (best === 0) i++;
      else {
        words.push(this.list[best - 1]!);
        starts.push(i);
        i = bestEnd;
      }
    }
  }

  /** Every occurrence of every word in [from, to) (overlapping matches included; at one position, shortest first). */
  collectAllInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const root = this.rootNext;
    const terminal = this.terminal;
    const bits = this.firstBits;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      let node = root[c]!;
      if (terminal[node] !== 0) {
        words.push(this.list[terminal[node]! - 1]!);
        starts.push(i);
      }
      for (let j = i + 1; j < to; j++) {
        const next = this.edge(node, text.charCodeAt(j));
        if (next === 0) break;
        node = next;
        if (terminal[node] !== 0) {
          words.push(this.list[terminal[node]! - 1]!);
          starts.push(i);
        }
      }
    }
  }

  /** As scanInto, reporting word ids (indices into `list`). Collects the longest match at each position of [from, to), left to right without overlaps. */
  scanIdsInto(text: string, from: number, to: number, ids: number[], starts: number[]): void {
    const root = this.rootNext;
    const terminal = this.terminal;
    const bits = this.firstBits;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      let node = root[c]!;
      let best = terminal[node]!;
      let bestEnd = i + 1;
      for (let j = i + 1; j < to; j++) {
        const next = this.edge(node, text.charCodeAt(j));
        if (next === 0) break;
        node = next;
        if (terminal[node] !== 0) {
          best = terminal[node]!;
          bestEnd = j + 1;
        }
      }
      if (best === 0) i++;
      else {
        ids.push(best - 1);
        starts.push(i);
        i = bestEnd;
      }
    }
  }

  /** As collectAllInto, reporting word ids. Every occurrence of every word in [from, to) (overlapping matches included; at one position, shortest first). */
  collectAllIdsInto(text: string, from: number, to: number, ids: number[], starts: number[]): void {
    const root = this.rootNext;
    const terminal = this.terminal;
    const bits = this.firstBits;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      let node = root[c]!;
      if (terminal[node] !== 0) {
        ids.push(terminal[node]! - 1);
        starts.push(i);
      }
      for (let j = i + 1; j < to; j++) {
        const next = this.edge(node, text.charCodeAt(j));
        if (next === 0) break;
        node = next;
        if (terminal[node] !== 0) {
          ids.push(terminal[node]! - 1);
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
      const list = this.byFirst[c]!;
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
