// Fast dictionary lookups for the extractor's hot loop. Large alternation regexes (hundreds of
// cue words) cost the regex engine one attempt per alternative at each position, and regexes
// anchored at the end ($) try every start position; a character trie turns each lookup into one
// walk along the text, one array step per character, with no allocation.
//
// Layout: two tries over the same words, one read forwards (prefixAt and the scans) and one read
// backwards (suffixAt), each stored as a double array. Every character that occurs in some word
// gets a small code (1..alphabet size; 0 for every other character), and the child of node n by
// code a sits at slot base[n] + a, which is a real child only if check[slot] === n. One step is
// thus two typed-array reads and a compare, with no hashing and no probing; a character that
// occurs in no word (code 0) never matches, because no child sits at base[n] + 0. The dictionaries
// are small (at most a few hundred distinct characters and a few thousand nodes), so the arrays
// stay in the cache.

/** One trie as a double array (see the file comment). Slot 0 is the root. */
interface DoubleArray {
  base: Int32Array;
  /** Parent slot of each slot; -1 for a free slot, -2 for the root. */
  check: Int32Array;
  /** Index + 1 of the word ending at each slot (0: none). */
  terminal: Int32Array;
}

/**
 * Builds the double array of `words` read forwards or backwards. `alpha` gives each character its
 * code. Slots are placed breadth first, each node's children at the first base where all their
 * slots are free.
 */
function buildDoubleArray(words: readonly string[], alpha: Uint16Array, alphabetSize: number, reverse: boolean): DoubleArray {
  // A plain pointer trie first: children keyed by character code, per node.
  const children: Array<Map<number, number>> = [new Map()];
  const term: number[] = [0];
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const a = alpha[w.charCodeAt(reverse ? w.length - 1 - k : k)]!;
      let next = children[node]!.get(a);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        term.push(0);
        children[node]!.set(a, next);
      }
      node = next;
    }
    term[node] = wi + 1;
  }

  let base: number[] = [0];
  let check: number[] = [-2];
  const terminal: number[] = [term[0]!];
  /** Lowest slot that may still be free: placement never looks below it. */
  let firstFree = 1;
  const queue: Array<[node: number, slot: number]> = [[0, 0]];
  for (let q = 0; q < queue.length; q++) {
    const [node, slot] = queue[q]!;
    const kids = [...children[node]!.entries()].sort((x, y) => x[0] - y[0]);
    if (kids.length === 0) continue; // a leaf keeps base 0: base + code lands on no child of it
    while (check[firstFree] !== undefined && check[firstFree] !== -1) firstFree++;
    const lo = kids[0]![0];
    let b = Math.max(1, firstFree - lo);
    for (;;) {
      let ok = true;
      for (const [a] of kids) {
        const c = check[b + a];
        if (c !== undefined && c !== -1) {
          ok = false;
          break;
        }
      }
      if (ok) break;
      b++;
    }
    base[slot] = b;
    for (const [a, child] of kids) {
      const s = b + a;
      while (check.length <= s) {
        check.push(-1);
        base.push(0);
        terminal.push(0);
      }
      check[s] = slot;
      terminal[s] = term[child]!;
      queue.push([child, s]);
    }
  }
  // Any base + code must stay inside the arrays, so a lookup never reads past their end.
  let maxBase = 0;
  for (const b of base) if (b > maxBase) maxBase = b;
  const size = maxBase + alphabetSize + 1;
  base = base.concat(new Array<number>(Math.max(0, size - base.length)).fill(0));
  check = check.concat(new Array<number>(Math.max(0, size - check.length)).fill(-1));
  return {
    base: Int32Array.from(base),
    check: Int32Array.from(check),
    terminal: Int32Array.from(terminal.concat(new Array<number>(Math.max(0, size - terminal.length)).fill(0))),
  };
}

export class WordMatcher {
  readonly words: ReadonlySet<string>;
  /** The words in insertion order: the ids the *Ids scans report. */
  readonly list: string[];
  /** The longest word's length: a longer string is no word, and has() answers without hashing it. */
  private readonly maxLength: number;
  /** Code of each character that occurs in some word, 0 for the others (shared by both tries). */
  private readonly alpha: Uint16Array;
  /** One bit per character code that starts a word: 8 KB, stays in the L1 cache while a scan skips the characters that start nothing. */
  private readonly firstBits = new Int32Array(2048);
  /** One bit per character code that ends a word. */
  private readonly lastBits = new Int32Array(2048);
  /** The forward trie. */
  private readonly fBase: Int32Array;
  private readonly fCheck: Int32Array;
  private readonly fTerminal: Int32Array;
  /** The backward trie (words read from their last character). */
  private readonly rBase: Int32Array;
  private readonly rCheck: Int32Array;
  private readonly rTerminal: Int32Array;

  constructor(words: Iterable<string>) {
    const set = new Set<string>();
    for (const w of words) if (w.length > 0) set.add(w);
    this.words = set;
    this.list = [...set];
    this.maxLength = this.list.reduce((m, w) => Math.max(m, w.length), 0);
    this.alpha = new Uint16Array(65536);
    let alphabetSize = 0;
    for (const w of this.list) {
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        if (this.alpha[c] === 0) this.alpha[c] = ++alphabetSize;
      }
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      this.firstBits[f >>> 5]! |= 1 << (f & 31);
      this.lastBits[l >>> 5]! |= 1 << (l & 31);
    }
    const fwd = buildDoubleArray(this.list, this.alpha, alphabetSize, false);
    this.fBase = fwd.base;
    this.fCheck = fwd.check;
    this.fTerminal = fwd.terminal;
    const rev = buildDoubleArray(this.list, this.alpha, alphabetSize, true);
    this.rBase = rev.base;
    this.rCheck = rev.check;
    this.rTerminal = rev.terminal;
  }

  has(word: string): boolean {
    return word.length <= this.maxLength && this.words.has(word);
  }

  /** The longest word starting at `pos`, or null. `limit` bounds the match end. */
  prefixAt(text: string, pos: number, limit = text.length): string | null {
    if (pos >= limit) return null;
    const c = text.charCodeAt(pos);
    if ((this.firstBits[c >>> 5]! & (1 << (c & 31))) === 0) return null;
    const alpha = this.alpha;
    const base = this.fBase;
    const check = this.fCheck;
    const terminal = this.fTerminal;
    const to = limit < text.length ? limit : text.length;
    // The root is slot 0 and every first character of a word is a child of it.
    let node = base[0]! + alpha[c]!;
    let best = terminal[node]!;
    for (let j = pos + 1; j < to; j++) {
      const t = base[node]! + alpha[text.charCodeAt(j)]!;
      if (check[t] !== node) break;
      node = t;
      if (terminal[t] !== 0) best = terminal[t]!;
    }
    return best === 0 ? null : this.list[best - 1]!;
  }

  /** The longest word ending right before `end` and starting at or after `from`, or null. */
  suffixAt(text: string, end: number, from = 0): string | null {
    if (end <= from) return null;
    const c = text.charCodeAt(end - 1);
    if ((this.lastBits[c >>> 5]! & (1 << (c & 31))) === 0) return null;
    const alpha = this.alpha;
    const base = this.rBase;
    const check = this.rCheck;
    const terminal = this.rTerminal;
    const lo = from > 0 ? from : 0;
    let node = base[0]! + alpha[c]!;
    let best = terminal[node]!;
    for (let j = end - 2; j >= lo; j--) {
      const t = base[node]! + alpha[text.charCodeAt(j)]!;
      if (check[t] !== node) break;
      node = t;
      if (terminal[t] !== 0) best = terminal[t]!;
    }
    return best === 0 ? null : this.list[best - 1]!;
  }

  // The four scans below share one loop shape, written out in each so the hot loop has no call
  // or callback: skip characters that start no word (one bit test), else walk the trie as far as
  // the text follows it.

  /** Collects the longest match at each position of [from, to), left to right without overlaps. */
  scanInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const bits = this.firstBits;
    const alpha = this.alpha;
    const base = this.fBase;
    const check = this.fCheck;
    const terminal = this.fTerminal;
    const root = base[0]!;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      let node = root + alpha[c]!;
      let best = terminal[node]!;
      let bestEnd = i + 1;
      for (let j = i + 1; j < to; j++) {
        const t = base[node]! + alpha[text.charCodeAt(j)]!;
        if (check[t] !== node) break;
        node = t;
        if (terminal[t] !== 0) {
          best = terminal[t]!;
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

  /** Start of the first word occurring in [from, to), or -1. */
  scanFirst(text: string, from: number, to: number): number {
    const bits = this.firstBits;
    for (let i = from; i < to; i++) {
      // prefixAt's own first test, without a call for each character that starts no word.
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      const w = this.prefixAt(text, i, to);
      if (w !== null) return i;
    }
    return -1;
  }

  /** Every occurrence of every word in [from, to) (overlapping matches included; at one position, shortest first). */
  collectAllInto(text: string, from: number, to: number, words: string[], starts: number[]): void {
    const bits = this.firstBits;
    const alpha = this.alpha;
    const base = this.fBase;
    const check = this.fCheck;
    const terminal = this.fTerminal;
    const root = base[0]!;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      let node = root + alpha[c]!;
      if (terminal[node] !== 0) {
        words.push(this.list[terminal[node]! - 1]!);
        starts.push(i);
      }
      for (let j = i + 1; j < to; j++) {
        const t = base[node]! + alpha[text.charCodeAt(j)]!;
        if (check[t] !== node) break;
        node = t;
        if (terminal[t] !== 0) {
          words.push(this.list[terminal[t]! - 1]!);
          starts.push(i);
        }
      }
    }
  }

  /** As scanInto, reporting word ids (indices into `list`). Collects the longest match at each position of [from, to), left to right without overlaps. */
  scanIdsInto(text: string, from: number, to: number, ids: number[], starts: number[]): void {
    const bits = this.firstBits;
    const alpha = this.alpha;
    const base = this.fBase;
    const check = this.fCheck;
    const terminal = this.fTerminal;
    const root = base[0]!;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      let node = root + alpha[c]!;
      let best = terminal[node]!;
      let bestEnd = i + 1;
      for (let j = i + 1; j < to; j++) {
        const t = base[node]! + alpha[text.charCodeAt(j)]!;
        if (check[t] !== node) break;
        node = t;
        if (terminal[t] !== 0) {
          best = terminal[t]!;
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

  /**
   * As collectAllInto, reporting word ids: every occurrence of every word in [from, to) (overlapping
   * matches included; at one position, shortest first). Writes from index 0 of `ids` and `starts` and
   * returns how many it wrote, for scratch arrays reused across calls: emptying an array with
   * `length = 0` drops its storage, and the next pushes allocate it again.
   */
  collectAllIdsAt(text: string, from: number, to: number, ids: number[], starts: number[]): number {
    const bits = this.firstBits;
    const alpha = this.alpha;
    const base = this.fBase;
    const check = this.fCheck;
    const terminal = this.fTerminal;
    const root = base[0]!;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((bits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      let node = root + alpha[c]!;
      if (terminal[node] !== 0) {
        ids[n] = terminal[node]! - 1;
        starts[n++] = i;
      }
      for (let j = i + 1; j < to; j++) {
        const t = base[node]! + alpha[text.charCodeAt(j)]!;
        if (check[t] !== node) break;
        node = t;
        if (terminal[t] !== 0) {
          ids[n] = terminal[t]! - 1;
          starts[n++] = i;
        }
      }
    }
    return n;
  }

  /** Adds to `out` every word occurring anywhere in `text` (overlapping matches included; at one position, longest first). */
  collectAll(text: string, out: Set<string>): void {
    const ids: number[] = [];
    const starts: number[] = [];
    const n = this.collectAllIdsAt(text, 0, text.length, ids, starts);
    // The scan lists the words at one position shortest first; add them longest first.
    for (let k = 0; k < n; ) {
      let e = k + 1;
      while (e < n && starts[e] === starts[k]) e++;
      for (let m = e - 1; m >= k; m--) out.add(this.list[ids[m]!]!);
      k = e;
    }
  }

  /** Calls `hit` for each longest match in [from, to), scanning left to right without overlaps. */
  scan(text: string, from: number, to: number, hit: (word: string, start: number) => void): void {
    const words: string[] = [];
    const starts: number[] = [];
    this.scanInto(text, from, to, words, starts);
    for (let k = 0; k < words.length; k++) hit(words[k]!, starts[k]!);
  }
}
