import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { getActivity, getActivitySession, type SessionRecord } from "./repository.ts";
import type { Activity } from "./schema.ts";

export async function requireActivity(db: Db, id: string): Promise<Activity> {
  const activity = await getActivity(db, id);
  if (!activity) throw errors.notFound({ zh: "活动不存在", en: "No such activity" });
  return activity;
}

export async function requireActivitySession(db: Db, id: string): Promise<SessionRecord> {
  const session = await getActivitySession(db, id);
  if (!session) throw errors.notFound({ zh: "场次不存在", en: "No such session" });
  return session;
}

/** A session of this activity (404 for a session of another one). */
export async function requireSessionOf(db: Db, activityId: string, sessionId: string): Promise<SessionRecord> {
  const session = await requireActivitySession(db, sessionId);
  if (session.activityId !== activityId) {
    throw errors.notFound({ zh: "该活动没有这个场次", en: "This activity has no such session" });
  }
  return session;
}

export function requirePublished(activity: Activity): void {
  if (activity.status === "draft") {
    throw errors.conflict({ zh: "活动尚未发布", en: "The activity has not been published" });
  }
  if (activity.status === "closed") {
    throw errors.conflict({ zh: "活动已结束", en: "The activity is closed" });
  }
}
