import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryEach } from "../db/query.ts";
import { type Unit, unitSchema } from "./schema.ts";

function toUnit(item: Record<string, unknown>): Unit {
  return unitSchema.parse({
    id: item.id,
    name: item.name,
    level: item.level,
    parentId: item.parentId ?? null,
    path: item.path,
    pilot: item.pilot ?? false,
  });
}

export async function getUnit(db: Db, code: string): Promise<Unit | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.unit(code) }));
  return res.Item ? toUnit(res.Item) : undefined;
}

/** Every unit, sorted by path (one partition of gsi1, paged). */
export async function listUnits(db: Db, underPath?: string): Promise<Unit[]> {
  const units: Unit[] = [];
  await queryEach(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: underPath ? "gsi1pk = :pk AND begins_with(gsi1sk, :path)" : "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": "UNITS", ...(underPath ? { ":path": underPath } : {}) },
    },
    (item) => {
      const unit = toUnit(item);
      // begins_with("…/620121") would also match a sibling "…/6201210"; keep the subtree only.
      if (!underPath || unit.path === underPath || unit.path.startsWith(`${underPath}/`)) units.push(unit);
    },
  );
  return units;
}

/** Creates or replaces a unit; its path is derived from the parent, which must exist. */
export async function putUnit(db: Db, input: Omit<Unit, "path">, parent: Unit | undefined): Promise<Unit> {
  const path = parent ? `${parent.path}/${input.id}` : input.id;
  const unit = unitSchema.parse({ ...input, path });
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.unit(unit.id), ...keys.unitTree(unit.path), type: "unit", ...unit },
    }),
  );
  return unit;
}
