#!/usr/bin/env node
// `npm start`: rebuilds the web app if its sources changed, then runs the local runtime under tsx.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildWebIfStale } from "./build-web.mjs";

const startedAt = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const status = buildWebIfStale();
if (status !== 0) process.exit(status);

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
