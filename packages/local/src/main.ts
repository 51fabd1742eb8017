import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROLE_LABELS } from "@liaison/core";
import { startPlatform } from "./platform.ts";
import { startScheduler } from "./scheduler.ts";

const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? ".data";

if (args.has("--help")) {
  console.log("npm start [-- --no-demo] [-- --no-scheduler]    env: PORT (3000), DATA_DIR (.data), HOST (127.0.0.1)");
  process.exit(0);
}

const platform = await startPlatform({ port, dataDir, demo: !args.has("--no-demo"), host: process.env.HOST }).catch(
  (err: unknown) => {
    const code = (err as { code?: string }).code;
    if (code === "EADDRINUSE")
      console.error(`端口 ${port} 已被占用 / Port ${port} is in use: set PORT to another one.`);
    else if (String(err).includes("LOCK")) {
      console.error(`数据目录 ${dataDir} 正被另一个进程使用 / ${dataDir} is in use by another liaison process.`);
    } else console.error(err);
    process.exit(1);
  },
);

// From `npm start` when launched by it (web build check included), else from this process's start.
const startedAt = Number(process.env.LIAISON_STARTED_AT) || Date.now() - process.uptime() * 1000;
// `npm run job` finds the running platform here (dynalite's folder takes one process at a time).
const runtimeFile = join(dataDir, "runtime.json");
writeFileSync(runtimeFile, JSON.stringify({ pid: process.pid, url: platform.url, jobToken: platform.jobToken }), {
  mode: 0o600,
});
const scheduler = args.has("--no-scheduler") ? undefined : startScheduler((line) => console.log(`[scheduler] ${line}`));

const readyMs = Math.round(Date.now() - startedAt);
console.log(`\n党代表联络平台 liaison — ${platform.url}`);
console.log(`  API      ${platform.url}/api/health   OpenAPI ${platform.url}/api/openapi.json`);
console.log(`  数据 data ${dataDir} (table ${platform.tableState}${platform.seeded ? ", demo data loaded" : ""})`);
console.log(
  `  照片 photos ${platform.objects.endpoint} (bucket ${platform.objects.bucket}, ${join(dataDir, "objects")})`,
);
if (!args.has("--no-demo")) {
  console.log(`  演示账号 demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of DEMO_ACCOUNTS) {
    console.log(
      `    ${a.username.padEnd(10)} ${ROLE_LABELS[a.roles[0] ?? "member"].zh} / ${ROLE_LABELS[a.roles[0] ?? "member"].en}, unit ${a.unitId}`,
    );
  }
}
console.log(`  就绪 ready in ${readyMs} ms — Ctrl-C 停止 / to stop\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: 正在停止 / stopping…`);
  scheduler?.stop();
  rmSync(runtimeFile, { force: true });
  await platform.close();
  console.log("已停止,数据已保存 / stopped, data kept.");
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
