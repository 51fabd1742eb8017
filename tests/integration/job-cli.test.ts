import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_UNITS, FIGURES, quarterOf, shiftQuarter } from "../../packages/core/src/index.ts";
import { api, login } from "../support/platform.ts";

const root = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "liaison-job-"));
const quarter = shiftQuarter(quarterOf(new Date()), -1);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = { ...process.env, PORT: "0", DATA_DIR: dataDir };

function startRuntime(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "packages/local/src/main.ts"), "--no-scheduler"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  return new Promise((ok, fail) => {
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /ready in/.test(out) ? /— (http:\/\/localhost:\d+)/.exec(out) : null;
      if (m?.[1]) ok({ child, url: m[1] });
    });
    child.once("exit", (code) => fail(new Error(`runtime exited ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((r) => {
    child.once("exit", () => r());
    child.kill("SIGINT");
  });

/** Exactly what `npm run job -- quarterly-report --quarter <q>` runs. */
function job(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "packages/local/src/job-cli.ts"), ...args], {
    cwd: root,
    env,
    encoding: "utf8",
  });
}

describe("npm run job -- quarterly-report", () => {
  it("produces reports for every demo unit, through the running platform or on its own, and the .xlsx totals equal the API's", async () => {
    const first = await startRuntime();
    const viaPlatform = job("quarterly-report", "--quarter", quarter);
    expect(viaPlatform.status, viaPlatform.stderr).toBe(0);
    expect(JSON.parse(viaPlatform.stdout)).toMatchObject({ quarter, reports: DEMO_UNITS.length });
    await stop(first.child);

    const alone = job("quarterly-report", "--quarter", quarter);
    expect(alone.status, alone.stderr).toBe(0);
    expect(JSON.parse(alone.stdout)).toMatchObject({ quarter, reports: DEMO_UNITS.length });

    const bad = job("quarterly-report", "--quarter", "2026Q5");
    expect(bad.status).toBe(1);
    expect(job("no-such-job").status).toBe(2);

    const again = await startRuntime();
    try {
      const token = await login(again.url, "province");
      const list = await api<{ items: { id: string; unitId: string; version: number }[] }>(
        again.url,
        `/reports?unit=620000&quarter=${quarter}`,
        { token },
      );
      expect(list.body.items.map((r) => r.unitId).sort()).toEqual(DEMO_UNITS.map((u) => u.id).sort());
      // Seeded once, then the two runs above: three versions, the old ones kept.
      expect(list.body.items.every((r) => r.version === 3)).toBe(true);

      const county = list.body.items.find((r) => r.unitId === "620121");
      const view = await api<{ values: Record<string, number | null> }>(again.url, `/reports/${county?.id}`, { token });
      const res = await fetch(`${again.url}/api/reports/${county?.id}/export.xlsx`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const sheet = wb.worksheets[0];
      const headers = ((sheet?.getRow(1).values ?? []) as unknown[]).map(String);
      const totals = sheet?.getRow(2);
      let compared = 0;
      for (const f of FIGURES.filter((x) => x.kind === "count")) {
        const col = headers.indexOf(f.zh);
        expect(col, f.zh).toBeGreaterThan(0);
        expect(Number(totals?.getCell(col).value), f.zh).toBe(view.body.values[f.id]);
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["本级(县市区)", "乡镇街道"]);
    } finally {
      await stop(again.child);
    }
  });
});
