import { describe, expect, it } from "vitest";
import { buildTree, DEMO_UNITS, isWithin, type Unit, unitCodeSchema } from "../src/index.ts";

const unit = (id: string, path: string): Unit => ({
  id,
  name: id,
  level: "county",
  parentId: path.split("/").slice(-2, -1)[0] ?? null,
  path,
  pilot: false,
});

describe("unit scope", () => {
  it("a unit sees itself and its descendants, not its parent or siblings", () => {
    const town = unit("620121100", "620000/620100/620121/620121100");
    expect(isWithin(town, "620121100")).toBe(true);
    expect(isWithin(town, "620121")).toBe(true);
    expect(isWithin(town, "620000")).toBe(true);
    expect(isWithin(unit("620121", "620000/620100/620121"), "620121100")).toBe(false);
    expect(isWithin(unit("620102", "620000/620100/620102"), "620121")).toBe(false);
  });

  it("does not mistake a code prefix for an ancestor", () => {
    expect(isWithin(unit("6201211", "620000/6201211"), "620121")).toBe(false);
  });

  it("builds the nested tree with children under their parents", () => {
    const tree = buildTree([
      unit("620121", "620000/620100/620121"),
      unit("620000", "620000"),
      unit("620100", "620000/620100"),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children[0]?.children[0]?.id).toBe("620121");
  });

  it("accepts 6-, 9- and 12-digit codes only", () => {
    for (const code of ["620000", "620121100", "620121100001"])
      expect(unitCodeSchema.safeParse(code).success).toBe(true);
    for (const code of ["62000", "6201211", "abcdef", ""]) expect(unitCodeSchema.safeParse(code).success).toBe(false);
  });

  it("demo units list every parent before its children", () => {
    const seen = new Set<string>();
    for (const u of DEMO_UNITS) {
      if (u.parentId) expect(seen.has(u.parentId), u.id).toBe(true);
      expect(u.id.startsWith(u.parentId?.replace(/0+$/, "") ?? ""), u.id).toBe(true);
      seen.add(u.id);
    }
  });
});
