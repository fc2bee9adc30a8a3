import fs from "node:fs";
import path from "node:path";

// PGlite has no server to arbitrate access: two processes writing one data directory
// corrupt it. A lock file holding the owner's pid makes the second one fail fast.

export interface LockOwner {
  pid: number;
  command: string;
  startedAt: string;
  /** The process's start time in clock ticks since boot (Linux), which tells a reused pid apart. */
  startTicks?: string | null;
}

/** Field 22 of /proc/<pid>/stat; null where /proc is not available. */
function processStartTicks(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
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

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // After a reboot the pid may belong to an unrelated program: compare start times. (Not the
  // command line: servers rename themselves, e.g. "next-server (v16)".)
  const ticks = processStartTicks(owner.pid);
  return !owner.startTicks || !ticks || ticks === owner.startTicks;
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
    startTicks: processStartTicks(process.pid),
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
      if (owner && owner.pid !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // A lock left by a process that died: take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
