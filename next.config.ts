import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several builds (tests, benchmarks, a running server) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite loads its WebAssembly and data files from its package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
};

export default nextConfig;
