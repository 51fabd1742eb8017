import { checkIn } from "../activities/checkins.ts";
import { recordOutcome } from "../activities/outcomes.ts";
import { createActivity, publishActivity } from "../activities/service.ts";
import { addSession } from "../activities/sessions.ts";
import { signUp } from "../activities/signups.ts";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import type { PhotoStore } from "../files/photo-store.ts";
import { personIdOf } from "../people/repository.ts";
import { DEMO_PILOT_COUNTY } from "./units.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * One published activity of the pilot county with two sessions in 城关镇: one held last week
 * (two delegates attended, outcome recorded) and one next week that the demo delegate has
 * signed up for. Keys are fixed, so a resumed seed finds what an interrupted one wrote.
 */
export async function seedDemoActivities(
  db: Db,
  store: PhotoStore,
  accounts: { office: Caller; town: Caller; delegate: Caller },
  now: Date,
): Promise<void> {
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const { id } = await createActivity(
    db,
    accounts.office,
    {
      theme: "党代表进社区·惠民政策宣讲",
      description: "各乡镇组织党代表走进社区,宣讲医保、养老等惠民政策,听取群众意见建议。",
      type: "talk",
      startsAt: at(-14 * DAY),
      endsAt: at(30 * DAY),
      targetUnitIds: [DEMO_PILOT_COUNTY],
      targetRoles: ["committee", "delegate", "member"],
      capacity: 200,
    },
    { idempotencyKey: "demo-activity-1", now },
  );
  await publishActivity(db, accounts.office, id, now);
  const held = await addSession(
    db,
    accounts.town,
    id,
    { startsAt: at(-7 * DAY), endsAt: at(-7 * DAY + 2 * HOUR), place: "城关镇东街社区活动中心" },
    { idempotencyKey: "demo-session-1", now },
  );
  for (const memberNo of ["YD0101", "YD0102"]) {
    await checkIn(db, accounts.town, held.id, { personId: personIdOf(memberNo) }, now);
  }
  await recordOutcome(
    db,
    store,
    accounts.town,
    id,
    {
      sessionId: held.id,
      summary: "两名党代表向 60 余名居民宣讲城乡居民医保缴费和养老服务政策,现场解答问题 20 余个。",
      publicReached: 60,
      photoIds: [],
      opinions: [],
    },
    now,
  );
  await addSession(
    db,
    accounts.town,
    id,
    { startsAt: at(7 * DAY), endsAt: at(7 * DAY + 2 * HOUR), place: "城关镇西街社区党群服务中心" },
    { idempotencyKey: "demo-session-2", now },
  );
  await signUp(db, accounts.delegate, id, {}, now);
}
