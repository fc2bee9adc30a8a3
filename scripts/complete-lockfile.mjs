// The npm registry reachable from our machines and CI serves only the Linux builds of
// platform-specific optional packages (next's SWC, Tailwind's oxide, unrs-resolver); the others
// answer 404, so `npm install` leaves them out of package-lock.json and `npm ci` then refuses
// the lock file as out of sync. This adds a lock entry, marked optional and restricted to its
// platform, for each missing optional dependency: npm ci skips them on Linux x64 without fetching.
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`.
import fs from "node:fs";

const lockPath = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((o) => parts.includes(o));
  const cpu = CPU.find((c) => parts.includes(c));
  return { os, cpu };
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[base] || lock.packages[hoisted]) continue;
    const { os, cpu } = platformOf(name);
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    if (!/^\d+\.\d+\.\d+/.test(spec)) continue;
    lock.packages[hoisted] = {
      version: spec,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`[complete-lockfile] added ${added} platform-specific optional entries`);
