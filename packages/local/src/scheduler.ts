import { matchesCron, SCHEDULES } from "@liaison/core";
import { runJob } from "./jobs.ts";

/**
 * The local stand-in for the EventBridge rules: once a minute, on the minute, it runs every job
 * whose schedule (Asia/Shanghai clock) matches. Jobs run one at a time, like a single consumer.
 */
export function startScheduler(log: (line: string) => void = console.log): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();
  const tick = () => {
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    for (const s of SCHEDULES) {
      if (!matchesCron(s.cron, minute)) continue;
      queue = queue.then(async () => {
        try {
          const result = await runJob(s.name, {}, minute);
          log(`job ${s.name}: ${JSON.stringify(result)}`);
        } catch (err) {
          log(`job ${s.name} failed: ${String(err)}`);
        }
      });
    }
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  };
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  return { stop: () => clearTimeout(timer) };
}
