import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchPut, coverageOf, getUnit, quarterOf } from "../../packages/core/src/index.ts";
import { startTestPlatform, type TestPlatform } from "../support/platform.ts";
import { chunks, syntheticContacts, syntheticPeople } from "../support/synthetic.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

describe("coverage of one unit-quarter", () => {
  it("reads the same number of items whether or not other units hold 10,000 more contacts", async () => {
    const quarter = quarterOf(new Date());
    const county = await getUnit(platform.db, "620121");
    if (!county) throw new Error("demo county missing");
    const before = await coverageOf(platform.db, county, quarter);

    const other = { unitId: "620102", quarter, people: 500, contacts: 10_000 };
    for (const batch of chunks([...syntheticPeople(other), ...syntheticContacts(other)], 2_000)) {
      await batchPut(platform.db, batch);
    }
    const neighbour = await getUnit(platform.db, "620102");
    if (!neighbour) throw new Error("demo county missing");
    const loaded = await coverageOf(platform.db, neighbour, quarter);
    expect(loaded.tiers.find((t) => t.tier === "delegate-member")).toMatchObject({ assigned: 490, contacted: 490 });

    const after = await coverageOf(platform.db, county, quarter);
    expect(after.itemsRead).toBe(before.itemsRead);
    expect(after.tiers).toEqual(before.tiers);
  });
});
