import { quarterOf, quarterSchema, reconcileQuarter } from "@liaison/core";
import { z } from "zod";
import { job } from "../lib/job.ts";

export const handler = job("reconcile", z.object({ quarter: quarterSchema.optional() }), ({ db, args, now }) =>
  reconcileQuarter(db, args.quarter ?? quarterOf(now)),
);
