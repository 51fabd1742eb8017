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

/** Demo contacts, logged in the quarter before the current one so the demo has a report to show. */
export const DEMO_CONTACTS: {
  author: "committee" | "delegate" | "member";
  memberNos?: string[];
  publicGroup?: boolean;
  day: number;
  channel: "visit" | "talk" | "phone" | "meeting" | "online";
  place: string;
  topic: string;
  summary: string;
}[] = [
  {
    author: "committee",
    memberNos: ["YD0101", "YD0102"],
    day: 12,
    channel: "talk",
    place: "县委党代表工作室",
    topic: "季度履职座谈",
    summary: "与两名党代表座谈,了解其联系党员情况和群众关心的问题。",
  },
  {
    author: "delegate",
    memberNos: ["YD1001", "YD1002"],
    day: 20,
    channel: "visit",
    place: "城关镇东街社区",
    topic: "秋季农产品销售",
    summary: "走访党员,了解合作社农产品销售渠道不畅的问题。",
  },
  {
    author: "delegate",
    memberNos: ["YD1003"],
    day: 41,
    channel: "phone",
    place: "电话",
    topic: "回访",
    summary: "电话回访党员孙伟,了解上次反映问题的进展。",
  },
  {
    author: "member",
    publicGroup: true,
    day: 33,
    channel: "meeting",
    place: "东街社区居委会",
    topic: "老旧小区改造意见征集",
    summary: "召开居民会议,听取群众对老旧小区改造的意见。",
  },
];
