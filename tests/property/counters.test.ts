import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AppError,
  assign,
  batchPut,
  type Caller,
  COUNT_IDS,
  createContact,
  createDb,
  type Db,
  personIdOf,
  personItem,
  publicGroupIdOf,
  putUnit,
  quarterOf,
  quarterRange,
  readCounters,
  shanghaiDate,
  shiftQuarter,
  TABLE,
  type Tier,
} from "../../packages/core/src/index.ts";
import { ensureTable } from "../../packages/local/src/bootstrap.ts";
import { startDatabase } from "../../packages/local/src/dynalite.ts";
import { type ModelContact, type ModelEdge, quartersAround, referenceCounts } from "./reference.ts";

const RUNS = 5;
const OPS_PER_RUN = 1_000;

const UNITS = ["620121", "620121100", "620102"] as const;
const people = {
  committee: ["C0", "C1"],
  delegate: ["D0", "D1", "D2", "D3"],
  member: ["M0", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9"],
};
const unitOf = (no: string) => UNITS[Number(no.slice(1)) % UNITS.length] ?? "620121";
const id = (no: string) => personIdOf(`P-${no}`);
const GROUPS = ["东街社区居民", "西街商户", "南关村村民"];

type Op =
  | { kind: "assign"; tier: Tier; responsible: string; targets: string[]; backdated: boolean }
  | {
      kind: "contact";
      author: string;
      targets: string[];
      groups: number[];
      key: number;
      previousQuarter: boolean;
      topic: number;
    }
  | { kind: "retry" };

const tierArb = fc.constantFrom<Tier>("committee-delegate", "delegate-member", "member-public");
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: tierArb.chain((tier) => {
      const [resp, targ] =
        tier === "committee-delegate"
          ? [people.committee, people.delegate]
          : tier === "delegate-member"
            ? [people.delegate, people.member]
            : [people.member, GROUPS];
      return fc.record({
        kind: fc.constant("assign" as const),
        tier: fc.constant(tier),
        responsible: fc.constantFrom(...resp),
        targets: fc.subarray(targ, { minLength: 1, maxLength: 3 }),
        backdated: fc.boolean(),
      });
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("contact" as const),
      author: fc.constantFrom(...people.committee, ...people.delegate, ...people.member),
      targets: fc.subarray([...people.delegate, ...people.member], { minLength: 0, maxLength: 3 }),
      groups: fc.subarray([0, 1, 2], { maxLength: 2 }),
      key: fc.integer({ min: 0, max: 400 }),
      previousQuarter: fc.boolean(),
      topic: fc.integer({ min: 0, max: 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "retry" as const }) },
);

async function freshDb(): Promise<{ db: Db; close(): Promise<void> }> {
  const database = await startDatabase();
  const db = createDb({ tableName: TABLE.id, endpoint: database.endpoint, region: "cn-northwest-1" });
  await ensureTable(db);
  const province = await putUnit(
    db,
    { id: "620000", name: "甘肃省", level: "province", parentId: null, pilot: false },
    undefined,
  );
  const city = await putUnit(
    db,
    { id: "620100", name: "兰州市", level: "city", parentId: "620000", pilot: false },
    province,
  );
  const a = await putUnit(db, { id: "620121", name: "永登县", level: "county", parentId: "620100", pilot: true }, city);
  await putUnit(db, { id: "620121100", name: "城关镇", level: "town", parentId: "620121", pilot: false }, a);
  await putUnit(db, { id: "620102", name: "城关区", level: "county", parentId: "620100", pilot: true }, city);
  const at = new Date().toISOString();
  await batchPut(db, [
    ...people.committee.map((no) =>
      personItem(
        { memberNo: `P-${no}`, name: "委员", unitId: unitOf(no), roles: ["committee", "member"], status: "active" },
        at,
      ),
    ),
    ...people.delegate.map((no) =>
      personItem(
        { memberNo: `P-${no}`, name: "代表", unitId: unitOf(no), roles: ["delegate", "member"], status: "active" },
        at,
      ),
    ),
    ...people.member.map((no) =>
      personItem({ memberNo: `P-${no}`, name: "党员", unitId: unitOf(no), roles: ["member"], status: "active" }, at),
    ),
  ]);
  return { db, close: () => database.close() };
}

const roleOf = (no: string) => (no.startsWith("C") ? "committee" : no.startsWith("D") ? "delegate" : "member");
const callerOf = (no: string): Caller => ({
  id: `acc-${no}`,
  username: no,
  name: no,
  roles: [roleOf(no)],
  unitId: unitOf(no),
  personId: id(no),
});
const office: Caller = { id: "acc-office", username: "office", name: "办公室", roles: ["office"], unitId: "620000" };

describe("live counters", () => {
  it(`equal a full recount by the reference implementation after ${RUNS * OPS_PER_RUN} random operations, retries included`, async () => {
    const now = new Date();
    const current = quarterOf(now);
    const previous = shiftQuarter(current, -1);
    const previousDay = new Date(Date.parse(quarterRange(previous).start) + 40 * 86_400_000);
    const backdatedSince = shanghaiDate(quarterRange(previous).start);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: OPS_PER_RUN, maxLength: OPS_PER_RUN }), async (ops) => {
        const { db, close } = await freshDb();
        try {
          const edges: ModelEdge[] = [];
          const contacts = new Map<string, ModelContact & { body: string }>();
          let last: (() => Promise<void>) | undefined;
          for (const op of ops) {
            if (op.kind === "retry") {
              if (last) await last();
              continue;
            }
            if (op.kind === "assign") {
              const responsibleId = id(op.responsible);
              const since = op.backdated ? backdatedSince : shanghaiDate(now);
              const input =
                op.tier === "member-public"
                  ? {
                      tier: op.tier,
                      responsibleId,
                      publicGroups: op.targets.map((d) => ({ description: d, size: 10 })),
                      since,
                    }
                  : { tier: op.tier, responsibleId, targetIds: op.targets.map(id), since };
              const run = async () => {
                await assign(db, office, input, now);
              };
              await run();
              last = run;
              // The model: each target gets this responsible person; an earlier one ends today.
              for (const t of op.targets) {
                const targetId = op.tier === "member-public" ? publicGroupIdOf(responsibleId, t) : id(t);
                const unitId = op.tier === "member-public" ? unitOf(op.responsible) : unitOf(t);
                const open = edges.filter(
                  (e) =>
                    e.tier === op.tier &&
                    e.targetId === targetId &&
                    (e.until === undefined || e.until >= shanghaiDate(now)),
                );
                if (open.some((e) => e.responsibleId === responsibleId)) continue;
                for (const e of open) e.until = shanghaiDate(now);
                edges.push({ tier: op.tier, responsibleId, targetId, unitId, since });
              }
              continue;
            }
            const authorId = id(op.author);
            const groupIds = op.groups.map((g) => publicGroupIdOf(authorId, GROUPS[g] ?? ""));
            const when = op.previousQuarter ? previousDay : new Date(now.getTime() - 60_000);
            const body = {
              personIds: op.targets.map(id),
              publicGroupIds: groupIds,
              channel: "visit" as const,
              occurredAt: when.toISOString(),
              topic: `主题${op.topic}`,
              summary: "随机操作",
              opinions: [],
            };
            const key = `k-${op.author}-${op.key}`;
            const run = async () => {
              try {
                await createContact(db, callerOf(op.author), body, { idempotencyKey: key, now });
              } catch (err) {
                if (!(err instanceof AppError) || ![400, 403, 409].includes(err.status)) throw err;
              }
            };
            await run();
            last = run;
            // The model: stored only when every target is on an edge of the author open that day
            // and the key is new; a reused key never stores a second contact.
            const day = shanghaiDate(when);
            const wanted = [
              ...op.targets.map((t) => ({
                tier: (roleOf(t) === "delegate" ? "committee-delegate" : "delegate-member") as Tier,
                targetId: id(t),
              })),
              ...groupIds.map((g) => ({ tier: "member-public" as Tier, targetId: g })),
            ];
            const edgeOf = (w: { tier: Tier; targetId: string }) =>
              edges.find(
                (e) =>
                  e.tier === w.tier &&
                  e.targetId === w.targetId &&
                  e.responsibleId === authorId &&
                  e.since <= day &&
                  (e.until === undefined || e.until >= day),
              );
            const uniqueWanted = [...new Map(wanted.map((w) => [`${w.tier}#${w.targetId}`, w])).values()];
            if (uniqueWanted.length === 0 || !uniqueWanted.every(edgeOf) || contacts.has(key)) continue;
            contacts.set(key, {
              body: JSON.stringify(body),
              unitId: unitOf(op.author),
              quarter: quarterOf(when),
              targets: uniqueWanted.map((w) => ({ ...w, unitId: edgeOf(w)?.unitId ?? "" })),
            });
          }
          const quarters = quartersAround(now);
          const expected = referenceCounts(edges, [...contacts.values()], quarters);
          const pairs = UNITS.flatMap((unitId) => quarters.map((quarter) => ({ unitId, quarter })));
          const actual = await readCounters(db, pairs, true);
          for (const p of pairs) {
            const want = expected.get(`${p.unitId}|${p.quarter}`) ?? {};
            const got = actual.get(`${p.unitId}|${p.quarter}`)?.counts ?? {};
            for (const figure of COUNT_IDS)
              expect(got[figure] ?? 0, `${p.unitId} ${p.quarter} ${figure}`).toBe(want[figure] ?? 0);
          }
        } finally {
          await close();
        }
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        // A thousand-operation counterexample is unreadable: report the seed to replay it (FC_SEED).
        reporter: (details) => {
          if (details.failed) {
            throw new Error(
              `counters diverged (seed ${details.seed}, run ${details.numRuns}): ${String(details.errorInstance)}`,
            );
          }
        },
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
      },
    );
  }, 900_000);
});
