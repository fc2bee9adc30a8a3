import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several builds (tests, benchmarks, a running server) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // These load WebAssembly or data files from their package folders at run time: bundling
  // them breaks the relative paths (PGlite, the PNG rasteriser, the font subsetter).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@resvg/resvg-wasm",
    "harfbuzzjs",
    "exceljs",
    "pptxgenjs",
  ],
  poweredByHeader: false,
};

export default nextConfig;
