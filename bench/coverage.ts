/**
 * Coverage-query latency as the province fills up: seeds contacts into 100 other units in stages
 * (10 k, 100 k, 1 M in all) and times GET /coverage's query for one pilot county each time.
 * Usage: npm run bench:coverage [-- --max 1000000]
 */
import { coverageOf, getUnit, putUnit, quarterOf, seedDemo } from "../packages/core/src/index.ts";
import { syntheticContacts, syntheticPeople } from "../tests/support/synthetic.ts";
import { benchDatabase, load, ms, time } from "./support.ts";

const maxArg = process.argv.indexOf("--max");
const max = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 1_000_000;
const stages = [10_000, 100_000, 1_000_000].filter((n) => n <= max);
const OTHER_UNITS = 100;
const quarter = quarterOf(new Date());

const { db, close } = await benchDatabase();
try {
  await seedDemo(db);
  const county = await getUnit(db, "620121");
  if (!county) throw new Error("demo county missing");
  // The measured county itself holds 2,000 people and 6,000 contacts this quarter at every stage.
  const own = { unitId: "620121100", quarter, people: 2_000, contacts: 6_000 };
  await load(db, [...syntheticPeople(own), ...syntheticContacts(own)]);
  const province = await getUnit(db, "620000");
  const others = Array.from({ length: OTHER_UNITS }, (_, n) => ({
    unitId: `629${String(n + 1).padStart(3, "0")}`,
    name: `合成单位${n + 1}`,
    quarter,
    people: 1_000,
  }));
  for (const o of others) {
    await putUnit(db, { id: o.unitId, name: o.name, level: "county", parentId: "620000", pilot: true }, province);
    await load(db, syntheticPeople({ ...o, contacts: 0 }));
  }

  console.log(`coverage of 620121 (${quarter}) while ${OTHER_UNITS} other units fill up`);
  console.log("contacts elsewhere | p50      | p95      | items read | seeding");
  let seeded = 0;
  for (const target of stages) {
    const perUnit = (target - seeded) / OTHER_UNITS;
    const started = performance.now();
    for (const o of others) {
      await load(db, syntheticContacts({ ...o, contacts: perUnit, contactOffset: seeded / OTHER_UNITS }));
    }
    const seedSeconds = (performance.now() - started) / 1000;
    seeded = target;
    const { itemsRead } = await coverageOf(db, county, quarter);
    const t = await time(30, () => coverageOf(db, county, quarter));
    console.log(
      `${String(target).padStart(18)} | ${ms(t.p50).padEnd(8)} | ${ms(t.p95).padEnd(8)} | ${String(itemsRead).padStart(10)} | ${seedSeconds.toFixed(0)} s`,
    );
  }
} finally {
  await close();
}
