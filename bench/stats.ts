/**
 * Province statistics latency at 10 k and at 1 M source records (contacts), and their ratio.
 * Two local databases are built side by side, identical but for the number of contacts in 100
 * synthetic pilot counties; counters are rebuilt by the reconciliation job, as live writes would
 * have kept them. GET /stats for the whole province (by city, four quarters) is then timed on the
 * two alternately, so that whatever else the machine does weighs on both alike.
 * Usage: npm run bench:stats [-- --max 1000000]
 */
import {
  type Db,
  getUnit,
  putUnit,
  quarterOf,
  reconcileQuarter,
  seedDemo,
  shiftQuarter,
  statsOf,
} from "../packages/core/src/index.ts";
import { syntheticContacts, syntheticPeople } from "../tests/support/synthetic.ts";
import { benchDatabase, load, ms } from "./support.ts";

const maxArg = process.argv.indexOf("--max");
const sizes = [10_000, maxArg > 0 ? Number(process.argv[maxArg + 1]) : 1_000_000] as const;
const UNITS = 100;
const ROUNDS = 200;
const quarter = quarterOf(new Date());
const cities = ["620100", "620500", "620700"];

async function build(db: Db, contacts: number): Promise<number> {
  const started = performance.now();
  await seedDemo(db);
  for (let n = 0; n < UNITS; n++) {
    const city = await getUnit(db, cities[n % cities.length] ?? "620100");
    // Synthetic county codes 6201 60–93, 6205 60–93, 6207 60–93: clear of the demo counties.
    const unitId = `${city?.id.slice(0, 4)}${60 + Math.floor(n / cities.length)}`;
    await putUnit(
      db,
      { id: unitId, name: `试点县${n + 1}`, level: "county", parentId: city?.id ?? null, pilot: true },
      city,
    );
    const spec = { unitId, quarter, people: 500, contacts: contacts / UNITS };
    await load(db, syntheticPeople(spec));
    await load(db, syntheticContacts(spec));
  }
  await reconcileQuarter(db, quarter);
  return (performance.now() - started) / 1000;
}

const small = await benchDatabase();
const large = await benchDatabase();
try {
  const prep = [await build(small.db, sizes[0]), await build(large.db, sizes[1])];
  const query = { unit: "620000", from: shiftQuarter(quarter, -3), to: quarter, by: "unit" as const };
  const provinceOf = async (db: Db) => {
    const p = await getUnit(db, "620000");
    if (!p) throw new Error("no province");
    return p;
  };
  const targets = [
    { db: small.db, unit: await provinceOf(small.db), samples: [] as number[] },
    { db: large.db, unit: await provinceOf(large.db), samples: [] as number[] },
  ];
  for (const t of targets) for (let i = 0; i < 10; i++) await statsOf(t.db, t.unit, query);
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of round % 2 ? [...targets].reverse() : targets) {
      const start = performance.now();
      await statsOf(t.db, t.unit, query);
      t.samples.push(performance.now() - start);
    }
  }
  const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
  console.log(
    `GET /stats for the province (${UNITS + 4} counties, 4 quarters, by city), ${ROUNDS} alternating runs each`,
  );
  console.log("source records | p50      | p95      | build + reconcile");
  for (const [i, t] of targets.entries()) {
    console.log(
      `${String(sizes[i]).padStart(14)} | ${ms(pct(t.samples, 0.5)).padEnd(8)} | ${ms(pct(t.samples, 0.95)).padEnd(8)} | ${prep[i]?.toFixed(0)} s`,
    );
  }
  const ratio = pct(targets[1]?.samples ?? [], 0.5) / pct(targets[0]?.samples ?? [], 0.5);
  console.log(`ratio p50(${sizes[1]}) / p50(${sizes[0]}) = ${ratio.toFixed(2)}`);
} finally {
  await small.close();
  await large.close();
}
