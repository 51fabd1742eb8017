import { z } from "zod";
import type { Caller } from "../auth/claims.ts";
import { maskName, maskPhone } from "../people/mask.ts";
import { isOverdue, staffDeadline } from "./repository.ts";
import {
  historyEntrySchema,
  type Opinion,
  opinionSourceSchema,
  opinionStatusSchema,
  ratingSchema,
  type Submitter,
} from "./schema.ts";

/** Actions the submitter sees on the tracking page; everything else is internal. */
const PUBLIC_ACTIONS = new Set([
  "submit",
  "accept",
  "decline",
  "merge",
  "assign",
  "reassign",
  "sign",
  "reply",
  "rate",
  "redo",
  "close",
  "auto-close",
  "extend-approve",
]);

export const publicStepSchema = z.object({
  at: z.string(),
  action: z.string(),
  status: opinionStatusSchema,
  /** A reply, or the reason an opinion was declined. */
  text: z.string().optional(),
  rating: ratingSchema.optional(),
});
export const trackingViewSchema = z.object({
  trackingCode: z.string(),
  title: z.string(),
  category: z.string(),
  unitId: z.string(),
  status: opinionStatusSchema,
  createdAt: z.string(),
  history: z.array(publicStepSchema),
  replies: z.array(z.object({ at: z.string(), text: z.string() })),
  /** The submitter may rate the latest reply now. */
  canRate: z.boolean(),
  ratingDueAt: z.string().optional(),
  /** Whether an unsatisfied rating would still send it back for redo. */
  redoLeft: z.boolean(),
  rating: ratingSchema.optional(),
  /** Merged: where the opinion it joined stands now (its replies are this one's). */
  mergedStatus: opinionStatusSchema.optional(),
});
export type TrackingView = z.infer<typeof trackingViewSchema>;

/**
 * What anyone holding the tracking code sees: status, steps and public replies. Built field by
 * field, so nothing personal or internal (names, phones, notes, reasons for returns) can slip in.
 */
export function trackingView(o: Opinion, mergedInto?: Opinion): TrackingView {
  const steps = o.history
    .filter((h) => PUBLIC_ACTIONS.has(h.action))
    .map((h) => ({
      at: h.at,
      action: h.action,
      status: h.status,
      ...(h.action === "reply" || h.action === "decline" ? { text: h.publicText } : {}),
      ...(h.rating ? { rating: h.rating } : {}),
    }));
  const replySource = mergedInto ?? o;
  const replies = replySource.history
    .filter((h) => h.action === "reply" && h.publicText)
    .map((h) => ({ at: h.at, text: h.publicText as string }));
  return {
    trackingCode: o.trackingCode,
    title: o.title,
    category: o.category,
    unitId: o.unitId,
    status: o.status,
    createdAt: o.createdAt,
    history: steps,
    replies,
    canRate: o.status === "replied",
    ...(o.status === "replied" && o.ratingDueAt ? { ratingDueAt: o.ratingDueAt } : {}),
    redoLeft: o.redoCount === 0,
    ...(o.rating ? { rating: o.rating } : {}),
    ...(mergedInto ? { mergedStatus: mergedInto.status } : {}),
  };
}

export const opinionListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  unitId: z.string(),
  status: opinionStatusSchema,
  source: opinionSourceSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The deadline staff work to now (acceptance or reply), if any. */
  dueAt: z.string().optional(),
  overdue: z.boolean(),
  handlerUnitId: z.string().optional(),
  delegateId: z.string().optional(),
  extensionPending: z.boolean(),
  redoCount: z.number().int(),
});
export type OpinionListItem = z.infer<typeof opinionListItemSchema>;

export function listItem(o: Opinion, now = new Date()): OpinionListItem {
  const due = staffDeadline(o);
  return {
    id: o.id,
    title: o.title,
    category: o.category,
    unitId: o.unitId,
    status: o.status,
    source: o.source,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    ...(due ? { dueAt: due } : {}),
    overdue: isOverdue(o, now),
    ...(o.handlerUnitId ? { handlerUnitId: o.handlerUnitId } : {}),
    ...(o.delegateId ? { delegateId: o.delegateId } : {}),
    extensionPending: o.extension?.state === "pending",
    redoCount: o.redoCount,
  };
}

export const opinionDetailSchema = opinionListItemSchema.extend({
  content: z.string(),
  isMember: z.boolean(),
  acceptDueAt: z.string(),
  assignDueAt: z.string().optional(),
  replyDueAt: z.string().optional(),
  ratingDueAt: z.string().optional(),
  closedAt: z.string().optional(),
  closedOnTime: z.boolean().optional(),
  rating: ratingSchema.optional(),
  mergedInto: z.string().optional(),
  raisedBy: z.object({ name: z.string(), unitId: z.string() }).optional(),
  extension: z
    .object({ state: z.string(), workingDays: z.number(), reason: z.string(), requestedAt: z.string() })
    .optional(),
  submitter: z
    .object({ name: z.string().optional(), phone: z.string().optional(), memberNo: z.string().optional() })
    .optional(),
  history: z.array(historyEntrySchema.omit({ requestMark: true })),
  /** What this caller may do next. */
  actions: z.array(z.string()),
});
export type OpinionDetail = z.infer<typeof opinionDetailSchema>;

/**
 * One opinion as staff see it. The office of its unit and the handler working on it see the
 * submitter's contact details (given for exactly that purpose); a delegate sees them masked and
 * no internal notes.
 */
export function detailView(
  o: Opinion,
  viewer: { caller: Caller; office: boolean; handler: boolean },
  submitter: Submitter | undefined,
  now = new Date(),
): OpinionDetail {
  const staff = viewer.office || viewer.handler;
  const contact = submitter
    ? staff
      ? { name: submitter.name, phone: submitter.phone, memberNo: submitter.memberNo }
      : {
          ...(submitter.name ? { name: maskName(submitter.name) } : {}),
          ...(submitter.phone ? { phone: maskPhone(submitter.phone) } : {}),
        }
    : undefined;
  return {
    ...listItem(o, now),
    content: o.content,
    isMember: o.isMember,
    acceptDueAt: o.acceptDueAt,
    ...(o.assignDueAt ? { assignDueAt: o.assignDueAt } : {}),
    ...(o.replyDueAt ? { replyDueAt: o.replyDueAt } : {}),
    ...(o.ratingDueAt ? { ratingDueAt: o.ratingDueAt } : {}),
    ...(o.closedAt ? { closedAt: o.closedAt, closedOnTime: o.closedOnTime } : {}),
    ...(o.rating ? { rating: o.rating } : {}),
    ...(o.mergedInto ? { mergedInto: o.mergedInto } : {}),
    ...(o.raisedBy ? { raisedBy: { name: o.raisedBy.name, unitId: o.raisedBy.unitId } } : {}),
    ...(o.extension ? { extension: o.extension } : {}),
    ...(contact ? { submitter: contact } : {}),
    history: o.history.map(({ requestMark: _m, internalNote, ...h }) =>
      staff && internalNote ? { ...h, internalNote } : h,
    ),
    actions: nextActions(o, viewer),
  };
}

export function nextActions(o: Opinion, viewer: { office: boolean; handler: boolean }): string[] {
  const out: string[] = [];
  if (viewer.office) {
    if (o.status === "submitted") out.push("accept");
    if (["submitted", "accepted"].includes(o.status)) out.push("decline", "merge");
    if (["accepted", "assigned", "signed", "redo"].includes(o.status)) out.push("assign");
    if (o.extension?.state === "pending") out.push("extend");
  }
  if (viewer.handler) {
    if (o.status === "assigned") out.push("sign");
    if (["signed", "redo"].includes(o.status)) out.push("reply");
    if (["assigned", "signed", "redo"].includes(o.status) && o.extension?.state !== "pending") out.push("extend");
    if (["assigned", "signed"].includes(o.status)) out.push("return");
  }
  return [...new Set(out)];
}
