/**
 * Key builders: every pk/sk/gsi value in the table is made here, so the access-pattern table
 * in docs/data-model.md can be checked against one file.
 */
export const keys = {
  unit: (code: string) => ({ pk: `UNIT#${code}`, sk: "META" }),
  /** gsi1: every unit, sorted by its path so a subtree is one begins_with range. */
  unitTree: (path: string) => ({ gsi1pk: "UNITS", gsi1sk: path }),
  account: (username: string) => ({ pk: `ACCOUNT#${username}`, sk: "META" }),
  /** gsi1: accounts of one unit. */
  accountByUnit: (unitId: string, username: string) => ({
    gsi1pk: `UNIT#${unitId}#ACCOUNTS`,
    gsi1sk: username,
  }),
  person: (id: string) => ({ pk: `PERSON#${id}`, sk: "META" }),
  /** gsi1: the people of one unit, by member number. */
  personByUnit: (unitId: string, memberNo: string) => ({ gsi1pk: `UNIT#${unitId}#PERSONS`, gsi1sk: memberNo }),
  /** An edge of the chain, in the responsible person's partition (their "my people" list). */
  assignment: (responsibleId: string, tier: string, targetId: string) => ({
    pk: `PERSON#${responsibleId}`,
    sk: `ASSIGN#${tier}#${targetId}`,
  }),
  assignmentPrefix: (tier?: string) => (tier ? `ASSIGN#${tier}#` : "ASSIGN#"),
  /** gsi1: the edges whose contacted side belongs to one unit (the office list, coverage). */
  assignmentByUnit: (unitId: string, tier: string, targetId: string, responsibleId: string) => ({
    gsi1pk: `UNIT#${unitId}#ASSIGN`,
    gsi1sk: `${tier}#${targetId}#${responsibleId}`,
  }),
  contact: (id: string) => ({ pk: `CONTACT#${id}`, sk: "META" }),
  contactAudit: (id: string, at: string) => ({ pk: `CONTACT#${id}`, sk: `AUDIT#${at}` }),
  /** gsi1: an author's ledger in time order. */
  contactByAuthor: (authorId: string, occurredAt: string, id: string) => ({
    gsi1pk: `AUTHOR#${authorId}`,
    gsi1sk: `${occurredAt}#${id}`,
  }),
  /** gsi2: a unit's contacts in one quarter, in time order. */
  contactByUnitQuarter: (unitId: string, quarter: string, occurredAt: string, id: string) => ({
    gsi2pk: `UNIT#${unitId}#CONTACTS#${quarter}`,
    gsi2sk: `${occurredAt}#${id}`,
  }),
  /** One item per contacted person (or public group) per unit-quarter: coverage reads only these. */
  coverageMark: (unitId: string, quarter: string, tier: string, targetId: string) => ({
    pk: `COVERAGE#${unitId}#${quarter}`,
    sk: `${tier}#${targetId}`,
  }),
  /** One small counter item per unit and quarter: the roll-up reads one per unit. */
  counters: (unitId: string, quarter: string) => ({ pk: `STATS#${unitId}`, sk: `Q#${quarter}` }),
  /** A frozen quarterly report; every regeneration is a new version beside the old ones. */
  report: (unitId: string, quarter: string, version: number) => ({
    pk: `REPORT#${unitId}#${quarter}`,
    sk: `V#${String(version).padStart(4, "0")}`,
  }),
  /** gsi1: every unit's reports of one quarter, in unit-path order (the province's overview). */
  reportByQuarter: (quarter: string, path: string, version: number) => ({
    gsi1pk: `REPORTS#${quarter}`,
    gsi1sk: `${path}#${String(version).padStart(4, "0")}`,
  }),
  /** In-app notifications of a person or of a unit's office, newest last in sort order. */
  notification: (
    to: { person: string } | { unit: string } | { handlers: string },
    day: string,
    kind: string,
    dedupKey: string,
  ) => ({
    pk:
      "person" in to
        ? `NOTIFY#PERSON#${to.person}`
        : "unit" in to
          ? `NOTIFY#UNIT#${to.unit}`
          : `NOTIFY#HANDLERS#${to.handlers}`,
    sk: `${day}#${kind}#${dedupKey}`,
  }),
  /** The first answer to a retried write, per caller, route and Idempotency-Key. */
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}`, sk: key }),
  /** An opinion: its state and history in one item, so every step is one conditional write. */
  opinion: (id: string) => ({ pk: `OPINION#${id}`, sk: "META" }),
  /** The submitter's name and phone, apart from the opinion so public reads never touch them. */
  opinionSubmitter: (id: string) => ({ pk: `OPINION#${id}`, sk: "SUBMITTER" }),
  /** Tracking code → opinion id, read by key (never through an index). */
  trackingCode: (code: string) => ({ pk: `TRACK#${code}`, sk: "META" }),
  /** gsi1: an office's opinions (its county or higher unit), newest first. */
  opinionByTriage: (triageUnitId: string, createdAt: string, id: string) => ({
    gsi1pk: `OPINIONS#${triageUnitId}`,
    gsi1sk: `${createdAt}#${id}`,
  }),
  /** gsi2: open opinions of an office by their next deadline (overdue list, daily job). */
  opinionDue: (triageUnitId: string, dueAt: string, id: string) => ({
    gsi2pk: `DUE#${triageUnitId}`,
    gsi2sk: `${dueAt}#${id}`,
  }),
  /** A handler unit's inbox: one pointer per assignment; a reassigned opinion's old pointer is stale. */
  handlerInbox: (unitId: string, assignedAt: string, id: string) => ({
    pk: `HANDLER#${unitId}`,
    sk: `${assignedAt}#${id}`,
  }),
  /** A person's opinions: addressed to them (delegate) or raised by them (contact, activity). */
  personOpinion: (personId: string, createdAt: string, id: string) => ({
    pk: `PERSON#${personId}`,
    sk: `OPINION#${createdAt}#${id}`,
  }),
  /** Same phone and same normalised text within 24 hours: one claim item per pair. */
  opinionDuplicate: (hash: string) => ({ pk: `DUP#${hash}`, sk: "META" }),
  /** The configurable opinion categories. */
  categories: () => ({ pk: "CONFIG", sk: "CATEGORIES" }),
  /** A unit's deadline rules (working days), inherited by the units below it. */
  deadlineRules: (unitId: string) => ({ pk: `UNIT#${unitId}`, sk: "DEADLINES" }),
  /** A unit's own holidays and working days beside the national calendar. */
  calendarDay: (unitId: string, date: string) => ({ pk: `CALENDAR#${unitId}`, sk: date }),
  rateWindow: (scope: string, subject: string, windowStart: number) => ({
    pk: `RATE#${scope}#${subject}`,
    sk: `W#${windowStart}`,
  }),
  // Themed activities
  activity: (id: string) => ({ pk: `ACTIVITY#${id}`, sk: "META" }),
  /** gsi1: the activities a unit's office created, in start order. */
  activityByOwner: (unitId: string, startsAt: string, id: string) => ({
    gsi1pk: `UNIT#${unitId}#ACTIVITIES`,
    gsi1sk: `${startsAt}#${id}`,
  }),
  /** One item per target unit of a published activity, in the activity's partition. */
  activityTarget: (id: string, unitId: string) => ({ pk: `ACTIVITY#${id}`, sk: `TARGET#${unitId}` }),
  /** gsi1: the published activities meant for one unit (and the units below it). */
  activityByTarget: (unitId: string, startsAt: string, id: string) => ({
    gsi1pk: `UNIT#${unitId}#TARGETED`,
    gsi1sk: `${startsAt}#${id}`,
  }),
  activitySignup: (id: string, personId: string) => ({ pk: `ACTIVITY#${id}`, sk: `SIGNUP#${personId}` }),
  activityOutcome: (id: string, sessionId: string) => ({ pk: `ACTIVITY#${id}`, sk: `OUTCOME#${sessionId}` }),
  activitySession: (id: string) => ({ pk: `SESSION#${id}`, sk: "META" }),
  /** gsi1: an activity's sessions, in start order. */
  sessionByActivity: (activityId: string, startsAt: string, id: string) => ({
    gsi1pk: `ACTIVITY#${activityId}#SESSIONS`,
    gsi1sk: `${startsAt}#${id}`,
  }),
  /** gsi2: the sessions a unit holds in one quarter (the activity figures' recount). */
  sessionByUnitQuarter: (unitId: string, quarter: string, startsAt: string, id: string) => ({
    gsi2pk: `UNIT#${unitId}#SESSIONS#${quarter}`,
    gsi2sk: `${startsAt}#${id}`,
  }),
  checkin: (sessionId: string, personId: string) => ({ pk: `SESSION#${sessionId}`, sk: `CHECKIN#${personId}` }),
  /** gsi1: a person's sign-ups and check-ins (their duty record), in time order. */
  participationByPerson: (personId: string, at: string, suffix: string) => ({
    gsi1pk: `PERSON#${personId}#ACTIVITIES`,
    gsi1sk: `${at}#${suffix}`,
  }),
} as const;
