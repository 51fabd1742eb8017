import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { requireUnitAccess } from "../units/access.ts";
import { listInbox, listOfPerson, listTriage, type OpinionPage, type OpinionsQuery } from "./list.ts";
import { getSubmitter, requireOpinion } from "./repository.ts";
import { detailView, type OpinionDetail } from "./views.ts";
import { inOfficeScope, isHandlerOf } from "./workflow.ts";

/** The list a caller asked for, or the one their role works from. */
export async function opinionsFor(db: Db, caller: Caller, q: OpinionsQuery): Promise<OpinionPage> {
  const view =
    q.view ?? (caller.roles.includes("office") ? "triage" : caller.roles.includes("handler") ? "inbox" : "mine");
  if (view === "triage") {
    if (!caller.roles.includes("office")) throw errors.forbidden();
    return listTriage(db, await requireUnitAccess(db, caller, q.unit ?? caller.unitId), q);
  }
  if (view === "inbox") {
    if (!caller.roles.includes("handler")) throw errors.forbidden();
    return listInbox(db, caller.unitId, q);
  }
  if (!caller.personId) {
    throw errors.forbidden({ zh: "您的账号未关联花名册人员", en: "Your account is not linked to a roster entry" });
  }
  return listOfPerson(db, caller.personId, q);
}

/**
 * One opinion for a caller who may see it: the office of its unit, the handling unit, the
 * delegate it was addressed to or the person who raised it. Anyone else gets 404.
 */
export async function opinionFor(db: Db, caller: Caller, id: string, now = new Date()): Promise<OpinionDetail> {
  const o = await requireOpinion(db, id);
  const office = inOfficeScope(caller, o);
  const handler = isHandlerOf(caller, o);
  const person = Boolean(
    caller.personId && (o.delegateId === caller.personId || o.raisedBy?.personId === caller.personId),
  );
  if (!office && !handler && !person) {
    throw errors.notFound({ zh: "意见不存在或不在您的范围内", en: "No such opinion in your scope" });
  }
  const submitter = o.hasContact ? await getSubmitter(db, id, now) : undefined;
  return detailView(o, { caller, office, handler }, submitter, now);
}
