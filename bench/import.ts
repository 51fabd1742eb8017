/**
 * Roster import of 10,000 rows through the real HTTP route: a first import and a re-import (no
 * change), as CSV and as .xlsx, with wall time and the process's peak memory. In AWS the limits
 * are API Gateway's 30 s and the function's memory size.
 * Usage: npm run bench:import
 */
import { login, startTestPlatform } from "../tests/support/platform.ts";
import { rosterCsv, rosterXlsx } from "../tests/support/roster.ts";

const platform = await startTestPlatform();
try {
  const token = await login(platform.url, "office");
  async function run(label: string, bytes: Buffer, format: "csv" | "xlsx") {
    const start = performance.now();
    const res = await fetch(`${platform.url}/api/persons/import?format=${format}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
      body: new Uint8Array(bytes),
    });
    const body = (await res.json()) as Record<string, unknown>;
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `${label.padEnd(24)} ${res.status}  ${seconds.toFixed(1).padStart(5)} s  ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  created ${body.created ?? "-"}, unchanged ${body.unchanged ?? "-"}`,
    );
  }
  console.log("10,000-row roster import (local runtime on dynalite)");
  const csv = rosterCsv(10_000, "620121100");
  await run("csv, first import", csv, "csv");
  await run("csv, same file again", csv, "csv");
  const xlsx = await rosterXlsx(10_000, "620121101", undefined, "X");
  await run("xlsx, first import", xlsx, "xlsx");
  await run("xlsx, same file again", xlsx, "xlsx");
  console.log(`peak RSS of the whole process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await platform.dispose();
}
