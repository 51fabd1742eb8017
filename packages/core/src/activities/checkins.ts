import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { assertUnderLimit, hit, type RateLimit } from "../limits/rate-limit.ts";
import { isOrganiser, personInAudience } from "./audience.ts";
import { checkinOpen, codeMatches } from "./checkin-code.ts";
import { countCheckin } from "./counting.ts";
import { isConditionFailure } from "./ids.ts";
import { requireActivity, requireActivitySession, requirePublished } from "./lookup.ts";
import { getCheckin, type SessionRecord } from "./repository.ts";
import type { Activity, Checkin } from "./schema.ts";
import { peopleWithUnits, putSignup } from "./signups.ts";

/** Wrong codes a person may try per session in ten minutes (a six-digit code cannot be guessed). */
export const CHECKIN_ATTEMPTS: RateLimit = { scope: "checkin", limit: 10, windowSeconds: 600 };

export function checkinItem(activity: Activity, session: SessionRecord, checkin: Checkin): Record<string, unknown> {
  return {
    ...keys.checkin(session.id, checkin.personId),
    ...keys.participationByPerson(checkin.personId, session.startsAt, `${activity.id}#CHECKIN#${session.id}`),
    type: "activityCheckin",
    ...checkin,
    sessionStartsAt: session.startsAt,
    place: session.place,
  };
}

const windowClosed = () =>
  new AppError(409, "checkin_closed", {
    zh: "不在本场次的签到时间内(开始前 30 分钟至结束)",
    en: "Check-in is open only from 30 minutes before the session starts until it ends",
  });

const wrongCode = () =>
  new AppError(400, "checkin_code_invalid", {
    zh: "签到码不正确,请核对本场次组织者出示的签到码",
    en: "Wrong check-in code: use the code this session's organiser shows",
  });

/**
 * POST /sessions/{id}/checkins. A participant checks themself in with the session's code while
 * check-in is open; only the session's organiser can mark someone else present (no code needed,
 * for people without a phone). A second check-in of the same person keeps the first.
 */
export async function checkIn(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: { code?: string; personId?: string },
  now = new Date(),
): Promise<{
  sessionId: string;
  activityId: string;
  personId: string;
  via: "code" | "organiser";
  at: string;
  created: boolean;
}> {
  const session = await requireActivitySession(db, sessionId);
  const activity = await requireActivity(db, session.activityId);
  requirePublished(activity);
  const forOther = input.personId !== undefined && input.personId !== caller.personId;
  let personId: string;
  let via: Checkin["via"];
  if (forOther) {
    if (!(await isOrganiser(db, caller, session))) {
      throw errors.forbidden({
        zh: "只有本场次的组织者可以为他人签到",
        en: "Only this session's organiser can check someone else in",
      });
    }
    if (now.getTime() < Date.parse(session.startsAt) - 30 * 60_000) throw windowClosed();
    personId = input.personId as string;
    via = "organiser";
  } else {
    if (!caller.personId) {
      throw errors.forbidden({ zh: "您的账号未关联花名册人员", en: "Your account is not linked to a roster entry" });
    }
    personId = caller.personId;
    via = "code";
    if (!checkinOpen(session, now)) throw windowClosed();
    // Checked before the code is compared: once the wrong tries are spent, even the right code waits.
    await assertUnderLimit(db, CHECKIN_ATTEMPTS, `${session.id}#${personId}`, now.getTime());
    if (!codeMatches(session.checkinCode, input.code ?? "")) {
      await hit(db, CHECKIN_ATTEMPTS, `${session.id}#${personId}`, now.getTime());
      throw wrongCode();
    }
  }
  const found = (await peopleWithUnits(db, [personId])).get(personId);
  if (!found) throw errors.notFound({ zh: "花名册中没有此人", en: "No such person on the roster" });
  if (!personInAudience(activity, found.person, found.unit)) {
    throw errors.forbidden({
      zh: forOther ? `${found.person.name}不在本活动的参加范围内` : "您不在本活动的参加范围内",
      en: forOther
        ? "This person is not among the people this activity is for"
        : "You are not among the people this activity is for",
    });
  }
  const checkin: Checkin = {
    sessionId,
    activityId: activity.id,
    personId,
    name: found.person.name,
    unitId: found.person.unitId,
    via,
    at: now.toISOString(),
  };
  let created = true;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: checkinItem(activity, session, checkin),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    created = false;
  }
  // Follow-ups, each safe to repeat: a sign-up for who came without one, then the figures.
  await putSignup(
    db,
    activity,
    { activityId: activity.id, personId, name: checkin.name, unitId: checkin.unitId, via: "checkin", at: checkin.at },
    { enforceCapacity: false },
  );
  await countCheckin(db, session, personId);
  const kept = created ? checkin : ((await getCheckin(db, sessionId, personId)) ?? checkin);
  return { sessionId, activityId: activity.id, personId, via: kept.via, at: kept.at, created };
}
