import { errors } from "../http/errors.ts";
import { type IndexName, TABLE } from "./table.ts";

/** A page's cursor is the last key it read, opaque to clients. */
export const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;

const badCursor = () =>
  errors.validation({
    cursor: { zh: "翻页标记无效,请从第一页重新开始", en: "Invalid page cursor; start again from the first page" },
  });

/**
 * The key to continue after. A cursor must be one this query handed out: exactly the key
 * attributes of the table (and the index read), all strings, in the partition being read. Anything
 * else, edited or taken from another list, is a 400 rather than a database error or a look into
 * someone else's partition.
 */
export function decodeCursor(
  cursor: string | undefined,
  partition: Record<string, string>,
  index?: IndexName,
): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    throw badCursor();
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badCursor();
  const key = parsed as Record<string, unknown>;
  const def = index ? TABLE.indexes.find((i) => i.name === index) : undefined;
  const names = [TABLE.partitionKey, TABLE.sortKey, ...(def ? [def.partitionKey, def.sortKey] : [])];
  const exact = Object.keys(key).length === names.length && names.every((n) => typeof key[n] === "string" && key[n]);
  if (!exact || Object.entries(partition).some(([name, value]) => key[name] !== value)) throw badCursor();
  return key as Record<string, string>;
}
