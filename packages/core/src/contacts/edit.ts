import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { z } from "zod";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { quarterOf } from "../time/quarter.ts";
import { canAccessUnit } from "../units/access.ts";
import type { contactPatchSchema } from "./schema.ts";
import { type Contact, contactSchema } from "./schema.ts";
import { EDIT_WINDOW_MS, getContact } from "./service.ts";

type Patch = z.output<typeof contactPatchSchema>;
const EDITABLE = ["channel", "occurredAt", "place", "topic", "summary"] as const;

/**
 * The author edits their own record for 7 days; after that, or for anyone else's record, only the
 * office of the contact's unit (or above) corrects it, with a reason. Each change leaves an audit
 * entry with the old and new values. Moving a contact to another quarter is refused, because its
 * coverage marks belong to the quarter it was logged in.
 */
export async function editContact(
  db: Db,
  caller: Caller,
  id: string,
  patch: Patch,
  now = new Date(),
): Promise<Contact> {
  const contact = await getContact(db, id);
  if (!contact) throw errors.notFound({ zh: "联系记录不存在", en: "No such contact" });
  const isAuthor = caller.personId !== undefined && caller.personId === contact.authorId;
  const withinWindow = now.getTime() - Date.parse(contact.createdAt) <= EDIT_WINDOW_MS;
  const isOffice = caller.roles.includes("office") && (await canAccessUnit(db, caller, contact.unitId));
  if (!(isAuthor && withinWindow) && !isOffice) {
    throw errors.forbidden(
      isAuthor
        ? {
            zh: "登记超过 7 天后只能由联络办公室更正",
            en: "After 7 days only the liaison office can correct a contact",
          }
        : { zh: "无权修改该联系记录", en: "You may not change this contact" },
    );
  }
  const asCorrection = !(isAuthor && withinWindow);
  if (asCorrection && !patch.reason) {
    throw errors.validation({ reason: { zh: "更正须注明原因", en: "A correction needs a reason" } });
  }
  const occurredAt = patch.occurredAt ? new Date(patch.occurredAt).toISOString() : contact.occurredAt;
  if (quarterOf(occurredAt) !== contact.quarter) {
    throw errors.validation({
      occurredAt: {
        zh: "不能改到其他季度;请删除后在该季度重新登记",
        en: "A contact cannot move to another quarter; log it again in that quarter",
      },
    });
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const next: Contact = { ...contact, occurredAt };
  for (const field of EDITABLE) {
    const value = field === "occurredAt" ? occurredAt : patch[field];
    if (value === undefined || value === contact[field]) continue;
    changes[field] = { from: contact[field], to: value };
    Object.assign(next, { [field]: value });
  }
  if (Object.keys(changes).length === 0) return contact;

  const at = now.toISOString();
  next.updatedAt = at;
  next.version = contact.version + 1;
  const sets = Object.keys(changes).map((f) => `#${f} = :${f}`);
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.contact(id),
        UpdateExpression: `SET ${[...sets, "updatedAt = :at", "version = :next", "gsi1sk = :g1", "gsi2sk = :g2"].join(", ")}`,
        ConditionExpression: "version = :version",
        ExpressionAttributeNames: Object.fromEntries(Object.keys(changes).map((f) => [`#${f}`, f])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(changes).map(([f, c]) => [`:${f}`, c.to])),
          ":at": at,
          ":next": next.version,
          ":version": contact.version,
          ":g1": keys.contactByAuthor(contact.authorId, occurredAt, id).gsi1sk,
          ":g2": keys.contactByUnitQuarter(contact.unitId, contact.quarter, occurredAt, id).gsi2sk,
        },
      }),
    );
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") {
      throw new AppError(409, "edit_conflict", {
        zh: "记录已被他人修改,请刷新后重试",
        en: "Someone else changed this contact; reload and try again",
      });
    }
    throw err;
  }
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.contactAudit(id, `${at}#${next.version}`),
        type: "contact-audit",
        contactId: id,
        version: next.version,
        by: caller.id,
        byName: caller.name,
        kind: asCorrection ? "correction" : "edit",
        reason: patch.reason,
        changes,
        at,
      },
    }),
  );
  return contactSchema.parse(next);
}
