import type { Caller } from "../auth/claims.ts";
import { batchPut } from "../db/batch.ts";
import type { Db } from "../db/client.ts";
import { errors, type LocalizedText } from "../http/errors.ts";
import { allPersonsOfUnit, getPersonItems, toPerson } from "../people/repository.ts";
import { CHAIN_ROLE_LABELS, type Person } from "../people/schema.ts";
import { present } from "../people/service.ts";
import { shanghaiDate } from "../time/quarter.ts";
import { requireUnitAccess } from "../units/access.ts";
import { countNewAssignments } from "./figures.ts";
import {
  activeAssignmentsOfUnit,
  assignmentItem,
  assignmentsOf,
  assignmentsOfUnit,
  isOpenOn,
  publicGroupIdOf,
} from "./repository.ts";
import { type Assignment, type AssignmentInput, TIER_ROLES, type Tier } from "./schema.ts";

export interface AssignResult {
  created: number;
  unchanged: number;
  ended: number;
}

/**
 * Assigns people (or public groups) to one responsible person. Each target has one responsible
 * person per tier: assigning someone new ends the earlier edge today, so history stays dated.
 */
export async function assign(db: Db, caller: Caller, input: AssignmentInput, now = new Date()): Promise<AssignResult> {
  const { responsible: responsibleRole, target: targetRole } = TIER_ROLES[input.tier];
  const targetIds = input.targetIds ?? [];
  const people = await getPersonItems(db, [input.responsibleId, ...targetIds]);
  const responsibleItem = people.get(input.responsibleId);
  if (!responsibleItem)
    throw errors.validation({ responsibleId: { zh: "联系人不存在", en: "No such responsible person" } });
  const responsible = toPerson(responsibleItem);
  await requireUnitAccess(db, caller, responsible.unitId);
  if (!responsible.roles.includes(responsibleRole)) {
    throw errors.validation({
      responsibleId: {
        zh: `联系人须为${CHAIN_ROLE_LABELS[responsibleRole].zh}`,
        en: `The responsible person must be a ${CHAIN_ROLE_LABELS[responsibleRole].en.toLowerCase()}`,
      },
    });
  }
  const fieldErrors: Record<string, LocalizedText> = {};
  const targets: { targetId: string; unitId: string; publicGroup?: Assignment["publicGroup"] }[] = [];
  if (targetRole === "public") {
    for (const group of input.publicGroups ?? []) {
      targets.push({
        targetId: publicGroupIdOf(responsible.id, group.description),
        unitId: responsible.unitId,
        publicGroup: group,
      });
    }
  } else {
    for (const [i, id] of targetIds.entries()) {
      const item = people.get(id);
      const person = item ? toPerson(item) : undefined;
      if (!person) fieldErrors[`targetIds.${i}`] = { zh: "联系对象不存在", en: "No such person" };
      else if (!person.roles.includes(targetRole)) {
        fieldErrors[`targetIds.${i}`] = {
          zh: `联系对象须为${CHAIN_ROLE_LABELS[targetRole].zh}`,
          en: `Must be a ${CHAIN_ROLE_LABELS[targetRole].en.toLowerCase()}`,
        };
      } else {
        await requireUnitAccess(db, caller, person.unitId);
        targets.push({ targetId: id, unitId: person.unitId });
      }
    }
  }
  if (Object.keys(fieldErrors).length) throw errors.validation(fieldErrors);

  const today = shanghaiDate(now);
  const since = input.since ?? today;
  const result: AssignResult = { created: 0, unchanged: 0, ended: 0 };
  const writes: Record<string, unknown>[] = [];
  const created: Assignment[] = [];
  const edgesByUnit = new Map<string, Assignment[]>();
  for (const t of targets) {
    if (!edgesByUnit.has(t.unitId)) edgesByUnit.set(t.unitId, (await assignmentsOfUnit(db, t.unitId)).assignments);
    const current = (edgesByUnit.get(t.unitId) ?? []).filter(
      (a) => a.tier === input.tier && a.targetId === t.targetId && isOpenOn(a, today),
    );
    if (current.some((a) => a.responsibleId === responsible.id && isOpenOn(a, today))) {
      result.unchanged++;
      continue;
    }
    for (const old of current) {
      writes.push(assignmentItem({ ...old, until: today }));
      result.ended++;
    }
    const edge: Assignment = {
      tier: input.tier,
      responsibleId: responsible.id,
      targetId: t.targetId,
      unitId: t.unitId,
      since,
      createdAt: now.toISOString(),
      createdBy: caller.id,
      ...(t.publicGroup ? { publicGroup: t.publicGroup } : {}),
    };
    writes.push(assignmentItem(edge));
    created.push(edge);
    result.created++;
  }
  await batchPut(db, writes);
  await countNewAssignments(db, [...edgesByUnit.values()].flat(), created, now);
  return result;
}

export interface Gaps {
  tier: Tier;
  /** Delegates without a committee member, members without a delegate, members without a public group. */
  people: Person[];
}

/** Who in each tier of one unit has no open assignment today. */
export async function unassignedOf(db: Db, caller: Caller, unitId: string, now = new Date()): Promise<Gaps[]> {
  await requireUnitAccess(db, caller, unitId);
  const today = shanghaiDate(now);
  const [people, open] = await Promise.all([allPersonsOfUnit(db, unitId), activeAssignmentsOfUnit(db, unitId, today)]);
  const active = people.filter((p) => p.status === "active");
  const targeted = new Set(open.map((a) => `${a.tier}#${a.targetId}`));
  const withPublic = new Set(open.filter((a) => a.tier === "member-public").map((a) => a.responsibleId));
  return [
    {
      tier: "committee-delegate",
      people: active.filter((p) => p.roles.includes("delegate") && !targeted.has(`committee-delegate#${p.id}`)),
    },
    {
      tier: "delegate-member",
      people: active.filter(
        (p) => p.roles.includes("member") && !p.roles.includes("delegate") && !targeted.has(`delegate-member#${p.id}`),
      ),
    },
    { tier: "member-public", people: active.filter((p) => p.roles.includes("member") && !withPublic.has(p.id)) },
  ].map((g) => ({ tier: g.tier as Tier, people: g.people.map((p) => present(p, caller)) }));
}

/** Open edges of a responsible person, with the people they point at. */
export async function myAssignments(db: Db, caller: Caller, responsibleId: string, now = new Date()) {
  const today = shanghaiDate(now);
  const edges = (await assignmentsOf(db, responsibleId)).filter((a) => isOpenOn(a, today));
  const people = await getPersonItems(
    db,
    edges.filter((e) => !e.publicGroup).map((e) => e.targetId),
  );
  return edges.map((e) => {
    const item = people.get(e.targetId);
    return {
      ...e,
      ...(item ? { personId: e.targetId, person: present(toPerson(item), caller, { responsible: true }) } : {}),
      ...(e.publicGroup ? { publicGroupId: e.targetId } : {}),
    };
  });
}

/** A unit's open edges with both sides' names, as the office sees them. */
export async function unitAssignments(db: Db, caller: Caller, unitId: string, now = new Date()) {
  await requireUnitAccess(db, caller, unitId);
  const edges = await activeAssignmentsOfUnit(db, unitId, shanghaiDate(now));
  const people = await getPersonItems(db, [
    ...edges.map((e) => e.responsibleId),
    ...edges.filter((e) => !e.publicGroup).map((e) => e.targetId),
  ]);
  const nameOf = (id: string) => {
    const item = people.get(id);
    return item ? present(toPerson(item), caller).name : "";
  };
  return edges.map((e) => ({
    ...e,
    responsibleName: nameOf(e.responsibleId),
    targetName: e.publicGroup ? e.publicGroup.description : nameOf(e.targetId),
    ...(e.publicGroup ? { publicGroupId: e.targetId } : { personId: e.targetId }),
  }));
}
