// The whole install → migrate → seed path works with no network at all: a copy of the
// project is installed from npm's local cache inside a network namespace that has no
// interfaces, so any attempt to download a binary (Prisma engines, browsers) fails the test.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const project = process.cwd();
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "fazhi-offline-"));

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

function withoutNetwork(script: string) {
  return spawnSync("unshare", ["--map-root-user", "--net", "sh", "-c", script], {
    cwd: copy,
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: "data/pglite", npm_config_audit: "false", npm_config_fund: "false" },
  });
}

describe("offline install", () => {
  it("has no network inside the sandbox", () => {
    const probe = withoutNetwork(`node -e 'fetch("https://registry.npmjs.org/").then(() => process.exit(0), () => process.exit(7))'`);
    expect(probe.status).toBe(7);
  });

  it("installs, migrates and seeds from a clean copy with no network", () => {
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: project })
      .toString()
      .split("\0")
      .filter((file) => file && fs.existsSync(path.join(project, file)));
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(project, file), path.join(copy, file));
    }
    const install = withoutNetwork("npm ci --offline 2>&1 && npm run db:migrate 2>&1 && npm run db:seed 2>&1");
    const output = `${install.stdout}\n${install.stderr}`;
    expect(install.status, output.slice(-4000)).toBe(0);
    expect(output).toContain("Generated Prisma Client");
    expect(output).toMatch(/\[db:migrate\] applied \d{14}_init/);
    expect(output).toMatch(/\[db:seed\] done: \d+ places, 5 seed reports/);

    const again = withoutNetwork("npm run db:seed 2>&1");
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout.match(/\[seed\] unchanged/g)?.length).toBe(5);
  }, 900_000);
});
