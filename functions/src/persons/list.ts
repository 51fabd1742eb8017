import { listPersons } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /persons", async ({ db, caller, query }) =>
  listPersons(db, caller, query.unit ?? caller.unitId, { limit: query.limit, cursor: query.cursor }),
);
