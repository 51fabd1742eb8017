/**
 * `npm run job -- <name> [--arg value …]`: runs one scheduled job now against the local database.
 * When the platform is running it asks that process (it owns dynalite's folder); otherwise it
 * opens the database itself, runs the job and closes it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createDb, SCHEDULES, TABLE } from "@liaison/core";
import { ensureTable } from "./bootstrap.ts";
import { startDatabase } from "./dynalite.ts";
import { runJob } from "./jobs.ts";

const [name, ...rest] = process.argv.slice(2);
const dataDir = resolve(process.env.DATA_DIR ?? ".data");

if (!name || !SCHEDULES.some((s) => s.name === name)) {
  console.error(
    `用法 usage: npm run job -- <name> [--quarter 2026Q3] …\n任务 jobs: ${SCHEDULES.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}

const args: Record<string, string> = {};
for (let i = 0; i < rest.length; i++) {
  const flag = rest[i] ?? "";
  if (!flag.startsWith("--")) continue;
  const next = rest[i + 1];
  if (next !== undefined && !next.startsWith("--")) {
    args[flag.slice(2)] = next;
    i++;
  } else args[flag.slice(2)] = "true";
}

function running(): { url: string; jobToken: string } | undefined {
  const file = join(dataDir, "runtime.json");
  if (!existsSync(file)) return undefined;
  const info = JSON.parse(readFileSync(file, "utf8")) as { pid: number; url: string; jobToken: string };
  try {
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}

const platform = running();
if (platform) {
  const res = await fetch(`${platform.url}/__local/jobs/${name}`, {
    method: "POST",
    headers: { "x-liaison-job-token": platform.jobToken, "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  console.log(text);
  process.exit(res.ok ? 0 : 1);
}

const database = await startDatabase({ path: join(dataDir, "dynamodb") });
process.env.DYNAMODB_ENDPOINT = database.endpoint;
process.env.TABLE_NAME = TABLE.id;
process.env.AWS_REGION ??= "cn-northwest-1";
process.env.LOG_LEVEL ??= "silent";
let code = 0;
try {
  await ensureTable(createDb());
  console.log(JSON.stringify(await runJob(name, args), null, 2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
