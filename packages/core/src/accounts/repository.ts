import { randomUUID } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { type Account, accountSchema } from "./schema.ts";

/**
 * Local sign-in accounts. In AWS, Cognito holds accounts and passwords; these items exist only
 * where the local runtime signs people in, and hold a scrypt hash, never the password.
 */
export async function putAccount(
  db: Db,
  input: Omit<Account, "id"> & { id?: string },
  password: string,
): Promise<Account> {
  return putAccountWithHash(db, input, await hashPassword(password));
}

/** Stores an account whose password is already hashed (scrypt, as `hashPassword` makes it). */
export async function putAccountWithHash(
  db: Db,
  input: Omit<Account, "id"> & { id?: string },
  passwordHash: string,
): Promise<Account> {
  const account = accountSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.account(account.username),
        ...keys.accountByUnit(account.unitId, account.username),
        type: "account",
        ...account,
        passwordHash,
      },
    }),
  );
  return account;
}

export async function getAccount(db: Db, username: string): Promise<Account | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.account(username) }));
  return res.Item ? accountSchema.parse(res.Item) : undefined;
}

/** The account when the password matches; undefined otherwise (same cost either way). */
export async function checkPassword(db: Db, username: string, password: string): Promise<Account | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.account(username) }));
  const stored = typeof res.Item?.passwordHash === "string" ? res.Item.passwordHash : DUMMY_HASH;
  const ok = await verifyPassword(password, stored);
  return ok && res.Item ? accountSchema.parse(res.Item) : undefined;
}

// Verifying against a fixed hash for unknown users keeps response times from revealing which usernames exist.
const DUMMY_HASH = "scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA$Q0b1VbYg1d4lQ2l9a2VkU3RpbGxTYW1lQ29zdEhlcmU";
