import fs from "node:fs";
import path from "node:path";

// PGlite has no server to arbitrate access: two processes writing one data directory
// corrupt it. A lock file holding the owner's pid makes the second one fail fast.

export interface LockOwner {
  pid: number;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner.pid} ` +
        `(${owner.command}, since ${owner.startedAt}). ` +
        `Stop that process first, or point DATABASE_URL at a PostgreSQL server to share one database between processes.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // After a reboot the pid may belong to an unrelated program: only a node process counts.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
    return typeof owner.pid === "number" ? owner : null;
  } catch {
    return null;
  }
}

const held = new Map<string, () => void>();

function registerRelease(dataDir: string, lockPath: string): () => void {
  const release = () => {
    held.delete(dataDir);
    // Only remove a lock we still own (it may have been handed to a child process).
    if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  held.set(dataDir, release);
  process.once("exit", release);
  return release;
}

/** Takes the data directory's lock for this process; returns a release function. */
export function lockDataDir(dataDir: string): () => void {
  const existing = held.get(dataDir);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  const me: LockOwner = {
    pid: process.pid,
    command: process.argv.slice(1).map((a) => path.basename(a)).join(" ") || "node",
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      return registerRelease(dataDir, lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      // `npm start` prepares the database, then hands its lock to the server it launches.
      if (owner && process.env.FAZHI_DATA_DIR_HANDOFF === String(owner.pid)) {
        fs.writeFileSync(lockPath, JSON.stringify(me));
        return registerRelease(dataDir, lockPath);
      }
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // A lock left by a process that died: take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
