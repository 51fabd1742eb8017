import type { Caller } from "../auth/claims.ts";
import { countNewAssignments } from "../chains/figures.ts";
import { assignmentItem, assignmentsOfUnit, isOpenOn } from "../chains/repository.ts";
import { type Assignment, TIER_ROLES, type Tier, targetTierOf } from "../chains/schema.ts";
import { batchPut } from "../db/batch.ts";
import type { Db } from "../db/client.ts";
import type { SheetFormat, SheetRow } from "../files/table-file.ts";
import { readSheet } from "../files/table-file.ts";
import { AppError, type LocalizedText } from "../http/errors.ts";
import { fieldMessages } from "../http/validation.ts";
import { shanghaiDate } from "../time/quarter.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin, type Unit } from "../units/schema.ts";
import { getPersonItems, personIdOf, personItem, samePerson } from "./repository.ts";
import { columnKeyOf, parseRoles, parseStatus, ROSTER_COLUMNS, type RosterKey } from "./roster.ts";
import { type ChainRole, type PersonInput, personInputSchema } from "./schema.ts";

export interface RowError {
  row: number;
  fields: Record<string, LocalizedText>;
}

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  assignments: { created: number; ended: number; unchanged: number };
}

interface ParsedRow {
  row: number;
  person: PersonInput;
  responsibleMemberNo?: string;
}

const MAX_ROWS = 20_000;

function addError(errors: Map<number, Record<string, LocalizedText>>, row: number, field: string, text: LocalizedText) {
  const fields = errors.get(row) ?? {};
  fields[field] ??= text;
  errors.set(row, fields);
}

function rowInput(values: Record<RosterKey, string>) {
  const opt = (v: string) => (v === "" ? undefined : v);
  return {
    memberNo: values.memberNo,
    name: values.name,
    unitId: values.unitId,
    roles: parseRoles(values.roles ?? ""),
    group: opt(values.group),
    termStart: opt(values.termStart),
    termEnd: opt(values.termEnd),
    status: parseStatus(values.status ?? ""),
    statusReason: opt(values.statusReason),
    statusDate: opt(values.statusDate),
    phone: opt(values.phone),
  };
}

function keyed(row: SheetRow): Record<RosterKey, string> {
  const out: Partial<Record<RosterKey, string>> = {};
  for (const [header, value] of Object.entries(row.values)) {
    const key = columnKeyOf(header);
    if (key) out[key] = value;
  }
  for (const c of ROSTER_COLUMNS) out[c.key] ??= "";
  return out as Record<RosterKey, string>;
}

function rejected(errors: Map<number, Record<string, LocalizedText>>): AppError {
  const rows: RowError[] = [...errors.entries()].sort(([a], [b]) => a - b).map(([row, fields]) => ({ row, fields }));
  const fields: Record<string, LocalizedText> = {};
  for (const r of rows) for (const [f, t] of Object.entries(r.fields)) fields[`rows.${r.row}.${f}`] = t;
  return new AppError(
    400,
    "import_rejected",
    {
      zh: `${rows.length} 行有误,未导入任何数据`,
      en: `${rows.length} row(s) are invalid; nothing was imported`,
    },
    { fields, extra: { rows } },
  );
}

/**
 * Imports a roster file: every row is checked first and a file with any bad row writes nothing.
 * People are keyed by member number, so importing the same file again changes nothing.
 */
export async function importRoster(
  db: Db,
  caller: Caller,
  file: { bytes: Buffer; format: SheetFormat },
  now = new Date(),
): Promise<ImportResult> {
  const sheet = await readSheet(file.bytes, file.format);
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !sheet.headers.some((h) => columnKeyOf(h) === c.key));
  if (missing.length) {
    throw new AppError(400, "bad_template", {
      zh: `缺少必填列:${missing.map((c) => c.header).join("、")}。请使用下载的模板`,
      en: `Missing required columns: ${missing.map((c) => c.key).join(", ")}. Use the downloadable template`,
    });
  }
  if (sheet.rows.length === 0) {
    throw new AppError(400, "empty_file", { zh: "文件中没有数据行", en: "The file has no data rows" });
  }
  if (sheet.rows.length > MAX_ROWS) {
    throw new AppError(413, "too_many_rows", {
      zh: `一次最多导入 ${MAX_ROWS} 行,请拆分文件`,
      en: `At most ${MAX_ROWS} rows per import; split the file`,
    });
  }

  const errors = new Map<number, Record<string, LocalizedText>>();
  const parsed: ParsedRow[] = [];
  const rowOfMemberNo = new Map<string, number>();
  for (const sheetRow of sheet.rows) {
    const values = keyed(sheetRow);
    const result = personInputSchema.safeParse(rowInput(values), { reportInput: true });
    if (!result.success) {
      for (const [f, t] of Object.entries(fieldMessages(result.error.issues))) addError(errors, sheetRow.row, f, t);
      continue;
    }
    const memberKey = result.data.memberNo.toUpperCase();
    const first = rowOfMemberNo.get(memberKey);
    if (first !== undefined) {
      addError(errors, sheetRow.row, "memberNo", {
        zh: `党员编号与第 ${first} 行重复`,
        en: `Member number repeats row ${first}`,
      });
      continue;
    }
    rowOfMemberNo.set(memberKey, sheetRow.row);
    parsed.push({
      row: sheetRow.row,
      person: result.data,
      responsibleMemberNo: values.responsibleMemberNo || undefined,
    });
  }

  // Units: each must exist and lie in the caller's scope.
  const units = new Map<string, Unit | undefined>();
  for (const id of new Set(parsed.map((p) => p.person.unitId))) units.set(id, await getUnit(db, id));
  for (const p of parsed) {
    const unit = units.get(p.person.unitId);
    if (!unit) addError(errors, p.row, "unitId", { zh: "单位代码不存在", en: "Unknown unit code" });
    else if (!isWithin(unit, caller.unitId)) {
      addError(errors, p.row, "unitId", { zh: "该单位不在您的管辖范围内", en: "This unit is outside your scope" });
    }
  }

  // Existing people: the file's own, and the responsible people it names.
  const responsibleIds = parsed.flatMap((p) => (p.responsibleMemberNo ? [personIdOf(p.responsibleMemberNo)] : []));
  const existing = await getPersonItems(db, [...parsed.map((p) => personIdOf(p.person.memberNo)), ...responsibleIds]);
  const unitScopeOk = async (unitId: string) => {
    if (!units.has(unitId)) units.set(unitId, await getUnit(db, unitId));
    const unit = units.get(unitId);
    return unit !== undefined && isWithin(unit, caller.unitId);
  };
  for (const p of parsed) {
    const current = existing.get(personIdOf(p.person.memberNo));
    if (current && !(await unitScopeOk(String(current.unitId)))) {
      addError(errors, p.row, "memberNo", {
        zh: "该党员编号已属于您管辖范围以外的单位",
        en: "This member number belongs to a unit outside your scope",
      });
    }
  }

  // Assignments named in the file: the responsible person must exist and hold the right role.
  const rolesInFile = new Map(parsed.map((q) => [q.person.memberNo.toUpperCase(), q.person.roles]));
  const rolesOf = (memberNo: string): ChainRole[] | undefined =>
    rolesInFile.get(memberNo.toUpperCase()) ?? (existing.get(personIdOf(memberNo))?.roles as ChainRole[] | undefined);
  const edges: { row: number; tier: Tier; responsibleId: string; targetId: string; unitId: string }[] = [];
  for (const p of parsed) {
    if (!p.responsibleMemberNo) continue;
    const tier = targetTierOf(p.person.roles);
    const responsibleRoles = rolesOf(p.responsibleMemberNo);
    if (!tier) {
      addError(errors, p.row, "responsibleMemberNo", {
        zh: "只有党代表和党员可以指定联系人",
        en: "Only delegates and members have someone responsible for them",
      });
    } else if (!responsibleRoles) {
      addError(errors, p.row, "responsibleMemberNo", {
        zh: "联系人党员编号不存在(既不在文件中,也不在花名册中)",
        en: "No such responsible member number in the file or the roster",
      });
    } else if (!responsibleRoles.includes(TIER_ROLES[tier].responsible)) {
      addError(errors, p.row, "responsibleMemberNo", {
        zh: tier === "committee-delegate" ? "联系党代表的须为党委委员" : "联系党员的须为党代表",
        en:
          tier === "committee-delegate"
            ? "A delegate's contact must be a committee member"
            : "A member's contact must be a delegate",
      });
    } else {
      edges.push({
        row: p.row,
        tier,
        responsibleId: personIdOf(p.responsibleMemberNo),
        targetId: personIdOf(p.person.memberNo),
        unitId: p.person.unitId,
      });
    }
  }
  if (errors.size) throw rejected(errors);

  // Everything is valid: write what changed.
  const at = now.toISOString();
  const result: ImportResult = {
    rows: parsed.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    assignments: { created: 0, ended: 0, unchanged: 0 },
  };
  const personWrites: Record<string, unknown>[] = [];
  for (const p of parsed) {
    const item = personItem(p.person, at);
    const current = existing.get(String(item.id));
    if (!current) result.created++;
    else if (samePerson(current, item)) {
      result.unchanged++;
      continue;
    } else result.updated++;
    personWrites.push(item);
  }

  const assignmentWrites: Record<string, unknown>[] = [];
  const today = shanghaiDate(now);
  const byUnit = new Map<string, typeof edges>();
  for (const e of edges) byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), e]);
  const existingEdges: Assignment[] = [];
  const createdEdges: Assignment[] = [];
  for (const [unitId, unitEdges] of byUnit) {
    const all = (await assignmentsOfUnit(db, unitId)).assignments;
    existingEdges.push(...all);
    const open = new Map<string, Assignment[]>();
    for (const a of all.filter((x) => isOpenOn(x, today))) {
      open.set(`${a.tier}#${a.targetId}`, [...(open.get(`${a.tier}#${a.targetId}`) ?? []), a]);
    }
    for (const e of unitEdges) {
      const current = open.get(`${e.tier}#${e.targetId}`) ?? [];
      if (current.some((a) => a.responsibleId === e.responsibleId)) {
        result.assignments.unchanged++;
        continue;
      }
      // The file names one responsible person: earlier ones in this tier end today.
      for (const old of current) {
        assignmentWrites.push(assignmentItem({ ...old, until: today }));
        result.assignments.ended++;
      }
      const edge: Assignment = {
        tier: e.tier,
        responsibleId: e.responsibleId,
        targetId: e.targetId,
        unitId: e.unitId,
        since: today,
        createdAt: at,
        createdBy: caller.id,
      };
      assignmentWrites.push(assignmentItem(edge));
      createdEdges.push(edge);
      result.assignments.created++;
    }
  }
  // People first: an assignment never points at a person who is not written yet.
  await batchPut(db, personWrites);
  await batchPut(db, assignmentWrites);
  await countNewAssignments(db, existingEdges, createdEdges, now);
  return result;
}
