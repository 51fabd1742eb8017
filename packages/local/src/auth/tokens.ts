import { type Account, CLAIMS } from "@liaison/core";
import { type JWTPayload, jwtVerify, SignJWT } from "jose";
import { type SigningKeys, signingKeys } from "./keys.ts";

/** Same issuer/audience checks the HTTP API JWT authorizer makes in AWS. */
export const LOCAL_ISSUER = "urn:liaison:local";
export const LOCAL_AUDIENCE = "liaison-web";
export const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/** Issues an ID token shaped like Cognito's: groups are roles, custom:unitId is the unit. */
export async function issueToken(
  account: Account,
  options: { keys?: SigningKeys; now?: number; lifetimeSeconds?: number } = {},
): Promise<{ token: string; expiresAt: number }> {
  const keys = options.keys ?? (await signingKeys());
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const expiresAt = iat + (options.lifetimeSeconds ?? TOKEN_LIFETIME_SECONDS);
  const token = await new SignJWT({
    [CLAIMS.username]: account.username,
    [CLAIMS.groups]: account.roles,
    [CLAIMS.unitId]: account.unitId,
    [CLAIMS.name]: account.name,
    [CLAIMS.tokenUse]: "id",
    ...(account.personId ? { [CLAIMS.personId]: account.personId } : {}),
  })
    .setProtectedHeader({ alg: "RS256", kid: keys.kid, typ: "JWT" })
    .setSubject(account.id)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(expiresAt)
    .sign(keys.privateKey);
  return { token, expiresAt };
}

/** The verified claims, or undefined for a missing, tampered, expired or foreign token. */
export async function verifyToken(token: string, keys?: SigningKeys): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, (keys ?? (await signingKeys())).publicKey, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: ["RS256"],
    });
    return payload[CLAIMS.tokenUse] === "id" ? payload : undefined;
  } catch {
    return undefined;
  }
}
