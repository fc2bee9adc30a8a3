import fs from "node:fs";
import path from "node:path";

/**
 * Absolute path of a file shipped inside an installed package (a .wasm binary, say).
 * Looked up in node_modules from the working directory upwards, at run time, on purpose:
 * the bundler compiles any `require.resolve("pkg/x.wasm")` it can see into a module reference
 * (which fails for wasm-bindgen output) and stubs out the ones it cannot.
 */
export function packageFile(packageName: string, file: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", packageName, file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`Cannot find ${file} of package ${packageName} under node_modules (run npm install)`);
}
