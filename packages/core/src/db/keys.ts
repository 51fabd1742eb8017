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
  notification: (to: { person: string } | { unit: string }, day: string, kind: string, dedupKey: string) => ({
    pk: "person" in to ? `NOTIFY#PERSON#${to.person}` : `NOTIFY#UNIT#${to.unit}`,
    sk: `${day}#${kind}#${dedupKey}`,
  }),
  /** The first answer to a retried write, per caller, route and Idempotency-Key. */
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}`, sk: key }),
  rateWindow: (scope: string, subject: string, windowStart: number) => ({
    pk: `RATE#${scope}#${subject}`,
    sk: `W#${windowStart}`,
  }),
} as const;
