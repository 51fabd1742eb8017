import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { api, login } from "../support/platform.ts";

const root = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "liaison-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real `npm start` entry (the runtime's main) and waits until it prints its URL. */
function start(
  args: string[] = [],
  dir = dataDir,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "packages/local/src/main.ts"), ...args], {
    cwd: root,
    env: { ...process.env, PORT: "0", DATA_DIR: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready in \d+ ms/.test(output) ? /— (http:\/\/localhost:\d+)/.exec(output) : null;
      if (m?.[1]) resolvePromise({ child, url: m[1], output: () => output });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((r) => {
    child.once("exit", (code) => r(code));
    child.kill("SIGINT");
  });
}

describe("the local runtime process", () => {
  it("starts with demo data, stops cleanly on Ctrl-C and finds its data again on the next start", async () => {
    const first = await start();
    expect(first.output()).toContain("demo data loaded");
    expect(first.output()).toMatch(/office\s+代表联络办公室/);
    const token = await login(first.url, "office");
    expect(await stop(first.child)).toBe(0);
    expect(first.output()).toContain("stopped");

    const second = await start();
    try {
      expect(second.output()).toContain("table unchanged");
      expect(second.output()).not.toContain("demo data loaded");
      // Same sign-in key and same accounts: the earlier token still works.
      const me = await api(second.url, "/me", { token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ username: "office" });
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });

  it("skips the demo data with --no-demo on an empty database", async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), "liaison-nodemo-"));
    const { child, url } = await start(["--no-demo"], emptyDir);
    try {
      const units = await api<{ units: unknown[] }>(url, "/units");
      expect(units.body.units).toEqual([]);
      const res = await api(url, "/auth/login", { body: { username: "office", password: "demo" } });
      expect(res.status).toBe(401);
    } finally {
      await stop(child);
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
