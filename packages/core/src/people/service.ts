import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { AppError } from "../http/errors.ts";
import { requireUnitAccess } from "../units/access.ts";
import { maskName, maskPhone } from "./mask.ts";
import { listPersonsOfUnit, type Page, personItem, toPerson } from "./repository.ts";
import type { Person, PersonInput } from "./schema.ts";

/**
 * What a reader may see of a person: phones in full only for staff of the person's own unit;
 * names in full for staff whose scope holds the person and for whoever is responsible for them.
 */
export function present(person: Person, reader: Caller, options: { responsible?: boolean } = {}): Person {
  const ownUnitStaff = reader.unitId === person.unitId && reader.roles.includes("office");
  return {
    ...person,
    phone: ownUnitStaff ? person.phone : maskPhone(person.phone),
    name: options.responsible || reader.roles.includes("office") ? person.name : maskName(person.name),
  };
}

/** Adds one person; a member number already on the roster is a 409 (update it by import). */
export async function createPerson(db: Db, caller: Caller, input: PersonInput, now = new Date()): Promise<Person> {
  await requireUnitAccess(db, caller, input.unitId);
  const item = personItem(input, now.toISOString());
  try {
    await db.doc.send(
      new PutCommand({ TableName: db.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
    );
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") {
      throw new AppError(409, "duplicate_member_no", {
        zh: "该党员编号已在花名册中",
        en: "This member number is already on the roster",
      });
    }
    throw err;
  }
  return present(toPerson(item), caller);
}

export async function listPersons(
  db: Db,
  caller: Caller,
  unitId: string,
  page: { limit?: number; cursor?: string },
): Promise<Page<Person>> {
  await requireUnitAccess(db, caller, unitId);
  const result = await listPersonsOfUnit(db, unitId, page);
  return { ...result, items: result.items.map((p) => present(p, caller)) };
}
