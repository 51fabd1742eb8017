import { describe, expect, it } from "vitest";
import { callerFromClaims, parseGroups } from "../src/index.ts";

describe("callerFromClaims", () => {
  it("reads API Gateway's flattened group claim", () => {
    const caller = callerFromClaims({
      sub: "u1",
      "cognito:username": "office",
      "cognito:groups": "[office delegate]",
      "custom:unitId": "620121",
      name: "陈静",
    });
    expect(caller).toEqual({
      id: "u1",
      username: "office",
      name: "陈静",
      roles: ["office", "delegate"],
      unitId: "620121",
    });
  });

  it("reads a real array of groups and ignores groups that are not roles", () => {
    expect(parseGroups(["member", "admins"])).toEqual(["member", "admins"]);
    const caller = callerFromClaims({ sub: "u2", "cognito:groups": ["member", "admins"], "custom:unitId": "620121" });
    expect(caller?.roles).toEqual(["member"]);
  });

  it("refuses claims without a subject or unit", () => {
    expect(callerFromClaims(undefined)).toBeUndefined();
    expect(callerFromClaims({ sub: "u3", "cognito:groups": "[office]" })).toBeUndefined();
    expect(callerFromClaims({ "custom:unitId": "620121" })).toBeUndefined();
  });
});
