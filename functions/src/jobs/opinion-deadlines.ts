import { runOpinionDeadlines } from "@liaison/core";
import { z } from "zod";
import { job } from "../lib/job.ts";

export const handler = job("opinion-deadlines", z.object({}), ({ db, now }) => runOpinionDeadlines(db, now));
