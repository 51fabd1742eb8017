import { createHash } from "node:crypto";
import type { Role } from "../auth/roles.ts";
import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { getUnit } from "../units/repository.ts";
import { listCategories } from "./categories.ts";
import { storeOpinion } from "./create.ts";
import type { OpinionSource } from "./schema.ts";

export interface RaisedOpinion {
  source:
    | { type: "contact"; contactId: string; index: number }
    | { type: "activity"; activityId: string; index: number };
  /** The unit the opinion is about (the contact's or the activity session's unit). */
  unitId: string;
  category?: string;
  title: string;
  content: string;
  raisedBy: { personId?: string; name: string; unitId: string };
  /** The raiser's role, shown in the history (a delegate unless said otherwise). */
  role?: Role;
  now?: Date;
}

/** One opinion per source record and index, so raising it again answers the same opinion. */
export function raisedOpinionId(source: RaisedOpinion["source"]): string {
  const origin = source.type === "contact" ? source.contactId : source.activityId;
  return `o${createHash("sha256").update(`${source.type}|${origin}|${source.index}`).digest("hex").slice(0, 20)}`;
}

/**
 * An opinion collected at a contact or an activity enters the same pipeline as the public
 * form's, with its source kept. An unknown or inactive category becomes "other".
 */
export async function raiseOpinion(db: Db, input: RaisedOpinion): Promise<{ id: string; trackingCode: string }> {
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw errors.validation({ unitId: { zh: "单位不存在", en: "Unknown unit" } });
  const categories = await listCategories(db);
  const category = categories.some((c) => c.id === input.category && c.active) ? (input.category as string) : "other";
  const source: OpinionSource = { ...input.source };
  const { opinion } = await storeOpinion(db, {
    id: raisedOpinionId(input.source),
    unit,
    category,
    title: input.title,
    content: input.content,
    source,
    actor: { kind: input.role ?? "delegate", name: input.raisedBy.name, unitId: input.raisedBy.unitId },
    raisedBy: input.raisedBy,
    isMember: false,
    // The asked-for category, not the resolved one: a retry after a category is retired is the same request.
    requestHash: createHash("sha256")
      .update(JSON.stringify([input.title, input.content, input.category ?? null]))
      .digest("hex"),
    now: input.now ?? new Date(),
  });
  return { id: opinion.id, trackingCode: opinion.trackingCode };
}
