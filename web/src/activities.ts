import type { Localized } from "./model.ts";

/** Mirrors the API's activity shapes (packages/core/src/activities/api-schemas.ts). */
export const ACTIVITY_TYPES = ["talk", "visit", "research", "volunteer", "forum", "other"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = "draft" | "published" | "closed";
export type ParticipantRole = "committee" | "delegate" | "member";

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, Localized> = {
  talk: { zh: "宣讲", en: "Talk" },
  visit: { zh: "走访", en: "Visit" },
  research: { zh: "调研", en: "Research" },
  volunteer: { zh: "志愿服务", en: "Volunteering" },
  forum: { zh: "座谈", en: "Forum" },
  other: { zh: "其他", en: "Other" },
};

export interface ActivityView {
  id: string;
  theme: string;
  description: string;
  type: ActivityType;
  startsAt: string;
  endsAt: string;
  targetUnitIds: string[];
  targetRoles: ParticipantRole[];
  capacity?: number;
  signupDeadline?: string;
  status: ActivityStatus;
  unitId: string;
  createdBy: string;
  signupCount: number;
  canManage: boolean;
  canAddSession: boolean;
  forMe: boolean;
  mySignup?: { via: string; at: string };
}

export interface SessionView {
  id: string;
  activityId: string;
  unitId: string;
  unitName: string;
  startsAt: string;
  endsAt: string;
  place: string;
  organiser: string;
  checkinCode?: string;
  attended: number;
  hasOutcome: boolean;
  canOrganise: boolean;
  checkedIn: boolean;
}

export interface OutcomeView {
  sessionId: string;
  unitId: string;
  summary: string;
  publicReached: number;
  photos: { id: string; url: string }[];
  opinions: { index: number; title: string; content: string; opinionId?: string; trackingCode?: string }[];
  recordedBy: string;
  recordedAt: string;
}

export interface ActivityDetail extends ActivityView {
  sessions: SessionView[];
  outcomes: OutcomeView[];
}

export interface ParticipationRow {
  unitId: string;
  unitName: string;
  sessions: number;
  held: number;
  signups: number;
  checkins: number;
  publicReached: number;
  opinions: number;
  photos: number;
}

export interface Participation {
  rows: ParticipationRow[];
  total: Omit<ParticipationRow, "unitId" | "unitName">;
  people: ParticipantView[];
}

export interface ParticipantView {
  personId: string;
  name: string;
  unitId: string;
  via: "self" | "office" | "checkin";
  attended: number;
  /** The sessions this person checked in to. */
  sessionIds: string[];
}

/** A unit takes part when a target unit is on its path (a target stands for its subtree). */
export const unitInTargets = (unitPath: string | undefined, targetUnitIds: readonly string[]) =>
  unitPath?.split("/").some((id) => targetUnitIds.includes(id)) ?? false;

export interface DutyRecord {
  personId: string;
  name: string;
  from: string;
  to: string;
  totals: { contacts: number; activities: number; sessionsAttended: number };
  contacts: { id: string; occurredAt: string; channel: string; topic: string; targets: number }[];
  activities: {
    activityId: string;
    theme: string;
    type: ActivityType;
    startsAt: string;
    endsAt: string;
    signedUpAt?: string;
    sessions: { sessionId: string; place: string; startsAt: string; at: string }[];
  }[];
}

/** Pages of the activities that are not in the header navigation. */
export const activityPath = (id: string) => `/activities/${encodeURIComponent(id)}`;
export const NEW_ACTIVITY_PATH = "/activities/new";
export const CHECKIN_PATH = "/my/checkin";
export const checkinPath = (sessionId: string, code?: string) =>
  `${CHECKIN_PATH}?session=${encodeURIComponent(sessionId)}${code ? `&code=${encodeURIComponent(code)}` : ""}`;

/** Photo types and size the API accepts (it checks again). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
