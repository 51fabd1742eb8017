import {
  ledgerRange,
  listContactsOfAuthor,
  listContactsOfUnit,
  quarterOf,
  requirePerson,
  requireUnitAccess,
} from "@liaison/core";
import { route } from "../lib/http.ts";

/** The office reads a unit-quarter (its own unit by default); everyone else their own ledger. */
export const handler = route("GET /contacts", async ({ db, caller, query }) => {
  const page = { limit: query.limit, cursor: query.cursor };
  if (caller.roles.includes("office") && (query.unit || !caller.personId)) {
    const unit = await requireUnitAccess(db, caller, query.unit ?? caller.unitId);
    return listContactsOfUnit(db, unit.id, query.quarter ?? quarterOf(new Date()), page);
  }
  return listContactsOfAuthor(db, requirePerson(caller), ledgerRange(query), page);
});
