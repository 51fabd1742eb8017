import { assertUnderLimit, checkPassword, errors, hit } from "@liaison/core";
import { route } from "@liaison/functions/lib/http";
import { issueToken } from "./tokens.ts";

// Ten wrong guesses per username per quarter hour, then 429: enough for typos, too few to brute-force.
const FAILED_LOGINS = { scope: "login-failed", limit: 10, windowSeconds: 15 * 60 };

export const handler = route("POST /auth/login", async ({ body, db }) => {
  const username = body.username.toLowerCase();
  await assertUnderLimit(db, FAILED_LOGINS, username);
  const account = await checkPassword(db, username, body.password);
  if (!account) {
    await hit(db, FAILED_LOGINS, username);
    throw errors.badCredentials();
  }
  const { token, expiresAt } = await issueToken(account);
  return {
    token,
    expiresAt,
    user: {
      id: account.id,
      username: account.username,
      name: account.name,
      roles: account.roles,
      unitId: account.unitId,
      ...(account.personId ? { personId: account.personId } : {}),
    },
  };
});
