#!/usr/bin/env node
// `npm start`: builds the web app when its sources changed, then runs the local runtime under tsx.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const startedAt = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const web = join(root, "web");

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = join(web, "dist", "index.html");
const sources = ["src", "index.html", "vite.config.ts", "public"].map((p) => join(web, p)).filter(existsSync);
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  console.log("构建网页 / building the web app…");
  const r = spawnSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: web,
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(
  process.execPath,
  ["--import", "tsx", join(root, "packages/local/src/main.ts"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, LIAISON_STARTED_AT: String(startedAt) },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
