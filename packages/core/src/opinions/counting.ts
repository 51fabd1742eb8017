import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryEach } from "../db/query.ts";
import { claimCount, increment } from "../stats/counters.ts";
import { CATEGORY_COUNT_IDS, type Counts, categoryCountId, OPINION_FIGURES as F } from "../stats/figures.ts";
import { quarterOf, quarterRange } from "../time/quarter.ts";
import { getUnit } from "../units/repository.ts";
import { triageUnitOf } from "./repository.ts";
import { type Opinion, opinionSchema } from "./schema.ts";

/** The milestones an opinion is counted at, each once (claimed on the opinion item). */
export type Milestone = "received" | "accepted" | "replied" | "closed";

const SOURCE_FIGURE = { public: F.public, member: F.member, contact: F.contact, activity: F.activity } as const;

/** What reaching a milestone adds to the counts of the opinion's unit and quarter of receipt. */
export function milestoneCounts(o: Opinion, milestone: Milestone): Counts {
  const out: Counts = {};
  const add = (id: string, n = 1) => {
    if (n === 0) return;
    out[id] = (out[id] ?? 0) + n;
    if (CATEGORY_COUNT_IDS.includes(id)) {
      const key = categoryCountId(id, o.category);
      out[key] = (out[key] ?? 0) + n;
    }
  };
  if (milestone === "received") {
    add(F.received);
    add(SOURCE_FIGURE[o.source.type]);
  } else if (milestone === "accepted") {
    add(F.accepted);
  } else if (milestone === "replied") {
    add(F.replied);
    add(F.replyDays, o.replyWorkdays ?? 0);
  } else {
    add(F.closed);
    if (o.closedOnTime) add(F.closedOnTime);
    if (o.rating) {
      add(F.rated);
      if (o.rating === "satisfied") add(F.satisfied);
      if (o.rating === "basic") add(F.basic);
      if (o.rating !== "unsatisfied") add(F.pleased);
    }
  }
  return out;
}

/** The milestones an opinion has reached in its current state (what the recount adds up). */
export function reachedMilestones(o: Opinion): Milestone[] {
  return [
    "received",
    ...(o.acceptedAt ? (["accepted"] as const) : []),
    ...(o.firstRepliedAt ? (["replied"] as const) : []),
    ...(o.status === "closed" ? (["closed"] as const) : []),
  ];
}

/** Counts a milestone once: a retried step finds the mark on the opinion and adds nothing. */
export async function countMilestone(db: Db, o: Opinion, milestone: Milestone): Promise<void> {
  if (await claimCount(db, keys.opinion(o.id), `counted_${milestone}`)) {
    await increment(db, o.unitId, quarterOf(o.createdAt), milestoneCounts(o, milestone));
  }
}

/** Exact opinion counts of one unit and quarter, from the opinions themselves. */
export async function recountOpinions(db: Db, unitId: string, quarter: string, into: Counts): Promise<void> {
  const unit = await getUnit(db, unitId);
  if (!unit) return;
  const triage = await triageUnitOf(db, unit);
  const { start, end } = quarterRange(quarter);
  await queryEach(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
      FilterExpression: "unitId = :u",
      ExpressionAttributeValues: {
        ":pk": keys.opinionByTriage(triage.id, "", "").gsi1pk,
        ":from": start,
        ":to": end,
        ":u": unitId,
      },
    },
    (item) => {
      const o = opinionSchema.parse(item);
      for (const m of reachedMilestones(o)) {
        for (const [id, n] of Object.entries(milestoneCounts(o, m))) into[id] = (into[id] ?? 0) + n;
      }
    },
  );
}
