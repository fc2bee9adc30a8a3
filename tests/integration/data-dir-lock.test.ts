// One process at a time owns an embedded data directory; a second one gets a clear message.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirLockedError } from "@/lib/db/data-dir-lock";
import { openDatabase } from "@/lib/db/open-database";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "fazhi-lock-"));
const dataDir = path.join(root, "pglite");
let holder: ChildProcess;

beforeAll(async () => {
  // Another process opens the directory and keeps it open.
  holder = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `import { openDatabase } from "./lib/db/open-database.ts";
       // Servers rename themselves (next-server does); the lock must not depend on the name.
       process.title = "next-server (test)";
       const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
       await db.prisma.$queryRaw\`select 1\`;
       console.log("ready");
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
});

afterAll(() => {
  holder?.kill("SIGKILL");
  fs.rmSync(root, { recursive: true, force: true });
});

describe("embedded data directory lock", () => {
  it("refuses a second process and names the one holding it", async () => {
    const attempt = openDatabase({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(attempt).rejects.toThrow(`in use by process ${holder.pid}`);
  });

  it("makes a second `npm start` fail fast with that message, before building anything", () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
      env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_DIST_DIR: path.join(root, "never-built"), PORT: "3999" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`in use by process ${holder.pid}`);
    expect(fs.existsSync(path.join(root, "never-built"))).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("takes over a lock whose pid now belongs to another process", async () => {
    const reusedDir = path.join(root, "reused");
    fs.mkdirSync(reusedDir, { recursive: true });
    // The pid is alive (the holder) but it started at another time than the lock says.
    fs.writeFileSync(`${reusedDir}.lock`, JSON.stringify({ pid: holder.pid, command: "node", startedAt: "2020-01-01", startTicks: "1" }));
    const db = await openDatabase({ dataDir: reusedDir });
    expect(JSON.parse(fs.readFileSync(`${reusedDir}.lock`, "utf8")).pid).toBe(process.pid);
    await db.close();
  });

  it("takes over a lock left by a process that died", async () => {
    const orphanDir = path.join(root, "orphan");
    const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    expect(dead.status).toBe(0);
    fs.mkdirSync(orphanDir, { recursive: true });
    fs.writeFileSync(`${orphanDir}.lock`, JSON.stringify({ pid: dead.pid, command: "node", startedAt: "2020-01-01" }));
    const db = await openDatabase({ dataDir: orphanDir });
    expect(JSON.parse(fs.readFileSync(`${orphanDir}.lock`, "utf8")).pid).toBe(process.pid);
    await db.close();
    expect(fs.existsSync(`${orphanDir}.lock`)).toBe(false);
  });
});
