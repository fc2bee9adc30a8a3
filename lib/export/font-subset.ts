// Subsets the CJK font to the glyphs an export uses, with HarfBuzz compiled to WebAssembly
// (harfbuzzjs' hb-subset build: no native code, no network). A full Noto Sans CJK face is
// ~16 MB; the subset for one chart is a few tens of kB, small enough to embed in an SVG as
// base64 and to hand to resvg for PNG rasterisation.
import fs from "node:fs";
import { packageFile } from "./package-file";

export type FontWeight = "regular" | "bold";

export interface FontSource {
  file: string;
  /** Face index inside a TrueType collection (.ttc); 0 for single fonts. */
  index: number;
  family: string;
}

/** Noto Sans CJK (Debian fonts-noto-cjk) collections hold JP, KR, SC, TC, HK in that order: SC is face 2. */
const CANDIDATES: Record<FontWeight, FontSource[]> = {
  regular: [
    { file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 2, family: "Noto Sans CJK SC" },
    { file: "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf", index: 0, family: "Noto Sans CJK SC" },
    { file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", index: 0, family: "WenQuanYi Micro Hei" },
  ],
  bold: [
    { file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", index: 2, family: "Noto Sans CJK SC" },
    { file: "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Bold.otf", index: 0, family: "Noto Sans CJK SC" },
  ],
};

export class FontUnavailableError extends Error {
  constructor() {
    super(
      "No CJK font found for chart export. Install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk) " +
        "or point FAZHI_EXPORT_FONT at a Simplified Chinese .otf/.ttf/.ttc (FAZHI_EXPORT_FONT_INDEX for a collection).",
    );
    this.name = "FontUnavailableError";
  }
}

export function resolveFontSource(weight: FontWeight): FontSource | null {
  const override = weight === "bold" ? process.env.FAZHI_EXPORT_FONT_BOLD : process.env.FAZHI_EXPORT_FONT;
  if (override) {
    const index = Number(process.env[weight === "bold" ? "FAZHI_EXPORT_FONT_BOLD_INDEX" : "FAZHI_EXPORT_FONT_INDEX"] ?? 0);
    return { file: override, index, family: process.env.FAZHI_EXPORT_FONT_FAMILY ?? "Noto Sans CJK SC" };
  }
  return CANDIDATES[weight].find((c) => fs.existsSync(c.file)) ?? null;
}

interface HbExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_preprocess(face: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

const HB_MEMORY_MODE_WRITABLE = 2;
// Hinting is irrelevant at chart sizes and doubles a CFF subset's size.
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let hbPromise: Promise<HbExports> | null = null;

function loadHarfBuzz(): Promise<HbExports> {
  hbPromise ??= (async () => {
    const wasmPath = packageFile("harfbuzzjs", "dist/harfbuzz-subset.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath));
    const hb = instance.exports as unknown as HbExports;
    hb._initialize?.();
    return hb;
  })();
  return hbPromise;
}

interface LoadedFace {
  source: FontSource;
  /** A preprocessed face: HarfBuzz caches its tables so each later subset is fast. */
  face: number;
}

const faces = new Map<FontWeight, Promise<LoadedFace | null>>();

function loadFace(weight: FontWeight): Promise<LoadedFace | null> {
  let pending = faces.get(weight);
  if (!pending) {
    pending = (async () => {
      const source = resolveFontSource(weight);
      if (!source) return null;
      const hb = await loadHarfBuzz();
      const bytes = fs.readFileSync(source.file);
      const ptr = hb.malloc(bytes.byteLength);
      new Uint8Array(hb.memory.buffer, ptr, bytes.byteLength).set(bytes);
      const blob = hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
      const raw = hb.hb_face_create(blob, source.index);
      hb.hb_blob_destroy(blob);
      const face = hb.hb_subset_preprocess(raw);
      hb.hb_face_destroy(raw);
      // The font bytes stay allocated for the process's life: the preprocessed face still
      // points into them (freeing them corrupted later subsets).
      return { source, face };
    })();
    faces.set(weight, pending);
  }
  return pending;
}

export interface FontSubset {
  family: string;
  weight: FontWeight;
  /** OpenType (CFF or TrueType outlines, as the source) bytes holding only the requested characters. */
  bytes: Uint8Array;
  format: "opentype" | "truetype";
}

const subsetCache = new Map<string, FontSubset>();
const SUBSET_CACHE_LIMIT = 200;

/** Unique code points of a text, sorted, as a cache key and a subset request. */
export function codePointsOf(text: string): number[] {
  const set = new Set<number>();
  for (const ch of text) set.add(ch.codePointAt(0)!);
  // Digits and basic punctuation are always cheap to include and keep cache keys stable across numbers.
  for (const ch of "0123456789.,%-+ ") set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

export async function subsetFont(text: string, weight: FontWeight = "regular"): Promise<FontSubset> {
  const loaded = (await loadFace(weight)) ?? (weight === "bold" ? await loadFace("regular") : null);
  if (!loaded) throw new FontUnavailableError();
  const codePoints = codePointsOf(text);
  const key = `${loaded.source.file}#${loaded.source.index}:${String.fromCodePoint(...codePoints)}`;
  const hit = subsetCache.get(key);
  if (hit) return hit;

  const hb = await loadHarfBuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error("hb_subset_input_create_or_fail failed");
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    const subsetFace = hb.hb_subset_or_fail(loaded.face, input);
    if (!subsetFace) throw new Error("hb_subset_or_fail failed");
    const blob = hb.hb_face_reference_blob(subsetFace);
    const length = hb.hb_blob_get_length(blob);
    const data = hb.hb_blob_get_data(blob, 0);
    const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subsetFace);
    // "OTTO" marks CFF outlines; everything else here is TrueType outlines.
    const format = bytes[0] === 0x4f && bytes[1] === 0x54 && bytes[2] === 0x54 && bytes[3] === 0x4f ? "opentype" : "truetype";
    const subset: FontSubset = { family: loaded.source.family, weight, bytes, format };
    if (subsetCache.size >= SUBSET_CACHE_LIMIT) subsetCache.delete(subsetCache.keys().next().value!);
    subsetCache.set(key, subset);
    return subset;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
