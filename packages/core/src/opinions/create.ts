import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError } from "../http/errors.ts";
import { notify } from "../notifications/service.ts";
import { workingDeadline } from "../time/workdays.ts";
import type { Unit } from "../units/schema.ts";
import { calendarFor } from "./calendar.ts";
import { countMilestone } from "./counting.ts";
import { deadlinesFor } from "./deadlines.ts";
import { getOpinionItem, newTrackingCode, toOpinion, triageUnitOf } from "./repository.ts";
import type { HistoryEntry, Opinion, OpinionSource, Submitter } from "./schema.ts";
import { claimTrackingCode, putNewOpinion } from "./store.ts";

export interface NewOpinion {
  id: string;
  unit: Unit;
  category: string;
  title: string;
  content: string;
  source: OpinionSource;
  actor: HistoryEntry["actor"];
  raisedBy?: Opinion["raisedBy"];
  delegateId?: string;
  isMember: boolean;
  submitter?: Omit<Submitter, "consentAt">;
  /** Identifies the request that made it: a retry with the same id must carry the same request. */
  requestHash: string;
  now: Date;
}

const RETENTION_NOTE_DAYS = 365;

/**
 * Stores a new opinion once under its id, then runs its follow-ups (tracking code, the
 * submitter's data, pointers, counters, the office's notification), each safe to repeat. A
 * request that finds its id taken by the same request answers the first opinion; a different
 * request under the same id is a 409.
 */
export async function storeOpinion(db: Db, n: NewOpinion): Promise<{ opinion: Opinion; created: boolean }> {
  const existing = await getOpinionItem(db, n.id);
  if (existing) return { opinion: await replay(db, existing, n), created: false };

  const triage = await triageUnitOf(db, n.unit);
  const [calendar, deadlines] = await Promise.all([calendarFor(db, n.unit), deadlinesFor(db, n.unit, n.category)]);
  let code = newTrackingCode();
  for (let attempt = 0; !(await claimTrackingCode(db, code, n.id)); attempt++) {
    if (attempt > 5) throw new Error("could not reserve a tracking code");
    code = newTrackingCode();
  }
  const at = n.now.toISOString();
  const opinion: Opinion = {
    id: n.id,
    trackingCode: code,
    unitId: n.unit.id,
    triageUnitId: triage.id,
    unitPath: n.unit.path,
    category: n.category,
    title: n.title,
    content: n.content,
    source: n.source,
    ...(n.raisedBy ? { raisedBy: n.raisedBy } : {}),
    ...(n.delegateId ? { delegateId: n.delegateId } : {}),
    hasContact: Boolean(n.submitter?.name || n.submitter?.phone || n.submitter?.memberNo),
    isMember: n.isMember,
    status: "submitted",
    createdAt: at,
    updatedAt: at,
    version: 1,
    acceptDueAt: workingDeadline(calendar, n.now, deadlines.acceptDays),
    redoCount: 0,
    history: [{ at, action: "submit", status: "submitted", actor: n.actor }],
  };
  if (!(await putNewOpinion(db, opinion, n.requestHash))) {
    const first = await getOpinionItem(db, n.id);
    if (!first) throw new Error(`opinion ${n.id} vanished`);
    return { opinion: await replay(db, first, n), created: false };
  }
  await followUps(db, opinion, n);
  return { opinion, created: true };
}

async function replay(db: Db, item: Record<string, unknown>, n: NewOpinion): Promise<Opinion> {
  if (item.requestHash !== n.requestHash) {
    throw new AppError(409, "idempotency_key_reused", {
      zh: "该幂等键已用于另一条不同的意见",
      en: "This Idempotency-Key was already used for a different opinion",
    });
  }
  const opinion = toOpinion(item);
  // The first request may have stopped before its follow-ups: finish them (each is idempotent).
  await followUps(db, opinion, n);
  return opinion;
}

async function followUps(db: Db, o: Opinion, n: NewOpinion): Promise<void> {
  const writes: Promise<unknown>[] = [claimTrackingCode(db, o.trackingCode, o.id)];

  if (n.submitter && (n.submitter.name || n.submitter.phone || n.submitter.memberNo)) {
    writes.push(
      db.doc
        .send(
          new PutCommand({
            TableName: db.tableName,
            Item: {
              ...keys.opinionSubmitter(o.id),
              type: "submitter",
              ...n.submitter,
              consentAt: o.createdAt,
              retentionDays: RETENTION_NOTE_DAYS,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        )
        .catch((err: unknown) => {
          if (!(err instanceof Error && err.name === "ConditionalCheckFailedException")) throw err;
        }),
    );
  }
  const pointer = (personId: string, relation: string) =>
    db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...keys.personOpinion(personId, o.createdAt, o.id), type: "personOpinion", opinionId: o.id, relation },
      }),
    );
  if (o.delegateId) writes.push(pointer(o.delegateId, "addressed"));
  if (o.raisedBy?.personId) writes.push(pointer(o.raisedBy.personId, "raised"));
  writes.push(countMilestone(db, o, "received"));
  writes.push(
    notify(
      db,
      { unit: o.triageUnitId },
      {
        kind: "opinion-new",
        dedupKey: o.id,
        title: { zh: "新的意见建议待受理", en: "A new opinion awaits acceptance" },
        body: { zh: `「${o.title}」`, en: `"${o.title}"` },
        link: `/opinions/${o.id}`,
      },
      n.now,
    ),
  );
  await Promise.all(writes);
}
