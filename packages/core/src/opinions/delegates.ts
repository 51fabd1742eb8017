import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { maskName } from "../people/mask.ts";
import { getUnit } from "../units/repository.ts";
import { triageUnitOf } from "./repository.ts";

const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { at: number; items: { id: string; label: string; unitId: string }[] }>();

async function delegatesOf(db: Db, unitId: string) {
  const out: { id: string; label: string; unitId: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        FilterExpression: "contains(#roles, :delegate) AND #status = :active",
        ExpressionAttributeNames: { "#roles": "roles", "#status": "status", "#name": "name" },
        ExpressionAttributeValues: {
          ":pk": keys.personByUnit(unitId, "").gsi1pk,
          ":delegate": "delegate",
          ":active": "active",
        },
        ProjectionExpression: "id, #name, unitId",
        ExclusiveStartKey: startKey,
      }),
    );
    for (const p of res.Items ?? []) out.push({ id: String(p.id), label: maskName(String(p.name)), unitId });
    startKey = res.LastEvaluatedKey;
  } while (startKey);
  return out;
}

/**
 * The delegates a public submitter may address: those of the chosen unit and of its county,
 * with names masked (the form needs to tell them apart, not to publish a roster). Cached a few
 * minutes per unit because the public form asks for it on every visit.
 */
export async function publicDelegates(db: Db, unitId: string, now = Date.now()) {
  const hit = cache.get(unitId);
  if (hit && now - hit.at < CACHE_MS) return { items: hit.items };
  const unit = await getUnit(db, unitId);
  if (!unit) return { items: [] };
  const triage = await triageUnitOf(db, unit);
  const ids = [...new Set([unit.id, triage.id])];
  const items = (await Promise.all(ids.map((id) => delegatesOf(db, id)))).flat();
  cache.set(unitId, { at: now, items });
  return { items };
}
