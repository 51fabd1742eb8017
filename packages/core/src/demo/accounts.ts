import type { Account } from "../accounts/schema.ts";
import { DEMO_PILOT_COUNTY } from "./units.ts";

export const DEMO_PASSWORD = "demo";

/** One account per role, named after the role; all but the province sit in the same pilot county. */
export const DEMO_ACCOUNTS: Omit<Account, "id">[] = [
  { username: "province", name: "刘洋(省委组织部)", roles: ["province"], unitId: "620000" },
  { username: "office", name: "陈静(永登县代表联络办公室)", roles: ["office"], unitId: DEMO_PILOT_COUNTY },
  { username: "committee", name: "张明(县委委员)", roles: ["committee"], unitId: DEMO_PILOT_COUNTY },
  { username: "delegate", name: "李华(党代表)", roles: ["delegate"], unitId: DEMO_PILOT_COUNTY },
  { username: "member", name: "王芳(党员)", roles: ["member"], unitId: DEMO_PILOT_COUNTY },
  { username: "handler", name: "赵强(县民政局)", roles: ["handler"], unitId: DEMO_PILOT_COUNTY },
];
