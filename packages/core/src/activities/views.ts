import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import type { PhotoStore } from "../files/photo-store.ts";
import { errors } from "../http/errors.ts";
import { maskName } from "../people/mask.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin, type Unit } from "../units/schema.ts";
import type { ActivityDetail, Participation, SessionView } from "./api-schemas.ts";
import { isOrganiser, unitInTargets } from "./audience.ts";
import { requireActivity } from "./lookup.ts";
import { photoViews } from "./photos.ts";
import { activityPartition, checkinsOf, sessionsOf } from "./repository.ts";
import { callerPerson, viewOf } from "./service.ts";

async function unitsById(db: Db, ids: Iterable<string>): Promise<Map<string, Unit>> {
  const out = new Map<string, Unit>();
  for (const id of new Set(ids)) {
    const unit = await getUnit(db, id);
    if (unit) out.set(id, unit);
  }
  return out;
}

/**
 * GET /activities/{id}: the activity, its sessions (the check-in code only for their organisers),
 * the caller's own sign-up and check-ins, and the outcomes with their photos.
 */
export async function activityDetail(db: Db, store: PhotoStore, caller: Caller, id: string): Promise<ActivityDetail> {
  const activity = await requireActivity(db, id);
  const person = await callerPerson(db, caller);
  const callerUnit = await getUnit(db, caller.unitId);
  const view = await viewOf(db, caller, activity, { callerUnit, person });
  const targeted = caller.roles.includes("office") && callerUnit !== undefined && unitInTargets(activity, callerUnit);
  if (!(view.canManage || (activity.status !== "draft" && (view.forMe || targeted)))) {
    throw errors.notFound({ zh: "活动不存在", en: "No such activity" });
  }
  const sessions = await sessionsOf(db, id);
  const units = await unitsById(
    db,
    sessions.map((s) => s.unitId),
  );
  const sessionViews: SessionView[] = await Promise.all(
    sessions.map(async (s) => {
      const organise = await isOrganiser(db, caller, s);
      const checkins = await checkinsOf(db, s.id);
      const { checkinCode, heldAt: _heldAt, ...rest } = s;
      return {
        ...rest,
        ...(organise ? { checkinCode } : {}),
        unitName: units.get(s.unitId)?.name ?? s.unitId,
        attended: checkins.length,
        canOrganise: organise,
        checkedIn: caller.personId !== undefined && checkins.some((c) => c.personId === caller.personId),
      };
    }),
  );
  const { outcomes } = await activityPartition(db, id);
  return {
    ...view,
    sessions: sessionViews,
    outcomes: await Promise.all(
      outcomes.map(async (o) => ({
        ...o,
        // A tracking code lets its holder rate the reply: only the session's organisers see it.
        opinions: (await isOrganiser(db, caller, o)) ? o.opinions : o.opinions.map(withoutTrackingCode),
        photos: await photoViews(store, id, o.photoIds),
      })),
    ),
  };
}

const withoutTrackingCode = <T extends { trackingCode?: string }>({ trackingCode: _code, ...rest }: T) => rest;

const emptyRow = () => ({ sessions: 0, held: 0, signups: 0, checkins: 0, publicReached: 0, opinions: 0, photos: 0 });

/**
 * GET /activities/{id}/participation: per unit, the sessions held, sign-ups, check-ins, people
 * reached, opinions and photos; and who took part (names masked outside the caller's scope).
 * An office sees the rows of the units in its scope.
 */
export async function participation(db: Db, caller: Caller, id: string): Promise<Participation> {
  const activity = await requireActivity(db, id);
  const callerUnit = await getUnit(db, caller.unitId);
  if (!callerUnit) throw errors.forbidden();
  const view = await viewOf(db, caller, activity, { callerUnit });
  if (!view.canManage) {
    // A draft is its creator's alone, as on the detail page.
    if (activity.status === "draft") throw errors.notFound({ zh: "活动不存在", en: "No such activity" });
    if (!unitInTargets(activity, callerUnit)) {
      throw errors.forbidden({ zh: "该活动不在您的管辖范围内", en: "This activity is outside your scope" });
    }
  }
  const sessions = await sessionsOf(db, id);
  const { signups, outcomes } = await activityPartition(db, id);
  const checkins = (await Promise.all(sessions.map((s) => checkinsOf(db, s.id)))).flat();
  const units = await unitsById(db, [...sessions.map((s) => s.unitId), ...signups.map((s) => s.unitId)]);
  const inScope = (unitId: string) => {
    const unit = units.get(unitId);
    return unit !== undefined && isWithin(unit, caller.unitId);
  };
  const rows = new Map<string, ReturnType<typeof emptyRow>>();
  const row = (unitId: string) => {
    let r = rows.get(unitId);
    if (!r) {
      r = emptyRow();
      rows.set(unitId, r);
    }
    return r;
  };
  const attendedBy = new Map<string, string[]>();
  const sessionUnit = new Map(sessions.map((s) => [s.id, s.unitId]));
  const outcomeOf = new Set(outcomes.map((o) => o.sessionId));
  for (const s of sessions) {
    const r = row(s.unitId);
    r.sessions++;
    const attended = checkins.filter((c) => c.sessionId === s.id).length;
    if (attended > 0 || outcomeOf.has(s.id)) r.held++;
  }
  for (const c of checkins) {
    row(sessionUnit.get(c.sessionId) ?? c.unitId).checkins++;
    attendedBy.set(c.personId, [...(attendedBy.get(c.personId) ?? []), c.sessionId]);
  }
  for (const s of signups) row(s.unitId).signups++;
  for (const o of outcomes) {
    const r = row(o.unitId);
    r.publicReached += o.publicReached;
    r.opinions += o.opinions.length;
    r.photos += o.photoIds.length;
  }
  const visible = [...rows.entries()].filter(([unitId]) => inScope(unitId));
  const total = emptyRow();
  for (const [, r] of visible) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
  return {
    activityId: id,
    rows: visible
      .map(([unitId, r]) => ({ unitId, unitName: units.get(unitId)?.name ?? unitId, ...r }))
      .sort((a, b) => a.unitId.localeCompare(b.unitId)),
    total,
    people: signups
      .filter((s) => inScope(s.unitId))
      .map((s) => ({
        personId: s.personId,
        name: caller.roles.includes("office") ? s.name : maskName(s.name),
        unitId: s.unitId,
        via: s.via,
        attended: attendedBy.get(s.personId)?.length ?? 0,
        sessionIds: attendedBy.get(s.personId) ?? [],
      })),
  };
}
