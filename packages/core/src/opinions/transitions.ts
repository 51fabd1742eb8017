import { AppError } from "../http/errors.ts";
import { shanghaiMidnight } from "../time/quarter.ts";
import { addWorkingDays, type Calendar, workingDaysBetween, workingDeadline } from "../time/workdays.ts";
import { RATING_WINDOW_DAYS } from "./deadlines.ts";
import { type HistoryEntry, OPINION_STATUS_LABELS, type Opinion, type OpinionStatus, type Rating } from "./schema.ts";

/**
 * The state machine as pure functions: each takes the opinion and returns its next state with
 * one more history entry, or throws 409 when the step does not apply to the current status.
 */
export function requireStatus(o: Opinion, allowed: readonly OpinionStatus[], step: { zh: string; en: string }) {
  if (!allowed.includes(o.status)) {
    throw new AppError(409, "invalid_status", {
      zh: `当前状态「${OPINION_STATUS_LABELS[o.status].zh}」不能${step.zh}`,
      en: `Cannot ${step.en} while the opinion is ${OPINION_STATUS_LABELS[o.status].en.toLowerCase()}`,
    });
  }
}

export function advance(
  o: Opinion,
  now: Date,
  entry: Omit<HistoryEntry, "at" | "status">,
  changes: Partial<Opinion> & { status: OpinionStatus },
  clear: readonly (keyof Opinion)[] = [],
): Opinion {
  const at = now.toISOString();
  const next: Opinion = { ...o, ...changes, updatedAt: at, version: o.version + 1 };
  for (const key of clear) delete next[key];
  next.history = [...o.history, { ...entry, at, status: changes.status }];
  return next;
}

/** The end of the Shanghai day of an instant a staff member picked as a deadline. */
export function endOfDay(instant: string): string {
  const day = new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return new Date(shanghaiMidnight(day).getTime() + 86_400_000 - 1).toISOString();
}

/** Replied: the rating window opens; the first reply fixes the working days it took. */
export function withReply(o: Opinion, calendar: Calendar, now: Date): Partial<Opinion> {
  return {
    lastRepliedAt: now.toISOString(),
    firstRepliedAt: o.firstRepliedAt ?? now.toISOString(),
    replyWorkdays: o.replyWorkdays ?? workingDaysBetween(calendar, o.createdAt, now),
    ratingDueAt: workingDeadline(calendar, now, RATING_WINDOW_DAYS),
  };
}

/** Closed: on time when the last reply came no later than the reply deadline in force. */
export function closing(o: Opinion, now: Date, rating?: Rating): Partial<Opinion> {
  return {
    closedAt: now.toISOString(),
    closedOnTime: Boolean(o.lastRepliedAt && o.replyDueAt && o.lastRepliedAt <= o.replyDueAt),
    ...(rating ? { rating } : {}),
  };
}

/** An approved extension moves the reply deadline on by working days. */
export function extendedDeadline(o: Opinion, calendar: Calendar, workingDays: number): string {
  const from = o.replyDueAt ?? new Date().toISOString();
  const day = addWorkingDays(calendar, from, workingDays);
  return new Date(shanghaiMidnight(day).getTime() + 86_400_000 - 1).toISOString();
}
