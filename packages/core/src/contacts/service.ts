import { createHash, randomUUID } from "node:crypto";
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Role } from "../auth/roles.ts";
import { getAssignments, isOpenOn } from "../chains/repository.ts";
import { type Tier, targetTierOf } from "../chains/schema.ts";
import type { Db } from "../db/client.ts";
import { decodeCursor, encodeCursor } from "../db/cursor.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { raiseOpinion } from "../opinions/raise.ts";
import { getPersonItems, type Page } from "../people/repository.ts";
import type { ChainRole } from "../people/schema.ts";
import { claimCount, increment } from "../stats/counters.ts";
import { tierFigureIds } from "../stats/figures.ts";
import { quarterOf, shanghaiDate } from "../time/quarter.ts";
import { type Contact, type ContactInput, contactSchema } from "./schema.ts";

const EDIT_WINDOW_MS = 7 * 24 * 3600_000;
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const OLDEST_MS = 366 * 24 * 3600_000;

export function requirePerson(caller: Caller): string {
  if (!caller.personId) {
    throw errors.forbidden({ zh: "您的账号未关联花名册人员", en: "Your account is not linked to a roster entry" });
  }
  return caller.personId;
}

const authorRole = (caller: Caller): Role =>
  (["committee", "delegate", "member"] as const).find((r) => caller.roles.includes(r)) ?? "delegate";

const notAssigned = () =>
  errors.forbidden({
    zh: "联系对象不在您的联系分工内",
    en: "You are not assigned to keep in touch with everyone you named",
  });

function contactIdOf(authorId: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return `c${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  return `c${createHash("sha256").update(`${authorId}|${idempotencyKey}`).digest("hex").slice(0, 20)}`;
}

/** The stored form of a contact: the record plus its ledger (gsi1) and unit-quarter (gsi2) keys. */
export function contactItem(contact: Contact, requestHash: string): Record<string, unknown> {
  return {
    ...keys.contact(contact.id),
    ...keys.contactByAuthor(contact.authorId, contact.occurredAt, contact.id),
    ...keys.contactByUnitQuarter(contact.unitId, contact.quarter, contact.occurredAt, contact.id),
    type: "contact",
    ...contact,
    requestHash,
  };
}

/**
 * The follow-ups of a stored contact, each safe to repeat: a coverage mark per contacted target
 * (a set of contact ids, so a retry adds nothing), the "contacted" counter when a mark is new, and
 * the contact counters once per contact (claimed on the contact itself).
 */
async function recordFollowUps(db: Db, contact: Contact, responsibleId: string, role: Role): Promise<void> {
  await Promise.all(
    contact.targets.map(async (t) => {
      const res = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.coverageMark(t.unitId, contact.quarter, t.tier, t.targetId),
          UpdateExpression:
            "ADD contactIds :ids SET firstAt = if_not_exists(firstAt, :at), responsibleId = if_not_exists(responsibleId, :r), #type = :type",
          ExpressionAttributeNames: { "#type": "type" },
          ExpressionAttributeValues: {
            ":ids": new Set([contact.id]),
            ":at": contact.occurredAt,
            ":r": responsibleId,
            ":type": "coverage",
          },
          ReturnValues: "UPDATED_OLD",
        }),
      );
      if (res.Attributes?.firstAt === undefined) {
        await increment(db, t.unitId, contact.quarter, { [tierFigureIds(t.tier as Tier).contacted]: 1 });
      }
    }),
  );
  await raiseContactOpinions(db, contact, role);
  if (await claimCount(db, keys.contact(contact.id))) {
    const tiers = new Set(contact.targets.map((t) => t.tier as Tier));
    await increment(
      db,
      contact.unitId,
      contact.quarter,
      Object.fromEntries([...tiers].map((t) => [tierFigureIds(t).contacts, 1])),
    );
  }
}

/** Each opinion raised at the contact enters the opinion pipeline; its id is written back. */
async function raiseContactOpinions(db: Db, contact: Contact, role: Role): Promise<void> {
  await Promise.all(
    contact.opinions.map(async (o) => {
      if (o.opinionId) return;
      const { id } = await raiseOpinion(db, {
        source: { type: "contact", contactId: contact.id, index: o.index },
        unitId: contact.unitId,
        category: o.category,
        title: o.title,
        content: o.content,
        raisedBy: { personId: contact.authorId, name: contact.authorName, unitId: contact.unitId },
        role,
        now: new Date(contact.createdAt),
      });
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.contact(contact.id),
          UpdateExpression: `SET opinions[${o.index}].opinionId = :id`,
          ExpressionAttributeValues: { ":id": id },
        }),
      );
    }),
  );
}

/**
 * Logs a contact. Everyone named must be assigned to the author on the day it happened (403
 * otherwise). With an idempotency key the contact id is derived from it, so a retry finds the
 * first record, finishes its follow-up writes and answers the same id.
 */
export async function createContact(
  db: Db,
  caller: Caller,
  input: ContactInput,
  options: { idempotencyKey?: string; now?: Date } = {},
): Promise<{ id: string; replayed: boolean }> {
  const authorId = requirePerson(caller);
  const now = options.now ?? new Date();
  const occurred = new Date(input.occurredAt);
  if (occurred.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw errors.validation({ occurredAt: { zh: "联系时间不能晚于现在", en: "The contact cannot be in the future" } });
  }
  if (occurred.getTime() < now.getTime() - OLDEST_MS) {
    throw errors.validation({
      occurredAt: { zh: "只能登记一年内的联系", en: "Only contacts within the last year can be logged" },
    });
  }
  const day = shanghaiDate(occurred);

  const people = await getPersonItems(db, input.personIds);
  const wanted: { tier: Tier; targetId: string }[] = [];
  for (const id of new Set(input.personIds)) {
    const tier = targetTierOf((people.get(id)?.roles ?? []) as ChainRole[]);
    if (!tier) throw notAssigned();
    wanted.push({ tier, targetId: id });
  }
  for (const id of new Set(input.publicGroupIds)) wanted.push({ tier: "member-public", targetId: id });
  if (wanted.length === 0) {
    throw errors.validation({ personIds: { zh: "请选择联系对象", en: "Choose whom you contacted" } });
  }
  const edges = await getAssignments(db, authorId, wanted);
  const open = new Map(edges.filter((e) => isOpenOn(e, day)).map((e) => [`${e.tier}#${e.targetId}`, e]));
  if (wanted.some((w) => !open.has(`${w.tier}#${w.targetId}`))) throw notAssigned();

  const at = now.toISOString();
  const id = contactIdOf(authorId, options.idempotencyKey);
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  const contact: Contact = contactSchema.parse({
    id,
    authorId,
    authorName: caller.name,
    unitId: caller.unitId,
    quarter: quarterOf(occurred),
    targets: wanted.map((w) => {
      const edge = open.get(`${w.tier}#${w.targetId}`);
      return {
        tier: w.tier,
        targetId: w.targetId,
        unitId: edge?.unitId ?? caller.unitId,
        name:
          w.tier === "member-public"
            ? (edge?.publicGroup?.description ?? "")
            : String(people.get(w.targetId)?.name ?? ""),
      };
    }),
    channel: input.channel,
    occurredAt: occurred.toISOString(),
    place: input.place,
    topic: input.topic,
    summary: input.summary,
    opinions: input.opinions.map((o, index) => ({ ...o, index })),
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  let replayed = false;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: contactItem(contact, requestHash),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (err) {
    if (!(err instanceof Error && err.name === "ConditionalCheckFailedException")) throw err;
    const first = await getContactItem(db, id);
    if (first?.requestHash !== requestHash) {
      throw new AppError(409, "idempotency_key_reused", {
        zh: "该幂等键已用于另一条不同的记录",
        en: "This Idempotency-Key was already used for a different contact",
      });
    }
    replayed = true;
    await recordFollowUps(db, contactSchema.parse(first), authorId, authorRole(caller));
    return { id, replayed };
  }
  await recordFollowUps(db, contact, authorId, authorRole(caller));
  return { id, replayed };
}

async function getContactItem(db: Db, id: string): Promise<Record<string, unknown> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.contact(id), ConsistentRead: true }),
  );
  return res.Item;
}

export async function getContact(db: Db, id: string): Promise<Contact | undefined> {
  const item = await getContactItem(db, id);
  return item ? contactSchema.parse(item) : undefined;
}

/** The author's ledger in [from, to) (ISO instants), newest first, a page at a time. */
export async function listContactsOfAuthor(
  db: Db,
  authorId: string,
  range: { from: string; to: string },
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<Contact>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
      ExpressionAttributeValues: {
        ":pk": keys.contactByAuthor(authorId, "", "").gsi1pk,
        ":from": range.from,
        ":to": range.to,
      },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor, { gsi1pk: keys.contactByAuthor(authorId, "", "").gsi1pk }, "gsi1"),
    }),
  );
  return { items: (res.Items ?? []).map((i) => contactSchema.parse(i)), cursor: encodeCursor(res.LastEvaluatedKey) };
}

/** One unit's contacts in one quarter, newest first. */
export async function listContactsOfUnit(
  db: Db,
  unitId: string,
  quarter: string,
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<Contact>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.contactByUnitQuarter(unitId, quarter, "", "").gsi2pk },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(
        page.cursor,
        { gsi2pk: keys.contactByUnitQuarter(unitId, quarter, "", "").gsi2pk },
        "gsi2",
      ),
    }),
  );
  return { items: (res.Items ?? []).map((i) => contactSchema.parse(i)), cursor: encodeCursor(res.LastEvaluatedKey) };
}

export { EDIT_WINDOW_MS };
