import { publicGroupIdOf } from "../chains/repository.ts";
import type { Assignment } from "../chains/schema.ts";
import { personIdOf } from "../people/repository.ts";
import type { PersonInput } from "../people/schema.ts";
import { DEMO_PILOT_COUNTY } from "./units.ts";

const p = (
  memberNo: string,
  name: string,
  unitId: string,
  roles: PersonInput["roles"],
  phone: string,
  extra: Partial<PersonInput> = {},
): PersonInput => ({ memberNo, name, unitId, roles, phone, status: "active", ...extra });

const TERM = { termStart: "2026-01-10", termEnd: "2031-01-09" };

/** The demo roster of 永登县: the committee, delegate and member accounts are its first three. */
export const DEMO_PEOPLE: PersonInput[] = [
  p("YD0001", "张明", DEMO_PILOT_COUNTY, ["committee", "member"], "13809310001", TERM),
  p("YD0101", "李华", DEMO_PILOT_COUNTY, ["delegate", "member"], "13809310101", { ...TERM, group: "第一代表组" }),
  p("YD1001", "王芳", DEMO_PILOT_COUNTY, ["member"], "13809311001"),
  p("YD0002", "周建国", DEMO_PILOT_COUNTY, ["committee", "member"], "13809310002", TERM),
  p("YD0102", "马晓燕", "620121100", ["delegate", "member"], "13809310102", { ...TERM, group: "第一代表组" }),
  p("YD0103", "杨志强", "620121101", ["delegate", "member"], "13809310103", { ...TERM, group: "第二代表组" }),
  p("YD1002", "赵丽", "620121100", ["member"], "13809311002"),
  p("YD1003", "孙伟", "620121100", ["member"], "13809311003"),
  p("YD1004", "吴桂英", "620121101", ["member"], "13809311004"),
  p("YD1005", "郑海涛", "620121102", ["member"], "13809311005"),
  p("YD1006", "冯秀兰", "620121103", ["member"], "13809311006", {
    status: "suspended",
    statusReason: "因病暂停履职",
    statusDate: "2026-09-01",
  }),
];

/** Demo account username → roster member number. */
export const DEMO_ACCOUNT_PEOPLE: Record<string, string> = {
  committee: "YD0001",
  delegate: "YD0101",
  member: "YD1001",
};

const id = personIdOf;
const edge = (
  tier: Assignment["tier"],
  responsible: string,
  targetId: string,
  unitId: string,
  publicGroup?: Assignment["publicGroup"],
): Omit<Assignment, "createdAt" | "createdBy"> => ({
  tier,
  responsibleId: id(responsible),
  targetId,
  unitId,
  since: "2026-01-15",
  ...(publicGroup ? { publicGroup } : {}),
});

const community = { description: "城关镇东街社区居民", size: 120 };

/** The demo chain: 张明 → 李华 and 马晓燕; 李华 → 王芳, 赵丽, 孙伟; 王芳 → a community. 杨志强 has nobody yet. */
export const DEMO_ASSIGNMENTS = [
  edge("committee-delegate", "YD0001", id("YD0101"), DEMO_PILOT_COUNTY),
  edge("committee-delegate", "YD0001", id("YD0102"), "620121100"),
  edge("delegate-member", "YD0101", id("YD1001"), DEMO_PILOT_COUNTY),
  edge("delegate-member", "YD0101", id("YD1002"), "620121100"),
  edge("delegate-member", "YD0101", id("YD1003"), "620121100"),
  edge("delegate-member", "YD0102", id("YD1004"), "620121101"),
  edge("member-public", "YD1001", publicGroupIdOf(id("YD1001"), community.description), DEMO_PILOT_COUNTY, community),
];
