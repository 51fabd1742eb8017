import {
  acceptOpinion,
  assignOpinion,
  declineOpinion,
  detailView,
  extendOpinion,
  mergeOpinion,
  opinionFor,
  replyOpinion,
  returnOpinion,
  signOpinion,
} from "@liaison/core";
import { route } from "../lib/http.ts";

/**
 * Each workflow step answers the opinion as the caller now sees it. The Idempotency-Key also goes
 * to the step, so a retry after a lost answer finishes the first request's follow-ups.
 */
export const acceptHandler = route(
  "POST /opinions/{id}/accept",
  async ({ db, caller, params, body, idempotencyKey }) => {
    await acceptOpinion(db, caller, params.id, body.note, { key: idempotencyKey });
    return opinionFor(db, caller, params.id);
  },
);

export const declineHandler = route(
  "POST /opinions/{id}/decline",
  async ({ db, caller, params, body, idempotencyKey }) => {
    await declineOpinion(db, caller, params.id, body.reason, { key: idempotencyKey });
    return opinionFor(db, caller, params.id);
  },
);

export const mergeHandler = route("POST /opinions/{id}/merge", async ({ db, caller, params, body, idempotencyKey }) => {
  await mergeOpinion(db, caller, params.id, body.intoId, body.note, { key: idempotencyKey });
  return opinionFor(db, caller, params.id);
});

export const assignHandler = route(
  "POST /opinions/{id}/assign",
  async ({ db, caller, params, body, idempotencyKey }) => {
    await assignOpinion(db, caller, params.id, body, { key: idempotencyKey });
    return opinionFor(db, caller, params.id);
  },
);

export const signHandler = route("POST /opinions/{id}/sign", async ({ db, caller, params, idempotencyKey }) => {
  await signOpinion(db, caller, params.id, { key: idempotencyKey });
  return opinionFor(db, caller, params.id);
});

export const replyHandler = route("POST /opinions/{id}/reply", async ({ db, caller, params, body, idempotencyKey }) => {
  await replyOpinion(db, caller, params.id, body, { key: idempotencyKey });
  return opinionFor(db, caller, params.id);
});

export const extendHandler = route(
  "POST /opinions/{id}/extend",
  async ({ db, caller, params, body, idempotencyKey }) => {
    await extendOpinion(db, caller, params.id, body, { key: idempotencyKey });
    return opinionFor(db, caller, params.id);
  },
);

export const returnHandler = route(
  "POST /opinions/{id}/return",
  async ({ db, caller, params, body, idempotencyKey }) => {
    const returned = await returnOpinion(db, caller, params.id, body.reason, { key: idempotencyKey });
    // A returned opinion leaves the handler's unit: answer it as someone outside sees it, no notes.
    return detailView(returned, { caller, office: false, handler: false }, undefined);
  },
);
