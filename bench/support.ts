import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { batchPut, createDb, type Db, TABLE } from "../packages/core/src/index.ts";
import { ensureTable } from "../packages/local/src/bootstrap.ts";
import { startDatabase } from "../packages/local/src/dynalite.ts";
import { chunks } from "../tests/support/synthetic.ts";

/** dynalite on a temporary on-disk folder, like the local runtime's, with the shared table. */
export async function benchDatabase(): Promise<{ db: Db; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "liaison-bench-"));
  const database = await startDatabase({ path: dir });
  const db = createDb({ tableName: TABLE.id, endpoint: database.endpoint, region: "cn-northwest-1" });
  await ensureTable(db);
  return {
    db,
    close: async () => {
      db.raw.destroy();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function load(db: Db, items: Iterable<Record<string, unknown>>): Promise<number> {
  let n = 0;
  for (const batch of chunks(items, 5_000)) {
    await batchPut(db, batch, 8);
    n += batch.length;
  }
  return n;
}

/** Median and 95th percentile of `runs` timed calls, in milliseconds. */
export async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  await fn();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
