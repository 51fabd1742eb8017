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

async function save(db: Db, before: Opinion, after: Opinion): Promise<Opinion> {
  await saveStep(db, before, after);
  return after;
}

export async function acceptOpinion(db: Db, caller: Caller, id: string, note?: string, now = new Date()) {
  const o = await load(db, caller, id, "office");
  requireStatus(o, ["submitted"], { zh: "受理", en: "accept" });
  const next = await save(
    db,
    o,
    advance(
      o,
      now,
      { action: "accept", actor: actorOf(caller, "office"), ...(note ? { internalNote: note } : {}) },
      {
        status: "accepted",
        acceptedAt: now.toISOString(),
      },
    ),
  );
  await countMilestone(db, next, "accepted");
  return next;
}

export async function declineOpinion(db: Db, caller: Caller, id: string, reason: string, now = new Date()) {
  const o = await load(db, caller, id, "office");
  requireStatus(o, ["submitted", "accepted"], { zh: "不予受理", en: "decline" });
  const next = await save(
    db,
    o,
    advance(
      o,
      now,
      { action: "decline", actor: actorOf(caller, "office"), publicText: reason },
      { status: "declined" },
    ),
  );
  await endRetention(db, next, now);
  return next;
}

export async function mergeOpinion(
  db: Db,
  caller: Caller,
  id: string,
  intoId: string,
  note?: string,
  now = new Date(),
) {
  const o = await load(db, caller, id, "office");
  requireStatus(o, ["submitted", "accepted"], { zh: "并案", en: "merge" });
  if (intoId === id) throw errors.validation({ intoId: { zh: "不能并入自身", en: "Cannot merge into itself" } });
  const target = await requireOpinion(db, intoId).catch(() => {
    throw errors.validation({ intoId: { zh: "要并入的意见不存在", en: "The target opinion does not exist" } });
  });
  if (!inOfficeScope(caller, target) || ["declined", "merged"].includes(target.status)) {
    throw errors.validation({
      intoId: { zh: "只能并入本单位范围内仍在办理的意见", en: "Merge only into an open opinion in your scope" },
    });
  }
  const next = await save(
    db,
    o,
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

export async function assignOpinion(db: Db, caller: Caller, id: string, body: AssignBody, now = new Date()) {
  const o = await load(db, caller, id, "office");
  requireStatus(o, ["accepted", "assigned", "signed", "redo"], { zh: "交办", en: "assign" });
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
  const at = now.toISOString();
  const next = await save(
    db,
    o,
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
      {
        status: o.status === "redo" ? "redo" : "assigned",
        handlerUnitId: handlerUnit.id,
        assignedAt: at,
        replyDueAt: dueAt,
      },
      ["signedAt", "extension"],
    ),
  );
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.handlerInbox(handlerUnit.id, at, id), type: "handlerInbox", opinionId: id },
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

export async function signOpinion(db: Db, caller: Caller, id: string, now = new Date()) {
  const o = await load(db, caller, id, "handler");
  requireStatus(o, ["assigned"], { zh: "签收", en: "sign for it" });
  return save(
    db,
    o,
    advance(
      o,
      now,
      { action: "sign", actor: actorOf(caller, "handler") },
      { status: "signed", signedAt: now.toISOString() },
    ),
  );
}

export async function replyOpinion(db: Db, caller: Caller, id: string, body: ReplyBody, now = new Date()) {
  const o = await load(db, caller, id, "handler");
  if (o.status === "assigned") {
    throw errors.conflict({ zh: "请先签收再答复", en: "Sign for the opinion before replying" });
  }
  requireStatus(o, ["signed", "redo"], { zh: "答复", en: "reply" });
  const calendar = await calendarFor(db, { path: o.unitPath });
  const next = await save(
    db,
    o,
    advance(
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
    ),
  );
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

export async function extendOpinion(db: Db, caller: Caller, id: string, body: ExtendBody, now = new Date()) {
  if ("workingDays" in body) {
    const o = await load(db, caller, id, "handler");
    requireStatus(o, ["assigned", "signed", "redo"], { zh: "申请延期", en: "ask for an extension" });
    if (o.extension?.state === "pending") {
      throw errors.conflict({ zh: "已有待审批的延期申请", en: "An extension request is already pending" });
    }
    const at = now.toISOString();
    const next = await save(
      db,
      o,
      advance(
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
      ),
    );
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
  if (o.extension?.state !== "pending") {
    throw errors.conflict({ zh: "没有待审批的延期申请", en: "There is no pending extension request" });
  }
  const approve = body.decision === "approve";
  const calendar = await calendarFor(db, { path: o.unitPath });
  const extension = {
    ...o.extension,
    state: approve ? ("approved" as const) : ("refused" as const),
    decidedAt: now.toISOString(),
  };
  const dueAt = approve ? extendedDeadline(o, calendar, o.extension.workingDays) : o.replyDueAt;
  return save(
    db,
    o,
    advance(
      o,
      now,
      {
        action: approve ? "extend-approve" : "extend-refuse",
        actor: actorOf(caller, "office"),
        ...(body.reason ? { reason: body.reason } : {}),
        ...(dueAt ? { dueAt } : {}),
      },
      { status: o.status, extension, ...(dueAt ? { replyDueAt: dueAt } : {}) },
    ),
  );
}

export async function returnOpinion(db: Db, caller: Caller, id: string, reason: string, now = new Date()) {
  const o = await load(db, caller, id, "handler");
  requireStatus(o, ["assigned", "signed"], { zh: "退回", en: "return it" });
  const next = await save(
    db,
    o,
    advance(o, now, { action: "return", actor: actorOf(caller, "handler"), reason }, { status: "accepted" }, [
      "handlerUnitId",
      "assignedAt",
      "signedAt",
      "replyDueAt",
      "extension",
    ]),
  );
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
