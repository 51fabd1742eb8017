import type { Capability, CardKey } from "./i18n.ts";
import type { Role } from "./model.ts";

export interface PlannedCard {
  card: CardKey;
  /** The later capability that fills the card. */
  capability: Capability;
}

/** What each role's home page will hold, and which capability brings it. */
export const ROLE_HOMES: Record<Role, PlannedCard[]> = {
  province: [{ card: "dashboard", capability: "statistics" }],
  office: [
    { card: "roster", capability: "contacts" },
    { card: "opinionIntake", capability: "opinions" },
    { card: "organiseActivities", capability: "activities" },
    { card: "quarterlyReport", capability: "statistics" },
  ],
  committee: [
    { card: "contactDelegates", capability: "contacts" },
    { card: "contactLog", capability: "contacts" },
    { card: "joinActivities", capability: "activities" },
  ],
  delegate: [
    { card: "contactMembersAndPublic", capability: "contacts" },
    { card: "contactLog", capability: "contacts" },
    { card: "joinActivities", capability: "activities" },
    { card: "delegateOpinions", capability: "opinions" },
  ],
  member: [
    { card: "contactPublic", capability: "contacts" },
    { card: "contactLog", capability: "contacts" },
    { card: "joinActivities", capability: "activities" },
  ],
  handler: [{ card: "pendingOpinions", capability: "opinions" }],
};
