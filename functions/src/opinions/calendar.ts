import { calendarEntries, deleteUnitDay, putUnitDay, requireUnitAccess, shanghaiDate } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

const thisYear = () => Number(shanghaiDate(new Date()).slice(0, 4));

export const listHandler = route("GET /calendar", async ({ db, caller, query }) => {
  const unit = await requireUnitAccess(db, caller, query.unit ?? caller.unitId);
  return { items: await calendarEntries(db, unit, query.year ?? thisYear()) };
});

export const addHandler = route("POST /calendar", async ({ db, caller, body }) => {
  const { unit: unitId, ...day } = body;
  const unit = await requireUnitAccess(db, caller, unitId ?? caller.unitId);
  await putUnitDay(db, unit.id, day);
  return new Reply(201, { items: await calendarEntries(db, unit, Number(day.date.slice(0, 4))) });
});

export const deleteHandler = route("DELETE /calendar/{date}", async ({ db, caller, params, query }) => {
  const unit = await requireUnitAccess(db, caller, query.unit ?? caller.unitId);
  await deleteUnitDay(db, unit.id, params.date);
  return { items: await calendarEntries(db, unit, Number(params.date.slice(0, 4))) };
});
