import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError } from "../http/errors.ts";
import { opinionItem } from "./repository.ts";
import type { Opinion } from "./schema.ts";

export const conflict = () =>
  new AppError(409, "conflict", {
    zh: "该意见刚被他人处理过,请刷新后重试",
    en: "Someone else changed this opinion just now; reload and try again",
  });

/**
 * Writes a step of an opinion's life as one conditional update on its version: attributes are
 * SET (never the whole item replaced, so the counting marks on it survive), index keys that no
 * longer apply are removed, and a concurrent step makes this one fail with 409.
 */
export async function saveStep(db: Db, before: Opinion, after: Opinion): Promise<void> {
  const next = opinionItem(after);
  const prev = opinionItem(before);
  const set = Object.entries(next).filter(([k, v]) => k !== "pk" && k !== "sk" && v !== undefined);
  // Attributes the new state no longer has (a cleared handler, a deadline that ended, index keys).
  const remove = Object.keys(prev).filter((k) => next[k] === undefined);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ":v": before.version };
  const sets = set.map(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  const removes = remove.map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  names["#version"] = "version";
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.opinion(before.id),
        UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
        ConditionExpression: "#version = :v",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") throw conflict();
    throw err;
  }
}

/** Stores a new opinion once; false when one with this id already exists. */
export async function putNewOpinion(db: Db, opinion: Opinion, requestHash: string): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...opinionItem(opinion), requestHash },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") return false;
    throw err;
  }
}

/** Reserves a tracking code for an opinion; false when the code is taken. */
export async function claimTrackingCode(db: Db, code: string, opinionId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...keys.trackingCode(code), type: "trackingCode", opinionId },
        ConditionExpression: "attribute_not_exists(pk) OR opinionId = :id",
        ExpressionAttributeValues: { ":id": opinionId },
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") return false;
    throw err;
  }
}
