import { putAccount } from "../accounts/repository.ts";
import type { Db } from "../db/client.ts";
import { getUnit, putUnit } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_UNITS } from "./units.ts";

/** True when the database holds no unit tree yet (the root unit is written first). */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await getUnit(db, DEMO_UNITS[0]?.id ?? "620000")) === undefined;
}

/** Loads the demo units and accounts. Idempotent: every write is a put of the same item. */
export async function seedDemo(db: Db): Promise<{ units: number; accounts: number }> {
  const written = new Map<string, Unit>();
  for (const unit of DEMO_UNITS) {
    const parent = unit.parentId ? written.get(unit.parentId) : undefined;
    written.set(unit.id, await putUnit(db, unit, parent));
  }
  await Promise.all(DEMO_ACCOUNTS.map((a) => putAccount(db, a, DEMO_PASSWORD)));
  return { units: written.size, accounts: DEMO_ACCOUNTS.length };
}
