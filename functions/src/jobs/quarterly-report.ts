import { generateQuarterlyReports, quarterOf, quarterSchema, shiftQuarter } from "@liaison/core";
import { z } from "zod";
import { job } from "../lib/job.ts";

/** Due at 01:00 on a quarter's first day: it freezes the quarter that just ended. */
export const handler = job("quarterly-report", z.object({ quarter: quarterSchema.optional() }), ({ db, args, now }) =>
  generateQuarterlyReports(db, args.quarter ?? shiftQuarter(quarterOf(now), -1), now),
);
