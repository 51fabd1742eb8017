import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { putAccount } from "../accounts/repository.ts";
import { assignmentItem } from "../chains/repository.ts";
import { batchPut } from "../db/batch.ts";
import type { Db } from "../db/client.ts";
import { personIdOf, personItem } from "../people/repository.ts";
import { getUnit, putUnit } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_ACCOUNT_PEOPLE, DEMO_ASSIGNMENTS, DEMO_PEOPLE } from "./people.ts";
import { DEMO_UNITS } from "./units.ts";

const SEED_MARK = { pk: "SYSTEM", sk: "DEMO_SEED" };

/**
 * True when the demo data should be loaded: the database holds no unit tree yet, or an earlier
 * load was cut off (its mark says "started" and never "done").
 */
export async function needsDemo(db: Db): Promise<boolean> {
  const mark = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: SEED_MARK, ConsistentRead: true }));
  if (mark.Item) return mark.Item.state !== "done";
  return (await getUnit(db, DEMO_UNITS[0]?.id ?? "620000")) === undefined;
}

async function mark(db: Db, state: "started" | "done"): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...SEED_MARK, state, at: new Date().toISOString() } }),
  );
}

/** Loads the demo units and accounts. Idempotent: every write is a put of the same item. */
export async function seedDemo(db: Db): Promise<{ units: number; accounts: number; people: number }> {
  await mark(db, "started");
  const written = new Map<string, Unit>();
  for (const unit of DEMO_UNITS) {
    const parent = unit.parentId ? written.get(unit.parentId) : undefined;
    written.set(unit.id, await putUnit(db, unit, parent));
  }
  const at = new Date().toISOString();
  await batchPut(db, [
    ...DEMO_PEOPLE.map((person) => personItem(person, at)),
    ...DEMO_ASSIGNMENTS.map((a) => assignmentItem({ ...a, createdAt: at, createdBy: "demo" })),
  ]);
  await Promise.all(
    DEMO_ACCOUNTS.map((a) => {
      const memberNo = DEMO_ACCOUNT_PEOPLE[a.username];
      return putAccount(
        db,
        { ...a, id: `demo-${a.username}`, ...(memberNo ? { personId: personIdOf(memberNo) } : {}) },
        DEMO_PASSWORD,
      );
    }),
  );
  await mark(db, "done");
  return { units: written.size, accounts: DEMO_ACCOUNTS.length, people: DEMO_PEOPLE.length };
}
