import { describe, expect, it } from "vitest";
import { maskName, maskPhone } from "../src/index.ts";

describe("masking personal data", () => {
  it("keeps the first 3 and last 4 digits of a mobile number", () => {
    expect(maskPhone("13800000000")).toBe("138****0000");
    expect(maskPhone(undefined)).toBeUndefined();
  });

  it("keeps the first character of a name", () => {
    expect(maskName("李华")).toBe("李*");
    expect(maskName("欧阳明华")).toBe("欧***");
  });
});
