import {
  assignmentItem,
  type Contact,
  contactItem,
  keys,
  personIdOf,
  personItem,
  quarterRange,
} from "../../packages/core/src/index.ts";

export interface SyntheticUnit {
  unitId: string;
  quarter: string;
  /** Members in the unit; every 50th person is a delegate responsible for the next 49. */
  people: number;
  contacts: number;
  /** Offset so several batches of contacts in one unit get distinct ids. */
  contactOffset?: number;
}

const memberNo = (unitId: string, i: number) => `S${unitId}-${i}`;

/** Roster and chain of one unit, as the import would store them. */
export function* syntheticPeople(spec: SyntheticUnit): Generator<Record<string, unknown>> {
  const at = quarterRange(spec.quarter).start;
  for (let i = 0; i < spec.people; i++) {
    const delegate = i % 50 === 0;
    yield personItem(
      {
        memberNo: memberNo(spec.unitId, i),
        name: delegate ? "代表" : "党员",
        unitId: spec.unitId,
        roles: delegate ? ["delegate", "member"] : ["member"],
        status: "active",
      },
      at,
    );
    if (!delegate) {
      yield assignmentItem({
        tier: "delegate-member",
        responsibleId: personIdOf(memberNo(spec.unitId, i - (i % 50))),
        targetId: personIdOf(memberNo(spec.unitId, i)),
        unitId: spec.unitId,
        since: at.slice(0, 10),
        createdAt: at,
        createdBy: "synthetic",
      });
    }
  }
}

/**
 * Contacts of one unit in one quarter, each by a delegate with one of their members, plus the
 * coverage mark each contact leaves: the same items POST /contacts writes.
 */
export function* syntheticContacts(spec: SyntheticUnit): Generator<Record<string, unknown>> {
  const range = quarterRange(spec.quarter);
  const span = Date.parse(range.end) - Date.parse(range.start) - 1;
  const offset = spec.contactOffset ?? 0;
  const marked = new Set<number>();
  for (let n = offset; n < offset + spec.contacts; n++) {
    let target = n % spec.people;
    if (target % 50 === 0) target = (target + 1) % spec.people;
    const authorId = personIdOf(memberNo(spec.unitId, target - (target % 50)));
    const targetId = personIdOf(memberNo(spec.unitId, target));
    const occurredAt = new Date(Date.parse(range.start) + ((n * 7919) % span)).toISOString();
    const id = `c${spec.unitId.padEnd(9, "0")}${String(n).padStart(11, "0")}`;
    const contact: Contact = {
      id,
      authorId,
      authorName: "代表",
      unitId: spec.unitId,
      quarter: spec.quarter,
      targets: [{ tier: "delegate-member", targetId, unitId: spec.unitId, name: "党员" }],
      channel: "visit",
      occurredAt,
      topic: "走访",
      summary: "合成数据 synthetic contact",
      opinions: [],
      createdAt: occurredAt,
      updatedAt: occurredAt,
      version: 1,
    };
    yield contactItem(contact, "synthetic");
    if (!marked.has(target)) {
      marked.add(target);
      yield {
        ...keys.coverageMark(spec.unitId, spec.quarter, "delegate-member", targetId),
        type: "coverage",
        contactIds: new Set([id]),
        firstAt: occurredAt,
        responsibleId: authorId,
      };
    }
  }
}

/** Collects a generator into chunks for batchPut, so millions of items never sit in memory at once. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
