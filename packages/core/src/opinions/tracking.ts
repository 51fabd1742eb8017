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
import { advance, closing, requireStatus } from "./transitions.ts";
import { type TrackingView, trackingView } from "./views.ts";
import { endRetention, requestMark, type StepOptions, step } from "./workflow.ts";

/** Guessing codes costs a lookup each: a client gets a few hundred an hour, far below any use of it. */
export const TRACKING_LIMIT: RateLimit = { scope: "opinion-track", limit: 300, windowSeconds: 3600 };

const MAX_MERGE_HOPS = 5;

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
  // The opinion it joined may itself have joined another since: follow to where the answer is.
  let target: Opinion | undefined;
  for (let next = o.mergedInto, hops = 0; next && hops < MAX_MERGE_HOPS; hops++) {
    const found: Opinion | undefined = await getOpinion(db, next);
    if (!found) break;
    target = found;
    next = found.mergedInto;
  }
  return trackingView(o, target);
}

/**
 * The submitter rates the latest reply. Satisfied or basically satisfied closes it; unsatisfied
 * sends it back for redo once, and closes it the second time. Rating and redo (or close) are one
 * stored step; a retry with the same Idempotency-Key finds it and only repeats the follow-ups.
 */
export async function rateOpinion(
  db: Db,
  code: string,
  body: RatingBody,
  clientId: string,
  opts: StepOptions = {},
): Promise<TrackingView> {
  const now = opts.now ?? new Date();
  const o = await byCode(db, code, clientId);
  // The submitter has no account: the code stands for them in the mark of a retried rating.
  const mark = opts.key ? requestMark(`track:${o.trackingCode}`, opts.key) : undefined;
  const redo = body.rating === "unsatisfied" && o.redoCount === 0;
  const [calendar, rules] = redo
    ? await Promise.all([calendarFor(db, { path: o.unitPath }), deadlinesFor(db, { path: o.unitPath }, o.category)])
    : [];
  const next = await step(db, o, mark, () => {
    requireStatus(o, ["replied"], { zh: "评价", en: "rate it" });
    const entry = {
      action: "rate",
      actor: { kind: "public" as const },
      rating: body.rating,
      ...(body.comment ? { comment: body.comment } : {}),
    };
    const rated = advance(o, now, entry, { status: "replied" });
    const after =
      redo && calendar && rules
        ? advance(
            rated,
            now,
            { action: "redo", actor: { kind: "system" } },
            { status: "redo", redoCount: 1, replyDueAt: workingDeadline(calendar, now, rules.replyDays) },
            ["ratingDueAt"],
          )
        : advance(
            rated,
            now,
            { action: "close", actor: { kind: "system" } },
            { status: "closed", ...closing(o, now, body.rating) },
            ["ratingDueAt"],
          );
    after.version = o.version + 1;
    return after;
  });
  await afterRating(db, next, now);
  return trackingView(next);
}

/** The follow-ups of a rating, each safe to repeat: redo notice or close counts, and the office's notice. */
async function afterRating(db: Db, next: Opinion, now: Date): Promise<void> {
  const rating = next.history.findLast((h) => h.action === "rate")?.rating;
  if (next.status === "redo" && next.handlerUnitId) {
    await notify(
      db,
      { handlers: next.handlerUnitId },
      {
        kind: "opinion-redo",
        dedupKey: `${next.id}#${next.version}`,
        title: { zh: "群众不满意,退回重办", en: "Rated unsatisfied: sent back for redo" },
        body: { zh: `「${next.title}」请重新办理并答复`, en: `"${next.title}": please handle it again and reply` },
        link: `/opinions/${next.id}`,
      },
      now,
    );
  }
  if (next.status === "closed") {
    await countMilestone(db, next, "closed");
    await endRetention(db, next, now);
  }
  if (!rating) return;
  await notify(
    db,
    { unit: next.triageUnitId },
    {
      kind: "opinion-rated",
      dedupKey: `${next.id}#${next.version}`,
      title: { zh: `群众评价:${RATING_LABELS[rating].zh}`, en: `Rated: ${RATING_LABELS[rating].en}` },
      body: { zh: `「${next.title}」`, en: `"${next.title}"` },
      link: `/opinions/${next.id}`,
    },
    now,
  );
}
