import type { Db } from "../db/client.ts";
import { raiseOpinion } from "../opinions/raise.ts";

export interface ActivityOpinion {
  activityId: string;
  /** Unique within the activity; the same pair always gives the same opinion. */
  index: number;
  unitId: string;
  category?: string;
  title: string;
  content: string;
  raisedBy: { personId?: string; name: string; unitId: string };
  /** The organiser who recorded it: an office. */
  role: "office";
}

/** Sends an opinion raised at an activity into the Opinions pipeline (source `activity`). */
export async function raiseActivityOpinion(
  db: Db,
  opinion: ActivityOpinion,
): Promise<{ id: string; trackingCode: string }> {
  return raiseOpinion(db, {
    source: { type: "activity", activityId: opinion.activityId, index: opinion.index },
    unitId: opinion.unitId,
    ...(opinion.category ? { category: opinion.category } : {}),
    title: opinion.title,
    content: opinion.content,
    raisedBy: opinion.raisedBy,
    role: opinion.role,
  });
}
