import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { hit, type RateLimit } from "../limits/rate-limit.ts";
import { notify } from "../notifications/service.ts";
import { workingDeadline } from "../time/workdays.ts";
import type { RatingBody } from "./actions-schema.ts";
import { calendarFor } from "./calendar.ts";
import { countMilestone } from "./counting.ts";
import { deadlinesFor } from "./deadlines.ts";
import { canonicalCode, getOpinion, isTrackingCode, opinionIdByCode } from "./repository.ts";
import { type Opinion, RATING_LABELS } from "./schema.ts";
import { saveStep } from "./store.ts";
import { advance, closing, requireStatus } from "./transitions.ts";
import { type TrackingView, trackingView } from "./views.ts";
import { endRetention } from "./workflow.ts";

/** Guessing codes costs a lookup each: a client gets a few hundred an hour, far below any use of it. */
export const TRACKING_LIMIT: RateLimit = { scope: "opinion-track", limit: 300, windowSeconds: 3600 };

const unknownCode = () =>
  errors.notFound({ zh: "查询码不存在,请核对后重试", en: "No opinion has this tracking code; check it and retry" });

async function byCode(db: Db, rawCode: string, clientId: string): Promise<Opinion> {
  await hit(db, TRACKING_LIMIT, clientId);
  const code = canonicalCode(rawCode);
  if (!isTrackingCode(code)) throw unknownCode();
  const id = await opinionIdByCode(db, code);
  const o = id ? await getOpinion(db, id) : undefined;
  // A code reserved by a retried request that lost the race points at an opinion with another code.
  if (!o || o.trackingCode !== code) throw unknownCode();
  return o;
}

export async function trackOpinion(db: Db, code: string, clientId: string): Promise<TrackingView> {
  const o = await byCode(db, code, clientId);
  const target = o.mergedInto ? await getOpinion(db, o.mergedInto) : undefined;
  return trackingView(o, target);
}

/**
 * The submitter rates the latest reply. Satisfied or basically satisfied closes it; unsatisfied
 * sends it back for redo once, and closes it the second time.
 */
export async function rateOpinion(
  db: Db,
  code: string,
  body: RatingBody,
  clientId: string,
  now = new Date(),
): Promise<TrackingView> {
  const o = await byCode(db, code, clientId);
  requireStatus(o, ["replied"], { zh: "评价", en: "rate it" });
  const entry = {
    action: "rate",
    actor: { kind: "public" as const },
    rating: body.rating,
    ...(body.comment ? { comment: body.comment } : {}),
  };
  let next: Opinion;
  if (body.rating === "unsatisfied" && o.redoCount === 0) {
    const [calendar, rules] = await Promise.all([
      calendarFor(db, { path: o.unitPath }),
      deadlinesFor(db, { path: o.unitPath }, o.category),
    ]);
    const rated = advance(o, now, entry, { status: "replied" });
    next = advance(
      rated,
      now,
      { action: "redo", actor: { kind: "system" } },
      { status: "redo", redoCount: 1, replyDueAt: workingDeadline(calendar, now, rules.replyDays) },
      ["ratingDueAt"],
    );
    // Rating and redo are one stored step.
    next.version = o.version + 1;
    await saveStep(db, o, next);
    if (o.handlerUnitId) {
      await notify(
        db,
        { handlers: o.handlerUnitId },
        {
          kind: "opinion-redo",
          dedupKey: `${o.id}#${next.version}`,
          title: { zh: "群众不满意,退回重办", en: "Rated unsatisfied: sent back for redo" },
          body: { zh: `「${o.title}」请重新办理并答复`, en: `"${o.title}": please handle it again and reply` },
          link: `/opinions/${o.id}`,
        },
        now,
      );
    }
  } else {
    const rated = advance(o, now, entry, { status: "replied" });
    next = advance(
      rated,
      now,
      { action: "close", actor: { kind: "system" } },
      { status: "closed", ...closing(o, now, body.rating) },
      ["ratingDueAt"],
    );
    next.version = o.version + 1;
    await saveStep(db, o, next);
    await countMilestone(db, next, "closed");
    await endRetention(db, next, now);
  }
  await notify(
    db,
    { unit: o.triageUnitId },
    {
      kind: "opinion-rated",
      dedupKey: `${o.id}#${next.version}`,
      title: { zh: `群众评价:${RATING_LABELS[body.rating].zh}`, en: `Rated: ${RATING_LABELS[body.rating].en}` },
      body: { zh: `「${o.title}」`, en: `"${o.title}"` },
      link: `/opinions/${o.id}`,
    },
    now,
  );
  return trackingView(next);
}
