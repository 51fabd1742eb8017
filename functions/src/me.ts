import { route } from "./lib/http.ts";

export const handler = route("GET /me", async ({ caller }) => ({
  id: caller.id,
  username: caller.username,
  name: caller.name,
  roles: caller.roles,
  unitId: caller.unitId,
  ...(caller.personId ? { personId: caller.personId } : {}),
}));
