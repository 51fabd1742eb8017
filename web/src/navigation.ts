import type { Role } from "./model.ts";
import { isRole } from "./model.ts";
import type { Session } from "./sessionStorage.ts";

/** The pages in the header navigation (labels in i18n `nav`). */
export type NavKey =
  | "home"
  | "roster"
  | "rosterImport"
  | "assignments"
  | "coverage"
  | "myPeople"
  | "logContact"
  | "ledger"
  | "dashboard"
  | "reports"
  | "activities"
  | "myRecord"
  | "opinions"
  | "opinionSettings";

export const PATHS: Record<NavKey, string> = {
  home: "/home",
  roster: "/roster",
  rosterImport: "/roster/import",
  assignments: "/assignments",
  coverage: "/coverage",
  myPeople: "/my/people",
  logContact: "/my/contacts/new",
  ledger: "/my/ledger",
  dashboard: "/dashboard",
  reports: "/reports",
  activities: "/activities",
  myRecord: "/my/record",
  opinions: "/opinions",
  opinionSettings: "/opinions/settings",
};

/** One report's page. */
export const reportPath = (id: string) => `${PATHS.reports}/${encodeURIComponent(id)}`;

/** Who may open the contact-chain pages (the API checks again). */
export const OFFICE: readonly Role[] = ["office"];
export const COVERAGE_READERS: readonly Role[] = ["office", "province"];
/** Who reads the statistics and quarterly reports (figures only): the province and the offices. */
export const STATS_READERS: readonly Role[] = ["office", "province"];
/** People in the contact chain: they have assignments and log contacts. */
export const CHAIN: readonly Role[] = ["committee", "delegate", "member"];
/** Who opens the activity pages: offices organise, people in the chain take part. */
export const ACTIVITY_USERS: readonly Role[] = ["office", "committee", "delegate", "member"];
/** Who opens the opinion lists: the office triages, handlers answer, people in the chain follow theirs. */
export const OPINION_USERS: readonly Role[] = ["office", "handler", "committee", "delegate", "member"];

/** Each role's header navigation, in order. */
export const NAV: Record<Role, NavKey[]> = {
  province: ["home", "dashboard", "reports", "coverage"],
  office: [
    "home",
    "roster",
    "rosterImport",
    "assignments",
    "coverage",
    "opinions",
    "opinionSettings",
    "dashboard",
    "reports",
    "activities",
  ],
  committee: ["home", "myPeople", "logContact", "ledger", "opinions", "activities", "myRecord"],
  delegate: ["home", "myPeople", "logContact", "ledger", "opinions", "activities", "myRecord"],
  member: ["home", "myPeople", "logContact", "ledger", "opinions", "activities", "myRecord"],
  handler: ["home", "opinions"],
};

/** The role whose workspace a user sees: their first role. */
export function primaryRole(session: Session): Role | undefined {
  const first = session.user.roles[0];
  return isRole(first) ? first : undefined;
}

export function hasRole(session: Session, roles: readonly Role[]): boolean {
  return session.user.roles.some((r) => (roles as readonly string[]).includes(r));
}

/** The navigation entry a path belongs to: the longest entry path that is a prefix of it. */
export function navKeyOf(pathname: string, keys: readonly NavKey[]): NavKey | undefined {
  let best: NavKey | undefined;
  for (const key of keys) {
    const path = PATHS[key];
    if ((pathname === path || pathname.startsWith(`${path}/`)) && (!best || path.length > PATHS[best].length)) {
      best = key;
    }
  }
  return best;
}
