import { createHash, randomUUID } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { hit, type RateLimit } from "../limits/rate-limit.ts";
import { getPerson } from "../people/repository.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin } from "../units/schema.ts";
import { requireCategory } from "./categories.ts";
import { storeOpinion } from "./create.ts";
import { normaliseText } from "./fields.ts";
import { getOpinion, triageUnitOf } from "./repository.ts";
import { HONEYPOT_FIELD, type OpinionSubmit } from "./schema.ts";

/** "limit/seconds", e.g. "30/600"; used when the environment sets no other value. */
function limitFrom(value: string | undefined, fallback: RateLimit): RateLimit {
  const m = /^(\d+)\/(\d+)$/.exec(value ?? "");
  return m ? { ...fallback, limit: Number(m[1]), windowSeconds: Number(m[2]) } : fallback;
}

/**
 * Per network address and per phone number. Generous per address because a campus or a mobile
 * carrier puts many people behind one; tight per phone because one person rarely needs more.
 */
export const submissionLimits = () => ({
  client: limitFrom(process.env.OPINION_LIMIT_PER_CLIENT, { scope: "opinion-client", limit: 30, windowSeconds: 600 }),
  phone: limitFrom(process.env.OPINION_LIMIT_PER_PHONE, { scope: "opinion-phone", limit: 5, windowSeconds: 3600 }),
});

const DUPLICATE_WINDOW_S = 24 * 3600;

/** With an Idempotency-Key the id follows from it, so concurrent retries meet on one item. */
export function publicOpinionId(idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return `o${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  return `o${createHash("sha256").update(`public|${idempotencyKey}`).digest("hex").slice(0, 20)}`;
}

async function resolveTarget(db: Db, input: OpinionSubmit) {
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw errors.validation({ unitId: { zh: "所选单位不存在", en: "Unknown unit" } });
  // A city or the province has no office that triages the public's opinions; its counties do.
  if (["province", "city"].includes(unit.level) && !unit.pilot) {
    throw errors.validation({
      unitId: { zh: "请选择县(市、区)、乡镇或试点单位", en: "Choose a county, town or pilot unit" },
    });
  }
  await requireCategory(db, input.category);
  if (input.delegateId) {
    const [delegate, triage] = await Promise.all([getPerson(db, input.delegateId), triageUnitOf(db, unit)]);
    const delegateUnit = delegate ? await getUnit(db, delegate.unitId) : undefined;
    const serves =
      delegate?.roles.includes("delegate") &&
      delegate.status === "active" &&
      delegateUnit !== undefined &&
      isWithin(delegateUnit, triage.id);
    if (!serves) {
      throw errors.validation({
        delegateId: { zh: "所选党代表不在该单位", en: "The chosen delegate does not serve this unit" },
      });
    }
  }
  return unit;
}

/**
 * Same phone and same text within 24 hours is the same opinion sent twice: 409 with the first
 * one's tracking code. The claim holds only the id, so the code is always read from the opinion.
 */
async function claimDuplicate(db: Db, phone: string, text: string, id: string, now: Date): Promise<void> {
  const hash = createHash("sha256")
    .update(`${phone}|${normaliseText(text)}`)
    .digest("hex");
  const nowS = Math.floor(now.getTime() / 1000);
  const claim = (condition: string, values: Record<string, unknown>) =>
    db.doc
      .send(
        new PutCommand({
          TableName: db.tableName,
          Item: {
            ...keys.opinionDuplicate(hash),
            type: "duplicate",
            opinionId: id,
            expiresAt: nowS + DUPLICATE_WINDOW_S,
          },
          ConditionExpression: condition,
          ExpressionAttributeValues: values,
        }),
      )
      .then(
        () => true,
        (err: unknown) => {
          if (err instanceof Error && err.name === "ConditionalCheckFailedException") return false;
          throw err;
        },
      );
  if (await claim("attribute_not_exists(pk) OR expiresAt <= :now", { ":now": nowS })) return;
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.opinionDuplicate(hash), ConsistentRead: true }),
  );
  const firstId = String(res.Item?.opinionId ?? "");
  if (firstId === id) return;
  // The first request may still be storing its opinion: give it a moment before judging.
  for (let attempt = 0; attempt < 4; attempt++) {
    const first = await getOpinion(db, firstId);
    if (first) {
      throw new AppError(
        409,
        "duplicate_opinion",
        {
          zh: "24 小时内已提交过相同内容的意见,请凭查询码跟进",
          en: "The same opinion was sent in the last 24 hours; follow it with its tracking code",
        },
        { extra: { trackingCode: first.trackingCode } },
      );
    }
    await new Promise((r) => setTimeout(r, 150 * (attempt + 1)));
  }
  // The first request never stored its opinion: this one takes the claim over.
  if (!(await claim("opinionId = :old", { ":old": firstId }))) {
    throw errors.conflict({ zh: "请稍后再试", en: "Please retry in a moment" });
  }
}

/** A submission of the public form. Returns the opinion's id and tracking code. */
export async function submitOpinion(
  db: Db,
  input: OpinionSubmit,
  options: { clientId: string; idempotencyKey?: string; requestHash: string; now?: Date },
): Promise<{ id: string; trackingCode: string; created: boolean }> {
  if (input[HONEYPOT_FIELD]) {
    throw new AppError(400, "rejected", {
      zh: "提交未通过校验,请刷新页面后重新填写",
      en: "The submission did not pass validation; reload the page and fill it in again",
    });
  }
  const now = options.now ?? new Date();
  const id = publicOpinionId(options.idempotencyKey);
  const first = await getOpinion(db, id);
  const unit = await resolveTarget(db, input);
  if (!first) {
    const limits = submissionLimits();
    await hit(db, limits.client, options.clientId, now.getTime());
    if (input.phone) {
      // The counter's key holds a hash: a rate-limit item never stores a phone number.
      await hit(
        db,
        limits.phone,
        createHash("sha256").update(`phone|${input.phone}`).digest("hex").slice(0, 32),
        now.getTime(),
      );
      await claimDuplicate(db, input.phone, `${input.title}\n${input.content}`, id, now);
    }
  }
  const isMember = input.isMember || Boolean(input.memberNo);
  const { opinion, created } = await storeOpinion(db, {
    id,
    unit,
    category: input.category,
    title: input.title,
    content: input.content,
    source: { type: isMember ? "member" : "public" },
    actor: { kind: "public" },
    ...(input.delegateId ? { delegateId: input.delegateId } : {}),
    isMember,
    submitter: { name: input.name, phone: input.phone, memberNo: input.memberNo },
    requestHash: options.requestHash,
    now,
  });
  return { id: opinion.id, trackingCode: opinion.trackingCode, created };
}
