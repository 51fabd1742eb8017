import type { Capability, CardKey } from "./i18n.ts";
import type { Role } from "./model.ts";
import type { NavKey } from "./navigation.ts";

/** A card that leads to the pages of a delivered capability. */
export interface LinkCard {
  card: CardKey;
  links: NavKey[];
}

/** A card that a later capability fills; it says which one. */
export interface PlannedCard {
  card: CardKey;
  capability: Capability;
}

export type HomeCard = LinkCard | PlannedCard;

export function isLinkCard(card: HomeCard): card is LinkCard {
  return "links" in card;
}

/** What each role's home page holds: links to its pages, and the cards later capabilities fill. */
export const ROLE_HOMES: Record<Role, HomeCard[]> = {
  province: [{ card: "dashboard", links: ["dashboard", "reports", "coverage"] }],
  office: [
    { card: "roster", links: ["roster", "rosterImport", "assignments", "coverage"] },
    { card: "opinionIntake", links: ["opinions", "opinionSettings"] },
    { card: "organiseActivities", links: ["activities"] },
    { card: "quarterlyReport", links: ["reports", "dashboard"] },
  ],
  committee: [
    { card: "contactDelegates", links: ["myPeople", "logContact"] },
    { card: "contactLog", links: ["logContact", "ledger"] },
    { card: "joinActivities", links: ["activities", "myRecord"] },
    { card: "delegateOpinions", links: ["opinions"] },
  ],
  delegate: [
    { card: "contactMembersAndPublic", links: ["myPeople", "logContact"] },
    { card: "contactLog", links: ["logContact", "ledger"] },
    { card: "joinActivities", links: ["activities", "myRecord"] },
    { card: "delegateOpinions", links: ["opinions"] },
  ],
  member: [
    { card: "contactPublic", links: ["myPeople", "logContact"] },
    { card: "contactLog", links: ["logContact", "ledger"] },
    { card: "joinActivities", links: ["activities", "myRecord"] },
    { card: "delegateOpinions", links: ["opinions"] },
  ],
  handler: [{ card: "pendingOpinions", links: ["opinions"] }],
};
