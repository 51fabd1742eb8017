/**
 * The contact-chain shapes and labels, taken from packages/core so the web and the API share one
 * definition. Only browser-safe modules (zod and plain code) are imported here: never anything
 * that pulls in @aws-sdk, exceljs or node: built-ins (`npm run build:web` would fail).
 */
import type { Assignment, Tier } from "../../packages/core/src/chains/schema.ts";
import type { Contact } from "../../packages/core/src/contacts/schema.ts";
import type { Person } from "../../packages/core/src/people/schema.ts";
import type { Localized } from "./model.ts";

export { TIER_LABELS, TIER_ROLES, TIERS, type Tier } from "../../packages/core/src/chains/schema.ts";
export { CHANNEL_LABELS, CHANNELS, type Contact } from "../../packages/core/src/contacts/schema.ts";
export { ROSTER_COLUMNS } from "../../packages/core/src/people/roster.ts";
export {
  CHAIN_ROLE_LABELS,
  CHAIN_ROLES,
  type ChainRole,
  PERSON_STATUSES,
  type Person,
  STATUS_LABELS,
} from "../../packages/core/src/people/schema.ts";
export { quarterOf, quarterRange, shanghaiDate } from "../../packages/core/src/time/quarter.ts";

export type Channel = Contact["channel"];
export type PersonStatus = Person["status"];

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** GET /assignments: an edge, with the contacted person (own view) or both names (office view). */
export interface AssignmentView extends Assignment {
  personId?: string;
  publicGroupId?: string;
  person?: Person;
  responsibleName?: string;
  targetName?: string;
}

export interface AssignResult {
  created: number;
  unchanged: number;
  ended: number;
}

export interface Unassigned {
  tiers: { tier: Tier; people: Person[] }[];
}

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  assignments: AssignResult;
}

export interface Coverage {
  unitId: string;
  quarter: string;
  tiers: { tier: Tier; assigned: number; contacted: number; rate: number | null }[];
  notContactedTotal: number;
  /** The office's worklist (first 500); the province gets figures only. */
  notContacted?: {
    tier: Tier;
    unitId: string;
    targetId: string;
    targetName: string;
    publicGroup?: { description: string; size: number };
    responsible: { id: string; name: string }[];
  }[];
}

/** One bad row of a rejected import: the spreadsheet row number (the header is row 1). */
export interface ImportRowError {
  row: number;
  fields: Record<string, Localized>;
}
