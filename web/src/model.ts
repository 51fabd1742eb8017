/** The shapes the API answers with (see packages/core: accounts, auth and units schemas). */

export const ROLES = ["province", "office", "committee", "delegate", "member", "handler"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly (string | undefined)[]).includes(value);
}

export interface Me {
  id: string;
  username: string;
  name: string;
  roles: string[];
  unitId: string;
  /** The roster entry of a committee member, delegate or member account. */
  personId?: string;
}

export interface LoginResponse {
  token: string;
  /** Epoch seconds at which the token stops being accepted. */
  expiresAt: number;
  user: Me;
}

export type UnitLevel = "province" | "city" | "county" | "town" | "village" | "enterprise" | "university";

export interface UnitNode {
  id: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
  path: string;
  pilot: boolean;
  children: UnitNode[];
}

/** A text in both interface languages; API messages arrive as "中文 / English". */
export interface Localized {
  zh: string;
  en: string;
}
