// Approximate text widths for chart layout. The export font is Noto Sans CJK SC: Han characters
// and full-width punctuation are exactly 1 em; its Latin part is proportional. Exact shaping is
// not needed for laying out labels, only a safe estimate (slightly wide rather than narrow).
const NARROW = new Set([..."iljI.,:;'|!()[]{} "]);

export function charWidthEm(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x2e80) return 1; // CJK, full-width forms, CJK punctuation
  // General punctuation and symbols (– … “ ≈ ↑) and the middle dot are full-width in the CJK face.
  if ((cp >= 0x2000 && cp < 0x2e80) || cp === 0xb7) return 1;
  if (cp === 0x20) return 0.23;
  if (NARROW.has(ch)) return 0.3;
  if (ch >= "0" && ch <= "9") return 0.56;
  if (ch === "%") return 0.85;
  if (ch === "m" || ch === "w" || ch === "M" || ch === "W") return 0.85;
  if (ch >= "A" && ch <= "Z") return 0.64;
  return 0.54;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? 1.03 : 1);
}

/** Cuts text to fit, with an ellipsis. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join("") + "…", fontSize, bold) > maxWidth) chars.pop();
  return chars.join("") + "…";
}

/** A run of spaces, a word of non-CJK characters (Latin, digits: "2,600", "(count)"), or any one character (a Han character). */
const TOKENS = /\s+|[^\s\u2e80-\u{10ffff}]+|./gsu;

/**
 * Greedy line wrapping, at most maxLines lines. Chinese has no spaces and breaks between any two
 * characters; English breaks between words, and only a word longer than a line is cut inside.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const token of text.match(TOKENS) ?? []) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    if (/^\s/.test(token)) continue;
    for (const ch of token) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = ch;
      } else line += ch;
    }
  }
  if (line.trim()) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(kept[maxLines - 1]! + "……", maxWidth, fontSize, bold);
    return kept;
  }
  return lines;
}
