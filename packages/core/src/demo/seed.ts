import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { putAccount, putAccountWithHash } from "../accounts/repository.ts";
import type { Caller } from "../auth/claims.ts";
import { assignmentItem } from "../chains/repository.ts";
import { createContact } from "../contacts/service.ts";
import { batchPut } from "../db/batch.ts";
import type { Db } from "../db/client.ts";
import { photoStore } from "../files/photo-store.ts";
import { personIdOf, personItem } from "../people/repository.ts";
import { reconcileQuarter } from "../stats/reconcile.ts";
import { generateQuarterlyReports } from "../stats/reports.ts";
import { quarterOf, quarterRange, shanghaiDate, shiftQuarter } from "../time/quarter.ts";
import { getUnit, putUnit } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PASSWORD_HASHES } from "./accounts.ts";
import { seedDemoActivities } from "./activities.ts";
import { seedDemoOpinions } from "./opinions.ts";
import { DEMO_ACCOUNT_PEOPLE, DEMO_ASSIGNMENTS, DEMO_CONTACTS, DEMO_PEOPLE } from "./people.ts";
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

/**
 * Loads the demo units, roster, chain, accounts and a quarter of contacts, then recounts the
 * figures and freezes last quarter's reports. Safe to run again after an interruption.
 */
export async function seedDemo(db: Db): Promise<{ units: number; accounts: number; people: number }> {
  await mark(db, "started");
  const written = new Map<string, Unit>();
  for (const unit of DEMO_UNITS) {
    const parent = unit.parentId ? written.get(unit.parentId) : undefined;
    written.set(unit.id, await putUnit(db, unit, parent));
  }
  const now = new Date();
  const at = now.toISOString();
  const current = quarterOf(now);
  const previous = shiftQuarter(current, -1);
  const previousStart = quarterRange(previous).start;
  // The chain holds since the previous quarter began, so its demo contacts are within it.
  await batchPut(db, [
    ...DEMO_PEOPLE.map((person) => personItem(person, at)),
    ...DEMO_ASSIGNMENTS.map((a) =>
      assignmentItem({ ...a, since: shanghaiDate(previousStart), createdAt: at, createdBy: "demo" }),
    ),
  ]);
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map((a) => {
      const memberNo = DEMO_ACCOUNT_PEOPLE[a.username];
      const input = { ...a, id: `demo-${a.username}`, ...(memberNo ? { personId: personIdOf(memberNo) } : {}) };
      const hash = DEMO_PASSWORD_HASHES[a.username];
      return hash ? putAccountWithHash(db, input, hash) : putAccount(db, input, DEMO_PASSWORD);
    }),
  );
  for (const [i, c] of DEMO_CONTACTS.entries()) {
    const account = accounts.find((a) => a.username === c.author);
    if (!account) continue;
    const caller: Caller = { ...account };
    const groupIds = c.publicGroup
      ? DEMO_ASSIGNMENTS.filter((a) => a.tier === "member-public" && a.responsibleId === account.personId).map(
          (a) => a.targetId,
        )
      : [];
    await createContact(
      db,
      caller,
      {
        personIds: (c.memberNos ?? []).map(personIdOf),
        publicGroupIds: groupIds,
        channel: c.channel,
        occurredAt: new Date(Date.parse(previousStart) + c.day * 86_400_000 + 10 * 3_600_000).toISOString(),
        place: c.place,
        topic: c.topic,
        summary: c.summary,
        opinions: [],
      },
      { idempotencyKey: `demo-contact-${i}`, now },
    );
  }
  const caller = (username: string): Caller => {
    const account = accounts.find((a) => a.username === username);
    if (!account) throw new Error(`demo account ${username} is missing`);
    return { ...account };
  };
  await seedDemoActivities(
    db,
    photoStore(),
    { office: caller("office"), town: caller("town"), delegate: caller("delegate") },
    now,
  );
  await seedDemoOpinions(db, { office: caller("office"), handler: caller("handler") }, { previousStart, now });
  // The roster and edges were written directly: a recount makes their figures exact (the report
  // run recounts the quarter it freezes).
  await reconcileQuarter(db, current);
  await generateQuarterlyReports(db, previous, now);
  await mark(db, "done");
  return { units: written.size, accounts: DEMO_ACCOUNTS.length, people: DEMO_PEOPLE.length };
}
