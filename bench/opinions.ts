/**
 * A campaign burst against the whole local platform (HTTP adapter, handlers, dynalite): N public
 * submissions at once, each with its own Idempotency-Key, and a tracking lookup of each. Prints
 * throughput and latency percentiles; in AWS each request gets its own Lambda and DynamoDB scales
 * out, so these figures are the local runtime's floor, not the deployed platform's.
 *
 *   npm run bench:opinions -- [count=2000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPlatform } from "../packages/local/src/platform.ts";

const count = Number(process.argv[2] ?? 2000);
process.env.OPINION_LIMIT_PER_CLIENT = `${count * 10}/600`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "liaison-bench-opinions-"));
  const platform = await startPlatform({ port: 0, dataDir, demo: true });
  try {
    const post = (i: number) =>
      timed(async () => {
        const res = await fetch(`${platform.url}/api/opinions`, {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": `bench-${i}-${Date.now()}` },
          body: JSON.stringify({
            unitId: i % 2 ? "620121100" : "620121101",
            category: "livelihood",
            title: `供暖不足 ${i}`,
            content: `第 ${i} 户反映:小区供暖不足,室温低于十六度。`,
            phone: `139${String(i).padStart(8, "0")}`,
            consent: true,
          }),
        });
        return { status: res.status, body: (await res.json()) as { trackingCode?: string } };
      });
    const started = performance.now();
    const sent = await Promise.all(Array.from({ length: count }, (_, i) => post(i)));
    const wall = performance.now() - started;
    const failed = sent.filter((s) => s.value.status !== 201).length;
    const latencies = sent.map((s) => s.ms).sort((a, b) => a - b);
    console.log(`submissions: ${count} at once, ${failed} failed`);
    console.log(`  wall ${(wall / 1000).toFixed(1)} s → ${(count / (wall / 1000)).toFixed(0)} per second`);
    console.log(
      `  latency p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms`,
    );

    const codes = sent.flatMap((s) => (s.value.body.trackingCode ? [s.value.body.trackingCode] : []));
    const lookups = await Promise.all(
      codes
        .slice(0, 200)
        .map((code) => timed(async () => (await fetch(`${platform.url}/api/opinions/track/${code}`)).status)),
    );
    const lookupMs = lookups.map((l) => l.ms).sort((a, b) => a - b);
    console.log(
      `tracking lookups: 200 at once, p50 ${percentile(lookupMs, 0.5).toFixed(0)} ms, p95 ${percentile(lookupMs, 0.95).toFixed(0)} ms`,
    );
    console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
