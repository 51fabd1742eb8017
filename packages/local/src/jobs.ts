import { scheduleOf } from "@liaison/core";
import { loadExport } from "./modules.ts";

type JobHandler = (event: { time?: string; args?: Record<string, unknown> }) => Promise<unknown>;

/** Runs one scheduled job's handler now, as EventBridge would, with optional arguments. */
export async function runJob(name: string, args: Record<string, unknown> = {}, time?: Date): Promise<unknown> {
  const schedule = scheduleOf(name);
  if (!schedule) throw new UnknownJobError(name);
  const handler = await loadExport<JobHandler>(schedule.handler);
  return handler({ ...(time ? { time: time.toISOString() } : {}), args });
}

export class UnknownJobError extends Error {
  constructor(name: string) {
    super(`unknown job "${name}"`);
  }
}
