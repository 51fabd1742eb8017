/**
 * Province statistics latency at 10 k and 1 M source records (contacts), and their ratio.
 * 100 synthetic pilot counties are filled with contacts, counters are rebuilt by the
 * reconciliation job (as they would be live), then GET /stats for the whole province, by city,
 * over four quarters, is timed. Usage: npm run bench:stats [-- --max 1000000]
 */
import {
  getUnit,
  putUnit,
  quarterOf,
  reconcileQuarter,
  seedDemo,
  shiftQuarter,
  statsOf,
} from "../packages/core/src/index.ts";
import { syntheticContacts, syntheticPeople } from "../tests/support/synthetic.ts";
import { benchDatabase, load, ms, time } from "./support.ts";

const maxArg = process.argv.indexOf("--max");
const max = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 1_000_000;
const stages = [10_000, max];
const UNITS = 100;
const quarter = quarterOf(new Date());
const cities = ["620100", "620500", "620700"];

const { db, close } = await benchDatabase();
try {
  await seedDemo(db);
  const counties = [];
  for (let n = 0; n < UNITS; n++) {
    const city = await getUnit(db, cities[n % cities.length] ?? "620100");
    // Synthetic county codes 6201 60–93, 6205 60–93, 6207 60–93: clear of the demo counties.
    const unitId = `${city?.id.slice(0, 4)}${60 + Math.floor(n / cities.length)}`;
    await putUnit(
      db,
      { id: unitId, name: `试点县${n + 1}`, level: "county", parentId: city?.id ?? null, pilot: true },
      city,
    );
    await load(db, syntheticPeople({ unitId, quarter, people: 500, contacts: 0 }));
    counties.push(unitId);
  }
  const province = await getUnit(db, "620000");
  if (!province) throw new Error("no province");
  const query = { unit: "620000", from: shiftQuarter(quarter, -3), to: quarter, by: "unit" as const };

  console.log(`GET /stats for the province (${UNITS + 4} counties, 4 quarters, by city)`);
  console.log("source records | p50      | p95      | seeding + reconcile");
  let seeded = 0;
  const p50s: number[] = [];
  for (const target of stages) {
    const started = performance.now();
    const perUnit = (target - seeded) / UNITS;
    for (const unitId of counties) {
      await load(
        db,
        syntheticContacts({ unitId, quarter, people: 500, contacts: perUnit, contactOffset: seeded / UNITS }),
      );
    }
    await reconcileQuarter(db, quarter);
    const prep = (performance.now() - started) / 1000;
    seeded = target;
    const t = await time(50, () => statsOf(db, province, query));
    p50s.push(t.p50);
    console.log(
      `${String(target).padStart(14)} | ${ms(t.p50).padEnd(8)} | ${ms(t.p95).padEnd(8)} | ${prep.toFixed(0)} s`,
    );
  }
  console.log(`ratio p50(${stages[1]}) / p50(${stages[0]}) = ${((p50s[1] ?? 0) / (p50s[0] ?? 1)).toFixed(2)}`);
} finally {
  await close();
}
