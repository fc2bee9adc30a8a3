// Rasterises the export SVG with resvg compiled to WebAssembly: deterministic (no browser, no
// system font lookup: only the embedded subset is used), offline, identical on every machine.
import fs from "node:fs";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { packageFile } from "./package-file";
import { EMBEDDED_FAMILY, type SvgChart } from "./svg-chart";

let ready: Promise<void> | null = null;

function ensureResvg(): Promise<void> {
  ready ??= (async () => {
    const wasm = fs.readFileSync(packageFile("@resvg/resvg-wasm", "index_bg.wasm"));
    await initWasm(wasm);
  })().catch((error: unknown) => {
    // initWasm may only run once per process; a second module copy (bundler) reports that as an error.
    if (error instanceof Error && /already initialized/i.test(error.message)) return;
    ready = null;
    throw error;
  });
  return ready;
}

export { MIN_SCALE, MAX_SCALE } from "./export-limits";

export async function renderPng(chart: SvgChart, scale = 2): Promise<Uint8Array> {
  await ensureResvg();
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      fontBuffers: chart.fonts.map((f) => f.bytes),
      loadSystemFonts: false,
      // resvg ignores @font-face: it matches the subset's own family name (Noto Sans CJK SC).
      defaultFontFamily: chart.fonts[0]?.family ?? EMBEDDED_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
}
