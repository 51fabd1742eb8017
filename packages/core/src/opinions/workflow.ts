import { createHash } from "node:crypto";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";
import { notify } from "../notifications/service.ts";
import { workingDeadline } from "../time/workdays.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin } from "../units/schema.ts";
import type { AssignBody, ExtendBody, ReplyBody } from "./actions-schema.ts";
import { calendarFor } from "./calendar.ts";
import { countMilestone } from "./counting.ts";
import { deadlinesFor } from "./deadlines.ts";
import { requireOpinion } from "./repository.ts";
import type { HistoryEntry, Opinion } from "./schema.ts";
import { saveStep } from "./store.ts";
import { advance, endOfDay, extendedDeadline, requireStatus, withReply } from "./transitions.ts";

/** Personal data is kept a year after the opinion ends, then deleted (TTL) and never shown again. */
export const SUBMITTER_RETENTION_DAYS = 365;

export const inOfficeScope = (caller: Caller, o: Opinion) =>
  caller.roles.includes("office") && o.unitPath.split("/").includes(caller.unitId);
export const isHandlerOf = (caller: Caller, o: Opinion) =>
  caller.roles.includes("handler") && o.handlerUnitId === caller.unitId;

const actorOf = (caller: Caller, role: "office" | "handler"): HistoryEntry["actor"] => ({
  kind: role,
  name: caller.name,
  unitId: caller.unitId,
});

async function load(db: Db, caller: Caller, id: string, role: "office" | "handler"): Promise<Opinion> {
  const o = await requireOpinion(db, id);
  const allowed = role === "office" ? inOfficeScope(caller, o) : isHandlerOf(caller, o);
  if (!allowed) {
    if (inOfficeScope(caller, o) || isHandlerOf(caller, o)) throw errors.forbidden();
    throw errors.notFound({ zh: "意见不存在或不在您的范围内", en: "No such opinion in your scope" });
  }
  return o;
}

/** An opinion that ends (closed, declined, merged) starts the retention clock of the submitter's data. */
export async function endRetention(db: Db, o: Opinion, now: Date): Promise<void> {
  if (!o.hasContact) return;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.opinionSubmitter(o.id),
        UpdateExpression: "SET expiresAt = if_not_exists(expiresAt, :exp)",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":exp": Math.floor(now.getTime() / 1000) + SUBMITTER_RETENTION_DAYS * 86_400 },
      }),
    );
  } catch (err) {
    if (!(err instanceof Error && err.name === "ConditionalCheckFailedException")) throw err;
  }
}

/** What a step remembers of the request that made it: enough to know its retry, nothing more. */
export const requestMark = (callerId: string, key: string) =>
  createHash("sha256").update(`${callerId}|${key}`).digest("hex").slice(0, 24);

const isRetry = (o: Opinion, mark: string | undefined) => mark !== undefined && o.history.at(-1)?.requestMark === mark;

/**
 * Saves one step, once. A retry of a request whose step was saved but whose follow-ups (counts,
 * inbox, notifications, retention) may not have run finds its own mark on the last history entry:
 * it skips the write and the caller runs the follow-ups again, each safe to repeat.
 */
export async function step(db: Db, o: Opinion, mark: string | undefined, build: () => Opinion): Promise<Opinion> {
  if (isRetry(o, mark)) return o;
  const next = build();
  const last = next.history.at(-1);
  if (mark !== undefined && last) last.requestMark = mark;
  await saveStep(db, o, next);
  return next;
}

const markOf = (caller: Caller, key?: string) => (key ? requestMark(caller.id, key) : undefined);

/** An accepted (or returned) opinion waits for assignment no longer than the accept window. */
async function assignDeadline(db: Db, o: Opinion, now: Date): Promise<string> {
  const unit = (await getUnit(db, o.unitId)) ?? { path: o.unitPath };
  const [calendar, rules] = await Promise.all([calendarFor(db, unit), deadlinesFor(db, unit, o.category)]);
  return workingDeadline(calendar, now, rules.acceptDays);
}

/** The Idempotency-Key of the request, when it came with one; see step(). */
export interface StepOptions {
  key?: string;
  now?: Date;
}

export async function acceptOpinion(db: Db, caller: Caller, id: string, note?: string, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "office");
  const assignDueAt = await assignDeadline(db, o, now);
  const next = await step(db, o, markOf(caller, opts.key), () => {
    requireStatus(o, ["submitted"], { zh: "受理", en: "accept" });
    return advance(
      o,
      now,
      { action: "accept", actor: actorOf(caller, "office"), ...(note ? { internalNote: note } : {}) },
      { status: "accepted", acceptedAt: now.toISOString(), assignDueAt },
    );
  });
  await countMilestone(db, next, "accepted");
  return next;
}

export async function declineOpinion(db: Db, caller: Caller, id: string, reason: string, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "office");
  const next = await step(db, o, markOf(caller, opts.key), () => {
    requireStatus(o, ["submitted", "accepted"], { zh: "不予受理", en: "decline" });
    return advance(
      o,
      now,
      { action: "decline", actor: actorOf(caller, "office"), publicText: reason },
      { status: "declined" },
    );
  });
  await endRetention(db, next, now);
  return next;
}

export async function mergeOpinion(
  db: Db,
  caller: Caller,
  id: string,
  intoId: string,
  note?: string,
  opts: StepOptions = {},
) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "office");
  const mark = markOf(caller, opts.key);
  if (!isRetry(o, mark)) {
    requireStatus(o, ["submitted", "accepted"], { zh: "并案", en: "merge" });
    if (intoId === id) throw errors.validation({ intoId: { zh: "不能并入自身", en: "Cannot merge into itself" } });
    const target = await requireOpinion(db, intoId).catch(() => {
      throw errors.validation({ intoId: { zh: "要并入的意见不存在", en: "The target opinion does not exist" } });
    });
    // A closed, declined or merged target would leave this one without an answer.
    if (!inOfficeScope(caller, target) || ["declined", "merged", "closed"].includes(target.status)) {
      throw errors.validation({
        intoId: { zh: "只能并入本单位范围内仍在办理的意见", en: "Merge only into an open opinion in your scope" },
      });
    }
  }
  const next = await step(db, o, mark, () =>
    advance(
      o,
      now,
      { action: "merge", actor: actorOf(caller, "office"), targetId: intoId, ...(note ? { internalNote: note } : {}) },
      { status: "merged", mergedInto: intoId },
    ),
  );
  await endRetention(db, next, now);
  return next;
}

export async function assignOpinion(db: Db, caller: Caller, id: string, body: AssignBody, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "office");
  const mark = markOf(caller, opts.key);
  if (!isRetry(o, mark)) requireStatus(o, ["accepted", "assigned", "signed", "redo"], { zh: "交办", en: "assign" });
  const handlerUnit = await getUnit(db, body.handlerUnitId);
  if (!handlerUnit || !isWithin(handlerUnit, caller.unitId)) {
    throw errors.validation({
      handlerUnitId: {
        zh: "承办单位不存在或不在本单位范围内",
        en: "The handling unit is unknown or outside your scope",
      },
    });
  }
  const unit = await getUnit(db, o.unitId);
  let dueAt: string;
  if (body.dueAt) {
    dueAt = endOfDay(body.dueAt);
    if (dueAt <= now.toISOString()) {
      throw errors.validation({ dueAt: { zh: "办理期限应晚于现在", en: "The deadline must be in the future" } });
    }
  } else {
    const [calendar, rules] = await Promise.all([
      calendarFor(db, unit ?? { path: o.unitPath }),
      deadlinesFor(db, unit ?? { path: o.unitPath }, o.category),
    ]);
    dueAt = workingDeadline(calendar, now, rules.replyDays);
  }
  const reassign = o.handlerUnitId !== undefined;
  const next = await step(db, o, mark, () =>
    advance(
      o,
      now,
      {
        action: reassign ? "reassign" : "assign",
        actor: actorOf(caller, "office"),
        handlerUnitId: handlerUnit.id,
        dueAt,
        ...(body.note ? { internalNote: body.note } : {}),
      },
      // A redo reassigned starts again at "assigned": the new unit signs for it (redoCount stays).
      { status: "assigned", handlerUnitId: handlerUnit.id, assignedAt: now.toISOString(), replyDueAt: dueAt },
      ["signedAt", "extension", "assignDueAt"],
    ),
  );
  const assignedAt = next.assignedAt ?? now.toISOString();
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.handlerInbox(handlerUnit.id, assignedAt, id), type: "handlerInbox", opinionId: id },
    }),
  );
  await notify(
    db,
    { handlers: handlerUnit.id },
    {
      kind: "opinion-assigned",
      dedupKey: `${id}#${next.version}`,
      title: { zh: "收到交办的意见建议", en: "An opinion was assigned to you" },
      body: { zh: `「${o.title}」,请按期办理`, en: `"${o.title}": please handle it by the deadline` },
      link: `/opinions/${id}`,
    },
    now,
  );
  return next;
}

export async function signOpinion(db: Db, caller: Caller, id: string, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "handler");
  return step(db, o, markOf(caller, opts.key), () => {
    requireStatus(o, ["assigned"], { zh: "签收", en: "sign for it" });
    return advance(
      o,
      now,
      { action: "sign", actor: actorOf(caller, "handler") },
      { status: "signed", signedAt: now.toISOString() },
    );
  });
}

export async function replyOpinion(db: Db, caller: Caller, id: string, body: ReplyBody, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const o = await load(db, caller, id, "handler");
  const calendar = await calendarFor(db, { path: o.unitPath });
  const next = await step(db, o, markOf(caller, opts.key), () => {
    if (o.status === "assigned") {
      throw errors.conflict({ zh: "请先签收再答复", en: "Sign for the opinion before replying" });
    }
    requireStatus(o, ["signed", "redo"], { zh: "答复", en: "reply" });
    return advance(
      o,
      now,
      {
        action: "reply",
        actor: actorOf(caller, "handler"),
        publicText: body.publicText,
        ...(body.internalNote ? { internalNote: body.internalNote } : {}),
      },
      { status: "replied", ...withReply(o, calendar, now) },
      ["extension"],
    );
  });
  await countMilestone(db, next, "replied");
  await notify(
    db,
    { unit: o.triageUnitId },
    {
      kind: "opinion-replied",
      dedupKey: `${id}#${next.version}`,
      title: { zh: "意见建议已答复", en: "An opinion was replied to" },
      body: { zh: `「${o.title}」`, en: `"${o.title}"` },
      link: `/opinions/${id}`,
    },
    now,
  );
  return next;
}

export async function extendOpinion(db: Db, caller: Caller, id: string, body: ExtendBody, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const mark = markOf(caller, opts.key);
  if ("workingDays" in body) {
    const o = await load(db, caller, id, "handler");
    const at = now.toISOString();
    const next = await step(db, o, mark, () => {
      requireStatus(o, ["assigned", "signed", "redo"], { zh: "申请延期", en: "ask for an extension" });
      if (o.extension?.state === "pending") {
        throw errors.conflict({ zh: "已有待审批的延期申请", en: "An extension request is already pending" });
      }
      return advance(
        o,
        now,
        {
          action: "extend-request",
          actor: actorOf(caller, "handler"),
          reason: body.reason,
          workingDays: body.workingDays,
        },
        {
          status: o.status,
          extension: { state: "pending", workingDays: body.workingDays, reason: body.reason, requestedAt: at },
        },
      );
    });
    await notify(
      db,
      { unit: o.triageUnitId },
      {
        kind: "opinion-extension",
        dedupKey: `${id}#${next.version}`,
        title: { zh: "延期申请待审批", en: "An extension request awaits your decision" },
        body: {
          zh: `「${o.title}」申请延期 ${body.workingDays} 个工作日`,
          en: `"${o.title}": ${body.workingDays} working days`,
        },
        link: `/opinions/${id}`,
      },
      now,
    );
    return next;
  }
  const o = await load(db, caller, id, "office");
  const calendar = await calendarFor(db, { path: o.unitPath });
  return step(db, o, mark, () => {
    if (o.extension?.state !== "pending") {
      throw errors.conflict({ zh: "没有待审批的延期申请", en: "There is no pending extension request" });
    }
    const approve = body.decision === "approve";
    const extension = {
      ...o.extension,
      state: approve ? ("approved" as const) : ("refused" as const),
      decidedAt: now.toISOString(),
    };
    const dueAt = approve ? extendedDeadline(o, calendar, o.extension.workingDays) : o.replyDueAt;
    return advance(
      o,
      now,
      {
        action: approve ? "extend-approve" : "extend-refuse",
        actor: actorOf(caller, "office"),
        ...(body.reason ? { reason: body.reason } : {}),
        ...(dueAt ? { dueAt } : {}),
      },
      { status: o.status, extension, ...(dueAt ? { replyDueAt: dueAt } : {}) },
    );
  });
}

export async function returnOpinion(db: Db, caller: Caller, id: string, reason: string, opts: StepOptions = {}) {
  const now = opts.now ?? new Date();
  const mark = markOf(caller, opts.key);
  // A returned opinion is no longer the handler's, so its retry is recognised by the mark first.
  const mine = await requireOpinion(db, id).catch(() => undefined);
  const o = mine && isRetry(mine, mark) ? mine : await load(db, caller, id, "handler");
  const assignDueAt = await assignDeadline(db, o, now);
  const next = await step(db, o, mark, () => {
    requireStatus(o, ["assigned", "signed"], { zh: "退回", en: "return it" });
    return advance(
      o,
      now,
      { action: "return", actor: actorOf(caller, "handler"), reason },
      { status: "accepted", assignDueAt },
      ["handlerUnitId", "assignedAt", "signedAt", "replyDueAt", "extension"],
    );
  });
  await notify(
    db,
    { unit: o.triageUnitId },
    {
      kind: "opinion-returned",
      dedupKey: `${id}#${next.version}`,
      title: { zh: "意见建议被退回,请重新交办", en: "An opinion was returned; assign it again" },
      body: { zh: `「${o.title}」:${reason}`, en: `"${o.title}": ${reason}` },
      link: `/opinions/${id}`,
    },
    now,
  );
  return next;
}
