import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import type { LocalizedText } from "../http/errors.ts";

const KEEP_DAYS = 90;

/** A person, a unit's office, or the handling staff of a unit. */
export type Recipient = { person: string } | { unit: string } | { handlers: string };

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  body: z.object({ zh: z.string(), en: z.string() }),
  link: z.string().optional(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({ items: z.array(notificationSchema) });

/**
 * An in-app notification. Its key holds the day and a dedup key, so a job that runs twice on
 * the same day leaves one notification, not two.
 */
export async function notify(
  db: Db,
  to: Recipient,
  n: { kind: string; dedupKey: string; title: LocalizedText; body: LocalizedText; link?: string },
  now = new Date(),
): Promise<boolean> {
  const key = keys.notification(to, now.toISOString().slice(0, 10), n.kind, n.dedupKey);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...key,
          type: "notification",
          id: `${key.pk}|${key.sk}`,
          kind: n.kind,
          title: n.title,
          body: n.body,
          ...(n.link ? { link: n.link } : {}),
          createdAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") return false;
    throw err;
  }
}

/** The caller's own notifications and, for an office, its unit's; expired ones are left out. */
export async function listNotifications(db: Db, caller: Caller, now = new Date()): Promise<Notification[]> {
  const recipients: Recipient[] = [
    ...(caller.personId ? [{ person: caller.personId }] : []),
    ...(caller.roles.includes("office") ? [{ unit: caller.unitId }] : []),
    ...(caller.roles.includes("handler") ? [{ handlers: caller.unitId }] : []),
  ];
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const lists = await Promise.all(
    recipients.map(async (to) => {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          KeyConditionExpression: "pk = :pk",
          // TTL deletes late in AWS and never in dynalite: expired items are filtered here.
          FilterExpression: "expiresAt > :now",
          ExpressionAttributeValues: { ":pk": keys.notification(to, "", "", "").pk, ":now": nowSeconds },
          ScanIndexForward: false,
          Limit: 100,
        }),
      );
      return (res.Items ?? []).map((i) => notificationSchema.parse(i));
    }),
  );
  return lists
    .flat()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, 100);
}
