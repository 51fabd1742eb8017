import type { Caller } from "../auth/claims.ts";
import { allContactsOfAuthor } from "../contacts/ledger.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryAll } from "../db/query.ts";
import { errors } from "../http/errors.ts";
import { getPerson } from "../people/repository.ts";
import { shanghaiDate, shanghaiMidnight } from "../time/quarter.ts";
import { canAccessUnit } from "../units/access.ts";
import type { DutyRecord } from "./api-schemas.ts";
import { getActivities } from "./repository.ts";

/** A record period from Shanghai dates (inclusive): the current year to date when none is given. */
export function recordRange(query: { from?: string; to?: string }, now = new Date()): { from: string; to: string } {
  const from = shanghaiMidnight(query.from ?? `${shanghaiDate(now).slice(0, 4)}-01-01`).toISOString();
  const to = query.to
    ? new Date(shanghaiMidnight(query.to).getTime() + 24 * 3600_000).toISOString()
    : new Date(shanghaiMidnight(`${shanghaiDate(now).slice(0, 4)}-12-31`).getTime() + 24 * 3600_000).toISOString();
  return { from, to };
}

/**
 * GET /persons/{id}/record: a person's duty record (履职档案) in a period: the contacts they
 * logged and the activities they signed up for or attended. The person sees their own; an
 * office sees the people of its scope; nobody else.
 */
export async function dutyRecord(
  db: Db,
  caller: Caller,
  personId: string,
  query: { from?: string; to?: string },
  now = new Date(),
): Promise<DutyRecord> {
  const person = await getPerson(db, personId);
  const own = caller.personId === personId;
  if (!person) throw errors.notFound({ zh: "花名册中没有此人", en: "No such person on the roster" });
  if (!own && !(caller.roles.includes("office") && (await canAccessUnit(db, caller, person.unitId)))) {
    throw errors.forbidden({ zh: "无权查看此人的履职档案", en: "You may not read this person's duty record" });
  }
  const range = recordRange(query, now);
  const contacts = await allContactsOfAuthor(db, personId, range);
  const { items } = await queryAll(db, {
    TableName: db.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
    ExpressionAttributeValues: {
      ":pk": keys.participationByPerson(personId, "", "").gsi1pk,
      ":from": range.from,
      ":to": range.to,
    },
    ScanIndexForward: false,
  });
  const byActivity = new Map<string, { signedUpAt?: string; sessions: DutyRecord["activities"][number]["sessions"] }>();
  for (const item of items) {
    const activityId = String(item.activityId);
    const entry = byActivity.get(activityId) ?? { sessions: [] };
    if (item.type === "activitySignup") entry.signedUpAt = String(item.at);
    else if (item.type === "activityCheckin") {
      entry.sessions.push({
        sessionId: String(item.sessionId),
        place: String(item.place ?? ""),
        startsAt: String(item.sessionStartsAt ?? ""),
        at: String(item.at),
      });
    }
    byActivity.set(activityId, entry);
  }
  const activities = (await getActivities(db, [...byActivity.keys()])).map((a) => {
    const entry = byActivity.get(a.id);
    return {
      activityId: a.id,
      theme: a.theme,
      type: a.type,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      ...(entry?.signedUpAt ? { signedUpAt: entry.signedUpAt } : {}),
      sessions: entry?.sessions ?? [],
    };
  });
  return {
    personId,
    name: person.name,
    unitId: person.unitId,
    from: range.from,
    to: range.to,
    totals: {
      contacts: contacts.length,
      activities: activities.length,
      sessionsAttended: activities.reduce((n, a) => n + a.sessions.length, 0),
    },
    contacts: contacts.map((c) => ({
      id: c.id,
      occurredAt: c.occurredAt,
      channel: c.channel,
      topic: c.topic,
      targets: c.targets.length,
      quarter: c.quarter,
    })),
    activities,
  };
}
