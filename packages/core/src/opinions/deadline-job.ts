import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { notify } from "../notifications/service.ts";
import { listUnits } from "../units/repository.ts";
import { mapLimit } from "../util/concurrency.ts";
import { countMilestone } from "./counting.ts";
import { staffDeadline, toOpinion } from "./repository.ts";
import type { Opinion } from "./schema.ts";
import { saveStep } from "./store.ts";
import { advance, closing } from "./transitions.ts";
import { endRetention } from "./workflow.ts";

export interface DeadlineRun {
  checked: number;
  overdue: number;
  dueSoon: number;
  autoClosed: number;
}

const DAY_MS = 86_400_000;

/** Overdue or due within a day: the office and the handling unit hear about it once a day. */
async function remind(db: Db, o: Opinion, due: string, now: Date, overdue: boolean): Promise<void> {
  const kind = overdue ? "opinion-overdue" : "opinion-due-soon";
  const title = overdue
    ? { zh: "意见建议已逾期", en: "An opinion is overdue" }
    : { zh: "意见建议即将到期", en: "An opinion is due within a day" };
  const step =
    o.status === "submitted"
      ? { zh: "受理", en: "acceptance" }
      : o.status === "accepted"
        ? { zh: "交办", en: "assignment" }
        : { zh: "答复", en: "reply" };
  const body = {
    zh: `「${o.title}」${step.zh}期限 ${due.slice(0, 10)}`,
    en: `"${o.title}": ${step.en} due ${due.slice(0, 10)}`,
  };
  const n = { kind, dedupKey: o.id, title, body, link: `/opinions/${o.id}` };
  await notify(db, { unit: o.triageUnitId }, n, now);
  if (o.handlerUnitId && !["submitted", "accepted"].includes(o.status))
    await notify(db, { handlers: o.handlerUnitId }, n, now);
}

/** A reply nobody rated within the window closes without a rating. */
async function autoClose(db: Db, o: Opinion, now: Date): Promise<boolean> {
  const next = advance(
    o,
    now,
    { action: "auto-close", actor: { kind: "system" } },
    { status: "closed", ...closing(o, now) },
    ["ratingDueAt"],
  );
  try {
    await saveStep(db, o, next);
  } catch {
    // Someone rated it meanwhile: their step wins.
    return false;
  }
  await countMilestone(db, next, "closed");
  await endRetention(db, next, now);
  return true;
}

/**
 * The daily deadline run: reads only opinions whose next deadline is within a day (one index
 * range per office), reminds about overdue and nearly due ones, and closes unrated replies.
 */
export async function runOpinionDeadlines(db: Db, now = new Date()): Promise<DeadlineRun> {
  const run: DeadlineRun = { checked: 0, overdue: 0, dueSoon: 0, autoClosed: 0 };
  const offices = (await listUnits(db)).filter((u) => u.pilot || ["province", "city", "county"].includes(u.level));
  const horizon = new Date(now.getTime() + DAY_MS).toISOString();
  await mapLimit(offices, 4, async (unit) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: "gsi2pk = :pk AND gsi2sk < :horizon",
          ExpressionAttributeValues: { ":pk": keys.opinionDue(unit.id, "", "").gsi2pk, ":horizon": horizon },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of res.Items ?? []) {
        run.checked++;
        const o = toOpinion(item);
        if (o.status === "replied" && o.ratingDueAt && o.ratingDueAt <= now.toISOString()) {
          if (await autoClose(db, o, now)) run.autoClosed++;
          continue;
        }
        const due = staffDeadline(o);
        if (!due) continue;
        const overdue = due < now.toISOString();
        await remind(db, o, due, now, overdue);
        if (overdue) run.overdue++;
        else run.dueSoon++;
      }
      startKey = res.LastEvaluatedKey;
    } while (startKey);
  });
  return run;
}
