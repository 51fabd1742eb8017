import { type Db, db, type JobName, parseInput } from "@liaison/core";
import middy from "@middy/core";
import type { z } from "zod";
import { toAppError } from "./errors.ts";
import { log } from "./log.ts";

/** An EventBridge scheduled event (`time` is when it was due), or a manual run with arguments. */
export interface JobEvent {
  time?: string;
  args?: Record<string, unknown>;
}

/**
 * Wraps a scheduled job: arguments validated with zod, "now" taken from the schedule's due time
 * (so a late or repeated run does the same work), and one structured log line per run.
 */
export function job<S extends z.ZodType>(
  name: JobName,
  args: S,
  impl: (ctx: { db: Db; args: z.output<S>; now: Date }) => Promise<unknown>,
) {
  return middy<JobEvent, unknown>().handler(async (event) => {
    const now = event.time ? new Date(event.time) : new Date();
    const started = Date.now();
    try {
      const result = await impl({ db: db(), args: parseInput(args, event.args ?? {}), now });
      log.info("job finished", { job: name, ms: Date.now() - started, result });
      return result;
    } catch (err) {
      const appError = toAppError(err);
      log.error("job failed", { job: name, ms: Date.now() - started, code: appError.code, error: String(err) });
      throw err;
    }
  });
}
