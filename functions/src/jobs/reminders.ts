import { remindUncontacted } from "@liaison/core";
import { z } from "zod";
import { job } from "../lib/job.ts";

export const handler = job(
  "reminders",
  z.object({ daysLeft: z.coerce.number().int().min(0).max(92).default(14) }),
  ({ db, args, now }) => remindUncontacted(db, now, args.daysLeft),
);
