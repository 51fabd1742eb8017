import {
  ledgerRange,
  listContactsOfAuthor,
  listContactsOfUnit,
  quarterOf,
  requirePerson,
  requireUnitAccess,
} from "@liaison/core";
import { route } from "../lib/http.ts";

/** With `unit`, the office reads a unit-quarter; otherwise the caller reads their own ledger. */
export const handler = route("GET /contacts", async ({ db, caller, query }) => {
  const page = { limit: query.limit, cursor: query.cursor };
  if (query.unit && caller.roles.includes("office")) {
    await requireUnitAccess(db, caller, query.unit);
    return listContactsOfUnit(db, query.unit, query.quarter ?? quarterOf(new Date()), page);
  }
  return listContactsOfAuthor(db, requirePerson(caller), ledgerRange(query), page);
});
