// Runs a command against a throw-away PostgreSQL server: initdb in a temporary directory,
// listen on loopback only, run the command with TEST_DATABASE_URL set, stop and delete it.
// Usage: tsx scripts/with-postgres.ts -- COMMAND ARGS...
import { spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function findPostgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (fs.existsSync(path.join(bin, "initdb"))) return bin;
  }
  throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const separator = process.argv.indexOf("--");
const [program, ...programArgs] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!program) {
  console.error("usage: tsx scripts/with-postgres.ts -- COMMAND ARGS...");
  process.exit(2);
}

const bin = findPostgresBin();
// initdb refuses to run as root; on CI machines we are root, so the server runs as `postgres`.
const asRoot = process.getuid?.() === 0;
const runAs = (file: string, args: string[]) =>
  asRoot ? execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio: "pipe" }) : execFileSync(file, args, { stdio: "pipe" });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fazhi-pg-"));
const dataDir = path.join(dir, "data");
const socketDir = path.join(dir, "socket");
fs.mkdirSync(socketDir);
if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
const port = await freePort();
const started = Date.now();
let exitCode = 1;
try {
  console.log(`[postgres] initdb in ${dataDir}`);
  runAs(path.join(bin, "initdb"), ["-D", dataDir, "-U", "fazhi", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  runAs(path.join(bin, "pg_ctl"), [
    "-D", dataDir,
    "-l", path.join(dir, "server.log"),
    "-o", `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "-w", "start",
  ]);
  console.log(`[postgres] server on 127.0.0.1:${port} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const url = `postgresql://fazhi@127.0.0.1:${port}/postgres`;
  const result = spawnSync(program, programArgs, {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  exitCode = result.status ?? 1;
} catch (error) {
  const err = error as Error & { stderr?: Buffer };
  console.error(`[postgres] ${err.message}\n${err.stderr?.toString() ?? ""}`);
  const log = path.join(dir, "server.log");
  if (fs.existsSync(log)) console.error(fs.readFileSync(log, "utf8").slice(-2000));
} finally {
  try {
    runAs(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    console.log("[postgres] server stopped");
  } catch {
    // already down
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
