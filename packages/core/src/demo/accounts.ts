import type { Account } from "../accounts/schema.ts";
import { DEMO_PILOT_COUNTY } from "./units.ts";

/** 城关镇, a town of the pilot county. */
export const DEMO_TOWN = "620121100";

export const DEMO_PASSWORD = "demo";

/** One account per role, named after the role, and a town office; all but the province sit in the pilot county. */
export const DEMO_ACCOUNTS: Omit<Account, "id">[] = [
  { username: "province", name: "刘洋(省委组织部)", roles: ["province"], unitId: "620000" },
  { username: "office", name: "陈静(永登县代表联络办公室)", roles: ["office"], unitId: DEMO_PILOT_COUNTY },
  { username: "committee", name: "张明(县委委员)", roles: ["committee"], unitId: DEMO_PILOT_COUNTY },
  { username: "delegate", name: "李华(党代表)", roles: ["delegate"], unitId: DEMO_PILOT_COUNTY },
  { username: "member", name: "王芳(党员)", roles: ["member"], unitId: DEMO_PILOT_COUNTY },
  { username: "handler", name: "赵强(县民政局)", roles: ["handler"], unitId: DEMO_PILOT_COUNTY },
  // A town's liaison office: adds local sessions to the county's activities.
  { username: "town", name: "孙丽(城关镇代表联络站)", roles: ["office"], unitId: DEMO_TOWN },
];

/**
 * scrypt hashes of the demo password, one salt each, made once with `hashPassword("demo")`:
 * hashing six passwords at a cost of 2^17 takes seconds, and the first start must stay fast.
 * A unit test checks that each still verifies.
 */
export const DEMO_PASSWORD_HASHES: Record<string, string> = {
  province: "scrypt$131072$8$1$A5dVjrlkCgtwMl3EMjHKlQ$6pcH9zGN2sLmy_YpiH9Os4VVrBI1rMX18TZdG-EpfuE",
  office: "scrypt$131072$8$1$_h2WGiX8TniHsNqTpA1r0w$lYfCN5C6sYttz56SrGfEF1EvHGgNBp-6ecjIYEPBWjY",
  committee: "scrypt$131072$8$1$24rm_7tXRvyVVNPlGLrh7Q$C6KIt1alGywB9GW7M9TrY6nIWdUBZZE0KW5eSlgFQGA",
  delegate: "scrypt$131072$8$1$axXEcWZOxpqUo5eyoXmSkA$z4VvL4ktXBFsBUuOyC5a_xshiYHir7c2dXiQyQDCsuw",
  member: "scrypt$131072$8$1$rjAlW9zehvwWTlsvgDZPwg$8zy25ZEKZPHpOhnD7nMt2eY2lU1vdGHlDnjN9wyxSaQ",
  handler: "scrypt$131072$8$1$wiVxWucBGzAmRMhjFRdVNQ$8p7OXf_Sc35EZZ2gCoe9-m5ro2lbzS-8uosDt3zuozA",
  town: "scrypt$131072$8$1$IBn_UzIqAtFBMNGxhZVnEQ$xQrA1ttMPSr-NVuwiHNI36mtSxN-QX14M0oaWfz046c",
};
