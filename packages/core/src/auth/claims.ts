import { type Role, roleSchema } from "./roles.ts";

/**
 * Claim names, identical to a Cognito ID token so the HTTP API JWT authorizer in AWS and the
 * local runtime hand handlers the same fields.
 */
export const CLAIMS = {
  subject: "sub",
  username: "cognito:username",
  groups: "cognito:groups",
  unitId: "custom:unitId",
  /** The roster entry of a committee member, delegate or member account. */
  personId: "custom:personId",
  name: "name",
  tokenUse: "token_use",
} as const;

export interface Caller {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  unitId: string;
  personId?: string;
}

/**
 * API Gateway flattens array claims to the string "[a b]" before they reach the handler;
 * a locally verified token may still carry a real array. Accept both.
 */
export function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string") return [];
  const trimmed = value.trim();
  const inner = trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
  return inner.split(/[\s,]+/).filter(Boolean);
}

/** The caller described by authorizer claims, or undefined when the claims are not ours. */
export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller | undefined {
  if (!claims) return undefined;
  const id = claims[CLAIMS.subject];
  const unitId = claims[CLAIMS.unitId];
  if (typeof id !== "string" || typeof unitId !== "string" || !id || !unitId) return undefined;
  const roles = parseGroups(claims[CLAIMS.groups]).flatMap((g) => {
    const parsed = roleSchema.safeParse(g);
    return parsed.success ? [parsed.data] : [];
  });
  const username = typeof claims[CLAIMS.username] === "string" ? (claims[CLAIMS.username] as string) : id;
  const name = typeof claims[CLAIMS.name] === "string" ? (claims[CLAIMS.name] as string) : username;
  const personId =
    typeof claims[CLAIMS.personId] === "string" && claims[CLAIMS.personId]
      ? String(claims[CLAIMS.personId])
      : undefined;
  return { id, username, name, roles, unitId, ...(personId ? { personId } : {}) };
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}
