import { describe, expect, it } from "vitest";
import { addCounts, COUNT_IDS, emptyCounts, evaluate, FIGURES, tierFigureIds } from "../src/index.ts";

describe("figures", () => {
  it("compute a rolled-up rate from summed counts, never by averaging rates", () => {
    const ids = tierFigureIds("delegate-member");
    const small = { ...emptyCounts(), [ids.assigned]: 2, [ids.contacted]: 1 };
    const large = { ...emptyCounts(), [ids.assigned]: 10, [ids.contacted]: 9 };
    const total = addCounts(addCounts(emptyCounts(), small), large);
    expect(evaluate(total)[ids.coverage]).toBeCloseTo(10 / 12);
    expect(evaluate(total)[ids.coverage]).not.toBeCloseTo((0.5 + 0.9) / 2);
  });

  it("have no rate without a denominator", () => {
    expect(evaluate(emptyCounts())[tierFigureIds("member-public").coverage]).toBeNull();
  });

  it("define every rate over counted figures, with Chinese and English labels", () => {
    for (const f of FIGURES) {
      expect(f.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.en).toMatch(/[A-Za-z]/);
      if (f.kind === "rate") {
        expect(COUNT_IDS).toContain(f.numerator);
        expect(COUNT_IDS).toContain(f.denominator);
      }
    }
  });
});
