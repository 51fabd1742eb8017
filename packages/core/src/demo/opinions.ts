import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { storeOpinion } from "../opinions/create.ts";
import { getOpinion } from "../opinions/repository.ts";
import type { Rating } from "../opinions/schema.ts";
import { publicOpinionId } from "../opinions/submit.ts";
import { rateOpinion } from "../opinions/tracking.ts";
import { acceptOpinion, assignOpinion, declineOpinion, replyOpinion, signOpinion } from "../opinions/workflow.ts";
import { getUnit } from "../units/repository.ts";

interface DemoOpinion {
  unitId: string;
  category: string;
  title: string;
  content: string;
  /** Days after the start of the period it is placed in. */
  day: number;
  /** How far it gets: the last step taken. */
  until: "submitted" | "accepted" | "assigned" | "replied" | "declined" | Rating;
  reply?: string;
}

const LAST_QUARTER: DemoOpinion[] = [
  {
    unitId: "620121100",
    category: "transport",
    title: "东街路口红绿灯时间太短",
    content: "东街与滨河路口行人绿灯只有十几秒,老人过不去,建议延长。",
    day: 5,
    until: "satisfied",
    reply: "经交警大队现场核查,已将行人绿灯延长至 35 秒。",
  },
  {
    unitId: "620121101",
    category: "agriculture",
    title: "希望组织果树修剪技术培训",
    content: "红城镇苹果种植户多,希望农技站冬季组织修剪培训。",
    day: 12,
    until: "basic",
    reply: "县农技中心已安排 12 月在红城镇开展两期培训。",
  },
  {
    unitId: "620121",
    category: "health",
    title: "县医院挂号排队时间长",
    content: "早上挂号要排一个多小时,建议推广手机预约。",
    day: 20,
    until: "unsatisfied",
    reply: "医院已开通公众号预约,正在逐步扩大号源。",
  },
  {
    unitId: "620121102",
    category: "livelihood",
    title: "中堡镇自来水水压不足",
    content: "每天早晚用水高峰期,高层住户没有水。",
    day: 30,
    until: "satisfied",
    reply: "供水公司已更换加压泵,水压恢复正常。",
  },
  {
    unitId: "620121",
    category: "other",
    title: "咨询个人社保缴费年限",
    content: "想了解个人社保补缴政策。",
    day: 40,
    until: "declined",
  },
];

const THIS_QUARTER: DemoOpinion[] = [
  {
    unitId: "620121100",
    category: "environment",
    title: "河道边垃圾无人清理",
    content: "城关镇庄浪河东岸步道旁堆积生活垃圾,影响环境。",
    day: 0,
    until: "submitted",
  },
  {
    unitId: "620121103",
    category: "education",
    title: "希望增加乡村学校音乐老师",
    content: "武胜驿镇小学没有专职音乐老师,孩子们很少上音乐课。",
    day: 0,
    until: "assigned",
  },
  {
    unitId: "620121101",
    category: "housing",
    title: "老旧小区屋顶漏雨",
    content: "红城镇粮站家属院屋顶漏雨多年,希望纳入改造。",
    day: 0,
    until: "replied",
    reply: "已纳入明年老旧小区改造计划,近期先做防水修补。",
  },
];

/**
 * A few opinions in every state so the triage console, the handler's inbox, the tracking page
 * and the figures have something to show. Each is keyed, so a re-run after an interruption skips
 * the ones already done.
 */
export async function seedDemoOpinions(
  db: Db,
  people: { office: Caller; handler: Caller },
  periods: { previousStart: string; now: Date },
): Promise<void> {
  const runs = [
    ...LAST_QUARTER.map((o, i) => ({ o, key: `demo-opinion-last-${i}`, start: Date.parse(periods.previousStart) })),
    // Placed a few days back, so the submitted one is already past its acceptance deadline.
    ...THIS_QUARTER.map((o, i) => ({ o, key: `demo-opinion-now-${i}`, start: periods.now.getTime() - 5 * 86_400_000 })),
  ];
  for (const { o, key, start } of runs) {
    const id = publicOpinionId(key);
    const existing = await getOpinion(db, id);
    if (existing && existing.status !== "submitted") continue;
    const unit = await getUnit(db, o.unitId);
    if (!unit) continue;
    const at = (hours: number) =>
      new Date(Math.min(start + o.day * 86_400_000 + hours * 3_600_000, periods.now.getTime()));
    const { opinion } = await storeOpinion(db, {
      id,
      unit,
      category: o.category,
      title: o.title,
      content: o.content,
      source: { type: "public" },
      actor: { kind: "public" },
      isMember: false,
      requestHash: key,
      now: at(1),
    });
    if (o.until === "submitted") continue;
    if (o.until === "declined") {
      await declineOpinion(db, people.office, id, "属于政策咨询,请拨打 12345 热线或到县政务服务中心咨询。", {
        now: at(20),
      });
      continue;
    }
    await acceptOpinion(db, people.office, id, undefined, { now: at(20) });
    if (o.until === "accepted") continue;
    await assignOpinion(db, people.office, id, { handlerUnitId: people.handler.unitId }, { now: at(22) });
    if (o.until === "assigned") continue;
    await signOpinion(db, people.handler, id, { now: at(26) });
    await replyOpinion(db, people.handler, id, { publicText: o.reply ?? "已办理。" }, { now: at(24 * 4) });
    if (o.until === "replied") continue;
    await rateOpinion(db, opinion.trackingCode, { rating: o.until }, "demo", { now: at(24 * 6) });
  }
}
