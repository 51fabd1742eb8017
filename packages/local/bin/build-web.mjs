#!/usr/bin/env node
// Builds web/dist when it is missing or older than the web sources. Run after `npm install`
// (so the first `npm start` is ready in seconds) and again by `npm start` after a web change.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const web = join(root, "web");

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Returns the exit status of the build (0 when nothing needed building). */
export function buildWebIfStale() {
  const built = join(web, "dist", "index.html");
  const sources = ["src", "index.html", "vite.config.ts", "public"].map((p) => join(web, p)).filter(existsSync);
  if (existsSync(built) && Math.max(...sources.map(newest)) <= statSync(built).mtimeMs) return 0;
  console.log("构建网页 / building the web app…");
  const vite = join(root, "node_modules/vite/bin/vite.js");
  return spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: web, stdio: "inherit" }).status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(buildWebIfStale());
