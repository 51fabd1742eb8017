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
  rateWindow: (scope: string, subject: string, windowStart: number) => ({
    pk: `RATE#${scope}#${subject}`,
    sk: `W#${windowStart}`,
  }),
} as const;
